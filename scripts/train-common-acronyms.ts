// Learns which acronyms are common nouns ("a PC", "their TVs", "an MP", "DVDs") rather than names ("the BBC", "Nato")
// and writes data/common-acronyms.txt. A name in capitals is the name of one thing: copy neither counts it nor takes an
// indefinite article before it. A common noun in capitals does both. So an acronym is common when the copy writes its
// plural ("PCs") at least MIN_PLURAL times and the singular after "a"/"an" at least once (the plural alone is not
// enough: "the AAAs" is a championship).
//
// Source: the unlabelled BBC News articles (2004–05) and the open-news articles in ../shared/corpora; only the
// acronyms and their counts are written, no text. Deterministic: the same input gives the same bytes.
//
// Usage: node --import tsx scripts/train-common-acronyms.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { unlabelledArticles } from './unlabelled-corpus';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const sources = ['bbc-news', 'open-news'];
const out = path.join(repoRoot, 'data/common-acronyms.txt');
/** Plurals an acronym needs before it counts as a common noun. */
const MIN_PLURAL = 2;
/** An acronym: a capital, then two to four capitals or digits ("TV", "MP3", "HDTV"). */
const PLURAL = /\b([A-Z][A-Z0-9]{1,4})s\b/g;
const INDEFINITE = /\b(?:[Aa]n?) ([A-Z][A-Z0-9]{1,4})\b(?!['’]?s\b)/g;

function main(): void {
  const articleFiles = unlabelledArticles('train-common-acronyms', corpora, sources);
  const plural = new Map<string, number>();
  const indefinite = new Map<string, number>();
  let articles = 0;
  for (const file of articleFiles) {
    const text = fs.readFileSync(file, 'utf8');
    articles++;
    for (const m of text.matchAll(PLURAL)) plural.set(m[1], (plural.get(m[1]) ?? 0) + 1);
    for (const m of text.matchAll(INDEFINITE)) indefinite.set(m[1], (indefinite.get(m[1]) ?? 0) + 1);
  }
  const common = [...plural].filter(([a, n]) => n >= MIN_PLURAL && (indefinite.get(a) ?? 0) >= 1).sort((x, y) => x[0].localeCompare(y[0]));
  const lines = [
    '# Acronyms that are common nouns ("a PC", "their TVs", "an MP"), not names: neither they nor their plurals are',
    '# mentions to tag. Learned by scripts/train-common-acronyms.ts from the unlabelled BBC News (2004–05) and open-news',
    `# articles in ../shared/corpora (${articles} articles): the plural written at least ${MIN_PLURAL} times and the singular after`,
    '# "a"/"an" at least once. Counts (plural / after "a" or "an"):',
    `# ${common.map(([a, n]) => `${a} ${n}/${indefinite.get(a)}`).join(', ')}`,
    ...common.map(([a]) => a),
  ];
  fs.writeFileSync(out, `${lines.join('\n')}\n`);
  console.log(`train-common-acronyms: ${common.length} acronyms → ${path.relative(repoRoot, out)}`);
}

main();
