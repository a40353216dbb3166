// "Australian Lynton" + "Crosby" → "Australian" + "Lynton Crosby", "South Korean Hyung-Taik Lee" → "South Korean" +
// "Hyung-Taik Lee" (reviews 126, 127): the recogniser may read a nationality and a person's first name as one name of
// a group (MISC) and the surname alone as the person, or take the nationality into the person's name. A nationality
// describes the person whose name follows it; the words after it belong to that name.
import type { Span } from '../types';
import { isCapitalised } from '../text/shape';
import { isGivenName, isNationality, type RecognizedMention } from './ner';

/**
 * `raws` (in text order) regrouped where a nationality (isNationality, the NER's gazetteer: "Australian", "South
 * Korean") opens a mention and capitalised words follow it inside the mention:
 * - a mention not read as a person's, followed after one space by a person's name the recogniser read apart: the
 *   nationality alone (`other`), and the words after it joined to the person's name (`person`, the lower confidence);
 * - a name of the nationality and two or more words, read as a person's or going on with a given name ("Belarusian
 *   Victoria Azarenka" read as a place; not a body's, "American Red Cross"): the nationality alone, and the rest the person.
 * At most MAX_CARRIED words after the nationality; not a mention `tagged` overlaps. Offsets are UTF-16 offsets into
 * `prose`; returns a new array.
 */
export function regroupAfterNationality(raws: readonly RecognizedMention[], prose: string, tagged: (s: Span) => boolean): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (let n = 0; n < raws.length; n++) {
    const r = raws[n];
    const next = raws[n + 1];
    const length = nationalityLength(r.text);
    const carried = length > 0 ? r.text.slice(length + 1).split(' ') : [];
    if (length === 0 || carried.length > MAX_CARRIED || !carried.every(isCapitalised) || tagged(r)) {
      out.push(r);
      continue;
    }
    const nationality = { ...r, end: r.start + length, text: r.text.slice(0, length), type: 'other' as const, label: 'MISC' as const };
    const start = r.start + length + 1;
    if ((r.type === 'person' || (r.type !== 'org' && isGivenName(carried[0]))) && carried.length >= 2) {
      out.push(nationality, { ...r, start, text: r.text.slice(length + 1), type: 'person', label: 'PER' });
    } else if (r.type !== 'person' && next?.type === 'person' && next.start === r.end + 1 && prose[r.end] === ' ' && !tagged(next)) {
      out.push(nationality, { ...next, start, text: prose.slice(start, next.end), confidence: Math.min(r.confidence, next.confidence) });
      n++;
    } else out.push(r);
  }
  return out;
}

/** The most words after the nationality that are carried to the person's name (first names and a surname). */
const MAX_CARRIED = 3;

/** The length (UTF-16 code units) of the nationality of one or two words that opens `text` with words after it, or 0. */
function nationalityLength(text: string): number {
  const words = text.split(' ');
  if (words.length >= 2 && isNationality(words[0])) return words[0].length;
  if (words.length >= 3 && isNationality(`${words[0]} ${words[1]}`)) return words[0].length + 1 + words[1].length;
  return 0;
}
