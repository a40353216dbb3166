// How a date is written ("Sept. 12, 2024", "12 September", "2024-09-12"): read its parts and style, and write a date back in a given style.
import { apMonths, daysInMonth, monthNames, pad } from './calendar';
import { MONTH_RE, monthNumber, WEEKDAY_RE } from './expr';
import { isDigits } from '../text/shape';
import { ParagraphMatches } from '../text/segments';

/** md-abbr "Sept. 12"; md-full "September 12"; md "March 3" (AP spells these out anyway); dm "12 September"; iso; numeric "9/12/2024". */
export type WrittenStyle = 'md-abbr' | 'md-full' | 'md' | 'dm' | 'iso' | 'numeric';

export interface WrittenDate {
  style: WrittenStyle;
  y: number | null;
  m: number;
  d: number;
  /** Offsets into the text of the whole written date (weekday excluded), the month word and the day number. */
  start: number;
  end: number;
  month: string;
  day: { start: number; end: number };
  ordinal: string;
  /** AP style: abbreviation rules, no ordinal, "Month day, year" order. */
  ap: boolean;
  /** A numeric date written day first ("31/12/2024"); rewritten the same way. */
  dayFirst?: boolean;
}

const MD = new RegExp(`^(${MONTH_RE})\\s+(\\d{1,2})(st|nd|rd|th)?\\b(?:,?\\s+(\\d{4})\\b)?`, 'i');
const DM = new RegExp(`^(?:the\\s+)?(\\d{1,2})(st|nd|rd|th)?\\s+(?:of\\s+)?(${MONTH_RE})(?![A-Za-z])(?:,?\\s+(\\d{4})\\b)?`, 'i');
/** A slashed date: day or month, month or day (either way round: numericOrder.ts), a year of four or two digits. */
const SLASHED = '(\\d{1,2})\\/(\\d{1,2})\\/(\\d{4}|\\d{2})';
/** No digit, full stop, slash or hyphen right before a date in numbers, nor a digit, slash or hyphen right after it. */
const ALONE_BEFORE = '(?<![\\d./-])';
const ALONE_AFTER = '(?![\\d/-])';
/** ISO "2024-09-12" (groups 1–3) or slashed "9/12/2024", "9/12/24" (groups 4–6). */
const IN_NUMBERS = new RegExp(`^(?:(\\d{4})-(\\d{2})-(\\d{2})|${SLASHED})\\b`);
const LEADING_WEEKDAY = new RegExp(`^${WEEKDAY_RE},?\\s+`, 'i');

/** A date in numbers: ISO "2024-09-12" or slashed "9/12/2024", "9/12/24" (month first unless the first number cannot be a month). */
export const NUMERIC_DATE = new RegExp(`${ALONE_BEFORE}(?:\\d{4}-\\d{2}-\\d{2}|${SLASHED})${ALONE_AFTER}`);
/** Every slashed date of a text, groups 1–3 its numbers ("09/02/05": "09", "02", "05"). */
export const SLASHED_DATE = new RegExp(`${ALONE_BEFORE}${SLASHED}${ALONE_AFTER}`, 'g');
/** Every date in numbers of a text, read paragraph by paragraph. */
const NUMERIC_DATES = new ParagraphMatches(new RegExp(NUMERIC_DATE.source, 'g'));

/**
 * Dates in numbers whose month cannot be read in any order ("2024-13-01", "13/13/2024", "0/5/2024"): spans (UTF-16
 * offsets into `prose`) with the text, in text order. chrono-node reads "2024-13-01" as 13 January.
 */
export function impossibleMonths(prose: string): { start: number; end: number; source: string }[] {
  const out: { start: number; end: number; source: string }[] = [];
  for (const m of NUMERIC_DATES.in(prose)) {
    const parts = m.text.includes('-') ? [Number(m.text.slice(5, 7))] : m.text.split('/').slice(0, 2).map(Number);
    if (!parts.some((n) => n >= 1 && n <= 12)) out.push({ start: m.index, end: m.index + m.text.length, source: m.text });
  }
  return out;
}

/**
 * Dates in numbers whose day the month does not have ("2019-02-30", "02/30/2024"): spans into `prose`, in text order.
 * `dayFirst`: the article writes numeric dates day first (numericOrder.ts).
 */
export function impossibleNumericDays(prose: string, dayFirst = false): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  for (const m of NUMERIC_DATES.in(prose)) {
    const w = readWrittenDate(m.text, m.index, dayFirst);
    if (w && w.m >= 1 && w.m <= 12 && (w.d < 1 || w.d > daysInMonth(w.y, w.m))) out.push({ start: w.start, end: w.end });
  }
  return out;
}

/**
 * Reads a written month-and-day date at the start of `text` (after an optional weekday); `offset` is where `text`
 * starts. A slashed date is read day first when its first number cannot be a month, or when `dayFirst` (the article
 * writes numeric dates day first: numericOrder.ts) and its second number can be one.
 */
export function readWrittenDate(text: string, offset: number, dayFirst = false): WrittenDate | null {
  const w = LEADING_WEEKDAY.exec(text);
  const skip = w ? w[0].length : 0;
  const s = text.slice(skip);
  const at = offset + skip;
  let m: RegExpExecArray | null;
  if ((m = MD.exec(s))) {
    const month = monthNumber(m[1]);
    if (!month) return null;
    const spelled = m[1].toLowerCase() === monthNames()[month - 1].toLowerCase();
    const style: WrittenStyle = month >= 3 && month <= 7 && spelled ? 'md' : spelled ? 'md-full' : 'md-abbr';
    let digit = m[1].length;
    while (!isDigits(s[digit])) digit++;
    const dayStart = at + digit;
    return {
      style, y: m[4] ? +m[4] : null, m: month, d: +m[2], start: at, end: at + m[0].length, month: m[1],
      day: { start: dayStart, end: dayStart + m[2].length }, ordinal: m[3] ?? '',
      ap: !m[3] && m[1] === apMonths()[month - 1] && (!m[4] || m[0].length - m[0].indexOf(',') === 6),
    };
  }
  if ((m = DM.exec(s))) {
    const month = monthNumber(m[3]);
    if (!month) return null;
    const dayStart = at + m[0].indexOf(m[1]);
    return { style: 'dm', y: m[4] ? +m[4] : null, m: month, d: +m[1], start: at, end: at + m[0].length, month: m[3], day: { start: dayStart, end: dayStart + m[1].length }, ordinal: m[2] ?? '', ap: false };
  }
  m = IN_NUMBERS.exec(s);
  return m ? numericDate(m, at, dayFirst) : null;
}

/** A slashed date's year: four digits as written; two digits in the century that puts them nearest 2000 ("05" 2005, "98" 1998). */
function fullYear(digits: string): number {
  const y = +digits;
  return digits.length === 4 ? y : y < 50 ? 2000 + y : 1900 + y;
}

/**
 * IN_NUMBERS' reading at `at`. A month outside 1–12 is no date to rewrite ("2024-13-01"); a numeric date is month
 * first unless its first number cannot be a month ("31/12/2024" is day first) or the article writes day first
 * (`preferDayFirst`) and the second number can be a month. Both numbers 13 or more: no date.
 */
function numericDate(m: RegExpExecArray, at: number, preferDayFirst: boolean): WrittenDate | null {
  if (m[1]) return +m[2] >= 1 && +m[2] <= 12 ? { style: 'iso', y: +m[1], m: +m[2], d: +m[3], start: at, end: at + 10, month: m[2], day: { start: at + 8, end: at + 10 }, ordinal: '', ap: false } : null;
  const dayFirst = +m[4] > 12 || (preferDayFirst && +m[5] <= 12);
  const [month, day] = dayFirst ? [m[5], m[4]] : [m[4], m[5]];
  if (+month < 1 || +month > 12) return null;
  const dayStart = dayFirst ? at : at + m[4].length + 1;
  return { style: 'numeric', y: fullYear(m[6]), m: +month, d: +day, start: at, end: at + m[0].length, month, day: { start: dayStart, end: dayStart + day.length }, ordinal: '', ap: false, dayFirst };
}

function ordinalSuffix(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][d % 10] ?? 'th';
}

/** `date` written the way `like` was written (month form, order, ordinal, year present or not). */
export function writeLike(like: WrittenDate, date: { y: number; m: number; d: number }): string {
  const year = like.y !== null ? date.y : null;
  const ord = like.ordinal ? ordinalSuffix(date.d) : '';
  switch (like.style) {
    case 'iso': return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
    case 'numeric': return like.dayFirst ? `${date.d}/${date.m}/${date.y}` : `${date.m}/${date.d}/${date.y}`;
    case 'dm': {
      // "June" and "May" are full names however short; "Jun", "Sept." are abbreviations.
      const full = like.month.toLowerCase() === monthNames()[like.m - 1].toLowerCase();
      const month = full ? monthNames()[date.m - 1] : monthNames()[date.m - 1].slice(0, 3);
      return `${date.d}${ord} ${month}${year !== null ? ` ${year}` : ''}`;
    }
    default: {
      const spelled = like.style !== 'md-abbr';
      const month = spelled ? monthNames()[date.m - 1] : apMonths()[date.m - 1];
      return `${month} ${date.d}${ord}${year !== null ? `, ${year}` : ''}`;
    }
  }
}

/** The AP form: "Sept. 12, 2024", "March 3". */
export function writeAp(date: { y: number | null; m: number; d: number }): string {
  return `${apMonths()[date.m - 1]} ${date.d}${date.y !== null ? `, ${date.y}` : ''}`;
}
