// Learns which words are verbs often enough that, standing as a clause's only verb between a subject and its object,
// they should be read as verbs: "The council signs the deal", "Residents face a long wait", "Officials estimate the
// cost". The lite tagger reads such present forms as nouns (signs/NOUN, face/NOUN), so the clause has no verb group,
// no tense for its date and no reporting verb. Writes data/language-present-verbs.json.
//
// Source: CoNLL-2003 eng.train's part-of-speech column (Penn Treebank tags from a tagger trained on the WSJ
// treebank). For each lower-cased word: how often it is tagged a base or present verb (VB, VBP, VBZ) and how often a
// common noun (NN, NNS). Words seen as such a verb fewer than MIN_SEEN times are left out. Only counts are written,
// no text. Deterministic: the same input gives the same bytes.
//
// Usage: node --import tsx scripts/train-present-verbs.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const conllTrain = path.resolve(repoRoot, '../shared/corpora/conll2003/eng.train');
const out = path.join(repoRoot, 'data/language-present-verbs.json');
/** Times as a base or present verb below which a word says too little to ship. */
const MIN_SEEN = 2;
const VERB_TAGS = new Set(['VB', 'VBP', 'VBZ']);
const NOUN_TAGS = new Set(['NN', 'NNS']);

function main(): void {
  if (!fs.existsSync(conllTrain)) {
    console.error(`train-present-verbs: need ${conllTrain} (../shared/corpora next to the repository); nothing written.`);
    process.exit(2);
  }
  const counts = new Map<string, [number, number]>();
  for (const line of fs.readFileSync(conllTrain, 'utf8').split('\n')) {
    const [word, pos] = line.trim().split(/\s+/);
    if (!pos || word === '-DOCSTART-') continue;
    const lower = word.toLowerCase();
    if (!/^[a-z][a-z-]*$/.test(lower) || (!VERB_TAGS.has(pos) && !NOUN_TAGS.has(pos))) continue;
    const row = counts.get(lower) ?? [0, 0];
    row[VERB_TAGS.has(pos) ? 0 : 1]++;
    counts.set(lower, row);
  }
  const kept = [...counts].filter(([, [v]]) => v >= MIN_SEEN).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const data = {
    _about: 'Learned by scripts/train-present-verbs.ts from CoNLL-2003 eng.train (POS column; counts only). words: a word seen at least twice as a base or present verb → [times tagged VB/VBP/VBZ, times tagged NN/NNS].',
    words: Object.fromEntries(kept),
  };
  fs.writeFileSync(out, `${JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`train-present-verbs: ${kept.length} words → ${path.relative(repoRoot, out)}`);
}

main();
