// Builds and validates the hand-labelled figure fixtures (test/fixtures/figures/*.json) against the raw BBC corpus.
//
// Usage:
//   node --import tsx scripts/figure-labels.ts build <draft.txt> <out.json>   resolve a draft (text + anchors) to offsets
//   node --import tsx scripts/figure-labels.ts check <labels.json>...          verify offsets, order and consistency
//   node --import tsx scripts/figure-labels.ts show <labels.json> [file]       print each figure in context, for review
//
// Draft format (one figure a line, figures in text order; '#' starts a comment line):
//   == business/001.txt
//   TEXT [@ ANCHOR] | KIND VALUE UNIT | FLAGS | [ATTRIBUTION [@ ANCHOR]]
// TEXT is found at the first whole-word occurrence after the previous figure (inside ANCHOR when given, which
// disambiguates). VALUE is a number, a fraction a/b, a range lo..hi, or '-' for null; UNIT uses '_' for spaces,
// '-' for null. FLAGS: a = approximate, v = vague, p = sourced in paragraph (implied when an attribution is given).
// ATTRIBUTION is located at the whole-word occurrence nearest to the figure (nearest ANCHOR when given).
// The corpus text itself is never written out: the JSON holds offsets and the short figure/attribution strings.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpusRoot = path.resolve(repoRoot, '../shared/corpora/bbc-news');

const KINDS = ['money', 'percent', 'count', 'measure', 'ratio', 'rate'] as const;
type Kind = (typeof KINDS)[number];

interface Attribution {
  start: number;
  end: number;
  text: string;
}

interface Figure {
  start: number;
  end: number;
  text: string;
  kind: Kind;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  approximate: boolean;
  vague: boolean;
  sourced: boolean;
  sourcedInParagraph: boolean;
  attribution: Attribution | null;
}

interface LabelledArticle {
  file: string;
  figures: Figure[];
}

function readArticle(file: string): string {
  if (!fs.existsSync(corpusRoot)) {
    throw new Error(`BBC corpus not found at ${corpusRoot} (expected ../shared/corpora/bbc-news next to the repo)`);
  }
  return fs.readFileSync(path.join(corpusRoot, file), 'utf8');
}

const isWordChar = (c: string | undefined): boolean => c !== undefined && /[\p{L}\p{N}]/u.test(c);

// A match must not start or end inside a word or number ("2%" must not match inside "12%", "3" not inside "3.5").
function isWholeWord(content: string, start: number, end: number): boolean {
  const before = content[start - 1];
  const after = content[end];
  const first = content[start];
  const last = content[end - 1];
  if (isWordChar(first) && (isWordChar(before) || (/[.,]/.test(before ?? '') && isWordChar(content[start - 2])))) {
    return false;
  }
  if (isWordChar(last) && (isWordChar(after) || (/[.,]/.test(after ?? '') && /\d/.test(content[end + 1] ?? '') && /\d/.test(last)))) {
    return false;
  }
  return true;
}

function occurrences(content: string, needle: string, from = 0, to = content.length): number[] {
  const found: number[] = [];
  for (let i = content.indexOf(needle, from); i >= 0 && i + needle.length <= to; i = content.indexOf(needle, i + 1)) {
    if (isWholeWord(content, i, i + needle.length)) found.push(i);
  }
  return found;
}

function splitAnchor(spec: string): { text: string; anchor: string | null } {
  const at = spec.indexOf(' @ ');
  return at < 0 ? { text: spec.trim(), anchor: null } : { text: spec.slice(0, at).trim(), anchor: spec.slice(at + 3).trim() };
}

function parseValue(raw: string): { value: number | null; valueMax: number | null } {
  if (raw === '-') return { value: null, valueMax: null };
  const num = (s: string): number => {
    const parts = s.split('/');
    const n = parts.length === 2 ? Number(parts[0]) / Number(parts[1]) : Number(s);
    if (!Number.isFinite(n)) throw new Error(`bad value "${raw}"`);
    return n;
  };
  const range = raw.split('..');
  return range.length === 2 ? { value: num(range[0]), valueMax: num(range[1]) } : { value: num(raw), valueMax: null };
}

function buildFromDraft(draftPath: string): LabelledArticle[] {
  const articles: LabelledArticle[] = [];
  let content = '';
  let cursor = 0;
  let current: LabelledArticle | null = null;
  const lines = fs.readFileSync(draftPath, 'utf8').split('\n');
  lines.forEach((line, index) => {
    const where = `${draftPath}:${index + 1}`;
    if (line.trim() === '' || line.trimStart().startsWith('#')) return;
    if (line.startsWith('== ')) {
      current = { file: line.slice(3).trim(), figures: [] };
      articles.push(current);
      content = readArticle(current.file);
      cursor = 0;
      return;
    }
    if (!current) throw new Error(`${where}: figure before any '== file' line`);
    const [figSpec, kindSpec, flagSpec = '', attrSpec = ''] = line.split('|').map((s) => s.trim());
    if (!figSpec || !kindSpec) throw new Error(`${where}: expected "TEXT | KIND VALUE UNIT | FLAGS | ATTRIBUTION"`);
    const { text, anchor } = splitAnchor(figSpec);
    let start: number;
    if (anchor) {
      const anchorAt = content.indexOf(anchor, cursor);
      if (anchorAt < 0) throw new Error(`${where}: anchor "${anchor}" not found after offset ${cursor}`);
      const inside = occurrences(content, text, anchorAt, anchorAt + anchor.length);
      if (inside.length !== 1) throw new Error(`${where}: "${text}" occurs ${inside.length} times in anchor "${anchor}"`);
      start = inside[0];
    } else {
      const next = occurrences(content, text, cursor);
      if (next.length === 0) throw new Error(`${where}: "${text}" not found after offset ${cursor}`);
      start = next[0];
    }
    const end = start + text.length;
    cursor = end;
    const [kind, rawValue, rawUnit, ...extra] = kindSpec.split(/\s+/);
    if (!KINDS.includes(kind as Kind) || rawValue === undefined || rawUnit === undefined || extra.length > 0) {
      throw new Error(`${where}: bad "KIND VALUE UNIT" spec "${kindSpec}"`);
    }
    let attribution: Attribution | null = null;
    if (attrSpec) {
      const { text: attrText, anchor: attrAnchor } = splitAnchor(attrSpec);
      const needle = attrAnchor ?? attrText;
      const candidates = occurrences(content, needle);
      if (candidates.length === 0) throw new Error(`${where}: attribution "${needle}" not found`);
      const distance = (i: number): number => (i >= end ? i - end : Math.max(0, start - (i + needle.length)));
      const best = candidates.reduce((a, b) => (distance(b) < distance(a) ? b : a));
      let attrStart = best;
      if (attrAnchor) {
        const inside = occurrences(content, attrText, best, best + attrAnchor.length);
        if (inside.length !== 1) throw new Error(`${where}: attribution "${attrText}" not once in "${attrAnchor}"`);
        attrStart = inside[0];
      }
      attribution = { start: attrStart, end: attrStart + attrText.length, text: attrText };
    }
    const flags = new Set(flagSpec.split(''));
    for (const f of flags) if (!'avp'.includes(f)) throw new Error(`${where}: unknown flag "${f}"`);
    const { value, valueMax } = parseValue(rawValue);
    (current as LabelledArticle).figures.push({
      start,
      end,
      text,
      kind: kind as Kind,
      value,
      valueMax,
      unit: rawUnit === '-' ? null : rawUnit.replace(/_/g, ' '),
      approximate: flags.has('a'),
      vague: flags.has('v'),
      sourced: attribution !== null,
      sourcedInParagraph: attribution !== null || flags.has('p'),
      attribution,
    });
  });
  return articles;
}

// Paragraphs in this corpus are separated by blank lines; the headline is its own paragraph.
function paragraphOf(content: string, offset: number): number {
  return content.slice(0, offset).split(/\r?\n\s*\r?\n/).length - 1;
}

function check(articles: LabelledArticle[], allowEmpty = false): string[] {
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const article of articles) {
    const content = readArticle(article.file);
    if (seen.has(content)) problems.push(`${article.file}: exact duplicate of an earlier article`);
    seen.add(content);
    // dev and held-out were chosen to have figures; other-sections keeps figure-free articles on purpose (false positives count there).
    if (article.figures.length === 0 && !allowEmpty) problems.push(`${article.file}: no figures`);
    let previousEnd = 0;
    for (const f of article.figures) {
      const at = `${article.file} ${f.start}-${f.end} "${f.text}"`;
      if (content.slice(f.start, f.end) !== f.text) problems.push(`${at}: text does not match content`);
      if (!isWholeWord(content, f.start, f.end)) problems.push(`${at}: cuts through a word`);
      if (f.start < previousEnd) problems.push(`${at}: out of order or overlapping`);
      previousEnd = f.end;
      if (!KINDS.includes(f.kind)) problems.push(`${at}: bad kind ${f.kind}`);
      if (f.vague !== (f.value === null)) problems.push(`${at}: value must be null exactly when vague`);
      if (f.kind === 'percent' && f.unit !== '%' && f.unit !== 'percentage points') problems.push(`${at}: percent unit`);
      if (f.kind === 'money' && !/^[A-Z]{3}$/.test(f.unit ?? '')) problems.push(`${at}: money unit must be ISO 4217`);
      if (f.sourced !== (f.attribution !== null)) problems.push(`${at}: sourced must equal attribution !== null`);
      if (f.sourced && !f.sourcedInParagraph) problems.push(`${at}: sourced but not sourcedInParagraph`);
      const a = f.attribution;
      if (a) {
        if (content.slice(a.start, a.end) !== a.text) problems.push(`${at}: attribution text does not match content`);
        if (paragraphOf(content, a.start) !== paragraphOf(content, f.start)) {
          problems.push(`${at}: attribution "${a.text}" is in another paragraph`);
        }
      }
    }
  }
  return problems;
}

function summary(articles: LabelledArticle[]): string {
  const figures = articles.flatMap((a) => a.figures);
  const count = (p: (f: Figure) => boolean): number => figures.filter(p).length;
  const kinds = KINDS.map((k) => `${k} ${count((f) => f.kind === k)}`).join(', ');
  return [
    `${articles.length} articles, ${figures.length} figures (${kinds})`,
    `sourced (sentence scope) ${count((f) => f.sourced)}, unsourced ${count((f) => !f.sourced)}`,
    `sourced (paragraph scope) ${count((f) => f.sourcedInParagraph)}, unsourced ${count((f) => !f.sourcedInParagraph)}`,
    `vague ${count((f) => f.vague)}, approximate ${count((f) => f.approximate)}`,
  ].join('\n');
}

function show(articles: LabelledArticle[], only: string | undefined): void {
  for (const article of articles) {
    if (only && article.file !== only) continue;
    const content = readArticle(article.file);
    console.log(`== ${article.file}`);
    for (const f of article.figures) {
      const context = content.slice(Math.max(0, f.start - 40), f.start) + '[' + f.text + ']' + content.slice(f.end, f.end + 30);
      const attr = f.attribution ? `<${f.attribution.text}>` : f.sourcedInParagraph ? '(para)' : '-';
      const value = f.valueMax === null ? `${f.value}` : `${f.value}..${f.valueMax}`;
      const flags = `${f.approximate ? 'a' : ''}${f.vague ? 'v' : ''}`;
      console.log(`  ${f.kind} ${value} ${f.unit ?? '-'} ${flags} ${attr} :: ${context.replace(/\r?\n/g, ' ')}`);
    }
  }
}

function main(): void {
  const [command, ...args] = process.argv.slice(2);
  if (command === 'build' && args.length === 2) {
    const articles = buildFromDraft(args[0]);
    const problems = check(articles);
    if (problems.length > 0) throw new Error(problems.join('\n'));
    fs.writeFileSync(args[1], JSON.stringify(articles, null, 1) + '\n');
    console.log(summary(articles));
  } else if (command === 'check' && args.length > 0) {
    let failed = false;
    for (const file of args) {
      const articles = JSON.parse(fs.readFileSync(file, 'utf8')) as LabelledArticle[];
      const problems = check(articles, path.basename(file) === "other-sections.json");
      console.log(`${file}: ${problems.length === 0 ? 'ok' : `${problems.length} problems`}\n${summary(articles)}`);
      for (const p of problems) console.log(`  ${p}`);
      failed ||= problems.length > 0;
    }
    process.exitCode = failed ? 1 : 0;
  } else if (command === 'show' && args.length >= 1) {
    show(JSON.parse(fs.readFileSync(args[0], 'utf8')) as LabelledArticle[], args[1]);
  } else {
    console.error('usage: figure-labels.ts build <draft> <out.json> | check <labels.json>... | show <labels.json> [file]');
    process.exitCode = 2;
  }
}

main();
