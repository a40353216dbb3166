// elapsed-time: "21 years since 2003", "from 2010, in three years' time" and "the 20th anniversary of the 1995 law"
// checked against the publication year.
import { sentenceOf } from '../figures/attribution';
import { fromDays, parseIsoDay, valueInterval, yearsPerCount } from '../dates/calendar';
import { NUMBER_RE, numberLike, parseSmallNumber } from '../dates/words';
import type { Rule, RuleFinding } from './rule';
import { countHedgeBefore, fitsCountHedge, wordsIn } from '../dates/context';
import { hasSpace } from '../text/shape';
import { anniversaryConflicts } from './elapsed-time/anniversaries';

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
/** A year ("1975") or a decade ("1970s", "the 1970s") written beside a count. */
const WHEN = '(?:the\\s+)?(?:(?<decade>1[5-9]\\d0|20\\d0)s\\b|(?<year>1[5-9]\\d\\d|20\\d\\d)\\b)';
/**
 * The three shapes of a count of years and a year or decade, built once the data is read: "21 years since 2003",
 * "in 1915, more than a century ago", "40 years ago, in the 1960s" (groups number, unit, and year or decade). A count
 * is a number and a unit of data/dates-calendar.json yearsPerCount ("21 years", "a century"). The words between
 * "since" and the year hold no number: "21 years since 2003, and 25 years since 1994" pairs 21 with 2003. Before
 * "since" (not "after": "20 years in prison after 1983" is a sentence, not an elapsed time) a short prepositional
 * phrase may stand: "20 years in Parliament since 1983".
 */
function countPatterns(): { since: RegExp; agoAfter: RegExp; agoBefore: RegExp } {
  if (patterns) return patterns;
  // "a decade ago" is a relative date the resolver reads itself (date-conflict holds a year beside it to it).
  const units = Object.keys(yearsPerCount()).filter((u) => yearsPerCount()[u] !== DECADE);
  // ("five and a half years", "5.5 years": a half, read apart.)
  const count = `(?<number>${NUMBER_RE}|an?)(?<half>\\.5|\\s+and\\s+a\\s+half)?\\s+(?<unit>${units.join('|')})`;
  patterns = {
    since: new RegExp(`\\b${count},?\\s+(?:(?:in|at|with|on|as)\\s+[^.;!?\\d,]{1,40}?\\s+(?=since\\b))?(?:since|after)\\s+(?:[^.;!?\\d]{0,60}?\\s)?${WHEN}`, 'gi'),
    agoAfter: new RegExp(`\\b(?:in\\s+)?${WHEN},?\\s+(?:(?:some|nearly|almost|about|around|roughly|over|under|more\\s+than|less\\s+than|at\\s+least|close\\s+to)\\s+)?${count}\\s+ago\\b`, 'gi'),
    agoBefore: new RegExp(`\\b${count}\\s+ago,?\\s+in\\s+${WHEN}`, 'gi'),
  };
  return patterns;
}
let patterns: { since: RegExp; agoAfter: RegExp; agoBefore: RegExp } | null = null;
/** The years of a decade. */
const DECADE = 10;

/**
 * The two shapes of a count of years ahead beside a year, built once the data is read: "from 2010, in three years'
 * time", "in 2010, five years hence" (aheadAfter) and "in three years' time, in 2010", "in three years, in 2010"
 * (aheadBefore); groups number, unit and year or decade.
 */
function aheadPatterns(): { aheadAfter: RegExp; aheadBefore: RegExp } {
  if (ahead) return ahead;
  const count = `(?<number>${NUMBER_RE}|an?)\\s+(?<unit>${Object.keys(yearsPerCount()).join('|')})`;
  // ("Five years from now" is a relative date the resolver reads itself: date-conflict holds a year beside it to it.)
  const fromNow = `(?:['’]s?\\s+time|\\s+hence)`;
  ahead = {
    aheadAfter: new RegExp(`\\b${WHEN},?\\s+(?:-\\s+|–\\s+)?(?:in\\s+|within\\s+)?${count}${fromNow}`, 'gi'),
    aheadBefore: new RegExp(`\\bin\\s+${count}(?:${fromNow})?,?\\s+(?:in|by)\\s+${WHEN}`, 'gi'),
  };
  return ahead;
}
let ahead: { aheadAfter: RegExp; aheadBefore: RegExp } | null = null;

/** Words one of which a paragraph must hold to be scanned for counts of years (the units' common stems). */
const COUNT_WORDS = ['years', 'decade', 'centur'];

/**
 * "the 20th anniversary of the 1995 legislation": the ordinal and the year of what it marks. Not a year after "in",
 * "on" or "at" ("the 50th anniversary of the treaties in 2007"), which may date the anniversary, not what it marks.
 */
const ANNIVERSARY = new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of\\s+(?:[^.;!?\\d]{0,60}?\\s)?(?<!\\b(?:in|on|at)\\s)${YEAR}\\b`, 'gi');

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

/** Where the white space before the count's unit and "ago" starts in `text` ("…, 40 years ago"), which ends with them. */
function unitAgoAt(text: string, unit: string): number {
  let i = text.length - 'ago'.length;
  while (hasSpace(text[i - 1])) i--;
  i -= unit.length;
  while (hasSpace(text[i - 1])) i--;
  return i;
}

/** A year or a decade beside a count of years: its first and last year, and its name in a message ("1975", "The 1970s"). */
interface Stretch {
  first: number;
  last: number;
  name: string;
}

/**
 * The stretch a match's year or decade names: a year is itself; a decade ("1970s") the years of the interval of its
 * TimeML value (valueInterval: "197", 1970 to 1979).
 */
function stretchOf(groups: Readonly<Record<string, string | undefined>>): Stretch | null {
  if (groups.year) return { first: Number(groups.year), last: Number(groups.year), name: groups.year };
  const span = valueInterval(groups.decade!.slice(0, 3));
  return span && { first: fromDays(span[0]).y, last: fromDays(span[1]).y, name: `The ${groups.decade}s` };
}

export const elapsedTime: Rule = {
  id: 'elapsed-time',
  defaultSeverity: 'hint',
  description: 'A number of years since or until a year ("21 years since 2003", "from 2010, in three years\' time", "the 20th anniversary of the 1995 law") that does not match the publication date, or one anniversary counted two ways.',
  check({ article, dates }) {
    const findings: RuleFinding[] = [];
    const published = parseIsoDay(article.frontMatter?.published ?? null);
    if (!published) return findings;
    // "Birmingham 2022 … marks 20 years since Manchester 2002": a count that fits another year its sentence names is
    // measured from that year (slips82), not from publication.
    const fromAnotherYear = (at: number, n: number, when: Stretch) => {
      const sentence = sentenceOf(article, at);
      return sentence >= 0 && dates.some((d) => d.sentence === sentence && !!d.value && (d.end <= at || d.start > at) && n === Number(d.value.slice(0, 4)) - when.first);
    };
    const check = (whole: RegExpExecArray, numberText: string, numberAt: number, unit: string, when: Stretch, half = false, spanAfter = false) => {
      const read = parseSmallNumber(numberText);
      const count = read === null ? null : read + (half ? 0.5 : 0);
      const perCount = yearsPerCount()[unit.toLowerCase()] ?? 1;
      const n = count === null ? null : count * perCount;
      // A count with a half is held to the fraction of a year publication has reached: "5.5 years since 2018" fits
      // December 2023, not March.
      const reached = half ? (published.m - 1 + published.d / 31) / 12 : 0;
      const [low, high] = [published.y + reached - when.last - 1, published.y + reached - when.first];
      // Without the month of the event, N - 1 years may have passed too; a decade allows every year in it.
      if (n === null || high < 1 || (n >= low && n <= high) || fromAnotherYear(numberAt, n, when)) return;
      // "in the first two and a half years after MUP was introduced in May 2018": a span after a year that ends before
      // publication tells another time, not the time since; only one that would end after publication is a slip.
      if (n < low && spanAfter) return;
      // "More than 40 years after", "nearly 20 years since": a hedged count is held to its hedge, not to the exact
      // number; no fix is offered, since which hedge the writer meant is theirs to say.
      const hedge = countHedgeBefore(prose.slice(Math.max(0, numberAt - 16), numberAt));
      if (hedge && fitsCountHedge(hedge, n, low, high)) return;
      const replacement = numberLike(numberText, high);
      // A count in other units than years ("a century") is quoted as written, and has no fix: the writer rewords it;
      // nor has a count beside a decade, which no one number fits.
      const claimed = perCount === 1 && !half ? String(n) : `${numberText}${whole.groups?.half ?? ''} ${unit}`.toLowerCase();
      const single = when.first === when.last;
      const passed = half ? `is at most ${high.toFixed(1)}` : single ? `is ${high}` : `are ${Math.max(0, low + 1)} to ${high}`;
      findings.push({
        start: whole.index,
        end: whole.index + whole[0].length,
        message: `${when.name} ${passed} years before the publication date (${published.y}), not ${hedge ? `${hedge} ${claimed}` : claimed}.`,
        ...(hedge || half || perCount !== 1 || !single ? {} : { fixes: [{ title: `Change to ${replacement}`, edits: [{ start: numberAt, end: numberAt + numberText.length, newText: replacement }] }] }),
      });
    };
    const prose = article.prose;
    // Only paragraphs that hold the words the patterns need are scanned: a keystroke costs the whole article otherwise.
    const holding = (word: string) => article.paragraphs.filter((p) => prose.slice(p.start, p.end).toLowerCase().includes(word));
    const matches = (re: RegExp, paragraphs: readonly { start: number; end: number }[]) => paragraphs.flatMap((p) => {
      re.lastIndex = 0;
      const text = prose.slice(p.start, p.end);
      const found: RegExpExecArray[] = [];
      for (let m = re.exec(text); m; m = re.exec(text)) { m.index += p.start; found.push(m); }
      return found;
    });
    const withCounts = article.paragraphs.filter((p) => COUNT_WORDS.some((w) => prose.slice(p.start, p.end).toLowerCase().includes(w)));
    const { since, agoAfter, agoBefore } = countPatterns();
    for (const re of [since, agoAfter, agoBefore]) {
      for (const m of matches(re, withCounts)) {
        const { number, unit } = m.groups as { number: string; unit: string };
        const when = stretchOf(m.groups!);
        // The number opens "21 years since 2003" and "40 years ago, in 1965"; in "in 1965, 40 years ago" it stands before the unit.
        const numberAt = m.index + (re === agoAfter ? m[0].lastIndexOf(number, unitAgoAt(m[0], unit)) : 0);
        // ("after", not "since", in the first pattern: a span after a year.)
        const spanAfter = re === since && !wordsIn(m[0]).includes('since');
        if (when) check(m, number, numberAt, unit, when, !!m.groups?.half, spanAfter);
      }
    }
    // Ahead: "from 2010, in three years' time". Without the months of publication and of the event, a year N years on
    // may be N - 1 to N + 1 years away.
    const { aheadAfter, aheadBefore } = aheadPatterns();
    for (const re of [aheadAfter, aheadBefore]) {
      for (const m of matches(re, withCounts)) {
        const { number, unit } = m.groups as { number: string; unit: string };
        const when = stretchOf(m.groups!);
        const count = parseSmallNumber(number);
        const perCount = yearsPerCount()[unit.toLowerCase()] ?? 1;
        if (!when || count === null || when.first <= published.y) continue;
        const n = count * perCount;
        const expected = when.first - published.y;
        if (n >= expected - 1 && n <= when.last - published.y + 1) continue;
        const numberAt = m.index + (re === aheadAfter ? m[0].lastIndexOf(number) : m[0].indexOf(number));
        const single = when.first === when.last && perCount === 1;
        findings.push({
          start: m.index,
          end: m.index + m[0].length,
          message: `${when.name} is ${when.first === when.last ? expected : `${expected} or more`} years after the publication date (${published.y}), not ${perCount === 1 ? n : `${number} ${unit}`.toLowerCase()}.`,
          ...(single ? { fixes: [{ title: `Change to ${numberLike(number, expected)}`, edits: [{ start: numberAt, end: numberAt + number.length, newText: numberLike(number, expected) }] }] } : {}),
        });
      }
    }
    // An anniversary falls in the year it counts to; one marked ahead of its date may be the next year's.
    for (const m of matches(ANNIVERSARY, holding('anniversary'))) {
      const n = Number(m[1]);
      const year = Number(m[2]);
      const expected = published.y - year;
      if (expected < 1 || n === expected || n === expected + 1) continue;
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `${year} is ${expected} years before the publication date (${published.y}): the ${ordinal(expected)} anniversary, not the ${ordinal(n)}.`,
        fixes: [{ title: `Change to ${ordinal(expected)}`, edits: [{ start: m.index, end: m.index + ordinal(n).length, newText: ordinal(expected) }] }],
      });
    }
    // One anniversary counted two ways, where no year says which is right (slips83); a mention the year check above
    // already holds to the publication date is not counted twice.
    const counted = anniversaryConflicts(article, dates, published.y).filter((f) => !findings.some((g) => g.start < f.end && f.start < g.end));
    return [...findings, ...counted];
  },
};
