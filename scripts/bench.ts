// npm run bench: medians of warm whole-article analysis (sample, 20,000-word BBC feature), server cold start, then each component's bench.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { analyze } from '../server/src/core/analyze';
import { TestClient } from '../test/helpers/lspClient';

const ROOT = path.resolve(__dirname, '..');
const CORPUS = path.resolve(ROOT, '..', 'shared', 'corpora', 'bbc-news');

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function timeRuns(runs: number, fn: () => void): number[] {
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return times;
}

function report(label: string, times: number[], target?: string) {
  console.log(`${label.padEnd(48)} median ${median(times).toFixed(2).padStart(8)} ms  (min ${Math.min(...times).toFixed(2)}, max ${Math.max(...times).toFixed(2)}, ${times.length} runs)${target ? `  target ${target}` : ''}`);
}

/** About 20,000 words of BBC business and politics copy, as one long feature with front matter. */
function longFeature(skipWords = 0, untilWords = 20000): string | null {
  if (!fs.existsSync(CORPUS)) return null;
  const parts: string[] = ['---\npublished: 2005-03-01\n---\n'];
  let words = -skipWords;
  for (const section of ['business', 'politics']) {
    for (const f of fs.readdirSync(path.join(CORPUS, section)).sort()) {
      const text = fs.readFileSync(path.join(CORPUS, section, f), 'utf8').replace(/\r\n/g, '\n');
      const count = text.split(/\s+/).filter(Boolean).length;
      if (words >= 0) parts.push(text.split('\n').filter((l) => l.trim()).join('\n\n'));
      words += count;
      if (words >= untilWords - skipWords) return parts.join('\n\n');
    }
  }
  return parts.join('\n\n');
}

async function coldStart(runs: number): Promise<number[]> {
  const text = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    const client = new TestClient(path.join(ROOT, 'dist', 'server.js'));
    await client.initialize(null);
    const uri = pathToFileURL(path.join(ROOT, 'examples', 'iran-iraq-visit.md')).toString();
    await client.open(uri, text);
    await client.waitForDiagnostics(uri, (d) => d.length > 0);
    times.push(performance.now() - t);
    await client.shutdown();
  }
  return times;
}

async function main() {
  const sample = fs.readFileSync(path.join(ROOT, 'examples', 'iran-iraq-visit.md'), 'utf8');
  const first = performance.now();
  analyze(sample);
  console.log(`first analysis in this process (model load included): ${(performance.now() - first).toFixed(1)} ms`);
  timeRuns(20, () => analyze(sample));
  report(`sample article (${sample.split(/\s+/).length} words), warm`, timeRuns(100, () => analyze(sample)), '≤ 10 ms');
  const long = longFeature();
  if (long) {
    const words = long.split(/\s+/).length;
    timeRuns(3, () => analyze(long));
    report(`BBC feature (${words} words), warm, unchanged`, timeRuns(15, () => analyze(long)), '≤ 200 ms');
    // A keystroke: one letter typed in the middle of the feature, a different place each run.
    let edits = 0;
    report(`BBC feature (${words} words), after a one-letter edit`, timeRuns(15, () => {
      const at = Math.floor(long.length * (0.3 + 0.03 * edits++));
      analyze(long.slice(0, at) + 'x' + long.slice(at));
    }), '≤ 200 ms');
    // Nothing cached from this text: the first analysis of a feature pasted in whole.
    const fresh = longFeature(20000, 40000)!;
    report(`another BBC feature (${fresh.split(/\s+/).length} words), first analysis`, timeRuns(1, () => analyze(fresh)));
  } else console.log(`(skipped the long feature: ${CORPUS} is absent)`);
  report('server cold start → first diagnostics', await coldStart(7), '≤ 1000 ms');

  for (const script of ['bench-ner.ts', 'bench-figures.ts', 'bench-dates.ts']) {
    const file = path.join(ROOT, 'scripts', script);
    if (!fs.existsSync(file)) continue;
    console.log(`\n== ${script}`);
    const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: ROOT, stdio: 'inherit' });
    if (r.status !== 0) process.exitCode = 1;
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
