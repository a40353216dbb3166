// Which event noun a date is attached to in the words before it: "the attacks Aug. 7", "the summit on Sept. 12", "his Budget to the House of Commons on 23 March".
import type { Span } from '../types';
import { wordClasses, wordList } from './words';
import { withoutFullStop } from '../text/shape';

/** " to the House of Commons on ", " at the SECC in Glasgow ": prepositional phrases naming places, then the date. */
const PLACES_BETWEEN = /^(?:\s+(?:to|at|in|of|before|with|for|from|near|outside|by|against)\s+(?:(?:the|a|an)\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|and))*)+\s+(?:(?:on|in|at)\s+)?$/;
const DIRECT = /^\s*(?:(?:on|of|in|at)\s+)?$/i;

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
  const words = [...text.slice(from, at).matchAll(/[A-Za-z'’]+/g)].map((m) => ({ w: m[0], start: from + m.index! }));
  for (let i = words.length - 1; i >= 0 && i >= words.length - 9; i--) {
    const event = classes.get(words[i].w.toLowerCase());
    if (!event) continue;
    const between = text.slice(words[i].start + words[i].w.length, at);
    if (DIRECT.test(between) || PLACES_BETWEEN.test(between)) return { noun: words[i].w, event, start: words[i].start };
  }
  return null;
}

/**
 * Whether lower-case `word` names an event no one schedules (data/dates-unplanned-event-nouns.txt), singular or
 * plural ("bombing", "bombings", "casualties").
 */
export function isUnplannedEvent(word: string): boolean {
  const nouns = wordList('dates-unplanned-event-nouns.txt');
  const singular = word.endsWith('ies') ? `${word.slice(0, -3)}y` : word.replace(/s$/, '');
  return nouns.has(word) || nouns.has(singular);
}

/**
 * After a date in the possessive ending at `end` ("Thursday's"), the noun of an unscheduled event among its next four
 * words ("'s bombings", "'s deadly U.S. Embassy bombings"): the noun as written, and its span; null when the date is no
 * possessive or no such noun follows.
 */
export function unplannedEventAfter(prose: string, end: number): (Span & { noun: string }) | null {
  if (!/^['’]s\b/.test(prose.slice(end, end + 3))) return null;
  const from = end + 2;
  let seen = 0;
  for (const m of prose.slice(from, from + 60).matchAll(/[A-Za-z][A-Za-z.'-]*/g)) {
    if (++seen > 4) break;
    const noun = withoutFullStop(m[0]);
    if (isUnplannedEvent(noun.toLowerCase())) return { noun, start: from + m.index!, end: from + m.index! + noun.length };
  }
  return null;
}
