import { withoutFullStop } from '../text/shape';
// The recognisers' common currency: a span of prose and what it says, before it is resolved against the publication date.

export type Unit = 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type YearRef = { year: number } | { offset: number } | null;
/** A direction word's step: "last" -1 (the latest before publication), "next" +1 (the first after), "this" 0 (publication's year). */
export type Direction = -1 | 0 | 1;

export type Expr =
  /** Calendar parts written in the text; missing parts come from the publication date and the tense. */
  | { t: 'cal'; y: number | null; m: number | null; d: number | null; wd: number | null; wdSpan: [number, number] | null; rangeEnd?: { y: number | null; m: number | null; d: number | null }; /** "June next year": the year as a step from publication's. */ yOffset?: number; /** "last Christmas Day" (-1), "next" (+1), "this" (0): a holiday's direction word. */ dir?: Direction }
  /** A fixed step from the publication date: "last week", "this year", "two years ago", "yesterday". */
  | { t: 'rel'; unit: Unit; offset: number }
  /** A holiday whose day moves from year to year ("Memorial Day", "Good Friday"; dates/holidays.ts): its name as written, and the year when written after it. */
  | { t: 'holiday'; name: string; y: number | null; dir?: Direction }
  | { t: 'decade'; prefix: string | null; digit: number }
  | { t: 'part'; grain: 'quarter' | 'half'; n: number; year: YearRef; deictic: boolean }
  | { t: 'season'; s: Season; year: YearRef }
  /** "the first five months of 2024": a stretch of one year. */
  | { t: 'months'; from: number; to: number; year: YearRef }
  /**
   * "last February", "next May": the nearest such month wholly before (-1) or after (+1) publication; "this August"
   * (0): the month of the publication's year when that is not yet over, else left to the tense.
   */
  | { t: 'month'; m: number; dir: Direction }
  | { t: 'isoWeek'; y: number | null; w: number }
  /** "this weekend", "last weekend" (a step in weeks from publication's), "the weekend" (offset null: the tense, or the nearest). */
  | { t: 'weekend'; offset: number | null; owned?: boolean }
  | { t: 'ref'; ref: 'present' | 'past' | 'future' }
  /** `ahead`: a span from now on ("the next three years"), a time after publication as well as a length. */
  | { t: 'duration'; iso: string; days: number | null; ahead?: boolean; behind?: boolean }
  /** A day whose name is an event's ("the September 11 attacks"); `strong` when an event word, not just "since"/"after", says so. */
  /** "the day after the vote": counted from another event in the story, so the publication date cannot resolve it. */
  | { t: 'anchored' }
  | { t: 'named'; y: number; m: number; d: number; description: string; strong: boolean };

export interface Candidate {
  start: number;
  end: number;
  expr: Expr;
  /** Higher wins when two recognisers claim the same span. */
  priority: number;
}

/** Month names and abbreviations in lower case → 1 … 12; no prototype, so any word may be looked up ("constructor" is no month). */
const MONTH_INDEX: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  jan: 1, january: 1, feb: 2, february: 2, mar: 3, march: 3, apr: 4, april: 4, may: 5, jun: 6, june: 6,
  jul: 7, july: 7, aug: 8, august: 8, sep: 9, sept: 9, september: 9, oct: 10, october: 10, nov: 11, november: 11,
  dec: 12, december: 12,
});

/** Weekday names and abbreviations in lower case → 0 (Sunday) … 6; no prototype, so any word may be looked up ("constructor" finds nothing). */
export const WEEKDAY_INDEX: Readonly<Record<string, number>> = Object.assign(Object.create(null) as Record<string, number>, {
  sunday: 0, sun: 0, monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3,
  thursday: 4, thu: 4, thur: 4, thurs: 4, friday: 5, fri: 5, saturday: 6, sat: 6,
});

export const MONTH_RE = '(?:Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
export const WEEKDAY_RE = '(?:Sunday|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sun\\.|Mon\\.|Tues?\\.|Wed\\.|Thu(?:rs?)?\\.|Fri\\.|Sat\\.)';

/** Written on the calendar: a month's name or a year ("10 years ago", "last month" and "a day later" are not). */
export const CALENDAR_WORD = new RegExp(`\\b(?:${MONTH_RE}(?![a-z])|1[5-9]\\d\\d|20\\d\\d)`);

export function monthNumber(token: string): number | null {
  return MONTH_INDEX[withoutFullStop(token.toLowerCase())] ?? null;
}
