import * as fs from 'fs';
import * as path from 'path';
import { analyze } from '../../server/src/core/analyze';
const CORPUS = path.resolve(__dirname, '..', '..', '..', 'shared', 'corpora', 'bbc-news');
function feature(skip: number, until: number): string {
  const parts: string[] = ['---\npublished: 2005-03-01\n---\n'];
  let words = -skip;
  for (const section of ['business', 'politics']) for (const f of fs.readdirSync(path.join(CORPUS, section)).sort()) {
    const text = fs.readFileSync(path.join(CORPUS, section, f), 'utf8').replace(/\r\n/g, '\n');
    if (words >= 0) parts.push(text.split('\n').filter((l) => l.trim()).join('\n\n'));
    words += text.split(/\s+/).filter(Boolean).length;
    if (words >= until - skip) return parts.join('\n\n');
  }
  return parts.join('\n\n');
}
const sample = fs.readFileSync('examples/iran-iraq-visit.md', 'utf8');
analyze(sample);
const a = feature(0, 20000);
for (let i = 0; i < 3; i++) analyze(a);
const b = feature(20000, 40000);
let t = performance.now(); analyze(b); const first = performance.now() - t;
const ts: number[] = [];
for (let i = 0; i < 15; i++) { t = performance.now(); analyze(b); ts.push(performance.now() - t); }
ts.sort((x, y) => x - y);
const ss: number[] = [];
for (let i = 0; i < 100; i++) { t = performance.now(); analyze(sample); ss.push(performance.now() - t); }
ss.sort((x, y) => x - y);
console.log(`first ${first.toFixed(0)} warm ${ts[7].toFixed(1)} sample ${ss[50].toFixed(2)}`);
