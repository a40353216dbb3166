// "Later this year", "earlier today": a part of the period that holds the publication day, on one side of it. Read by
// tense-date-mismatch (a past verb with "later this year" is a slip) and date-conflict (a calendar date beside it).
import { wordsIn } from './context';
import type { DateMention } from '../types';

/** The side of publication "later" and "earlier" take in the period that holds it ("later this year", "earlier today"). */
const SIDES = new Map<string, 'after' | 'before'>([['later', 'after'], ['earlier', 'before']]);
/** The words after "later" or "earlier" that name the period holding publication. */
const CURRENT = new Set(['this', 'today', 'tonight']);

/** The side of publication a relative date's "later this …" or "earlier this …" names, or undefined for any other date. */
export function sideOf(d: DateMention): 'after' | 'before' | undefined {
  const [first, second] = wordsIn(d.text);
  return d.relative && CURRENT.has(second ?? '') ? SIDES.get(first) : undefined;
}

/** Whether `d` is a part of the current period on one side of publication, counted from it ("later this year"). */
export const sided = (d: DateMention): boolean => d.resolvedBy === 'publication' && sideOf(d) !== undefined;

/**
 * "Later this year", "earlier today": the part of the current period after (or before) the publication day `pub`
 * (a toDays number), not the whole period `span` (first and last day, toDays numbers); `span` unchanged for any other
 * date, or when it does not hold `pub`.
 */
export function sideOfPublication(d: DateMention, span: [number, number], pub: number): [number, number] {
  const side = sideOf(d);
  if (!side || span[0] > pub || span[1] < pub) return span;
  return side === 'after' ? [pub + 1, Math.max(pub + 1, span[1])] : [Math.min(span[0], pub - 1), pub - 1];
}
