// What a third-person singular pronoun refers back to, read from the linguistic layer and the article's entity
// mentions: "he", "his", "her" to the person the story is telling of (the last one who was a clause's subject, else
// the last one named); "it", "its" to the last singular noun phrase before it. A recency and subject-first reading (the
// preferences of Hobbs 1978 and of centering, without the parse tree): good enough to say that "its official release"
// is Half-Life 2's when Half-Life 2 was the last thing named, not a full coreference resolver.
import type { Span } from '../types';
import { firstTokenEndingAfter, isVerb, type Language } from './index';

/** A pronoun's antecedent: its words as written, their key (a name lower-cased, a common noun's lemma), and whether
 * it is a name (a person or an entity mention, or a run of proper nouns) or a common noun ("the bridge"). */
export interface Antecedent<T extends Named = Named> {
  text: string;
  key: string;
  name: boolean;
  /** The entity mention it is, when it is one. */
  mention?: T;
}

/** An entity mention, as far as reference needs it (EntityMention fits). */
interface Named extends Span {
  text: string;
  type: string;
}

/** Third-person singular pronouns that point at a person; "her" is both object and possessive. */
const PERSONAL = new Set(['he', 'him', 'his', 'she', 'her']);
/** …and at a thing. */
const NEUTER = new Set(['it', 'its']);
/** How many sentences before the pronoun's own its antecedent is looked for… */
const SENTENCES_BACK = 2;
/** …and a person who was the subject of a clause: the one a story goes on telling of. */
const SUBJECT_SENTENCES_BACK = 10;

/** Whether the lower-cased word is a pronoun that stands for a person ("he", "her"). */
export function isPersonalPronoun(word: string): boolean {
  return PERSONAL.has(word);
}

/** Whether the lower-cased word is a pronoun `antecedentOf` reads. */
export function isReferringPronoun(word: string): boolean {
  return PERSONAL.has(word) || NEUTER.has(word);
}

/** Whether the pronoun at token `k` stands alone as a noun phrase ("arrested him", "it was released"), not as the
 * determiner of the noun after it ("its new network", "her album"). */
export function standsAlone(layer: Language, text: (k: number) => string, k: number): boolean {
  const next = layer.tokens[k + 1];
  return isReferringPronoun(text(k).toLowerCase()) && !(next && next.sentence === layer.tokens[k].sentence && DETERMINED.has(next.pos));
}

/** Parts of speech that make the pronoun before them a determiner. */
const DETERMINED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * The person a personal pronoun, or a phrase that stands for a person ("the 32-year-old"), at token `k` refers back
 * to: the person the article is telling of, the last person mention in `entities` (sorted by start) that a verb
 * follows (a clause's subject) within SUBJECT_SENTENCES_BACK sentences ("Mr Makarov joined the KGB … One of his fellow
 * pupils was Vladimir Putin … his release": Makarov), else the last person named in its own sentence before it and the
 * SENTENCES_BACK sentences before that; null when there is none.
 */
export function personReferredTo<T extends Named>(layer: Language, entities: readonly T[], k: number): T | null {
  const t = layer.tokens[k];
  const from = layer.sentences[Math.max(0, t.sentence - SENTENCES_BACK)].start;
  const subject = (m: T) => m.type === 'person' && isVerb(layer.tokens[firstTokenEndingAfter(layer, m.end)] ?? t);
  return lastBefore(entities, t.start, layer.sentences[Math.max(0, t.sentence - SUBJECT_SENTENCES_BACK)].start, subject) ?? lastBefore(entities, t.start, from, (m) => m.type === 'person');
}

/**
 * The antecedent of the pronoun at token `k` (he, him, his, she, her, it, its). For a personal pronoun: the last
 * person mention in `entities` (sorted by start) that a verb follows (a subject) within SUBJECT_SENTENCES_BACK
 * sentences, else the last person mention in its own sentence before it and the SENTENCES_BACK sentences before that.
 * For "it" and "its", in that same stretch: the last singular nominal head (a noun no noun follows, an entity mention
 * taken whole, or a run of proper nouns), with plurals, proper nouns of no mention opening a sentence and spans `skip`
 * holds (dates: "released on 16 November. It …" is not November) passed over. Null for any other token, when nothing
 * stands before it, or when the nearest head is a person's name. O(tokens in the stretch + log mentions).
 */
export function antecedentOf<T extends Named>(layer: Language, prose: string, entities: readonly T[], k: number, skip: (s: Span) => boolean): Antecedent<T> | null {
  const t = layer.tokens[k];
  const word = prose.slice(t.start, t.end).toLowerCase();
  const from = layer.sentences[Math.max(0, t.sentence - SENTENCES_BACK)].start;
  if (PERSONAL.has(word)) {
    const person = personReferredTo(layer, entities, k);
    return person ? { text: person.text, key: person.text.toLowerCase(), name: true, mention: person } : null;
  }
  if (!NEUTER.has(word)) return null;
  for (let j = k - 1; j >= 0 && layer.tokens[j].start >= from; j--) {
    const h = layer.tokens[j];
    const next = layer.tokens[j + 1];
    if ((h.pos !== 'NOUN' && h.pos !== 'PROPN') || skip(h) || (next && j + 1 < k && (next.pos === 'NOUN' || next.pos === 'PROPN'))) continue;
    const mention = lastBefore(entities, h.end, from, (m) => m.end >= h.end && m.start <= h.start);
    // A person between ("Rival Vela said its launch …") leaves "it" unsure: no antecedent rather than a guess past them.
    if (mention?.type === 'person') return null;
    const last = mention ? layer.tokenAt(mention.end - 1) : -1;
    if (mention) {
      const end = last < 0 ? mention.end : layer.tokens[nameEnd(layer, (i) => prose.slice(layer.tokens[i].start, layer.tokens[i].end), last)].end;
      const whole = prose.slice(mention.start, Math.max(end, mention.end));
      return { text: whole, key: whole.toLowerCase(), name: true, mention };
    }
    const written = prose.slice(h.start, h.end);
    if (h.pos === 'PROPN') {
      // A proper noun of no mention is a name unless it opens its sentence, where the tagger takes a capital for one
      // ("Engineers said …").
      let a = j;
      while (a - 1 >= 0 && layer.tokens[a - 1].pos === 'PROPN' && layer.tokens[a - 1].sentence === h.sentence) a--;
      if (a === layer.sentences[h.sentence].first) continue;
      const run = prose.slice(layer.tokens[a].start, h.end);
      return { text: run, key: run.toLowerCase(), name: true };
    }
    // A plural ("file-sharing systems") is no antecedent of "it": the one before it may be.
    if (h.pos === 'NOUN' && h.lemma !== written.toLowerCase()) continue;
    return { text: written, key: h.lemma, name: false };
  }
  return null;
}

/**
 * The last token of a name whose last word is token `b`: `b`, or the short number after it that ends the name
 * ("Half-Life 2", "Channel 4", "Windows 95"; a year never does).
 */
export function nameEnd(layer: Language, text: (k: number) => string, b: number): number {
  const next = layer.tokens[b + 1];
  return next && next.pos === 'NUM' && next.sentence === layer.tokens[b].sentence && text(b + 1).length <= 2 ? b + 1 : b;
}

/** The last of `sorted` (by start) starting in [floor, offset) that `ok` accepts. */
function lastBefore<T extends Named>(sorted: readonly T[], offset: number, floor: number, ok: (m: T) => boolean): T | null {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  for (let i = lo - 1; i >= 0 && sorted[i].start >= floor; i--) if (ok(sorted[i])) return sorted[i];
  return null;
}
