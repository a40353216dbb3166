// A company's short name agrees with its legal name in the same article: "General Mills Inc." makes "General Mills"
// a company's name, and "Mills" right after "General" part of it ("General Mills' share", where a title was cut).
import type { Article, EntityMention, EntityType, Span } from '../types';
import { hasSpace, lastWordOf } from '../text/shape';
import { endsOrgNames, isCorporateForm } from './refine';
import { isGivenName, isNationality, type RecognizedMention } from './ner';

/**
 * Types, in place, the recogniser's mentions (`ours`) that give a company's legal name without its corporate form
 * (data/company-designators.txt: "Inc", "Corp", "plc") as that name is typed, and grows a mention back over the word
 * before it when the two are that short name ("General" + "Mills", the title "General" having been cut off). The
 * legal names are those of `mentions` typed `org`, or tagged as any type, whose last word is a corporate form. A
 * person's name that opens with a one-word short name of a body ("Fluor Daniel" after "Fluor Corp.") is that body's
 * unit, a body. A mention of ours the grown one now covers ("Hudson" of "Hudson's" + "Bay" after "Hudson's Bay Co.")
 * is dropped. UTF-16 offsets into `article.prose`; returns the mentions left (sorted by start as given); never throws.
 */
export function agreeWithLegalNames(mentions: EntityMention[], article: Article, ours: (m: EntityMention) => boolean): EntityMention[] {
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
  if (shortNames.size === 0 && oneWord.size === 0) return mentions;
  const grown: EntityMention[] = [];
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
      grown.push(m);
    }
  }
  if (grown.length === 0) return mentions;
  const covered = (n: EntityMention) => ours(n) && grown.some((g) => g !== n && g.start <= n.start && n.end <= g.end);
  return mentions.filter((n) => !covered(n));
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

/**
 * "American Eagle Outfitters", "Scottish Widows Investments": a nationality the recogniser read alone (`other`, a
 * demonym of the NER's gazetteer: isNationality) right before a name of two or more words it read as a person's or a
 * body's, one space between, whose last word is a plural ("Outfitters") or ends organisations' names (endsOrgNames),
 * opens that company's name: one `org` mention over both. Not before a person's name that opens with a given name
 * ("American Serena Williams"), a body's name of three or more words, or one word ("British Lions"), nor a mention
 * `tagged` overlaps. `raws` in text order; returns a
 * new array.
 */
export function joinNationalOpener(raws: readonly RecognizedMention[], prose: string, tagged: (s: Span) => boolean): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (let n = 0; n < raws.length; n++) {
    const r = raws[n];
    const next = raws[n + 1];
    if (!next || r.type !== 'other' || hasSpace(r.text) || !isNationality(r.text) || next.start !== r.end + 1 || prose[r.end] !== ' ' || !opensCompany(next) || tagged(r) || tagged(next)) {
      out.push(r);
      continue;
    }
    out.push({ ...next, start: r.start, text: prose.slice(r.start, next.end), type: 'org', label: 'ORG' });
    n++;
  }
  return out;
}

/** Whether `m` reads as a company's name after a nationality: two or more words, a person's or a body's, ending in a plural or an organisation's head. */
function opensCompany(m: RecognizedMention): boolean {
  const words = m.text.split(' ');
  const last = words[words.length - 1];
  // A person's name after a nationality is that person ("American Serena Williams"): only one with no given name is a
  // company's the recogniser mistook; a body's longer name may be the nationality's own ("Albanian Macedonian Bulgarian Oil Corporation").
  const read = m.type === 'person' ? !isGivenName(words[0]) : m.type === 'org' && words.length === 2;
  return read && words.length >= 2 && ((last.endsWith('s') && !last.endsWith("'s") && last.length > 4) || endsOrgNames(last));
}
