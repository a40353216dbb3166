// impossible-date: a day the month does not have ("Feb. 30", "31 April", Feb. 29 outside a leap year), read from the text since chrono-node rolls these over.
import { daysInMonth, monthNames, parseIsoDay, weekdayNames, weekdayOf } from '../dates/calendar';
import { MONTH_RE, monthNumber, WEEKDAY_RE } from '../dates/expr';
import { wordsOf } from '../text/shape';
import { impossibleMonths, NUMERIC_DATE, readWrittenDate, writeLike, type WrittenDate } from '../dates/written';
import type { Article, Fix } from '../types';
import { governingVerb } from '../dates/governor';
import { putOffTo } from '../dates';
import { leapDayYear } from '../dates/resolve';
import type { Rule, RuleFinding } from './rule';
import { writesDayFirst } from '../dates/numericOrder';
import { ParagraphMatches } from '../text/segments';

/** A weekday, full or abbreviated, just before a date ("Friday, ", "Thurs. "). */
const WEEKDAY_BEFORE = new RegExp(`\\b(${WEEKDAY_RE}),?${'[^\\S\\r\\n]+'}$`);
/** Spaces within one line: a date never runs across a line break into the next paragraph ("1\n\nFeb. 30"). */
const SP = '[^\\S\\r\\n]+';
/** Month names are capitalised and whole words: "50 mark" and "34 separate" are not dates. */
const CANDIDATE = new RegExp(`\\b(?:${MONTH_RE}${SP}\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?${SP}\\d{4}\\b)?|\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH_RE}(?![A-Za-z])(?:,?${SP}\\d{4}\\b)?|${NUMERIC_DATE.source})`, 'g');
/** CANDIDATE's matches, read paragraph by paragraph (a date never spans a line break). */
const CANDIDATES = new ParagraphMatches(CANDIDATE);

/** Every month-and-day written in `prose` ("Feb. 30", "12 September", "2024-02-30"), possible or not: no names inside. */
export function writtenDateSpans(prose: string): { start: number; end: number }[] {
  return CANDIDATES.in(prose).map((m) => ({ start: m.index, end: m.index + m.text.length }));
}

/** A written date that does not exist: the date as written, the year it is read in (null when unknown), the month's last day. */
export interface ImpossibleDate {
  written: WrittenDate;
  source: string;
  year: number | null;
  last: number;
}

/**
 * Every written date in `prose` that does not exist ("Feb. 30", "31 April", "2019-02-30"; Feb. 29 without a year
 * when the year `leapDayYearOf` reads it in is not a leap year), in text order. chrono-node rolls such dates over, so they are read
 * here from the text.
 */
export function impossibleDates(prose: string, leapDayYearOf: (written: WrittenDate) => number | null, dayFirst = false): ImpossibleDate[] {
  const out: ImpossibleDate[] = [];
  for (const m of CANDIDATES.in(prose)) {
    const written = readWrittenDate(m.text, m.index, dayFirst);
    if (!written || written.m < 1 || written.m > 12) continue;
    // "July 96", "Elect Res July 40.0": a number past 31 after a month is a year or a figure, not a day.
    if (written.d > 31) continue;
    if (written.d < 1) { out.push({ written, source: m.text, year: written.y, last: daysInMonth(written.y, written.m) }); continue; }
    // Without a year, Feb. 29 is only impossible if the year it is read in is not a leap year.
    const year = written.y ?? (written.m === 2 && written.d === 29 ? leapDayYearOf(written) : null);
    const last = daysInMonth(year, written.m);
    if (written.d > last) out.push({ written, source: m.text, year, last });
  }
  return out;
}

/** A month, a day, and a second day of the same month after a dash or "to" ("Sept 10-30", "June 28 to 30"); groups 1 and 2 the days. */
const DAY_RANGE = new RegExp(`\\b${MONTH_RE}${SP}(\\d{1,2})(?:st|nd|rd|th)?(?:[-–]|${SP}(?:to|through)${SP})(\\d{1,2})(?:st|nd|rd|th)?\\b(?![-–./]\\d)`, 'g');
/** DAY_RANGE's matches, read paragraph by paragraph; DAY_RANGE_PARTS reads one's days. */
const DAY_RANGES = new ParagraphMatches(DAY_RANGE);
const DAY_RANGE_PARTS = new RegExp(DAY_RANGE.source);

/** A range of days whose last day its month does not have: the range as written, its month, where the last day stands. */
interface ImpossibleRangeEnd {
  source: string;
  m: number;
  day: { start: number; end: number };
  last: number;
}

/**
 * Every range of days in `prose` written month first whose second day is past the month's end ("Sept 10-31",
 * "June 28 to 31"; slips99), in text order. The first day is read by impossibleDates; a second day not after the
 * first, or past 31, is no range of days ("May 3-1 win", "Jan 5-40 tonnes"). February ends on its 29th here, the
 * range's year unknown.
 */
function impossibleRangeEnds(prose: string): ImpossibleRangeEnd[] {
  const out: ImpossibleRangeEnd[] = [];
  for (const m of DAY_RANGES.in(prose)) {
    const parts = DAY_RANGE_PARTS.exec(m.text);
    const month = monthNumber(wordsOf(m.text)[0]);
    if (!parts || month === null) continue;
    const [first, second] = [Number(parts[1]), Number(parts[2])];
    if (second <= first || second > 31 || second <= daysInMonth(null, month)) continue;
    const end = m.index + m.text.lastIndexOf(parts[2]);
    out.push({ source: m.text, m: month, day: { start: end, end: end + parts[2].length }, last: daysInMonth(null, month) });
  }
  return out;
}

/**
 * How `article` reads a 29 February written without a year: in the year leapDayYear gives from its publication date
 * and the tense of the verb that governs the date (dates/governor.ts), a verb of putting off before "until" looking
 * ahead (dates putOffTo); null without a publication date.
 */
export function leapDayReading(article: Article): (written: WrittenDate) => number | null {
  const published = parseIsoDay(article.frontMatter?.published ?? null);
  return (written) => {
    if (!published) return null;
    const verb = governingVerb(article, written);
    // "postponed the film's launch until 29 February": put off to a day ahead of the putting off.
    const putOff = !!verb && putOffTo(article, written, verb);
    const tense = putOff || verb?.tense === 'future' ? 'future' : verb?.tense === 'past' || verb?.presentPerfect ? 'past' : null;
    return leapDayYear(published, tense);
  };
}

export const impossibleDate: Rule = {
  id: 'impossible-date',
  defaultSeverity: 'error',
  description: 'A date that does not exist: a day past the end of its month ("Feb. 30", "31 April", "02/30/2024", the last day of "Sept 10-31"), Feb. 29 in a year that is not a leap year, or a month numbered past 12 ("2024-13-01").',
  check({ article }) {
    const findings: RuleFinding[] = [];
    const published = parseIsoDay(article.frontMatter?.published ?? null);
    for (const { written, source, year, last } of impossibleDates(article.prose, leapDayReading(article), writesDayFirst(article))) {
      const leapDay = year !== null && written.m === 2 && written.d === 29;
      const where = written.d < 1 ? 'no month has a day 0' : leapDay && written.y === null ? `it is read in ${year}, which is not a leap year` : leapDay ? `${year} is not a leap year` : `${monthNames()[written.m - 1]} has ${written.m === 2 && year === null ? 'at most ' : ''}${last} days`;
      // The new day must exist too: without a written year, February's last day is that of the year it is read in.
      const fixYear = year ?? written.y ?? published?.y ?? null;
      const lastDay = daysInMonth(fixYear, written.m);
      const replacement = writeLike(written, { y: written.y ?? 0, m: written.m, d: lastDay });
      // A weekday written before the date ("Friday, Feb. 30, 2024") must still fit the new day, or the fix would
      // only trade this finding for a weekday-mismatch: it changes the weekday too, and is not offered when the
      // year (and so the weekday) is unknown.
      const weekday = WEEKDAY_BEFORE.exec(article.prose.slice(Math.max(0, written.start - 14), written.start));
      const fixes: Fix[] = [];
      // A day 0 has no day to move to.
      if (written.d < 1) { findings.push({ start: written.start, end: written.end, message: `“${source}” does not exist: ${where}.`, fixes }); continue; }
      if (!weekday) fixes.push({ title: `Change to ${replacement} (the last day of the month)`, edits: [{ start: written.start, end: written.end, newText: replacement }] });
      else if (year !== null) {
        const actual = weekdayNames()[weekdayOf({ y: year, m: written.m, d: lastDay })];
        const word = weekday[1].endsWith('.') ? `${actual.slice(0, 3)}.` : actual;
        const start = written.start - weekday[0].length;
        const newText = `${word}${weekday[0].slice(weekday[1].length)}${replacement}`;
        fixes.push({ title: `Change to ${newText} (the last day of the month)`, edits: [{ start, end: written.end, newText }] });
      }
      findings.push({ start: written.start, end: written.end, message: `“${source}” does not exist: ${where}.`, fixes });
    }
    for (const bad of impossibleRangeEnds(article.prose)) {
      const newText = String(bad.last);
      findings.push({ start: bad.day.start, end: bad.day.end, message: `“${bad.source}” ends on a day that does not exist: ${monthNames()[bad.m - 1]} has ${bad.m === 2 ? 'at most ' : ''}${bad.last} days.`, fixes: [{ title: `Change to ${newText} (the last day of the month)`, edits: [{ start: bad.day.start, end: bad.day.end, newText }] }] });
    }
    for (const bad of impossibleMonths(article.prose)) {
      const numbers = [...new Set(bad.source.includes('-') ? [Number(bad.source.slice(5, 7))] : bad.source.split('/').slice(0, 2).map(Number))];
      const why = numbers.length === 1 ? `no month is numbered ${numbers[0]}` : `neither ${numbers[0]} nor ${numbers[1]} is a month`;
      findings.push({ start: bad.start, end: bad.end, message: `“${bad.source}” does not exist: ${why}.`, fixes: [] });
    }
    findings.sort((a, b) => a.start - b.start);
    return findings;
  },
};
