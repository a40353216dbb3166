// Checks the hand labels of open-news articles (test/fixtures/open-news/labels/*.json) against the corpus text.
//
// Usage: node --import tsx scripts/open-news-labels.ts check
// Every record must satisfy content.slice(start, end) === text, stand after the front matter, be sorted, and
// (entities, figures) not overlap another of its kind; split.json must name every labelled file once.
// Reads ../shared/corpora/open-news; says so and exits 2 when it is absent. Exits 1 on any problem.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpora/open-news');
const fixtures = path.join(repoRoot, 'test/fixtures/open-news');

interface Span { start: number; end: number; text: string }
interface Labels { file: string; entities: (Span & { type: string; entity: string })[]; figures: (Span & { needs_source: boolean; sourced: boolean; debatable: boolean })[]; dates: (Span & { value: string | null })[]; date_problems: (Span & { rule: string })[] }

/** Problems found in one label file, as sentences; empty when it is sound. */
export function checkLabels(labels: Labels, content: string): string[] {
  const problems: string[] = [];
  const bodyStart = content.startsWith('---') ? content.indexOf('\n---', 3) + 4 : 0;
  for (const section of ['entities', 'figures', 'dates', 'date_problems'] as const) {
    const records = labels[section] as Span[];
    if (!Array.isArray(records)) { problems.push(`${section} is missing`); continue; }
    records.forEach((r, i) => {
      if (content.slice(r.start, r.end) !== r.text) problems.push(`${section}[${i}] “${r.text}” is “${content.slice(r.start, r.end)}” at ${r.start}-${r.end}`);
      if (r.start < bodyStart) problems.push(`${section}[${i}] “${r.text}” is in the front matter`);
      const prev = records[i - 1];
      if (prev && prev.start > r.start) problems.push(`${section}[${i}] “${r.text}” is out of order`);
      if (prev && (section === 'entities' || section === 'figures') && prev.end > r.start) problems.push(`${section}[${i}] “${r.text}” overlaps “${prev.text}”`);
    });
  }
  for (const e of labels.entities) if (!['person', 'org', 'place', 'other'].includes(e.type) || !e.entity) problems.push(`entity “${e.text}” has type ${e.type} / id ${e.entity}`);
  for (const f of labels.figures) if (typeof f.needs_source !== 'boolean' || typeof f.sourced !== 'boolean' || typeof f.debatable !== 'boolean') problems.push(`figure “${f.text}” lacks a flag`);
  return problems;
}

function main(): void {
  if (!fs.existsSync(corpus)) { console.error(`open-news-labels: the corpus is not at ${corpus}; nothing to check.`); process.exit(2); }
  const split = JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as { dev: string[]; heldout: string[] };
  const files = fs.readdirSync(path.join(fixtures, 'labels')).filter((f) => f.endsWith('.json')).sort();
  let bad = 0;
  const named = [...split.dev, ...split.heldout];
  if (new Set(named).size !== named.length) { console.log('split.json names a file twice'); bad++; }
  for (const f of files) {
    const labels = JSON.parse(fs.readFileSync(path.join(fixtures, 'labels', f), 'utf8')) as Labels;
    const content = fs.readFileSync(path.join(corpus, labels.file), 'utf8');
    const problems = checkLabels(labels, content);
    if (!named.includes(labels.file)) problems.push('not in split.json');
    for (const p of problems) console.log(`${f}: ${p}`);
    bad += problems.length;
  }
  console.log(`${files.length} label files (${split.dev.length} dev, ${split.heldout.length} held out): ${bad} problem${bad === 1 ? '' : 's'}`);
  process.exit(bad > 0 ? 1 : 0);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv[2] === 'check') main();
