// Named storms ("Hurricane Hugo", "Tropical Storm Florence"): the storm word belongs to the name, and the name is an
// event's, type `other` (LABELLING.md), which no rule flags; the recogniser reads the given name alone as a person's.
import { readWordList } from '../dataFiles';
import type { RecognizedMention } from './ner';
import type { EntityMention } from '../types';
import { splitAtSpaces } from './nameShape';
import { hasLetterOrDigit, hasSpace, isCapitalised } from '../text/shape';

/** The storm words of data/entity-storm-words.txt, longest first ("Tropical Storm" before "Storm"). */
function stormWords(): string[] {
  stormWordsByLength ??= [...readWordList('entity-storm-words.txt')].sort((a, b) => b.length - a.length);
  return stormWordsByLength;
}
let stormWordsByLength: string[] | null = null;

/** The storm word that `text` ends with as a whole word, as written ("… from Hurricane"), or ''. */
function stormWordEnding(text: string): string {
  return stormWords().find((w) => text.endsWith(w) && !hasLetterOrDigit(text[text.length - w.length - 1])) ?? '';
}

/**
 * `m` as a storm's name, type `other` (MISC), when it is one capitalised word right after a storm word and one space
 * ("Hugo" in "from Hurricane Hugo": the mention grows back over "Hurricane"), or the recogniser already took the storm
 * word ("Hurricane Mitch"); else `m` unchanged. A longer name after a storm word is no storm's ("Storm Model
 * Management"). Offsets are into `prose`.
 */
export function asStorm(m: RecognizedMention, prose: string): RecognizedMention {
  if (stormNameOf(m.text)) return m.type === 'other' ? m : { ...m, type: 'other', label: 'MISC' };
  if (!isCapitalised(m.text) || hasSpace(m.text) || prose[m.start - 1] !== ' ') return m;
  const before = stormWordEnding(prose.slice(Math.max(0, m.start - 1 - LONGEST_STORM_WORD), m.start - 1));
  if (!before) return m;
  const start = m.start - 1 - before.length;
  return { ...m, start, text: prose.slice(start, m.end), type: 'other', label: 'MISC' };
}
/** Room enough, in code units, for the longest storm word before a name. */
const LONGEST_STORM_WORD = 24;

/**
 * "Hurricane Mitch killed thousands. Mitch hit Honduras hardest": a mention of a storm's given name alone (the
 * recogniser's, untagged: `fromRecogniser`) after the article names the storm is that storm: it joins the storm's group
 * (linking.ts) and is typed `other`. Only where one storm of the article has that name. Mutates `mentions`; never throws.
 */
export function linkStormNames(mentions: EntityMention[], fromRecogniser: (m: EntityMention) => boolean): void {
  const storms = new Map<string, EntityMention | null>();
  for (const m of mentions) {
    const name = stormName(m);
    if (!name) continue;
    // Two storms of one name (different groups) leave the name to neither; a third keeps it so.
    const seen = storms.get(name);
    storms.set(name, seen === undefined ? m : seen !== null && seen.group === m.group ? seen : null);
  }
  for (const m of mentions) {
    const storm = storms.get(m.text);
    if (!storm || m.tagged || !fromRecogniser(m)) continue;
    m.group = storm.group;
    m.type = 'other';
  }
}

/** The given name of a storm's mention ("Mitch" of "Hurricane Mitch", typed other), or ''. */
function stormName(m: EntityMention): string {
  return m.type === 'other' ? stormNameOf(m.text) : '';
}

/** The name after the storm word when `text` is a storm word, one space and one capitalised word ("Hurricane Mitch"), or ''. */
function stormNameOf(text: string): string {
  const words = splitAtSpaces(text);
  const last = words[words.length - 1];
  const storm = text.slice(0, text.length - last.length - 1);
  return words.length > 1 && isCapitalised(last) && text[storm.length] === ' ' && stormWordEnding(storm) === storm ? last : '';
}
