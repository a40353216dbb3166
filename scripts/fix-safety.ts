// Applies every quick fix (and "Tag all untagged entities") on every article of the BBC News and open-news
// corpora, re-analyses, and counts what the fixes broke (see test/helpers/fixSafety.ts for the property).
//
// Usage: node --import tsx scripts/fix-safety.ts [--corpus bbc|open-news|all] [--jobs N] [--every K] [--json]
//   --every K  checks every K-th article only (a quick sample); default 1 (all of them)
// Exits 1 when any fix damages a word, leaves an unparsed tag, leaves its own finding or causes a new one.
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { checkAllFixes, type Violation } from '../test/helpers/fixSafety';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corporaRoot = path.resolve(repoRoot, '../shared/corpora');

export interface SafetyTotals {
  articles: number;
  fixes: number;
  violations: Record<Violation, number>;
  /** Violations per kind, fix rule and (for new findings) the rule of the new finding. */
  byGroup: Record<string, number>;
  /** Up to 20 examples per group: "file | fix title | detail". */
  examples: Record<string, string[]>;
}

/** The article files of a corpus: BBC `.txt` (read as plain text) and open-news `.md`. */
export function corpusFiles(corpus: 'bbc' | 'open-news' | 'all'): { file: string; format: 'text' | 'markdown' }[] {
  const out: { file: string; format: 'text' | 'markdown' }[] = [];
  if (corpus !== 'open-news') {
    const root = path.join(corporaRoot, 'bbc-news');
    for (const section of fs.readdirSync(root).sort()) {
      const dir = path.join(root, section);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) out.push({ file: path.join(dir, f), format: 'text' });
    }
  }
  if (corpus !== 'bbc') {
    const root = path.join(corporaRoot, 'open-news');
    for (const f of fs.readdirSync(root).sort()) if (/^\d{3}-.*\.md$/.test(f)) out.push({ file: path.join(root, f), format: 'markdown' });
  }
  return out;
}

function emptyTotals(): SafetyTotals {
  return { articles: 0, fixes: 0, violations: { 'damaged-word': 0, 'unparsed-tag': 0, 'own-finding-left': 0, 'new-finding': 0 }, byGroup: {}, examples: {} };
}

function checkFiles(files: { file: string; format: 'text' | 'markdown' }[]): SafetyTotals {
  const totals = emptyTotals();
  for (const { file, format } of files) {
    const text = fs.readFileSync(file, 'utf8');
    totals.articles++;
    for (const report of checkAllFixes(text, { format })) {
      totals.fixes++;
      for (const v of report.violations) {
        totals.violations[v.kind]++;
        // New findings are grouped by the rule that found them too: "new-finding (tag-all → untagged-entity)".
        const found = v.kind === 'new-finding' ? ` → ${v.detail.split(' ')[0]}` : '';
        const group = `${v.kind} (${report.rule}${found})`;
        totals.byGroup[group] = (totals.byGroup[group] ?? 0) + 1;
        const list = (totals.examples[group] ??= []);
        if (list.length < 20) list.push(`${path.relative(corporaRoot, file)} | ${report.title} | ${v.detail}`);
      }
    }
  }
  return totals;
}

function merge(into: SafetyTotals, from: SafetyTotals): void {
  into.articles += from.articles;
  into.fixes += from.fixes;
  for (const k of Object.keys(from.violations) as Violation[]) into.violations[k] += from.violations[k];
  for (const [k, n] of Object.entries(from.byGroup)) into.byGroup[k] = (into.byGroup[k] ?? 0) + n;
  for (const [k, list] of Object.entries(from.examples)) into.examples[k] = [...(into.examples[k] ?? []), ...list].slice(0, 20);
}

/** Checks the files on `jobs` worker threads (each takes every jobs-th file). */
export async function runFixSafety(files: { file: string; format: 'text' | 'markdown' }[], jobs: number): Promise<SafetyTotals> {
  const totals = emptyTotals();
  const shards = Array.from({ length: Math.max(1, jobs) }, (_, k) => files.filter((_, i) => i % jobs === k));
  const results = await Promise.all(shards.map((shard) => new Promise<SafetyTotals>((resolve, reject) => {
    // Workers load this TypeScript file through tsx's CommonJS hook (the --import flag does not reach them).
    const boot = `require('tsx/cjs/api').register(); require(${JSON.stringify(fileURLToPath(import.meta.url))});`;
    const worker = new Worker(boot, { eval: true, workerData: shard });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  for (const r of results) merge(totals, r);
  return totals;
}

if (!isMainThread) {
  parentPort!.postMessage(checkFiles(workerData as { file: string; format: 'text' | 'markdown' }[]));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { corpus: { type: 'string', default: 'all' }, jobs: { type: 'string', default: String(os.availableParallelism()) }, every: { type: 'string', default: '1' }, json: { type: 'boolean', default: false } } });
  if (!fs.existsSync(corporaRoot)) {
    console.error(`fix-safety: the corpora are not at ${corporaRoot}; nothing to check.`);
    process.exit(2);
  }
  const corpus = values.corpus as 'bbc' | 'open-news' | 'all';
  const every = Math.max(1, Number(values.every));
  const files = corpusFiles(corpus).filter((_, i) => i % every === 0);
  const started = Date.now();
  const totals = await runFixSafety(files, Math.max(1, Number(values.jobs)));
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (values.json) console.log(JSON.stringify({ ...totals, seconds: Number(seconds) }, null, 2));
  else {
    console.log(`${totals.articles} articles, ${totals.fixes} fixes checked in ${seconds} s`);
    for (const [k, n] of Object.entries(totals.violations)) console.log(`  ${k}: ${n}`);
    for (const [k, list] of Object.entries(totals.examples)) {
      console.log(`\n${k}: ${totals.byGroup[k]}`);
      for (const e of list) console.log(`  ${e}`);
    }
  }
  process.exit(Object.values(totals.violations).some((n) => n > 0) ? 1 : 0);
}
