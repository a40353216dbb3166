// Feature extraction shared by training and tagging: each token gets a list of hashed feature strings.
import { FNV_OFFSET, hashInt, hashStr } from './hashing';

/** Gazetteer categories (bits of a lexicon entry). */
export const GAZ = { country: 1, capital: 2, city: 4, region: 8, demonym: 16, firstName: 32 } as const;
export const GAZ_NAMES = Object.keys(GAZ) as (keyof typeof GAZ)[];
export const MAX_GAZ_WORDS = 4;

/**
 * A lexicon entry packs: bits 0-7 gazetteer categories, 8-9 casing (1 mostly lower-case mid-sentence, 2 mixed,
 * 3 mostly capitalised), 10-19 fine word cluster + 1, 20-27 coarse word cluster + 1.
 */
export const lexGaz = (v: number) => v & 0xff;
export const lexCasing = (v: number) => (v >>> 8) & 3;
export const lexFine = (v: number) => (v >>> 10) & 0x3ff;
export const lexCoarse = (v: number) => (v >>> 20) & 0xff;
export const packLex = (gaz: number, casing: number, fine: number, coarse: number) =>
  (gaz & 0xff) | ((casing & 3) << 8) | ((fine & 0x3ff) << 10) | ((coarse & 0xff) << 20);

/** Lexicon keys: the lower-cased word or space-joined n-gram. */
export const lexKey = (lower: string) => hashStr(FNV_OFFSET, lower);

/** Case-sensitive lexicon keys, for all-capital codes (US, UK) that would otherwise match common words (us). */
export const exactKey = (word: string) => hashStr(FNV_OFFSET ^ 1, word);

export type Lexicon = (key: number) => number;

/** Document-level facts about a lower-cased word, from all its occurrences in the document. */
export const DOC = { lowerMid: 1, capMid: 2, nameTail: 4, hyphenHead: 8 } as const;

const TEMPLATE_SEEDS: number[] = [];
const seed = (t: number) => (TEMPLATE_SEEDS[t] ??= hashInt(FNV_OFFSET, t));

const LOWER = /\p{Ll}/u;
const UPPER = /^\p{Lu}/u;
const LOWER_START = /^\p{Ll}/u;
const ACRONYM = /^(?:[A-Z]\.?){2,4}$/;
const NO_GAZ: readonly number[] = Object.freeze([]);

export function isCapitalised(w: string): boolean {
  return UPPER.test(w);
}

/** A sentence written in capitals (a CoNLL headline) carries no casing evidence. */
export function isAllCapsSentence(words: string[]): boolean {
  let letters = 0;
  for (const w of words) {
    if (LOWER.test(w)) return false;
    if (/\p{L}/u.test(w)) letters++;
  }
  return letters > 0;
}

export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (const ch of w) {
    let c: string;
    if (ch >= 'a' && ch <= 'z') c = 'x';
    else if (ch >= 'A' && ch <= 'Z') c = 'X';
    else if (ch >= '0' && ch <= '9') c = 'd';
    else if (/\p{Ll}/u.test(ch)) c = 'x';
    else if (/\p{Lu}/u.test(ch)) c = 'X';
    else if (/\p{L}/u.test(ch)) c = 'a';
    else if (/\p{N}/u.test(ch)) c = 'd';
    else c = ch;
    if (c !== last) out += c;
    last = c;
  }
  return out;
}

/** What the feature extractor needs to know about one sentence, prepared once. */
export interface SentenceView {
  words: string[];
  lower: string[];
  shapes: string[];
  lex: number[];
  /** Gazetteer categories per token with the token's place in the longest match: bits = cat << 2 | (0 B,1 I,2 L,3 U). */
  gaz: (readonly number[])[];
  allCaps: boolean;
}

export function viewSentence(words: string[], lexicon: Lexicon): SentenceView {
  const n = words.length;
  const lower = words.map((w) => w.toLowerCase());
  const shapes = words.map(shapeOf);
  const lex = lower.map((l) => lexicon(lexKey(l)));
  const gaz: (readonly number[])[] = words.map(() => NO_GAZ);
  const addGaz = (i: number, g: number) => { gaz[i] = gaz[i] === NO_GAZ ? [g] : [...gaz[i], g]; };
  const allCaps = isAllCapsSentence(words);
  for (let i = 0; i < n; i++) {
    if (!isCapitalised(words[i])) continue;
    if (!allCaps && words[i].length <= 3 && words[i] === words[i].toUpperCase()) {
      const cats = lexGaz(lexicon(exactKey(words[i])));
      for (let c = 0; c < 8; c++) if (cats & (1 << c)) addGaz(i, (c << 2) | 3 | 64);
    }
    let key = '';
    for (let len = 1; len <= MAX_GAZ_WORDS && i + len <= n; len++) {
      key = len === 1 ? lower[i] : `${key} ${lower[i + len - 1]}`;
      const v = lexicon(lexKey(key));
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
  return { words, lower, shapes, lex, gaz, allCaps };
}

/** Collects per-document casing facts over all sentences of a document. */
export function documentFacts(sentences: SentenceView[]): Map<string, number> {
  const facts = new Map<string, number>();
  const add = (w: string, bit: number) => facts.set(w, (facts.get(w) ?? 0) | bit);
  for (const s of sentences) {
    if (s.allCaps) continue;
    for (let i = 0; i < s.words.length; i++) {
      const w = s.words[i];
      if (!/\p{L}/u.test(w)) continue;
      const cap = isCapitalised(w);
      if (i > 0 && !cap) add(s.lower[i], DOC.lowerMid);
      if (i > 0 && cap && !isOpeningQuote(s.words[i - 1])) add(s.lower[i], DOC.capMid);
      if (cap && i > 0 && isCapitalised(s.words[i - 1])) add(s.lower[i], DOC.nameTail);
      const dash = w.lastIndexOf('-');
      if (dash > 0 && !isCapitalised(w) && UPPER.test(w.slice(dash + 1))) add(s.lower[i].slice(dash + 1), DOC.nameTail);
      const first = w.indexOf('-');
      if (first > 0 && cap && LOWER_START.test(w.slice(first + 1))) add(s.lower[i].slice(0, first), DOC.hyphenHead);
    }
  }
  return facts;
}

function isOpeningQuote(w: string): boolean {
  return w === '"' || w === "'" || w === '(' || w === '--' || w === ':';
}

/** Fine cluster of a neighbour's lexicon entry: -2 outside the sentence, 0 unknown. */
function clusterOf(v: number): number {
  return v === -2 ? -2 : v < 0 ? 0 : lexFine(v);
}

const digitNorm = (w: string) => (/\d/.test(w) ? w.replace(/\d/g, '0') : w);

/** Calls emit(hash) for every feature of token i. */
export function extractFeatures(
  s: SentenceView,
  i: number,
  doc: Map<string, number>,
  lexicon: Lexicon,
  emit: (h: number) => void,
): void {
  const n = s.words.length;
  const w = s.words[i];
  const lw = s.lower[i];
  const shape = s.shapes[i];
  const prevL = i > 0 ? s.lower[i - 1] : '<s>';
  const nextL = i + 1 < n ? s.lower[i + 1] : '</s>';
  const prev2L = i > 1 ? s.lower[i - 2] : '<s>';
  const next2L = i + 2 < n ? s.lower[i + 2] : '</s>';
  const prevS = i > 0 ? s.shapes[i - 1] : '<s>';
  const nextS = i + 1 < n ? s.shapes[i + 1] : '</s>';
  const pos = i === 0 ? 'first' : s.allCaps ? 'caps' : 'mid';

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
  emit(hashStr(seed(13), prevL));
  emit(hashStr(seed(14), nextL));
  emit(hashStr(seed(15), prev2L));
  emit(hashStr(seed(16), next2L));
  emit(hashStr(hashStr(seed(17), prevL), lw));
  emit(hashStr(hashStr(seed(18), lw), nextL));
  emit(hashStr(hashStr(seed(19), prevS), shape));
  emit(hashStr(hashStr(seed(20), shape), nextS));
  emit(hashStr(hashStr(hashStr(seed(21), prevS), shape), nextS));
  emit(hashStr(hashStr(seed(22), prevL), shape));
  emit(hashStr(hashStr(seed(23), shape), nextL));
  if (i > 0) emit(hashStr(seed(24), s.words[i - 1]));
  // Acronyms with and without periods (U.S. in Reuters copy, US elsewhere) share a feature.
  if (ACRONYM.test(w)) emit(hashStr(seed(45), w.replace(/\./g, '')));

  const lex = s.lex[i];
  const casing = lex < 0 ? 0 : lexCasing(lex);
  const cap = isCapitalised(w);
  emit(hashInt(hashStr(hashStr(seed(25), pos), cap ? 'C' : 'c'), casing));
  const fine = lex < 0 ? 0 : lexFine(lex);
  const coarse = lex < 0 ? 0 : lexCoarse(lex);
  const prevLex = i > 0 ? s.lex[i - 1] : -2;
  const nextLex = i + 1 < n ? s.lex[i + 1] : -2;
  emit(hashInt(seed(26), fine));
  emit(hashInt(seed(27), coarse));
  emit(hashInt(hashStr(seed(28), shape), coarse));
  emit(hashInt(seed(29), clusterOf(prevLex)));
  emit(hashInt(seed(30), clusterOf(nextLex)));
  emit(hashInt(hashInt(seed(31), clusterOf(prevLex)), fine));

  for (const g of s.gaz[i]) emit(hashInt(seed(32), g));
  if (i > 0) for (const g of s.gaz[i - 1]) emit(hashInt(seed(33), g));
  if (i + 1 < n) for (const g of s.gaz[i + 1]) emit(hashInt(seed(34), g));

  if (cap) {
    const facts = doc.get(lw) ?? 0;
    emit(hashInt(hashStr(seed(35), pos), facts));
  }
  // A usually lower-case word capitalised inside a run of capitalised words is likely part of a name (Islamic State).
  if (i > 0 && cap && pos === 'mid' && isCapitalised(s.words[i - 1])) {
    const prevCasing = s.lex[i - 1] < 0 ? 0 : lexCasing(s.lex[i - 1]);
    emit(hashInt(hashInt(seed(36), casing), prevCasing));
  }
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
    emit(hashInt(seed(44), (doc.get(tail) ?? 0) | (isCapitalised(w) ? 8 : 0)));
  }
}
