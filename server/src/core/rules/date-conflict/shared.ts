// Helpers the date-conflict checks share: phrase patterns around a date and the days a resolved value covers.
import { parseIsoDay, valueInterval } from '../../dates/calendar';
import { phrasesOf } from '../../dates/context';
import type { DateMention } from '../../types';
import type { Language } from '../../language';
import { CALENDAR_WORD, WEEKDAY_RE } from '../../dates/expr';

const WEEKDAY = new RegExp(`^${WEEKDAY_RE}$`);

/** A day after these opens a stretch: "beginning on Monday", "from 3 May". */
export const STARTS = phrasesOf('startWords', ['on']);
/** A day after these closes a stretch: "ending Sunday", "until 8 May". */
export const ENDS = phrasesOf('endWords', ['on']);
/** A duration after these is part of the event or another stretch: "the first three days", "within 15 days", "more than four days", "will double in four years" (time ahead; "in the four years from …" is read). */
export const PARTIAL = phrasesOf('partialWords');

export const dayOf = (d: DateMention) => (d.grain === 'day' ? parseIsoDay(d.value) : null);
export const dayNumber = (iso: string | undefined) => (iso ? parseIsoDay(iso) : null);

/** First and last day a resolved date covers (day or a range of days, ISO week, month, season, quarter, half, year). */
export const interval = (d: DateMention): [number, number] | null => valueInterval(d.value, d.rangeEnd);

/** Whether two dates name days that cannot be the same (resolved intervals that do not meet). */
export function apart(a: DateMention, b: DateMention): boolean {
  const [x, y] = [interval(a), interval(b)];
  return !!x && !!y && (x[1] < y[0] || y[1] < x[0]);
}

/**
 * The proper nouns (lower case, joined by spaces; `text` gives a layer token's text) of the prepositional phrase that
 * opens at layer token `k` (the token right after an event noun): a preposition, perhaps a determiner, then the run of
 * names in the same sentence ("in Nairobi", "in the Gaza Strip" → "nairobi", "gaza strip"); "" when no such phrase
 * opens there, or when it is a phrase of time ("in December 2003"). Two mentions of one noun whose phrases name two
 * places or parties tell two events ("the blast in Nairobi" … "the blast in Dar es Salaam").
 */
export function nameInPhraseAt(layer: Language, text: (k: number) => string, k: number): string {
  const tokens = layer.tokens;
  if (tokens[k]?.pos !== 'ADP') return '';
  const sentence = tokens[k].sentence;
  let j = tokens[k + 1]?.pos === 'DET' ? k + 2 : k + 1;
  const names: string[] = [];
  for (; tokens[j]?.sentence === sentence && tokens[j].pos === 'PROPN'; j++) names.push(text(j));
  // ("its new plant in December 2003": a phrase of time names no place.)
  return names.some((w) => CALENDAR_WORD.test(w) || WEEKDAY.test(w)) ? '' : names.join(' ').toLowerCase();
}
