// Builds, verifies and shows the dates consistency suite (test/fixtures/dates-consistency/cases.json) from the shared corpora.
import { createHash } from 'crypto';
import * as fs from 'fs';
import * as path from 'path';

export const DATE_RULES = ['weekday-mismatch', 'impossible-date', 'tense-date-mismatch', 'date-conflict', 'date-style', 'relative-date-unresolved'] as const;
export type DateRule = (typeof DATE_RULES)[number];
/** Rules a planted case may expect; relative-date-unresolved cannot be planted because every case has a publication date. */
export const PLANTABLE_RULES: readonly DateRule[] = ['weekday-mismatch', 'impossible-date', 'tense-date-mismatch', 'date-conflict', 'date-style'];

export interface Edit {
  find: string;
  replace: string;
}

export interface Expectation {
  rule: DateRule;
  /** The exact words the finding must cover, as they read after the edits. */
  text: string;
  /** Which occurrence of `text` in the edited passage (0-based) when it occurs more than once. */
  occurrence?: number;
  /** date-conflict only: the other side of the conflict; a finding on either side passes. */
  conflictsWith?: string;
  conflictsWithOccurrence?: number;
  note: string;
}

export interface Case {
  id: string;
  /** Path relative to ../shared/corpora. */
  source: string;
  /** Paragraph range [first, last] (0-based, blank-line separated; inside <TEXT> for TimeML). */
  paragraphs: [number, number];
  /** Offsets into the raw file content (utf8 string, CRLF kept), end exclusive. */
  start: number;
  end: number;
  /** First 12 hex digits of the SHA-256 of the raw slice. */
  sha256: string;
  /** ISO date written as `published:` in the front matter. */
  publication: string;
  /** Why this publication date fits the clean passage. */
  publicationNote: string;
  edits: Edit[];
  expect: Expectation | null;
}

export interface CasesFile {
  description: string;
  cases: Case[];
}

export const repoRoot = path.resolve(__dirname, '..');
export const corporaDir = path.resolve(repoRoot, '../shared/corpora');
export const casesPath = path.join(repoRoot, 'test/fixtures/dates-consistency/cases.json');

export function loadCases(): CasesFile {
  return JSON.parse(fs.readFileSync(casesPath, 'utf8')) as CasesFile;
}

export function readSource(source: string): string {
  return fs.readFileSync(path.join(corporaDir, source), 'utf8');
}

export function shortHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex').slice(0, 12);
}

const isTimeML = (source: string): boolean => source.endsWith('.tml');

/** Paragraph spans of the raw file: the whole file for plain text, the <TEXT> element for TimeML. */
export function paragraphSpans(source: string, raw: string): { start: number; end: number }[] {
  let from = 0;
  let to = raw.length;
  if (isTimeML(source)) {
    from = raw.indexOf('<TEXT>') + '<TEXT>'.length;
    to = raw.indexOf('</TEXT>');
    if (from < '<TEXT>'.length || to < from) throw new Error(`${source}: no <TEXT> element`);
  }
  const spans: { start: number; end: number }[] = [];
  const blank = /(?:\r?\n)[ \t]*(?:\r?\n)+/g;
  let cursor = from;
  const region = raw.slice(from, to);
  const push = (s: number, e: number): void => {
    let a = s;
    let b = e;
    while (a < b && /\s/.test(raw[a]!)) a++;
    while (b > a && /\s/.test(raw[b - 1]!)) b--;
    if (b > a) spans.push({ start: a, end: b });
  };
  for (const m of region.matchAll(blank)) {
    push(cursor, from + m.index!);
    cursor = from + m.index! + m[0].length;
  }
  push(cursor, to);
  return spans;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** The passage as prose: CRLF folded to LF; TimeML markup removed and entities decoded. */
export function passageText(source: string, rawSlice: string): string {
  let text = rawSlice.replace(/\r\n/g, '\n');
  if (isTimeML(source)) text = text.replace(/<[^>]*>/g, '').replace(/&(amp|lt|gt|quot|apos);/g, (_, e: string) => ENTITIES[e]!);
  return text;
}

function occurrences(haystack: string, needle: string): number[] {
  const out: number[] = [];
  for (let i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) out.push(i);
  return out;
}

/** Applies each edit to the single place its `find` occurs; throws when it occurs zero or several times. Returns the new text and where each replacement ended up. */
export function applyEdits(text: string, edits: Edit[]): { text: string; spans: { start: number; end: number }[] } {
  let out = text;
  const spans: { start: number; end: number }[] = [];
  for (const edit of edits) {
    const at = occurrences(out, edit.find);
    if (at.length !== 1) throw new Error(`edit "${edit.find}" occurs ${at.length} times (must be exactly once)`);
    const pos = at[0]!;
    const delta = edit.replace.length - edit.find.length;
    for (const s of spans) if (s.start >= pos + edit.find.length) { s.start += delta; s.end += delta; }
    out = out.slice(0, pos) + edit.replace + out.slice(pos + edit.find.length);
    spans.push({ start: pos, end: pos + edit.replace.length });
  }
  return { text: out, spans };
}

export interface BuiltCase {
  article: string;
  /** Offset of the passage in `article` (after the front matter). */
  bodyStart: number;
  /** Expected finding span in `article`, and the accepted alternative for date-conflict. */
  expected: { start: number; end: number; text: string }[];
  /** Where the edits' replacements sit in `article`. */
  edited: { start: number; end: number }[];
}

function locate(body: string, text: string, occurrence: number | undefined, what: string): number {
  const at = occurrences(body, text);
  if (occurrence === undefined && at.length !== 1) throw new Error(`${what} "${text}" occurs ${at.length} times; give an occurrence`);
  const index = at[occurrence ?? 0];
  if (index === undefined) throw new Error(`${what} "${text}" has no occurrence ${occurrence}`);
  return index;
}

/** Rebuilds the article a case describes; throws if the corpus file changed or the case is malformed. */
export function buildCase(c: Case, raw: string): BuiltCase {
  const slice = raw.slice(c.start, c.end);
  if (shortHash(slice) !== c.sha256) throw new Error(`${c.id}: passage hash ${shortHash(slice)} != ${c.sha256} (corpus file changed?)`);
  const { text: body, spans } = applyEdits(passageText(c.source, slice), c.edits);
  const header = `---\npublished: ${c.publication}\n---\n`;
  const expected: BuiltCase['expected'] = [];
  if (c.expect) {
    const i = locate(body, c.expect.text, c.expect.occurrence, 'expected text');
    expected.push({ start: header.length + i, end: header.length + i + c.expect.text.length, text: c.expect.text });
    if (c.expect.conflictsWith) {
      const j = locate(body, c.expect.conflictsWith, c.expect.conflictsWithOccurrence, 'conflictsWith');
      expected.push({ start: header.length + j, end: header.length + j + c.expect.conflictsWith.length, text: c.expect.conflictsWith });
    }
  }
  const edited = spans.map((e) => ({ start: header.length + e.start, end: header.length + e.end }));
  return { article: header + body, bodyStart: header.length, expected, edited };
}

/** Every structural check on one case; returns problems (empty when sound). */
export function checkCase(c: Case, raw: string): string[] {
  const problems: string[] = [];
  const spans = paragraphSpans(c.source, raw);
  const first = spans[c.paragraphs[0]];
  const last = spans[c.paragraphs[1]];
  if (!first || !last || c.paragraphs[0] > c.paragraphs[1]) problems.push(`paragraphs ${c.paragraphs.join('-')} out of range (file has ${spans.length})`);
  else if (first.start !== c.start || last.end !== c.end) problems.push(`offsets ${c.start}-${c.end} != paragraphs ${first.start}-${last.end}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(c.publication) || Number.isNaN(Date.parse(c.publication))) problems.push(`bad publication ${c.publication}`);
  if (c.expect && !PLANTABLE_RULES.includes(c.expect.rule)) problems.push(`rule ${c.expect.rule} cannot be planted`);
  if (c.expect && c.edits.length === 0) problems.push('planted case without edits');
  if (!c.expect && c.edits.length > 0) problems.push('clean case with edits');
  if (c.expect?.conflictsWith && c.expect.rule !== 'date-conflict') problems.push('conflictsWith is for date-conflict only');
  for (const e of c.edits) if (e.find === e.replace) problems.push(`edit "${e.find}" changes nothing`);
  try {
    const built = buildCase(c, raw);
    c.edits.forEach((e, i) => {
      const at = built.edited[i]!;
      if (built.article.slice(at.start, at.end) !== e.replace) problems.push(`edit "${e.find}" not where it was applied`);
    });
    if (built.expected.length && !built.expected.some((x) => built.edited.some((e) => e.start < x.end && x.start < e.end))) problems.push('the expected words do not touch any edit');
  } catch (err) {
    problems.push((err as Error).message);
  }
  return problems;
}

function verify(): number {
  const file = loadCases();
  const ids = new Set<string>();
  let bad = 0;
  const counts: Record<string, number> = {};
  for (const c of file.cases) {
    const problems = checkCase(c, readSource(c.source));
    if (ids.has(c.id)) problems.push('duplicate id');
    ids.add(c.id);
    const key = c.expect?.rule ?? 'clean';
    counts[key] = (counts[key] ?? 0) + 1;
    if (problems.length) {
      bad++;
      console.log(`${c.id}: ${problems.join('; ')}`);
    }
  }
  console.log(`${file.cases.length} cases, ${bad} with problems; ${Object.entries(counts).map(([k, n]) => `${k} ${n}`).join(', ')}`);
  return bad ? 1 : 0;
}

/** Fills start/end/sha256 from `paragraphs` for cases that lack them (authoring aid). */
function fill(): number {
  const file = loadCases();
  for (const c of file.cases) {
    const raw = readSource(c.source);
    const spans = paragraphSpans(c.source, raw);
    const first = spans[c.paragraphs[0]];
    const last = spans[c.paragraphs[1]];
    if (!first || !last) throw new Error(`${c.id}: paragraphs out of range`);
    c.start = first.start;
    c.end = last.end;
    c.sha256 = shortHash(raw.slice(c.start, c.end));
  }
  fs.writeFileSync(casesPath, JSON.stringify(file, null, 2) + '\n');
  return verify();
}

function gold(source: string, rawSlice: string): string[] {
  if (!isTimeML(source)) return [];
  return [...rawSlice.matchAll(/<TIMEX3[^>]*value="([^"]*)"[^>]*>([^<]*)<\/TIMEX3>/g)].map((m) => `${m[2]} = ${m[1]}`);
}

/** Prints the article a case builds, with the expected words bracketed, for review by eye (nothing is written). */
function show(ids: string[]): number {
  for (const c of loadCases().cases.filter((k) => ids.length === 0 || ids.includes(k.id))) {
    const raw = readSource(c.source);
    const built = buildCase(c, raw);
    let text = built.article;
    for (const e of [...built.expected].sort((a, b) => b.start - a.start)) text = text.slice(0, e.start) + '[[' + text.slice(e.start, e.end) + ']]' + text.slice(e.end);
    console.log(`=== ${c.id} ${c.source} ${c.expect ? c.expect.rule + ': ' + c.expect.note : 'clean'}`);
    const dct = isTimeML(c.source) ? /<DCT><TIMEX3[^>]*value="([^"]*)"/.exec(raw)?.[1] : undefined;
    if (dct) console.log(`DCT ${dct}; gold: ${gold(c.source, raw.slice(c.start, c.end)).join(' | ')}`);
    console.log(text + '\n');
  }
  return 0;
}

/** Lists corpus paragraphs matching a regular expression, with their file and paragraph index (authoring aid). */
function find(pattern: string, under: string): number {
  const re = new RegExp(pattern);
  const walk = (p: string): string[] => (fs.statSync(p).isDirectory() ? fs.readdirSync(p).flatMap((name) => walk(path.join(p, name))) : [p]);
  for (const file of walk(path.join(corporaDir, under)).filter((f) => /\.(txt|tml)$/.test(f) && !/README|PROVENANCE/i.test(f)).sort()) {
    const source = path.relative(corporaDir, file);
    const raw = fs.readFileSync(file, 'utf8');
    paragraphSpans(source, raw).forEach((s, i) => {
      const text = passageText(source, raw.slice(s.start, s.end));
      if (re.test(text)) console.log(`${source} #${i}: ${text}\n`);
    });
  }
  return 0;
}

function main(argv: string[]): number {
  if (!fs.existsSync(corporaDir)) {
    console.error(`Corpora not found at ${corporaDir} (expected ../shared/corpora next to the repository).`);
    return 2;
  }
  const [command = 'verify', ...rest] = argv;
  if (command === 'verify') return verify();
  if (command === 'fill') return fill();
  if (command === 'show') return show(rest);
  if (command === 'find' && rest[0]) return find(rest[0], rest[1] ?? '.');
  console.error('usage: dates-consistency.ts verify | fill | show [id…] | find <regex> [bbc-news|tbaq-cleaned]');
  return 2;
}

if (require.main === module) process.exitCode = main(process.argv.slice(2));
