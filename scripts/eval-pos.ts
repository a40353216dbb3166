// Scores the linguistic layer's part-of-speech tags (wink-nlp + wink-eng-lite-web-model, through buildLanguage) against
// the POS column of CoNLL-2003, mapped from Penn Treebank tags to Universal POS by data/ptb-upos.json (a PTB tag that
// maps to several UPOS tags accepts each). Note: CoNLL-2003's POS column was itself assigned by a tagger, not by hand.
// Usage: node --import tsx scripts/eval-pos.ts [conll file relative to ../shared/corpora, default conll2003/eng.testa]
//        [--heldout]  (only every tenth document of the file, the slice the tagger comparison in the README uses)
import * as fs from 'fs';
import * as path from 'path';
import { buildLanguage } from '../server/src/core/language';

const repoRoot = path.resolve(import.meta.dirname, '..');
const args = process.argv.slice(2);
const heldout = args.includes('--heldout');
const file = path.resolve(repoRoot, '../shared/corpora', args.find((a) => !a.startsWith('--')) ?? 'conll2003/eng.testa');
if (!fs.existsSync(file)) {
  console.error(`CoNLL file not found: ${file} (corpora are read from ../shared/corpora relative to the repository).`);
  process.exit(1);
}
const mapping = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/ptb-upos.json'), 'utf8')) as { map: Record<string, string[]> }).map;

/** Sentences as [word, PTB tag] pairs, per document. */
function readSentences(): [string, string][][][] {
  const docs: [string, string][][][] = [[]];
  let sentence: [string, string][] = [];
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-' || cols[0] === '') {
      if (sentence.length) docs[docs.length - 1].push(sentence);
      sentence = [];
      if (cols[0] === '-DOCSTART-' && docs[docs.length - 1].length) docs.push([]);
    } else sentence.push([cols[0], cols[1]]);
  }
  if (sentence.length) docs[docs.length - 1].push(sentence);
  return docs;
}

const docs = readSentences().filter((_, i) => !heldout || i % 10 === 9);
let gold = 0;
let aligned = 0;
let correct = 0;
const confusions = new Map<string, number>();
let ms = 0;
for (const doc of docs) {
  for (const sentence of doc) {
    const text = sentence.map(([w]) => w).join(' ');
    const started = performance.now();
    const layer = buildLanguage(text, [{ start: 0, end: text.length }]);
    ms += performance.now() - started;
    const byStart = new Map(layer.tokens.map((t) => [t.start, t]));
    let at = 0;
    for (const [word, tag] of sentence) {
      gold++;
      const t = byStart.get(at);
      at += word.length + 1;
      if (!t || t.end !== at - 1) continue;
      aligned++;
      const accepted = mapping[tag] ?? ['X'];
      if (accepted.includes(t.pos)) correct++;
      else confusions.set(`${tag}→${t.pos}`, (confusions.get(`${tag}→${t.pos}`) ?? 0) + 1);
    }
  }
}
const pct = (a: number, b: number) => `${((100 * a) / b).toFixed(1)}%`;
console.log(`${path.relative(repoRoot, file)}${heldout ? ' (every tenth document)' : ''}: ${docs.length} documents, ${gold} tokens`);
console.log(`aligned with the tagger's tokens: ${aligned} (${pct(aligned, gold)}); UPOS accuracy on aligned tokens: ${pct(correct, aligned)}`);
console.log(`tagging time: ${ms.toFixed(0)} ms (${((gold / ms) * 1000).toFixed(0)} tokens/s, one sentence per call)`);
console.log('most frequent disagreements:', [...confusions].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v}`).join(', '));
