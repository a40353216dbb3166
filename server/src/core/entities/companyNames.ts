// A company's short name agrees with its legal name in the same article: "General Mills Inc." makes "General Mills"
// a company's name, and "Mills" right after "General" part of it ("General Mills' share", where a title was cut).
import type { Article, EntityMention, EntityType } from '../types';
import { hasSpace, lastWordOf } from '../text/shape';
import { isCorporateForm } from './refine';

/**
 * Types, in place, the recogniser's mentions (`ours`) that give a company's legal name without its corporate form
 * (data/company-designators.txt: "Inc", "Corp", "plc") as that name is typed, and grows a mention back over the word
 * before it when the two are that short name ("General" + "Mills", the title "General" having been cut off). The
 * legal names are those of `mentions` typed `org`, or tagged as any type, whose last word is a corporate form. A
 * person's name that opens with a one-word short name of a body ("Fluor Daniel" after "Fluor Corp.") is that body's
 * unit, a body. UTF-16 offsets into
 * `article.prose`; never throws.
 */
export function agreeWithLegalNames(mentions: EntityMention[], article: Article, ours: (m: EntityMention) => boolean): void {
  // Short name → the type its legal name has: a body's, or what the journalist tagged it as.
  const shortNames = new Map<string, EntityType>();
  /** One-word names of bodies whose legal name the article gives ("Fluor" of "Fluor Corp."). */
  const oneWord = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'org' && !m.tagged) continue;
    const words = m.text.split(' ');
    if (words.length < 2 || !isCorporateForm(words[words.length - 1])) continue;
    if (words.length >= 3) shortNames.set(withoutComma(words.slice(0, -1).join(' ')), m.type);
    else if (m.type === 'org') oneWord.add(withoutComma(words[0]));
  }
  if (shortNames.size === 0 && oneWord.size === 0) return;
  for (const m of mentions) {
    if (!ours(m)) continue;
    const type = shortNames.get(m.text);
    if (type) { m.type = type; continue; }
    // "Fluor Daniel" after "Fluor Corp.": a unit named after the company is no person.
    const first = m.text.slice(0, m.text.indexOf(' '));
    if (m.type === 'person' && first && (shortNames.get(first) === 'org' || oneWord.has(first))) { m.type = 'org'; continue; }
    const before = wordBefore(article.prose, m.start);
    const longer = before ? shortNames.get(`${before} ${m.text}`) : undefined;
    if (longer) {
      m.start -= before.length + 1;
      m.text = article.text.slice(m.start, m.end);
      m.type = longer;
    }
  }
}

function withoutComma(s: string): string {
  return s.endsWith(',') ? s.slice(0, -1) : s;
}

/** The word that ends one space (and only one) before UTF-16 offset `start` of `prose` ("" when none stands there). */
function wordBefore(prose: string, start: number): string {
  return prose[start - 1] === ' ' && !hasSpace(prose[start - 2]) ? lastWordOf(prose.slice(Math.max(0, start - 1 - WORD_REACH), start - 1)) : '';
}
/** Most UTF-16 code units read back for the word before a name ("General" of "General Mills"). */
const WORD_REACH = 64;
