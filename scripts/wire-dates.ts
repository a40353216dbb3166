// The date rules' findings on real wire copy: the Reuters stories of CoNLL-2003 (August 1996) rebuilt as articles
// published on their dateline's day, read as a false-alarm set (every date finding on an original story is a false
// alarm unless the story itself slips). Train (eng.train) for tuning; the development file (eng.testa) held out.
//
// Usage: node --import tsx scripts/wire-dates.ts [--split train|testa] [--errors]
//   --errors  lists each finding with its paragraph (never read testa's while tuning)
// Reads ../shared/corpora/conll2003 at run time (research licence: nothing is written); says so and exits 2 when
// it is absent. eng.testb is never read.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/core/analyze';

const DATE_RULES = /^(tense-date-mismatch|date-conflict|weekday-mismatch|impossible-date|date-style|relative-date-unresolved)$/;
/** A dateline's last token: the story's date ("LONDON 1996-08-22"). */
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;
/** Tokens written without a space before them; "``" and "''" are CoNLL's quotation marks. */
const NO_SPACE_BEFORE = new Set([',', '.', ';', ':', ')', '%', '?', '!', "'s", "n't", "'re", "'ve", "'ll", "'d", "'m", "''"]);

/** The documents of a CoNLL-2003 file as sentences of tokens (`-DOCSTART-` lines separate documents). */
function conllDocuments(file: string): string[][][] {
  const docs: string[][][] = [];
  let doc: string[][] = [];
  let sentence: string[] = [];
  const endSentence = () => { if (sentence.length) doc.push(sentence); sentence = []; };
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (line.startsWith('-DOCSTART-')) { endSentence(); if (doc.length) docs.push(doc); doc = []; continue; }
    if (!line.trim()) { endSentence(); continue; }
    sentence.push(line.split(' ')[0]);
  }
  endSentence();
  if (doc.length) docs.push(doc);
  return docs;
}

/** One sentence's tokens joined as a reader expects them spaced, CoNLL's quotation marks written straight. */
function detokenise(tokens: readonly string[]): string {
  let out = '';
  let opened = false;
  for (const raw of tokens) {
    const t = raw === '``' || raw === "''" ? '"' : raw;
    const tight = out === '' || opened || NO_SPACE_BEFORE.has(raw);
    out += tight ? t : ` ${t}`;
    opened = raw === '``' || raw === '(';
  }
  return out;
}

/** A document as an article (front matter from its dateline, a paragraph per sentence), or null without a dateline in its first four sentences. */
function wireArticle(doc: string[][]): string | null {
  const dateline = doc.slice(0, 4).find((s) => ISO_DAY.test(s[s.length - 1]));
  if (!dateline) return null;
  return `---\npublished: ${dateline[dateline.length - 1]}\n---\n\n${doc.map(detokenise).join('\n\n')}\n`;
}

function main(): void {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'train' }, errors: { type: 'boolean', default: false } } });
  if (values.split !== 'train' && values.split !== 'testa') { console.error('wire-dates: --split is train or testa'); process.exit(2); }
  const file = path.resolve(__dirname, '../../shared/corpora/conll2003', values.split === 'train' ? 'eng.train' : 'eng.testa');
  if (!fs.existsSync(file)) { console.error(`wire-dates: ${file} is absent (../shared/corpora next to the repository); nothing read.`); process.exit(2); }
  const counts: Record<string, number> = {};
  let articles = 0;
  conllDocuments(file).forEach((doc, i) => {
    const text = wireArticle(doc);
    if (!text) return;
    articles++;
    for (const f of analyze(text, { format: 'text' }).findings) {
      if (!DATE_RULES.test(f.rule)) continue;
      counts[f.rule] = (counts[f.rule] ?? 0) + 1;
      if (!values.errors) continue;
      const from = text.lastIndexOf('\n', f.start) + 1;
      const to = text.indexOf('\n', f.end);
      console.log(`doc ${i} ${f.rule} “${f.text}”: ${f.message}\n    ${text.slice(from, to < 0 ? undefined : to)}`);
    }
  });
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  console.log(`CoNLL-2003 ${values.split}: ${articles} stories with a dateline; date findings ${total} (${((100 * total) / Math.max(1, articles)).toFixed(1)} per 100)`);
  for (const [rule, n] of Object.entries(counts).sort()) console.log(`  ${rule.padEnd(24)} ${n}`);
}

if (require.main === module) main();
