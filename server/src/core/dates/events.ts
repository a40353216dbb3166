// Which event noun a date is attached to in the words before it: "the attacks Aug. 7", "the summit on Sept. 12", "his Budget to the House of Commons on 23 March".
import type { Article, DateMention, Span } from '../types';
import { firstTokenEndingAfter, languageOf } from '../language';
import { wordClasses, wordList } from './words';
import { withoutFullStop } from '../text/shape';
import { isAsciiCapital, isAsciiLetter, leadingWordLength, possessiveAt, runsOf } from './context';

/** " to the House of Commons on ", " at the SECC in Glasgow ": prepositional phrases naming places, then the date. */
const PLACES_BETWEEN = /^(?:\s+(?:to|at|in|of|before|with|for|from|near|outside|by|against)\s+(?:(?:the|a|an)\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and))*)+\s+(?:(?:on|in|at)\s+)?$/;
const DIRECT_WORDS = new Set(['on', 'of', 'in', 'at']);
/** A day of the month and a list word at the end of the words before a date ("for 6 or " before "7 February"). */
const LISTED_DAY = /\s\d{1,2}(?:st|nd|rd|th)?\s+(?:or|and|to)\s+$/;

/**
 * Whether `between` joins a noun to its date directly: white space at most, or "on", "of", "in" or "at" and white
 * space, or "the week of", or a participle of planning before them or "for" ("a meeting planned for 6 February", "the vote scheduled
 * on 4 May"; data/dates-future-cues.txt).
 */
function direct(between: string): boolean {
  const rest = between.trimStart();
  if (rest === '' || leadingWordLength(rest, DIRECT_WORDS) === rest.length) return true;
  const words = rest.trimEnd().split(' ');
  // "a court hearing the week of March 6": the week the date falls in is when the event is.
  if (words.length === 3 && words[0] === 'the' && WEEK_WORDS.has(words[1]) && words[2] === 'of') return true;
  return words.length === 2 && wordList('dates-future-cues.txt').has(words[0].toLowerCase()) && words[0].endsWith('ed') && PLANNED_FOR.has(words[1].toLowerCase()) && rest.endsWith(' ');
}
const PLANNED_FOR = new Set(['for', 'on', 'in']);
/** The stretches "the … of" a date that date an event as the date itself does ("the week of March 6"). */
const WEEK_WORDS = new Set(['week', 'weekend']);

export interface EventNoun {
  /** The noun as written and its class ("incidents" → "attack"). */
  noun: string;
  event: string;
  start: number;
}

/**
 * The event noun a date at `at` hangs on, looking back no further than `from` (the clause start): joined to the date
 * by nothing, by "of"/"on"/"in"/"at", or by prepositional phrases that name places only.
 */
export function eventNounBefore(text: string, from: number, at: number): EventNoun | null {
  const classes = wordClasses('dates-event-nouns.txt');
  const words = runsOf(text.slice(from, at), (c) => isAsciiLetter(c) || c === "'" || c === '’').map((r) => ({ w: r.text, start: from + r.start }));
  for (let i = words.length - 1; i >= 0 && i >= words.length - 9; i--) {
    const event = classes.get(words[i].w.toLowerCase());
    if (!event) continue;
    // "a meeting planned for 6 or 7 February": a day listed before the date's own is part of it.
    const between = text.slice(words[i].start + words[i].w.length, at).replace(LISTED_DAY, ' ');
    if (direct(between) || PLACES_BETWEEN.test(between)) return { noun: words[i].w, event, start: words[i].start };
  }
  return null;
}

/**
 * Whether lower-case `word` names an event no one schedules (data/dates-unplanned-event-nouns.txt), singular or
 * plural ("bombing", "bombings", "casualties").
 */
export function isUnplannedEvent(word: string): boolean {
  const nouns = wordList('dates-unplanned-event-nouns.txt');
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.endsWith('s') ? word.slice(0, -1) : word;
  return nouns.has(word) || nouns.has(singular);
}

/**
 * After a date in the possessive ending at `end` ("Thursday's"), the noun of an unscheduled event among its next four
 * words ("'s bombings", "'s deadly U.S. Embassy bombings"): the noun as written, and its span; null when the date is no
 * possessive or no such noun follows.
 */
export function unplannedEventAfter(prose: string, end: number): (Span & { noun: string }) | null {
  return eventAfterPossessive(prose, end, (noun) => isUnplannedEvent(noun.toLowerCase()));
}

/**
 * After a date in the possessive ending at `end` ("Wednesday's"), the noun of a contest's outcome among its next four
 * words (data/dates-outcome-nouns.txt: "'s 2-1 loss", "'s defeat by Arsenal"), singular or plural: a result exists
 * only once the contest is played. The noun as written, and its span; null otherwise.
 */
export function outcomeAfter(prose: string, end: number): (Span & { noun: string }) | null {
  const nouns = wordList('dates-outcome-nouns.txt');
  return eventAfterPossessive(prose, end, (noun) => {
    const lower = noun.toLowerCase();
    return nouns.has(lower) || (lower.endsWith('s') && nouns.has(lower.slice(0, -1))) || (lower.endsWith('es') && nouns.has(lower.slice(0, -2)));
  });
}

/**
 * After a date in the possessive ending at `end` ("next week's"), the noun among its next four words that names an
 * event of data/dates-event-nouns.txt ("'s International Solid State Circuits Conference" → "Conference"), or else a
 * name right after it ("next month's European Championships": what a date owns by name is the event held then), as
 * written, and its span; null when the date is no possessive or neither follows.
 */
export function eventAfter(prose: string, end: number): (Span & { noun: string }) | null {
  const classes = wordClasses('dates-event-nouns.txt');
  return eventAfterPossessive(prose, end, (noun) => {
    const lower = noun.toLowerCase();
    return classes.has(lower) || (lower.endsWith('s') && classes.has(lower.slice(0, -1)));
  }) ?? nameAfterPossessive(prose, end);
}

/** The run of capitalised words, one space apart, right after a possessive ending at `end`; null when none opens there. */
function nameAfterPossessive(prose: string, end: number): (Span & { noun: string }) | null {
  if (!possessiveAt(prose, end)) return null;
  const from = end + 2;
  let last: Span | null = null;
  for (const run of runsOf(prose.slice(from, from + 80), (c) => isAsciiLetter(c) || c === '-')) {
    const start = from + run.start;
    if (start !== (last ? last.end : from) + 1 || !isAsciiCapital(run.text[0])) break;
    last = { start, end: start + run.text.length };
  }
  return last ? { noun: prose.slice(from + 1, last.end), start: from + 1, end: last.end } : null;
}

/** Most capitalised words of a name between a possessive date and its event noun. */
const NAME_WORDS = 6;

function eventAfterPossessive(prose: string, end: number, isEvent: (noun: string) => boolean): (Span & { noun: string }) | null {
  if (!possessiveAt(prose, end)) return null;
  const from = end + 2;
  let seen = 0;
  let named = 0;
  // Four words at most, names aside ("'s International Solid State Circuits Conference").
  for (const run of runsOf(prose.slice(from, from + 80), (c) => isAsciiLetter(c) || ".'-".includes(c))) {
    const lead = [...run.text].findIndex((c) => isAsciiLetter(c));
    if (lead < 0) continue;
    if (isAsciiCapital(run.text[lead]) ? ++named > NAME_WORDS : ++seen > 4) break;
    const noun = withoutFullStop(run.text.slice(lead));
    const start = from + run.start + lead;
    if (isEvent(noun)) return { noun, start, end: start + noun.length };
  }
  return null;
}

/** Most modifiers read before the head of the noun phrase a possessive date owns ("next year's first quarter"). */
const OWNED_MODIFIERS = 2;

/**
 * The noun phrase a date in the possessive owns, read through the layer: up to OWNED_MODIFIERS adjectives, numbers or
 * -ing forms (which the tagger may read as verbs: "last month's shooting death"), then nouns; its head (the last noun,
 * or with none the -ing form before it: "last month's killing of …"; a token index) and its words as written. Null
 * when the date is in no possessive or no noun follows the "'s".
 */
export function possessedPhrase(article: Article, d: DateMention): { head: number; noun: string } | null {
  if (!possessiveAt(article.prose, d.end)) return null;
  const layer = languageOf(article);
  const tokens = layer.tokens;
  const first = firstTokenEndingAfter(layer, d.end + 2);
  // (Copy that ends at the "'s", as while typing, owns nothing.)
  if (!tokens[first]) return null;
  const sentence = tokens[first].sentence;
  const ing = (k: number) => tokens[k].pos === 'VERB' && article.prose.slice(tokens[k].start, tokens[k].end).endsWith('ing');
  let k = first;
  for (let n = 0; n < OWNED_MODIFIERS && tokens[k]?.sentence === sentence && (tokens[k].pos === 'ADJ' || tokens[k].pos === 'NUM' || ing(k)); n++) k++;
  let head = k > first && ing(k - 1) ? k - 1 : -1;
  while (tokens[k] && tokens[k].pos === 'NOUN' && tokens[k].sentence === sentence) head = k++;
  return head < 0 ? null : { head, noun: article.prose.slice(tokens[first].start, tokens[head].end) };
}
