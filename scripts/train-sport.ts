// Learns what makes a news story a sports report, and which counted nouns are a game's statistics, from the section
// labels of the BBC News corpus (sport against business, politics, entertainment and tech), and writes
// data/figures-sport.json. A desk does not ask a sports report to source its results ("14 points from O'Gara",
// "missed two penalties", "won by 40 metres"): LABELLING.md, needs_source false.
//   genre  a multinomial naive Bayes model, sport against the other sections, over lower-case words; the words whose
//          log-odds most separate the two, with a prior. Scored on a held-out tenth of the articles.
//   nouns  the nouns and units counted by a number ("two penalties", "800m", "18 yards", "19 unforced errors": the
//          head noun after the number's adjectives, read with the linguistic layer's tagger) in sport copy at least
//          MIN_SPORT times and at least SPORT_SHARE of the time, with their counts in sport and in the others.
// Every BBC article that a figure or entity fixture labels (test/fixtures) is left out of training, so the held-out
// sets stay unseen. Only counts and weights are written, no text. Deterministic: the same inputs give the same bytes.
//
// Usage: node --import tsx scripts/train-sport.ts [--check]
//   --check  trains and scores, writes nothing
// Reads ../shared/corpora/bbc-news; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseArticle } from '../server/src/core/article';
import { languageOf } from '../server/src/core/language';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const bbc = path.resolve(repoRoot, '../shared/corpora/bbc-news');
const out = path.join(repoRoot, 'data/figures-sport.json');
const SECTIONS = ['business', 'politics', 'sport', 'entertainment', 'tech'] as const;

/** Words kept in the genre model: the most separating ones, seen at least MIN_WORD times. */
const GENRE_WORDS = 400;
const MIN_WORD = 10;
/** A counted noun is a sports statistic when sport copy counts it at least this often and this share of the time. */
const MIN_SPORT = 4;
const SPORT_SHARE = 0.65;

interface Doc { file: string; sport: boolean; words: string[]; text: string }

function labelledFiles(): Set<string> {
  const files = new Set<string>();
  const dir = path.join(repoRoot, 'test/fixtures/figures');
  for (const f of ['dev.json', 'heldout.json', 'other-sections.json']) for (const a of JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')) as { file: string }[]) files.add(a.file);
  for (const set of ['bbc-needs-source.json', 'bbc-needs-source-2.json', 'bbc-needs-source-3.json']) {
    for (const a of (JSON.parse(fs.readFileSync(path.join(dir, set), 'utf8')) as { articles: { file: string }[] }).articles) files.add(a.file);
  }
  for (const a of (JSON.parse(fs.readFileSync(path.join(repoRoot, 'test/fixtures/entities-bbc/labels.json'), 'utf8')) as { articles: { file: string }[] }).articles) files.add(a.file);
  return files;
}

function docs(): Doc[] {
  const skip = labelledFiles();
  const seen = new Set<string>();
  const out: Doc[] = [];
  for (const section of SECTIONS) {
    for (const f of fs.readdirSync(path.join(bbc, section)).filter((x) => x.endsWith('.txt')).sort()) {
      const file = `${section}/${f}`;
      const text = fs.readFileSync(path.join(bbc, file), 'utf8');
      // The corpus holds some articles twice: each counts once.
      if (skip.has(file) || seen.has(text)) continue;
      seen.add(text);
      out.push({ file, sport: section === 'sport', words: text.toLowerCase().match(/[a-z]+/g) ?? [], text });
    }
  }
  return out;
}

/** One in ten articles, by position, is held out of the genre model to score it. */
const heldOut = (i: number) => i % 10 === 9;

function trainGenre(train: Doc[]): { bias: number; weights: Record<string, number> } {
  const counts = [new Map<string, number>(), new Map<string, number>()];
  const totals = [0, 0];
  for (const d of train) {
    const c = counts[d.sport ? 1 : 0];
    for (const w of d.words) if (/^[a-z]+$/.test(w)) { c.set(w, (c.get(w) ?? 0) + 1); totals[d.sport ? 1 : 0]++; }
  }
  const vocab = new Set([...counts[0].keys(), ...counts[1].keys()]);
  const rows: [string, number][] = [];
  for (const w of vocab) {
    const a = counts[1].get(w) ?? 0;
    const b = counts[0].get(w) ?? 0;
    if (a + b < MIN_WORD) continue;
    // Laplace-smoothed log-odds of the word under sport against the others.
    rows.push([w, Math.log((a + 1) / (totals[1] + vocab.size)) - Math.log((b + 1) / (totals[0] + vocab.size))]);
  }
  rows.sort((x, y) => Math.abs(y[1]) - Math.abs(x[1]) || (x[0] < y[0] ? -1 : 1));
  const sport = train.filter((d) => d.sport).length;
  return { bias: Math.round(Math.log(sport / (train.length - sport)) * 1e4) / 1e4, weights: Object.fromEntries(rows.slice(0, GENRE_WORDS).sort((x, y) => (x[0] < y[0] ? -1 : 1)).map(([w, v]) => [w, Math.round(v * 1e4) / 1e4])) };
}

/** Mean log-odds per word (as the shipped reader computes it) plus the prior; > 0 reads as sport. */
function genreScore(model: { bias: number; weights: Record<string, number> }, words: string[]): number {
  let z = 0;
  let n = 0;
  for (const w of words) {
    const v = model.weights[w];
    if (v !== undefined) { z += v; n++; }
  }
  return n === 0 ? -Infinity : model.bias + z / Math.sqrt(n);
}

/**
 * "two penalties", "18 yards", "800m": a number (digits not after a currency sign or a point, or a cardinal word)
 * and the lower-case word it counts, or the unit glued to it.
 */
const COUNTED = /(?<![£$€\p{L}\d.,])(?:(\d[\d,]*(?:\.\d+)?)(?:([a-z]{1,3})(?![a-z]))?|(two|three|four|five|six|seven|eight|nine|ten|eleven|twelve))(?:\s+([a-z]+))?/gu;
/** Show the counts of a few units while checking. */
const SHOW = ['m', 'km', 'people', 'fans', 'seconds'];

/** How many adjectives and nouns may stand between a number and the noun it counts ("19 unforced errors"). */
const HEAD_REACH = 3;

/**
 * The lower-case nouns that numbers count past modifiers in `text`, read with the linguistic layer: after a number
 * token, the last noun of the run of adjectives and nouns right after it, when it is not the first ("19 unforced
 * errors" → errors, "three forward replacements" → replacements; "two penalties" is counted by COUNTED).
 */
function headNouns(text: string): string[] {
  const article = parseArticle(text, 'text');
  const layer = languageOf(article);
  const out: string[] = [];
  layer.tokens.forEach((t, i) => {
    if (t.pos !== 'NUM') return;
    let head = -1;
    for (let k = i + 1; k < layer.tokens.length && k <= i + HEAD_REACH && (layer.tokens[k].pos === 'ADJ' || layer.tokens[k].pos === 'NOUN'); k++) if (layer.tokens[k].pos === 'NOUN') head = k;
    // The word right after the number is counted as written (COUNTED); only a head past modifiers is added here.
    const word = head > i + 1 ? article.prose.slice(layer.tokens[head].start, layer.tokens[head].end) : '';
    if (/^[a-z]+$/.test(word)) out.push(word);
  });
  return out;
}

function countedNouns(train: Doc[], every = false): Record<string, [number, number]> {
  const counts = new Map<string, [number, number]>();
  const count = (noun: string, sport: boolean) => {
    const row = counts.get(noun) ?? [0, 0];
    row[sport ? 0 : 1]++;
    counts.set(noun, row);
  };
  for (const d of train) {
    for (const m of d.text.matchAll(COUNTED)) {
      const noun = m[2] ?? m[4];
      if (!noun || (m[1] && /^\d{4}$/.test(m[1]) && !m[2])) continue; // a year is no count
      count(noun, d.sport);
    }
    for (const noun of headNouns(d.text)) count(noun, d.sport);
  }
  const keep = [...counts].filter(([, [s, o]]) => every || (s >= MIN_SPORT && s / (s + o) >= SPORT_SHARE)).sort((x, y) => (x[0] < y[0] ? -1 : 1));
  return Object.fromEntries(keep);
}

function main(): void {
  if (!fs.existsSync(bbc)) { console.error(`train-sport: the BBC corpus is not at ${bbc}; nothing to train on.`); process.exit(2); }
  const { values } = parseArgs({ options: { check: { type: 'boolean', default: false } } });
  const all = docs();
  const train = all.filter((_, i) => !heldOut(i));
  const test = all.filter((_, i) => heldOut(i));
  const check = trainGenre(train);
  let right = 0;
  const wrong: string[] = [];
  for (const d of test) {
    if ((genreScore(check, d.words) > 0) === d.sport) right++;
    else wrong.push(d.file);
  }
  console.log(`genre: ${all.length} articles (labelled ones left out); held-out tenth ${right} of ${test.length} right (${(right / test.length).toFixed(3)})${wrong.length ? `; wrong: ${wrong.join(', ')}` : ''}`);
  const genre = trainGenre(all);
  const nouns = countedNouns(all);
  const raw = countedNouns(all, true);
  console.log(`for comparison: ${SHOW.map((n) => `${n} ${raw[n]?.join('/') ?? '0/0'}`).join(', ')}`);
  console.log(`counted nouns of sport copy (${Object.keys(nouns).length}): ${Object.entries(nouns).map(([n, [s, o]]) => `${n} ${s}/${o}`).join(', ')}`);
  if (values.check) return;
  const file = {
    _about: 'Learned by `npm run train:sport` from the section labels of the BBC News corpus (Greene & Cunningham 2006), articles any fixture labels left out: a naive Bayes genre model (sport against the other four sections; word log-odds and a prior) and the nouns and units sport copy counts ("penalties", "m", "yards") with their counts in sport and in the other sections. Counts and weights only, no text.',
    genre,
    countedNouns: nouns,
  };
  fs.writeFileSync(out, `${JSON.stringify(file, null, 1)}\n`);
  console.log(`wrote ${path.relative(repoRoot, out)}`);
}

main();
