// Sports reports and their statistics, learned from the BBC News corpus's section labels (scripts/train-sport.ts,
// data/figures-sport.json): a desk does not ask a sports report to source the results it reports (LABELLING.md,
// needs_source false: "14 points from O'Gara", "missed two penalties", "won by 40 metres").
import { readDataJson } from '../dataFiles';
import { firstTokenEndingAfter, languageOf, type Language } from '../language';
import { GenerationMemo } from '../text/memo';
import { blankLineSegments, segmentId, textIdOfProseSegment } from '../text/segments';
import type { Article, FigureMention, Span } from '../types';
import { lastWordOf } from '../text/shape';

interface SportData {
  genre: { bias: number; weights: ReadonlyMap<string, number> };
  /** Nouns and units sport copy counts, with their counts in sport and in the other sections. */
  countedNouns: ReadonlySet<string>;
}

let data: SportData | null = null;

/** data/figures-sport.json, read once. Throws when the file is malformed (a weight or count not a number). */
function sportData(): SportData {
  if (data) return data;
  const raw = readDataJson<{ genre: { bias: unknown; weights: Record<string, unknown> }; countedNouns: Record<string, unknown> }>('figures-sport.json');
  if (typeof raw.genre?.bias !== 'number' || typeof raw.genre.weights !== 'object' || typeof raw.countedNouns !== 'object') {
    throw new Error('data/figures-sport.json: expected { genre: { bias: number, weights }, countedNouns }');
  }
  const weights = new Map<string, number>();
  for (const [w, v] of Object.entries(raw.genre.weights)) {
    if (typeof v !== 'number') throw new Error(`data/figures-sport.json: genre weight of "${w}" is not a number`);
    weights.set(w, v);
  }
  data = { genre: { bias: raw.genre.bias, weights }, countedNouns: new Set(Object.keys(raw.countedNouns)) };
  return data;
}

const verdicts = new WeakMap<Article, boolean>();

/** The genre weights of each paragraph's words, in order, kept by the paragraph's prose and text. */
const PARAGRAPH_WEIGHTS = new GenerationMemo<string, Float64Array>(4096);

/** Sets how many paragraphs' weights are kept (0 for a batch over an archive, which reads each once). */
export function limitSportMemo(capacity: number): void {
  PARAGRAPH_WEIGHTS.limit(capacity);
}

/** The genre weights of the layer's word tokens in `seg`, in text order (words without a weight left out). */
function weightsIn(article: Article, layer: Language, seg: Span, weights: ReadonlyMap<string, number>): Float64Array {
  const out: number[] = [];
  for (let i = firstTokenEndingAfter(layer, seg.start); i < layer.tokens.length && layer.tokens[i].start < seg.end; i++) {
    const t = layer.tokens[i];
    if (t.kind !== 'word' || t.start < seg.start) continue;
    const v = weights.get(article.prose.slice(t.start, t.end).toLowerCase());
    if (v !== undefined) out.push(v);
  }
  return Float64Array.from(out);
}

/**
 * Whether `article` reads as a sports report: the naive Bayes genre model's prior plus the mean of its words' log-odds
 * (scaled by the square root of their number, as in training) is above 0. Words are the layer's lower-case word tokens.
 * Cached per article version; 99.5% right on a held-out tenth of the BBC corpus (203 articles).
 */
export function isSportReport(article: Article): boolean {
  const cached = verdicts.get(article);
  if (cached !== undefined) return cached;
  const { genre } = sportData();
  const layer = languageOf(article);
  let z = 0;
  let n = 0;
  // Each paragraph's weights are read once while it is unchanged, and summed in text order as its words come.
  const segments = blankLineSegments(article.prose);
  for (let i = 0; i < segments.length; i++) {
    const key = `${segmentId(article.prose, i)} ${textIdOfProseSegment(article.text, article.prose, i)}`;
    for (const v of PARAGRAPH_WEIGHTS.get(key, () => weightsIn(article, layer, segments[i], genre.weights))) { z += v; n++; }
  }
  const sport = n > 0 && genre.bias + z / Math.sqrt(n) > 0;
  verdicts.set(article, sport);
  return sport;
}

/** A count or measure whose noun or unit sport copy counts ("points", "penalties", "m", "yards"), in a sports report. */
export function isSportStatistic(article: Article, f: FigureMention): boolean {
  if ((f.kind !== 'count' && f.kind !== 'measure') || !f.unit) return false;
  const noun = lastWordOf(f.unit.toLowerCase());
  return sportData().countedNouns.has(noun) && isSportReport(article);
}
