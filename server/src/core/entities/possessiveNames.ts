// Names that hold a possessive of their own: a saint's ("St Mary's High School", "St John's College") and a firm's
// named for its founder ("Sainsbury's", "Macy's", "Moody's"), which the recogniser reads without their "'s".
import { firstTokenEndingAfter, languageOf, type Language } from '../language';
import { hasLetter, isCapitalised, lastWordOf } from '../text/shape';
import { possessiveAt } from '../dates/context';
import type { Article, EntityMention } from '../types';
import { readWordList } from '../dataFiles';
import { endsOrgNames, isCorporateForm } from './refine';
import { isKnownPlace } from './knownPlaces';

/** Marks that end a name's "'s" standing alone ("Macy's, Bloomingdale's", "joined Sainsbury's."); not quotation marks. */
const ALONE_MARKS = new Set([',', '.', ';', ':', ')', '!', '?', '—', '–']);
/** Lower-case joining words after which a name's "'s" stands alone ("Moody's and Fitch", "at Sotheby's in London"). */
const ALONE_POS = new Set(['CCONJ', 'ADP']);
/** The nouns after a doctor's possessive that make it a condition ("Parkinson's disease", "Asperger's syndrome"). */
const CONDITION_NOUNS = new Set(['disease', 'syndrome', 'palsy']);
/** Most capitalised words of an institution's name after a saint's possessive ("High School", "Shopping Centre"). */
const SAINT_NAME_WORDS = 4;

/**
 * Grows the recogniser's mentions (`ours`) over a possessive that is part of the name, in place; `mentions` sorted by
 * start, UTF-16 offsets into `article.prose`:
 * - a saint's name ("St Mary", data/entity-saint-abbreviations.txt opens it) and its "'s", with the capitalised words
 *   of an institution after it ("St Mary's High School"); a mention those words held is dropped. It names a body
 *   (`org`) or, as read, a place; never a person.
 * - a name every use of which in the article carries "'s", at least once standing alone (standsAlone: "Macy's,
 *   Bloomingdale's and", "joined Sainsbury's."): the shop or firm named for its founder, `org`. A name the article also
 *   uses bare ("Mr Taylor's." after "Mr Taylor said") is a person's possessive; a known place's ("Spain's") is too.
 * A condition named for a doctor (data/entity-eponymous-conditions.txt), standing alone or before CONDITION_NOUNS
 * ("victims of Alzheimer's,", "Parkinson's disease"), is no name: dropped.
 * Returns the mentions left.
 */
export function withOwnPossessives(mentions: EntityMention[], article: Article, ours: (m: EntityMention) => boolean): EntityMention[] {
  const prose = article.prose;
  const layer = languageOf(article);
  const owned = ownedNames(mentions, layer, prose, ours);
  const dropped = new Set<EntityMention>();
  // A name the article tags elsewhere ("Macy" matched from a tag ":org[Macy's]") grows too, keeping its type, so a tag
  // fix on one mention leaves no other reading of the name behind.
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i];
    if (m.tagged || m.partOf !== undefined || dropped.has(m) || !possessiveAt(prose, m.end)) continue;
    if (ours(m) && isCondition(layer, prose, m)) dropped.add(m);
    else if (isSaintName(m.text)) growSaint(mentions, i, article, dropped, ours(m));
    // ("Sotheby's Holdings Inc., the parent of the auction house Sotheby's": the legal name first, before the firm's
    // own "'s" alone.)
    else if (ours(m) && ownsCorporateName(mentions[i + 1], m, prose, ours)) {
      dropped.add(mentions[i + 1]);
      grow(m, article, mentions[i + 1].end);
      m.type = 'org';
    } else if (owned.has(m.text)) {
      grow(m, article, m.end + 2);
      if (ours(m)) m.type = 'org';
    } else if (ours(m) && ownsHeadAfter(mentions[i + 1], m, prose, ours)) {
      dropped.add(mentions[i + 1]);
      grow(m, article, mentions[i + 1].end);
      m.type = 'org';
    } else if (ours(m)) {
      const end = unreadHeadAfter(mentions[i + 1], m, prose);
      if (end > 0) {
        grow(m, article, end);
        m.type = 'org';
      }
    }
  }
  return dropped.size ? mentions.filter((m) => !dropped.has(m)) : mentions;
}

/**
 * "Claire's Stores", "Sainsbury's Supermarkets": a founder's one name (read as a person's) every use of which is "'s"
 * and then one word the recogniser read alone as an organisation, one space between, is one organisation's name with it, when that word ends
 * organisations' names (endsOrgNames) or is a plural one ("Stores", "Holdings"). Not a known place's ("Britain's
 * Parliament"), a person's full name ("Clive Woodward's Lions"), a coordination, nor a name the article also uses
 * otherwise ("Blair's Cabinet" after "Tony Blair said").
 */
function ownsHeadAfter(next: EntityMention | undefined, m: EntityMention, prose: string, ours: (m: EntityMention) => boolean): boolean {
  if (!next || next.tagged || !ours(next) || next.type !== 'org' || next.start !== m.end + 3 || prose[m.end + 2] !== ' ' || next.text.includes(' ')) return false;
  if (!endsOrgNames(next.text) && !(next.text.endsWith('s') && next.text.length > 3)) return false;
  // Only a founder's one name the recogniser read as a person's ("Claire"): a person's full name owns what follows
  // ("Coach Clive Woodward's Lions squad"), and a body's name its product ("Lotus's Notes", "Usher's Confessions").
  if (m.type !== 'person' || m.text.includes(' ')) return false;
  return !isKnownPlace(m.text) && everyUseBefore(prose, m.text, prose.slice(m.end, next.end));
}

/**
 * "Hudson's Bay Co.", "Land's End Inc.": one word and its "'s" open a company's legal name when the mention after it,
 * one space on, ends with a corporate form (data/company-designators.txt) and every use of the word in the article is
 * possessive ("Hudson's Bay" later is the same firm). Not a known place's ("Japan's Sony Corp."), nor a word the
 * article uses bare ("Murdoch's News Corp." after "Mr Murdoch said").
 */
function ownsCorporateName(next: EntityMention | undefined, m: EntityMention, prose: string, ours: (m: EntityMention) => boolean): boolean {
  if (!next || next.tagged || !ours(next) || next.start !== m.end + 3 || prose[m.end + 2] !== ' ' || m.text.includes(' ')) return false;
  return isCorporateForm(lastWordOf(next.text)) && !isKnownPlace(m.text) && everyUsePossessive(prose, m.text);
}

/**
 * The same as ownsHeadAfter for a word the recogniser left unread ("Accessory vendor Claire's Stores also suffered"):
 * the end of that capitalised word (UTF-16 offset) when no mention (`next`, the mention after `m`) holds it, a
 * lower-case word or a mark follows it, and `m` is one word read as a person's name (a founder's); else -1.
 */
function unreadHeadAfter(next: EntityMention | undefined, m: EntityMention, prose: string): number {
  const from = m.end + 3;
  if (prose[m.end + 2] !== ' ' || !isCapitalised(prose[from]) || (next && next.start < from + 2)) return -1;
  let end = from;
  while (hasLetter(prose[end])) end++;
  const word = prose.slice(from, end);
  if (isCapitalised(prose[end + 1] ?? '') || (!endsOrgNames(word) && !(word.endsWith('s') && word.length > 3))) return -1;
  // Only a founder's one name the recogniser read as a person's ("Claire"): "Usher's Confessions" is an album.
  if (m.type !== 'person' || m.text.includes(' ') || isKnownPlace(m.text)) return -1;
  return everyUseBefore(prose, m.text, prose.slice(m.end, end)) ? end : -1;
}

/** Whether every use of `name` in `prose` as whole words has `tail` right after it ("'s Stores"). */
function everyUseBefore(prose: string, name: string, tail: string): boolean {
  for (let at = prose.indexOf(name); at >= 0; at = prose.indexOf(name, at + 1)) {
    if (hasLetter(prose[at - 1]) || hasLetter(prose[at + name.length])) continue;
    if (!prose.startsWith(tail, at + name.length)) return false;
  }
  return true;
}

/** The texts of `ours` that name a firm with its own "'s" (withOwnPossessives): no saint's, no known place's. */
function ownedNames(mentions: readonly EntityMention[], layer: Language, prose: string, ours: (m: EntityMention) => boolean): Set<string> {
  const owned = new Set<string>();
  for (const m of mentions) {
    if (ours(m) && possessiveAt(prose, m.end) && !isSaintName(m.text) && !isKnownPlace(m.text) && standsAlone(layer, prose, m.end + 2) && everyUsePossessive(prose, m.text)) owned.add(m.text);
    // A tag's own "'s" ("Macy's") says the name holds it.
    if (m.tagged && m.text.length > 2 && possessiveAt(m.text, m.text.length - 2)) owned.add(m.text.slice(0, -2));
  }
  return owned;
}

/** Whether `m` with its "'s" is a condition named for a doctor, alone or before CONDITION_NOUNS. */
function isCondition(layer: Language, prose: string, m: EntityMention): boolean {
  return readWordList('entity-eponymous-conditions.txt').has(m.text) && (standsAlone(layer, prose, m.end + 2) || CONDITION_NOUNS.has(wordAfter(prose, m.end + 2)));
}

/**
 * Grows the saint's name `mentions[i]` over its "'s" and the institution's words after it (not over a tag), drops
 * (into `dropped`) the mentions those words held, and, with `retype`, types it: a body when the words end an
 * organisation's name or it was read as a person.
 */
function growSaint(mentions: readonly EntityMention[], i: number, article: Article, dropped: Set<EntityMention>, retype: boolean): void {
  const m = mentions[i];
  const end = institutionEnd(article.prose, m.end + 2);
  const institution = end > m.end + 2;
  const held = [];
  for (let j = i + 1; j < mentions.length && mentions[j].start < end; j++) held.push(mentions[j]);
  if (held.some((n) => n.tagged)) return;
  for (const n of held) dropped.add(n);
  grow(m, article, end);
  if (retype && (m.type === 'person' || (institution && endsOrgNames(lastWordOf(m.text))))) m.type = 'org';
}

/** Whether a name opens with a saint's abbreviation or title (data/entity-saint-abbreviations.txt: "St", "Saint"). */
function isSaintName(text: string): boolean {
  const first = text.split(' ')[0];
  return text.includes(' ') && readWordList('entity-saint-abbreviations.txt').has(first);
}

/**
 * Whether the name's "'s" ending at UTF-16 offset `at` stands alone: the sentence ends there, or the next layer token
 * is a mark of ALONE_MARKS or a lower-case word of ALONE_POS ("Moody's and", "Macy's,"). Not before a noun phrase it
 * would possess ("Macy's owner"), a verb it would be the "is" or "has" of ("Bruno's been"), or a capitalised word.
 */
function standsAlone(layer: Language, prose: string, at: number): boolean {
  const next = layer.tokens[firstTokenEndingAfter(layer, at)];
  if (!next || next.sentence !== layer.tokens[firstTokenEndingAfter(layer, at - 3)]?.sentence) return true;
  const word = prose.slice(next.start, next.end);
  return ALONE_MARKS.has(word) || (ALONE_POS.has(next.pos) && word === word.toLowerCase() && [...word].every(hasLetter));
}

/** Whether every use of `name` in `prose` as whole words carries "'s" right after it. */
function everyUsePossessive(prose: string, name: string): boolean {
  for (let at = prose.indexOf(name); at >= 0; at = prose.indexOf(name, at + 1)) {
    if (hasLetter(prose[at - 1]) || hasLetter(prose[at + name.length])) continue;
    if (!possessiveAt(prose, at + name.length)) return false;
  }
  return true;
}

/** The end of the capitalised words (up to SAINT_NAME_WORDS, one space apart) from UTF-16 offset `from`, or `from`. */
function institutionEnd(prose: string, from: number): number {
  let end = from;
  for (let words = 0; words < SAINT_NAME_WORDS && prose[end] === ' ' && isCapitalised(prose[end + 1]); words++) {
    let k = end + 1;
    while (hasLetter(prose[k])) k++;
    end = k;
  }
  return end;
}

/** The lower-cased letters of the word after one space from UTF-16 offset `at` of `prose` ("" when none). */
function wordAfter(prose: string, at: number): string {
  let end = at + 1;
  while (hasLetter(prose[end])) end++;
  return prose[at] === ' ' ? prose.slice(at + 1, end).toLowerCase() : '';
}

/** Sets `m`'s end to UTF-16 offset `end` and its text to the article's words there. */
function grow(m: EntityMention, article: Article, end: number): void {
  m.end = end;
  m.text = article.text.slice(m.start, end);
}
