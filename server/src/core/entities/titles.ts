// The whole title around a fragment the recogniser took from it. Titles of works are written in title case and run
// over small words ("Eternal Sunshine of the Spotless Mind", "The Phantom of the Opera"); the recogniser often reads
// only pieces of them ("Sunshine", "Spotless Mind"), and a cue before the title ("her role in") stands before the
// title's first word, not before the piece. Read from the linguistic layer's tokens.
import { readWordList } from '../dataFiles';
import { verbGroupAt, type Language, type Upos } from '../language';
import { isCapitalised } from '../text/shape';
import type { Span } from '../types';

/**
 * Lower-case words a title runs over between capitalised words ("of the", "and"). A closed class; prepositions that
 * also join a title to the words after it ("in Wales", "with Norah Jones", "from Spain") are left out.
 */
const TITLE_JOINERS = { has: (w: string) => readWordList('entity-title-joiners.txt').has(w) };

/** The longest run of lower-case joiners allowed inside a title ("of the"). */
const MAX_JOINERS = 2;

/**
 * The title-case run of words around `span` in its sentence: `span` widened left and right over capitalised words
 * and over up to MAX_JOINERS joiners (TITLE_JOINERS, or a subtitle's colon) that a capitalised word follows ("Sunshine" →
 * "Eternal Sunshine of the Spotless Mind", "San Andreas" → "Grand Theft Auto: San Andreas"). The run never takes its
 * sentence's first token (capitalised as a sentence start, not as a title), a courtesy or rank title, a possessive or
 * other punctuation. Returns the widened span (UTF-16 offsets into the prose); `span` itself when no token covers it.
 */
export function titleRun(layer: Language, prose: string, span: Span): Span {
  const first = layer.tokenAt(span.start);
  const last = layer.tokenAt(span.end - 1);
  if (first < 0 || last < 0) return span;
  const sentence = layer.sentences[layer.tokens[first].sentence];
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  // A courtesy or rank title (data/titles.txt; "The" excepted) opens a person's name, not a work's title: "the Today
  // programme Mr Johnson" has no title "Mr Johnson".
  const honorifics = readWordList('titles.txt');
  const titleWord = (k: number) => layer.tokens[k].kind === 'word' && isCapitalised(word(k)) && (word(k) === 'The' || !honorifics.has(word(k)));
  // A subtitle follows a colon ("Grand Theft Auto: San Andreas", "Dragon Quest: Heroes of Arden").
  const joiner = (k: number) => TITLE_JOINERS.has(word(k)) || word(k) === ':';
  let start = first;
  for (let k = first - 1; k > sentence.first;) {
    if (titleWord(k)) { start = k--; continue; }
    let j = k;
    while (j > sentence.first && k - j < MAX_JOINERS && joiner(j)) j--;
    if (j === k || j <= sentence.first || !titleWord(j)) break;
    start = j;
    k = j - 1;
  }
  let end = last;
  for (let k = last + 1, joiners = 0; k <= sentence.last; k++) {
    if (titleWord(k)) { end = k; joiners = 0; continue; }
    if (joiners >= MAX_JOINERS || !joiner(k)) break;
    joiners++;
  }
  return { start: layer.tokens[start].start, end: layer.tokens[end].end };
}

/** Words that may stand between an appositive's article and its head noun ("The Wedding Date, a romantic comedy"). */
const APPOSITIVE_REACH = 3;

/** Parts of speech after a title's appositive head noun that make it the subject of a clause, or no head at all. */
const APPOSITIVE_BLOCKERS: ReadonlySet<Upos> = new Set(['VERB', 'AUX', 'PART', 'NOUN']);
/**
 * What may follow the head noun that describes a body: the appositive's or sentence's end, a preposition or a relative
 * ("a UK oil firm, have", "the company behind", "an anti-Castro group that"); after a copula also a participle
 * ("is a non-profit organisation based in Bristol"). Not a name ("a former Clinton administration Cuba adviser").
 */
const BODY_HEAD_ENDS: ReadonlySet<Upos> = new Set(['PUNCT', 'ADP', 'PRON', 'SCONJ', 'DET']);
const BODY_HEAD_ENDS_AFTER_COPULA: ReadonlySet<Upos> = new Set([...BODY_HEAD_ENDS, 'VERB']);

/** Parts of speech of the words before an appositive's head noun, for a title ("a romantic comedy"). */
const WORK_MODIFIERS: ReadonlySet<Upos> = new Set(['ADJ', 'NOUN']);
/**
 * Parts of speech of the words before the head noun that describes a body: a participle or a proper adjective the
 * tagger reads as a verb or a name ("a fast-growing British conglomerate") or a number.
 */
export const BODY_MODIFIERS: ReadonlySet<Upos> = new Set(['ADJ', 'NOUN', 'PROPN', 'VERB', 'NUM']);

/**
 * Whether `run` (a name, or a title's run from titleRun) is followed by an appositive whose head is a noun `isHead`
 * accepts: ", a comedy starring …", ", the new film by …", ", a fast-growing British conglomerate,"; with `copula` (for
 * bodies), also "is a non-profit organisation", "was a unit of", and only what BODY_HEAD_ENDS holds after the noun. Reads the layer's tokens: a comma (or "is"/"was"), an article, up
 * to APPOSITIVE_REACH words of `modifiers`, then the head noun: no verb follows it, past adverbs (else it is the subject
 * of the next clause: "London, the show also won"), nor a possessive or a noun ("Mindark, the game's developer").
 */
/**
 * Whether what follows the appositive's head noun at layer token `head` (past adverbs) lets it stand as one: no verb
 * (a finite one makes the head the next clause's subject), possessive or noun; for a body after a copula or comma
 * (`bodyOpener`, else null), only what BODY_HEAD_ENDS or BODY_HEAD_ENDS_AFTER_COPULA holds.
 */
function endsAppositive(layer: Language, head: number, token: (k: number) => Language['tokens'][number] | undefined, bodyOpener: string | null): boolean {
  let next = head + 1;
  while (token(next)?.pos === 'ADV') next++;
  const after = token(next)?.pos ?? 'PUNCT';
  if (bodyOpener !== null) return (bodyOpener === ',' ? BODY_HEAD_ENDS : BODY_HEAD_ENDS_AFTER_COPULA).has(after);
  // "a comedy starring Debra Messing", "a film directed by Mike Nichols": a participle after the head modifies it.
  return !APPOSITIVE_BLOCKERS.has(after) || (after === 'VERB' && nonFinite(layer, next));
}

/** Whether the verb at layer token `k` heads a group with no tense and no modal (a participle or infinitive). */
function nonFinite(layer: Language, k: number): boolean {
  const g = verbGroupAt(layer, k);
  return !!g && g.first === k && g.tense === 'none' && g.modal === null;
}

export function appositiveWork(layer: Language, prose: string, run: Span, isHead: (noun: string) => boolean, modifiers = WORK_MODIFIERS, copula = false): boolean {
  const last = layer.tokenAt(run.end - 1);
  if (last < 0) return false;
  const sentence = layer.tokens[last].sentence;
  const token = (k: number) => (layer.tokens[k]?.sentence === sentence ? layer.tokens[k] : undefined);
  const opener = prose.slice(token(last + 1)?.start ?? 0, token(last + 1)?.end ?? 0);
  const opens = opener === ',' || (copula && token(last + 1)?.pos === 'AUX' && token(last + 1)?.lemma === 'be');
  if (!opens || token(last + 2)?.pos !== 'DET') return false;
  for (let k = last + 3; k <= last + 3 + APPOSITIVE_REACH; k++) {
    const t = token(k);
    if (!t || !modifiers.has(t.pos)) return false;
    // "Directed by Antoine Fuqua, the film was poorly received": a head noun its verb follows is the clause's subject.
    if (t.pos === 'NOUN' && isHead(prose.slice(t.start, t.end).toLowerCase())) return endsAppositive(layer, k, token, copula ? opener : null);
  }
  return false;
}
