import fs from 'node:fs';
import path from 'node:path';
async function main() {
  const A = (await import('/tmp/nd/base/server/src/core/analyze.ts')).analyze;
  const B = (await import('/work/main/server/src/core/analyze.ts')).analyze;
  const sample = fs.readFileSync('/work/main/examples/iran-iraq-visit.md', 'utf8');
  const CORPUS = '/work/shared/corpora/bbc-news';
  const parts: string[] = ['---\npublished: 2005-03-01\n---\n']; let words = 0;
  outer: for (const section of ['business', 'politics']) for (const f of fs.readdirSync(path.join(CORPUS, section)).sort()) { const text = fs.readFileSync(path.join(CORPUS, section, f), 'utf8').replace(/\r\n/g, '\n'); parts.push(text.split('\n').filter((l) => l.trim()).join('\n\n')); words += text.split(/\s+/).length; if (words >= 20000) break outer; }
  const long = parts.join('\n\n');
  const med = (xs: number[]) => xs.sort((a, b) => a - b)[xs.length >> 1];
  const run = (f: (t: string) => unknown, t: string, n: number) => { const out: number[] = []; for (let i = 0; i < n; i++) { const t0 = performance.now(); f(t); out.push(performance.now() - t0); } return out; };
  for (const f of [A, B]) { run(f, sample, 20); run(f, long, 3); }
  const sa: number[] = [], sb: number[] = [], la: number[] = [], lb: number[] = [];
  for (let r = 0; r < 5; r++) { sa.push(...run(A, sample, 40)); sb.push(...run(B, sample, 40)); la.push(...run(A, long, 3)); lb.push(...run(B, long, 3)); }
  console.log(`sample: base ${med(sa).toFixed(2)} ms, layer ${med(sb).toFixed(2)} ms; feature warm: base ${med(la).toFixed(1)} ms, layer ${med(lb).toFixed(1)} ms (medians, 200 / 15 runs interleaved)`);
}
void main();
