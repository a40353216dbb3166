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

/** About 1 MB of news text in articles: BBC articles when the corpus is present, else the sample article repeated. */
function benchArticles(): { articles: string[]; source: string } {
  if (fs.existsSync(bbcDir)) {
    const articles: string[] = [];
    let size = 0;
    for (const category of fs.readdirSync(bbcDir).sort()) {
      const dir = path.join(bbcDir, category);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const file of fs.readdirSync(dir).sort()) {
        if (size > 1_000_000) break;
        const text = fs.readFileSync(path.join(dir, file), 'latin1');
        articles.push(text);
        size += text.length;
      }
    }
    return { articles, source: `${articles.length} BBC articles` };
  }
  return { articles: Array(300).fill(fs.readFileSync(sample, 'utf8')), source: 'the sample article x300' };
}

/** Consecutive articles joined into one document of about `chars` characters, starting at article `from`. */
function joinArticles(articles: string[], from: number, chars: number): { text: string; next: number } {
  let text = '';
  let i = from;
  while (i < articles.length && text.length < chars) text += (text ? '\n\n' : '') + articles[i++];
  return { text, next: i };
}

const countTokens = (a: { prose: string; sentences: { start: number; end: number }[] }) =>
  a.sentences.reduce((n, s) => n + tokenize(a.prose, s.start, s.end).length, 0);

function timed(f: () => unknown): number {
  const t = performance.now();
  f();
  return performance.now() - t;
}

/**
 * One process: model load; a first call (compiles the code); a new ~20,000-word article (other articles seen before,
 * as in an editor session); the same article after a one-letter edit and unchanged; and the whole text, 3 passes.
 */
function child(): void {
  const rssBefore = process.memoryUsage().rss;
  const loadMs = timed(() => loadModel());
  const loadRssMb = (process.memoryUsage().rss - rssBefore) / 1e6;
  const { articles, source } = benchArticles();
  const first = joinArticles(articles, 0, 120_000);
  const other = joinArticles(articles, first.next, 120_000);
  const article = parseArticle(first.text, 'text');
  const warmup = parseArticle(other.text, 'text');
  const middle = first.text.indexOf(' ', first.text.length >> 1);
  const edited = parseArticle(`${first.text.slice(0, middle)}x${first.text.slice(middle)}`, 'text');
  const whole = parseArticle(articles.join('\n\n'), 'text');
  const articleTokens = countTokens(article);
  const tokens = countTokens(whole);
  const rssTagging = process.memoryUsage().rss;
  const firstCallMs = timed(() => recognizeEntities(warmup.prose, warmup.sentences));
  const newArticleMs = timed(() => recognizeEntities(article.prose, article.sentences));
  const editMs = timed(() => recognizeEntities(edited.prose, edited.sentences));
  const sameMs = Math.min(...[0, 1, 2].map(() => timed(() => recognizeEntities(article.prose, article.sentences))));
  const rates: number[] = [];
  let mentions = 0;
  for (let i = 0; i < 3; i++) rates.push(tokens / (timed(() => (mentions = recognizeEntities(whole.prose, whole.sentences).length)) / 1000));
  const rssMb = (process.memoryUsage().rss - rssTagging) / 1e6;
  console.log(JSON.stringify({
    loadMs, loadRssMb, firstCallMs, newArticleMs, editMs, sameMs, articleTokens,
    tokensPerSecond: Math.max(...rates), rssMb, tokens, mentions, source,
  }));
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

function parent(): void {
  const results: Record<string, number | string>[] = [];
  for (let i = 0; i < RUNS; i++) {
    const run = spawnSync(process.execPath, ['--import', 'tsx', import.meta.filename, '--child'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(`bench child failed:\n${run.stderr}`);
    results.push(JSON.parse(run.stdout.trim().split('\n').pop()!));
  }
  const { tokens, mentions, source, articleTokens } = results[0];
  const ms = (key: string) => median(results.map((r) => Number(r[key])));
  const rate = (key: string) => `${ms(key).toFixed(1).padStart(6)} ms  ${Math.round((Number(articleTokens) / ms(key)) * 1000).toLocaleString('en').padStart(9)} tokens/s`;
  console.log(`NER bench: ${source}, ${tokens} tokens, ${mentions} mentions; medians over ${RUNS} processes`);
  console.log(`  model load                  ${ms('loadMs').toFixed(0)} ms`);
  console.log(`  ${articleTokens}-token article:`);
  console.log(`    first call in the process ${rate('firstCallMs')}  (another article of the same size)`);
  console.log(`    new article               ${rate('newArticleMs')}`);
  console.log(`    after a one-letter edit   ${rate('editMs')}`);
  console.log(`    unchanged (best of 3)     ${rate('sameMs')}`);
  console.log(`  whole text, best of 3 passes           ${Math.round(ms('tokensPerSecond')).toLocaleString('en').padStart(9)} tokens/s`);
  console.log(`  extra RSS       ${ms('loadRssMb').toFixed(1)} MB for the loaded model, +${ms('rssMb').toFixed(1)} MB while tagging`);
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
