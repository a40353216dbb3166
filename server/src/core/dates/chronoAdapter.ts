// Runs chrono-node over the prose and turns its certain components into candidates, leaving year and direction to the tense.
import * as chrono from 'chrono-node';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import { toDays, weekdayNames, type Ymd } from './calendar';
import type { Candidate, Expr } from './expr';
import { firstAtLeast } from '../text/spanIndex';
import { detached, GenerationMemo } from '../text/memo';
import type { Span } from '../types';
import { MONTH_RE, monthNumber, WEEKDAY_INDEX, WEEKDAY_RE } from './expr';
import { bareMonthAbbreviation, dayWordInTitle, monthInName, todayIsName, weekdayEndsName, weekdayStartsName } from './names';
import { NUMBER_RE, parseSmallNumber, wordList } from './words';
import { opensPersonNames } from '../entities/refine';
import { endsWeekdayTitle } from '../entities/weekdayTitles';
import { readWordList } from '../dataFiles';
import { isHoliday } from './holidays';
import { hasDigit, hasLetter, hasSpace, isDigits, withoutFullStop, wordsOf } from '../text/shape';
import { contextSet, endsWithPhrase, hasPhrase, hasWordOf, isAsciiCapital, isWordChar, lastLetters, leadingAsciiLetters, leadingWordLength, lettersBeforeSpace, onlyWords, opensCapitalisedWord, opensWith, opensWithCaseless, phrases, runsOf, wordsIn } from './context';

const LEADING_WORDS = (): ReadonlySet<string> => contextSet('leadingWords');
/** A part of the day "of", "on" or a comma before a date, as chrono-node reads it ("night of Friday, Oct. 23", "opening night on 12 May", "Bonfire Night, 4 November"). */
const PART_OF_DAY_OF = /^(?:the\s+)?(?:morning|afternoon|evening|night)(?:\s+(?:of|on)|,)\s+/i;
/** A counted span that may be counted from an event instead of from publication ("within two weeks of …"). */
const ANCHORED_SPAN = new Set(['within', 'in']);
const RANGE_WORDS = new Set(['to', 'through', 'until', 'till', 'and']);

/** The first white space, range word ("to", "until", "and") or dash, and white space in `text`: where it starts and its length. */
function rangeJoin(text: string): { index: number; length: number } | null {
  for (const run of runsOf(text, hasSpace)) {
    const from = run.start + run.text.length;
    let end = from;
    while (end < text.length && !hasSpace(text[end])) end++;
    const token = text.slice(from, end);
    if (end === text.length || !(RANGE_WORDS.has(token.toLowerCase()) || token === '-' || token === '–')) continue;
    let stop = end;
    while (hasSpace(text[stop])) stop++;
    return { index: run.start, length: stop - run.start };
  }
  return null;
}

/** "the day", "the day after": a day counted from another event in the story. */
const ANAPHORIC_DAY = phrases(['day', 'the day'], ['after', 'before']);
const CLOCK_STEPS = new Set(['last', 'next', 'this', 'past']);
const CLOCK_UNITS = new Set(['minute', 'hour', 'second']);
const PARTS_OF_DAY = new Set(['morning', 'afternoon', 'evening', 'night']);
/** A day and month (either order) with two digits after them, the day and month captured first. */
const TWO_DIGIT_YEAR = new RegExp(`(\\b(?:\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}|${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?))[,\\s]+\\d{2}$`);
/**
 * "the last five years", "the past five years and eight months": a counted span of that length up to or from now
 * (TimeML DURATION), no date; after "this" or "that", a pronoun's object before a count ("dealt with this six months
 * ago", slips119), whose "ago" the news patterns read.
 */
const COUNTED_SPAN = new RegExp(`^(?:the\\s+)?(?:last|next|past|coming|previous|following|this|that|these)\\s+(?:${NUMBER_RE})\\s+(?:day|week|month|year|decade)s(?:\\s+and\\s+(?:${NUMBER_RE}|a|an)\\s+(?:day|week|month)s?)?$`, 'i');
const WEEKDAY_AT = new RegExp(`\\b${WEEKDAY_RE}`, 'i');
/** An abbreviated weekday ("Tues.") just before a date; chrono-node reads the full names itself. */
const WEEKDAY_BEFORE = /\b((?:Sun|Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat)\.),?\s+$/;
/** A weekday and a bare number chrono-node read as an hour ("Monday 12"). */
const WEEKDAY_NUMBER = new RegExp(`^(${WEEKDAY_RE}),?\\s+\\d{1,2}(\\.\\d{1,2})?$`, 'i');
/** A month, a comma and a word: "the six months to November, first quarter profits" is no "November first". */
const MONTH_COMMA_WORD = new RegExp(`^(${MONTH_RE}),\\s+[a-z]+$`);
const APPOSED_DEICTIC = new RegExp(`^((?:next|last|this|coming)\\s+${WEEKDAY_RE})(?=,?\\s+(?:the\\s+)?\\d|,?\\s+[A-Z][a-z]+\\.?\\s+\\d)`, 'i');
const CAPITAL_DEICTICS = new Set(['Last', 'Next', 'This', 'Coming', 'Past']);

/** The length of the weekday's full name at `at` in `text` ("Friday", no word character after it), or 0. */
function weekdayNameAt(text: string, at: number): number {
  const name = leadingAsciiLetters(text.slice(at));
  return weekdayNames().includes(name) && !isWordChar(text[at + name.length]) ? name.length : 0;
}

/** The length of a weekday's name that opens `text`, perhaps after a small-letter word or a deictic one and white space ("last Friday", "on Friday"), or 0. */
function weekdayLeadLength(text: string): number {
  const alone = weekdayNameAt(text, 0);
  if (alone) return alone;
  const first = leadingAsciiLetters(text);
  if (!first || !([...first].every((c) => c >= 'a' && c <= 'z') || CAPITAL_DEICTICS.has(first))) return 0;
  let at = first.length;
  while (hasSpace(text[at])) at++;
  const name = at > first.length ? weekdayNameAt(text, at) : 0;
  return name ? at + name : 0;
}
/**
 * "10 p.m. Wednesday", "at 6:30 a.m. Tuesday" (AP style): where the weekday starts after a clock time with "a.m." or
 * "p.m." that opens `text`; 0 when `text` does not open so. The date is the weekday; the time is no part of it.
 */
function clockBeforeWeekday(text: string): number {
  for (let at = text.indexOf(' '); at > 0; at = text.indexOf(' ', at + 1)) {
    const lead = text.slice(0, at);
    // ("at 2pm last Friday": the weekday may have its deictic word.)
    const rest = text.slice(at + 1);
    const weekday = weekdayNameAt(rest, 0) || (CAPITAL_DEICTICS.has(capitalised(leadingAsciiLetters(rest))) && weekdayLeadLength(rest));
    if (weekday && hasDigit(lead) && (endsInClockMark(lead) || isClockOn(lead))) return at + 1;
  }
  return 0;
}

/**
 * "10:30 on", "10.30 on", "10 on" (found writing review 104's tests: "Talks start at 10:30 on Friday" lost its
 * weekday): an hour, perhaps with its minutes after a colon or a full stop, then "on", before a weekday.
 */
function isClockOn(lead: string): boolean {
  if (!lead.endsWith(' on')) return false;
  const clock = lead.slice(0, -3);
  if (endsInClockMark(clock)) return true;
  const mark = Math.max(clock.indexOf(':'), clock.indexOf('.'));
  const hour = mark < 0 ? clock : clock.slice(0, mark);
  return isDigits(hour) && hour.length <= 2 && Number(hour) <= 24 && (mark < 0 || (clock.length - mark - 1 === 2 && isDigits(clock.slice(mark + 1))));
}

/**
 * "finished at $1.32 on Friday" (found writing review 104's tests): chrono-node reads a price before a weekday as the
 * weekday's clock time. A number right after a currency sign is the price's, no time: the offset of the weekday in
 * prose[start, end), or 0.
 */
function priceBeforeWeekday(prose: string, start: number, end: number): number {
  if (!CURRENCY_SIGNS.has(prose[start - 1] ?? '') || !hasDigit(prose[start])) return 0;
  const w = WEEKDAY_AT.exec(prose.slice(start, end));
  return w ? w.index : 0;
}
/** Signs a price opens with, right before its digits. */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '£', '€', '¥']);

/** How a clock time written as AP style writes it ends ("10 p.m.", "6:30 a.m."). */
const CLOCK_MARKS = ['a.m.', 'p.m.', 'am', 'pm'];
/** Whether `word` is a clock time's mark as AP style writes it ("a.m.", "pm"; CLOCK_MARKS), in any case. */
export const isClockMark = (word: string) => CLOCK_MARKS.includes(word.toLowerCase());
/** Whether `lead` ends in a clock time's mark (CLOCK_MARKS). */
const endsInClockMark = (lead: string) => CLOCK_MARKS.some((mark) => lead.toLowerCase().endsWith(mark));
/** `word` with its first letter in capitals ("last" → "Last"). */
const capitalised = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();

const MONTH_AFTER = new RegExp(`^\\s+${MONTH_RE}(?![a-z])`);

/** Whether `text`, after a bare "d/d", makes it a fraction: it opens with "%", "per cent", "in" or a word of data/dates-context.json fractionFollowers ("3/4 of", "1/2 per cent"). */
function fractionAfter(text: string): boolean {
  if (text[0] === '%') return true;
  const t = text.trimStart();
  if (opensWithCaseless(t, 'per') && opensWithCaseless(t.slice(3).trimStart(), 'cent')) return true;
  return (opensWithCaseless(t, 'in') && !isWordChar(t[2])) || [...contextSet('fractionFollowers')].some((w) => opensWithCaseless(t, w));
}

/** A whole number and a bare "d/d" after a space ("12 3/4"). */
function isMixedNumber(text: string): boolean {
  let i = 0;
  while (isDigits(text[i])) i++;
  let j = i;
  while (text[j] === ' ' || text[j] === '\u00a0') j++;
  return i >= 1 && i <= 3 && j > i && isBareSlash(text.slice(j));
}
const ARTICLES = phrases(['a', 'an', 'the']);

/** "3/4", "12/1": one or two digits, a slash, one or two digits, nothing else. */
function isBareSlash(text: string): boolean {
  const halves = text.split('/');
  return halves.length === 2 && halves.every((h) => h.length <= 2 && isDigits(h));
}

/** A bare "d/d" that is a fraction: "12 3/4%" (chrono-node reads "12 3/4" as 4 March), "a 3/4 stake", "1/2 of the vote". */
function isFraction(prose: string, start: number, end: number): boolean {
  if (isMixedNumber(prose.slice(start, end))) return true;
  if (!isBareSlash(prose.slice(start, end))) return false;
  const afterNumber = start >= 2 && isDigits(prose[start - 2]) && (prose[start - 1] === ' ' || prose[start - 1] === '\u00a0');
  return afterNumber || endsWithPhrase(prose.slice(Math.max(0, start - 5), start), ARTICLES) || fractionAfter(prose.slice(end, end + 12));
}

/** Whether `text` ends in a full stop that closes an abbreviation ("Sept.", "Tues.", "p.m."), not a sentence. */
function endsInAbbreviation(text: string): boolean {
  if (!text.endsWith('.')) return false;
  const body = text.slice(0, -1);
  let k = body.length;
  while (k > 0 && isWordChar(body[k - 1])) k--;
  const word = body.slice(k).toLowerCase();
  if (contextSet('abbreviationsBeforeStop').has(word)) return true;
  const half = body[k - 2]?.toLowerCase();
  return word === 'm' && body[k - 1] === '.' && (half === 'a' || half === 'p') && !isWordChar(body[k - 3]);
}

const TRAILING_MARKS = new Set([',', ';', ':', '-', '–', '—']);

/** Narrows [start, end) to the date words: no leading preposition, no trailing comma or sentence full stop. */
export function trimSpan(prose: string, start: number, end: number): [number, number] {
  for (let n = leadingWordLength(prose.slice(start, end), LEADING_WORDS()); n > 0 && start + n < end; n = leadingWordLength(prose.slice(start, end), LEADING_WORDS())) start += n;
  while (end > start && (hasSpace(prose[end - 1]) || TRAILING_MARKS.has(prose[end - 1]))) end--;
  if (prose[end - 1] === '.' && !endsInAbbreviation(prose.slice(start, end))) end--;
  return [start, end];
}

function parts(c: ParsedComponents): { y: number | null; m: number | null; d: number | null; wd: number | null } {
  return {
    y: c.isCertain('year') ? c.get('year') ?? null : null,
    m: c.isCertain('month') ? c.get('month') ?? null : null,
    d: c.isCertain('day') ? c.get('day') ?? null : null,
    wd: c.isCertain('weekday') ? c.get('weekday') ?? null : null,
  };
}

function dayOffset(c: ParsedComponents, ref: Ymd): number {
  return toDays({ y: c.get('year') ?? ref.y, m: c.get('month') ?? ref.m, d: c.get('day') ?? ref.d }) - toDays(ref);
}

/**
 * A month alone ("in May"): capitalised, no abbreviation standing alone nor part of a name ("Black September"); "May"
 * and "March", also ordinary words, only after a word that makes what follows a date (data/dates-year-cues.txt).
 */
function monthAlonePlausible(text: string, before: string): boolean {
  if (bareMonthAbbreviation(text, before) || monthInName(text, before) || !isAsciiCapital(text[0])) return false;
  if (text.toLowerCase() !== 'may' && text.toLowerCase() !== 'march') return true;
  const prev = lastLetters(before);
  return !!prev && wordList('dates-year-cues.txt').has(prev.toLowerCase());
}

/**
 * "the Sunday Telegraph", "Black Friday", "Super Tuesday": a weekday after a name word (data/dates-weekday-names.txt),
 * or after "the" and before a capitalised word that is no month (AP's "the World Court Friday rejected" is a date).
 */
function weekdayInName(before: string, after: string): boolean {
  const word = lettersBeforeSpace(before);
  if (!word) return false;
  // "the Mail on Sunday": a newspaper's title (data/newspaper-weekday-titles.txt).
  if (word === 'on' && endsWeekdayTitle(before)) return true;
  const prev = word.toLowerCase();
  // "the coach Mike Friday's England side": a given name that opens people's names in the labelled data makes the
  // weekday a surname; not one that copy writes in lower case too ("Will Friday's vote change anything?";
  // data/common-words.txt).
  if (isAsciiCapital(word[0]) && opensPersonNames(word) && !readWordList('common-words.txt').has(prev)) return true;
  return wordList('dates-weekday-names.txt').has(prev) || (prev === 'the' && opensCapitalisedWord(after) && !MONTH_AFTER.test(after));
}

/** A weekday alone ("on Friday"): a weekday's name that opens no name, stands in none, and ends none before a number. */
function weekdayAlonePlausible(text: string, before: string, after: string): boolean {
  const weekday = weekdayLeadLength(text);
  if (!weekday || weekdayStartsName(text.slice(weekday) + after)) return false;
  // "Sheffield Wednesday 2 days later": with a number after it, such a weekday ends a name (AP's "the World Court
  // Friday rejected", with none, stays a date).
  return !weekdayInName(before, after) && !(hasDigit(text) && weekdayEndsName(before));
}

/** Month and weekday names that are also ordinary words need a date-like neighbour ("in May", not "may"). */
function plausible(text: string, before: string, after: string, p: ReturnType<typeof parts>): boolean {
  if (todayIsName(text, before, after) || dayWordInTitle(text, before)) return false;
  // "earnings in 2005 may also slide" (review 33): a month's name is capitalised; in small letters it is a word.
  if (p.m !== null && wordsOf(text).some((w) => monthNumber(w) !== null && !isAsciiCapital(w[0]))) return false;
  if (p.m !== null && p.d === null && p.y === null) return monthAlonePlausible(text, before);
  if (p.wd !== null && p.m === null && p.d === null) return weekdayAlonePlausible(text, before, after);
  return true;
}

/** An abbreviated weekday chrono-node left out ("Tues., Sept. 14") belongs to the date it stands before: the date's new start (`p.wd` set). */
function takeWeekdayBefore(prose: string, start: number, p: ReturnType<typeof parts>): number {
  if (p.wd !== null || p.d === null) return start;
  const before = WEEKDAY_BEFORE.exec(prose.slice(Math.max(0, start - 14), start));
  if (!before) return start;
  p.wd = WEEKDAY_INDEX[withoutFullStop(before[1].toLowerCase())] ?? null;
  return start - before[0].length;
}

/** Whether the last one to four words of `before` and `weekday` name a holiday ("Good" Friday, "spring bank holiday" Monday). */
function endsHoliday(before: string, weekday: string): boolean {
  const words = wordsOf(before);
  for (let n = 1; n <= Math.min(4, words.length); n++) if (isHoliday(`${words.slice(-n).join(' ')} ${weekday}`)) return true;
  return false;
}

/**
 * "Good Friday, April 21", "Easter Monday (April 24)": a weekday that ends a holiday's name (data/dates-holidays.json)
 * is the holiday's, no part of the calendar date after it, which holidayConflicts compares with the holiday. The
 * date's new start, after the weekday and its comma (`p.wd` cleared).
 */
function startAfterNamedWeekday(prose: string, start: number, end: number, p: ReturnType<typeof parts>): number {
  if (p.wd === null || p.d === null) return start;
  const w = WEEKDAY_AT.exec(prose.slice(start, end));
  if (w?.index !== 0 || !endsHoliday(prose.slice(Math.max(0, start - 40), start), w[0])) return start;
  let next = start + w[0].length;
  while (next < end && (prose[next] === ',' || hasSpace(prose[next]))) next++;
  p.wd = null;
  return next;
}

/**
 * "On Monday 12 people were hurt": a number a word follows counts that word; it is no hour of the weekday. "before
 * ending Friday 0.24% lower" (review 104): a number a per cent sign follows is a figure. "the six months to November,
 * first quarter profits" (review 104): a word after a month and a comma is no day of it (`p.d` cleared). The date's end
 * without them.
 */
function endBeforeCount(prose: string, start: number, end: number, p: ReturnType<typeof parts>): number {
  const text = prose.slice(start, end);
  const month = p.d !== null ? MONTH_COMMA_WORD.exec(text) : null;
  if (month) { p.d = null; return start + month[1].length; }
  const hour = p.d === null ? WEEKDAY_NUMBER.exec(text) : null;
  if (!hour) return end;
  return (!hour[2] && hasSpace(prose[end]) && hasLetter(prose.slice(end, end + 2)[1])) || prose[end] === '%' ? start + hour[1].length : end;
}

/**
 * Whether chrono-node read `text` as a step from the reference day ("tomorrow", "last Friday"). "Saturday night" is
 * tagged like "tonight", but the weekday is a calendar day the tense places, not a step from publication.
 */
function isRelative(text: string, tags: ReadonlySet<string>, p: ReturnType<typeof parts>): boolean {
  // (A day and month written out are on the calendar whatever time of day stands with them: "at 12 noon on Thursday
  // 9 May", whose weekday is then checked.)
  const written = p.d !== null && p.m !== null && hasDigit(text) && wordsOf(text).some((w) => monthNumber(w) !== null);
  const casual = !written && [...tags].some((t) => t.startsWith('casualReference/') && !(p.wd !== null && PARTS_OF_DAY.has(t.slice(t.lastIndexOf('/') + 1))));
  return tags.has('result/relativeDate') || casual || (p.wd !== null && p.d === null && opensWith(text, contextSet('deicticWords')));
}

/** "the last minute", "the next hours": a clock unit, no day. */
function isClockUnit(text: string): boolean {
  const words = onlyWords(text);
  const rest = words?.[0] === 'the' ? words.slice(1) : words;
  return rest?.length === 2 && CLOCK_STEPS.has(rest[0]) && CLOCK_UNITS.has(rest[1].endsWith('s') ? rest[1].slice(0, -1) : rest[1]);
}

/**
 * What chrono-node read that is no date: a relative result with no word that makes it one (it reads a bare unit, "for
 * the year", as "in one year"), "at the last minute" (an idiom), and a counted span, which the news patterns read as a
 * duration ("the last five years").
 */
function readsNoDate(text: string, relative: boolean): boolean {
  // ("today", "Monday", "a day after"; not a count of days after "for": "strike for one day" is a duration, review 123.)
  const words = wordsIn(text);
  const duration = words[0] === 'for';
  const relativeWord = words.some((w) => contextSet('relativeWords').has(w) || (w.endsWith('day') && !(duration && w === 'day'))) || hasPhrase(text, 'from now');
  return (relative && (!relativeWord || isClockUnit(text) || fusedMeasure(text))) || COUNTED_SPAN.test(text);
}

/**
 * Whether `text` holds a number with letters fused to it that no date or time is written with (data/dates-context.json
 * dateNumberLetters: "1st", "2pm", "the 1990s"): "the last 200m" of a race (review 106: chrono-node read "200m" as
 * 200 minutes) is a measure, not a time.
 */
function fusedMeasure(text: string): boolean {
  for (const run of runsOf(text, (c) => hasDigit(c) || hasLetter(c))) {
    const at = run.text.search(/\d[a-z]/i);
    if (at >= 0 && !contextSet('dateNumberLetters').has(run.text.slice(at + 1).toLowerCase())) return true;
  }
  return false;
}

/** A calendar reading: chrono-node's certain parts, the weekday's span, and the range's end when there is one. */
function calendarExpr(text: string, start: number, p: ReturnType<typeof parts>, rangeEnd?: ParsedComponents): Expr {
  // A weekday written with a day of the month is the writer's, whatever chrono-node made certain: a time of day before
  // it ("at 12 noon on Thursday 9 May") leaves the weekday uncertain there, and a weekday-mismatch unread.
  const w = p.wd !== null || p.d !== null ? WEEKDAY_AT.exec(text) : null;
  const wd = p.wd ?? (w ? WEEKDAY_INDEX[withoutFullStop(w[0].toLowerCase())] ?? null : null);
  const expr: Expr = { t: 'cal', ...p, wd, wdSpan: w ? [start + w.index, start + w.index + w[0].length] : null };
  if (rangeEnd) expr.rangeEnd = { y: parts(rangeEnd).y ?? p.y, m: parts(rangeEnd).m ?? p.m, d: parts(rangeEnd).d };
  return expr;
}

function toCandidate(prose: string, start: number, end: number, c: ParsedComponents, r: ParsedResult, ref: Ymd, rangeEnd?: ParsedComponents): Candidate | null {
  [start, end] = trimSpan(prose, start, end);
  if (end <= start) return null;
  const p = parts(c);
  start = startAfterNamedWeekday(prose, takeWeekdayBefore(prose, start, p), end, p);
  end = endBeforeCount(prose, start, end, p);
  if (p.wd !== null && p.m === null && p.d === null) start += clockBeforeWeekday(prose.slice(start, end)) || priceBeforeWeekday(prose, start, end);
  const text = prose.slice(start, end);
  if (p.y === null && p.m === null && p.d === null && p.wd === null) return null; // a time of day only
  if (!plausible(text, prose.slice(Math.max(0, start - 60), start), prose.slice(end, end + 40), p)) return null;
  // "7/8" in news copy is a fraction (share prices, votes), not July 8.
  if (isBareSlash(text)) return null;
  const relative = isRelative(text, r.tags(), p);
  if (readsNoDate(text, relative)) return null;
  // "earlier in the day", "the day after the vote": a day counted from another event in the story, not from publication.
  if (relative && (ANAPHORIC_DAY.has(onlyWords(text)?.join(' ') ?? '') || countedFromEvent(text))) return { start, end, expr: { t: 'anchored' }, priority: 1 };
  const expr: Expr = relative ? { t: 'rel', unit: 'day', offset: dayOffset(c, ref) } : calendarExpr(text, start, p, rangeEnd);
  return { start, end, expr, priority: 1 };
}

/**
 * "a few days later", "three weeks later", "a year earlier", "a day after", "after a day": a count of a unit
 * (data/dates-context.json countedUnits) that ends in "later", "earlier", "after" or "before", or that "after" opens,
 * counts from another event in the story, not from publication ("In
 * January, it rejected the offer. A few days later, it announced …" is late January, not three days after publication).
 */
function countedFromEvent(text: string): boolean {
  const words = wordsIn(text);
  const last = words[words.length - 1];
  const units = contextSet('countedUnits');
  // (So does "a day after" the vote, and "after a day" at sea: slips111, where chrono-node read the day after publication.)
  if (words.length === 3 && words[0] === 'after' && units.has(last) && (words[1] === 'a' || parseSmallNumber(words[1]) !== null)) return true;
  return COUNT_RELATIONS.has(last) && words.length >= 2 && units.has(words[words.length - 2]);
}

/** Words after a count that relate it to another event ("six weeks after", "a year before", "two days later"). */
const COUNT_RELATIONS = new Set(['after', 'before', 'later', 'earlier']);

/**
 * "ended on Friday, six weeks after it began": chrono-node reads a date, a comma and a count related to another event
 * as the date moved by the count (Friday + six weeks); the date is the one written, and the count relates it to the
 * event (elapsed-time checks the two). The result narrowed to the date before the comma, nothing when that is no date
 * alone, or the result as it was.
 */
function dateBeforeCount(result: { r: ParsedResult; base: number }, refDate: Date): { r: ParsedResult; base: number }[] {
  const { r, base } = result;
  const comma = r.text.indexOf(',');
  if (comma < 0) return [result];
  const words = wordsIn(r.text.slice(comma + 1));
  if (words.length < 2 || !COUNT_RELATIONS.has(words[words.length - 1]) || !contextSet('countedUnits').has(words[words.length - 2])) return [result];
  const left = parseShort(r.text.slice(0, comma), refDate)[0];
  return left && left.index === 0 ? [{ r: left, base: base + r.index }] : [];
}

/**
 * "earlier this week, on 11 June": chrono-node reads a deictic date and a calendar date in apposition as one result
 * (and the calendar date is lost); each is a date of its own, which date-conflict compares. The result split at its
 * comma when the words before it are a whole deictic date (a word of data/dates-context.json pointingWords: "this",
 * "last", "earlier" …) and those after it a date; else the result as it was.
 */
function splitApposition(result: { r: ParsedResult; base: number }, refDate: Date): { r: ParsedResult; base: number }[] {
  const { r, base } = result;
  const comma = r.text.indexOf(',');
  if (comma < 0) return [result];
  const left = r.text.slice(0, comma);
  if (!hasWordOf(left, contextSet('pointingWords'))) return [result];
  const before = parseShort(left, refDate)[0];
  const after = parseShort(r.text.slice(comma + 1), refDate)[0];
  if (!before || before.index !== 0 || before.text.length !== left.length || !after) return [result];
  return [{ r: before, base: base + r.index }, { r: after, base: base + r.index + comma + 1 }];
}

/**
 * `prose` for chrono-node: markup blanked to a run of spaces (":cite[…]{url=…}" after "31 December") reads as a
 * boundary, not as the long gap chrono-node lets a date reach across ("December" + 40 spaces). The run keeps its
 * length, so offsets do not move: its inner characters become "|".
 */
function markupAsBoundary(prose: string, text: string): string {
  let out = '';
  let at = 0;
  // (Character codes first: a space of the prose that is a space of the text, the common case, costs no pattern.)
  const blanked = (k: number) => prose.charCodeAt(k) === 32 && text.charCodeAt(k) !== 32 && !hasSpace(text[k]);
  for (let i = prose.indexOf(' '); i >= 0 && i < prose.length; i = prose.indexOf(' ', i + 1)) {
    if (!blanked(i)) continue;
    let j = i;
    while (j < prose.length && blanked(j)) j++;
    if (j - i >= 3) { out += prose.slice(at, i + 1) + '|'.repeat(j - i - 2); at = j - 1; }
    i = j;
  }
  return at === 0 ? prose : out + prose.slice(at);
}

/**
 * Paragraphs per chunk on average: a segment is parsed in chunks cut after a paragraph whose text hashes to 0 modulo
 * this (content-defined, so an edit moves no cut but its own paragraph's), and each chunk's chrono-node results are
 * kept by its text: a keystroke re-parses one chunk. Parsing paragraph by paragraph would cost twice one parse.
 */
const CHUNK_PARAGRAPHS = 8;
/** Chunks' results kept per generation (a 20,000-word article has about 100 chunks). */
const chunkMemo = new GenerationMemo<string, ParsedResult[]>(1000);

/** chrono-node's results for a date's text read again alone (a range's half, a date cut short), by day and text. */
const shortMemo = new GenerationMemo<string, ParsedResult[]>(4000);

/** chrono-node's reading of `text` (a date's words) relative to `refDate`, kept: every version of a document asks again. Callers must not change the results. */
function parseShort(text: string, refDate: Date): ParsedResult[] {
  return shortMemo.get(`${refDate.getTime()} ${text}`, () => chrono.casual.parse(withPartsMasked(detached(text)), refDate));
}

/** A part word before "May" or "March", the months that are also ordinary words ("in early May.", "by mid-March."). */
const PART_BEFORE_AMBIGUOUS_MONTH = /\b(?:early|mid|late)[ -](?=(?:May|March)\b)/g;

/**
 * `text` with a part word before "May" or "March" blanked to spaces, offsets kept: chrono-node drops "early May." at a
 * sentence's end (its reading of "May" as a verb), though it reads "in May." and "early June."; the part is read from
 * the prose after (resolve.ts, partWordBefore). The "of" after a day and a month is masked too (DAY_MONTH_OF).
 */
function withPartsMasked(text: string): string {
  return text.replace(PART_BEFORE_AMBIGUOUS_MONTH, (m) => ' '.repeat(m.length)).replace(DAY_MONTH_OF, (m, day: string) => `${day}__`).replace(MONTH_DASH, '$1;');
}

/**
 * A month, then a dash with spaces round it that opens no second date (a day and month, a month, or a year): chrono-node
 * reads "13 January - 67% of people" as January 1967 and drops the day, and keeps the dash in "January - Richard
 * Belmar" (slips124). The dash is a clause's, written ";" for it (one code unit for one); "January - March 2005" and
 * "1 March - 5 April" stay ranges.
 */
const MONTH_DASH = new RegExp(`(\\b${MONTH_RE}\\s+)[-–—](?=\\s+(?!(?:\\d{1,2}(?:st|nd|rd|th)?\\s+)?${MONTH_RE}\\b|\\d{4}\\b))`, 'gu');

/**
 * A day and a month, then "of" and no year: chrono-node reads "Friday 8 January of $5m" as "January of" alone, dropping
 * the day (slips115). The "of" is written "__" for it (spaces would break its patterns too), so "8 January" stays whole.
 */
const DAY_MONTH_OF = new RegExp(`(\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH_RE}\\.?\\s)of\\b(?!\\s+\\d{4}\\b)`, 'giu');

/** Sets how many chunks' results the date recogniser keeps per generation (see GenerationMemo.limit), and as many dates read alone. */
export function limitChunkMemo(capacity: number): void {
  chunkMemo.limit(capacity);
  shortMemo.limit(capacity * 4);
}

/** FNV-1a over a string's UTF-16 code units. */
function textHash(text: string, from: number, to: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** chrono-node's results for one chunk, by its text and reference day (the results are read, never changed). */
function parseChunk(text: string, refDate: Date): ParsedResult[] {
  return chunkMemo.get(`${refDate.getTime()}\u0000${text}`, () => chrono.casual.parse(withPartsMasked(detached(text)), refDate));
}

/** chrono-node's results for input[seg), parsed in content-defined chunks of whole paragraphs, with offsets from `base`. */
function parseSegment(input: string, seg: Span, paragraphs: readonly Span[], refDate: Date): { r: ParsedResult; base: number }[] {
  const out: { r: ParsedResult; base: number }[] = [];
  let from = seg.start;
  const flush = (to: number) => {
    if (to > from) for (const r of parseChunk(input.slice(from, to), refDate)) out.push({ r, base: from });
  };
  for (let i = 0; i < paragraphs.length; i++) {
    const p = paragraphs[i];
    if (p.start < from || p.end >= seg.end) continue;
    const next = paragraphs[i + 1];
    if (!next || next.start >= seg.end || textHash(input, p.start, p.end) % CHUNK_PARAGRAPHS !== 0) continue;
    flush(p.end);
    from = next.start;
  }
  flush(seg.end);
  return out;
}

/**
 * chrono-node's reading of `prose`, relative to `ref` (the publication date, or any day when there is none).
 * With `text` (the article text `prose` blanks markup in), blanked markup is a boundary (see markupAsBoundary);
 * with `paragraphs`, the text is cut where a paragraph opens with markup; with `sentences` (in text order), no date
 * runs on into the next sentence ("on Sunday night. Evening Standard critic…" is "Sunday night").
 */
export function chronoCandidates(prose: string, ref: Ymd, text?: string, paragraphs?: readonly Span[], sentences: readonly Span[] = []): Candidate[] {
  const out: Candidate[] = [];
  const refDate = new Date(ref.y, ref.m - 1, ref.d, 12);
  const input = text === undefined ? prose : markupAsBoundary(prose, text);
  // chrono-node lets a date reach across a paragraph break into blanks ("20 November" + a tag opening the next
  // paragraph reads as "November" + spaces) or a number ("Friday, 24 February" + "2000 GMT" after a blank line reads
  // as "Friday," and "February … 2000 GMT" when the break is "\r\n\r\n", slips52): the text is parsed in pieces cut
  // where a paragraph opens with markup or a digit.
  // (Cutting at every paragraph costs twice the time of one parse; most paragraphs open with a word.)
  const segments: Span[] = [{ start: 0, end: prose.length }];
  const sorted = [...(paragraphs ?? [])].sort((a, b) => a.start - b.start);
  const opensWithMarkup = (at: number) => text !== undefined && prose[at] === ' ' && !hasSpace(text[at]);
  sorted.forEach((p, i) => {
    const last = segments[segments.length - 1];
    if (i === 0 || !(opensWithMarkup(p.start) || isDigits(prose[p.start])) || p.start <= last.start) return;
    // The piece before ends with the paragraph before (a trailing line break also unsettles chrono-node).
    last.end = Math.max(last.start, sorted[i - 1].end);
    segments.push({ start: p.start, end: prose.length });
  });
  const results = segments.flatMap((seg) => parseSegment(input, seg, sorted, refDate)).flatMap((result) => splitApposition(result, refDate)).flatMap((result) => dateBeforeCount(result, refDate));
  for (const result of results) {
    let r = result.r;
    const base = result.base;
    let at = base;
    // A date does not run on past a paragraph break, nor take a 24-hour time for its year ("1 March\n\n2000 GMT", "26 February 1400 GMT").
    let cut = r.text.search(/\n|[,\s]+\d{4}\s*(?:GMT|BST|UTC|CET|EST|ET|hrs|local time)\b/);
    // Nor two digits after a day and month for a year ("on 28 February, 50 Cent said", "on February 28, 50 people"):
    // news copy writes a year in full, or "'05".
    const twoDigits = TWO_DIGIT_YEAR.exec(r.text);
    if (cut < 0 && twoDigits) cut = twoDigits.index + twoDigits[1].length;
    const next = nextSentenceStart(sentences, base + r.index);
    if (next < base + r.index + r.text.length && (cut < 0 || next - base - r.index < cut)) cut = next - base - r.index;
    if (cut > 0) {
      const shorter = parseShort(r.text.slice(0, cut), refDate)[0];
      if (!shorter || shorter.index !== 0) continue;
      at = base + r.index;
      r = shorter;
    }
    // "the night of Friday, Oct. 23", "the opening night on 12 May", "Bonfire Night, 4 November": chrono-node reads a
    // part of the day before a date as that part of the reference day, and loses the date; the date is what follows.
    const partOf = PART_OF_DAY_OF.exec(r.text);
    if (partOf) {
      const rest = parseShort(r.text.slice(partOf[0].length), refDate)[0];
      if (!rest || rest.index !== 0) continue;
      at += r.index + partOf[0].length;
      r = rest;
    }
    const start = at + r.index;
    const end = start + r.text.length;
    if (isFraction(prose, start, end)) continue;
    // "within two weeks of the slaying": a span counted from an event the sentence names, not from publication.
    if (opensWith(r.text, ANCHORED_SPAN) && ofAfter(prose.slice(end, end + 4))) continue;
    if (r.end) {
      const sep = rangeJoin(r.text);
      if (sep) {
        // A half that is a calendar day alone is read as chrono-node reads it alone: "22 February - five days before
        // the ceremony" is a day and a count, and the count's tags must not make the day relative (the day was lost);
        // and "from 20 June to 27 June" leaves the first half's day uncertain in the range (it was lost too).
        const half = (from: number, to: number, c: ParsedComponents) => {
          const alone = parseShort(prose.slice(from, to), refDate)[0];
          const day = alone && alone.index === 0 && alone.start.isCertain('month') && alone.start.isCertain('day');
          return toCandidate(prose, from, to, day ? alone.start : c, day ? alone : r, ref);
        };
        // ("from 20 June to 27 June": chrono-node keeps the "from" of a day-first range in its text; the first half
        // starts at its day, or it is read as no date and lost.)
        const from = r.text.slice(0, FROM.length).toLowerCase() === FROM ? FROM.length : 0;
        const a = half(start + from, start + sep.index, r.start);
        const b = half(start + sep.index + sep.length, end, r.end);
        // ("from 20 March to 27 March 2004": the year written at the range's end is its start's too, or the year
        // before when the start's month comes later: "from 15 December to 7 January 2005".)
        if (a?.expr.t === 'cal' && b?.expr.t === 'cal' && a.expr.y === null && b.expr.y !== null && a.expr.m !== null && b.expr.m !== null) {
          a.expr.y = a.expr.m > b.expr.m ? b.expr.y - 1 : b.expr.y;
        }
        if (a) out.push(a);
        if (b) out.push(b);
        continue;
      }
    }
    // "next Thursday, 11 November": the deictic weekday and the date are two claims about one day (date-conflict compares them).
    const apposed = APPOSED_DEICTIC.exec(r.text);
    if (apposed) {
      const split = start + apposed[1].length;
      const [deictic] = parseShort(apposed[1], refDate);
      const rest = parseShort(prose.slice(split, end), refDate)[0];
      const a = deictic ? toCandidate(prose, start, start + apposed[1].length, deictic.start, deictic, ref) : null;
      const b = rest ? toCandidate(prose, split + rest.index, split + rest.index + rest.text.length, rest.start, rest, ref) : null;
      if (a && b) {
        out.push(a, b);
        continue;
      }
    }
    const cand = toCandidate(prose, start, end, r.start, r, ref, r.end ?? undefined);
    if (cand) out.push(cand);
  }
  return out;
}

/** The word that opens a range, with its space, as chrono-node may keep it in a range's text. */
const FROM = 'from ';

/** " of " (white space, "of" in any case, white space) as the four characters `text` opens with. */
function ofAfter(text: string): boolean {
  return text.length === 4 && hasSpace(text[0]) && text.slice(1, 3).toLowerCase() === 'of' && hasSpace(text[3]);
}

/** The start of the first sentence that opens after `offset` (UTF-16), or Infinity; `sentences` in text order. */
function nextSentenceStart(sentences: readonly Span[], offset: number): number {
  const i = firstAtLeast(sentences, (s) => s.start, offset + 1);
  return i < sentences.length ? sentences[i].start : Infinity;
}
