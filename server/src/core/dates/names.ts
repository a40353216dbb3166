// Date words that are parts of names: programmes ("Saturday Night Takeaway", the Today programme), "Ant & Dec", and days that name an event ("the September 11 attacks").
import { readDataText } from '../dataFiles';
import { MONTH_RE, monthNumber, type Candidate } from './expr';
import { wordList } from './words';
import { contextSet, isAsciiCapital, isTitleWord, isWordChar, leadingAsciiLetters, lettersBeforeSpace, opensCapitalisedWord, trailingAsciiLetters, wordAfterSpace } from './context';
import { hasSpace, isDigits, withoutFullStop, wordsOf } from '../text/shape';

/** Whether `word` is a noun of the list `key` of data/dates-context.json ("show") or its plural: in any case with `anyCase`, else small or title case. */
function isProgrammeNoun(word: string, key: string, anyCase: boolean): boolean {
  const w = anyCase ? word.toLowerCase() : word;
  const base = w.endsWith('s') ? w.slice(0, -1) : w;
  return [w, base].some((b) => contextSet(key).has(b.toLowerCase()) && (anyCase || b === b.toLowerCase() || isTitleWord(b)));
}

/** "the Sunday programme", "BBC One Saturday morning show": a broadcasting slot, not a day. */
function programmeAfter(rest: string): boolean {
  const first = wordAfterSpace(rest);
  if (!first) return false;
  if (isProgrammeNoun(first.word, 'programmeWords', true)) return true;
  const second = contextSet('timesOfDay').has(first.word.toLowerCase()) ? wordAfterSpace(rest.slice(first.end)) : null;
  return !!second && isProgrammeNoun(second.word, 'programmeWords', true);
}

/** `rest` is the text right after the weekday word: does it make the weekday part of a name? */
export function weekdayStartsName(rest: string): boolean {
  if (programmeAfter(rest)) return true;
  const head = wordAfterSpace(rest);
  if (!head || !isTitleWord(head.word)) return false;
  // "Saturday Night Takeaway", "Monday Night Football": a title-case time of day and another capital is a title.
  if (contextSet('timesOfDay').has(head.word.toLowerCase()) && opensCapitalisedWord(rest.slice(head.end))) return true;
  return wordList('dates-weekday-name-heads.txt').has(head.word.toLowerCase());
}

/**
 * `before` (the text before a weekday) ends in a capitalised word in mid-sentence that is no date word: "Newcastle 1
 * Sheffield Wednesday 2" is a club and its score, not Wednesday the 2nd, which follows a preposition, a comma or a
 * verb ("on Wednesday 2", "Last Wednesday 2").
 */
export function weekdayEndsName(before: string): boolean {
  const word = lettersBeforeSpace(before);
  if (!word || !isTitleWord(word)) return false;
  const k = before.trimEnd().length - word.length;
  let j = k;
  while (j > 0 && hasSpace(before[j - 1])) j--;
  const midSentence = j === 0 || (!'.!?:"“'.includes(before[j - 1]) && (j < k || !isWordChar(before[j - 1])));
  return midSentence && !contextSet('weekdayDateLeads').has(word.toLowerCase());
}

/** Whether `token` (no white space) can open the capitals before "Today": a possessive ("4's") or a small-letter word, perhaps after "(" ("told", "(said,"). */
function opensTodayName(token: string): boolean {
  if (token.length >= 3 && token.endsWith('s') && "'’".includes(token[token.length - 2]) && isWordChar(token[token.length - 3]) && token[token.length - 3] !== '_') return true;
  const word = token.slice(token.lastIndexOf('(') + 1);
  const body = word.endsWith(',') ? word.slice(0, -1) : word;
  if (!(body[0] >= 'a' && body[0] <= 'z')) return false;
  for (const c of body) if (!((c >= 'a' && c <= 'z') || "'’-".includes(c))) return false;
  return true;
}

/** Whether `token` (no white space) is an ASCII capital and then word characters, apostrophes and hyphens ("Radio", "O'Neill"). */
function isCapitalToken(token: string): boolean {
  return isAsciiCapital(token[0]) && [...token.slice(1)].every((c) => isWordChar(c) || "'’-".includes(c));
}

/**
 * "told BBC Radio 4's Today programme", "Mr Balls told Today", "The Day Today": a capitalised "Today" after a
 * possessive, before a programme word, or closing a run of capitals that starts mid-sentence is a programme's name.
 * At the start of a sentence or a quotation ("\"Today we…") it stays a date.
 */
export function todayIsName(text: string, before: string, after: string): boolean {
  if (text !== 'Today') return false;
  const next = wordAfterSpace(after);
  if (next && isProgrammeNoun(next.word, 'todayProgrammeWords', false)) return true;
  for (let end = before.length; ;) {
    let start = end;
    while (start > 0 && hasSpace(before[start - 1])) start--;
    if (start === end || start === 0) return false;
    let k = start;
    while (k > 0 && !hasSpace(before[k - 1])) k--;
    const token = before.slice(k, start);
    if (opensTodayName(token)) return true;
    if (!isCapitalToken(token)) return false;
    end = k;
  }
}

/** Day words that a title may hold ("Splinter Cell - Pandora Tomorrow", "Tomorrow Never Dies"), lower case. */
const TITLE_DAY_WORDS = new Set(['tomorrow', 'yesterday', 'tonight']);
/** Day phrases that a title may be ("The Day After Tomorrow"), lower case. */
const TITLE_DAY_PHRASES = new Set(['day after tomorrow', 'day before yesterday']);

/**
 * "Splinter Cell - Pandora Tomorrow", "The Day After Tomorrow took $68m": a capitalised "Tomorrow", "Yesterday" or
 * "Tonight" after a capitalised word mid-sentence (weekdayEndsName: not a sentence's or a quotation's first word,
 * nor "Next"), or "Day After Tomorrow" capitalised throughout, is a word of a title, not a date. `before` is the text
 * before `text`.
 */
export function dayWordInTitle(text: string, before: string): boolean {
  const words = wordsOf(text);
  if (!words.every((w) => isAsciiCapital(w[0]))) return false;
  if (TITLE_DAY_PHRASES.has(words.join(' ').toLowerCase())) return true;
  return words.length === 1 && TITLE_DAY_WORDS.has(text.toLowerCase()) && weekdayEndsName(before);
}

/** The month ending `before` ("Oct to "): a month's name, white space, a list word and perhaps white space. */
const MONTH_BEFORE_WORD = new RegExp(`${MONTH_RE}\\s+$`);

/** "Ant & Dec", "Jan Smith": an abbreviated month with no day or year is a date only after a date word ("in Dec", "Oct to Dec"). */
export function bareMonthAbbreviation(text: string, before: string): boolean {
  if (!contextSet('bareMonthAbbreviations').has(withoutFullStop(text).toLowerCase())) return false;
  const trimmed = before.trimEnd();
  const prev = trailingAsciiLetters(withoutFullStop(trimmed));
  if (!prev) return true;
  const word = prev.toLowerCase();
  if (contextSet('monthListJoins').has(word)) return !(trimmed.endsWith(prev) && MONTH_BEFORE_WORD.test(trimmed.slice(0, -prev.length)));
  return !wordList('dates-year-cues.txt').has(word) || contextSet('determinersBeforeMonth').has(word);
}

/** "Black September": a capitalised month after a name word. */
export function monthInName(text: string, before: string): boolean {
  const letters = lettersBeforeSpace(before);
  if (!letters || !isAsciiCapital(text[0])) return false;
  let i = letters.length;
  while (i > 0 && letters[i - 1] >= 'a' && letters[i - 1] <= 'z') i--;
  return i > 0 && i < letters.length && isAsciiCapital(letters[i - 1]) && wordList('dates-weekday-names.txt').has(letters.slice(i - 1).toLowerCase());
}

interface NamedEvent {
  m: number;
  d: number;
  y: number;
  followers: ReadonlySet<string>;
  description: string;
}

let events: NamedEvent[] | null = null;

/** A line of data/dates-named-events.txt ("09-11 2001 | attack attacks … | the attacks on the US") read, or null for a comment. */
function namedEvent(line: string): NamedEvent | null {
  const bar = line.indexOf('|');
  const bar2 = line.indexOf('|', bar + 1);
  const description = line.slice(bar2 + 1).trim();
  const [day, year, ...more] = wordsOf(line.slice(0, bar));
  if (bar < 0 || bar2 < 0 || !description || more.length || hasSpace(line[0]) || day?.length !== 5 || day[2] !== '-' || year?.length !== 4) return null;
  const [m, d] = [day.slice(0, 2), day.slice(3)];
  if (!isDigits(m) || !isDigits(d) || !isDigits(year)) return null;
  return { m: +m, d: +d, y: +year, followers: new Set(wordsOf(line.slice(bar + 1, bar2).toLowerCase())), description };
}

function namedEvents(): NamedEvent[] {
  events ??= readDataText('dates-named-events.txt').split('\n').map((line) => namedEvent(line.endsWith('\r') ? line.slice(0, -1) : line)).filter((e) => e !== null);
  return events;
}

/** Whether `text` opens with perhaps a comma, white space and a year of 1500–2099 that no word character follows (", 2001"). */
function opensWithYear(text: string): boolean {
  let i = text[0] === ',' ? 1 : 0;
  const from = i;
  while (hasSpace(text[i])) i++;
  const year = text.slice(i, i + 4);
  return i > from && year.length === 4 && isDigits(year) && +year >= 1500 && +year <= 2099 && !isWordChar(text[i + 4]);
}

/** The ASCII letters of the word that opens `text` after white space and perhaps a dash ("– attacks" → "attacks"). */
function nextLetters(text: string): string {
  const rest = text.trimStart();
  return leadingAsciiLetters(rest[0] === '-' || rest[0] === '–' ? rest.slice(1).trimStart() : rest);
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
    if (opensWithYear(prose.slice(end, end + 7))) continue;
    const next = nextLetters(prose.slice(end, end + 30));
    const named = !!next && event.followers.has(next.toLowerCase());
    if (!named && !EVENT_LEAD.test(prose.slice(Math.max(0, m.index - 30), m.index))) continue;
    // After "since", "9/11" in figures is the event's name; "11 September" may be a plain date.
    const strong = named || !!m[5];
    out.push({ start: m.index, end, expr: { t: 'named', y: event.y, m: event.m, d: event.d, description: event.description, strong }, priority: 3 });
  }
  return out;
}
