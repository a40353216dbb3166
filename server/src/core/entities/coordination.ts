// Two names the recogniser read as one across "and" or a comma ("the Economic Research Council and the Centre for
// Policy Studies", "the Football Licensing Authority, Investors in People UK"): split where the first name is
// complete, that is where it ends in a word that ends organisations' names in the labelled data (refine.ts
// endsOrgNames), and a capitalised name follows. "Marks and Spencer" and "Procter & Gamble" stay one name.
import type { RecognizedMention } from './ner';
import { endsOrgNames } from './refine';
import { isLowerInitial } from '../text/shape';
import { splitAtSpaces } from './nameShape';

/** ", " / " and " / ", and " then an optional "the", between the two names; group 1 is the second name. */
const JOIN = /(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=\p{Lu})/gu;

/**
 * `raws` with each mention that joins two names split into the two (the second typed by its own last word when that
 * is an org head, else as the first); a second name of one word that is itself only a head ("the Centre", cut off
 * from "Centre for Policy Studies") is dropped rather than flagged as a fragment. Offsets are UTF-16 offsets into
 * `prose`; never throws.
 */
export function splitCoordinated(raws: RecognizedMention[], prose: string): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const r of raws) {
    let from = r.start;
    JOIN.lastIndex = 0;
    const text = prose.slice(r.start, r.end);
    let m: RegExpExecArray | null;
    while ((m = JOIN.exec(text))) {
      const left = prose.slice(from, r.start + m.index);
      const words = splitAtSpaces(left);
      const last = words[words.length - 1];
      // "Department for Education and Skills": a head after "for" or "of" is that phrase's noun, not the name's head.
      if (words.length < 2 || !endsOrgNames(last) || isLowerInitial(words[words.length - 2])) continue;
      out.push({ ...r, start: from, end: r.start + m.index, text: left, type: 'org', label: 'ORG' });
      from = r.start + m.index + m[0].length;
    }
    if (from === r.start) { out.push(r); continue; }
    const rest = prose.slice(from, r.end);
    if (!rest.includes(' ') && endsOrgNames(rest)) continue;
    out.push({ ...r, start: from, end: r.end, text: rest });
  }
  return out;
}
