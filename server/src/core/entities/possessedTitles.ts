// Titles of works after their maker's possessive: "Monty Python's Always Look on the Bright Side of Life", "Led
// Zeppelin's Stairway to Heaven", "Queen's Who Wants to Live Forever", "Frank Sinatra's My Way". The recogniser reads
// pieces of such a title as names ("Always Look" a person, "Bright Side of Life" an organisation, "Heaven" a place;
// copy-desk review 57); LABELLING.md types a work `other`, which no rule flags. The title is read from the
// linguistic layer: the capitalised run after a possessive, with the function words a title holds, that shows it is
// no name by its shape.
import { languageOf, type Language } from '../language';
import { isCapitalised } from '../text/shape';
import { readWordList } from '../dataFiles';
import { isOfficeWord } from './refine';
import type { Article, EntityMention, Span } from '../types';

/** Parts of speech a title holds in lower case between its capitalised words ("to", "on the", "of"). */
const TITLE_FUNCTION_POS: ReadonlySet<string> = new Set(['ADP', 'DET', 'PART', 'AUX']);
/**
 * Parts of speech no name opens with, which a title may ("My Way", "Always Look …", "Who Wants …"). Not a verb: the
 * tagger reads names it does not know as verbs ("Ai Sugiyama", "Josh Lewsey", "SAP").
 */
const TITLE_OPENING_POS: ReadonlySet<string> = new Set(['PRON', 'ADV']);
/** The most lower-case words in a row inside a title ("on the"). */
const MAX_FUNCTION_RUN = 2;
/** Prepositions that set what follows in a place: a title's run stops before them ("Questions in the House of Commons"). */
const LOCATIVE: ReadonlySet<string> = new Set(['in', 'at']);
/** Possessive marks, as tokenised. */
const POSSESSIVES: ReadonlySet<string> = new Set(["'s", '’s', "'", '’']);

/**
 * Retypes `other` every untagged mention from the recogniser (`fromRecogniser`) that lies inside the title of a work
 * after its maker's possessive (titleAfterPossessive), each in a group of its own (a song called "Heaven" is not the
 * place named elsewhere). Mutates `mentions`; never throws.
 */
export function retypePossessedTitles(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const candidates = mentions.filter(fromRecogniser);
  if (candidates.length === 0) return;
  const layer = languageOf(article);
  const titles = new Map<number, Span | null>();
  for (const m of candidates) {
    const first = layer.tokenAt(m.start);
    if (first < 0) continue;
    const start = runStart(layer, article.prose, first);
    if (start < 0) continue;
    if (!titles.has(start)) titles.set(start, titleAfterPossessive(layer, article.prose, start, mentions));
    const title = titles.get(start);
    if (title && title.start <= m.start && m.end <= title.end && m.type !== 'other') {
      m.type = 'other';
      m.group = `${m.group}~title${m.start}`;
    }
  }
}

/** The first token of the capitalised run token `k` is in, reading left over capitalised words and a title's function words; -1 when none. */
function runStart(layer: Language, prose: string, k: number): number {
  const sentenceFirst = layer.sentences[layer.tokens[k].sentence].first;
  let start = k;
  for (let j = k - 1; j >= sentenceFirst;) {
    const t = layer.tokens[j];
    if (POSSESSIVES.has(prose.slice(t.start, t.end))) return start;
    if (isCapitalised(prose.slice(t.start, t.end))) {
      start = j--;
      continue;
    }
    let i = j;
    while (i >= sentenceFirst && j - i < MAX_FUNCTION_RUN && TITLE_FUNCTION_POS.has(layer.tokens[i].pos) && !isCapitalised(prose.slice(layer.tokens[i].start, layer.tokens[i].end))) i--;
    if (i === j || i < sentenceFirst || !isCapitalised(prose.slice(layer.tokens[i].start, layer.tokens[i].end))) return -1;
    j = i;
  }
  return -1;
}

/**
 * The title that opens at token `start`, right after the possessive of a name of `mentions` ("Monty Python's",
 * "the Guards'"): capitalised words joined by up to MAX_FUNCTION_RUN lower-case function words
 * (TITLE_FUNCTION_POS; not LOCATIVE), opening with no rank or courtesy title (data/titles.txt) and holding no office (refine.ts isOfficeWord), when its shape says it is a title,
 * not a person or body the owner has ("Microsoft's Bill Gates", "Labour's National Executive"): it opens with a word
 * no name opens with (TITLE_OPENING_POS: "My Way", "Always Look on …", "Who Wants to Live Forever"), or it holds a
 * function word and opens with a capitalised word inside no mention of `mentions` ("Stairway to Heaven"). Null
 * otherwise. Offsets are UTF-16 offsets into the prose.
 */
function titleAfterPossessive(layer: Language, prose: string, start: number, mentions: readonly EntityMention[]): Span | null {
  const sentenceLast = layer.sentences[layer.tokens[start].sentence].last;
  // A capitalised word before a possessive owns the next title ("Return to Sender over Madonna's Like a Prayer").
  const owner = (k: number) => k + 1 <= sentenceLast && POSSESSIVES.has(prose.slice(layer.tokens[k + 1].start, layer.tokens[k + 1].end));
  const capitalised = (k: number) => isCapitalised(prose.slice(layer.tokens[k].start, layer.tokens[k].end)) && layer.tokens[k].kind === 'word' && !owner(k);
  if (!capitalised(start)) return null;
  let end = start;
  let joined = false;
  for (let k = start + 1; k <= sentenceLast; k++) {
    if (capitalised(k)) {
      end = k;
      continue;
    }
    let j = k;
    while (j <= sentenceLast && j - k < MAX_FUNCTION_RUN && TITLE_FUNCTION_POS.has(layer.tokens[j].pos) && !capitalised(j) && !LOCATIVE.has(prose.slice(layer.tokens[j].start, layer.tokens[j].end))) j++;
    if (j === k || j > sentenceLast || !capitalised(j)) break;
    joined = true;
    end = j;
    k = j;
  }
  const opening = layer.tokens[start];
  // The maker: a name right before the possessive, tagged or not and whatever its type, so that tagging it changes
  // nothing here ("Monty Python's", ":org[U2]'s"; not "last June's").
  const mark = layer.tokens[start - 1];
  if (!mentions.some((m) => m.end <= mark.start && prose.slice(m.end, mark.start).trim() === '')) return null;
  // A rank or courtesy title opens a person's name, not a work's ("Brazil's President Lula da Silva").
  if (readWordList('titles.txt').has(prose.slice(opening.start, opening.end))) return null;
  // An office in the run names a post, not a work ("Labour's Chief Secretary to the Treasury"; refine.ts isOfficeWord, learned).
  for (let k = start; k <= end; k++) if (isOfficeWord(prose.slice(layer.tokens[k].start, layer.tokens[k].end))) return null;
  const named = mentions.some((m) => m.start <= opening.start && opening.end <= m.end);
  if (!TITLE_OPENING_POS.has(opening.pos) && !(joined && !named)) return null;
  return { start: opening.start, end: layer.tokens[end].end };
}
