// Abbreviations an article defines: "Memorandum of Understanding (MOU)", "field training exercise (FTX)". What the
// long form is decides what the short form is, in every mention of it in the article.
import type { EntityMention, EntityType, Span } from '../types';
import { hasLetterOrDigit, hasSpace, lastWordOf } from '../text/shape';
import { readWordList } from '../dataFiles';
import { hasCapital, isCapitals, leadingLetters } from './nameShape';
import { isOftenLowerCase } from './ner';

/** An abbreviation the article defines in brackets after its long form. */
export interface AbbreviationDefinition {
  /** The short form as written, without its brackets: "MOU", "MDGs". */
  short: string;
  /** The long form it follows: the words its letters start. */
  long: Span;
  /** The long form is written in lower case ("field training exercise"): the short form names a thing, not a body. */
  common: boolean;
}

/**
 * "(MOU)", "(MDGs)", "(A&E)": two to eight capitals (an ampersand or a digit inside), a plural s; not a bracket that
 * a capitalised word continues, which is part of a name ("the existing (UN) Security Council resolutions").
 */
const SHORT_IN_BRACKETS = /\((\p{Lu}[\p{Lu}\p{N}&]{1,7})(s?)\s*\)(?![ \t]*\p{Lu})/gu;

/**
 * Every abbreviation defined in `prose` (markup blanked, offsets as in the article): a bracketed short form after
 * its long form. Method: Schwartz & Hearst (2003), "A simple algorithm for identifying abbreviation definitions in
 * biomedical text" (PSB 2003): the long form is searched in the words before the bracket, at most
 * min(|short| + 5, 2 × |short|) of them and within the sentence; each letter of the short form, right to left, must be
 * found in it in order, the first one at the start of a word; the long form starts at that word.
 */
export function abbreviationDefinitions(prose: string): AbbreviationDefinition[] {
  const found: AbbreviationDefinition[] = [];
  for (const m of prose.matchAll(SHORT_IN_BRACKETS)) {
    const short = m[1];
    const long = longForm(prose, m.index, short);
    if (!long) continue;
    found.push({ short: short + m[2], long, common: !hasCapital(prose.slice(long.start, long.end)) });
  }
  return found;
}

/** What ends the stretch a long form is searched in: a sentence's or clause's end, a bracket, a line break. */
const LONG_FORM_BOUNDS: ReadonlySet<string> = new Set(['.', '!', '?', ';', ':', '(', ')', '\n']);

/** The long form of `short` in the words before `bracket` (Schwartz & Hearst), or null. */
function longForm(prose: string, bracket: number, short: string): Span | null {
  let from = bracket;
  // The candidate: up to min(|A| + 5, 2|A|) words back, not past a sentence end, a line break or another bracket.
  const maxWords = Math.min(short.length + 5, short.length * 2);
  for (let words = 0; from > 0 && words <= maxWords; ) {
    const c = prose[from - 1];
    if (LONG_FORM_BOUNDS.has(c)) break;
    from--;
    if (hasSpace(c) && from > 0 && !hasSpace(prose[from - 1])) words++;
  }
  const candidate = prose.slice(from, bracket).trimEnd();
  if (!candidate) return null;
  const isWordChar = (ch: string | undefined) => ch !== undefined && hasLetterOrDigit(ch);
  // The first letter starts a word, and not a joiner (data/entity-long-form-joiners.txt: "Annual Management and Performance Report (AMPR)" does not
  // start at "and"): a refinement of the method for names, where joiners are lower-case function words.
  const joiners = readWordList('entity-long-form-joiners.txt');
  const startsLongForm = (at: number) => !isWordChar(candidate[at - 1]) && !joiners.has(leadingLetters(candidate.slice(at)));
  let l = candidate.length - 1;
  for (let s = short.length - 1; s >= 0; s--) {
    const ch = short[s].toLowerCase();
    if (!isWordChar(ch)) continue;
    while (l >= 0 && (candidate[l].toLowerCase() !== ch || (s === 0 && !startsLongForm(l)))) l--;
    if (l < 0) return null;
    l--;
  }
  const start = from + l + 1;
  return { start, end: from + candidate.length };
}

/**
 * The type most readings give, the long form's counting one and a half (it wins a tie with one short form): "Hewlett
 * Packard" read as a person once and "HP" as an organisation four times is an organisation.
 */
function majorityType(longType: EntityType, shortForms: EntityMention[]): EntityType {
  const votes = new Map<EntityType, number>([[longType, 1.5]]);
  for (const m of shortForms) votes.set(m.type, (votes.get(m.type) ?? 0) + 1);
  return [...votes].reduce((best, v) => (v[1] > best[1] ? v : best))[0];
}

/**
 * Makes each mention of a defined short form that `recognised` accepts (the recogniser's, not a tag's or the
 * registry's) agree with its long form:
 * - a long form in lower case ("voluntary, community and social enterprise (VCSE)"): no name, the mention is dropped;
 * - a long form read, in part or whole, as a person, organisation or place ("Norwegian Refugee Council (NRC)"): that
 *   type, unless the short form's own readings outvote it (majorityType);
 * - a long form of two or more words with no name read in it ("Minimum Unit Pricing (MUP)", "First Minister's
 *   Special Adviser (FMSA)"): typed other, which untagged-entity does not flag.
 * Returns the mentions kept, in order.
 */
export function agreeWithLongForms(mentions: EntityMention[], prose: string, recognised: (m: EntityMention) => boolean): EntityMention[] {
  const decisions = new Map<string, EntityType | null>();
  for (const d of abbreviationDefinitions(prose)) {
    if (decisions.has(d.short)) continue; // the first definition stands
    if (d.common) { decisions.set(d.short, null); continue; }
    const inside = mentions.filter((m) => m.start < d.long.end && d.long.start < m.end);
    const named = inside.find((m) => m.type !== 'other');
    // A long form read as a thing (type other) leaves the short form's own reading: "World Trade Organisation" read
    // as other once, "WTO" read as an organisation five times. One word gives no head to read ("PricewaterhouseCoopers").
    if (named) decisions.set(d.short, majorityType(named.type, mentions.filter((m) => m.text === d.short && recognised(m))));
    else if (inside.length === 0 && hasSpace(prose.slice(d.long.start, d.long.end))) decisions.set(d.short, 'other');
  }
  if (decisions.size === 0) return mentions;
  const kept: EntityMention[] = [];
  for (const m of mentions) {
    const decision = recognised(m) ? decisions.get(m.text) : undefined;
    if (decision === undefined) kept.push(m);
    else if (decision !== null) kept.push(decision === m.type ? m : { ...m, type: decision });
  }
  return kept;
}

/** The letters an acronym read as a name may have ("BT", "NTL", "ICANN"). */
const ACRONYM_LETTERS = { min: 2, max: 5 };

/**
 * Retypes `org` every group (linking.ts) of untagged mentions from the recogniser (`fromRecogniser`) typed a place or
 * a person whose every mention is one acronym of ACRONYM_LETTERS capitals that no gazetteer holds as a place
 * (`isPlace`: "US", "UK" are), none after "in", as a place ("offices in SA"; "at BT", "to BT" may be a company's), in
 * brackets ("Spelman College (GA)") or glued to another word by a slash or hyphen ("AC/DC"), and not a word the
 * recogniser's lexicon finds often in lower case ("OK", "ME": ner isOftenLowerCase). An acronym names a body: of the
 * single-word names in capitals of two to five letters in CoNLL-2003 eng.train, 692 are labelled organisations, 228
 * places (words of capitalised headlines, "PARIS", and country or state codes) and 29 people (headline surnames).
 * Review 43: "In December BT announced" read as a place. `prose` holds the mentions' offsets. Mutates `mentions`.
 */
export function retypeAcronyms(mentions: EntityMention[], prose: string, fromRecogniser: (m: EntityMention) => boolean, isPlace: (name: string) => boolean): void {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const group = groups.get(m.group);
    if (group) group.push(m);
    else groups.set(m.group, [m]);
  }
  const apart = (m: EntityMention) => !GLUES.has(prose[m.start - 1] ?? ' ') && !GLUES.has(prose[m.end] ?? ' ');
  for (const group of groups.values()) {
    const all = group.every((m) => fromRecogniser(m) && (m.type === 'place' || m.type === 'person') && m.text === group[0].text && apart(m) && !afterIn(prose, m.start));
    if (all && isAcronym(group[0].text) && !isPlace(group[0].text) && !isOftenLowerCase(group[0].text)) for (const m of group) m.type = 'org';
  }
}

/** How far back (UTF-16 code units) the word before an acronym is read. */
const WORD_BEFORE_REACH = 24;

/** Whether the word before offset `at` in `prose` is "in" (any case), white space between. */
function afterIn(prose: string, at: number): boolean {
  const before = prose.slice(Math.max(0, at - WORD_BEFORE_REACH), at);
  return hasSpace(before[before.length - 1]) && lastWordOf(before).toLowerCase() === 'in';
}

/** Marks that make an acronym part of something longer or an aside: "AC/DC", "ZANU-PF", "(GA)". */
const GLUES = new Set(['/', '-', '(', ')']);

/** ACRONYM_LETTERS capital letters A to Z and nothing else. */
function isAcronym(text: string): boolean {
  return isCapitals(text, ACRONYM_LETTERS.min, ACRONYM_LETTERS.max) && [...text].every((ch) => ch >= 'A' && ch <= 'Z');
}
