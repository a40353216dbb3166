// The trained tagger: binary model format (lexicon, hashed feature weights, transitions) and document tagging.
import * as zlib from 'zlib';
import { tokenConfidence, viterbi } from './decode';
import { documentFacts, extractFeatures, viewSentence, type SentenceView } from './features';
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
 * labels, int16 weights, float32 transitions.
 */
export function serializeModel(m: ModelParts): Buffer {
  const nLex = m.lexKeys.length;
  const nFeat = m.featKeys.length;
  const nnz = m.weights.length;
  const transBytes = m.transitions.length * 4;
  const buf = Buffer.alloc(HEADER_BYTES + nLex * 8 + nFeat * 5 + nnz * 3 + transBytes);
  buf.writeUInt32LE(MAGIC, 0);
  buf.writeUInt32LE(VERSION, 4);
  buf.writeUInt32LE(NUM_LABELS, 8);
  buf.writeUInt32LE(nLex, 12);
  buf.writeUInt32LE(nFeat, 16);
  buf.writeFloatLE(m.scale, 20);
  buf.writeFloatLE(m.temperature, 24);
  buf.writeUInt32LE(nnz, 28);
  let o = HEADER_BYTES;
  for (const k of m.lexKeys) { buf.writeUInt32LE(k, o); o += 4; }
  for (const v of m.lexValues) { buf.writeInt32LE(v, o); o += 4; }
  for (const k of m.featKeys) { buf.writeUInt32LE(k, o); o += 4; }
  buf.set(m.counts, o);
  o += nFeat;
  buf.set(m.labels, o);
  o += nnz;
  for (const w of m.weights) { buf.writeInt16LE(w, o); o += 2; }
  for (const t of m.transitions) { buf.writeFloatLE(t, o); o += 4; }
  return zlib.gzipSync(buf, { level: 9 });
}

export function parseModel(gz: Buffer): ModelParts {
  const buf = zlib.gunzipSync(gz);
  if (buf.readUInt32LE(0) !== MAGIC || buf.readUInt32LE(4) !== VERSION) throw new Error('Not a Newsdesk NER model (version 1)');
  if (buf.readUInt32LE(8) !== NUM_LABELS) throw new Error('NER model label set does not match this build');
  const nLex = buf.readUInt32LE(12);
  const nFeat = buf.readUInt32LE(16);
  const nnz = buf.readUInt32LE(28);
  // Copy each section into its own aligned buffer.
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
  return { lexKeys, lexValues, featKeys, counts, labels, weights, scale: buf.readFloatLE(20), transitions, temperature: buf.readFloatLE(24) };
}

export interface TaggedSentence {
  labels: Uint8Array;
  confidence: Float64Array;
}

export class NerModel {
  private readonly lexTable: HashTable;
  /** Feature hash → (first weight index << 5 | weight count). */
  private readonly featTable: HashTable;
  private readonly labels: Uint8Array;
  private readonly weights: Int16Array;
  private readonly scale: number;
  private readonly transitions: Float64Array;
  private readonly temperature: number;
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
    this.labels = parts.labels;
    this.weights = parts.weights;
    this.scale = parts.scale;
    this.transitions = parts.transitions;
    this.temperature = parts.temperature;
    const lexTable = this.lexTable;
    this.lexicon = (key) => lexTable.get(key);
  }

  /** Tags the sentences (token strings) of one document; document-level features see all of them. */
  tagDocument(sentences: string[][]): TaggedSentence[] {
    const views = sentences.map((words) => viewSentence(words, this.lexicon));
    const facts = documentFacts(views);
    return views.map((view) => this.tagSentence(view, facts));
  }

  private tagSentence(view: SentenceView, facts: Map<string, number>): TaggedSentence {
    const n = view.words.length;
    const L = NUM_LABELS;
    const emissions = new Float64Array(n * L);
    const acc = new Int32Array(L);
    const { weights, labels: weightLabels, featTable: table } = this;
    const emit = (h: number) => {
      const f = table.get(h);
      if (f < 0) return;
      for (let k = f >>> 5, end = k + (f & 31); k < end; k++) acc[weightLabels[k]] += weights[k];
    };
    for (let t = 0; t < n; t++) {
      acc.fill(0);
      extractFeatures(view, t, facts, this.lexicon, emit);
      for (let y = 0; y < L; y++) emissions[t * L + y] = acc[y] * this.scale;
    }
    const labels = new Uint8Array(n);
    viterbi(emissions, n, this.transitions, labels);
    const confidence = n ? tokenConfidence(emissions, n, this.transitions, labels, this.temperature) : new Float64Array(0);
    return { labels, confidence };
  }
}
