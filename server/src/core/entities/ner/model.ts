// The trained tagger: binary model format (lexicon, hashed feature weights, transitions) and document tagging.
import { gzipSync } from 'fflate';
import { gunzip } from '../../gunzip';
import { Decoder } from './decode';
import {
  BOS, capitalFactsFeature, DocumentFactTally, EOS, FormCache, gazFeature, hyphenFactsFeature, leftPairFeatures,
  nextWordFeatures, previousWordFeatures, rightPairFeatures, secondLeftFeature, secondRightFeature, shapeTrigramFeature,
  viewSentence, wordFeatures, type Position, type SentenceView, type WordForm,
} from './features';
import { HashTable } from './hashing';
import { NUM_LABELS } from './labels';

const MAGIC = 0x52454e44; // "DNER"
const VERSION = 1;
const HEADER_BYTES = 32;

export interface ModelParts {
  lexKeys: Uint32Array;
  lexValues: Int32Array;
  featKeys: Uint32Array;
  /** Sparse weights: feature i has counts[i] entries, in order, of (labels[k], weights[k] * scale). */
  counts: Uint8Array;
  labels: Uint8Array;
  weights: Int16Array;
  scale: number;
  transitions: Float64Array;
  temperature: number;
}

/**
 * Gzipped little-endian layout: header, lexicon keys and values, feature keys, per-feature weight counts, weight
 * labels, int16 weights, float32 transitions. Written with fflate's gzip; read with Node's zlib (with fflate in the
 * web worker: core/gunzip.ts).
 */
export function serializeModel(m: ModelParts): Uint8Array {
  const nLex = m.lexKeys.length;
  const nFeat = m.featKeys.length;
  const nnz = m.weights.length;
  const transBytes = m.transitions.length * 4;
  const bytes = new Uint8Array(HEADER_BYTES + nLex * 8 + nFeat * 5 + nnz * 3 + transBytes);
  const view = new DataView(bytes.buffer);
  [MAGIC, VERSION, NUM_LABELS, nLex, nFeat].forEach((v, i) => view.setUint32(i * 4, v, true));
  view.setFloat32(20, m.scale, true);
  view.setFloat32(24, m.temperature, true);
  view.setUint32(28, nnz, true);
  let o = HEADER_BYTES;
  for (const k of m.lexKeys) { view.setUint32(o, k, true); o += 4; }
  for (const v of m.lexValues) { view.setInt32(o, v, true); o += 4; }
  for (const k of m.featKeys) { view.setUint32(o, k, true); o += 4; }
  bytes.set(m.counts, o);
  o += nFeat;
  bytes.set(m.labels, o);
  o += nnz;
  for (const w of m.weights) { view.setInt16(o, w, true); o += 2; }
  for (const t of m.transitions) { view.setFloat32(o, t, true); o += 4; }
  return gzipSync(bytes, { level: 9 });
}

/**
 * Reads a model written by serializeModel.
 * @throws Error when the bytes are not a Newsdesk NER model of this version and label set.
 */
export function parseModel(gz: Uint8Array): ModelParts {
  const buf = gunzip(gz);
  const view = new DataView(buf.buffer, buf.byteOffset, buf.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  if (u32(0) !== MAGIC || u32(4) !== VERSION) throw new Error('Not a Newsdesk NER model (version 1)');
  if (u32(8) !== NUM_LABELS) throw new Error('NER model label set does not match this build');
  const nLex = u32(12);
  const nFeat = u32(16);
  const nnz = u32(28);
  // Copy each section into its own aligned buffer (typed arrays read the platform's order: little-endian everywhere
  // Newsdesk runs).
  const take = (bytes: number) => {
    const out = new ArrayBuffer(bytes);
    new Uint8Array(out).set(buf.subarray(o, o + bytes));
    o += bytes;
    return out;
  };
  let o = HEADER_BYTES;
  const lexKeys = new Uint32Array(take(nLex * 4));
  const lexValues = new Int32Array(take(nLex * 4));
  const featKeys = new Uint32Array(take(nFeat * 4));
  const counts = new Uint8Array(take(nFeat));
  const labels = new Uint8Array(take(nnz));
  const weights = new Int16Array(take(nnz * 2));
  const transitions = Float64Array.from(new Float32Array(take((NUM_LABELS + 1) * NUM_LABELS * 4)));
  return { lexKeys, lexValues, featKeys, counts, labels, weights, scale: view.getFloat32(20, true), transitions, temperature: view.getFloat32(24, true) };
}

export interface TaggedSentence {
  /** Not to be changed: the model hands the same object back for a sentence tagged as before. */
  labels: Uint8Array;
  confidence: Float64Array;
}

const L = NUM_LABELS;
/** A score no label reaches: a label held out of a token (tagApart). */
const NEVER = -1e30;
const POSITIONS: Position[] = ['first', 'caps', 'mid'];
/** Gazetteer codes (see SentenceView.gaz) stay below this. */
const GAZ_CODES = 128;
/** Values of the document-fact features (DOC bits, plus 8 for a capitalised hyphenated word) stay below this. */
const FACT_VALUES = 16;
/**
 * The caches are dropped before a document when they have grown past this many sums (L ints each, about 10 MB, with
 * some 30,000 word forms; a 20,000-word article makes about 20,000 sums).
 */
const MAX_CACHED_SUMS = 150_000;
/**
 * Each of the two generations of memoised sentences holds about this many tokens (some 70 bytes of scores and 100 of
 * strings and views each), more than the longest article.
 */
const MAX_MEMO_TOKENS = 30_000;
/** Ints per chunk of sentence scores (L per token). */
const SCORE_CHUNK = 4096 * L;

export class NerModel {
  private readonly lexTable: HashTable;
  /** Feature hash → (first weight index << 5 | weight count). */
  private readonly featTable: HashTable;
  private readonly weightLabels: Uint8Array;
  private readonly weights: Int16Array;
  private readonly scale: number;
  private readonly transitions: Float64Array;
  private readonly temperature: number;
  /** Per-label weight sums of the gazetteer features: row (place + 1) * GAZ_CODES + code. */
  private readonly gazSums: Int32Array;
  /** Per-label weights of the document-fact features: rows pos * FACT_VALUES + facts, then FACT_VALUES hyphen rows. */
  private readonly factSums: Int32Array;
  private readonly decoder = new Decoder();
  private chunk = new Int32Array(0);
  private chunkUsed = 0;
  /** Scratch sum for one token. */
  private readonly acc = new Int32Array(L);
  /** Scratch fact values of a sentence's capitalised and hyphenated tokens. */
  private factValues = new Int32Array(256);
  /** Word forms, feature sums and sentences, kept across documents: an edited article is tagged again and again. */
  private forms: FormCache;
  private sums: FeatureSums;
  /** Sentences by their words, in two generations: when the newer outgrows its budget, it replaces the older. */
  private memo = new Map<string, PreparedSentence>();
  private olderMemo = new Map<string, PreparedSentence>();
  /** The same sentences by the array the caller passed (arrays are not changed once passed). */
  private byArray = new WeakMap<readonly string[], PreparedSentence>();
  private memoTokens = 0;
  private tally = new DocumentFactTally();
  readonly lexicon: (key: number) => number;

  constructor(parts: ModelParts) {
    this.lexTable = new HashTable(parts.lexKeys, parts.lexValues);
    const packed = new Int32Array(parts.counts.length);
    let start = 0;
    for (let i = 0; i < parts.counts.length; i++) {
      packed[i] = (start << 5) | parts.counts[i];
      start += parts.counts[i];
    }
    this.featTable = new HashTable(parts.featKeys, packed);
    this.weightLabels = parts.labels;
    this.weights = parts.weights;
    this.scale = parts.scale;
    this.transitions = parts.transitions;
    this.temperature = parts.temperature;
    const lexTable = this.lexTable;
    this.lexicon = (key) => lexTable.get(key);
    this.gazSums = new Int32Array(3 * GAZ_CODES * L);
    for (const place of [-1, 0, 1] as const) {
      for (let g = 0; g < GAZ_CODES; g++) this.addWeights(gazFeature(place, g), this.gazSums, ((place + 1) * GAZ_CODES + g) * L);
    }
    this.factSums = new Int32Array((POSITIONS.length + 1) * FACT_VALUES * L);
    for (let v = 0; v < FACT_VALUES; v++) {
      POSITIONS.forEach((pos, p) => this.addWeights(capitalFactsFeature(pos, v), this.factSums, (p * FACT_VALUES + v) * L));
      this.addWeights(hyphenFactsFeature(v), this.factSums, (POSITIONS.length * FACT_VALUES + v) * L);
    }
    this.forms = new FormCache(this.lexicon);
    this.sums = new FeatureSums(this);
  }

  /** Adds the weights of feature `h` (if the model has it) to out[at..at+L). */
  addWeights(h: number, out: Int32Array, at: number): void {
    const f = this.featTable.get(h);
    if (f < 0) return;
    const { weights, weightLabels } = this;
    for (let k = f >>> 5, end = k + (f & 31); k < end; k++) out[at + weightLabels[k]] += weights[k];
  }

  /**
   * Tags the sentences (token strings) of one document; document-level features see all of them. A sentence array
   * passed again is recognised by identity, so callers must not change an array once passed. A sentence tagged as the
   * last time it was (the same document facts) gets the same TaggedSentence object back: callers must not change it.
   */
  tagDocument(sentences: string[][]): TaggedSentence[] {
    if (this.sums.size > MAX_CACHED_SUMS) {
      // Memoised views hold forms of the old cache.
      this.forms = new FormCache(this.lexicon);
      this.sums = new FeatureSums(this);
      this.memo = new Map();
      this.olderMemo = new Map();
      this.byArray = new WeakMap();
      this.memoTokens = 0;
    }
    const prepared = sentences.map((words) => {
      // The caller's own token array, seen before (the recogniser keeps one per sentence text): no key to build.
      const seen = this.byArray.get(words);
      if (seen) return seen;
      const key = words.join('\u0000');
      const p = this.recall(key, words) ?? this.prepare(key, words);
      this.byArray.set(words, p);
      return p;
    });
    // The document facts, kept from the last document and updated by the sentences that changed.
    this.tally.update(prepared.map((p) => ({ key: p, view: p.view })));
    const facts = this.tally.facts;
    let longest = 0;
    for (const p of prepared) longest = Math.max(longest, p.words.length);
    const emissions = new Float64Array(longest * L);
    return prepared.map((p) => this.tagSentence(p, facts, emissions));
  }

  /** The memoised sentence with these words, if any. */
  private recall(key: string, words: string[]): PreparedSentence | undefined {
    // A token containing NUL could give two sentences one key, so the words are compared too.
    const same = (s: PreparedSentence | undefined): s is PreparedSentence =>
      s !== undefined && s.words.length === words.length && s.words.every((w, i) => w === words[i]);
    const seen = this.memo.get(key);
    if (same(seen)) return seen;
    const older = this.olderMemo.get(key);
    if (!same(older)) return undefined;
    this.remember(key, older);
    return older;
  }

  /** Views a new sentence and sums the weights of its document-independent features. */
  private prepare(key: string, words: string[]): PreparedSentence {
    const view = viewSentence(words, this.lexicon, this.forms);
    const { forms, gaz } = view;
    const n = forms.length;
    // Scores are cut from shared chunks: one allocation per few thousand tokens rather than one per sentence.
    if (this.chunkUsed + n * L > this.chunk.length) {
      this.chunk = new Int32Array(Math.max(SCORE_CHUNK, n * L));
      this.chunkUsed = 0;
    }
    const scores = this.chunk.subarray(this.chunkUsed, (this.chunkUsed += n * L));
    const sums = this.sums;
    sums.reserve(this.forms.size);
    const gazSums = this.gazSums;
    for (let t = 0; t < n; t++) {
      sums.addToken(forms, t, t === 0 ? 0 : view.allCaps ? 1 : 2, scores, t * L);
      for (let place = -1; place <= 1; place++) {
        if (t + place < 0 || t + place >= n) continue;
        const codes = gaz[t + place];
        for (let k = 0; k < codes.length; k++) {
          const row = ((place + 1) * GAZ_CODES + codes[k]) * L;
          for (let y = 0; y < L; y++) scores[t * L + y] += gazSums[row + y];
        }
      }
    }
    const prepared = { words, view, scores, last: null };
    this.remember(key, prepared);
    return prepared;
  }

  private remember(key: string, sentence: PreparedSentence): void {
    if (this.memoTokens > MAX_MEMO_TOKENS) {
      this.olderMemo = this.memo;
      this.memo = new Map();
      this.memoTokens = 0;
    }
    this.memo.set(key, sentence);
    this.memoTokens += sentence.words.length;
  }

  private tagSentence(sentence: PreparedSentence, facts: Map<string, number>, emissions: Float64Array): TaggedSentence {
    const n = sentence.view.forms.length;
    // The document facts enter the scores only through capitalised and hyphenated tokens: when their facts are as the
    // last time this sentence was tagged, so are the scores, labels and confidences.
    const factValues = this.factValuesOf(sentence, facts);
    const k = factValues.length;
    const last = sentence.last;
    if (last !== null && last.facts.length === k && last.facts.every((v, i) => v === factValues[i])) {
      return last.tagged;
    }
    this.fillEmissions(sentence, factValues, emissions);
    const labels = new Uint8Array(n);
    const confidence = new Float64Array(n);
    this.decoder.viterbi(emissions, n, this.transitions, labels);
    this.decoder.confidence(emissions, n, this.transitions, labels, this.temperature, confidence);
    const tagged = { labels, confidence };
    sentence.last = { facts: factValues.slice(), tagged };
    return tagged;
  }

  /**
   * One sentence of the document last tagged (tagDocument), tagged again with the tokens at `apart` (indices) held
   * outside every name: what the recogniser reads for the words between them, in their sentence and with the
   * document's facts, once it no longer reads them as one name ("Ben Stiller and Xbox" read apart at "and").
   * `words` as passed to tagDocument; the result is the caller's (nothing is memoised).
   */
  tagApart(words: string[], apart: readonly number[]): TaggedSentence {
    const key = words.join('\u0000');
    const sentence = this.recall(key, words) ?? this.prepare(key, words);
    const n = words.length;
    const emissions = new Float64Array(n * L);
    this.fillEmissions(sentence, this.factValuesOf(sentence, this.tally.facts), emissions);
    // Label 0 is O: every other label of a token held apart scores as never seen.
    for (const t of apart) for (let y = 1; y < L; y++) emissions[t * L + y] = NEVER;
    const labels = new Uint8Array(n);
    const confidence = new Float64Array(n);
    this.decoder.viterbi(emissions, n, this.transitions, labels);
    this.decoder.confidence(emissions, n, this.transitions, labels, this.temperature, confidence);
    return { labels, confidence };
  }

  /** The document facts of a sentence's capitalised and hyphenated tokens, in token order (a view of scratch space, valid until the next call). */
  private factValuesOf(sentence: PreparedSentence, facts: Map<string, number>): Int32Array {
    const forms = sentence.view.forms;
    const n = forms.length;
    const factValues = this.factValues.length >= 2 * n ? this.factValues : (this.factValues = new Int32Array(2 * n));
    let k = 0;
    for (let t = 0; t < n; t++) {
      const f = forms[t];
      if (f.cap) factValues[k++] = facts.get(f.lower) ?? 0;
      if (f.tail !== null) factValues[k++] = facts.get(f.tail) ?? 0;
    }
    return factValues.subarray(0, k);
  }

  /** Writes the sentence's per-token label scores, with its document facts `factValues` (factValuesOf), into `emissions`. */
  private fillEmissions(sentence: PreparedSentence, factValues: Int32Array, emissions: Float64Array): void {
    const { view, scores } = sentence;
    const forms = view.forms;
    const { factSums, scale, acc } = this;
    let k = 0;
    for (let t = 0; t < forms.length; t++) {
      const f = forms[t];
      if (!f.cap && f.tail === null) {
        for (let y = 0; y < L; y++) emissions[t * L + y] = scores[t * L + y] * scale;
        continue;
      }
      for (let y = 0; y < L; y++) acc[y] = scores[t * L + y];
      if (f.cap) {
        const pos = t === 0 ? 0 : view.allCaps ? 1 : 2;
        const row = (pos * FACT_VALUES + factValues[k++]) * L;
        for (let y = 0; y < L; y++) acc[y] += factSums[row + y];
      }
      if (f.tail !== null) {
        const row = (POSITIONS.length * FACT_VALUES + (factValues[k++] | (f.cap ? 8 : 0))) * L;
        for (let y = 0; y < L; y++) acc[y] += factSums[row + y];
      }
      for (let y = 0; y < L; y++) emissions[t * L + y] = acc[y] * scale;
    }
  }
}

/** A sentence ready for scoring: its view and, per token, the summed weights of all document-independent features. */
interface PreparedSentence {
  words: string[];
  view: SentenceView;
  scores: Int32Array;
  /** The fact values of its capitalised and hyphenated tokens when it was last tagged, and the result. */
  last: { facts: Int32Array; tagged: TaggedSentence } | null;
}

/**
 * Per-label weight sums of the feature groups that depend on one word form only (see features.ts), each computed the
 * first time the form occurs in that role and then reused, since words repeat. Integer sums do not depend on the order
 * of addition, so the scores are exactly those of adding each feature's weights.
 */
class FeatureSums {
  /** Where the token being scored is summed: out[outAt..outAt+L). */
  private out: Int32Array = new Int32Array(L);
  private outAt = 0;
  /** Cached sums, L ints each. */
  private pool = new Int32Array(4096 * L);
  private used = 0;
  /** Pool offset + 1 per form id and position class (0: not computed yet). */
  private word = new Int32Array(3 * 1024);
  /** Pool offset + 1 per form id, for the features a token gets from the form one or two before or after it. */
  private previous = new Int32Array(1024);
  private next = new Int32Array(1024);
  private secondLeft = new Int32Array(1024);
  private secondRight = new Int32Array(1024);
  /** Where emit() adds. */
  private at = 0;
  private readonly emit = (h: number) => this.model.addWeights(h, this.pool, this.at);
  private readonly emitToToken = (h: number) => this.model.addWeights(h, this.out, this.outAt);

  constructor(private readonly model: NerModel) {}

  /** Number of sums cached. */
  get size(): number {
    return this.used / L;
  }

  /** Adds the weights of the document-independent features of token t of a sentence to out[at..at+L). */
  addToken(forms: WordForm[], t: number, pos: number, out: Int32Array, at: number): void {
    this.out = out;
    this.outAt = at;
    const n = forms.length;
    const b = forms[t];
    const a = t > 0 ? forms[t - 1] : BOS;
    const c = t + 1 < n ? forms[t + 1] : EOS;
    this.add(this.wordSum(b, pos));
    this.add(this.previousSum(a));
    this.add(this.nextSum(c));
    this.add(this.secondLeftSum(t > 1 ? forms[t - 2] : BOS));
    this.add(this.secondRightSum(t + 2 < n ? forms[t + 2] : EOS));
    // Pairs of words mostly occur once, so their features are not worth caching.
    leftPairFeatures(a, b, POSITIONS[pos], this.emitToToken);
    rightPairFeatures(b, c, this.emitToToken);
    this.emitToToken(shapeTrigramFeature(a, b, c));
  }

  private wordSum(f: WordForm, pos: number): number {
    let at = this.word[f.id * 3 + pos] - 1;
    if (at < 0) {
      at = this.start();
      wordFeatures(f, POSITIONS[pos], this.model.lexicon, this.emit);
      this.word[f.id * 3 + pos] = at + 1;
    }
    return at;
  }

  private previousSum(a: WordForm): number {
    let at = this.previous[a.id] - 1;
    if (at < 0) {
      at = this.start();
      previousWordFeatures(a, this.emit);
      this.previous[a.id] = at + 1;
    }
    return at;
  }

  private nextSum(c: WordForm): number {
    let at = this.next[c.id] - 1;
    if (at < 0) {
      at = this.start();
      nextWordFeatures(c, this.emit);
      this.next[c.id] = at + 1;
    }
    return at;
  }

  private secondLeftSum(a: WordForm): number {
    let at = this.secondLeft[a.id] - 1;
    if (at < 0) {
      at = this.start();
      this.emit(secondLeftFeature(a));
      this.secondLeft[a.id] = at + 1;
    }
    return at;
  }

  private secondRightSum(c: WordForm): number {
    let at = this.secondRight[c.id] - 1;
    if (at < 0) {
      at = this.start();
      this.emit(secondRightFeature(c));
      this.secondRight[c.id] = at + 1;
    }
    return at;
  }

  /** Makes room in the per-form tables for `forms` form ids. */
  reserve(forms: number): void {
    if (forms <= this.previous.length) return;
    const size = Math.max(2 * this.previous.length, forms);
    const grow = (a: Int32Array, per: number) => {
      const bigger = new Int32Array(size * per);
      bigger.set(a);
      return bigger;
    };
    this.word = grow(this.word, 3);
    this.previous = grow(this.previous, 1);
    this.next = grow(this.next, 1);
    this.secondLeft = grow(this.secondLeft, 1);
    this.secondRight = grow(this.secondRight, 1);
  }

  /** Reserves a zeroed sum and points emit() at it. */
  private start(): number {
    if (this.used + L > this.pool.length) {
      const bigger = new Int32Array(this.pool.length * 2);
      bigger.set(this.pool);
      this.pool = bigger;
    }
    this.at = this.used;
    this.used += L;
    return this.at;
  }

  private add(at: number): void {
    const { out, outAt, pool } = this;
    for (let y = 0; y < L; y++) out[outAt + y] += pool[at + y];
  }
}
