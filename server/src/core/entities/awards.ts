// Awards written alone ("won the Oscar", "two Grammys"): LABELLING.md types prizes `other`, which no rule flags.
import { readWordList } from '../dataFiles';
import type { RecognizedMention } from './ner';

/**
 * `m` typed `other` (MISC) when its text is an award of data/entity-awards.txt, singular or plural ("Oscar",
 * "Oscars", "Golden Globes"), else `m` unchanged. A person's name that opens with one ("Oscar Wilde") is longer than
 * the award and keeps its type.
 */
export function asAward(m: RecognizedMention): RecognizedMention {
  const awards = readWordList('entity-awards.txt');
  const singular = m.text.endsWith('s') ? m.text.slice(0, -1) : m.text;
  return m.type !== 'other' && (awards.has(m.text) || awards.has(singular)) ? { ...m, type: 'other', label: 'MISC' } : m;
}
