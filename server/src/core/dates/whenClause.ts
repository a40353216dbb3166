// A "when" clause a date introduces ("in 1968, when Russian troops swept through Prague"): the clause happens at the
// date, so its verb's tense must agree with the date's side of publication. Read from the linguistic layer.
import { firstTokenEndingAfter, languageOf, verbGroupAt, type VerbGroup } from '../language';
import type { Article, Span } from '../types';

/** How many tokens after "when" its clause's verb group may start ("when the Israelis' armed forces created"). */
const CLAUSE_REACH = 8;

/** Marks that may stand between a date and its "when" ("in 1968, when", "Since 1985 _ when", "in 1968 — when"). */
const JOINING_MARKS = new Set([',', '_', '-', '–', '—']);

/**
 * The verb group of the "when" clause right after span `d` (a date mention, offsets into the article text): "when",
 * after at most one comma or dash, then the clause's first verb group within CLAUSE_REACH tokens, in the same sentence.
 * Null when no "when" follows the date, or when a verb group stands in its clause with no subject before it ("when
 * asked"). Throws nothing.
 */
export function whenClauseVerb(article: Article, d: Span): VerbGroup | null {
  const layer = languageOf(article);
  const tokens = layer.tokens;
  const word = (i: number) => article.prose.slice(tokens[i].start, tokens[i].end).toLowerCase();
  const last = firstTokenEndingAfter(layer, d.end - 1);
  let k = last + 1;
  if (last < 0 || k >= tokens.length) return null;
  if (JOINING_MARKS.has(word(k))) k++;
  if (k >= tokens.length || word(k) !== 'when' || tokens[k].sentence !== tokens[last].sentence) return null;
  for (let i = k + 1; i < Math.min(tokens.length, k + 1 + CLAUSE_REACH) && tokens[i].sentence === tokens[k].sentence; i++) {
    const g = verbGroupAt(layer, i);
    if (g) return i > k + 1 ? g : null;
  }
  return null;
}

/** Whether verb group `g` is a future made with will or shall ("will sweep", "’ll open"), not perfect, no other modal. */
export function isWillFuture(article: Article, g: VerbGroup): boolean {
  const first = languageOf(article).tokens[g.first];
  return g.tense === 'future' && !g.perfect && !g.modal && (first.lemma === 'will' || first.lemma === 'shall');
}
