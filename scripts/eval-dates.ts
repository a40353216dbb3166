// Scores date recognition on TBAQ-cleaned TimeML (TIMEX3 type DATE), Newsdesk against plain chrono-node; dev = TimeBank, --heldout = AQUAINT.
import * as fs from 'fs';
import * as path from 'path';
import * as chrono from 'chrono-node';
import { buildLanguage, rememberLanguage } from '../server/src/core/language';
import { LineIndex } from '../server/src/core/lines';
import type { Article, Span } from '../server/src/core/types';
import { extractDates } from '../server/src/core/dates';

export interface Gold {
  start: number;
  end: number;
  type: string;
  value: string;
  /** The TIMEX3's tid ("t12"). */
  tid: string;
}

export interface Doc {
  name: string;
  text: string;
  dct: string;
  timexes: Gold[];
}

export interface Predicted {
  start: number;
  end: number;
  value: string | null;
  /** "now": matches the gold PRESENT_REF (and PAST_REF/FUTURE_REF likewise). */
  reference?: string;
}

export interface Scores {
  gold: number;
  predicted: number;
  detection: { p: number; r: number; f1: number };
  endToEnd: { p: number; r: number; f1: number };
}

const ENTITIES: Readonly<Record<string, string>> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function corpusDir(): string {
  const repoRoot = path.resolve(__dirname, '..');
  return path.resolve(repoRoot, '../shared/corpora/tbaq-cleaned');
}

/** The TEXT element with tags removed, TIMEX3 offsets into that plain text, and the DCT value. */
export function readTml(file: string): Doc {
  const xml = fs.readFileSync(file, 'utf8');
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*?)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const timexes: Gold[] = [];
  const open: { start: number; type: string; value: string; tid: string }[] = [];
  const re = /<(\/?)([A-Za-z0-9]+)([^>]*)>|&(\w+);|([^<&]+)/g;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    if (m[5] !== undefined) text += m[5];
    else if (m[4] !== undefined) text += ENTITIES[m[4]] ?? `&${m[4]};`;
    else if (m[2] === 'TIMEX3' && !m[1]) {
      const attr = (k: string) => new RegExp(`${k}="([^"]*)"`).exec(m![3])?.[1] ?? '';
      if (m[3].trim().endsWith('/')) continue;
      open.push({ start: text.length, type: attr('type'), value: attr('value'), tid: attr('tid') });
    } else if (m[2] === 'TIMEX3' && m[1]) {
      const o = open.pop();
      if (o) timexes.push({ start: o.start, end: text.length, type: o.type, value: o.value, tid: o.tid });
    }
  }
  return { name: path.basename(file), text, dct: dct.slice(0, 10), timexes };
}

export function readPart(part: 'TimeBank' | 'AQUAINT'): Doc[] {
  const dir = path.join(corpusDir(), part);
  return fs.readdirSync(dir).filter((f) => f.endsWith('.tml')).sort().map((f) => readTml(path.join(dir, f)));
}

/** Newswire text is not Markdown (its ``quotes'' would read as code spans): prose is the text, paragraphs are blank-line separated. */
export function plainArticle(text: string): Article {
  const paragraphs: Span[] = [];
  const re = /[^\n]+(?:\n(?!\s*\n)[^\n]*)*/g;
  for (let m = re.exec(text); m; m = re.exec(text)) if (m[0].trim()) paragraphs.push({ start: m.index, end: m.index + m[0].length });
  const language = buildLanguage(text, paragraphs);
  const article: Article = { text, prose: text, frontMatter: null, tags: [], citations: [], paragraphs, sentences: language.sentences, ignores: [], problems: [], inlineMarkup: [], foreignDirectives: [], lines: new LineIndex(text) };
  rememberLanguage(article, language);
  return article;
}

export function newsdesk(doc: Doc): Predicted[] {
  return extractDates(plainArticle(doc.text), doc.dct)
    .filter((d) => d.kind === 'date')
    .map((d) => ({ start: d.start, end: d.end, value: d.value, reference: d.reference }));
}

/** chrono-node as it comes: the DCT as reference, each result's value at the precision of its certain components. */
export function plainChrono(doc: Doc): Predicted[] {
  const [y, m, d] = doc.dct.split('-').map(Number);
  const out: Predicted[] = [];
  for (const r of chrono.parse(doc.text, new Date(y, m - 1, d, 12))) {
    const c = r.start;
    const pad = (n: number | null) => String(n).padStart(2, '0');
    const yy = c.get('year');
    let value: string | null = null;
    if (c.isCertain('day') || c.isCertain('weekday')) value = `${yy}-${pad(c.get('month'))}-${pad(c.get('day'))}`;
    else if (c.isCertain('month')) value = `${yy}-${pad(c.get('month'))}`;
    else if (c.isCertain('year')) value = String(yy);
    if (value) out.push({ start: r.index, end: r.index + r.text.length, value });
  }
  return out;
}

const REFERENCES: Readonly<Record<string, string>> = { PRESENT_REF: 'present', PAST_REF: 'past', FUTURE_REF: 'future' };

/** Right when the prediction agrees with the gold value at the gold value's precision. */
export function valueMatches(gold: string, p: Predicted): boolean {
  if (gold in REFERENCES) return p.reference === REFERENCES[gold];
  if (p.value === null) return false;
  if (p.value.length < gold.length) return false;
  // An X in the gold value is a digit the annotators left open ("1989-WXX": some week of 1989).
  for (let i = 0; i < gold.length; i++) if (gold[i] !== 'X' && gold[i] !== p.value[i]) return false;
  return true;
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start < b.end && b.start < a.end;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

/**
 * Overlap match against gold DATE timexes. A prediction overlapping only a gold DURATION, TIME or
 * SET is left out of precision: this scores DATE values, not the type distinction.
 */
export function score(docs: Doc[], system: (d: Doc) => Predicted[], errors?: (doc: Doc, kind: string, text: string, detail: string) => void): Scores {
  let gold = 0, predicted = 0, foundGold = 0, rightGold = 0, truePred = 0, rightPred = 0;
  for (const doc of docs) {
    const dates = doc.timexes.filter((t) => t.type === 'DATE');
    const others = doc.timexes.filter((t) => t.type !== 'DATE');
    const preds = system(doc).filter((p) => dates.some((g) => overlaps(g, p)) || !others.some((g) => overlaps(g, p)));
    gold += dates.length;
    predicted += preds.length;
    for (const g of dates) {
      const hits = preds.filter((p) => overlaps(g, p));
      if (hits.length) foundGold++;
      if (hits.some((p) => valueMatches(g.value, p))) rightGold++;
      else errors?.(doc, hits.length ? 'wrong-value' : 'missed', doc.text.slice(g.start, g.end), `gold ${g.value}${hits.length ? ` got ${hits.map((h) => `${doc.text.slice(h.start, h.end)}=${h.value ?? h.reference}`).join(', ')}` : ''}`);
    }
    for (const p of preds) {
      const hits = dates.filter((g) => overlaps(g, p));
      if (hits.length) truePred++;
      else errors?.(doc, 'spurious', doc.text.slice(p.start, p.end), `= ${p.value ?? p.reference}`);
      if (hits.some((g) => valueMatches(g.value, p))) rightPred++;
    }
  }
  const dp = predicted ? truePred / predicted : 0, dr = gold ? foundGold / gold : 0;
  const ep = predicted ? rightPred / predicted : 0, er = gold ? rightGold / gold : 0;
  return { gold, predicted, detection: { p: dp, r: dr, f1: f1(dp, dr) }, endToEnd: { p: ep, r: er, f1: f1(ep, er) } };
}

function main(): void {
  if (!fs.existsSync(corpusDir())) {
    console.error(`eval-dates: corpus not found at ${corpusDir()} (expected ../shared/corpora/tbaq-cleaned next to the repository)`);
    process.exit(2);
  }
  const heldout = process.argv.includes('--heldout');
  const showErrors = process.argv.includes('--errors');
  const part = heldout ? 'AQUAINT' : 'TimeBank';
  const docs = readPart(part);
  const fmt = (x: number) => x.toFixed(3);
  const rows: [string, Scores][] = [];
  const log: string[] = [];
  rows.push(['newsdesk', score(docs, newsdesk, showErrors ? (doc, kind, text, detail) => log.push(`${kind}\t${JSON.stringify(text)}\t${detail}\t${doc.name}`) : undefined)]);
  rows.push(['chrono-node', score(docs, plainChrono)]);
  console.log(`${part} (${heldout ? 'held-out' : 'dev'}): ${docs.length} documents, ${rows[0][1].gold} gold DATE timexes`);
  console.log('system        predicted  det-P  det-R  det-F1  e2e-P  e2e-R  e2e-F1');
  for (const [name, s] of rows) console.log(`${name.padEnd(13)} ${String(s.predicted).padStart(9)}  ${fmt(s.detection.p)}  ${fmt(s.detection.r)}  ${fmt(s.detection.f1)}   ${fmt(s.endToEnd.p)}  ${fmt(s.endToEnd.r)}  ${fmt(s.endToEnd.f1)}`);
  if (showErrors) console.log(log.sort().join('\n'));
}

if (require.main === module) main();
