// Scores the shipped NER model on CoNLL-2003 eng.testa (dev): conlleval-style exact-span P/R/F1 per type and micro.
import * as fs from 'fs';
import * as path from 'path';
import { readConll } from '../server/src/core/entities/ner/conll';
import { evaluateModel, formatScores } from '../server/src/core/entities/ner/evaluate';
import { loadModel } from '../server/src/core/entities/ner/index';

const repoRoot = path.resolve(import.meta.dirname, '..');
const file = path.resolve(repoRoot, '../shared/corpora', process.argv[2] ?? 'conll2003/eng.testa');
if (!fs.existsSync(file)) {
  console.error(`Evaluation file not found: ${file} (corpora are read from ../shared/corpora relative to the repository).`);
  process.exit(1);
}
const docs = readConll(file);
const started = performance.now();
const scores = evaluateModel(loadModel(), docs);
const seconds = (performance.now() - started) / 1000;
console.log(`${path.relative(repoRoot, file)}: ${docs.length} documents, tagged in ${seconds.toFixed(2)} s`);
console.log(formatScores(scores));
