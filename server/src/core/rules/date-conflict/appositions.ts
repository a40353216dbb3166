// date-conflict, appositions: a relative date contradicted by the calendar date beside it ("on Tuesday, 16 May").
import { daysInMonth, formatDay, fromDays, monthNames, parseIsoDay, toDays, type Ymd } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { readWrittenDate, writeLike } from '../../dates/written';
import { holidayIn, isHoliday, isMovableHoliday } from '../../dates/holidays';
import { parseSmallNumber } from '../../dates/words';
import type { Article, DateMention, Fix } from '../../types';
import { firstTokenEndingAfter, languageOf } from '../../language';
import type { RuleFinding } from '../rule';
import { interval } from './shared';
import { sided, sideOf, sideOfPublication } from '../../dates/sides';
import { CALENDAR_WORD } from '../../dates/expr';
import { contextSet, countHedgeBefore, endsWithPhrase, hedgeSense, type HedgeSense, hasWordOf, joinedBy, onlyWords, phrasesOf, possessiveAt, wordsIn } from '../../dates/context';

const A_OR_AN = new Set(['a', 'an']);

/** "next Thursday": "next" and a weekday's name, nothing else. */
const BACK_UNITS = new Set(['year', 'month', 'week', 'day']);

/** "10 years ago", "a month earlier", "year earlier": the count as written (lower case; '' for none) and the unit. */
function countedBack(text: string): { count: string; unit: 'year' | 'month' | 'week' | 'day' } | null {
  const all = onlyWords(text);
  // ("about a month ago": the recogniser may take the hedge in; hedgeOf reads it.)
  const inner = all && hedgeOf(all);
  const words = inner ? all.slice(inner.split(' ').length) : all;
  if (!words || words.length < 2 || words.length > 3 || (words.at(-1) !== 'ago' && words.at(-1) !== 'earlier')) return null;
  const unit = words.at(-2)!;
  const singular = unit.endsWith('s') ? unit.slice(0, -1) : unit;
  if (!BACK_UNITS.has(singular)) return null;
  return { count: words.length === 3 ? words[0] : '', unit: singular as 'year' | 'month' | 'week' | 'day' };
}

/** The hedge of data/dates-context.json yearCountHedges that opens `words` ("about a month ago" → "about"), or null. */
function hedgeOf(words: readonly string[]): string | null {
  for (const n of [2, 1]) if (words.length > n && contextSet('yearCountHedges').has(words.slice(0, n).join(' '))) return words.slice(0, n).join(' ');
  return null;
}

/** The year a mention of a whole year resolved to ("2003"), or null. */
function yearValue(d: DateMention): number | null {
  return d.grain === 'year' && d.value?.length === 4 && isDigits(d.value) ? +d.value : null;
}

function nextWeekday(text: string): boolean {
  const words = onlyWords(text);
  return words?.length === 2 && words[0] === 'next' && words[1].length > 3 && words[1].endsWith('day');
}
import { hasDigit, isDigits } from '../../text/shape';

function monthStartDays(y: number, m: number): number {
  return toDays({ y: y + Math.floor((m - 1) / 12), m: ((((m - 1) % 12) + 12) % 12) + 1, d: 1 });
}

/** "since 1948", "until 2006": a limit, not a time in apposition to its neighbour. */
const LIMIT_BEFORE = phrasesOf('limitBeforeWords');

/** Days in a unit a count goes back by, for a hedged count ("nearly two months ago"). */
const UNIT_DAYS = { year: 365.25, month: 30.44, week: 7, day: 1 };

/**
 * Days a relative expression allows for a date in apposition: "last year" its calendar year, "10 years ago" half a
 * year either side, "next Thursday" either of two Thursdays. Under a hedge of data/dates-context.json yearCountHedges
 * before a count back ("nearly two months ago", "more than a year ago") the days the hedge allows (fitsCountHedge's
 * reading: "nearly" up to a fifth short, "about" a fifth either way, "more than" any further back), with the same
 * slack. Day numbers since the epoch; null when the count is no small number.
 */
function allowed(rel: DateMention, pub: Ymd, hedge: string | null = null): [number, number][] | null {
  const whole = interval(rel);
  if (!whole) return null;
  const span = sideOfPublication(rel, whole, toDays(pub));
  const ago = countedBack(rel.text);
  if (ago) {
    const n = ago.count ? parseSmallNumber(ago.count) ?? (A_OR_AN.has(ago.count) ? 1 : null) : 1;
    if (n === null) return null;
    const unit = ago.unit;
    if (hedge) return [hedgedWindow(hedge, n * UNIT_DAYS[unit], toDays(pub), { year: 183, month: 15, week: 3, day: 0 }[unit])];
    const back = fromDays(monthStartDays(pub.y, pub.m - (unit === 'year' ? 12 * n : unit === 'month' ? n : 0)));
    const centre = unit === 'week' || unit === 'day' ? toDays(pub) - (unit === 'week' ? 7 * n : n) : toDays({ ...back, d: Math.min(pub.d, daysInMonth(back.y, back.m)) });
    const half = { year: 183, month: 15, week: 3, day: 0 }[unit];
    return [[centre - half, centre + half]];
  }
  // "next Thursday" is next week's Thursday to some readers and the coming one to others.
  if (nextWeekday(rel.text) && span[0] - 7 > toDays(pub)) return [[span[0] - 7, span[1] - 7], span];
  return [span];
}

/** The day number (since the epoch, fractional) a count back ("two months ago") names from publication day `pub`; NaN when it names none. */
function countBackDays(rel: DateMention, pub: Ymd): number {
  const ago = countedBack(rel.text);
  const n = ago ? (ago.count ? parseSmallNumber(ago.count) ?? (A_OR_AN.has(ago.count) ? 1 : null) : 1) : null;
  return ago && n !== null ? toDays(pub) - n * UNIT_DAYS[ago.unit] : NaN;
}

/** How each sense places a time against the count it hedges, for the message ("nearly" → "a little after"). */
const SENSE_WORDS: Readonly<Record<HedgeSense, string>> = { above: 'before about', below: 'after about', short: 'a little after', about: 'about' };

/**
 * The days (since the epoch) a count back of `days` from publication day `pub` allows under `hedge` (fitsCountHedge's
 * readings: "nearly" up to a fifth short, "about" a fifth either way, "more than" any further back), widened by
 * `half` on each side.
 */
function hedgedWindow(hedge: string, days: number, pub: number, half: number): [number, number] {
  switch (hedgeSense(hedge)) {
    case 'above': return [-Infinity, pub - days + half];
    case 'below': return [pub - days - half, pub];
    case 'short': return [pub - days - half, pub - 0.8 * days + half];
    default: return [pub - 1.2 * days - half, pub - 0.8 * days + half];
  }
}

/**
 * Whether dates `x` and `y` (in text order; `rel` the relative one, `exp` the other) stand in apposition ("on Feb. 13,
 * nearly two months ago", "last year, on 13 February 2003"), and the hedge of a count back among them: `outer` one
 * written before the count ("nearly"), `hedge` that or one the mention took in ("about a month ago"). Null when they
 * do not, or when `exp` is a limit ("since 1948") with no count back after it saying how long ago it was ("since Feb.
 * 13, nearly two months ago" is one).
 */
function apposed(text: string, x: DateMention, y: DateMention, rel: DateMention, limited: boolean): { hedge: string | null; outer: string | null } | null {
  const back = countedBack(rel.text);
  const between = text.slice(x.end, y.start);
  const outer = back ? countHedgeBefore(text.slice(Math.max(0, rel.start - 16), rel.start)) : null;
  const hedge = outer ?? (back ? hedgeOf(onlyWords(rel.text)!) : null);
  const joined = joinedBy(outer && rel === y ? between.trimEnd().slice(0, -outer.length) : between, [',', '(', '-', '–', '—'], ['on', 'in']);
  if (!joined || (limited && !(rel === y && wordsIn(rel.text).includes('ago')))) return null;
  return { hedge, outer };
}

/**
 * The days a day and month written without a year (mention `d`, "15 November") may be in the years around
 * publication (pub.y - 1 … pub.y + 1), as first and last day numbers (days since the epoch); null when `d` is not
 * a whole day and month with no year.
 */
function yearlessSpans(text: string, d: DateMention, pub: Ymd): [number, number][] | null {
  const written = readWrittenDate(text.slice(d.start, d.end), d.start);
  if (!written || written.y !== null || written.end !== d.end || written.start !== d.start) return null;
  const out: [number, number][] = [];
  for (let y = pub.y - 1; y <= pub.y + 1; y++) if (written.d <= daysInMonth(y, written.m)) out.push([toDays({ y, m: written.m, d: written.d }), toDays({ y, m: written.m, d: written.d })]);
  return out;
}

/**
 * "16 years ago, in 1987": a count of years back beside a bare year is elapsed-time's (with its fix), one finding for
 * one slip (slips38); so is one beside a decade ("in the 1950s, more than 60 years ago").
 */
function elapsedTimes(rel: DateMention, exp: DateMention): boolean {
  if (countedBack(rel.text)?.unit !== 'year' || onlyWords(rel.text)?.at(-1) !== 'ago') return false;
  return isDigits(exp.text) || (exp.grain !== 'day' && exp.grain !== 'month' && exp.grain !== 'week');
}

/**
 * "last year, on 13 February 2003", "10 years ago, on 1 February 1994", "next Thursday, 11 November": a relative
 * expression and a calendar date side by side name one time; the date must fall where the relative one points.
 */
export function appositionConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  if (!pub) return out;
  const text = article.text;
  // Deictic expressions only: "a year later", "five years earlier" count from another event, not from publication.
  // (A holiday names its own day: holidayConflicts.)
  // "earlier this week" is no anaphor: it is the part of this week before publication (sided).
  const relative = (d: DateMention) => d.kind === 'date' && d.relative && d.resolvedBy === 'publication' && !CALENDAR_WORD.test(d.text) && !d.reference && (sided(d) || !hasWordOf(d.text, contextSet('anaphoricWords'))) && !possessiveAt(text, d.end) && !isHoliday(d.text);
  // A day and month the tense put in a year ("launched last month, on 15 November" in January) is held to the
  // relative date in any year around publication (yearlessSpans).
  const explicit = (d: DateMention) => d.kind === 'date' && CALENDAR_WORD.test(d.text) && hasDigit(d.text) && !!interval(d) && (d.resolvedBy !== 'tense' || yearlessSpans(text, d, pub) !== null);
  const limit = (d: DateMention) => endsWithPhrase(text.slice(Math.max(0, d.start - 12), d.start), LIMIT_BEFORE());
  // "last month, in September": a month named alone beside a relative month must be that month, in any year.
  const bareMonth = (d: DateMention) => d.kind === 'date' && d.grain === 'month' && CALENDAR_WORD.test(d.text) && !hasDigit(d.text) && !!d.value;
  for (let i = 0; i + 1 < dates.length; i++) {
    const [x, y] = [dates[i], dates[i + 1]];
    const pair = relative(x) && (explicit(y) || bareMonth(y)) ? [x, y] : (explicit(x) || bareMonth(x)) && relative(y) ? [y, x] : null;
    const [rel, exp] = pair ?? [x, y];
    const apposition = pair && apposed(text, x, y, rel, limit(exp));
    if (!apposition) continue;
    const { hedge, outer } = apposition;
    if (bareMonth(exp)) {
      if (rel.grain === 'month' && rel.value && !sided(rel) && rel.value.slice(5, 7) !== exp.value!.slice(5, 7)) out.push({ start: exp.start, end: exp.end, message: `“${exp.text}” does not fit “${rel.text}” beside it, which from the publication date (${formatDay(pub)}) means ${valueInWords(rel.value)}.` });
      continue;
    }
    if (elapsedTimes(rel, exp)) continue;
    const windows = allowed(rel, pub, hedge);
    const spans = exp.resolvedBy === 'tense' ? yearlessSpans(text, exp, pub)! : [interval(exp)!];
    if (!windows || windows.some(([a, b]) => spans.some((span) => span[0] <= b && span[1] >= a))) continue;
    const fixes: Fix[] = [];
    const written = readWrittenDate(text.slice(exp.start, exp.end), exp.start);
    const relYear = yearValue(rel);
    if (written && written.end === exp.end && written.y !== null && relYear !== null && !wordsIn(rel.text).includes('ago')) {
      const newText = writeLike(written, { y: relYear, m: written.m, d: written.d });
      fixes.push({ title: `Change the year to ${relYear}`, edits: [{ start: written.start, end: written.end, newText }] });
    } else if (written && written.end === exp.end && rel.grain === 'day' && parseIsoDay(rel.value) && !wordsIn(rel.text).includes('next')) {
      const newText = writeLike(written, parseIsoDay(rel.value)!);
      fixes.push({ title: `Change to ${newText}`, edits: [{ start: written.start, end: written.end, newText }] });
    }
    const side = sideOf(rel);
    const part = side ? `the part of ${valueInWords(rel.value!)} ${side} that day` : valueInWords(rel.value!);
    const where = windows.length > 1 ? windows.map(([a]) => formatDay(fromDays(a))).join(' or ') : part;
    const said = outer ? `${outer} ${rel.text}` : rel.text;
    const means = hedge ? `${SENSE_WORDS[hedgeSense(hedge)]} ${formatDay(fromDays(Math.round(countBackDays(rel, pub))))}` : where;
    out.push({ start: exp.start, end: exp.end, message: `“${exp.text}” does not fit “${said}” beside it, which from the publication date (${formatDay(pub)}) means ${means}.`, fixes: hedge ? [] : fixes });
  }
  return out;
}

/**
 * "next month's European Indoors at Madrid on 4-6 March", "next week's summit in Brussels on 2 February": a relative
 * date in the possessive and the calendar date of the same event after its noun phrase (no verb between, the date
 * after "on" or "in", within MAX_PHRASE characters) name one time; the calendar date must fall where the relative one
 * points (allowed()). The finding is on the calendar date.
 */
export function possessiveConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  if (!pub) return out;
  const text = article.text;
  for (let i = 0; i + 1 < dates.length; i++) {
    const [rel, exp] = [dates[i], dates[i + 1]];
    const relative = rel.kind === 'date' && rel.relative && rel.resolvedBy === 'publication' && !CALENDAR_WORD.test(rel.text) && !rel.reference && possessiveAt(text, rel.end);
    const explicit = exp.kind === 'date' && CALENDAR_WORD.test(exp.text) && hasDigit(exp.text) && !!interval(exp) && exp.resolvedBy !== 'tense';
    if (!relative || !explicit || exp.start - rel.end > MAX_PHRASE || !samePhrase(article, rel.end, exp.start)) continue;
    const windows = allowed(rel, pub);
    const span = interval(exp)!;
    if (!windows || windows.some(([a, b]) => span[0] <= b && span[1] >= a)) continue;
    const where = windows.length > 1 ? windows.map(([a]) => formatDay(fromDays(a))).join(' or ') : `${valueInWords(rel.value!)}`;
    out.push({ start: exp.start, end: exp.end, message: `“${exp.text}” does not fit “${rel.text}’s” before it, which from the publication date (${formatDay(pub)}) means ${where}.` });
  }
  return out;
}

/** How far (UTF-16 code units) the calendar date may stand after a possessive relative date and still date its noun. */
const MAX_PHRASE = 60;
/** The prepositions that give the noun phrase's event its date ("… on 4-6 March", "… in March"). */
const DATING = new Set(['on', 'in']);

/**
 * Whether prose [from, to) is the rest of one noun phrase and its date's preposition: no verb and no mark that ends a
 * clause (read from the linguistic layer), and "on" or "in" last, or an opening bracket ("Championships (4-6 March)").
 */
function samePhrase(article: Article, from: number, to: number): boolean {
  const layer = languageOf(article);
  const between = article.prose.slice(from, to);
  // "next week's European Indoor Championships (4-6 March)": the event's dates in brackets after its noun phrase.
  const bracketed = between.trimEnd().endsWith('(');
  const phraseEnd = bracketed ? from + between.trimEnd().length - 1 : to;
  if ((!bracketed && !DATING.has(wordsIn(between).at(-1) ?? '')) || hasWordOf(between, CLAUSE_WORDS)) return false;
  for (let i = firstTokenEndingAfter(layer, from); i < layer.tokens.length && layer.tokens[i].start < phraseEnd; i++) {
    const t = layer.tokens[i];
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'PUNCT' && !APOSTROPHES.has(article.prose.slice(t.start, t.end)))) return false;
  }
  return true;
}

/** Words that open another clause inside the window ("next week's vote, which ends on …"). */
const CLAUSE_WORDS = new Set(['which', 'that', 'who', 'when', 'where']);
/** The possessive's apostrophes, the only punctuation inside the phrase. */
const APOSTROPHES = new Set(["'", '’', "'s", '’s']);

/** Whether `between` stands between a holiday and a date in apposition: a comma or bracket, perhaps "on" ("Good Friday, on 14 April"), or white space alone ("Good Friday 14 April"). */
function besideHoliday(between: string): boolean {
  return joinedBy(between, [',', '('], ['on']) || (between.length > 0 && between.trim() === '');
}

/** The year a mention's value begins with ("2000-01-17" → 2000), or null. */
function valueYear(d: DateMention): number | null {
  const y = d.value?.slice(0, 4);
  return y && isDigits(y) ? Number(y) : null;
}

/**
 * "on Christmas Eve, 23 December", "Boxing Day (Dec. 27)", "Memorial Day, May 31" (in 2004, when it is 31 May; in
 * 2005 the 30th): a holiday of data/dates-holidays.json and a calendar date side by side name one day; the date must
 * be the holiday's, a movable holiday's in the year the date gives or, with none, the year the holiday was read in.
 * The finding is on the calendar date, with a fix that writes the holiday's day the way the date was written.
 */
export function holidayConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const text = article.text;
  for (let i = 0; i + 1 < dates.length; i++) {
    const [x, y] = [dates[i], dates[i + 1]];
    if (x.kind !== 'date' || y.kind !== 'date' || !besideHoliday(text.slice(x.end, y.start))) continue;
    const pair = isHoliday(x.text) && !isHoliday(y.text) ? [x, y] : isHoliday(y.text) && !isHoliday(x.text) ? [y, x] : null;
    if (!pair) continue;
    const [holiday, exp] = pair;
    const written = readWrittenDate(text.slice(exp.start, exp.end), exp.start);
    if (!written || written.end !== exp.end || written.m < 1) continue;
    const year = written.y ?? valueYear(holiday);
    const day = holidayIn(holiday.text, year);
    if (!day || (written.m === day.m && written.d === day.d)) continue;
    const newText = writeLike(written, { y: written.y ?? 0, m: day.m, d: day.d });
    const inYear = isMovableHoliday(holiday.text) ? ` in ${year}` : '';
    out.push({
      start: exp.start, end: exp.end,
      message: `“${exp.text}” does not fit “${holiday.text}” beside it, which falls on ${day.d} ${monthNames()[day.m - 1]}${inYear}.`,
      fixes: [{ title: `Change to ${newText}`, edits: [{ start: written.start, end: written.end, newText }] }],
    });
  }
  return out;
}
