// News-specific date expressions chrono-node does not read: bare years, quarters, seasons, decades, "last week", "now", durations.
import { trimSpan } from './chronoAdapter';
import { MONTH_RE, WEEKDAY_INDEX, WEEKDAY_RE, monthNumber, type Candidate, type Direction, type Expr, type Season, type Unit, type YearRef } from './expr';
import { holidayCandidates } from './holidays';
import { NUMBER_RE, parseSmallNumber, wordList } from './words';
import { weekdayEndsName } from './names';
import { endsPossessive, isDigits, withoutFullStop } from '../text/shape';
import { contextSet, endsWithPhrase, firstWord, hasPhrase, lastLetters, phrases, wordAfterSpace, wordsAtEnd } from './context';

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
const ORDINAL: Readonly<Record<string, number>> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4 };
const SEASONS: Readonly<Record<string, Season>> = { spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI' };
const OFFSET: Readonly<Record<string, number>> = { last: -1, previous: -1, this: 0, current: 0, next: 1 };

/** "of 2024" / "of this year" / "2024's" → a year reference. */
function yearRef(explicit: string | undefined, relative: string | undefined): YearRef {
  if (explicit) return { year: Number(explicit) };
  if (relative) return { offset: OFFSET[relative.toLowerCase()] };
  return null;
}

interface Pattern {
  re: RegExp;
  build(m: RegExpExecArray, prose: string): Expr | null;
}

/** The words that join the two days of a range: "11 to 18 June", "3-8 May", "between 6 and 12 December". */
const RANGE_JOIN = '\\s*(?:-|–|to|until|till|through|and)\\s*';
const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
/** Month names in ranges are capitalised: "3 may" is not a date. */
const RANGE_MONTH = `(${MONTH_RE})(?![a-z])`;

const BETWEEN = phrases(['between']);

/** A range inside one month: the second day after the first, "and" only after "between" ("6 and 12 December", not "aged 6 and 12 December births"). */
function dayRange(m: RegExpExecArray, prose: string, d1: string, d2: string, month: string, year: string | undefined): Expr | null {
  const from = +d1;
  const to = +d2;
  const mm = monthNumber(month);
  if (!mm || from < 1 || to <= from || to > 31) return null;
  if (hasPhrase(m[0], 'and') && !endsWithPhrase(prose.slice(Math.max(0, m.index - 8), m.index), BETWEEN)) return null;
  const y = year ? +year : null;
  return { t: 'cal', y, m: mm, d: from, wd: null, wdSpan: null, rangeEnd: { y, m: mm, d: to } };
}

/** A list separator between dated days: "Friday 24 and Saturday 25 March", "Monday 3, Tuesday 4 or Wednesday 5 April". */
const LIST_JOIN = '\\s*(?:,|and|or|to|-|–|&)\\s*';
/**
 * A weekday and a bare day of the month ("Friday 24"): its month is the one the list it stands in ends with (up to six
 * more days, then a month and perhaps a year), or, with no list, none (resolved from the publication date), when
 * nothing but punctuation or a list word follows ("on Monday 8."; not "on Monday 12 people", a count).
 */
const WEEKDAY_DAY = new RegExp(
  `(?<![\\w.])(${WEEKDAY_RE}),?\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\w%:]|[.,]\\d)`
  + `(?:(?=(?:${LIST_JOIN}(?:${WEEKDAY_RE},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?(?![\\w%:]|[.,]\\d)){1,6}\\s+(?:of\\s+)?(${MONTH_RE})(?![a-z])(?:,?\\s+(\\d{4})(?!\\d))?)`
  + `|(?=\\s*(?:[.;:!?)]|,(?!\\s*\\d)|$|\\s(?:and|or|to)\\s(?!\\d))))`,
  'g',
);

/**
 * A day in a list of days of one month, before its last day: "14" and "20" of "on 14, 20 and 27 April" (chrono-node
 * reads the last day with the month itself). Group 1 the day, 2 the month, 3 the year.
 */
const LISTED_DAY = new RegExp(
  `(?<![\\w.]|\\d,)${DAY}(?=(?:\\s*,\\s*\\d{1,2}(?:st|nd|rd|th)?){0,6}\\s*,?\\s*(?:and|or|&)\\s+\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?![a-z])(?:,?\\s+(\\d{4})(?!\\d))?)`,
  'g',
);

const DAY_LEADS = phrases(['on', 'from', 'between']);

/** Whether `before` ends in a day of the month, perhaps an ordinal, and a comma ("14, ", "3rd ,"). */
function afterListedDay(before: string): boolean {
  const trimmed = before.trimEnd();
  if (!trimmed.endsWith(',')) return false;
  const day = trimmed.slice(0, -1).trimEnd();
  return isDigits(day.at(-1)) || (['st', 'nd', 'rd', 'th'].includes(day.slice(-2)) && isDigits(day.at(-3)));
}

/**
 * LISTED_DAY's reading: a list with a comma ("14, 20 and 27 April") or after a preposition of dates ("on 14 and 27
 * April"), its days rising; not "aged 6 and 12 December births".
 */
function listedDay(m: RegExpExecArray, prose: string): Expr | null {
  const d = Number(m[1]);
  const month = monthNumber(m[2]);
  if (!month || d < 1 || d > 31) return null;
  const before = prose.slice(Math.max(0, m.index - 12), m.index);
  const after = prose.slice(m.index + m[0].length, m.index + m[0].length + 40);
  const days = [d, ...[...after.split(m[2])[0].matchAll(/\d{1,2}/g)].map((x) => Number(x[0]))];
  if (days.some((x, i) => i > 0 && x <= days[i - 1])) return null;
  const listed = afterListedDay(before) || after.trimStart().startsWith(',');
  if (!listed && !endsWithPhrase(before, DAY_LEADS)) return null;
  return { t: 'cal', y: m[3] ? Number(m[3]) : null, m: month, d, wd: null, wdSpan: null };
}

/** The weekday-and-day pattern's reading (WEEKDAY_DAY). */
function weekdayDay(m: RegExpExecArray, prose: string): Expr | null {
  const d = Number(m[2]);
  const wd = WEEKDAY_INDEX[withoutFullStop(m[1].toLowerCase())];
  if (d < 1 || d > 31 || wd === undefined) return null;
  if (!m[3] && weekdayEndsName(prose.slice(Math.max(0, m.index - 40), m.index))) return null;
  return { t: 'cal', y: m[4] ? Number(m[4]) : null, m: m[3] ? monthNumber(m[3]) : null, d, wd, wdSpan: [m.index, m.index + m[1].length] };
}

/** A unit of time as a pattern caught it, singular and lower case ("Centuries" → "century", "days" → "day"). */
function singularUnit(word: string): string {
  const w = word.toLowerCase();
  return w === 'centuries' ? 'century' : w;
}

const APPROXIMATE = new Set(['around', 'circa']);
/** Cues before which a four-digit number may as well count a plural noun after it ("spent £5m on 2000 computers"); "up 5% on 2003" is a year. */
const COUNT_PRONE = new Set([...APPROXIMATE, 'on']);
const YEAR_LIST_JOINS = new Set(['and', 'or', 'to']);

/** Whether `window` ends with a comparison's verb or noun and its preposition before white space ("compared with ", "in comparison to "). */
function comparedWith(window: string): boolean {
  const [preposition, verb] = wordsAtEnd(window, 2);
  return verb !== undefined && contextSet('comparingPrepositions').has(preposition) && contextSet('comparingWords').has(verb);
}

/** Whether `text` opens with white space and a word that makes a counted span no duration ("ago", "later", "from now", "old"). */
function opensWithDurationFollower(text: string): boolean {
  const next = wordAfterSpace(text);
  if (!next) return false;
  const word = next.word.toLowerCase();
  return contextSet('durationFollowers').has(word) || (word === 'from' && text[next.end] === ' ' && firstWord(text.slice(next.end + 1)) === 'now');
}

const PATTERNS: Pattern[] = [
  { re: WEEKDAY_DAY, build: weekdayDay },
  { re: LISTED_DAY, build: listedDay },
  {
    re: new RegExp(`\\b${DAY}${RANGE_JOIN}${DAY}\\s+(?:of\\s+)?${RANGE_MONTH}(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m, prose) => dayRange(m, prose, m[1], m[2], m[3], m[4]),
  },
  {
    // "June 11-18", "Sept. 14 to 18, 1989"; not "March 3 to 5 percent".
    re: new RegExp(`\\b${RANGE_MONTH}\\s+${DAY}${RANGE_JOIN}${DAY}\\b(?!\\s*(?:%|percent|per cent|[.,]\\d))(?:,?\\s+${YEAR}\\b)?`, 'g'),
    build: (m, prose) => dayRange(m, prose, m[2], m[3], m[1], m[4]),
  },
  {
    re: /\b(\d{4})-W(\d{2})\b/g,
    build: (m) => (+m[2] >= 1 && +m[2] <= 53 ? { t: 'isoWeek', y: +m[1], w: +m[2] } : null),
  },
  {
    re: new RegExp(`\\bweek\\s+(\\d{1,2})(?:\\s+of\\s+${YEAR})?\\b`, 'gi'),
    build: (m) => (+m[1] >= 1 && +m[1] <= 53 ? { t: 'isoWeek', y: m[2] ? +m[2] : null, w: +m[1] } : null),
  },
  {
    re: /(?<![\w'’-])(?:(?:early|mid|late)[- ]?)?(?:(1[0-9]|20)(\d)0s|['’](\d)0s)(?!\w)/gi,
    build: (m) => ({ t: 'decade', prefix: m[1] ?? null, digit: Number(m[2] ?? m[3]) }),
  },
  {
    re: new RegExp(`\\b(?:${YEAR}(?:['’]s)?\\s+)?(first|second|third|fourth|final|last|1st|2nd|3rd|4th)[- ](?:fiscal[- ])?(quarter|half)\\b(?:\\s+of\\s+(?:fiscal\\s+)?(?:${YEAR}|(this|last|next)\\s+year))?`, 'gi'),
    build: (m) => {
      const grain = m[3].toLowerCase() as 'quarter' | 'half';
      const word = m[2].toLowerCase();
      const year = yearRef(m[1] ?? m[4], m[5]);
      if (word === 'last' && !year) return { t: 'part', grain, n: -1, year: null, deictic: true };
      const n = word === 'last' ? (grain === 'half' ? 2 : 4) : ORDINAL[word];
      if (grain === 'half' && n > 2) return null;
      return { t: 'part', grain, n, year, deictic: false };
    },
  },
  {
    re: new RegExp(`\\b(?:(this|last|next|early|late|the|in)\\s+)?(spring|summer|fall|autumn|winter)\\b(?:\\s+(?:of\\s+)?${YEAR})?`, 'gi'),
    build: (m) => {
      const lead = m[1]?.toLowerCase();
      if (!lead && !m[3]) return null;
      if (lead === 'the' && !m[3] && m[2].toLowerCase() === 'fall' && !fallSeason(m.input, m.index, m.index + m[0].length)) return null;
      const year = m[3] ? { year: +m[3] } : lead && lead in OFFSET ? { offset: OFFSET[lead] } : null;
      return { t: 'season', s: SEASONS[m[2].toLowerCase()], year };
    },
  },
  {
    // "the first nine months of 1989", and in quarters (slips 103: "the first two quarters of 1989", three months each).
    re: new RegExp(`\\b(first|last|final)\\s+(${NUMBER_RE})\\s+(months|quarters)\\s+of\\s+(?:${YEAR}|(this|last|next)\\s+year|the\\s+year)\\b`, 'gi'),
    build: (m) => {
      const n = (parseSmallNumber(m[2]) ?? 0) * (m[3].toLowerCase() === 'quarters' ? 3 : 1);
      if (!n || n > 12) return null;
      const first = m[1].toLowerCase() === 'first';
      // ("of the year": no year given; resolve.ts takes the latest such run begun by publication.)
      return { t: 'months', from: first ? 1 : 13 - n, to: first ? n : 12, year: yearRef(m[4], m[5]) };
    },
  },
  {
    // "this weekend", "at the weekend" (TimeML "2005-W02-WE"); not "the weekend of 5 March", "every weekend", "weekend papers".
    // ("this weekend's game": an owned event, group 2, which the tense of its sentence does not place.)
    re: /\b(last|this|next|the|coming|past)\s+weekend\b(?!\s+of\b)(?=(['’]s\b)?)/gi,
    build: (m) => {
      const word = m[1].toLowerCase();
      return { t: 'weekend', offset: word === 'the' ? null : word === 'this' ? 0 : word === 'next' || word === 'coming' ? 1 : -1, owned: m[2] !== undefined };
    },
  },
  {
    re: /\b(?:(?:earlier|later|early|late)\s+(?:in\s+)?)?(last|this|next|previous|current)\s+(week|month|year|quarter|decade)\b(?![- ](?:old|long))/gi,
    build: (m) => ({ t: 'rel', unit: m[2].toLowerCase() as Unit, offset: OFFSET[m[1].toLowerCase()] }),
  },
  {
    // Financial copy: "the latest quarter" is the last one completed; a bare "the quarter" is, almost always, that one too.
    re: /\b(?:the\s+)?(?:latest|most recent|just-ended|recent)\s+(quarter|period)\b|\bthe\s+quarter\b(?![-‐]finals?\b|\s+(?:of|ended|ending|to)\b)/gi,
    build: () => ({ t: 'part', grain: 'quarter', n: -1, year: null, deictic: true }),
  },
  {
    // "June next year", "March 4 last year", "4 March this year", "in June of next year": a month (and day) of the year
    // a step from publication.
    re: new RegExp(`\\b(?:(\\d{1,2})(?:st|nd|rd|th)?\\s+)?(${MONTH_RE})(?![A-Za-z])(?:\\s+(\\d{1,2})(?:st|nd|rd|th)?(?!\\d))?,?\\s+(?:of\\s+)?(this|last|next)\\s+year\\b`, 'g'),
    build: (m) => {
      const month = monthNumber(m[2]);
      const day = m[1] ?? m[3];
      if (month === null || (m[1] && m[3]) || (day !== undefined && (+day < 1 || +day > 31))) return null;
      return { t: 'cal', y: null, m: month, d: day === undefined ? null : +day, wd: null, wdSpan: null, yOffset: OFFSET[m[4]] };
    },
  },
  {
    // Month names are capitalised: "next may" is a verb.
    re: new RegExp(`\\b([Ll]ast|[Nn]ext|[Tt]his)\\s+(${MONTH_RE})(?![A-Za-z])`, 'g'),
    build: (m) => {
      const month = monthNumber(m[2]);
      return month === null ? null : { t: 'month', m: month, dir: OFFSET[m[1].toLowerCase()] as Direction };
    },
  },
  {
    re: /\b(?:year[- ](?:earlier|ago)|prior[- ]year|year[- ]before)\b/gi,
    build: () => ({ t: 'rel', unit: 'year', offset: -1 }),
  },
  {
    // Not "five years earlier than planned": a difference between two times, no point in time.
    // "a fortnight ago": two weeks (British).
    re: new RegExp(`\\b(${NUMBER_RE}|a|an)\\s+(day|week|fortnight|month|year|decade|century|centuries)s?\\s+(ago|earlier(?!\\s+than\\b))\\b`, 'gi'),
    build: (m) => {
      const n = parseSmallNumber(m[1]);
      const unit = singularUnit(m[2]);
      if (n === null) return null;
      return unit === 'fortnight' ? { t: 'rel', unit: 'week', offset: -2 * n } : { t: 'rel', unit: unit as Unit, offset: -n };
    },
  },
  {
    // "now"; "recently", "in the past" (not "in the past three months", a counted span, a duration); "in the future",
    // "in the coming year", "over the days ahead" (the stretch ahead, no calendar year; not "the weeks ahead of the vote").
    re: new RegExp(`\\b(?:(now|currently|at present|presently|nowadays|these days)|(recently|in the past(?![ \\t]+(?:${NUMBER_RE}|few|several|couple)\\b)|in recent (?:years|months|weeks|days))|in the (?:near |distant )?future|(?:in|over|during|within|for|throughout) the (?:coming (?:years?|months?|weeks?|days)|next few (?:years|months|weeks|days)|(?:years?|months?|weeks?|days) ahead(?![ \\t]+of\\b)))\\b`, 'gi'),
    build: (m) => ({ t: 'ref', ref: m[1] ? 'present' : m[2] ? 'past' : 'future' }),
  },
  {
    re: new RegExp(`(?<![\\d$£€,.\\/-])(?:\\b(?:mid|early|late)[- ]?)?${YEAR}(?:['’]s)?(?!\\d|%|[,.-]\\d|[A-Za-z]|\\s*(?:%|percent|per cent|GMT|BST|hrs\\b|local time\\b))`, 'gi'),
    build: (m, prose) => {
      const lead = m[0].toLowerCase();
      const cueLead = lead.startsWith('mid') || lead.startsWith('early') || lead.startsWith('late') || endsPossessive(m[0]);
      if (!cueLead) {
        const window = prose.slice(Math.max(0, m.index - 40), m.index);
        const before = lastLetters(window);
        // "up 5% compared with 2003", "compared to 2003": the thing compared with is a period.
        const compared = comparedWith(window);
        if (!before || !(compared || wordList('dates-year-cues.txt').has(before.toLowerCase()))) return null;
        // "around 1800 households": an approximate count of the plural noun after it, as the figure parser reads it
        // (a plural of four letters or more, as the figure parser takes one: not "was", "this", "class").
        if ((compared || COUNT_PRONE.has(before.toLowerCase())) && /^\s+\p{Ll}{3,}s(?<!ss|us|is)\b/u.test(prose.slice(m.index + m[0].length, m.index + m[0].length + 40))) return null;
        // "and", "or", "to" make a year only in a list of years ("2003 and 2005"), not in "2,500 troops and 2003 troops".
        if (!compared && YEAR_LIST_JOINS.has(before.toLowerCase()) && !new RegExp(`(?:${YEAR}|\\b[A-Z][a-z]+\\.?)(?:['’]s)?,?\\s+${before}\\W*$`).test(window)) return null;
      }
      return { t: 'cal', y: +m[1], m: null, d: null, wd: null, wdSpan: null };
    },
  },
  {
    // A year in words, as broadcast transcripts write it ("convicted in nineteen ninety-one", "January nineteen
    // ninety-seven"): after a month or a word that cues a year, as a bare year in figures needs.
    re: new RegExp(`\\b(?:(${MONTH_RE})\\s+)?(nineteen|twenty)[- ](${NUMBER_RE})\\b`, 'gi'),
    build: (m, prose) => {
      const n = isDigits(m[3]) ? null : parseSmallNumber(m[3]);
      if (n === null || n < 10) return null;
      if (!m[1] && !wordList('dates-year-cues.txt').has((lastLetters(prose.slice(Math.max(0, m.index - 40), m.index)) ?? '').toLowerCase())) return null;
      const y = (m[2].toLowerCase() === 'nineteen' ? 1900 : 2000) + n;
      return { t: 'cal', y, m: m[1] ? monthNumber(m[1]) : null, d: null, wd: null, wdSpan: null };
    },
  },
  {
    // A counted span up to or from now ("the next three years", "the past five months") is the span (TimeML DURATION
    // with its lead); one ahead is also a time after publication, as "the coming years" is (`ahead`), and one back
    // from now a time before it, as "recently" is (`behind`).
    re: new RegExp(`\\b(?:(?:the[ \\t]+)?(next|coming|last|past)[ \\t]+)?(${NUMBER_RE})(?:[- ]and[- ]a[- ]half)?[- ](day|week|month|year|decade|century|centuries|hour|minute)s?(?:[- ]long)?\\b(?![- ]old)`, 'gi'),
    build: (m, prose) => {
      if (opensWithDurationFollower(prose.slice(m.index + m[0].length, m.index + m[0].length + 12))) return null;
      const n = parseSmallNumber(m[2]);
      if (n === null) return null;
      const half = m[0].toLowerCase().replaceAll('-', ' ').includes('and a half');
      const unit = singularUnit(m[3]);
      const code = { day: 'D', week: 'W', month: 'M', year: 'Y', decade: 'DE', century: 'CE', hour: 'H', minute: 'MI' }[unit] ?? 'D';
      const amount = half ? `${n}.5` : String(n);
      const iso = code === 'H' ? `PT${amount}H` : code === 'MI' ? `PT${amount}M` : code === 'DE' || code === 'CE' ? `P${n * (code === 'DE' ? 10 : 100)}Y` : `P${amount}${code}`;
      const ahead = !!m[1] && FORWARD_LEADS.has(m[1].toLowerCase());
      const behind = !!m[1] && !ahead;
      return { t: 'duration', iso, days: unit === 'day' ? n + (half ? 0.5 : 0) : unit === 'week' ? n * 7 : null, ...(ahead ? { ahead } : {}), ...(behind ? { behind } : {}) };
    },
  },
];

/** Leads of a counted span that put it after publication ("the next three years"). */
const FORWARD_LEADS = new Set(['next', 'coming']);

/** Every news-pattern match in `prose`, overlapping ones included (the caller picks). */
export function newsCandidates(prose: string): Candidate[] {
  const out: Candidate[] = holidayCandidates(prose);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(prose); m; m = p.re.exec(prose)) {
      const expr = p.build(m, prose);
      if (!expr) continue;
      // "in the past" is the expression itself; elsewhere a leading "the"/"in" is not part of the date.
      const [start, end] = expr.t === 'ref' ? [m.index, m.index + m[0].length] : trimSpan(prose, m.index, m.index + m[0].length);
      out.push({ start, end, expr, priority: 2 });
    }
  }
  return out;
}

/**
 * Whether "the fall" at [start, end) of `text` is the season: after a preposition of time ("in the fall", "by the
 * fall"; data/dates-context.json seasonPrepositions) and not before a word that makes it a decline ("the fall in
 * sales", "the fall of the dollar", "the fall to 3%"; fallDeclineFollowers). "The fall reflects …" (BBC business/044)
 * and "blamed the fall in profits" are declines: BBC News has 13 such and no season among them.
 */
function fallSeason(text: string, start: number, end: number): boolean {
  const before = wordsAtEnd(text.slice(Math.max(0, start - FALL_CONTEXT), start), 1)[0]?.toLowerCase();
  const after = wordAfterSpace(text.slice(end, end + FALL_CONTEXT))?.word.toLowerCase();
  return !!before && contextSet('seasonPrepositions').has(before) && !(after && contextSet('fallDeclineFollowers').has(after));
}
/** How far around "the fall", in UTF-16 units, its neighbouring words are read. */
const FALL_CONTEXT = 24;
