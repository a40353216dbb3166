// The part-of-speech tagger under the linguistic layer: wink-nlp with wink-eng-lite-web-model (both MIT, pure
// JavaScript, no file access at run time), measured against the alternatives in scripts/eval-pos.ts and the README.
import winkNLP from 'wink-nlp';
import { startsWithIgnoringCase } from '../text/names';
import { hasLetter } from '../text/shape';
import { winkModel } from './winkModel';

/** Universal POS tags (Universal Dependencies v2), as wink-eng-lite-web-model writes them. */
export type Upos =
  | 'ADJ' | 'ADP' | 'ADV' | 'AUX' | 'CCONJ' | 'DET' | 'INTJ' | 'NOUN' | 'NUM' | 'PART' | 'PRON' | 'PROPN' | 'PUNCT' | 'SCONJ' | 'SYM' | 'VERB' | 'X' | 'SPACE';

/**
 * What a token is, before its part of speech: a word, a number, punctuation, or one of the units a news text holds
 * that a word tokeniser would break (an e-mail address, a URL, a social-media handle or hashtag, an emoji).
 */
export type TokenKind = 'word' | 'number' | 'punctuation' | 'email' | 'url' | 'handle' | 'hashtag' | 'emoji' | 'symbol' | 'currency' | 'other';

/** One tagged token; `start`/`end` are UTF-16 offsets into the tagged string. */
export interface TaggedToken {
  start: number;
  end: number;
  kind: TokenKind;
  pos: Upos;
  /** Lower-case lemma ("said" → "say", "’ll" → "will", "n't" → "not"). */
  lemma: string;
}

/** A tagged string: its tokens in order, and its sentences as [first, last] token indices (inclusive). */
export interface Tagged {
  tokens: TaggedToken[];
  sentences: [number, number][];
}

type Nlp = ReturnType<typeof winkNLP>;
let nlp: Nlp | null = null;

/**
 * The tagger, loaded on first use (about 150 ms: the model is decoded from the bundled JavaScript). The model
 * package reads its files when it is required, so it is required then (winkModel), not imported: a process that never
 * tags (a CLI run answered from its cache, the main thread of `--jobs`) never pays for it.
 */
function tagger(): Nlp {
  nlp ??= winkNLP(winkModel() as Parameters<typeof winkNLP>[0], ['sbd', 'pos']);
  return nlp;
}

const KINDS: Record<string, TokenKind> = {
  word: 'word', number: 'number', punctuation: 'punctuation', email: 'email', url: 'url', mention: 'handle',
  hashtag: 'hashtag', emoji: 'emoji', emoticon: 'emoji', symbol: 'symbol', currency: 'currency', ordinal: 'number',
  quoted_phrase: 'other', time: 'number', tabCRLF: 'other',
};

/** "I'm", "I’m": the one pronoun and clitic the tagger's model keeps as one token. */
const FIRST_PERSON_BE = new Set(["I'm", 'I’m']);
/** Sentence-final punctuation a URL or an e-mail address does not end with ("see https://x.example/a." ends at "a"). */
const TRAILING_PUNCTUATION = '.,;:!?)]\'"’”';

/** Where the run of TRAILING_PUNCTUATION that ends `value` starts (`value.length` when it ends with none). */
function trailingPunctuationAt(value: string): number {
  let k = value.length;
  while (k > 0 && TRAILING_PUNCTUATION.includes(value[k - 1])) k--;
  return k;
}

/**
 * The longest piece of text handed to the tagger at once (UTF-16 code units). The tagger is near linear on prose
 * (18,500 words in 40 ms) but not on runs without spaces (handled by MAX_RUN) nor on unbounded input.
 */
const MAX_PIECE = 20000;
/** The second half of a surrogate pair (a UTF-16 code unit). */
const isLowSurrogate = (unit: number) => unit >= 0xdc00 && unit <= 0xdfff;
/** A run without white space longer than this is one token, not tagged (the tagger is quadratic on "*a*a*a…"). */
const MAX_RUN = 100;
const LONG_RUN = new RegExp(`\\S{${MAX_RUN + 1},}`, 'g');
/** Where a piece may end: after sentence punctuation (and closing quotes or brackets) and white space. */
const SENTENCE_END = /[.!?]["'’”)\]]*\s+/g;
/** Where a piece may end when no sentence does: after a comma, semicolon or closing bracket and white space. */
const CLAUSE_END = /[,;)\]]\s+/g;

/**
 * Tags `text`: tokens with UTF-16 offsets, Universal POS and lemma, and sentences. Deterministic; never throws on
 * any string. A URL, an e-mail address or a number with a suffix ("£250m.") keeps no trailing sentence punctuation:
 * it becomes a token of its own. Time is linear in the length: the text is tagged in pieces of at most MAX_PIECE code units, cut at a
 * sentence end where there is one (else at white space; a piece boundary is a sentence boundary), and a run of
 * more than MAX_RUN characters without white space is one token of kind "url", "email" or "other" (POS "X"), and
 * a sentence of its own (cut into tokens of MAX_PIECE when longer).
 */
export function tagText(text: string): Tagged {
  const out: Tagged = { tokens: [], sentences: [] };
  let at = 0;
  const add = (start: number, end: number) => {
    if (end <= start) return;
    const piece = tagPiece(text.slice(start, end));
    const base = out.tokens.length;
    for (const t of piece.tokens) out.tokens.push({ ...t, start: t.start + start, end: t.end + start });
    for (const [a, b] of piece.sentences) out.sentences.push([a + base, b + base]);
  };
  const addPieces = (start: number, end: number) => {
    while (end - start > MAX_PIECE) {
      let cut = -1;
      const window = text.slice(start, start + MAX_PIECE);
      SENTENCE_END.lastIndex = 0;
      for (let m = SENTENCE_END.exec(window); m; m = SENTENCE_END.exec(window)) cut = start + m.index + m[0].length;
      // No sentence end: after a comma, semicolon or closing bracket ("Gordon Ross (Leeds Tykes), Jon Dunbar"), so
      // that a name is not cut in two; else at any white space.
      if (cut <= start) {
        CLAUSE_END.lastIndex = 0;
        for (let m = CLAUSE_END.exec(window); m; m = CLAUSE_END.exec(window)) cut = start + m.index + m[0].length;
      }
      if (cut <= start) {
        cut = text.lastIndexOf(' ', start + MAX_PIECE);
        if (cut <= start) cut = start + MAX_PIECE;
      }
      add(start, cut);
      start = cut;
    }
    add(start, end);
  };
  LONG_RUN.lastIndex = 0;
  for (let m = LONG_RUN.exec(text); m; m = LONG_RUN.exec(text)) {
    addPieces(at, m.index);
    const run = m[0];
    const kind: TokenKind = ['http://', 'https://', 'www.'].some((p) => startsWithIgnoringCase(run, p)) ? 'url' : /^[^@\s]+@[^@\s]+\.[a-z]{2,}$/i.test(run) ? 'email' : 'other';
    // A run longer than MAX_PIECE is cut into tokens of that size (never inside a surrogate pair), each a sentence,
    // so that no sentence outgrows what the checks scan around a mention.
    for (let from = m.index, end = m.index + run.length; from < end; ) {
      let to = Math.min(end, from + MAX_PIECE);
      if (to < end && isLowSurrogate(text.charCodeAt(to))) to--;
      out.tokens.push({ start: from, end: to, kind, pos: 'X', lemma: text.slice(from, to).toLowerCase() });
      out.sentences.push([out.tokens.length - 1, out.tokens.length - 1]);
      from = to;
    }
    at = m.index + run.length;
  }
  addPieces(at, text.length);
  return out;
}

/** One piece through the tagger (see tagText). */
function tagPiece(text: string): Tagged {
  const its = tagger().its;
  const doc = tagger().readDoc(text);
  const all = doc.tokens();
  const values = all.out(its.value) as string[];
  const pos = all.out(its.pos) as string[];
  const lemmas = all.out(its.lemma as unknown as typeof its.value) as string[]; // wink-nlp's typings reject its.lemma in out()
  const types = all.out(its.type) as string[];
  const tokens: TaggedToken[] = [];
  // The tagger's token index → our first and last token (-1 when dropped): sentences are given in its indices.
  const ours = new Int32Array(values.length).fill(-1);
  const oursLast = new Int32Array(values.length).fill(-1);
  let at = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i];
    const start = text.indexOf(value, at);
    // White space is no token (the tagger makes one of a line break: "year.\nIran" would read as one sentence).
    if (start < 0 || value.trim().length === 0) continue;
    const end = start + value.length;
    at = end;
    const kind = KINDS[types[i]] ?? 'other';
    ours[i] = tokens.length;
    // "£250m." and "10km." end a sentence: a number takes no abbreviation's full stop.
    const previous = tokens[tokens.length - 1];
    const numberSuffix = value.length > 1 && value.endsWith('.') && [...value.slice(0, -1)].every((c) => hasLetter(c)) && previous !== undefined && previous.kind === 'number' && previous.end === start;
    const tail = kind === 'url' || kind === 'email' ? trailingPunctuationAt(value) : /^\p{N}.*\p{L}\.$/u.test(value) || numberSuffix ? value.length - 1 : value.length;
    if (FIRST_PERSON_BE.has(value)) {
      // wink-eng-lite-web-model 1.8.1 keeps "I'm" (either apostrophe) as one PROPN token, though it splits every
      // other pronoun's clitic ("I'll", "you're"): split it the same way.
      tokens.push({ start, end: start + 1, kind, pos: 'PRON', lemma: 'i' });
      tokens.push({ start: start + 1, end, kind, pos: 'AUX', lemma: 'be' });
    } else if (tail > 0 && tail < value.length) {
      tokens.push({ start, end: start + tail, kind, pos: pos[i] as Upos, lemma: value.slice(0, tail).toLowerCase() });
      for (let k = start + tail; k < end; k++) tokens.push({ start: k, end: k + 1, kind: 'punctuation', pos: 'PUNCT', lemma: text[k] });
    } else {
      tokens.push({ start, end, kind, pos: pos[i] as Upos, lemma: (lemmas[i] ?? value).toLowerCase() });
    }
    oursLast[i] = tokens.length - 1;
  }
  const sentences: [number, number][] = [];
  for (const [first, last] of doc.sentences().out(its.span) as unknown as [number, number][]) {
    let a = first;
    while (a <= last && ours[a] < 0) a++;
    let b = last;
    while (b >= a && ours[b] < 0) b--;
    if (a <= b) sentences.push([ours[a], oursLast[b]]);
  }
  return { tokens, sentences };
}
