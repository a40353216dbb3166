// The alternative to wink-nlp that issue 9 names, measured: a greedy averaged perceptron POS tagger (the classic
// recipe: word, affix, shape and previous-tag features; Collins 2002 averaging) trained on CoNLL-2003's POS column,
// scored on the same slices and with the same Universal POS mapping as scripts/eval-pos.ts. Nothing is shipped.
// Usage: node --import tsx scripts/compare-pos-perceptron.ts [--epochs 5]
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'util';

const repoRoot = path.resolve(import.meta.dirname, '..');
const corpora = path.resolve(repoRoot, '../shared/corpora/conll2003');
if (!fs.existsSync(path.join(corpora, 'eng.train'))) {
  console.error(`CoNLL-2003 not found under ${corpora} (corpora are read from ../shared/corpora relative to the repository).`);
  process.exit(1);
}
const { values } = parseArgs({ options: { epochs: { type: 'string', default: '5' } } });
const mapping = (JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/ptb-upos.json'), 'utf8')) as { map: Record<string, string[]> }).map;

type Sentence = { words: string[]; tags: string[] };

/** Documents of sentences from a CoNLL file (word and PTB tag columns). */
function read(file: string): Sentence[][] {
  const docs: Sentence[][] = [[]];
  let s: Sentence = { words: [], tags: [] };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-' || cols[0] === '') {
      if (s.words.length) docs[docs.length - 1].push(s);
      s = { words: [], tags: [] };
      if (cols[0] === '-DOCSTART-' && docs[docs.length - 1].length) docs.push([]);
    } else {
      s.words.push(cols[0]);
      s.tags.push(cols[1]);
    }
  }
  if (s.words.length) docs[docs.length - 1].push(s);
  return docs;
}

const shape = (w: string) => w.replace(/[A-Z]+/g, 'X').replace(/[a-z]+/g, 'x').replace(/[0-9]+/g, 'd').slice(0, 6);

function features(words: string[], i: number, prev: string, prev2: string): string[] {
  const w = words[i];
  const lower = w.toLowerCase();
  const next = words[i + 1]?.toLowerCase() ?? '</s>';
  const before = words[i - 1]?.toLowerCase() ?? '<s>';
  return [
    'b', `w=${lower}`, `s3=${lower.slice(-3)}`, `s2=${lower.slice(-2)}`, `p1=${lower[0]}`, `sh=${shape(w)}`, `c=${w[0] !== lower[0]}${i === 0}`,
    `t1=${prev}`, `t2=${prev}|${prev2}`, `t1w=${prev}|${lower}`, `pw=${before}`, `nw=${next}`, `ns3=${next.slice(-3)}`,
  ];
}

class Perceptron {
  readonly weights = new Map<string, Float64Array>();
  private readonly totals = new Map<string, Float64Array>();
  private readonly stamps = new Map<string, Float64Array>();
  private step = 0;
  constructor(readonly classes: string[]) {}

  predict(feats: string[]): number {
    const scores = new Float64Array(this.classes.length);
    for (const f of feats) {
      const w = this.weights.get(f);
      if (w) for (let c = 0; c < scores.length; c++) scores[c] += w[c];
    }
    let best = 0;
    for (let c = 1; c < scores.length; c++) if (scores[c] > scores[best]) best = c;
    return best;
  }

  update(feats: string[], truth: number, guess: number): void {
    this.step++;
    if (truth === guess) return;
    for (const f of feats) {
      let w = this.weights.get(f);
      if (!w) {
        w = new Float64Array(this.classes.length);
        this.weights.set(f, w);
        this.totals.set(f, new Float64Array(this.classes.length));
        this.stamps.set(f, new Float64Array(this.classes.length));
      }
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      for (const [c, delta] of [[truth, 1], [guess, -1]] as const) {
        total[c] += (this.step - stamp[c]) * w[c];
        stamp[c] = this.step;
        w[c] += delta;
      }
    }
  }

  average(): void {
    for (const [f, w] of this.weights) {
      const total = this.totals.get(f)!;
      const stamp = this.stamps.get(f)!;
      for (let c = 0; c < w.length; c++) w[c] = (total[c] + (this.step - stamp[c]) * w[c]) / this.step;
    }
  }
}

function tag(model: Perceptron, words: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) out.push(model.classes[model.predict(features(words, i, out[i - 1] ?? '<s>', out[i - 2] ?? '<s>'))]);
  return out;
}

const train = read(path.join(corpora, 'eng.train'));
const trainSentences = train.filter((_, i) => i % 10 !== 9).flat();
const heldout = train.filter((_, i) => i % 10 === 9).flat();
const dev = read(path.join(corpora, 'eng.testa')).flat();
const classes = [...new Set(trainSentences.flatMap((s) => s.tags))].sort();
const index = new Map(classes.map((c, i) => [c, i]));
const model = new Perceptron(classes);
let seed = 1;
const random = () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
const started = performance.now();
for (let epoch = 0; epoch < Number(values.epochs); epoch++) {
  const order = trainSentences.map((s, i) => [random(), i] as const).sort((a, b) => a[0] - b[0]).map(([, i]) => trainSentences[i]);
  for (const s of order) {
    let prev = '<s>';
    let prev2 = '<s>';
    for (let i = 0; i < s.words.length; i++) {
      const feats = features(s.words, i, prev, prev2);
      const guess = model.predict(feats);
      model.update(feats, index.get(s.tags[i]) ?? 0, guess);
      prev2 = prev;
      prev = s.tags[i];
    }
  }
}
model.average();
const trainSeconds = (performance.now() - started) / 1000;

function score(name: string, sentences: Sentence[]): void {
  let tokens = 0;
  let ptb = 0;
  let upos = 0;
  const t0 = performance.now();
  const tagged = sentences.map((s) => tag(model, s.words));
  const ms = performance.now() - t0;
  sentences.forEach((s, k) => s.tags.forEach((gold, i) => {
    tokens++;
    const guess = tagged[k][i];
    if (guess === gold) ptb++;
    if ((mapping[gold] ?? ['X']).includes((mapping[guess] ?? ['X'])[0])) upos++;
  }));
  console.log(`${name}: ${tokens} tokens; PTB accuracy ${((100 * ptb) / tokens).toFixed(1)}%, UPOS accuracy ${((100 * upos) / tokens).toFixed(1)}%; ${Math.round((tokens / ms) * 1000)} tokens/s`);
}

console.log(`trained on ${trainSentences.length} sentences of eng.train (every tenth document held out), ${values.epochs} epochs, ${trainSeconds.toFixed(0)} s; ${model.weights.size} features × ${classes.length} tags`);
score('every tenth document of eng.train (held out)', heldout);
score('CoNLL-2003 dev (eng.testa)', dev);
