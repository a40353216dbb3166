// The whole title around a fragment the recogniser took from it. Titles of works are written in title case and run
// over small words ("Eternal Sunshine of the Spotless Mind", "The Phantom of the Opera"); the recogniser often reads
// only pieces of them ("Sunshine", "Spotless Mind"), and a cue before the title ("her role in") stands before the
// title's first word, not before the piece. Read from the linguistic layer's tokens.
import { readWordList } from '../dataFiles';
import type { Language } from '../language';
import { isCapitalised } from '../text/shape';
import type { Span } from '../types';

/**
 * Lower-case words a title runs over between capitalised words ("of the", "and"). A closed class; prepositions that
 * also join a title to the words after it ("in Wales", "with Norah Jones", "from Spain") are left out.
 */
const TITLE_JOINERS = new Set(['of', 'the', 'and', 'a', 'an']);

/** The longest run of lower-case joiners allowed inside a title ("of the"). */
const MAX_JOINERS = 2;

/**
 * The title-case run of words around `span` in its sentence: `span` widened left and right over capitalised words
 * and over up to MAX_JOINERS joiners (TITLE_JOINERS) that a capitalised word follows ("Sunshine" → "Eternal Sunshine of
 * the Spotless Mind"). The run never takes its sentence's first token (capitalised as a sentence start, not as a
 * title), a courtesy or rank title, a possessive or punctuation. Returns the widened span (UTF-16 offsets into the prose); `span` itself when
 * no token covers it.
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
  let start = first;
  for (let k = first - 1; k > sentence.first;) {
    if (titleWord(k)) { start = k--; continue; }
    let j = k;
    while (j > sentence.first && k - j < MAX_JOINERS && TITLE_JOINERS.has(word(j))) j--;
    if (j === k || j <= sentence.first || !titleWord(j)) break;
    start = j;
    k = j - 1;
  }
  let end = last;
  for (let k = last + 1, joiners = 0; k <= sentence.last; k++) {
    if (titleWord(k)) { end = k; joiners = 0; continue; }
    if (joiners >= MAX_JOINERS || !TITLE_JOINERS.has(word(k))) break;
    joiners++;
  }
  return { start: layer.tokens[start].start, end: layer.tokens[end].end };
}

/** Words that may stand between an appositive's article and its work noun ("The Wedding Date, a romantic comedy"). */
const APPOSITIVE_REACH = 3;

/**
 * Whether the title `run` (from titleRun) is followed by an appositive whose head is a work noun of `works`: ", a
 * comedy starring …", ", the new film by …". Reads the layer's tokens: a comma, an article, up to APPOSITIVE_REACH
 * adjectives or nouns, then the work noun as the appositive's head: no verb follows it, past adverbs (else it is the subject of the next
 * clause: "London, the show also won"), nor a possessive or a noun ("Mindark, the game's developer").
 */
export function appositiveWork(layer: Language, prose: string, run: Span, works: ReadonlySet<string>): boolean {
  const last = layer.tokenAt(run.end - 1);
  if (last < 0) return false;
  const sentence = layer.tokens[last].sentence;
  const token = (k: number) => (layer.tokens[k]?.sentence === sentence ? layer.tokens[k] : undefined);
  if (prose.slice(token(last + 1)?.start ?? 0, token(last + 1)?.end ?? 0) !== ',' || token(last + 2)?.pos !== 'DET') return false;
  for (let k = last + 3; k <= last + 3 + APPOSITIVE_REACH; k++) {
    const t = token(k);
    if (!t || (t.pos !== 'ADJ' && t.pos !== 'NOUN')) return false;
    // "Directed by Antoine Fuqua, the film was poorly received": a work noun its verb follows is the clause's subject.
    if (t.pos === 'NOUN' && works.has(prose.slice(t.start, t.end).toLowerCase())) {
      let next = k + 1;
      while (token(next)?.pos === 'ADV') next++;
      return !['VERB', 'AUX', 'PART', 'NOUN'].includes(token(next)?.pos ?? '');
    }
  }
  return false;
}
