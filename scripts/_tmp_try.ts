import * as fs from 'fs';
import { parseArticle } from '../server/src/core/article';
import { extractDates } from '../server/src/core/dates';
const t = process.argv[2] ? process.argv[2] : fs.readFileSync('/work/shared/articles/iran-iraq-visit.txt','utf8');
const a = parseArticle(t, 'text');
for (const d of extractDates(a, process.argv[3] ?? '2024-09-11')) console.log(d.start, d.end, JSON.stringify(d.text), d.kind, d.value, d.relative, d.tense, '|', d.explanation);
