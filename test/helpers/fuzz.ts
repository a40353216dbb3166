// Seeded mutation fuzzing of the analysis core (issue 14): hostile variants of real articles, and the invariants
// every analysis must keep on them. Shared by the short run in `npm test`, the stdio run and scripts/fuzz.ts.
import { TextDocument } from 'vscode-languageserver-textdocument';
import { analyze, type Analysis } from '../../server/src/core/analyze';

/** mulberry32: a small, fast, seedable PRNG (Tommy Ettinger's public-domain generator). Returns floats in [0, 1). */
function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MARKUP = ['[', ']', ':', '*', '_', '`', '{', '}', '#', '>', '<!--', '-->', '!', '(', ')', '[^1]', ':person[', ':cite{src=', '](', '\\', '|', '---', '~~~', '<', '&amp;', '&#128512;'];
const UNICODE = ['😀', '👩🏽‍⚕️', 'مرحبا', 'שלום', '\u202e', '\u0301', '\u200b', '\u200d', '\ufeff', '\ud800', '\udc00', 'é', 'ﬁ', '\u00a0', '\u2028', '’', '“', '”', '—', '…'];
const DENSE = ['Monday, May 5, 2024', 'Sun., Feb. 30', '2019-02-30', '02/30/2024', '2024-13-01', '$4bn', '5%', '£1.2m', '3-2', '0800 555 111', 'next Thursday', 'yesterday (Tuesday)', 'Monday, the 8th', 'about 250', '1,450 billion', 'Rs. 1,450', 'No. 6'];
const BREAKS = ['\n', '\r\n', '\r', '\n\n', '\r\r', '\r\n\r\n'];
const FRONT_MATTER = [
  'x: *a\n',
  'a: &a [x, x]\nb: [*a, *a, *a]\n',
  'published: 2024-09-11\npublished: 2024-09-12\n',
  'published: [2024]\nsources: 5\nentities: {a: 1}\n',
  '  bad: [\n: x: y\n"\n',
  `l0: &l0 [x, x, x, x, x, x, x, x, x]\n${Array.from({ length: 9 }, (_, i) => `l${i + 1}: &l${i + 1} [${Array(9).fill(`*l${i}`).join(', ')}]`).join('\n')}\n`,
];

type Mutation = (text: string, rand: () => number) => string;

const pick = <T>(list: readonly T[], rand: () => number): T => list[Math.floor(rand() * list.length)];
const at = (text: string, rand: () => number) => Math.floor(rand() * (text.length + 1));
const insert = (text: string, i: number, s: string) => text.slice(0, i) + s + text.slice(i);

const MUTATIONS: Record<string, Mutation> = {
  markup: (t, r) => insert(t, at(t, r), pick(MARKUP, r)),
  unicode: (t, r) => insert(t, at(t, r), pick(UNICODE, r)),
  dense: (t, r) => insert(t, at(t, r), ` ${pick(DENSE, r)} `),
  lineBreaks: (t, r) => t.replace(/\n/g, () => (r() < 0.3 ? pick(BREAKS, r) : '\n')),
  onlyCr: (t) => t.replace(/\r?\n/g, '\r'),
  longLine: (t) => t.replace(/\n+/g, ' '),
  repeat: (t, r) => { const i = at(t, r); const piece = t.slice(i, i + 40 + Math.floor(r() * 80)); return insert(t, i, piece.repeat(5 + Math.floor(r() * 60))); },
  nesting: (t, r) => insert(t, at(t, r), pick(['>', '[', '*', '(', '- ', '  '], r).repeat(10 + Math.floor(r() * 400))),
  frontMatter: (t, r) => (t.startsWith('---\n') ? t.replace(/^---\n/, `---\n${pick(FRONT_MATTER, r)}`) : `---\n${pick(FRONT_MATTER, r)}---\n\n${t}`),
  bom: (t) => `\ufeff${t}`,
  cut: (t, r) => { const i = at(t, r); return t.slice(0, i) + t.slice(i + Math.floor(r() * 200)); },
  tagSplice: (t, r) => { const i = at(t, r); const j = Math.min(t.length, i + 1 + Math.floor(r() * 30)); return `${t.slice(0, i)}:${pick(['person', 'org', 'place', 'cite', 'entity'], r)}[${t.slice(i, j)}${r() < 0.7 ? ']' : ''}${r() < 0.3 ? '{id=x}' : ''}${t.slice(j)}`; },
};
export const MUTATION_NAMES = Object.keys(MUTATIONS);

/**
 * Pieces that grow an article to tens of kilobytes of one dense construct, the inputs on which a parser or a
 * per-mention scan shows its cost: a long table, paragraphs of links, code, emphasis and tags, runs of dates or
 * figures, list items, quotations, and the article's own paragraphs repeated. `n` numbers the piece.
 */
const FILL: Record<string, (n: number, text: string) => string> = {
  table: (n) => `| Ana Lopes ${n} of Keller Foods | 3 March 2024 | $${n},500 | :cite[Reuters] |\n`,
  markup: (n) => `${'*a* [b](c) `d` _e_ :person[Ana Lopes] '.repeat(1 + (n % 40))}\n\n`,
  dates: (n) => `On ${1 + (n % 28)} March 2024, Monday 4 March, next Tuesday, 2024-03-0${1 + (n % 9)} and Feb. 30. `,
  figures: (n) => `Profits rose ${n % 100}% to $${n}bn, or £${n}.5m (€${n}m), 3-2, 0800 555 ${n % 1000}. `,
  list: (n) => `- Item ${n}: :org[Keller Foods] said on Monday it paid $${n}m.\n`,
  quotes: (n) => `> "We will meet on ${1 + (n % 28)} June," said Ana Lopes ${n}.\n`,
  article: (n, text) => { const paras = text.split(/\n\s*\n/); return `${paras[n % paras.length]}\n\n`; },
};

/** `text` grown with one kind of FILL piece to a seeded size of 20–98 KB (a long table gets a header first); returns the kind. */
function fill(text: string, rand: () => number): { text: string; kind: string } {
  const kind = pick(Object.keys(FILL), rand);
  const target = (20 + Math.floor(rand() * 78)) * 1024;
  const parts: string[] = [text, kind === 'table' ? '\n\n| Name | Date | Amount | Source |\n|---|---|---:|---|\n' : '\n\n'];
  let size = text.length;
  for (let n = 0; size < target; n++) {
    const piece = FILL[kind](n, text);
    parts.push(piece);
    size += Math.max(1, piece.length);
  }
  return { text: parts.join(''), kind };
}

/**
 * A variant of `text`: one to four seeded mutations; `names` says which were applied. With probability
 * `fillRate` the variant is then grown to 20–98 KB of one dense construct (see FILL), named "fill:<kind>".
 */
export function mutate(text: string, seed: number, fillRate = 0): { text: string; names: string[] } {
  const rand = prng(seed);
  const names: string[] = [];
  let out = text;
  for (let k = 1 + Math.floor(rand() * 4); k > 0; k--) {
    const name = pick(MUTATION_NAMES, rand);
    names.push(name);
    out = MUTATIONS[name](out, rand);
  }
  if (rand() < fillRate) {
    const grown = fill(out, rand);
    names.push(`fill:${grown.kind}`);
    out = grown.text;
  }
  return { text: out, names };
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

/** An offset that splits a surrogate pair or a \r\n pair is not a place a range may start or end. */
export function badBoundary(text: string, offset: number): string | null {
  if (offset < 0 || offset > text.length) return `offset ${offset} outside 0..${text.length}`;
  if (offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset))) return `offset ${offset} splits a surrogate pair`;
  if (offset > 0 && text[offset - 1] === '\r' && text[offset] === '\n') return `offset ${offset} splits a \\r\\n pair`;
  return null;
}

/** Every invariant a finding, fix and position must keep; returns what was broken (empty when none). */
export function checkInvariants(text: string, analysis: Analysis): string[] {
  const problems: string[] = [];
  const doc = TextDocument.create('file:///fuzz.md', 'markdown', 1, text);
  const check = (what: string, offset: number) => {
    const bad = badBoundary(text, offset);
    if (bad) problems.push(`${what}: ${bad}`);
    const ours = analysis.lines.positionAt(offset);
    const theirs = doc.positionAt(offset);
    if (ours.line !== theirs.line || ours.character !== theirs.character) problems.push(`${what}: position ${JSON.stringify(ours)} ≠ TextDocument ${JSON.stringify(theirs)} at ${offset}`);
    if (analysis.lines.offsetAt(theirs) !== doc.offsetAt(theirs)) problems.push(`${what}: offsetAt disagrees at ${offset}`);
  };
  for (const f of analysis.findings) {
    if (f.start > f.end) problems.push(`${f.rule}: start ${f.start} after end ${f.end}`);
    check(`${f.rule} start`, f.start);
    check(`${f.rule} end`, f.end);
    for (const fix of f.fixes ?? []) for (const e of fix.edits) { check(`${f.rule} fix “${fix.title}” edit start`, e.start); check(`${f.rule} fix “${fix.title}” edit end`, e.end); }
  }
  return problems;
}

export interface FuzzResult {
  inputs: number;
  exceptions: { seed: number; names: string[]; error: string }[];
  violations: { seed: number; names: string[]; problems: string[] }[];
  /**
   * Inputs under 100 KB whose analysis took longer than `limitMs` on the first timing and again on the median of
   * RETIMES more (`ms` is that median; `firstMs` the first timing).
   */
  slow: { seed: number; names: string[]; kb: number; ms: number; firstMs: number }[];
  /** Inputs whose first timing was over `limitMs` but whose median over RETIMES more was not: the machine, not the input. */
  spikes: number;
  /** The slowest first timing, and the slowest input's median, under 100 KB (ms). */
  maxMs: number;
  maxMedianMs: number;
}

/** How many more times an input over the limit is analysed; the median of these is its time. */
const RETIMES = 3;

function timed(text: string): { analysis: Analysis; ms: number } {
  const started = performance.now();
  const analysis = analyze(text);
  return { analysis, ms: performance.now() - started };
}

/**
 * Analyses `count` mutations of the `articles` (seeds `firstSeed` …) and checks each against the invariants.
 * `limitMs` is the time bound for inputs under 100 KB; `fillRate` the share grown to tens of kilobytes (mutate).
 * A single timing on a shared machine can double when the host is busy, so an input over the limit is timed
 * RETIMES more times and counts as slow when the median of those is over the limit too.
 */
export function fuzzCore(articles: readonly string[], firstSeed: number, count: number, limitMs: number, fillRate = 0): FuzzResult {
  const result: FuzzResult = { inputs: 0, exceptions: [], violations: [], slow: [], spikes: 0, maxMs: 0, maxMedianMs: 0 };
  analyze(articles[0]); // load the model and compile the grammars before timing anything
  for (let seed = firstSeed; seed < firstSeed + count; seed++) {
    const { text, names } = mutate(articles[seed % articles.length], seed, fillRate);
    result.inputs++;
    let analysis: Analysis;
    let ms: number;
    try {
      ({ analysis, ms } = timed(text));
    } catch (error) {
      result.exceptions.push({ seed, names, error: String((error as Error).stack ?? error).slice(0, 600) });
      continue;
    }
    if (text.length < 100 * 1024) {
      result.maxMs = Math.max(result.maxMs, ms);
      const median = ms > limitMs ? medianOf(Array.from({ length: RETIMES }, () => timed(text).ms)) : ms;
      result.maxMedianMs = Math.max(result.maxMedianMs, median);
      if (median > limitMs) result.slow.push({ seed, names, kb: Math.round(text.length / 1024), ms: Math.round(median), firstMs: Math.round(ms) });
      else if (ms > limitMs) result.spikes++;
    }
    const problems = checkInvariants(text, analysis);
    if (problems.length > 0) result.violations.push({ seed, names, problems: problems.slice(0, 5) });
  }
  return result;
}

function medianOf(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}
