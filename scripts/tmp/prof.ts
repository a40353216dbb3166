import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpora', 'bbc-news');
function longFeature(untilWords = 20000): string {
  const parts: string[] = ['---\npublished: 2005-03-01\n---\n'];
  let words = 0;
  for (const section of ['business', 'politics']) {
    for (const f of fs.readdirSync(path.join(CORPUS, section)).sort()) {
      const text = fs.readFileSync(path.join(CORPUS, section, f), 'utf8').replace(/\r\n/g, '\n');
      parts.push(text.split('\n').filter((l) => l.trim()).join('\n\n'));
      words += text.split(/\s+/).filter(Boolean).length;
      if (words >= untilWords) return parts.join('\n\n');
    }
  }
  return parts.join('\n\n');
}
const long = longFeature();
for (let i = 0; i < 5; i++) analyze(long);
const mode = process.argv[2] ?? 'edit';
const t0 = performance.now();
let edits = 0;
const times: number[] = [];
for (let i = 0; i < Number(process.env.N ?? 40); i++) {
  const t = performance.now();
  if (mode === 'edit') { const at = Math.floor(long.length * (0.3 + 0.01 * (edits++ % 60))); analyze(long.slice(0, at) + 'x' + long.slice(at)); }
  else analyze(long);
  times.push(performance.now() - t);
}
times.sort((a, b) => a - b);
console.log(mode, 'median', times[20].toFixed(1), 'total', (performance.now() - t0).toFixed(0));
