// Learns which words copy writes in lower case inside a sentence ("questioned", "probe", "cooperation") and writes
// data/common-words.txt: in a Title-Case headline every word is capitalised, and a word the language writes in lower
// case is no name there, even when the article's own body never uses it. A word that is also a name ("Brown", "Bush",
// "May") is written capitalised inside sentences often enough to stay out.
//
// A word counts when it stands inside a sentence (not its first word, nor right after an opening quotation mark,
// bracket or colon), outside the article's first line (BBC News puts the headline there) and outside lines in Title
// Case. It is common when written in lower case at least MIN_LOWER times and in at least LOWER_SHARE of its occurrences.
//
// Source: the unlabelled BBC News articles (2004–05) and the open-news articles in ../shared/corpora; only the words
// (no counts, no text) are written. Deterministic: the same input gives the same bytes.
//
// Usage: node --import tsx scripts/train-common-words.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlabelledArticles } from './unlabelled-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const sources = ['bbc-news', 'open-news'];
const out = path.join(repoRoot, 'data/common-words.txt');
/** Occurrences in lower case a word needs, and their share of all its occurrences inside sentences. */
const MIN_LOWER = 3;
const LOWER_SHARE = 0.9;
/** Words of fewer letters are left out: function words are read from the tagger, not this list. */
const MIN_LETTERS = 3;
const WORD = /[A-Za-z][a-z]+(?:['’-][a-z]+)*/g;

/** Whether most words of four letters or more on the line are capitalised (a headline). */
function titleCase(line: string): boolean {
  const words = line.split(/\s+/).filter((w) => w.replace(/[^A-Za-z]/g, '').length >= 4);
  return words.length >= 3 && words.filter((w) => /^[^A-Za-z]*[A-Z]/.test(w)).length >= 0.8 * words.length;
}

function main(): void {
  const articleFiles = unlabelledArticles('train-common-words', corpora, sources);
  const lower = new Map<string, number>();
  const upper = new Map<string, number>();
  let articles = 0;
  for (const file of articleFiles) {
    articles++;
    // Front matter and Markdown headings are no prose.
    const text = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const lines = text.split('\n').filter((l) => l.trim());
    for (const line of lines.slice(1)) {
      if (/^\s*#/.test(line) || titleCase(line)) continue;
      for (const sentence of line.split(/(?<=[.!?]["'”’)]?)\s+/)) {
        for (const m of sentence.matchAll(WORD)) {
          const before = sentence.slice(0, m.index).trimEnd();
          if (before === '' || /["“‘'(:[—–-]$/.test(before)) continue;
          const w = m[0];
          if (w.replace(/[^A-Za-z]/g, '').length < MIN_LETTERS) continue;
          const key = w.toLowerCase();
          const map = w[0] === w[0].toLowerCase() ? lower : upper;
          map.set(key, (map.get(key) ?? 0) + 1);
        }
      }
    }
  }
  const common = [...lower].filter(([w, n]) => n >= MIN_LOWER && n >= LOWER_SHARE * (n + (upper.get(w) ?? 0))).map(([w]) => w).sort();
  const lines = [
    '# Words copy writes in lower case inside a sentence: no names in a Title-Case headline. Learned by',
    '# scripts/train-common-words.ts from the unlabelled BBC News (2004–05) and open-news articles in ../shared/corpora',
    `# (${articles} articles): written in lower case at least ${MIN_LOWER} times and in at least ${LOWER_SHARE * 100}% of the word's`,
    `# occurrences inside sentences (not first in a sentence, quotation or bracket; headlines left out). ${common.length} words.`,
    ...common,
  ];
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`train-common-words: ${common.length} words → ${path.relative(repoRoot, out)}`);
}

main();
