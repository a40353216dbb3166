// conlleval-style scoring: exact span matches per type and micro-averaged precision, recall and F1.
import type { ConllDocument } from './conll';
import { spansFromBilou, TYPES, type LabelSpan } from './labels';
import type { NerModel } from './model';

interface Score {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export type Scores = Record<(typeof TYPES)[number] | 'micro', Score>;

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 0;
  const recall = tp + fn ? tp / (tp + fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

/** Scores predicted against gold spans, sentence by sentence. */
function scoreSpans(pairs: { gold: LabelSpan[]; predicted: LabelSpan[] }[]): Scores {
  const counts = Object.fromEntries([...TYPES, 'micro'].map((t) => [t, { tp: 0, fp: 0, fn: 0 }]));
  const key = (s: LabelSpan) => `${s.start}:${s.end}:${s.type}`;
  for (const { gold, predicted } of pairs) {
    const goldKeys = new Set(gold.map(key));
    const predKeys = new Set(predicted.map(key));
    for (const s of predicted) {
      const hit = goldKeys.has(key(s)) ? 'tp' : 'fp';
      counts[s.type][hit]++;
      counts.micro[hit]++;
    }
    for (const s of gold) {
      if (predKeys.has(key(s))) continue;
      counts[s.type].fn++;
      counts.micro.fn++;
    }
  }
  return Object.fromEntries(Object.entries(counts).map(([t, c]) => [t, score(c.tp, c.fp, c.fn)])) as Scores;
}

export function evaluateModel(model: NerModel, docs: ConllDocument[]): Scores {
  const pairs: { gold: LabelSpan[]; predicted: LabelSpan[] }[] = [];
  for (const doc of docs) {
    const tagged = model.tagDocument(doc.map((s) => s.words));
    doc.forEach((s, i) => pairs.push({ gold: s.spans, predicted: spansFromBilou(tagged[i].labels) }));
  }
  return scoreSpans(pairs);
}

export function formatScores(scores: Scores): string {
  const pct = (x: number) => (100 * x).toFixed(2).padStart(7);
  const rows = [`${'type'.padEnd(6)} ${'prec'.padStart(7)} ${'recall'.padStart(7)} ${'F1'.padStart(7)} ${'gold'.padStart(6)} ${'pred'.padStart(6)}`];
  for (const t of [...TYPES, 'micro'] as const) {
    const s = scores[t];
    rows.push(`${t.padEnd(6)} ${pct(s.precision)} ${pct(s.recall)} ${pct(s.f1)} ${String(s.tp + s.fn).padStart(6)} ${String(s.tp + s.fp).padStart(6)}`);
  }
  return rows.join('\n');
}
