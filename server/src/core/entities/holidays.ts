// Holidays and their seasons are times, not names to tag: "until about Easter", "over Christmas" (copy-desk review
// 57: "Easter" typed a person). LABELLING.md types events `other`, which no rule flags.
import { namesHolidayOrSeason } from '../dates/holidays';
import type { EntityMention } from '../types';
import { afterCourtesyTitle } from './refine';

/**
 * Retypes `other` every untagged mention from the recogniser (`fromRecogniser`) whose text names a holiday or the
 * season of one (dates/holidays.ts namesHolidayOrSeason, from data/dates-holidays.json: "Easter", "Christmas",
 * "Thanksgiving", "Boxing Day"), unless a courtesy title stands before a mention of its group ("Mr Easter").
 * Mutates `mentions`; never throws.
 */
export function retypeHolidays(mentions: EntityMention[], prose: string, fromRecogniser: (m: EntityMention) => boolean): void {
  // (A group with a courtesy title before one mention is someone's: "Mr Easter".)
  const people = new Set(mentions.filter((m) => afterCourtesyTitle(prose, m.start)).map((m) => m.group));
  for (const m of mentions) if (fromRecogniser(m) && m.type !== 'other' && !people.has(m.group) && namesHolidayOrSeason(m.text)) m.type = 'other';
}
