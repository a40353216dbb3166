// Scores Newsdesk's findings on the hand-labelled open-news articles (test/fixtures/open-news), as a desk sees them.
//
// Usage: node --import tsx scripts/eval-open-news.ts [--split dev|heldout|figures2|figures3|figures4|entities2|entities2-heldout|bbc|bbc-heldout|bbc2|bbc2-heldout] [--errors]
//   --errors  lists every false and missed finding (never read the held-out errors while tuning)
//   figures2  24 more articles labelled for figures only (test/fixtures/open-news/figure-labels; scored before
//             any tuning on them, then a second dev set for figures): only the figure line is printed.
//   figures3  20 more, labelled for figures only in the fifth session (test/fixtures/open-news/figure-labels-3),
//             scored once unseen, then a dev set.
//   figures4  the last 12 open-news articles, labelled for figures only in the twenty-eighth session (first pass and
//             review; test/fixtures/open-news/figure-labels-4): held out, never tuned on, errors never listed.
//   entities2 / entities2-heldout  the 44 articles of figures2 and figures3, labelled for entities only in the
//             seventh session (test/fixtures/open-news/entity-labels), split 29 / 15 (split.json); only the entity
//             line is printed. Never list entities2-heldout's errors.
//   bbc / bbc-heldout  40 BBC News articles (8 from each section) labelled for figures by the same guidelines in the
//             eighth session (test/fixtures/figures/bbc-needs-source.json), split 25 / 15 by section. Texts from
//             ../shared/corpora/bbc-news. Never list bbc-heldout's errors.
//   bbc2 / bbc2-heldout  30 more BBC articles (6 per section), labelled for figures in the twenty-eighth session
//             (test/fixtures/figures/bbc-needs-source-2.json), scored once unseen, then split 15 / 15 by section.
//             Never list bbc2-heldout's errors.
// Scores (span overlap with the gold labels, LABELLING.md):
//   unsourced-figure  P and R against gold figures with needs_source && !sourced; debatable figures are neutral.
//                     Vague ones ("millions of": the recogniser reads them as vague) are vague-figure's (SPEC), scored
//                     on a line of their own and out of unsourced-figure's recall.
//   untagged-entity   per entity (policy first): P over findings, R over gold person/org/place entities, and how
//                     often the type of a correct finding is right.
//   dates             detection P/R/F1 (overlap) and value accuracy of the matched ones.
// Reads ../shared/corpora/open-news; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/core/analyze';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpus = path.resolve(repoRoot, '../shared/corpora/open-news');
const fixtures = path.join(repoRoot, 'test/fixtures/open-news');

interface Span { start: number; end: number; text: string }
interface Gold {
  file: string;
  entities: (Span & { type: string; entity: string })[];
  figures: (Span & { needs_source: boolean; sourced: boolean; debatable: boolean })[];
  dates: (Span & { value: string | null })[];
}

type Split = 'dev' | 'heldout' | 'figures2' | 'figures3' | 'figures4' | 'entities2' | 'entities2-heldout' | 'bbc' | 'bbc-heldout' | 'bbc2' | 'bbc2-heldout' | 'bbc3' | 'bbc3-heldout';
const SPLITS: readonly Split[] = ['dev', 'heldout', 'figures2', 'figures3', 'figures4', 'entities2', 'entities2-heldout', 'bbc', 'bbc-heldout', 'bbc2', 'bbc2-heldout', 'bbc3', 'bbc3-heldout'];
/** Splits for reporting only: their errors are never listed. */
const HELD_OUT: readonly Split[] = ['heldout', 'figures4', 'entities2-heldout', 'bbc-heldout', 'bbc2-heldout', 'bbc3-heldout'];
/** The BBC articles labelled for figures under LABELLING.md, and their split, by the splits that read them. */
const BBC_LABELS: Partial<Record<Split, string>> = {
  bbc: path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source.json'),
  'bbc-heldout': path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source.json'),
  bbc2: path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source-2.json'),
  'bbc2-heldout': path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source-2.json'),
  bbc3: path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source-3.json'),
  'bbc3-heldout': path.join(repoRoot, 'test/fixtures/figures/bbc-needs-source-3.json'),
};
const BBC_CORPUS = path.resolve(repoRoot, '../shared/corpora/bbc-news');

/** Splits labelled for one kind only: their folder, the kind, and for part of a folder its list in split.json. */
const PARTIAL: Partial<Record<Split, { folder: string; kind: 'figures' | 'entities'; list?: string }>> = {
  figures2: { folder: 'figure-labels', kind: 'figures' },
  figures3: { folder: 'figure-labels-3', kind: 'figures' },
  figures4: { folder: 'figure-labels-4', kind: 'figures' },
  entities2: { folder: 'entity-labels', kind: 'entities', list: 'entities2' },
  'entities2-heldout': { folder: 'entity-labels', kind: 'entities', list: 'entities2_heldout' },
  bbc: { folder: '', kind: 'figures', list: 'dev' },
  'bbc-heldout': { folder: '', kind: 'figures', list: 'heldout' },
  bbc2: { folder: '', kind: 'figures', list: 'dev' },
  'bbc2-heldout': { folder: '', kind: 'figures', list: 'heldout' },
  bbc3: { folder: '', kind: 'figures', list: 'dev' },
  'bbc3-heldout': { folder: '', kind: 'figures', list: 'heldout' },
};

/** The articles of `split` with their gold labels and texts. */
function labelled(split: Split, only: (name: string, index: number) => boolean): { name: string; gold: Gold; text: string }[] {
  const partial = PARTIAL[split];
  const bbcLabels = BBC_LABELS[split];
  if (bbcLabels) {
    const bbc = JSON.parse(fs.readFileSync(bbcLabels, 'utf8')) as { split: Record<string, string[]>; articles: Gold[] };
    const names = bbc.split[partial!.list!].filter(only);
    return names.map((name) => ({ name, gold: bbc.articles.find((a) => a.file === name)!, text: fs.readFileSync(path.join(BBC_CORPUS, name), 'utf8') }));
  }
  const lists = JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as Record<string, string[]>;
  const names = partial && !partial.list
    ? fs.readdirSync(path.join(fixtures, partial.folder)).filter((f) => f.endsWith('.md.json')).sort().map((f) => f.slice(0, -'.json'.length))
    : lists[partial?.list ?? split].filter(only);
  return names.map((name) => ({
    name,
    gold: JSON.parse(fs.readFileSync(path.join(fixtures, partial?.folder ?? 'labels', `${name}.json`), 'utf8')) as Gold,
    text: fs.readFileSync(path.join(corpus, name), 'utf8'),
  }));
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const ratio = (n: number, d: number) => (d === 0 ? '—' : (n / d).toFixed(3));

export interface OpenNewsScores {
  articles: number;
  figures: { tp: number; fp: number; fn: number; neutral: number };
  /** vague-figure against the gold figures that need a source and are vague ("millions of"). */
  vague: { tp: number; fp: number; fn: number; neutral: number };
  entities: { tp: number; fp: number; fn: number; typeRight: number };
  dates: { tp: number; fp: number; fn: number; valueRight: number };
  errors: string[];
}

/** Scores every labelled article of `split` (those `only` keeps); `errors` lists false and missed findings. */
export function scoreOpenNews(split: Split, only: (name: string, index: number) => boolean = () => true): OpenNewsScores {
  const partial = PARTIAL[split];
  const s: OpenNewsScores = { articles: 0, figures: { tp: 0, fp: 0, fn: 0, neutral: 0 }, vague: { tp: 0, fp: 0, fn: 0, neutral: 0 }, entities: { tp: 0, fp: 0, fn: 0, typeRight: 0 }, dates: { tp: 0, fp: 0, fn: 0, valueRight: 0 }, errors: [] };
  for (const { name, gold, text } of labelled(split, only)) {
    gold.entities ??= [];
    gold.figures ??= [];
    gold.dates ??= [];
    const a = analyze(text);
    s.articles++;
    const err = (what: string, span: Span) => s.errors.push(`${name}: ${what} “${span.text}” … ${JSON.stringify(text.slice(Math.max(0, span.start - 50), span.end + 30))}`);

    // Figures. SPEC: an unsourced vague figure ("millions of") is vague-figure's, every other one unsourced-figure's;
    // a gold figure is vague when the recogniser reads it as vague.
    const positives = gold.figures.filter((g) => g.needs_source && !g.sourced && !g.debatable);
    const isVague = (g: Span) => a.figures.some((f) => f.vague && overlaps(f, g));
    for (const [rule, score, want] of partial?.kind === 'entities' ? [] : [['unsourced-figure', s.figures, (g: Span) => !isVague(g)], ['vague-figure', s.vague, isVague]] as const) {
      const flagged = a.findings.filter((f) => f.rule === rule);
      for (const f of flagged) {
        if (positives.some((g) => overlaps(f, g))) score.tp++;
        else if (gold.figures.some((g) => g.debatable && overlaps(f, g))) score.neutral++;
        else { score.fp++; err(`false ${rule}`, f); }
      }
      for (const g of positives) if (want(g) && !flagged.some((f) => overlaps(f, g))) { score.fn++; err(`missed (${rule})`, g); }
    }

    if (partial?.kind === 'figures') continue;

    // Entities, per gold entity id (person, org, place).
    const untagged = a.findings.filter((f) => f.rule === 'untagged-entity');
    const goldEntities = new Map<string, Gold['entities']>();
    for (const e of gold.entities) if (e.type !== 'other') goldEntities.set(e.entity, [...(goldEntities.get(e.entity) ?? []), e]);
    const found = new Set<string>();
    for (const f of untagged) {
      const hit = gold.entities.find((e) => e.type !== 'other' && overlaps(f, e));
      if (!hit) { s.entities.fp++; err('false untagged-entity', f); continue; }
      if (found.has(hit.entity)) continue; // a second finding on one entity is neither right nor wrong under `first`
      found.add(hit.entity);
      s.entities.tp++;
      const type = a.entities.find((m) => m.start === f.start)?.type;
      if (type === hit.type) s.entities.typeRight++;
      else err(`wrong type ${type} (gold ${hit.type}) for`, f);
    }
    for (const [id, mentions] of goldEntities) if (!found.has(id)) { s.entities.fn++; err('missed entity', mentions[0]); }

    // Dates.
    if (partial) continue;
    const dates = a.dates.filter((d) => d.kind === 'date');
    for (const d of dates) {
      const g = gold.dates.find((x) => overlaps(d, x));
      if (!g) { s.dates.fp++; continue; }
      s.dates.tp++;
      if (g.value === d.value) s.dates.valueRight++;
    }
    for (const g of gold.dates) if (!dates.some((d) => overlaps(d, g))) s.dates.fn++;
  }
  return s;
}

function main(): void {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'dev' }, errors: { type: 'boolean', default: false } } });
  const split: Split = SPLITS.find((x) => x === values.split) ?? 'dev';
  const texts = split.startsWith('bbc') ? BBC_CORPUS : corpus;
  if (!fs.existsSync(texts)) { console.error(`eval-open-news: the corpus is not at ${texts}; nothing to score.`); process.exit(2); }
  if (values.errors && HELD_OUT.includes(split)) { console.error('eval-open-news: errors are listed for dev sets only; a held-out set is for reporting.'); process.exit(2); }
  const s = scoreOpenNews(split);
  const { figures: f, entities: e, dates: d } = s;
  console.log(`open-news ${split}: ${s.articles} articles`);
  const kind = PARTIAL[split]?.kind;
  if (kind !== 'entities') {
    console.log(`unsourced-figure  P ${ratio(f.tp, f.tp + f.fp)}  R ${ratio(f.tp, f.tp + f.fn)}  (${f.tp} right, ${f.fp} false, ${f.fn} missed, ${f.neutral} on debatable figures)`);
  const v = s.vague;
    console.log(`vague-figure      P ${ratio(v.tp, v.tp + v.fp)}  R ${ratio(v.tp, v.tp + v.fn)}  (${v.tp} right, ${v.fp} false, ${v.fn} missed, ${v.neutral} on debatable figures)`);
  }
  if (kind !== 'figures') console.log(`untagged-entity   P ${ratio(e.tp, e.tp + e.fp)}  R ${ratio(e.tp, e.tp + e.fn)}  type right ${ratio(e.typeRight, e.tp)}  (${e.tp} entities found, ${e.fp} false findings, ${e.fn} entities missed)`);
  if (!kind) {
    const dp = d.tp / (d.tp + d.fp);
    const dr = d.tp / (d.tp + d.fn);
    console.log(`dates             detection P ${dp.toFixed(3)} R ${dr.toFixed(3)} F1 ${((2 * dp * dr) / (dp + dr)).toFixed(3)}; value right ${ratio(d.valueRight, d.tp)} of matched`);
  }
  if (values.errors) for (const line of s.errors) console.log(`  ${line}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
