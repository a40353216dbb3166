// Feature extraction shared by training and tagging: each token gets a list of hashed feature strings.
import { FNV_OFFSET, hashInt, hashMore, hashStr } from './hashing';
import { hasDigit, hasLetter, isCapitalised, isLowerInitial } from '../../text/shape';
import { hasNumber } from '../nameShape';

/** Gazetteer categories (bits of a lexicon entry). */
export const GAZ = { country: 1, capital: 2, city: 4, region: 8, demonym: 16, firstName: 32 } as const;
const MAX_GAZ_WORDS = 4;

/**
 * A lexicon entry packs: bits 0-7 gazetteer categories, 8-9 casing (1 mostly lower-case mid-sentence, 2 mixed,
 * 3 mostly capitalised), 10-19 fine word cluster + 1, 20-27 coarse word cluster + 1.
 */
export const lexGaz = (v: number) => v & 0xff;
export const lexCasing = (v: number) => (v >>> 8) & 3;
/** lexCasing of a word mostly capitalised mid-sentence. */
export const CASING_CAPITALISED = 3;
/** lexCasing of a word mostly in lower case mid-sentence. */
export const CASING_LOWER = 1;
/** lexCasing of a word written either way mid-sentence. */
export const CASING_MIXED = 2;
const lexFine = (v: number) => (v >>> 10) & 0x3ff;
const lexCoarse = (v: number) => (v >>> 20) & 0xff;
export const packLex = (gaz: number, casing: number, fine: number, coarse: number) =>
  (gaz & 0xff) | ((casing & 3) << 8) | ((fine & 0x3ff) << 10) | ((coarse & 0xff) << 20);

/** Lexicon keys: the lower-cased word or space-joined n-gram. */
export const lexKey = (lower: string) => hashStr(FNV_OFFSET, lower);

/** Case-sensitive lexicon keys, for all-capital codes (US, UK) that would otherwise match common words (us). */
export const exactKey = (word: string) => hashStr(FNV_OFFSET ^ 1, word);

export type Lexicon = (key: number) => number;

/** Document-level facts about a lower-cased word, from all its occurrences in the document. */
const DOC = { lowerMid: 1, capMid: 2, nameTail: 4, hyphenHead: 8 } as const;

const TEMPLATES = 46;
const TEMPLATE_SEEDS = Array.from({ length: TEMPLATES }, (_, t) => hashInt(FNV_OFFSET, t));
const seed = (t: number) => TEMPLATE_SEEDS[t];

const LOWER = /\p{Ll}/u;
const ACRONYM = /^(?:[A-Z]\.?){2,4}$/;
const NO_GAZ: readonly number[] = Object.freeze([]);

export { isCapitalised };

/** A sentence written in capitals (a CoNLL headline) carries no casing evidence. */
export function isAllCapsSentence(words: string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (LOWER.test(w)) return false;
    if (hasLetter(w)) letters++;
  }
  return letters > 0;
}

function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (LOWER.test(ch)) c = 'x';
    else if (isCapitalised(ch)) c = 'X';
    else if (hasLetter(ch)) c = 'a';
    else if (hasNumber(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** One distinct token string with what the features need to know about it, computed once. */
export interface WordForm {
  /** Dense number within its FormCache; 0 and 1 are the sentence boundaries. */
  id: number;
  word: string;
  lower: string;
  shape: string;
  /** Lexicon entry of the lower-cased word, -1 unknown; -2 for the sentence boundaries. */
  lex: number;
  /** lexKey(lower), the start of gazetteer n-gram keys. */
  lexHash: number;
  cap: boolean;
  letter: boolean;
  /** See hyphenTail(). */
  tail: string | null;
  /**
   * Hashes of the templates that pair this token with a neighbour, over this token's part (PAIR_17 = template 17 over
   * the lower-cased word...): each pair feature then hashes only the neighbour's string.
   */
  pairStarts: Uint32Array;
  /** Gazetteer categories of a short all-capital code (US, UAE), matched case-sensitively; 0 otherwise. */
  codeGaz: number;
}

const [PAIR_17, PAIR_18, PAIR_19, PAIR_20, PAIR_21, PAIR_22, PAIR_23] = [0, 1, 2, 3, 4, 5, 6];
function pairStarts(lower: string, shape: string): Uint32Array {
  return Uint32Array.of(
    hashStr(seed(17), lower), hashStr(seed(18), lower), hashStr(seed(19), shape), hashStr(seed(20), shape),
    hashStr(seed(21), shape), hashStr(seed(22), lower), hashStr(seed(23), shape),
  );
}

const boundary = (id: number, text: string): WordForm => ({
  id, word: text, lower: text, shape: text, lex: -2, lexHash: 0, cap: false, letter: false, tail: null,
  pairStarts: pairStarts(text, text), codeGaz: 0,
});
export const BOS = boundary(0, '<s>');
export const EOS = boundary(1, '</s>');

/** Interns token strings as WordForms (for one document, or across documents: nothing in a form is document-specific). */
export class FormCache {
  private readonly forms = new Map<string, WordForm>();
  private nextId = 2;

  constructor(private readonly lexicon: Lexicon) {}

  /** Number of ids handed out, boundaries included. */
  get size(): number {
    return this.nextId;
  }

  get(word: string): WordForm {
    let f = this.forms.get(word);
    if (f !== undefined) return f;
    const lower = word.toLowerCase();
    const lexHash = lexKey(lower);
    const cap = isCapitalised(word);
    // An unknown code reads as all categories (lexGaz(-1)): the shipped model was trained that way.
    const codeGaz = cap && word.length <= 3 && word === word.toUpperCase() ? lexGaz(this.lexicon(exactKey(word))) : 0;
    const shape = shapeOf(word);
    const lex = this.lexicon(lexHash);
    f = {
      id: this.nextId++, word, lower, shape, lex, lexHash, cap, letter: hasLetter(word), tail: hyphenTail(lower),
      pairStarts: pairStarts(lower, shape), codeGaz,
    };
    this.forms.set(word, f);
    return f;
  }
}

/** What the feature extractor needs to know about one sentence, prepared once. */
export interface SentenceView {
  forms: WordForm[];
  /** Gazetteer categories per token with the token's place in the longest match: bits = cat << 2 | (0 B,1 I,2 L,3 U). */
  gaz: (readonly number[])[];
  allCaps: boolean;
}

export function viewSentence(words: string[], lexicon: Lexicon, cache = new FormCache(lexicon)): SentenceView {
  const n = words.length;
  const forms = words.map((w) => cache.get(w));
  const gaz: (readonly number[])[] = new Array(n).fill(NO_GAZ);
  const addGaz = (i: number, g: number) => { gaz[i] = gaz[i] === NO_GAZ ? [g] : [...gaz[i], g]; };
  const allCaps = isAllCapsSentence(words);
  for (let i = 0; i < n; i++) {
    if (!forms[i].cap) continue;
    if (!allCaps) {
      const cats = forms[i].codeGaz;
      for (let c = 0; c < 8; c++) if (cats & (1 << c)) addGaz(i, (c << 2) | 3 | 64);
    }
    // Keys of longer n-grams continue the hash of the shorter ones: lexKey('a b') = lexKey('a') then ' b'.
    let key = 0;
    for (let len = 1; len <= MAX_GAZ_WORDS && i + len <= n; len++) {
      key = len === 1 ? forms[i].lexHash : hashMore(hashMore(key, ' '), forms[i + len - 1].lower);
      const v = lexicon(key);
      if (v < 0) continue;
      const cats = lexGaz(v);
      for (let c = 0; c < 8; c++) {
        if (!(cats & (1 << c))) continue;
        for (let k = 0; k < len; k++) {
          const pos = len === 1 ? 3 : k === 0 ? 0 : k === len - 1 ? 2 : 1;
          addGaz(i + k, (c << 2) | pos | (len > 1 ? 32 : 0));
        }
      }
    }
  }
  return { forms, gaz, allCaps };
}

/** Collects per-document casing facts over all sentences of a document: word → DOC bits. */
export function documentFacts(sentences: SentenceView[]): Map<string, number> {
  const facts = new Map<string, number>();
  for (const s of sentences) sentenceFacts(s, (w, bit) => facts.set(w, (facts.get(w) ?? 0) | bit));
  return facts;
}

/** The casing facts one sentence gives its document, each as `add(word, DOC bit)` (a word may come more than once). */
function sentenceFacts(s: SentenceView, add: (w: string, bit: number) => void): void {
  if (s.allCaps) return;
  for (let i = 0; i < s.forms.length; i++) {
    const f = s.forms[i];
    if (!f.letter) continue;
    const w = f.word;
    if (i > 0 && !f.cap) add(f.lower, DOC.lowerMid);
    if (i > 0 && f.cap && !isOpeningQuote(s.forms[i - 1].word)) add(f.lower, DOC.capMid);
    if (f.cap && i > 0 && s.forms[i - 1].cap) add(f.lower, DOC.nameTail);
    const dash = w.lastIndexOf('-');
    if (dash > 0 && !f.cap && isCapitalised(w.slice(dash + 1))) add(f.lower.slice(dash + 1), DOC.nameTail);
    const first = w.indexOf('-');
    if (first > 0 && f.cap && isLowerInitial(w.slice(first + 1))) add(f.lower.slice(0, first), DOC.hyphenHead);
  }
}

/** Bits of DOC, for counting each one apart. */
const DOC_BITS = [DOC.lowerMid, DOC.capMid, DOC.nameTail, DOC.hyphenHead];

/**
 * documentFacts kept up to date from one document to the next: each sentence's facts are counted in (or out) by how
 * many times it is in the document, so a keystroke costs the sentences it changed. `facts` is the same map as
 * documentFacts would build for the sentences last given to update().
 */
export class DocumentFactTally {
  readonly facts = new Map<string, number>();
  private readonly counts = new Map<string, Int32Array>();
  private sentences = new Map<object, { view: SentenceView; n: number }>();
  private readonly listed = new WeakMap<object, [string, number][]>();

  /** Makes `facts` those of `sentences` (each a key object, the same for the same sentence, and its view). */
  update(sentences: readonly { key: object; view: SentenceView }[]): void {
    const next = new Map<object, { view: SentenceView; n: number }>();
    for (const s of sentences) {
      const seen = next.get(s.key);
      if (seen) seen.n++;
      else next.set(s.key, { view: s.view, n: 1 });
    }
    for (const [key, { view, n }] of next) {
      const was = this.sentences.get(key)?.n ?? 0;
      if (n !== was) this.apply(key, view, n - was);
    }
    for (const [key, { view, n }] of this.sentences) if (!next.has(key)) this.apply(key, view, -n);
    this.sentences = next;
  }

  private apply(key: object, view: SentenceView, times: number): void {
    let list = this.listed.get(key);
    if (!list) {
      const collected: [string, number][] = [];
      sentenceFacts(view, (w, bit) => collected.push([w, bit]));
      this.listed.set(key, (list = collected));
    }
    for (const [w, bit] of list) {
      let c = this.counts.get(w);
      if (!c) this.counts.set(w, (c = new Int32Array(DOC_BITS.length)));
      const k = DOC_BITS.indexOf(bit as (typeof DOC_BITS)[number]);
      c[k] += times;
      let bits = 0;
      for (let b = 0; b < DOC_BITS.length; b++) if (c[b] > 0) bits |= DOC_BITS[b];
      if (bits) this.facts.set(w, bits);
      else { this.facts.delete(w); this.counts.delete(w); }
    }
  }
}

function isOpeningQuote(w: string): boolean {
  return w === '"' || w === "'" || w === '(' || w === '--' || w === ':';
}

/** Fine cluster of a neighbour's lexicon entry: -2 outside the sentence, 0 unknown. */
function clusterOf(v: number): number {
  return v === -2 ? -2 : v < 0 ? 0 : lexFine(v);
}

const digitNorm = (w: string) => (hasDigit(w) ? zeroDigits(w) : w);

/** `w` with every ASCII digit written 0 ("1.13" → "0.00"). */
function zeroDigits(w: string): string {
  let out = '';
  for (const ch of w) out += ch >= '0' && ch <= '9' ? '0' : ch;
  return out;
}

/** The position class of token i: 'first', 'caps' (inside an all-capitals sentence) or 'mid'. */
function positionOf(s: SentenceView, i: number): Position {
  return i === 0 ? 'first' : s.allCaps ? 'caps' : 'mid';
}
export type Position = 'first' | 'caps' | 'mid';

/*
 * The features of a token fall into groups by what they depend on, so that the tagger can add up the weights of the
 * groups that depend on one word form once per form and reuse the sums.
 */

/** Features of a token that depend only on its own form and its position class. */
export function wordFeatures(f: WordForm, pos: Position, lexicon: Lexicon, emit: (h: number) => void): void {
  const w = f.word;
  const lw = f.lower;
  const shape = f.shape;
  emit(seed(0));
  emit(hashStr(seed(1), digitNorm(w)));
  emit(hashStr(seed(2), digitNorm(lw)));
  emit(hashStr(seed(3), shape));
  emit(hashStr(hashStr(seed(4), shape), pos));
  const len = lw.length;
  for (let k = 1; k <= 4 && k < len; k++) {
    emit(hashStr(seed(4 + k), lw.slice(0, k)));
    emit(hashStr(seed(8 + k), lw.slice(len - k)));
  }
  // Acronyms with and without periods (U.S. in Reuters copy, US elsewhere) share a feature.
  if (ACRONYM.test(w)) emit(hashStr(seed(45), w.replaceAll('.', '')));

  const lex = f.lex;
  const casing = lex < 0 ? 0 : lexCasing(lex);
  emit(hashInt(hashStr(hashStr(seed(25), pos), f.cap ? 'C' : 'c'), casing));
  const fine = lex < 0 ? 0 : lexFine(lex);
  const coarse = lex < 0 ? 0 : lexCoarse(lex);
  emit(hashInt(seed(26), fine));
  emit(hashInt(seed(27), coarse));
  emit(hashInt(hashStr(seed(28), shape), coarse));

  // The parts of a hyphenated word (al-Sudani, Iran-backed, Shiite-majority) carry most of its meaning.
  const dash = lw.indexOf('-');
  if (dash > 0 && dash < lw.length - 1) {
    const head = lw.slice(0, dash);
    const tail = lw.slice(lw.lastIndexOf('-') + 1);
    emit(hashStr(seed(37), head));
    emit(hashStr(seed(38), tail));
    emit(hashStr(hashStr(seed(39), shapeOf(w.slice(0, dash))), shapeOf(w.slice(w.lastIndexOf('-') + 1))));
    const headLex = lexicon(lexKey(head));
    const tailLex = lexicon(lexKey(tail));
    emit(hashInt(seed(40), headLex < 0 ? 0 : lexGaz(headLex)));
    emit(hashInt(seed(41), tailLex < 0 ? 0 : lexGaz(tailLex)));
    emit(hashInt(seed(42), tailLex < 0 ? 0 : lexFine(tailLex)));
    emit(hashInt(hashStr(seed(43), shape), headLex < 0 ? 0 : lexCasing(headLex)));
  }
}

/** The document facts (DOC bits) of a capitalised token's lower-cased form, in a position class. */
export function capitalFactsFeature(pos: Position, facts: number): number {
  return hashInt(hashStr(seed(35), pos), facts);
}

/** The part after the last hyphen of a hyphenated word (al-sudani → sudani), or null. */
function hyphenTail(lower: string): string | null {
  const dash = lower.indexOf('-');
  return dash > 0 && dash < lower.length - 1 ? lower.slice(lower.lastIndexOf('-') + 1) : null;
}

/** For a hyphenated token: the document facts of its tail, plus 8 when it is capitalised. */
export function hyphenFactsFeature(value: number): number {
  return hashInt(seed(44), value);
}

/** The document-dependent features of a token. */
function documentFeatures(f: WordForm, pos: Position, doc: Map<string, number>, emit: (h: number) => void): void {
  if (f.cap) emit(capitalFactsFeature(pos, doc.get(f.lower) ?? 0));
  if (f.tail !== null) emit(hyphenFactsFeature((doc.get(f.tail) ?? 0) | (f.cap ? 8 : 0)));
}

/** Features of a token that depend only on the token before it (BOS at the start of a sentence). */
export function previousWordFeatures(a: WordForm, emit: (h: number) => void): void {
  emit(hashStr(seed(13), a.lower));
  if (a !== BOS) emit(hashStr(seed(24), a.word));
  emit(hashInt(seed(29), clusterOf(a.lex)));
}

/** Features of a token that depend only on the token after it (EOS at the end of a sentence). */
export function nextWordFeatures(c: WordForm, emit: (h: number) => void): void {
  emit(hashStr(seed(14), c.lower));
  emit(hashInt(seed(30), clusterOf(c.lex)));
}

/** The feature of a token that depends on the token two before (BOS if none). */
export function secondLeftFeature(a: WordForm): number {
  return hashStr(seed(15), a.lower);
}

/** The feature of a token that depends on the token two after (EOS if none). */
export function secondRightFeature(c: WordForm): number {
  return hashStr(seed(16), c.lower);
}

/** The shape trigram around token b. */
export function shapeTrigramFeature(a: WordForm, b: WordForm, c: WordForm): number {
  return hashStr(hashStr(a.pairStarts[PAIR_21], b.shape), c.shape);
}

/** Features of token b that depend on it together with the token before it (a, BOS at the start of a sentence). */
export function leftPairFeatures(a: WordForm, b: WordForm, pos: Position, emit: (h: number) => void): void {
  emit(hashStr(a.pairStarts[PAIR_17], b.lower));
  emit(hashStr(a.pairStarts[PAIR_19], b.shape));
  emit(hashStr(a.pairStarts[PAIR_22], b.shape));
  const fine = b.lex < 0 ? 0 : lexFine(b.lex);
  emit(hashInt(hashInt(seed(31), clusterOf(a.lex)), fine));
  // A usually lower-case word capitalised inside a run of capitalised words is likely part of a name (Islamic State).
  if (a !== BOS && b.cap && pos === 'mid' && a.cap) {
    const casing = b.lex < 0 ? 0 : lexCasing(b.lex);
    emit(hashInt(hashInt(seed(36), casing), a.lex < 0 ? 0 : lexCasing(a.lex)));
  }
}

/** Features of token b that depend on it together with the token after it (c, EOS at the end of a sentence). */
export function rightPairFeatures(b: WordForm, c: WordForm, emit: (h: number) => void): void {
  emit(hashStr(b.pairStarts[PAIR_18], c.lower));
  emit(hashStr(b.pairStarts[PAIR_20], c.shape));
  emit(hashStr(b.pairStarts[PAIR_23], c.lower));
}

/** Gazetteer features: `place` -1, 0 or 1 for the previous, own or next token's gazetteer code g. */
export function gazFeature(place: -1 | 0 | 1, g: number): number {
  return hashInt(seed(place === 0 ? 32 : place < 0 ? 33 : 34), g);
}

/** Calls emit(hash) for every feature of token i. */
export function extractFeatures(
  s: SentenceView,
  i: number,
  doc: Map<string, number>,
  lexicon: Lexicon,
  emit: (h: number) => void,
): void {
  const n = s.forms.length;
  const f = s.forms[i];
  const pos = positionOf(s, i);
  wordFeatures(f, pos, lexicon, emit);
  documentFeatures(f, pos, doc, emit);
  const prev = i > 0 ? s.forms[i - 1] : BOS;
  const next = i + 1 < n ? s.forms[i + 1] : EOS;
  previousWordFeatures(prev, emit);
  nextWordFeatures(next, emit);
  emit(secondLeftFeature(i > 1 ? s.forms[i - 2] : BOS));
  emit(secondRightFeature(i + 2 < n ? s.forms[i + 2] : EOS));
  emit(shapeTrigramFeature(prev, f, next));
  leftPairFeatures(prev, f, pos, emit);
  rightPairFeatures(f, next, emit);
  for (const g of s.gaz[i]) emit(gazFeature(0, g));
  if (i > 0) for (const g of s.gaz[i - 1]) emit(gazFeature(-1, g));
  if (i + 1 < n) for (const g of s.gaz[i + 1]) emit(gazFeature(1, g));
}
