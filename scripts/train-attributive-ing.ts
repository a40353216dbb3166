// Learns which -ing words stand before a noun as its modifier ("operating profit", "growing demand", "the existing
// contract") rather than as a verb with an object ("taking control", "including France"), and writes
// data/language-attributive-ing.json. The tagger marks both VERB; the verb-group finder must not read the first as a
// clause's verb, or a date after it ("71% of operating profit next year") loses the verb that governs it.
//
// Source: CoNLL-2003 eng.train's part-of-speech and chunk columns (Penn Treebank tags from a tagger trained on the
// WSJ treebank). An -ing word right before a noun (NN*) counts as a modifier when it is tagged NN/NNS/JJ (PTB's
// reading of "operating profit", "commanding lead") or when it is VBG inside the noun's own NP chunk ("growing/VBG
// I-NP demand/NN I-NP"); as a verb when it is VBG in a verb chunk. Only counts are written, no text.
// Deterministic: the same input gives the same bytes.
//
// Usage: node --import tsx scripts/train-attributive-ing.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const conllTrain = path.resolve(repoRoot, '../shared/corpora/conll2003/eng.train');
const out = path.join(repoRoot, 'data/language-attributive-ing.json');
/** Occurrences before a noun below which a word says too little to ship. */
const MIN_SEEN = 2;

function main(): void {
  if (!fs.existsSync(conllTrain)) {
    console.error(`train-attributive-ing: need ${conllTrain} (../shared/corpora next to the repository); nothing written.`);
    process.exit(2);
  }
  const rows = fs.readFileSync(conllTrain, 'utf8').split('\n').map((line) => line.trim().split(/\s+/));
  const counts = new Map<string, [number, number]>();
  for (let i = 0; i + 1 < rows.length; i++) {
    const [word, pos, chunk] = rows[i];
    const next = rows[i + 1];
    if (rows[i].length < 4 || next.length < 4 || word === '-DOCSTART-') continue;
    const lower = word.toLowerCase();
    if (!/^[a-z][a-z-]*ing$/.test(lower) || !next[1].startsWith('NN') || next[1].startsWith('NNP')) continue;
    let modifier: boolean;
    if (pos === 'NN' || pos === 'NNS' || pos === 'JJ') modifier = true;
    else if (pos === 'VBG') modifier = chunk.endsWith('-NP') && next[2] === 'I-NP';
    else continue;
    const row = counts.get(lower) ?? [0, 0];
    row[modifier ? 0 : 1]++;
    counts.set(lower, row);
  }
  const kept = [...counts].filter(([, [m, v]]) => m + v >= MIN_SEEN).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const data = {
    _about: 'Learned by scripts/train-attributive-ing.ts from CoNLL-2003 eng.train (POS and chunk columns; counts only). words: an -ing word seen right before a common noun → [times it modified the noun (NN/JJ, or VBG inside the noun\'s NP chunk), times it was a verb (VBG in a verb chunk)].',
    words: Object.fromEntries(kept),
  };
  fs.writeFileSync(out, `${JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`train-attributive-ing: ${kept.length} words → ${path.relative(repoRoot, out)}`);
}

main();
