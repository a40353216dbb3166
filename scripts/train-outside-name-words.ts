// Learns which lower-case words stand between two names rather than inside one ("US magazine Rolling Stone", "Human
// Rights group Liberty", "Motor Maniacs for cable TV") and writes data/outside-name-words.txt. A name's own lower-case
// words are particles and joiners ("Parc des Princes", "Dar es Salaam", "Rodrigo de la Serna"): copy writes them
// between two capitalised words in a large share of their lower-case uses. A common noun ("magazine", "group",
// "cable") stands there seldom: "the magazine said", "a cable network". So a word is listed when it is written in
// lower case inside sentences at least MIN_LOWER times and stands between two capitalised words (the word before it
// not the sentence's first) in at most FLANKED_SHARE of them.
//
// Source: the unlabelled BBC News articles (2004–05) and the open-news articles in ../shared/corpora; only the words
// (no counts, no text) are written. Deterministic: the same input gives the same bytes.
//
// Usage: node --import tsx scripts/train-outside-name-words.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlabelledArticles } from './unlabelled-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const sources = ['bbc-news', 'open-news'];
const out = path.join(repoRoot, 'data/outside-name-words.txt');
/** Lower-case uses a word needs, and the largest share of them that may stand between two capitalised words. */
const MIN_LOWER = 5;
const FLANKED_SHARE = 0.35;
/** Words of fewer letters are left out: function words are read from the tagger, not this list. */
const MIN_LETTERS = 3;
const TOKEN = /[A-Za-z][A-Za-z]*(?:['’-][A-Za-z]+)*|[^\sA-Za-z]+/g;

const capitalised = (w: string | undefined) => !!w && /^[A-Z]/.test(w);

function main(): void {
  const articleFiles = unlabelledArticles('train-outside-name-words', corpora, sources);
  const lower = new Map<string, number>();
  const flanked = new Map<string, number>();
  let articles = 0;
  for (const file of articleFiles) {
    articles++;
    // Front matter and Markdown headings are no prose; BBC News puts the headline on the first line.
    const text = fs.readFileSync(file, 'utf8').replace(/^---\n[\s\S]*?\n---\n/, '');
    const lines = text.split('\n').filter((l) => l.trim() && !/^\s*#/.test(l));
    for (const line of lines.slice(1)) {
      for (const sentence of line.split(/(?<=[.!?]["'”’)]?)\s+/)) {
        const tokens = [...sentence.matchAll(TOKEN)].map((m) => m[0]);
        for (let i = 2; i < tokens.length - 1; i++) {
          const w = tokens[i];
          if (!/^[a-z]/.test(w) || w !== w.toLowerCase() || w.replace(/[^a-z]/g, '').length < MIN_LETTERS) continue;
          lower.set(w, (lower.get(w) ?? 0) + 1);
          if (capitalised(tokens[i - 1]) && capitalised(tokens[i + 1])) flanked.set(w, (flanked.get(w) ?? 0) + 1);
        }
      }
    }
  }
  const words = [...lower].filter(([w, n]) => n >= MIN_LOWER && (flanked.get(w) ?? 0) <= FLANKED_SHARE * n).map(([w]) => w).sort();
  const lines = [
    '# Lower-case words that stand between two names rather than inside one ("US magazine Rolling Stone"). Learned by',
    '# scripts/train-outside-name-words.ts from the unlabelled BBC News (2004–05) and open-news articles in ../shared/corpora',
    `# (${articles} articles): written in lower case inside sentences at least ${MIN_LOWER} times, between two capitalised words in at`,
    `# most ${FLANKED_SHARE * 100}% of them (a name's particles, "des", "es", "de", stand there far more often). ${words.length} words.`,
    ...words,
  ];
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`train-outside-name-words: ${words.length} words → ${path.relative(repoRoot, out)}`);
}

main();
