// Awards written alone ("won the Oscar", "two Grammys"): LABELLING.md types prizes `other`, which no rule flags.
import { readWordList } from '../dataFiles';
import type { RecognizedMention } from './ner';

/**
 * `m` typed `other` (MISC) when its text is an award of data/entity-awards.txt, singular or plural ("Oscar",
 * "Oscars", "Golden Globes"), else `m` unchanged. A person's name that opens with one ("Oscar Wilde") is longer than
 * the award and keeps its type. So is a name in apposition to a noun of prizes in `prose` (namedAsPrize).
 */
export function asAward(m: RecognizedMention, prose = ''): RecognizedMention {
  const awards = readWordList('entity-awards.txt');
  const singular = m.text.endsWith('s') ? m.text.slice(0, -1) : m.text;
  return m.type !== 'other' && (awards.has(m.text) || awards.has(singular) || namedAsPrize(m, prose)) ? { ...m, type: 'other', label: 'MISC' } : m;
}

/** Farthest before a name, in UTF-16 units, its award noun may stand ("the festival's top prize, the Golden Bear"). */
const PRIZE_REACH = 24;

/**
 * "the festival's top prize, the Golden Bear", "the sport's highest honour, the Lonsdale Belt": a name in apposition
 * to a noun of prizes (data/entity-award-nouns.txt), after a comma and "the", is the prize (review 70).
 */
function namedAsPrize(m: RecognizedMention, prose: string): boolean {
  const before = prose.slice(Math.max(0, m.start - PRIZE_REACH), m.start);
  const comma = before.lastIndexOf(', the ');
  if (comma < 0 || comma + ', the '.length !== before.length) return false;
  const words = before.slice(0, comma).split(' ');
  return readWordList('entity-award-nouns.txt').has(words[words.length - 1].toLowerCase());
}
