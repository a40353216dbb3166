// Times extractDates on the sample article (warm, median of many runs); target ≤ 3 ms.
import * as fs from 'fs';
import * as path from 'path';
import { parseArticle } from '../server/src/core/article';
import { extractDates } from '../server/src/core/dates';

const file = path.resolve(__dirname, '..', '../shared/articles/iran-iraq-visit.txt');
if (!fs.existsSync(file)) {
  console.error(`bench-dates: sample article not found at ${file}`);
  process.exit(2);
}
const article = parseArticle(fs.readFileSync(file, 'utf8'), 'text');
const runs = Number(process.argv[2] ?? 500);
for (let i = 0; i < 50; i++) extractDates(article, '2024-09-11');
const times: number[] = [];
for (let i = 0; i < runs; i++) {
  const t = performance.now();
  extractDates(article, '2024-09-11');
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(3);
console.log(`extractDates on ${path.basename(file)} (${article.text.length} chars), ${runs} warm runs: median ${at(0.5)} ms, p90 ${at(0.9)} ms, max ${at(1)} ms (target ≤ 3 ms median)`);
