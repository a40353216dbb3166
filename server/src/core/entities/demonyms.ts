// Names of the people of a place ("Londoners", "New Yorkers", "Parisians"): LABELLING.md types nationalities and
// such group names `other`, which no rule flags. Read from the place gazetteer and the regular English suffixes.
import { lookupPlace } from './gazetteer';
import { readWordList } from '../dataFiles';
import type { RecognizedMention } from './ner';

/** Plural suffixes that make a place's name into its people's ("London" + "ers", "Paris" + "ians"), longest first. */
const DEMONYM_SUFFIXES = ['ians', 'ers'];

/**
 * `m` typed `other` (MISC) when its text is a place of the gazetteer (gazetteer.ts lookupPlace) with a demonym suffix
 * (DEMONYM_SUFFIXES) — "Londoners", "New Yorkers", "Parisians" — else `m` unchanged. A name that is itself a place
 * ("Manchester") and one read as a person's ("Walkers": a family) are kept as they are.
 */
export function asDemonym(m: RecognizedMention): RecognizedMention {
  if (m.type === 'other' || m.type === 'person' || lookupPlace(m.text)) return m;
  const suffix = DEMONYM_SUFFIXES.find((s) => m.text.endsWith(s) && m.text.length > s.length + 2);
  if (!suffix || !lookupPlace(m.text.slice(0, -suffix.length))) return m;
  return { ...m, type: 'other', label: 'MISC' };
}

/**
 * `m` typed `other` (MISC) when it is one word made of a prefix of data/entity-name-prefixes.txt, a hyphen and a
 * capitalised name ("Anti-Castro", "pro-Kremlin", "Post-Soviet"): an adjective formed from the name, not the name;
 * else `m` unchanged.
 */
export function asPrefixed(m: RecognizedMention): RecognizedMention {
  const hyphen = m.text.indexOf('-');
  if (m.type === 'other' || hyphen < 2 || m.text.includes(' ')) return m;
  const after = m.text[hyphen + 1] ?? '';
  if (after.toLowerCase() === after || !readWordList('entity-name-prefixes.txt').has(m.text.slice(0, hyphen).toLowerCase())) return m;
  return { ...m, type: 'other', label: 'MISC' };
}
