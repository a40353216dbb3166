// Date slips planted by program into real articles (issue 12, item 4): how many Newsdesk finds, per kind, and how
// often it raises a date finding on the articles as they were.
//
// Usage: node --import tsx scripts/date-slips.ts [--split dev|heldout|both|bbc] [--per-doc 3] [--errors] [--dump DIR]
//   --errors  lists misses and false alarms, for dev documents only
//   --dump    writes each missed slipped dev document to DIR (one file per miss, its slip's kind in the name)
// Articles: TBAQ-cleaned (TimeBank and AQUAINT, with their document creation times as publication dates; text read
// at run time, never committed) and the open-news articles. Each document falls in dev or held-out by a hash of its
// name. Kinds (each variant holds one slip; the expected finding must overlap the slip):
//   weekday-shift    "Wednesday, Sept. 12" → the next weekday                  → weekday-mismatch
//   impossible-day   "Sept. 12" / "12 September" → a day the month lacks         → impossible-date
//   next-last-swap   "last week" ↔ "next week" under a past or future verb      → tense-date-mismatch
//                    (also months, seasons, quarters, weekends and weekdays: "last March", "next spring")
//   tense-flip       a one-word past verb dating a day, month or year before publication's → "will <lemma>" ("was
//                    <participle>" → "will be <participle>"), and "will <lemma>" dating one after it → the verb's past
//                    form as the corpus writes it                                → tense-date-mismatch
//   wrong-apposition "on Monday" → "on Monday, <the day after as a date>"       → weekday-mismatch or date-conflict
//   event-redated    the second of two mentions dating one event (labelled pairs, test/fixtures/date-pairs) moved:
//                    a year back, a day three off, a weekday two on, a month two back → date-conflict on either
// False alarms: findings of the date rules on the unchanged documents, per 100 documents.
import * as fs from 'fs';
import * as path from 'path';
import { parseArgs } from 'node:util';
import { analyze } from '../server/src/core/analyze';
import { addDays, daysInMonth, monthNames, parseIsoDay, weekdayNames, weekdayOf } from '../server/src/core/dates/calendar';
import { corpusDir, readPart, type Gold } from './eval-dates';
import { languageOf } from '../server/src/core/language';

const DATE_RULES = new Set(['weekday-mismatch', 'impossible-date', 'tense-date-mismatch', 'date-conflict']);

interface Source { name: string; text: string; format: 'markdown' | 'text'; timexes?: Gold[] }
/** One planted slip: the changed text, where a finding must overlap (start–end, or `also`), and which rules count. */
interface Slip { kind: string; text: string; start: number; end: number; rules: string[]; also?: { start: number; end: number } }

/** A labelled same-event pair of a TBAQ document: two TIMEX3 tids in different sentences dating one event. */
interface EventPair { doc: string; a: string; b: string; sure: boolean }

/** test/fixtures/date-pairs/tbaq.jsonl (labelled for Newsdesk, tids only; see its README), or [] when absent. */
function eventPairs(): EventPair[] {
  const file = path.resolve(__dirname, '../test/fixtures/date-pairs/tbaq.jsonl');
  if (!fs.existsSync(file)) return [];
  const out: EventPair[] = [];
  for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const row = JSON.parse(line) as { doc: string; pairs: { a: string; b: string; sure: boolean }[] };
    for (const p of row.pairs) out.push({ doc: row.doc, a: p.a, b: p.b, sure: p.sure });
  }
  return out;
}

/**
 * The second mention of a labelled event moved to another time, as a slip of a second telling would, so that it falls
 * outside the first mention's time (`first`, a gold TIMEX3 value): a written year one back ("Oct. 23, 1997" for 1998),
 * a day three off ("March 7" for "March 4"), a year one back added to a day or month without one, a weekday two on, a
 * month two back. `words` are the second mention as written, `value` its gold value. Null when none of these fits.
 */
function redated(words: string, value: string, first: string): string | null {
  if (!/^\d{4}(-\d\d){0,2}$/.test(first) || !/^\d{4}(-\d\d){0,2}$/.test(value)) return null;
  const [y, m, d] = value.split('-').map(Number);
  const iso = (yy: number, mm?: number, dd?: number) => [String(yy), ...(mm ? [String(mm).padStart(2, '0')] : []), ...(dd ? [String(dd).padStart(2, '0')] : [])].join('-');
  const candidates: [string, string][] = [];
  const year = /\b(19|20)(\d\d)\b/.exec(words);
  if (year) candidates.push([words.slice(0, year.index) + String(Number(year[0]) - 1) + words.slice(year.index + 4), iso(y - 1, m, d)]);
  const day = /\b([A-Z][a-z]+\.?\s+)(\d{1,2})\b|\b(\d{1,2})(\s+[A-Z][a-z]+)/.exec(words);
  if (day && d) {
    const n = Number(day[2] ?? day[3]);
    const by = n + 3 <= 28 ? n + 3 : n - 3;
    const at = day.index + (day[1]?.length ?? 0);
    candidates.push([words.slice(0, at) + String(by) + words.slice(at + String(n).length), iso(y, m, by)]);
  }
  // (Not after a relative word: "last Oct. 23, 1997", "July last year, 1996" are no one's slip.)
  const relative = /\b(?:last|next|this|ago|year|yesterday|today|tomorrow)\b/i.test(words);
  if (!year && !relative && m && (day || monthNames().some((name) => words.includes(name)))) candidates.push([`${words}, ${y - 1}`, iso(y - 1, m, d)]);
  const names = weekdayNames();
  const weekday = names.findIndex((w) => new RegExp(`\\b${w}\\b`).test(words));
  if (weekday >= 0 && d) {
    const later = addDays({ y, m, d }, 2);
    candidates.push([words.replace(names[weekday], names[(weekday + 2) % 7]), iso(later.y, later.m, later.d)]);
  }
  const months = monthNames();
  const month = months.findIndex((name) => new RegExp(`\\b${name}\\b`).test(words));
  if (month >= 0 && m && !day) candidates.push([words.replace(months[month], months[(month + 10) % 12]), iso(m > 2 ? y : y - 1, ((m + 9) % 12) + 1)]);
  // The moved mention must leave the first's time: "Oct. 26" still lies in "last October".
  const apart = (v: string) => !v.startsWith(first) && !first.startsWith(v);
  return candidates.find(([, v]) => apart(v))?.[0] ?? null;
}

function sources(): Source[] {
  const out: Source[] = [];
  if (fs.existsSync(corpusDir())) {
    for (const part of ['TimeBank', 'AQUAINT'] as const) {
      for (const d of readPart(part)) {
        if (!d.dct) continue;
        const front = `---\npublished: ${d.dct}\n---\n\n`;
        out.push({ name: `${part}/${d.name}`, text: `${front}${d.text}`, format: 'text', timexes: d.timexes.map((t) => ({ ...t, start: t.start + front.length, end: t.end + front.length })) });
      }
    }
  } else console.error(`date-slips: ${corpusDir()} is absent; open-news only.`);
  // BBC News 2004–05 (no dates in the files: 2005-03-01 assumed, as the other evaluations do), a third split for tuning.
  const bbc = path.resolve(__dirname, '../../shared/corpora/bbc-news');
  if (fs.existsSync(bbc)) {
    for (const section of fs.readdirSync(bbc).sort()) {
      if (!fs.statSync(path.join(bbc, section)).isDirectory()) continue;
      for (const f of fs.readdirSync(path.join(bbc, section)).sort()) {
        const body = fs.readFileSync(path.join(bbc, section, f), 'utf8').replace(/\r\n/g, '\n').split('\n').filter((l) => l.trim()).join('\n\n');
        out.push({ name: `bbc/${section}/${f}`, text: `---\npublished: 2005-03-01\n---\n\n${body}\n`, format: 'text' });
      }
    }
  }
  const openNews = path.resolve(__dirname, '../../shared/corpora/open-news');
  if (fs.existsSync(openNews)) for (const f of fs.readdirSync(openNews).sort()) if (/^\d{3}-.*\.md$/.test(f)) out.push({ name: `open-news/${f}`, text: fs.readFileSync(path.join(openNews, f), 'utf8'), format: 'markdown' });
  return out;
}

/** dev or held-out, by a stable hash of the document's name (FNV-1a); BBC News is a split of its own, for tuning. */
function splitOf(name: string): 'dev' | 'heldout' | 'bbc' {
  if (name.startsWith('bbc/')) return 'bbc';
  let h = 0x811c9dc5;
  for (let i = 0; i < name.length; i++) h = Math.imul(h ^ name.charCodeAt(i), 0x01000193) >>> 0;
  return h % 2 === 0 ? 'dev' : 'heldout';
}

const replace = (text: string, start: number, end: number, by: string) => text.slice(0, start) + by + text.slice(end);

/** lemma → its past form as the documents write it most often ("meet" → "met"), from one-word past verb groups. */
function pastForms(docs: Source[]): Map<string, string> {
  const counts = new Map<string, Map<string, number>>();
  for (const src of docs) {
    const a = analyze(src.text, { format: src.format });
    const layer = languageOf(a.article);
    for (const g of layer.verbGroups) {
      if (g.tense !== 'past' || g.first !== g.last || g.passive || g.perfect) continue;
      const t = layer.tokens[g.head];
      const written = a.article.prose.slice(t.start, t.end);
      if (!/^[a-z]+$/.test(written) || written === t.lemma) continue;
      const m = counts.get(t.lemma) ?? new Map<string, number>();
      m.set(written, (m.get(written) ?? 0) + 1);
      counts.set(t.lemma, m);
    }
  }
  const out = new Map<string, string>();
  for (const [lemma, m] of counts) out.set(lemma, [...m].sort((x, y) => y[1] - x[1])[0][0]);
  return out;
}

/** Is date `d` wholly before (-1) or after (1) the publication day `pub` (YYYY-MM-DD), at its own grain; 0 when it
 * is neither or has no day or month value. Months next to publication's are left out (0): the slip must be plain. */
function sideOfPublication(d: { value: string | null; grain?: string }, pub: string): -1 | 0 | 1 {
  if (!d.value || (d.grain !== 'day' && d.grain !== 'month' && d.grain !== 'year')) return 0;
  if (d.grain === 'year') return Math.sign(Number(d.value) - Number(pub.slice(0, 4))) as -1 | 0 | 1;
  if (d.grain === 'day') {
    const gap = (Date.parse(d.value) - Date.parse(pub)) / 86400000;
    return gap <= -2 ? -1 : gap >= 2 ? 1 : 0;
  }
  const months = (v: string) => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7));
  const gap = months(d.value) - months(pub);
  return gap <= -2 ? -1 : gap >= 2 ? 1 : 0;
}

/** The tense-flip slip of date `d`, or null: its one-word past verb made "will <lemma>", or its "will <lemma>" made
 * the past form `past` gives. */
function tenseFlip(a: ReturnType<typeof analyze>, d: ReturnType<typeof analyze>['dates'][number], past: Map<string, string>): Slip | null {
  const pub = a.article.frontMatter?.published;
  if (!pub || !d.tenseCue || d.resolvedBy !== 'text' || d.kind !== 'date') return null;
  const side = sideOfPublication(d, String(pub).slice(0, 10));
  const layer = languageOf(a.article);
  const at = layer.tokenAt(d.tenseCue.start);
  const g = layer.verbGroups.find((x) => x.first <= at && at <= x.last);
  if (!g || g.negated || g.modal || g.perfect || g.progressive) return null;
  const head = layer.tokens[g.head];
  // A participle after its noun ("the town devastated by an earthquake") is no finite verb; a date inside the
  // subject's "of" phrase ("the European Council of 28-29 June 2018 gave") dates the noun, not the verb.
  const after = layer.tokens[g.last + 1], before = layer.tokenAt(d.start) - 1;
  if (after?.lemma === 'by' || (d.start < head.start && before >= 0 && layer.tokens[before].lemma === 'of')) return null;
  // Only a date that is an adverbial of its clause: not one modifying a noun ("its 1988 recapitalization", "the 1996
  // Olympic bombing"), nor one parted from the verb by a comma or a dash (a dateline, an aside).
  const next = layer.tokens[layer.tokenAt(d.end - 1) + 1];
  const determined = before >= 0 && ['DET', 'PRON'].includes(layer.tokens[before].pos);
  const [from, to] = d.start < head.start ? [d.end, layer.tokens[g.first].start] : [layer.tokens[g.last].end, d.start];
  if ((next && ['NOUN', 'PROPN', 'ADJ'].includes(next.pos)) || determined || /[,–—()]|\s-\s/.test(a.article.prose.slice(from, to))) return null;
  const group = a.article.text.slice(layer.tokens[g.first].start, layer.tokens[g.last].end);
  let by: string | undefined;
  const passive = g.passive && g.last === g.first + 1 && /^(?:was|were) [a-z]+$/.test(group);
  if (side < 0 && g.tense === 'past' && passive) by = `will be ${group.split(' ')[1]}`;
  if (side < 0 && g.tense === 'past' && !g.passive && g.first === g.last && /^[a-z]+$/.test(group) && !['be', 'have', 'do'].includes(head.lemma)) by = `will ${head.lemma}`;
  if (side > 0 && g.tense === 'future' && g.last === g.first + 1 && /^will [a-z]+$/.test(group) && head.lemma !== 'be') by = past.get(head.lemma);
  if (!by) return null;
  const start = layer.tokens[g.first].start, end = layer.tokens[g.last].end;
  const shift = by.length - (end - start);
  const text = replace(a.article.text, start, end, by);
  // A finding anywhere from the verb or the date to the sentence's end catches it: the other end of a range ("from
  // 1991 to 1997") may carry it, and the original had no tense finding.
  const sentenceEnd = a.article.sentences[d.sentence]?.end ?? d.end;
  return { kind: 'tense-flip', text, start: Math.min(start, d.start), end: Math.max(sentenceEnd, end) + shift, rules: ['tense-date-mismatch'] };
}

/** The slips one document allows, at most `perDoc` of each kind; each records where it is and what should find it. */
function slipsOf(src: Source, perDoc: number, past: Map<string, string>, pairs: EventPair[]): Slip[] {
  const a = analyze(src.text, { format: src.format });
  const text = src.text;
  const out: Slip[] = [];
  const take = (kind: string) => out.filter((s) => s.kind === kind).length < perDoc;
  for (const d of a.dates) {
    const day = d.grain === 'day' ? parseIsoDay(d.value) : null;
    if (take('weekday-shift') && day && d.weekdaySpan && d.weekday === weekdayOf(day) && /\d/.test(d.text)) {
      const written = text.slice(d.weekdaySpan.start, d.weekdaySpan.end);
      const other = weekdayNames()[(d.weekday + 1) % 7];
      const by = written.endsWith('.') ? `${other.slice(0, 3)}.` : other;
      out.push({ kind: 'weekday-shift', text: replace(text, d.weekdaySpan.start, d.weekdaySpan.end, by), start: d.start, end: d.end + by.length - written.length, rules: ['weekday-mismatch'] });
    }
    const dm = /^(\d{1,2})(\s+)([A-Z][a-z]+\.?)/.exec(d.text) ?? null;
    const md = /^([A-Z][a-z]+\.?)(\s+)(\d{1,2})\b/.exec(d.text);
    if (take('impossible-day') && day && (dm || md)) {
      const m = day.m;
      const bad = m === 2 ? 30 : daysInMonth(day.y, m) === 30 ? 31 : null;
      if (bad !== null) {
        const at = dm ? d.start : d.start + md![1].length + md![2].length;
        const len = dm ? dm[1].length : md![3].length;
        out.push({ kind: 'impossible-day', text: replace(text, at, at + len, String(bad)), start: d.start, end: d.end + String(bad).length - len, rules: ['impossible-date'] });
      }
    }
    const flip = take('tense-flip') && !a.findings.some((f) => f.rule === 'tense-date-mismatch') ? tenseFlip(a, d, past) : null;
    if (flip) out.push(flip);
    const swap = /^(last|next)(\s+)(week|weekend|month|year|quarter|season|spring|summer|autumn|fall|winter|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December)\b/i.exec(d.text);
    const agrees = swap && ((swap[1].toLowerCase() === 'last' && d.tense === 'past') || (swap[1].toLowerCase() === 'next' && d.tense === 'future'));
    if (take('next-last-swap') && swap && agrees && !a.findings.some((f) => f.rule === 'tense-date-mismatch' && f.start < d.end && d.start < f.end)) {
      const by = swap[1].toLowerCase() === 'last' ? (swap[1][0] === 'L' ? 'Next' : 'next') : swap[1][0] === 'N' ? 'Last' : 'last';
      out.push({ kind: 'next-last-swap', text: replace(text, d.start, d.start + swap[1].length, by), start: d.start, end: d.end, rules: ['tense-date-mismatch'] });
    }
    if (take('wrong-apposition') && day && /^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/.test(d.text) && /\bon\s+$/.test(text.slice(d.start - 4, d.start))) {
      const next = addDays(day, 1);
      const insert = `, ${monthNames()[next.m - 1]} ${next.d}`;
      out.push({ kind: 'wrong-apposition', text: replace(text, d.end, d.end, insert), start: d.start, end: d.end + insert.length, rules: ['weekday-mismatch', 'date-conflict'] });
    }
  }
  for (const p of pairs.filter((x) => x.sure && `${x.doc}.tml` === src.name)) {
    const a = src.timexes?.find((t) => t.tid === p.a), b = src.timexes?.find((t) => t.tid === p.b);
    if (!a || !b || !take('event-redated')) continue;
    const by = redated(text.slice(b.start, b.end), b.value, a.value);
    if (by === null) continue;
    // (A weekday beside the moved day catches it too: "Friday, Oct. 26".)
    out.push({ kind: 'event-redated', text: replace(text, b.start, b.end, by), start: b.start, end: b.start + by.length, also: { start: a.start, end: a.end }, rules: ['date-conflict', 'weekday-mismatch'] });
  }
  return out;
}

function main(): void {
  const { values } = parseArgs({ options: { split: { type: 'string', default: 'both' }, 'per-doc': { type: 'string', default: '3' }, errors: { type: 'boolean', default: false }, dump: { type: 'string' }, help: { type: 'boolean', default: false } } });
  if (values.help) { console.log('Usage: npm run slips -- [--split dev|heldout|both|bbc] [--per-doc 3] [--errors] [--dump DIR]'); return; }
  let dumped = 0;
  const dump = (split: string, slip: Slip, name: string) => {
    if (!values.dump || split === 'heldout') return;
    fs.mkdirSync(values.dump, { recursive: true });
    fs.writeFileSync(path.join(values.dump, `${String(++dumped).padStart(3, '0')}-${slip.kind}-${path.basename(name).replace(/\.\w+$/, '')}.txt`), slip.text);
  };
  // Misses and false alarms are listed for dev only: the held-out documents are for reporting.
  const show = (split: string, line: string) => { if (values.errors && split !== 'heldout') console.log(`    ${line}`); };
  const perDoc = Number(values['per-doc']);
  const docs = sources();
  if (docs.length === 0) { console.error('date-slips: no corpus found under ../shared/corpora'); process.exit(2); }
  const splits = values.split === 'both' ? (['dev', 'heldout'] as const) : ([values.split === 'heldout' || values.split === 'bbc' ? values.split : 'dev'] as const);
  const past = pastForms(docs);
  const pairs = eventPairs();
  for (const split of splits) {
    const mine = docs.filter((d) => splitOf(d.name) === split);
    const found = new Map<string, { n: number; hit: number }>();
    let alarms = 0;
    for (const src of mine) {
      const original = analyze(src.text, { format: src.format }).findings.filter((f) => DATE_RULES.has(f.rule));
      alarms += original.length;
      for (const f of original) show(split, `false alarm ${src.name}: ${f.rule} “${f.text}” ${f.message}`);
      for (const slip of slipsOf(src, perDoc, past, pairs)) {
        const over = (f: { start: number; end: number }, s: { start: number; end: number }) => f.start < s.end && s.start < f.end;
        const hit = analyze(slip.text, { format: src.format }).findings.some((f) => slip.rules.includes(f.rule) && (over(f, slip) || (!!slip.also && over(f, slip.also))));
        const k = found.get(slip.kind) ?? { n: 0, hit: 0 };
        k.n++;
        if (hit) k.hit++;
        else dump(split, slip, src.name);
        if (!hit) show(split, `missed ${slip.kind} in ${src.name}: ${JSON.stringify(slip.text.slice(Math.max(0, slip.start - 80), slip.end + 20))}${slip.also ? ` (the other mention: ${JSON.stringify(slip.text.slice(Math.max(0, slip.also.start - 80), slip.also.end + 20))})` : ''}`);
        found.set(slip.kind, k);
      }
    }
    console.log(`${split}: ${mine.length} documents; date findings on the originals: ${alarms} (${(100 * alarms / mine.length).toFixed(1)} per 100 documents)`);
    for (const [kind, k] of [...found].sort()) console.log(`  ${kind.padEnd(17)} ${k.hit}/${k.n} found (recall ${(k.hit / k.n).toFixed(3)})`);
  }
}

if (require.main === module) main();
