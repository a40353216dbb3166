// Learns two lexical priors for the entity recogniser from labelled names, and writes data/entity-heads.json:
//   heads   the last word of every labelled name of two or more words, counted by type (person, org, place, other):
//           "Plan" ends programmes ("Juncker Plan", "Investment Plan for Europe"), "Party" ends organisations.
//   common  capitalised words inside a sentence (not its first word): times outside any name, times seen, and times
//           right before a person's name: "Minister", "Secretary", "Commissioner" are capitalised, name no one and
//           stand before names ("Foreign Minister Wang Yi"); "Wednesday" and "May" name no one but stand before none.
//   firsts  the first word of every labelled name of two or more words, counted by type: "Robert" and "Paula" open
//           people's names, "Bank" and "New" do not.
//   describers  a common noun in lower case that says what a labelled name is, counted by the name's type: right
//           before it ("investment firm Grant Samuel", "striker Alan Shearer"), the last noun of an appositive after
//           it (", a British company,"), or after "is/was a" ("is a non-profit organisation"); plurals made singular.
// Sources: CoNLL-2003 eng.train (PER/ORG/LOC/MISC, MISC counted as other) and the open-news dev articles' hand labels
// (test/fixtures/open-news/labels, split.json "dev"; never the held-out ones). Only counts are written, no text.
// Deterministic: the same inputs give the same bytes.
//
// Usage: node --import tsx scripts/train-entity-heads.ts
// Reads ../shared/corpora; says so and exits 2 when it is absent.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const corpora = path.resolve(repoRoot, '../shared/corpora');
const conllTrain = path.join(corpora, 'conll2003/eng.train');
const openNews = path.join(corpora, 'open-news');
const fixtures = path.join(repoRoot, 'test/fixtures/open-news');
const out = path.join(repoRoot, 'data/entity-heads.json');

type Type = 'person' | 'org' | 'place' | 'other';
const TYPES: Type[] = ['person', 'org', 'place', 'other'];
const CONLL_TYPE: Record<string, Type> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'other' };
/** Counts kept: a head seen fewer times, or a capitalised word seen fewer times, says too little to ship. */
const MIN_HEAD = 2;
const MIN_COMMON = 5;
const MIN_FIRST = 5;

const heads = new Map<string, number[]>();
const firsts = new Map<string, number[]>();
const common = new Map<string, [number, number, number]>();
const describers = new Map<string, number[]>();
/** Nouns describing a name, each seen fewer times, say too little to ship. */
const MIN_DESCRIBER = 2;
const countDescriber = (noun: string, type: Type) => {
  const word = singular(noun);
  if (!/^\p{Ll}[\p{Ll}-]+$/u.test(word)) return;
  const row = describers.get(word) ?? [0, 0, 0, 0];
  row[TYPES.indexOf(type)]++;
  describers.set(word, row);
};
/** A noun's singular by the regular rules ("companies" → "company", "rivals" → "rival"; "this", "bus" kept). */
function singular(noun: string): string {
  if (noun.length > 4 && noun.endsWith('ies')) return `${noun.slice(0, -3)}y`;
  return noun.length > 3 && noun.endsWith('s') && !/(?:ss|us|is)$/.test(noun) ? noun.slice(0, -1) : noun;
}

/** CoNLL POS tags of words that may modify a describing noun inside an appositive (", a fast-growing British company,"). */
const MODIFIER_TAGS = new Set(['JJ', 'JJR', 'JJS', 'NN', 'NNS', 'NNP', 'NNPS', 'VBN', 'VBG', 'CD', 'POS']);
/** What may follow an appositive's or a copula's describing noun. */
const DESCRIBER_ENDS = new Set([',', '.', 'that', 'which', 'based', 'with', 'in', 'of']);

/**
 * The describing noun after a labelled name ending before row `k` of `rows` (one sentence's CoNLL rows): ", a … noun"
 * closed by DESCRIBER_ENDS, or "is/was a … noun". The noun is the last of up to six modifiers, in lower case.
 */
function describerAfter(rows: string[][], k: number): string | null {
  const word = (i: number) => rows[i]?.[0] ?? '';
  const opens = (word(k) === ',' || word(k) === 'is' || word(k) === 'was') && rows[k + 1]?.[1] === 'DT';
  if (!opens) return null;
  let m = k + 2;
  while (m < k + 8 && rows[m] && MODIFIER_TAGS.has(rows[m][1])) m++;
  const head = rows[m - 1];
  if (m === k + 2 || !head || !/^NNS?$/.test(head[1])) return null;
  return word(k) === ',' && !DESCRIBER_ENDS.has(word(m)) ? null : head[0];
}
const countHead = (words: string[], type: Type) => {
  if (words.length < 2) return;
  if (/^\p{Lu}\p{Ll}/u.test(words[0])) {
    const row = firsts.get(words[0]) ?? [0, 0, 0, 0];
    row[TYPES.indexOf(type)]++;
    firsts.set(words[0], row);
  }
  const head = words[words.length - 1];
  if (!/^\p{Lu}/u.test(head)) return;
  const row = heads.get(head) ?? [0, 0, 0, 0];
  row[TYPES.indexOf(type)]++;
  heads.set(head, row);
};
const countCapitalised = (word: string, outside: boolean, beforePerson: boolean) => {
  if (!/^\p{Lu}\p{Ll}/u.test(word)) return; // "Minister", not "US" or "iPhone"
  const row = common.get(word) ?? [0, 0, 0];
  if (outside) row[0]++;
  row[1]++;
  if (outside && beforePerson) row[2]++;
  common.set(word, row);
};

function readConll(): void {
  let words: string[] = [];
  let type: Type | null = null;
  let first = true;
  const flush = () => { if (type) countHead(words, type); words = []; type = null; };
  const rows = fs.readFileSync(conllTrain, 'utf8').split('\n').map((line) => line.trim().split(/\s+/));
  countConllDescribers(rows);
  rows.forEach((cols, i) => {
    if (cols.length < 2 || cols[0] === '-DOCSTART-') { flush(); first = true; return; }
    const [word, tag] = [cols[0], cols[cols.length - 1]];
    const next = rows[i + 1];
    if (!first) countCapitalised(word, tag === 'O', !!next && next.length >= 2 && /-PER$/.test(next[next.length - 1]));
    first = /^[.!?]$/.test(word);
    if (tag === 'O') { flush(); return; }
    const [bio, label] = tag.split('-');
    const t = CONLL_TYPE[label];
    if (bio === 'B' || t !== type) flush();
    words.push(word);
    type = t;
  });
  flush();
}

/** describers from CoNLL rows (word, POS, chunk, label): the noun before each labelled name and the one after it. */
function countConllDescribers(rows: string[][]): void {
  const label = (i: number) => { const cols = rows[i]; return cols && cols.length >= 4 ? cols[cols.length - 1] : 'O'; };
  for (let i = 0; i < rows.length; i++) {
    if (label(i) === 'O' || (label(i - 1) === label(i) && !label(i).startsWith('B-'))) continue;
    const type = CONLL_TYPE[label(i).slice(2)];
    let j = i + 1;
    while (label(j) === `I-${label(i).slice(2)}`) j++;
    const before = rows[i - 1];
    if (before && before.length >= 4 && /^NNS?$/.test(before[1])) countDescriber(before[0], type);
    const after = describerAfter(rows, j);
    if (after) countDescriber(after, type);
  }
}

interface Labels { entities: { start: number; end: number; text: string; type: Type }[] }

function readOpenNewsDev(): void {
  const dev = (JSON.parse(fs.readFileSync(path.join(fixtures, 'split.json'), 'utf8')) as { dev: string[] }).dev;
  for (const name of dev) {
    const labels = JSON.parse(fs.readFileSync(path.join(fixtures, 'labels', `${name}.json`), 'utf8')) as Labels;
    const text = fs.readFileSync(path.join(openNews, name), 'utf8');
    for (const e of labels.entities) countHead(e.text.split(/\s+/).map((w) => w.replace(/[.,;:]+$/, '')), e.type);
    // No POS here: the word before a name is counted when in lower case (the finder reads only nouns of the table).
    for (const e of labels.entities) {
      const before = /(\p{Ll}[\p{Ll}-]+)[ \t]+$/u.exec(text.slice(Math.max(0, e.start - 30), e.start));
      if (before) countDescriber(before[1], e.type);
      const after = /^,? (?:is |was )?(?:a|an|the) (?:[\p{L}-]+ ){0,3}?(\p{Ll}[\p{Ll}-]+)(?:,|\.| that| which| based| with| in| of)/u.exec(text.slice(e.end, e.end + 80));
      if (after && (text[e.end] === ',' || text.startsWith(' is ', e.end) || text.startsWith(' was ', e.end))) countDescriber(after[1], e.type);
    }
    const body = text.startsWith('---') ? text.indexOf('\n---', 3) + 4 : 0;
    for (const m of text.slice(body).matchAll(/\p{L}[\p{L}\p{M}'’-]*/gu)) {
      const at = body + m.index;
      // The first word of a sentence, a line or a quotation is capitalised whatever it is.
      if (/(?:^|[.!?:"“‘(\n#*>-])\s*$/.test(text.slice(Math.max(0, at - 4), at))) continue;
      const after = at + m[0].length + (/^\s/.test(text[at + m[0].length] ?? '') ? 1 : 0);
      countCapitalised(m[0], !labels.entities.some((e) => e.start <= at && at < e.end), labels.entities.some((e) => e.type === 'person' && e.start === after));
    }
  }
}

function main(): void {
  if (!fs.existsSync(conllTrain) || !fs.existsSync(openNews)) {
    console.error(`train-entity-heads: need ${conllTrain} and ${openNews} (../shared/corpora next to the repository); nothing written.`);
    process.exit(2);
  }
  readConll();
  readOpenNewsDev();
  const sorted = <T>(m: Map<string, T>, keep: (v: T) => boolean) => Object.fromEntries([...m].filter(([, v]) => keep(v)).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
  const data = {
    _about: 'Learned by scripts/train-entity-heads.ts from CoNLL-2003 eng.train and the open-news dev hand labels (counts only). heads: last word of a labelled name of two or more words → counts by type [person, org, place, other]. common: a capitalised word inside a sentence → [times outside any name, times seen, times outside a name right before a person\'s name]. firsts: first word of a labelled name of two or more words → counts by type [person, org, place, other]. describers: a lower-case noun right before a labelled name, or heading an appositive or a copula\'s complement after it → counts by the name\'s type [person, org, place, other].',
    heads: sorted(heads, (v) => v.reduce((a, b) => a + b, 0) >= MIN_HEAD),
    common: sorted(common, (v) => v[1] >= MIN_COMMON),
    firsts: sorted(firsts, (v) => v.reduce((a, b) => a + b, 0) >= MIN_FIRST),
    describers: sorted(describers, (v) => v.reduce((a, b) => a + b, 0) >= MIN_DESCRIBER),
  };
  fs.writeFileSync(out, `${JSON.stringify(data, null, 0).replace(/\],"/g, '],\n"')}\n`);
  console.log(`train-entity-heads: ${Object.keys(data.heads).length} heads, ${Object.keys(data.common).length} capitalised words, ${Object.keys(data.firsts).length} first words, ${Object.keys(data.describers).length} describing nouns → ${path.relative(repoRoot, out)}`);
}

main();
