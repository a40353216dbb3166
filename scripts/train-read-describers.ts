// Learns which lower-case nouns describe people and which describe bodies, from the recogniser's own reading of
// unlabelled news (self-training, as in Collins & Singer 1999's bootstrapping of name types from their contexts), and
// writes data/entity-describers-read.json. The labelled describers of data/entity-heads.json (CoNLL-2003 train and
// the open-news dev labels) hold 182 nouns; "composer", "provider", "retailer" are not among them, though news copy
// puts them before names all the time ("Bollywood composer AR Rahman", "Wireless provider Broadreach").
//
// A noun counts when the layer tags it NOUN, it is written in lower case, and it stands right before a name the
// shipped analysis reports (not a tag), in the same sentence; the count goes to the name's type. One name of a
// known type rarely tells much, but a noun seen before dozens of names says what kind of thing it describes.
// Only counts are written, for nouns seen at least MIN_SEEN times.
//
// Source: the unlabelled BBC News (2004–05) and open-news articles in ../shared/corpora, publication assumed
// 2005-03-01 for BBC. Held-out articles are left out: the open-news held-out lists (test/fixtures/open-news/split.json
// "heldout", "entities2_heldout") and the BBC figures held-out list (test/fixtures/figures/bbc-needs-source.json).
// Deterministic: the same inputs and code give the same bytes.
//
// Usage: node --import tsx scripts/train-read-describers.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyze } from '../server/src/core/analyze';
import { parseArticle } from '../server/src/core/article';
import { languageOf } from '../server/src/core/language';
import { unlabelledArticles } from './unlabelled-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const out = path.join(repoRoot, 'data/entity-describers-read.json');
const TYPES = ['person', 'org', 'place', 'other'] as const;
/** Nouns seen before fewer names say too little to ship. */
const MIN_SEEN = 3;

/** Relative paths (under their corpus) of the held-out articles, which no learner reads. */
function heldOut(): Set<string> {
  const openNews = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/open-news/split.json'), 'utf8')) as Record<string, unknown>;
  const bbc = JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source.json'), 'utf8')) as { split: Record<string, string[]> };
  const names = [...(openNews.heldout as string[]), ...(openNews.entities2_heldout as string[])].map((n) => `open-news/${n}`);
  return new Set([...names, ...bbc.split.heldout.map((n) => `bbc-news/${n}`)]);
}

/** The article as the analysis reads it: BBC's first line is the headline, its paragraphs are lines. */
function asArticle(file: string, raw: string): string {
  if (file.endsWith('.md')) return raw;
  const lines = raw.replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim());
  return `---\npublished: 2005-03-01\n---\n\n# ${lines[0]}\n\n${lines.slice(1).join('\n\n')}\n`;
}

function main(): void {
  const skip = heldOut();
  const counts = new Map<string, number[]>();
  let read = 0;
  for (const file of unlabelledArticles('train-read-describers', corpora, ['bbc-news', 'open-news'])) {
    if (skip.has(path.relative(corpora, file).split(path.sep).join('/'))) continue;
    const text = asArticle(file, fs.readFileSync(file, 'utf8'));
    const { entities } = analyze(text);
    const article = parseArticle(text);
    const layer = languageOf(article);
    read++;
    for (const m of entities) {
      if (m.tagged) continue;
      const k = layer.tokenAt(m.start);
      const before = layer.tokens[k - 1];
      if (k < 1 || !before || before.pos !== 'NOUN' || before.sentence !== layer.tokens[k].sentence) continue;
      const word = article.prose.slice(before.start, before.end);
      if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) continue;
      const lemma = before.lemma.toLowerCase();
      const row = counts.get(lemma) ?? [0, 0, 0, 0];
      row[TYPES.indexOf(m.type as (typeof TYPES)[number])]++;
      counts.set(lemma, row);
    }
  }
  const kept = [...counts].filter(([, v]) => v[0] + v[1] + v[2] + v[3] >= MIN_SEEN).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const data = {
    _about: `Learned by scripts/train-read-describers.ts from the recogniser's own reading of ${read} unlabelled BBC News and open-news articles (held-out lists left out; counts only): a lower-case noun right before a name the analysis reports → counts by the name's type [person, org, place, other], for nouns seen at least ${MIN_SEEN} times.`,
    describers: Object.fromEntries(kept),
  };
  fs.writeFileSync(out, `${JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`train-read-describers: ${read} articles, ${kept.length} describing nouns → ${path.relative(repoRoot, out)}`);
}

main();
