// The long fuzz run (issue 14): seeded mutations of real articles through the analysis core, on worker threads.
//
// Usage: node --import tsx scripts/fuzz.ts [--count 100000] [--seed 1] [--jobs 1] [--limit-ms 500] [--fill-rate 0.02]
// (--jobs: worker threads. The time bound is for one analysis at a time, as the server runs them; on this 2-core
// machine two workers slow each other's analyses by up to half again, so timings are taken with one.)
// (--fill-rate: the share of inputs grown to 20–98 KB of one dense construct: tables, links, dates, figures.)
// Articles: the two in examples/ and, when ../shared/corpora is present, the 120 open-news articles and every
// 20th BBC article. Reports exceptions, range/position violations and inputs under 100 KB slower than
// --limit-ms (an input over it on its first timing is timed three more times and judged on their median), with the
// seed and mutations of each so that it can be replayed; exits 1 when any is found.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import * as esbuild from 'esbuild';
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { fuzzCore, type FuzzResult } from '../test/helpers/fuzz';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');

function articles(): string[] {
  const out = ['iran-iraq-visit.md', 'planted-problems.md'].map((f) => fs.readFileSync(path.join(repoRoot, 'examples', f), 'utf8'));
  const openNews = path.join(corpora, 'open-news');
  if (fs.existsSync(openNews)) for (const f of fs.readdirSync(openNews).sort()) if (/^\d{3}-.*\.md$/.test(f)) out.push(fs.readFileSync(path.join(openNews, f), 'utf8'));
  const bbc = path.join(corpora, 'bbc-news');
  if (fs.existsSync(bbc)) {
    let i = 0;
    for (const section of fs.readdirSync(bbc).sort()) {
      const dir = path.join(bbc, section);
      if (!fs.statSync(dir).isDirectory()) continue;
      for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt') && i++ % 20 === 0) out.push(fs.readFileSync(path.join(dir, f), 'utf8'));
    }
  } else console.error('fuzz: ../shared/corpora is absent; fuzzing the two example articles only.');
  return out;
}

interface Job { articles: string[]; firstSeed: number; count: number; limitMs: number; fillRate: number }

if (!isMainThread) {
  const job = workerData as Job;
  parentPort!.postMessage(fuzzCore(job.articles, job.firstSeed, job.count, job.limitMs, job.fillRate));
} else if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  void main();
}

/**
 * This script bundled as the server is (esbuild, CommonJS, Node 20: esbuild.mjs's settings) into dist/, where the
 * core finds its data folder: the workers time the code that ships. (Run through tsx, the same core is about 40%
 * slower: tsx keeps function names, wrapping every closure the analysis creates.) Returns the bundle's path.
 */
async function bundleForWorkers(): Promise<string> {
  const outfile = path.join(repoRoot, 'dist', 'fuzz-worker.js');
  await esbuild.build({
    entryPoints: [fileURLToPath(import.meta.url)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', logLevel: 'warning', external: ['esbuild'],
    define: { 'import.meta.url': '__importMetaUrl' }, banner: { js: "const __importMetaUrl = require('url').pathToFileURL(__filename).href;" },
  });
  return outfile;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: 'string', default: '100000' }, seed: { type: 'string', default: '1' }, jobs: { type: 'string', default: '1' }, 'limit-ms': { type: 'string', default: '500' }, 'fill-rate': { type: 'string', default: '0.02' } } });
  const count = Number(values.count);
  const jobs = Math.max(1, Number(values.jobs));
  const firstSeed = Number(values.seed);
  const limitMs = Number(values['limit-ms']);
  const texts = articles();
  const script = await bundleForWorkers();
  const started = Date.now();
  const per = Math.ceil(count / jobs);
  const results = await Promise.all(Array.from({ length: jobs }, (_, k) => new Promise<FuzzResult>((resolve, reject) => {
    const job: Job = { articles: texts, firstSeed: firstSeed + k * per, count: Math.min(per, count - k * per), limitMs, fillRate: Number(values['fill-rate']) };
    // The young generation the server runs with (client/src/extension.ts: --max-semi-space-size=64 is 192 MB here).
    const worker = new Worker(script, { workerData: job, resourceLimits: { maxYoungGenerationSizeMb: 192 } });
    worker.once('message', resolve);
    worker.once('error', reject);
  })));
  const inputs = results.reduce((n, r) => n + r.inputs, 0);
  const exceptions = results.flatMap((r) => r.exceptions);
  const violations = results.flatMap((r) => r.violations);
  const slow = results.flatMap((r) => r.slow);
  const maxMs = Math.max(...results.map((r) => r.maxMs));
  const maxMedianMs = Math.max(...results.map((r) => r.maxMedianMs));
  const spikes = results.reduce((n, r) => n + r.spikes, 0);
  console.log(`${inputs} inputs from ${texts.length} articles (seeds ${firstSeed}…${firstSeed + count - 1}) in ${((Date.now() - started) / 1000).toFixed(0)} s on ${jobs} threads`);
  console.log(`  exceptions: ${exceptions.length}\n  range or position violations: ${violations.length}`);
  console.log(`  inputs under 100 KB over ${limitMs} ms: ${slow.length} (median of 3 re-runs; slowest median ${maxMedianMs.toFixed(0)} ms)`);
  console.log(`  first timing over ${limitMs} ms, median under: ${spikes} (slowest first timing ${maxMs.toFixed(0)} ms)`);
  for (const e of exceptions.slice(0, 10)) console.log(`exception seed ${e.seed} [${e.names.join(', ')}]: ${e.error.split('\n')[0]}`);
  for (const v of violations.slice(0, 10)) console.log(`violation seed ${v.seed} [${v.names.join(', ')}]: ${v.problems[0]}`);
  for (const s of slow.slice(0, 40)) console.log(`slow seed ${s.seed} [${s.names.join(', ')}]: ${s.kb} KB in ${s.ms} ms (median; first ${s.firstMs} ms)`);
  process.exit(exceptions.length + violations.length + slow.length > 0 ? 1 : 0);
}
