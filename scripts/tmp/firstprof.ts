import * as fs from 'fs';
import * as path from 'path';
import * as inspector from 'inspector';
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
const docs = [feature(20000, 40000), feature(40000, 60000), feature(60000, 80000)];
const s = new inspector.Session();
s.connect();
s.post('Profiler.enable', () => s.post('Profiler.start', () => {
  const t = performance.now();
  for (const d of docs) analyze(d);
  console.log('3 firsts', (performance.now() - t).toFixed(0));
  s.post('Profiler.stop', (err, { profile }) => { fs.writeFileSync('/tmp/nd/first.cpuprofile', JSON.stringify(profile)); });
}));
