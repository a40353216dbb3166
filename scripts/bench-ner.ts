// Benchmarks the NER recogniser (model load time, tagging throughput in tokens/s, extra resident memory, each the
// median over fresh child processes) and, with --save/--check FILE, compares its outputs with an earlier build's.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../server/src/core/article';
import { readConll } from '../server/src/core/entities/ner/conll';
import { loadModel, recognizeEntities } from '../server/src/core/entities/ner/index';
import { tokenize } from '../server/src/core/entities/ner/tokenize';

const RUNS = Number(process.env.NER_BENCH_RUNS ?? 5);
const repoRoot = path.resolve(import.meta.dirname, '..');
const bbcDir = path.resolve(repoRoot, '../shared/corpora/bbc-news');
const sample = path.resolve(repoRoot, '../shared/articles/iran-iraq-visit.txt');

/** About 1 MB of news text: BBC articles when the corpus is present, else the sample article repeated. */
function benchText(): { text: string; source: string } {
  if (fs.existsSync(bbcDir)) {
    const parts: string[] = [];
    let size = 0;
    for (const category of fs.readdirSync(bbcDir).sort()) {
      const dir = path.join(bbcDir, category);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const file of fs.readdirSync(dir).sort()) {
        if (size > 1_000_000) break;
        const text = fs.readFileSync(path.join(dir, file), 'latin1');
        parts.push(text);
        size += text.length;
      }
    }
    return { text: parts.join('\n\n'), source: `${parts.length} BBC articles` };
  }
  const article = fs.readFileSync(sample, 'utf8');
  return { text: Array(300).fill(article).join('\n\n'), source: 'the sample article x300' };
}

function child(): void {
  const rssBefore = process.memoryUsage().rss;
  const t0 = performance.now();
  loadModel();
  const loadMs = performance.now() - t0;
  const loadRssMb = (process.memoryUsage().rss - rssBefore) / 1e6;
  const { text, source } = benchText();
  const article = parseArticle(text, 'text');
  let tokens = 0;
  for (const s of article.sentences) tokens += tokenize(article.prose, s.start, s.end).length;
  const rssTagging = process.memoryUsage().rss;
  const rates: number[] = [];
  let mentions = 0;
  for (let i = 0; i < 3; i++) {
    const t1 = performance.now();
    mentions = recognizeEntities(article.prose, article.sentences).length;
    rates.push(tokens / ((performance.now() - t1) / 1000));
  }
  const rssMb = (process.memoryUsage().rss - rssTagging) / 1e6;
  console.log(JSON.stringify({ loadMs, loadRssMb, tokensPerSecond: Math.max(...rates), rssMb, tokens, mentions, source }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function parent(): void {
  const results = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bench child failed:\n${run.stderr}`);
    results.push(JSON.parse(run.stdout.trim().split('\n').pop()!));
  }
  const { tokens, mentions, source } = results[0];
  console.log(`NER bench: ${source}, ${tokens} tokens, ${mentions} mentions; medians over ${RUNS} processes (best of 3 passes each)`);
  console.log(`  model load      ${median(results.map((r) => r.loadMs)).toFixed(0)} ms`);
  console.log(`  tagging         ${Math.round(median(results.map((r) => r.tokensPerSecond))).toLocaleString('en')} tokens/s`);
  console.log(`  extra RSS       ${median(results.map((r) => r.loadRssMb)).toFixed(1)} MB for the loaded model, +${median(results.map((r) => r.rssMb)).toFixed(1)} MB while tagging the whole text 3 times`);
}

/**
 * Everything the recogniser outputs on CoNLL eng.testa (labels and confidences per token of each document, and
 * mentions in the documents' text) and on every BBC article, one line per document.
 */
function outputs(): string[] {
  const testa = path.resolve(repoRoot, '../shared/corpora/conll2003/eng.testa');
  if (!fs.existsSync(testa) || !fs.existsSync(bbcDir)) throw new Error(`Comparison needs ${testa} and ${bbcDir}`);
  const lines: string[] = [];
  const mentionsOf = (prose: string, sentences: { start: number; end: number }[]) =>
    recognizeEntities(prose, sentences).map((m) => [m.start, m.end, m.label, m.confidence]);
  for (const doc of readConll(testa)) {
    const tagged = loadModel().tagDocument(doc.map((s) => s.words));
    lines.push(JSON.stringify(tagged.map((t) => [[...t.labels], [...t.confidence]])));
    let prose = '';
    const sentences = doc.map((s) => {
      const start = prose.length;
      prose += s.words.join(' ');
      const span = { start, end: prose.length };
      prose += '\n';
      return span;
    });
    lines.push(JSON.stringify(mentionsOf(prose, sentences)));
  }
  for (const category of fs.readdirSync(bbcDir).sort()) {
    const dir = path.join(bbcDir, category);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      const article = parseArticle(fs.readFileSync(path.join(dir, file), 'latin1'), 'text');
      lines.push(JSON.stringify(mentionsOf(article.prose, article.sentences)));
    }
  }
  return lines;
}

/** Same labels and spans everywhere; confidences within 1e-6. */
function sameOutput(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= 1e-6;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameOutput(x, b[i]));
  return a === b;
}

function compare(file: string): void {
  const before = fs.readFileSync(file, 'utf8').trimEnd().split('\n');
  const after = outputs();
  let differing = 0;
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (sameOutput(JSON.parse(before[i] ?? 'null'), JSON.parse(after[i] ?? 'null'))) continue;
    if (differing++ < 5) console.log(`document line ${i} differs:\n  before ${before[i]?.slice(0, 300)}\n  after  ${after[i]?.slice(0, 300)}`);
  }
  console.log(`${after.length} document outputs compared with ${file}: ${differing} differ`);
  if (differing) process.exit(1);
}

const flag = (name: string) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : undefined);
const saveTo = flag('--save');
const checkAgainst = flag('--check');
if (saveTo) fs.writeFileSync(saveTo, outputs().join('\n') + '\n');
else if (checkAgainst) compare(checkAgainst);
else if (process.argv.includes('--child')) child();
else parent();
