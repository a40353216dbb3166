// Holidays as dates (data/dates-holidays.json): the fixed ones by month and day, the movable ones by rule, and the pattern that finds their names.
import { readDataJson } from '../dataFiles';
import { addDays, easterSunday, nthWeekday, type Ymd } from './calendar';
import { monthNumber, WEEKDAY_INDEX, type Candidate, type Direction } from './expr';
import { endsPossessive, hasSpace, isCapitalised, isDigits, straightApostrophes } from '../text/shape';
import { isWordChar, lettersBeforeSpace, wordAfterSpace } from './context';
import { GenerationMemo } from '../text/memo';

/** A holiday that moves: the `nth` `weekday` (0 Sunday … 6 Saturday; nth -1 the last) of `month`, or `easter` days from Easter Sunday. */
interface MovableRule {
  names: string[];
  month?: number;
  weekday?: number;
  nth?: number;
  easter?: number;
  /** Each word's first letter in either case ("spring bank holiday"). */
  anyCase?: boolean;
}

interface HolidayTable {
  /** Name → "MM-DD". */
  holidays: Record<string, string>;
  movable: MovableRule[];
}

interface Holidays {
  re: RegExp;
  fixed: Map<string, [number, number]>;
  /** By key (holidayKey); a rule whose names take either case is kept by the key in lower case too. */
  movable: Map<string, MovableRule>;
}

/** A holiday's name as the text may write it: "St" with or without a full stop, either apostrophe. */
function holidayKey(name: string): string {
  for (let i = name.indexOf('St'); i >= 0; i = name.indexOf('St', i + 1)) {
    if (isWordChar(name[i - 1])) continue;
    const dot = name[i + 2] === '.' && hasSpace(name[i + 3]) ? 1 : 0;
    if (dot || hasSpace(name[i + 2])) return straightApostrophes(`${name.slice(0, i)}St ${name.slice(i + 3 + dot)}`);
  }
  return straightApostrophes(name);
}

const SPECIAL = '.*+?^${}()|[]\\';

/** One word of a holiday's name as a pattern: special characters escaped; with `anyCase`, its first letter in either case. */
function wordSource(word: string, anyCase: boolean): string {
  const escaped = [...word].map((c) => (SPECIAL.includes(c) ? `\\${c}` : c)).join('');
  const first = word[0];
  return anyCase && first.toUpperCase() !== first.toLowerCase() ? `[${first.toUpperCase()}${first.toLowerCase()}]${escaped.slice(1)}` : escaped;
}

/** A holiday's name as a pattern: special characters escaped, "St" with or without a full stop, either apostrophe, any white space between words. */
function holidaySource(name: string, anyCase = false): string {
  const words = name.split(' ').map((w) => wordSource(w, anyCase));
  if (words[0] === 'St') words[0] = 'St\\.?';
  return words.join('\\s+').replaceAll("'", "['’]");
}

/** `text` with each run of white space made one space. */
function oneSpaced(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (!hasSpace(text[i])) out += text[i];
    else if (!hasSpace(text[i - 1])) out += ' ';
  }
  return out;
}

/** `text` without a year that ends it after white space and perhaps a comma ("Boxing Day, 2005" → "Boxing Day"). */
function withoutYear(text: string): string {
  const digits = text.slice(-4);
  if (digits.length < 4 || !isDigits(digits) || !hasSpace(text[text.length - 5])) return text;
  let i = text.length - 5;
  while (hasSpace(text[i - 1])) i--;
  return text.slice(0, text[i - 1] === ',' ? i - 1 : i);
}

let holidays: Holidays | null = null;

/**
 * The holidays of data/dates-holidays.json as one pattern, longest name first, with an optional year after
 * ("Christmas Day 2004", "Boxing Day, 2005", "Memorial Day 2005"), the fixed ones' month and day by name and the
 * movable ones' rules (holidayKey).
 */
function holidayTable(): Holidays {
  if (holidays) return holidays;
  const table = readDataJson<HolidayTable>('dates-holidays.json');
  const fixed = new Map<string, [number, number]>();
  for (const [name, md] of Object.entries(table.holidays)) fixed.set(name, [Number(md.slice(0, 2)), Number(md.slice(3, 5))]);
  const movable = new Map<string, MovableRule>();
  const sources: { name: string; source: string }[] = [...fixed.keys()].map((name) => ({ name, source: holidaySource(name) }));
  for (const rule of table.movable) {
    for (const name of rule.names) {
      movable.set(holidayKey(name), rule);
      if (rule.anyCase) movable.set(holidayKey(name).toLowerCase(), rule);
      sources.push({ name, source: holidaySource(name, rule.anyCase) });
    }
  }
  const names = sources.sort((a, b) => b.name.length - a.name.length).map((s) => s.source);
  holidays = { re: new RegExp(`\\b(${names.join('|')})(?![\\w'’])(?:,?\\s+(1[5-9]\\d\\d|20\\d\\d)(?!\\d))?`, 'g'), fixed, movable };
  return holidays;
}

/** The key of the holiday `text` names, with or without a year after it. */
function keyOf(text: string): string {
  return holidayKey(oneSpaced(withoutYear(text)));
}

/** The month and day of a fixed-date holiday named by `text` ("Christmas Eve" → [12, 24]; data/dates-holidays.json), or null. */
function holidayDay(text: string): [number, number] | null {
  return holidayTable().fixed.get(keyOf(text)) ?? null;
}

/** The rule a key names, written as listed or, for a rule that takes either case, in lower case. */
function ruleByKey(key: string): MovableRule | undefined {
  const { movable } = holidayTable();
  return movable.get(key) ?? movable.get(key.toLowerCase());
}

/**
 * The rule of a movable holiday named by `text` ("Memorial Day", "spring bank holiday"), perhaps with its own weekday
 * after it ("spring bank holiday Monday"), or undefined.
 */
function movableRule(text: string): MovableRule | undefined {
  const key = keyOf(text);
  const rule = ruleByKey(key);
  if (rule) return rule;
  const space = key.lastIndexOf(' ');
  const shorter = space > 0 ? ruleByKey(key.slice(0, space)) : undefined;
  return shorter && WEEKDAY_INDEX[key.slice(space + 1).toLowerCase()] === shorter.weekday ? shorter : undefined;
}

/** Whether `text` names a holiday of data/dates-holidays.json, fixed or movable (a year after the name allowed). */
export function isHoliday(text: string): boolean {
  return holidayDay(text) !== null || movableRule(text) !== undefined;
}

/**
 * Whether `text` names a holiday (isHoliday) or the season of one: a single word that two or more holiday names of
 * data/dates-holidays.json open, each with a day of it after ("Easter" of "Easter Sunday", "Easter Monday"; "Christmas" of "Christmas Eve",
 * "Christmas Day").
 */
export function namesHolidayOrSeason(text: string): boolean {
  return NAMES_HOLIDAY.get(text, () => {
    if (isHoliday(text)) return true;
    if (hasSpace(text) || text.length < 3) return false;
    seasons ??= holidaySeasons();
    return seasons.has(text);
  });
}
/** namesHolidayOrSeason by text: every name of every version of a document is asked. */
const NAMES_HOLIDAY = new GenerationMemo<string, boolean>(20000);
let seasons: ReadonlySet<string> | undefined;

/** Words after a season's name that make one of its days ("Christmas Eve", "Easter Day"). */
const SEASON_DAYS: ReadonlySet<string> = new Set(['Day', 'Eve', 'Night']);

/** The words that open two or more holiday names made of the word and a day of it (namesHolidayOrSeason). */
function holidaySeasons(): ReadonlySet<string> {
  const { fixed, movable } = holidayTable();
  const count = new Map<string, number>();
  for (const key of new Set([...fixed.keys(), ...movable.keys()])) {
    const words = key.split(' ');
    // "<season> Day", "<season> Eve", "<season> Monday": the season's own days ("New Year's Day" names the year).
    if (words.length === 2 && (SEASON_DAYS.has(words[1]) || WEEKDAY_INDEX[words[1].toLowerCase()] !== undefined)) count.set(words[0], (count.get(words[0]) ?? 0) + 1);
  }
  return new Set([...count].filter(([, n]) => n >= 2).map(([w]) => w));
}

/** Whether `text` names a holiday whose day changes from year to year ("Thanksgiving", "Good Friday"). */
export function isMovableHoliday(text: string): boolean {
  return movableRule(text) !== undefined;
}

/**
 * The day in year `y` of the holiday `text` names: a fixed one's month and day in any year (also with `y` null), a
 * movable one's by its rule ("Memorial Day", 2000 → 29 May 2000; "Good Friday", 2000 → 21 April 2000); null for no
 * holiday, or a movable one with no year.
 */
export function holidayIn(text: string, y: number | null): Ymd | null {
  const day = holidayDay(text);
  if (day) return { y: y ?? 0, m: day[0], d: day[1] };
  const rule = movableRule(text);
  if (!rule || y === null) return null;
  if (rule.easter !== undefined) return addDays(easterSunday(y), rule.easter);
  return nthWeekday(y, rule.month!, rule.weekday!, rule.nth!);
}

/**
 * The length of white space and the rule's own weekday right after `end` ("bank holiday Monday", "Thanksgiving
 * Thursday"), which belongs to the holiday's name; 0 when none follows.
 */
function ownWeekdayAfter(prose: string, end: number, rule: MovableRule): number {
  const next = wordAfterSpace(prose.slice(end, end + 16));
  return next && rule.weekday !== undefined && WEEKDAY_INDEX[next.word.toLowerCase()] === rule.weekday && isCapitalised(next.word) ? next.end : 0;
}

/** Marks after which a capitalised word opens a sentence (or a quotation) rather than continuing a name. */
const OPENERS = new Set(['.', '!', '?', ':', '"', '“', '(', '\n']);

/** Whether a capitalised word ends `before` inside its sentence ("Holocaust " in "for National Holocaust "), or a possessive does ("Israel's "). */
function nameBefore(before: string): boolean {
  const trimmed = before.trimEnd();
  if (endsPossessive(trimmed)) return true;
  const prev = lettersBeforeSpace(before);
  if (!prev || !isCapitalised(prev)) return false;
  let j = trimmed.length - prev.length;
  while (j > 0 && hasSpace(before[j - 1]) && before[j - 1] !== '\n') j--;
  return j > 0 && !OPENERS.has(before[j - 1]);
}

/** Whether `after` opens with a capitalised word that is no month or weekday, perhaps after a bracketed aside (" Agreement", " (Belfast) Agreement"). */
function nameAfter(after: string): boolean {
  const open = after.trimStart();
  const close = open.startsWith('(') ? open.indexOf(')') : -1;
  const next = wordAfterSpace(close > 0 ? ` ${open.slice(close + 1).trimStart()}` : after);
  return !!next && isCapitalised(next.word) && monthNumber(next.word) === null && WEEKDAY_INDEX[next.word.toLowerCase()] === undefined;
}

/**
 * Whether the movable holiday at [start, end) of `prose` is part of a longer name: another day's ("Holocaust Memorial
 * Day", "Israel's Memorial Day": a movable holiday's rule is one country's) or no day's ("the Good Friday Agreement").
 */
function inLongerName(prose: string, start: number, end: number): boolean {
  return nameBefore(prose.slice(Math.max(0, start - 40), start)) || nameAfter(prose.slice(end, end + 60));
}

/**
 * "on Christmas Eve", "Boxing Day 2004", "on Memorial Day": each holiday named in `prose` is its day of the year, the
 * year (when not written) chosen as the tense and the distance choose. A fixed holiday is a calendar date of month
 * and day; a movable one is read in the year resolved (Expr `holiday`).
 */
export function holidayCandidates(prose: string): Candidate[] {
  const out: Candidate[] = [];
  const { re } = holidayTable();
  re.lastIndex = 0;
  for (let m = re.exec(prose); m; m = re.exec(prose)) {
    const y = m[2] ? Number(m[2]) : null;
    const day = holidayDay(m[1]);
    // "last Christmas Day", "next Thanksgiving": a direction word before a holiday with no year picks its year.
    const directed = y === null ? directionBefore(prose, m.index) : null;
    const span = { start: directed?.start ?? m.index, end: m.index + m[0].length, priority: 2 };
    const dir = directed ? { dir: directed.dir } : {};
    if (day) out.push({ ...span, expr: { t: 'cal', y, m: day[0], d: day[1], wd: null, wdSpan: null, ...dir } });
    else if (movableRule(m[1]) && !inLongerName(prose, m.index, span.end)) out.push({ ...span, end: span.end + ownWeekdayAfter(prose, span.end, movableRule(m[1])!), expr: { t: 'holiday', name: oneSpaced(m[1]), y, ...dir } });
  }
  // "last Christmas", "next Easter": alone the name is a season as often as a day (README), after a direction word the
  // day itself (Christmas Day, Easter Sunday).
  for (const { alone, day } of SEASONAL_HOLIDAYS) {
    alone.lastIndex = 0;
    for (let m = alone.exec(prose); m; m = alone.exec(prose)) {
      const directed = directionBefore(prose, m.index);
      if (!directed) continue;
      const span = { start: directed.start, end: m.index + m[0].length, priority: 2 };
      out.push({ ...span, expr: typeof day === 'string' ? { t: 'holiday', name: day, y: null, dir: directed.dir } : { t: 'cal', y: null, m: day[0], d: day[1], wd: null, wdSpan: null, dir: directed.dir } });
    }
  }
  return out;
}

/** Holidays a name alone may mean as a season, read as a day only after a direction word (the name not followed by a capitalised word or a possessive): the fixed day or the movable rule's name. */
const SEASONAL_HOLIDAYS: readonly { alone: RegExp; day: [number, number] | string }[] = [
  { alone: /\bChristmas\b(?!\s+\p{Lu})(?!['’])/gu, day: [12, 25] },
  { alone: /\bEaster\b(?!\s+\p{Lu})(?!['’])/gu, day: 'Easter Sunday' },
];

/**
 * The direction word ("last", "next", "this") and white space right before offset `at` of `prose`: its start and step.
 * Capitalised only where a sentence opens ("This Christmas, gadgets …"); inside one it starts a title ("Wham's Last Christmas").
 */
function directionBefore(prose: string, at: number): { start: number; dir: Direction } | null {
  const m = /\b(last|next|this)\s+$/iu.exec(prose.slice(Math.max(0, at - 6), at));
  if (!m) return null;
  const start = at - m[0].length;
  if (isCapitalised(m[1]) && !/(?:^|[.!?]["'”’]?)\s*$/u.test(prose.slice(Math.max(0, start - 3), start))) return null;
  const word = m[1].toLowerCase();
  return { start, dir: word === 'last' ? -1 : word === 'next' ? 1 : 0 };
}
