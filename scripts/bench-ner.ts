// Benchmarks the NER recogniser: model load time, tagging throughput (tokens/s) and extra resident memory, each the
// median over fresh child processes.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../server/src/core/article';
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

if (process.argv.includes('--child')) child();
else parent();
