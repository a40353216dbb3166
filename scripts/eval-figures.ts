// Scores figure detection and the unsourced-figure decision against the hand labels in test/fixtures/figures (BBC texts read at run time).
import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../server/src/core/analyze';
import { defaultConfig, type Config } from '../server/src/core/config';
import type { FigureMention } from '../server/src/core/types';

export const repoRoot = path.resolve(__dirname, '..');
export const bbcRoot = path.resolve(repoRoot, '../shared/corpora/bbc-news');

interface GoldFigure {
  start: number;
  end: number;
  text: string;
  kind: string;
  value: number | null;
  unit: string | null;
  sourced: boolean;
  sourcedInParagraph?: boolean;
  vague: boolean;
}

export interface Scores {
  articles: number;
  gold: number;
  predicted: number;
  matched: number;
  exact: number;
  precision: number;
  recall: number;
  f1: number;
  exactF1: number;
  kindAccuracy: number;
  valueAccuracy: number;
  unsourced: { gold: number; predicted: number; correct: number; precision: number; recall: number };
  errors: string[];
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (a: number, b: number) => (b === 0 ? 1 : a / b);

/** Scores one labels file; `scope` picks which gold `sourced` field applies. */
export function evaluate(labelsFile: string, scope: Config['attributionScope'] = 'sentence'): Scores {
  if (!fs.existsSync(bbcRoot)) throw new Error(`BBC corpus not found at ${bbcRoot}: the evaluation reads the article texts from ../shared/corpora/bbc-news.`);
  const labels = JSON.parse(fs.readFileSync(labelsFile, 'utf8')) as { file: string; figures: GoldFigure[] }[];
  const config = { ...defaultConfig(), attributionScope: scope };
  let gold = 0, predicted = 0, matched = 0, exact = 0, kindOk = 0, valueOk = 0;
  let goldUnsourced = 0, predUnsourced = 0, correctUnsourced = 0;
  const errors: string[] = [];
  for (const entry of labels) {
    const text = fs.readFileSync(path.join(bbcRoot, entry.file), 'utf8');
    // The whole pipeline, as shipped: figures inside date expressions are dropped by analyze().
    const figures = analyze(text, { config }).figures;
    const goldSourced = (g: GoldFigure) => (scope === 'paragraph' ? g.sourcedInParagraph ?? g.sourced : g.sourced);
    const used = new Set<FigureMention>();
    const pairOf = new Map<GoldFigure, FigureMention>();
    for (const g of entry.figures) {
      const p = figures.find((f) => !used.has(f) && overlaps(f, g));
      if (p) { used.add(p); pairOf.set(g, p); }
    }
    gold += entry.figures.length;
    predicted += figures.length;
    for (const g of entry.figures) {
      const p = pairOf.get(g);
      if (!goldSourced(g)) goldUnsourced++;
      if (!p) { errors.push(`${entry.file} missed “${g.text}” (${g.kind})`); continue; }
      matched++;
      if (p.start === g.start && p.end === g.end) exact++;
      else errors.push(`${entry.file} span “${p.text}” vs gold “${g.text}”`);
      if (p.kind === g.kind) kindOk++; else errors.push(`${entry.file} kind of “${g.text}”: ${p.kind} vs gold ${g.kind}`);
      const close = (a: number | null, b: number | null) => (a === null || b === null ? a === b : Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b)));
      if (close(p.value, g.value)) valueOk++; else errors.push(`${entry.file} value of “${g.text}”: ${p.value} vs gold ${g.value}`);
      if (!goldSourced(g) && !p.sourced) correctUnsourced++;
      if (goldSourced(g) !== p.sourced) errors.push(`${entry.file} “${g.text}” sourced=${p.sourced} (${p.attribution?.text ?? '-'}) vs gold ${goldSourced(g)}`);
    }
    for (const p of figures) {
      if (!p.sourced) predUnsourced++;
      if (!used.has(p)) errors.push(`${entry.file} extra “${p.text}” (${p.kind}) in “${text.slice(Math.max(0, p.start - 40), p.end + 30).replace(/\s+/g, ' ')}”`);
    }
  }
  const precision = ratio(matched, predicted);
  const recall = ratio(matched, gold);
  const ep = ratio(exact, predicted);
  const er = ratio(exact, gold);
  const up = ratio(correctUnsourced, predUnsourced);
  const ur = ratio(correctUnsourced, goldUnsourced);
  return {
    articles: labels.length, gold, predicted, matched, exact, precision, recall,
    f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0,
    exactF1: ep + er ? (2 * ep * er) / (ep + er) : 0,
    kindAccuracy: ratio(kindOk, matched), valueAccuracy: ratio(valueOk, matched),
    unsourced: { gold: goldUnsourced, predicted: predUnsourced, correct: correctUnsourced, precision: up, recall: ur },
    errors,
  };
}

function main(): void {
  const args = process.argv.slice(2);
  // --other: sport, entertainment and tech articles, where results, specs, ages and known sets look like figures.
  const name = args.includes('--heldout') ? 'heldout.json' : args.includes('--other') ? 'other-sections.json' : 'dev.json';
  const file = path.join(repoRoot, 'test/fixtures/figures', name);
  const f = (n: number) => n.toFixed(3);
  for (const scope of ['sentence', 'paragraph'] as const) {
    let s: Scores;
    try { s = evaluate(file, scope); } catch (e) { console.error((e as Error).message); process.exit(2); }
    if (scope === 'sentence') {
      console.log(`${path.relative(repoRoot, file)}: ${s.articles} articles, ${s.gold} gold figures, ${s.predicted} predicted`);
      console.log(`detection (span overlap): P ${f(s.precision)} R ${f(s.recall)} F1 ${f(s.f1)}`);
      console.log(`detection (exact span):   F1 ${f(s.exactF1)} (${s.exact}/${s.gold} exact)`);
      console.log(`matched figures: kind accuracy ${f(s.kindAccuracy)}, value accuracy ${f(s.valueAccuracy)}`);
      if (args.includes('--errors')) for (const e of s.errors) console.log(`  ${e}`);
    }
    console.log(`unsourced (${scope} scope): P ${f(s.unsourced.precision)} R ${f(s.unsourced.recall)} (${s.unsourced.correct} correct of ${s.unsourced.predicted} flagged, ${s.unsourced.gold} gold)`);
  }
}

if (require.main === module) main();
