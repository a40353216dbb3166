// elapsed-time, anniversaries: one anniversary counted two ways ("the 60th anniversary of the Treaties of Rome" …
// "the 50th anniversary of the Treaties of Rome").
import { anniversaryCount, anniversaryNounCount } from '../../dates/calendar';
import { languageOf, type Language } from '../../language';
import { parseSmallNumber } from '../../dates/words';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';

/** An anniversary the article names: its count of years, what it marks (the key), and its span (UTF-16 offsets). */
interface Anniversary {
  start: number;
  end: number;
  count: number;
  /** Lemmas of the nouns and names of what it marks, in order ("treaty rome"). */
  marks: string[];
  /** Whether those hold a name (PROPN). */
  named: boolean;
  sentence: number;
}

/** Most tokens read after "of" for what an anniversary marks ("of the signing of the Treaties of Rome"). */
const MARK_REACH = 8;
/** Parts of speech of the words kept of what an anniversary marks (its nouns and names). */
const MARK_HEADS = ['NOUN', 'PROPN'];
/** Parts of speech that may stand in what an anniversary marks. */
const MARK_POS: ReadonlySet<string> = new Set([...MARK_HEADS, 'DET', 'ADJ', 'NUM', 'ADP']);
/** The noun an ordinal stands before ("the 60th anniversary of"); a round anniversary has nouns of its own ("the centenary of"). */
const ANNIVERSARY_NOUN = 'anniversary';

/** The verb lemma that counts an anniversary in years ("This year marks 23 years since the genocide"). */
const MARKING_VERB = 'mark';
/** Words after a count of years that open what it marks ("23 years since the genocide", "23 years of the festival"). */
const MARKING_WORDS = new Set(['since', 'of']);

/**
 * The anniversary token `i` opens, or null: its count of years, its first token and the token where what it marks
 * begins. An ordinal (data/dates-calendar.json anniversaryOrdinals, or "60th") before "anniversary" and "of"; a noun
 * of a round one (anniversaryNouns: "centenary") and "of"; or "mark" (of any part of speech the tagger gave it) and a
 * count of years with "since" or "of" ("marks 23 years since the Srebrenica genocide"; slips93).
 */
function anniversaryAt(article: Article, layer: Language, i: number): { count: number; first: number; from: number } | null {
  const word = (k: number) => { const t = layer.tokens[k]; return t ? article.prose.slice(t.start, t.end) : ''; };
  // (A lemma compared first: every noun of the article passes here on each analysis.)
  const lemma = layer.tokens[i].lemma;
  if (lemma === MARKING_VERB) {
    const n = parseSmallNumber(word(i + 1).toLowerCase());
    return n !== null && n > 1 && layer.tokens[i + 2]?.lemma === 'year' && MARKING_WORDS.has(word(i + 3).toLowerCase()) ? { count: n, first: i + 1, from: i + 4 } : null;
  }
  const count = lemma === ANNIVERSARY_NOUN ? anniversaryCount(word(i - 1)) : anniversaryNounCount(lemma);
  if (count === null || word(i + 1).toLowerCase() !== 'of') return null;
  return { count, first: lemma === ANNIVERSARY_NOUN ? i - 1 : i, from: i + 2 };
}

/**
 * "the 60th anniversary of the Treaties of Rome" (slips83): the anniversaries the article names with what they mark,
 * read from the linguistic layer (anniversaryAt), then up to MARK_REACH tokens of a noun phrase (a preposition other
 * than "of", or a date of `dates`, ends it).
 */
function anniversariesIn(article: Article, layer: Language, dates: readonly DateMention[]): Anniversary[] {
  const out: Anniversary[] = [];
  for (let i = 0; i < layer.tokens.length; i++) {
    const at = anniversaryAt(article, layer, i);
    if (!at) continue;
    const marks: string[] = [];
    let named = false;
    let k = at.from;
    for (; k < layer.tokens.length && k < at.from + MARK_REACH && layer.tokens[k].sentence === layer.tokens[i].sentence; k++) {
      const t = layer.tokens[k];
      // (A date ends it: "the centenary of the club today".)
      if (!MARK_POS.has(t.pos) || (t.pos === 'ADP' && t.lemma !== 'of') || dates.some((d) => t.start >= d.start && t.start < d.end)) break;
      if (MARK_HEADS.includes(t.pos)) marks.push(t.lemma);
      named ||= t.pos === 'PROPN';
    }
    if (marks.length === 0) continue;
    out.push({ start: layer.tokens[at.first].start, end: layer.tokens[k - 1].end, count: at.count, marks, named, sentence: layer.tokens[i].sentence });
  }
  return out;
}

/** Whether `a` and `b` mark the same thing: the same nouns, or, when both hold a name, the nouns of one among the other's ("the signing of the Treaties of Rome", "the Treaties of Rome"). */
function sameMark(a: Anniversary, b: Anniversary): boolean {
  if (a.marks.join(' ') === b.marks.join(' ')) return true;
  const [short, long] = a.marks.length <= b.marks.length ? [a, b] : [b, a];
  return a.named && b.named && short.marks.length >= 2 && short.marks.every((m) => long.marks.includes(m));
}

/**
 * One anniversary counted two ways (slips83): two mentions of an anniversary of the same thing with different counts,
 * neither in a sentence that dates it to another year than the publication's ("the 50th anniversary of the treaties,
 * in 2007" is another anniversary). One finding at the mention whose count the others do not share (the later one
 * when two disagree), naming the other mention's count and line. `dates` are the article's date mentions; `published`
 * its publication year.
 */
export function anniversaryConflicts(article: Article, dates: readonly DateMention[], published: number): RuleFinding[] {
  const layer = languageOf(article);
  const otherYear = new Set(dates.filter((d) => d.sentence >= 0 && !!d.value && Number(d.value.slice(0, 4)) !== published).map((d) => d.sentence));
  const mentions = anniversariesIn(article, layer, dates).filter((a) => !otherYear.has(a.sentence));
  const out: RuleFinding[] = [];
  for (const a of mentions) {
    const same = mentions.filter((b) => b !== a && sameMark(a, b));
    const other = same.find((b) => b.count !== a.count);
    // The odd one out is flagged (its count against the rest); of two that disagree, the later.
    const mine = 1 + same.filter((b) => b.count === a.count).length;
    const theirs = same.length + 1 - mine;
    if (!other || mine > theirs || (mine === theirs && a.start < other.start)) continue;
    const line = article.lines.positionAt(other.start).line + 1;
    out.push({
      start: a.start,
      end: a.end,
      message: `“${article.prose.slice(a.start, a.end)}” counts ${a.count} years, but line ${line} calls the same anniversary “${article.prose.slice(other.start, other.end)}” (${other.count} years).`,
    });
  }
  return out;
}
