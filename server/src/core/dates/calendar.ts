// Calendar arithmetic on plain year/month/day triples (UTC, no time zones): weekdays, ISO weeks, month lengths, formatting.
import { readDataJson } from '../dataFiles';
import { isDigits } from '../text/shape';

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

interface CalendarNames {
  months: readonly string[];
  weekdays: readonly string[];
  apMonths: readonly string[];
  yearsPerCount: Readonly<Record<string, number>>;
  anniversaryOrdinals: Readonly<Record<string, number>>;
  anniversaryNouns: Readonly<Record<string, number>>;
}

let names: CalendarNames | null = null;

/** data/dates-calendar.json, read once. */
function calendarNames(): CalendarNames {
  names ??= readDataJson<CalendarNames>('dates-calendar.json');
  return names;
}

/** "January" … "December", index 0–11 (data/dates-calendar.json). */
export function monthNames(): readonly string[] {
  return calendarNames().months;
}

/** "Sunday" … "Saturday", index 0–6 as weekdayOf counts (data/dates-calendar.json). */
export function weekdayNames(): readonly string[] {
  return calendarNames().weekdays;
}

/** AP style, index 0–11: these months are abbreviated when they stand with a day ("Sept."); March–July never are. */
export function apMonths(): readonly string[] {
  return calendarNames().apMonths;
}

/** The words that count years back from a year, lower case, each with the years one of it holds ("years" 1, "century" 100; data/dates-calendar.json). */
export function yearsPerCount(): Readonly<Record<string, number>> {
  return calendarNames().yearsPerCount;
}

/** The endings of an ordinal in digits ("1st", "22nd", "60th"). */
const ORDINAL_SUFFIXES: ReadonlySet<string> = new Set(['st', 'nd', 'rd', 'th']);

/**
 * The count of years an ordinal before "anniversary" names: in words ("sixtieth" 60; data/dates-calendar.json
 * anniversaryOrdinals) or in digits ("60th"); null otherwise.
 */
export function anniversaryCount(word: string): number | null {
  const w = word.toLowerCase();
  const digits = w.slice(0, -2);
  if (ORDINAL_SUFFIXES.has(w.slice(-2)) && digits.length >= 1 && digits.length <= 3 && isDigits(digits)) return Number(digits);
  return calendarNames().anniversaryOrdinals[w] ?? null;
}

/** The count of years a round anniversary's noun names, by its lower-case lemma ("centenary" 100; data/dates-calendar.json anniversaryNouns); null otherwise. */
export function anniversaryNounCount(lemma: string): number | null {
  return calendarNames().anniversaryNouns[lemma] ?? null;
}

const DAY_MS = 86_400_000;

function isLeap(y: number): boolean {
  return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
}

export function daysInMonth(y: number | null, m: number): number {
  if (m === 2) return y === null || isLeap(y) ? 29 : 28;
  return [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][m - 1];
}

export function toDays(date: Ymd): number {
  return Math.floor(Date.UTC(date.y, date.m - 1, date.d) / DAY_MS);
}

export function fromDays(days: number): Ymd {
  const dt = new Date(days * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(date: Ymd, n: number): Ymd {
  return fromDays(toDays(date) + n);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(date: Ymd): number {
  return (((toDays(date) + 4) % 7) + 7) % 7; // days before 1970 are negative
}

export function pad(n: number, width = 2): string {
  return String(n).padStart(width, '0');
}

export function isoDay(date: Ymd): string {
  return `${pad(date.y, 4)}-${pad(date.m)}-${pad(date.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week-numbering year and week of a day. */
function isoWeekOf(date: Ymd): { year: number; week: number } {
  const wd = (weekdayOf(date) + 6) % 7; // Monday = 0
  const thursday = addDays(date, 3 - wd);
  const jan1 = toDays({ y: thursday.y, m: 1, d: 1 });
  return { year: thursday.y, week: Math.floor((toDays(thursday) - jan1) / 7) + 1 };
}

export function isoWeek(date: Ymd): string {
  const w = isoWeekOf(date);
  return `${pad(w.year, 4)}-W${pad(w.week)}`;
}

/** Monday of ISO week `week` of `year`. */
export function mondayOfIsoWeek(year: number, week: number): Ymd {
  const jan4 = { y: year, m: 1, d: 4 };
  const monday1 = addDays(jan4, -((weekdayOf(jan4) + 6) % 7));
  return addDays(monday1, (week - 1) * 7);
}

/**
 * The parts of a TimeML value as written (digit strings): year, and month and day ("2024-09-11"), ISO week ("2024-W37",
 * or its weekend "2024-W37-WE"),
 * season ("2024-SU"), or quarter or half with its number ("2024-Q1", "2023-H2"); null for any other shape.
 */
interface ValueParts {
  y: string;
  m?: string;
  d?: string;
  week?: string;
  /** "2024-W37-WE": the week's Saturday and Sunday (TimeML). */
  weekend?: boolean;
  season?: string;
  part?: string;
  n?: string;
}

const VALUE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?|-W(\d{2})(-WE)?|-(SP|SU|FA|WI)|-([QH])(\d))?$/;

/** `value` read into its parts (ValueParts), or null. */
export function valueParts(value: string): ValueParts | null {
  const m = VALUE.exec(value);
  return m && { y: m[1], m: m[2], d: m[3], week: m[4], weekend: m[5] !== undefined, season: m[6], part: m[7], n: m[8] };
}

export function parseIsoDay(value: string | null): Ymd | null {
  const p = value ? valueParts(value) : null;
  if (!p || p.d === undefined) return null;
  const date = { y: +p.y, m: +p.m!, d: +p.d };
  return date.m >= 1 && date.m <= 12 && date.d >= 1 && date.d <= daysInMonth(date.y, date.m) ? date : null;
}

/** First months and lengths (months) of the TimeML seasons: spring, summer, autumn (fall), winter. */
const SEASONS: Readonly<Record<string, [number, number]>> = { SP: [3, 3], SU: [6, 3], FA: [9, 3], WI: [12, 3] };

/** The day number (toDays) of the first day of the month `months` after month `m` of year `y` (m 1–12). */
function monthStart(y: number, m: number, months = 0): number {
  const k = m - 1 + months;
  return toDays({ y: y + Math.floor(k / 12), m: (k % 12) + 1, d: 1 });
}

/**
 * The third of `interval` (days, inclusive) a TimeML `mod` names: START the first, MID the middle, END the last ("early
 * 1989": 1 January to 30 April); the whole interval without one.
 */
export function partOfInterval(interval: [number, number], mod: 'START' | 'MID' | 'END' | undefined): [number, number] {
  if (!mod) return interval;
  const [first, last] = interval;
  const third = Math.floor((last - first + 1) / 3);
  if (mod === 'START') return [first, first + third - 1];
  if (mod === 'MID') return [first + third, last - third];
  return [last - third + 1, last];
}

/** The length of a decade's TimeML value ("197": the 1970s). */
const DECADE_LENGTH = 3;

/**
 * The first and last day (toDays numbers, inclusive) a TimeML value covers: a day ("2024-09-11", to `rangeEnd` when
 * given), an ISO week ("2024-W37") or its weekend ("2024-W37-WE"), a month, a season ("2024-SU"), a quarter ("2024-Q1"), a half ("2023-H2"), a
 * year, or a decade ("197"); null for other values (centuries, durations, references such as PAST_REF, null).
 */
export function valueInterval(value: string | null, rangeEnd?: string | null): [number, number] | null {
  // A decade ("197", the 1970s): its ten years.
  if (value?.length === DECADE_LENGTH && isDigits(value)) return [monthStart(+value * 10, 1), monthStart(+value * 10 + 9, 1, 12) - 1];
  const p = valueParts(value ?? '');
  if (!p) return null;
  const y = +p.y;
  if (p.d !== undefined) {
    const day = parseIsoDay(value);
    return day && [toDays(day), toDays(parseIsoDay(rangeEnd ?? null) ?? day)];
  }
  if (p.week !== undefined) {
    const monday = toDays(mondayOfIsoWeek(y, +p.week));
    return p.weekend ? [monday + 5, monday + 6] : [monday, monday + 6];
  }
  if (p.season !== undefined) {
    const [first, months] = SEASONS[p.season];
    return [monthStart(y, first), monthStart(y, first, months) - 1];
  }
  if (p.part !== undefined) {
    const n = +p.n!;
    const months = p.part === 'Q' ? 3 : 6;
    const first = (n - 1) * months + 1;
    return n < 1 || n > 4 || first > 12 ? null : [monthStart(y, first), monthStart(y, first, months) - 1];
  }
  if (p.m !== undefined) return [monthStart(y, +p.m), monthStart(y, +p.m, 1) - 1];
  return [monthStart(y, 1), monthStart(y, 1, 12) - 1];
}

/** "Wed 11 Sep 2024": short, unambiguous, for hovers and inlay hints. */
export function formatDay(date: Ymd): string {
  return `${weekdayNames()[weekdayOf(date)].slice(0, 3)} ${date.d} ${monthNames()[date.m - 1].slice(0, 3)} ${date.y}`;
}


/**
 * Easter Sunday of Gregorian year `y` (the anonymous Gregorian computus of Meeus, Jones and Butcher): the first Sunday
 * after the ecclesiastical full moon on or after 21 March.
 */
export function easterSunday(y: number): Ymd {
  const golden = y % 19;
  const century = Math.floor(y / 100);
  const yearOfCentury = y % 100;
  const leapSkips = Math.floor(century / 4);
  const moonCorrection = Math.floor((century + 8) / 25);
  const solarCorrection = Math.floor((century - moonCorrection + 1) / 3);
  const epact = (19 * golden + century - leapSkips - solarCorrection + 15) % 30;
  const weekdayShift = (32 + 2 * (century % 4) + 2 * Math.floor(yearOfCentury / 4) - epact - (yearOfCentury % 4)) % 7;
  const limit = Math.floor((golden + 11 * epact + 22 * weekdayShift) / 451);
  const n = epact + weekdayShift - 7 * limit + 114;
  return { y, m: Math.floor(n / 31), d: (n % 31) + 1 };
}

/**
 * The `nth` weekday `wd` (0 Sunday … 6 Saturday) of month `m` (1–12) of year `y`: nth 1 the first ("the first Monday
 * of September"), -1 the last ("the last Monday of May").
 */
export function nthWeekday(y: number, m: number, wd: number, nth: number): Ymd {
  if (nth < 0) {
    const last = { y, m, d: daysInMonth(y, m) };
    return addDays(last, -((weekdayOf(last) - wd + 7) % 7) + 7 * (nth + 1));
  }
  const first = { y, m, d: 1 };
  return addDays(first, ((wd - weekdayOf(first) + 7) % 7) + 7 * (nth - 1));
}
