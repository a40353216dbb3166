import fs from 'node:fs';
import path from 'node:path';
import { analyze } from '../../server/src/core/analyze';
const CORPUS = '/work/shared/corpora/bbc-news';
const parts: string[] = []; let words = 0;
for (const section of ['business', 'politics']) for (const f of fs.readdirSync(path.join(CORPUS, section)).sort()) { if (words >= 20000) break; const text = fs.readFileSync(path.join(CORPUS, section, f), 'utf8').replace(/\r\n/g, '\n'); const [title, ...body] = text.split('\n'); parts.push(`## ${title.trim()}\n\n${body.join('\n').trim()}`); words += text.split(/\s+/).length; }
const long = `---\ntitle: x\npublished: 2005-03-10\n---\n\n${parts.join('\n\n')}\n`;
for (let i = 0; i < 3; i++) analyze(long);
const t0 = performance.now(); for (let i = 0; i < 10; i++) analyze(long); console.log(((performance.now() - t0) / 10).toFixed(0), 'ms');
