// Date words that are parts of names: programmes ("Saturday Night Takeaway", the Today programme), "Ant & Dec", and days that name an event ("the September 11 attacks").
import { readDataText } from '../dataFiles';
import { MONTH_RE, monthNumber, type Candidate } from './expr';
import { wordList } from './words';

const TIME_OF_DAY = '(?:Night|Morning|Afternoon|Evening|Lunchtime)';
/** "the Sunday programme", "BBC One Saturday morning show": a broadcasting slot, not a day. */
const PROGRAMME_AFTER = /^\s+(?:(?:night|morning|afternoon|evening|lunchtime)\s+)?(?:show|programme|edition|presenter|slot)s?\b/i;
/** "Saturday Night Takeaway", "Monday Night Football": a title-case time of day and another capital is a title. */
const TITLE_AFTER = new RegExp(`^\\s+${TIME_OF_DAY}\\s+[A-Z][a-z]`);
const HEAD_AFTER = /^\s+([A-Z][a-z]+)\b/;

/** `rest` is the text right after the weekday word: does it make the weekday part of a name? */
export function weekdayStartsName(rest: string): boolean {
  if (PROGRAMME_AFTER.test(rest) || TITLE_AFTER.test(rest)) return true;
  const head = HEAD_AFTER.exec(rest);
  return !!head && wordList('dates-weekday-name-heads.txt').has(head[1].toLowerCase());
}

/**
 * `before` (the text before a weekday) ends in a capitalised word in mid-sentence that is no date word: "Newcastle 1
 * Sheffield Wednesday 2" is a club and its score, not Wednesday the 2nd, which follows a preposition, a comma or a
 * verb ("on Wednesday 2", "Last Wednesday 2").
 */
export function weekdayEndsName(before: string): boolean {
  const m = /(?:^|[^.!?:\s"“])\s*\b([A-Z][a-z]+)\s+$/.exec(before);
  return !!m && !/^(?:On|By|From|Until|Since|Last|Next|This|Every|Before|After|Through)$/.test(m[1]);
}

/**
 * "told BBC Radio 4's Today programme", "Mr Balls told Today", "The Day Today": a capitalised "Today" after a
 * possessive, before a programme word, or closing a run of capitals that starts mid-sentence is a programme's name.
 * At the start of a sentence or a quotation ("\"Today we…") it stays a date.
 */
export function todayIsName(text: string, before: string, after: string): boolean {
  if (text !== 'Today') return false;
  if (/^\s+(?:programme|show|presenter|Programme|Show|Presenter)s?\b/.test(after)) return true;
  return /(?:[A-Za-z0-9]['’]s|(?:^|[\s(])[a-z][a-z'’-]*,?)\s+(?:[A-Z][\w'’-]*\s+)*$/.test(before);
}

/** "Ant & Dec", "Jan Smith": an abbreviated month with no day or year is a date only after a date word ("in Dec", "Oct to Dec"). */
export function bareMonthAbbreviation(text: string, before: string): boolean {
  if (!/^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?$/i.test(text)) return false;
  const prev = /([A-Za-z]+)\.?\s*$/.exec(before);
  if (!prev) return true;
  const word = prev[1].toLowerCase();
  if (/^(?:and|or|to|through)$/.test(word)) return !new RegExp(`${MONTH_RE}\\s+${prev[1]}\\s*$`).test(before);
  return !wordList('dates-year-cues.txt').has(word) || /^(?:the|its|their|his|her|our|that|this)$/.test(word);
}

/** "Black September": a capitalised month after a name word. */
export function monthInName(text: string, before: string): boolean {
  const prev = /([A-Z][a-z]+)\s+$/.exec(before);
  return /^[A-Z]/.test(text) && !!prev && wordList('dates-weekday-names.txt').has(prev[1].toLowerCase());
}

interface NamedEvent {
  m: number;
  d: number;
  y: number;
  followers: ReadonlySet<string>;
  description: string;
}

let events: NamedEvent[] | null = null;

function namedEvents(): NamedEvent[] {
  if (!events) {
    events = [];
    for (const line of readDataText('dates-named-events.txt').split(/\r?\n/)) {
      const m = /^(\d\d)-(\d\d)\s+(\d{4})\s*\|([^|]*)\|\s*(.+?)\s*$/.exec(line);
      if (m) events.push({ m: +m[1], d: +m[2], y: +m[3], followers: new Set(m[4].trim().toLowerCase().split(/\s+/)), description: m[5] });
    }
  }
  return events;
}

const DAY = '(\\d{1,2})(?:st|nd|rd|th)?';
const EVENT_DAY = new RegExp(`\\b(?:(${MONTH_RE})\\s+${DAY}|${DAY}\\s+(${MONTH_RE})|(\\d{1,2})\\/(\\d{1,2}))(?![\\w\\/.,-]*\\d)`, 'g');
/** "after 11 September", "since 9/11", "post-9/11", "in the wake of September 11". */
const EVENT_LEAD = /\b(?:after|since|following|before|post|pre|wake\s+of|aftermath\s+of)[\s-]+(?:the\s+)?$/i;

/**
 * Days written without a year that name an event from the data list: strong when an event word follows ("the
 * 11 September attacks") or the day is in figures ("since 9/11"), weak after "since"/"after" alone (a story published days after that day of another year
 * may mean it literally; the resolver decides).
 */
export function namedEventCandidates(prose: string): Candidate[] {
  const out: Candidate[] = [];
  EVENT_DAY.lastIndex = 0;
  for (let m = EVENT_DAY.exec(prose); m; m = EVENT_DAY.exec(prose)) {
    const month = m[1] ? monthNumber(m[1]) : m[4] ? monthNumber(m[4]) : +m[5];
    const day = m[2] ? +m[2] : m[3] ? +m[3] : +m[6];
    const event = namedEvents().find((e) => e.m === month && e.d === day);
    if (!event) continue;
    const end = m.index + m[0].length;
    // A year after it makes it a written date ("September 11th 2001").
    if (/^,?\s+(?:1[5-9]|20)\d\d\b/.test(prose.slice(end, end + 7))) continue;
    const next = /^\s*[-–]?\s*([A-Za-z]+)/.exec(prose.slice(end, end + 30));
    const named = !!next && event.followers.has(next[1].toLowerCase());
    if (!named && !EVENT_LEAD.test(prose.slice(Math.max(0, m.index - 30), m.index))) continue;
    // After "since", "9/11" in figures is the event's name; "11 September" may be a plain date.
    const strong = named || !!m[5];
    out.push({ start: m.index, end, expr: { t: 'named', y: event.y, m: event.m, d: event.d, description: event.description, strong }, priority: 3 });
  }
  return out;
}
