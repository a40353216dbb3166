// Trains the context model of server/src/core/entities/contextTypes.ts and writes data/entity-context-model.json:
// a multinomial logistic regression that types a name (person, org, place, other) from the words around all its
// mentions in one document, not from the name itself (the features of contextTypes.ts mentionContextFeatures, each
// counted once per name and document). Examples: every distinct name of a CoNLL-2003 eng.train document (PER, ORG,
// LOC, MISC → person, org, place, other) that the analysis would ask about (contextTypeable: one word, no known place
// nor given name), typed by the majority of its labelled mentions, and every distinct name of
// the open-news articles hand-labelled for entities in the dev lists (read through the linguistic layer); POS tags are the corpus's
// own Penn Treebank tags mapped to Universal POS (data/ptb-upos.json, the first tag listed; be, have, do and modals
// before a verb read as AUX, as the linguistic layer reads them). eng.testa (CoNLL dev) is scored, never trained on;
// eng.testb is never read. Only weights are written, no text. Deterministic: a fixed seed shuffles the examples.
//
// Optimiser: AdaGrad on the log loss with L2 regularisation (Duchi, Hazan & Singer 2011), EPOCHS passes.
// Features seen in fewer than MIN_FEATURE_NAMES names are dropped; weights are rounded to 3 decimals, and a feature
// whose every weight rounds to 0 is dropped.
//
// Usage: node --import tsx scripts/train-context-types.ts [--dry-run]
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CONTEXT_TYPES, mentionContextFeatures } from '../server/src/core/entities/contextTypes';
import { isKnownPlace } from '../server/src/core/entities/knownPlaces';
import type { EntityType } from '../server/src/core/types';
import { parseArticle } from '../server/src/core/article';
import { languageOf } from '../server/src/core/language';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const out = path.join(repoRoot, 'data/entity-context-model.json');
const CONLL_TYPE: Record<string, number> = { PER: 0, ORG: 1, LOC: 2, MISC: 3 };
const EPOCHS = 12;
const RATE = 0.2;
const L2 = 1e-4;
const MIN_FEATURE_NAMES = 3;
const SEED = 20261204;
/**
 * Reuters' sport slugs, which open a sports report's headline ("SOCCER - JAPAN GET LUCKY WIN"): such documents are
 * left out. The analysis never asks the model about a sports report (teams.ts reads clubs and players there), and
 * half of CoNLL-2003 is sport, where whoever "won" or "beat" is a team.
 */
const SPORT_SLUGS = new Set(['SOCCER', 'CRICKET', 'BASEBALL', 'TENNIS', 'RUGBY', 'CYCLING', 'GOLF', 'ATHLETICS', 'RALLYING', 'MOTOR', 'BASKETBALL', 'BOXING', 'HOCKEY', 'NFL', 'NHL', 'NBA', 'SKIING', 'SWIMMING', 'HORSE', 'SQUASH', 'BADMINTON', 'ROWING', 'SAILING', 'FORMULA', 'OLYMPICS', 'ALPINE', 'NORDIC', 'MOTORCYCLING', 'TABLE', 'VOLLEYBALL', 'HANDBALL', 'CHESS', 'SPEEDWAY', 'TRIATHLON', 'JUDO', 'WRESTLING', 'GYMNASTICS', 'FENCING', 'SNOOKER', 'DARTS', 'EQUESTRIANISM', 'POLO', 'CANOEING', 'WEIGHTLIFTING', 'ICE', 'FIGURE', 'SPEED', 'BOBSLEIGH', 'LUGE', 'DIVING', 'ARCHERY', 'SHOOTING', 'NETBALL', 'KARATE', 'TAEKWONDO', 'SURFING']);
const AUX_WORDS = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'am', "'s", "'re", 'has', 'have', 'had', 'do', 'does', 'did']);

interface Example {
  features: string[];
  label: number;
}

/** PTB tag → Universal POS, the first listed (data/ptb-upos.json). */
function ptbToUpos(): Map<string, string> {
  const data = JSON.parse(fs.readFileSync(path.join(repoRoot, 'data/ptb-upos.json'), 'utf8')) as { map: Record<string, string[]> };
  return new Map(Object.entries(data.map).map(([k, v]) => [k, v[0]]));
}

/** The names of each document of a CoNLL-2003 file as examples: features of all a name's mentions, its majority type. */
function examplesOf(file: string): Example[] {
  const upos = ptbToUpos();
  const examples: Example[] = [];
  let names = new Map<string, { features: Set<string>; votes: number[] }>();
  let words: string[] = [];
  let tags: string[] = [];
  let labels: string[] = [];
  let sport = false;
  let firstSentence = true;
  const endDocument = () => {
    firstSentence = true;
    if (sport) names.clear();
    for (const [name, { features, votes }] of names) if (!isKnownPlace(name)) examples.push({ features: [...features], label: votes.indexOf(Math.max(...votes)) });
    names = new Map();
  };
  const endSentence = () => {
    if (words.length === 0) return;
    if (firstSentence) sport = SPORT_SLUGS.has(words[0].toUpperCase()) && words.slice(1, 4).includes('-');
    firstSentence = false;
    const pos = tags.map((t, k) => {
      const u = upos.get(t) ?? 'X';
      return (u === 'VERB' || t === 'MD') && (t === 'MD' || AUX_WORDS.has(words[k].toLowerCase())) && /^(?:VB|RB|MD)/.test(tags[k + 1] ?? '') ? 'AUX' : u;
    });
    const types: (EntityType | undefined)[] = labels.map((l) => (l === 'O' ? undefined : CONTEXT_TYPES[CONLL_TYPE[l.slice(2)]]));
    const sentence = { length: words.length, word: (k: number) => words[k], pos: (k: number) => pos[k], nameType: (k: number) => types[k] };
    for (let k = 0; k < labels.length; k++) {
      if (labels[k] === 'O') continue;
      const type = labels[k].slice(2);
      let end = k;
      // IOB1: a name runs over I- tags of its type; a B- tag opens the next name of that type right after it.
      while (end + 1 < labels.length && labels[end + 1] === `I-${type}`) end++;
      const name = words.slice(k, end + 1).join(' ');
      const entry = names.get(name) ?? { features: new Set<string>(), votes: [0, 0, 0, 0] };
      for (const f of mentionContextFeatures(sentence, k, end)) entry.features.add(f);
      entry.votes[CONLL_TYPE[type]]++;
      names.set(name, entry);
      k = end;
    }
    words = [];
    tags = [];
    labels = [];
  };
  for (const line of fs.readFileSync(file, 'utf8').split(/\r?\n/)) {
    const cols = line.trim().split(' ');
    if (cols[0] === '-DOCSTART-') {
      endSentence();
      endDocument();
    } else if (cols[0] === '') endSentence();
    else {
      words.push(cols[0]);
      tags.push(cols[1]);
      labels.push(cols[cols.length - 1]);
    }
  }
  endSentence();
  endDocument();
  return examples;
}

/**
 * The names of the open-news articles labelled for entities in the dev lists (test/fixtures/open-news split.json
 * "dev", labels/, and "entities2", entity-labels/; never the held-out lists) as examples, each an article: the
 * linguistic layer's tokens and tags, as the analysis reads them, with the labelled names' types beside them.
 */
function openNewsExamples(): Example[] {
  const fixtures = path.join(repoRoot, 'test/fixtures/open-news');
  const lists = JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as Record<string, string[]>;
  const examples: Example[] = [];
  for (const [list, folder] of [['dev', 'labels'], ['entities2', 'entity-labels']] as const) {
    for (const file of lists[list]) {
      const gold = JSON.parse(fs.readFileSync(path.join(fixtures, folder, `${file}.json`), 'utf8')) as { entities: { start: number; end: number; text: string; type: EntityType }[] };
      const article = parseArticle(fs.readFileSync(path.join(corpora, 'open-news', file), 'utf8'), 'markdown');
      const layer = languageOf(article);
      const names = new Map<string, { features: Set<string>; votes: number[] }>();
      for (const e of gold.entities) {
        const first = layer.tokenAt(e.start);
        const last = layer.tokenAt(e.end - 1);
        if (first < 0 || last < first) continue;
        const s = layer.sentences[layer.tokens[first].sentence];
        const at = (k: number) => layer.tokens[s.first + k];
        const sentence = {
          length: s.last - s.first + 1,
          word: (k: number) => article.prose.slice(at(k).start, at(k).end),
          pos: (k: number) => at(k).pos,
          nameType: (k: number) => gold.entities.find((o) => o !== e && o.start <= at(k).start && at(k).end <= o.end)?.type,
        };
        const entry = names.get(e.text) ?? { features: new Set<string>(), votes: [0, 0, 0, 0] };
        for (const f of mentionContextFeatures(sentence, first - s.first, last - s.first)) entry.features.add(f);
        entry.votes[CONTEXT_TYPES.indexOf(e.type)]++;
        names.set(e.text, entry);
      }
      for (const [name, { features, votes }] of names) if (!isKnownPlace(name)) examples.push({ features: [...features], label: votes.indexOf(Math.max(...votes)) });
    }
  }
  return examples;
}

/** A deterministic pseudo-random generator (mulberry32). */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function softmax(scores: number[]): number[] {
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

function train(examples: Example[]): { bias: number[]; weights: Map<string, number[]> } {
  const seen = new Map<string, number>();
  for (const e of examples) for (const f of e.features) seen.set(f, (seen.get(f) ?? 0) + 1);
  const kept = new Set([...seen].filter(([, n]) => n >= MIN_FEATURE_NAMES).map(([f]) => f));
  const weights = new Map<string, number[]>([...kept].map((f) => [f, [0, 0, 0, 0]]));
  const squares = new Map<string, number[]>([...kept].map((f) => [f, [1e-8, 1e-8, 1e-8, 1e-8]]));
  const bias = [0, 0, 0, 0];
  const biasSquares = [1e-8, 1e-8, 1e-8, 1e-8];
  const order = examples.map((_, i) => i);
  const next = random(SEED);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const i of order) {
      const e = examples[i];
      const features = e.features.filter((f) => kept.has(f));
      const scores = [...bias];
      for (const f of features) weights.get(f)!.forEach((w, c) => (scores[c] += w));
      const p = softmax(scores);
      for (let c = 0; c < 4; c++) {
        const g = p[c] - (c === e.label ? 1 : 0);
        biasSquares[c] += g * g;
        bias[c] -= (RATE * g) / Math.sqrt(biasSquares[c]);
        for (const f of features) {
          const w = weights.get(f)!;
          const gw = g + L2 * w[c];
          const sq = squares.get(f)!;
          sq[c] += gw * gw;
          w[c] -= (RATE * gw) / Math.sqrt(sq[c]);
        }
      }
    }
  }
  return { bias, weights };
}

function score(model: { bias: number[]; weights: Map<string, number[]> }, examples: Example[], label: string): void {
  let right = 0;
  const orgCalls = [0.5, 0.7, 0.8, 0.9, 0.95].map((t) => ({ t, right: 0, all: 0 }));
  for (const e of examples) {
    const scores = [...model.bias];
    for (const f of e.features) model.weights.get(f)?.forEach((w, c) => (scores[c] += w));
    const p = softmax(scores);
    if (p.indexOf(Math.max(...p)) === e.label) right++;
    for (const o of orgCalls) if (p[1] >= o.t) { o.all++; if (e.label === 1) o.right++; }
  }
  console.log(`${label}: ${examples.length} names, type right ${(right / examples.length).toFixed(3)}; org called at p ≥ t: ${orgCalls.map((o) => `${o.t}: ${o.all} names, precision ${(o.right / Math.max(1, o.all)).toFixed(3)}`).join('; ')}`);
}

const trainFile = path.join(corpora, 'conll2003/eng.train');
const devFile = path.join(corpora, 'conll2003/eng.testa');
if (!fs.existsSync(trainFile) || !fs.existsSync(devFile)) {
  console.error(`CoNLL-2003 eng.train and eng.testa are needed under ${path.join(corpora, 'conll2003')}; not found.`);
  process.exit(2);
}
const openNews = openNewsExamples();
const trainExamples = [...examplesOf(trainFile), ...openNews];
console.log(`${openNews.length} names from the open-news dev labels`);
const model = train(trainExamples);
score(model, trainExamples, 'eng.train (trained on)');
score(model, examplesOf(devFile), 'eng.testa (CoNLL dev, not trained on)');
const weights: Record<string, number[]> = {};
for (const [f, w] of [...model.weights].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
  const rounded = w.map((x) => Math.round(x * 1000) / 1000);
  if (rounded.some((x) => x !== 0)) weights[f] = rounded;
}
const about = `Learned by scripts/train-context-types.ts from CoNLL-2003 eng.train (weights only): a multinomial logistic regression typing a name [${CONTEXT_TYPES.join(', ')}] from the context features of all its mentions in a document (server/src/core/entities/contextTypes.ts).`;
const json = `{"_about":${JSON.stringify(about)},"bias":${JSON.stringify(model.bias.map((x) => Math.round(x * 1000) / 1000))},"weights":{\n${Object.entries(weights).map(([f, w]) => `${JSON.stringify(f)}:${JSON.stringify(w)}`).join(',\n')}}}\n`;
if (process.argv.includes('--dry-run')) console.log(`${Object.keys(weights).length} features (dry run: nothing written)`);
else {
  fs.writeFileSync(out, json);
  console.log(`${Object.keys(weights).length} features → ${path.relative(repoRoot, out)} (${(json.length / 1024).toFixed(0)} KB)`);
}
