// Times figure detection with attribution: the sample article (median of warm runs) and the whole BBC corpus (throughput).
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../server/src/core/article';
import { defaultConfig } from '../server/src/core/config';
import { extractFigures } from '../server/src/core/figures';

const repoRoot = path.resolve(__dirname, '..');
const shared = path.resolve(repoRoot, '../shared');
const samplePath = path.join(shared, 'articles/iran-iraq-visit.txt');
const bbcRoot = path.join(shared, 'corpora/bbc-news');
const config = defaultConfig();

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

function main(): void {
  if (!fs.existsSync(samplePath) || !fs.existsSync(bbcRoot)) {
    console.error(`bench-figures needs ${samplePath} and ${bbcRoot} (../shared relative to the repository).`);
    process.exit(2);
  }
  const sample = parseArticle(fs.readFileSync(samplePath, 'utf8'));
  for (let i = 0; i < 200; i++) extractFigures(sample, config);
  const runs: number[] = [];
  for (let i = 0; i < 1000; i++) {
    const t0 = process.hrtime.bigint();
    extractFigures(sample, config);
    runs.push(Number(process.hrtime.bigint() - t0) / 1e6);
  }
  const sampleMs = median(runs);
  console.log(`figures: sample article (${sample.text.length} chars) median ${sampleMs.toFixed(3)} ms over ${runs.length} warm runs (budget 2 ms)`);

  const articles: ReturnType<typeof parseArticle>[] = [];
  let bytes = 0;
  for (const dir of fs.readdirSync(bbcRoot).sort()) {
    const full = path.join(bbcRoot, dir);
    if (!fs.statSync(full).isDirectory()) continue;
    for (const f of fs.readdirSync(full).sort()) {
      const buf = fs.readFileSync(path.join(full, f));
      bytes += buf.length;
      articles.push(parseArticle(buf.toString('utf8')));
    }
  }
  for (const a of articles.slice(0, 200)) extractFigures(a, config);
  const t0 = process.hrtime.bigint();
  let figures = 0;
  for (const a of articles) figures += extractFigures(a, config).length;
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  const mbps = bytes / 1e6 / seconds;
  console.log(`figures: BBC corpus ${articles.length} articles, ${(bytes / 1e6).toFixed(2)} MB, ${figures} figures in ${seconds.toFixed(2)} s = ${mbps.toFixed(1)} MB/s (budget 1 MB/s; parsing excluded)`);
  const ok = sampleMs <= 2 && mbps >= 1;
  if (!ok) { console.error('figures: over budget'); process.exitCode = 1; }
}

main();
