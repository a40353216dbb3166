// Figure detection: a tokenizer plus a focused number-phrase grammar over article.prose, word lists in data/figures-*.json.
// A general NLP library was not used: none tells years, durations, names and known sets from figures the way a desk does,
// and the grammar reads the 5 MB BBC corpus in well under the time budget.
import type { Config } from '../config';
import type { Article, FigureKind, FigureMention, Span } from '../types';
import { blankLineSegments } from '../text/segments';
import { detached, GenerationMemo } from '../text/memo';
import { AttributionFinder, sentenceOf } from './attribution';
import { getLexicon, type Lexicon } from './lexicon';
import { matchPhrase, readNumber, readQuantity, type Quantity } from './numbers';
import { markNoSourceNeeded } from './needSource';
import { isCapitalised, tokenize, type Token } from './tokens';
import { languageOf, type Language, type Upos } from '../language';
import { endsPossessive, hasDigit, isCapitalised as startsUpper, isDigits } from '../text/shape';

export { describeFigure } from './describe';

interface Candidate {
  first: number;
  end: number;
  kind: FigureKind;
  value: number | null;
  valueMax: number | null;
  unit: string | null;
  approximate: boolean;
  vague: boolean;
  /** Counted-noun phrase after the figure: modifiers and a following place ("in Iraq"), for figure-conflict. */
  qualifier?: string;
}

type Match = { figure: Candidate } | { skip: number } | null;

const word = (t: Token | undefined, ...words: string[]) => !!t && t.kind === 'word' && words.includes(t.lower);
const sym = (t: Token | undefined, ...syms: string[]) => !!t && t.kind === 'sym' && syms.includes(t.text);
const isDash = (t: Token | undefined) => sym(t, '-', '\u2013', '\u2014');
const PERIOD_PRECEDERS = new Set(['the', 'first', 'second', 'third', 'fourth', 'last', 'final', 'latter', 'this', 'next', 'previous', 'past']);
const FRACTION_FOLLOWERS = new Set(['of', 'the', 'its', 'their', 'his', 'her', 'all', 'our', 'a']);
const BARE_VAGUE_MONEY = new Set(['millions', 'billions']);
/** Vague quantifiers that are no count on their own: "tens" (only "tens of"), "scores" (a verb, a game's scores), and "trillions" (money, rare bare). */
const NOT_BARE_COUNTS = new Set(['tens', 'scores', 'trillions']);
const MAX_PHONE_GROUPS = 5;
/** The fewest digits of a telephone number whose area code stands in brackets (a local number has at least five). */
const PAREN_PHONE_DIGITS = 8;
/** How far before a number of pounds a form of "weigh" makes them weight, in tokens ("weighs about 150 pounds"). */
const WEIGHT_REACH = 4;

/** What the figure grammar read in one stretch of prose: tokens and candidates relative to it, and model numbers. */
interface SegmentReading {
  toks: Token[];
  candidates: Candidate[];
  models: string[];
  /** The reading as last placed in a document (absolute offsets, token indices from `base`): reused while it stays. */
  placed?: { start: number; base: number; toks: Token[]; candidates: Candidate[] };
}

/** Readings of the paragraphs of the documents an editor has open (limitFigureMemo). */
const SEGMENTS = new GenerationMemo<string, SegmentReading>(4096);

/** Sets how many paragraphs' readings are kept (0 for a batch over an archive, which reads each once). */
export function limitFigureMemo(capacity: number): void {
  SEGMENTS.limit(capacity);
}

/** The tokens and figure candidates of prose[seg] (offsets and token indices relative to it), read by FigureParser. */
function readSegment(prose: string, seg: Span, lex: Lexicon, layer: Language): SegmentReading {
  const toks = tokenize(detached(prose.slice(seg.start, seg.end))).map((t) => ({ ...t, start: t.start + seg.start, end: t.end + seg.start }));
  const candidates: Candidate[] = [];
  const parser = new FigureParser(toks, lex, prose, layer);
  for (let i = 0; i < toks.length;) {
    const m = parser.match(i);
    if (m && 'figure' in m) { candidates.push(m.figure); i = m.figure.end; }
    else i = m ? Math.max(m.skip, i + 1) : i + 1;
  }
  for (const t of toks) { t.start -= seg.start; t.end -= seg.start; }
  return { toks, candidates, models: [...parser.models] };
}

/** Every figure in the article's prose, in text order, with its attribution. */
export function extractFigures(article: Article, config: Config): FigureMention[] {
  const lex = getLexicon();
  const layer = languageOf(article);
  // The grammar reads one paragraph (a stretch between blank lines) at a time, each kept by its text and where its
  // paragraphs start, so a keystroke re-reads the paragraph it changed.
  const toks: Token[] = [];
  const candidates: Candidate[] = [];
  const models = new Set<string>();
  let p = 0;
  for (const seg of blankLineSegments(article.prose)) {
    const starts: number[] = [];
    while (p < article.paragraphs.length && article.paragraphs[p].start < seg.end) {
      if (article.paragraphs[p].start >= seg.start) starts.push(article.paragraphs[p].start - seg.start);
      p++;
    }
    const key = `${article.prose.slice(seg.start, seg.end)}\u0000${starts.join(',')}`;
    const reading = SEGMENTS.get(key, () => readSegment(article.prose, seg, lex, layer));
    const base = toks.length;
    // A paragraph that stays where it was (before the edit) gives the same tokens and candidates, not copies.
    let placed = reading.placed;
    if (!placed || placed.start !== seg.start || placed.base !== base) {
      placed = {
        start: seg.start,
        base,
        toks: reading.toks.map((t) => ({ ...t, start: t.start + seg.start, end: t.end + seg.start })),
        candidates: reading.candidates.map((c) => ({ ...c, first: c.first + base, end: c.end + base })),
      };
      reading.placed = placed;
    }
    for (const t of placed.toks) toks.push(t);
    for (const c of placed.candidates) candidates.push(c);
    for (const m of reading.models) models.add(m);
  }
  const sentenceTokens = tokenRanges(article, toks);
  const finder = new AttributionFinder(article, toks, sentenceTokens, config, lex);
  const out: FigureMention[] = [];
  let lastMoney: string | null = null;
  let prev: { sentence: number; kind: FigureKind; unit: string | null } | null = null;
  // "the 486 is …": a number the article uses as a model number elsewhere ("the 486 chip") is one here too.
  const isModel = (c: Candidate) => c.kind === 'count' && !c.approximate && c.valueMax === null && models.has(toks[c.first].text);
  for (const c of candidates) {
    if (isModel(c)) continue;
    const start = toks[c.first].start;
    const end = toks[c.end - 1].end;
    const sentence = sentenceOf(article, start);
    // "2,500 troops in Iraq and 900 in Syria": the bare number borrows the noun of the figure before it.
    let unit = c.unit;
    if (c.kind === 'count' && !unit && prev && prev.sentence === sentence && prev.kind === 'count' && prev.unit) unit = prev.unit;
    prev = { sentence, kind: c.kind, unit };
    if (c.kind === 'count' && !c.vague && notACount(c, unit, lex)) continue;
    if (c.kind === 'money' && !unit) unit = lastMoney;
    if (c.kind === 'money' && unit) lastMoney = unit;
    const attribution = finder.find(sentence, { start, end });
    const mention: FigureMention = {
      start, end, text: article.text.slice(start, end), kind: c.kind, value: c.value, valueMax: c.valueMax, unit,
      approximate: c.approximate, vague: c.vague, sentence, sourced: attribution !== null, attribution,
    };
    if (c.qualifier !== undefined) mention.qualifier = c.qualifier;
    out.push(mention);
  }
  markNoSourceNeeded(article, out, lex);
  return out;
}

/**
 * Small counts that are public record or count nothing: "two awards", "seven nominations while The Aviator has 11",
 * "tied on five points" (the noun names a known, public set), and a bare "only 10" with no noun to count.
 */
function notACount(c: Candidate, unit: string | null, lex: Lexicon): boolean {
  if (c.valueMax !== null || c.value === null || c.value > lex.publicSetMax) return false;
  if (unit && lex.publicSetNouns.has(unit.toLowerCase())) return true;
  return !unit && !c.approximate && Number.isInteger(c.value) && c.value <= 10;
}

function tokenRanges(article: Article, toks: Token[]): [number, number][] {
  const ranges: [number, number][] = [];
  let t = 0;
  for (const s of article.sentences) {
    while (t < toks.length && toks[t].start < s.start) t++;
    const first = t;
    while (t < toks.length && toks[t].start < s.end) t++;
    ranges.push([first, t]);
  }
  return ranges;
}

class FigureParser {
  constructor(private readonly toks: Token[], private readonly lex: Lexicon, private readonly prose: string, private readonly layer: Language) {}

  /** The layer's token at figure token `t` (same start offset), or null when the two tokenisations part there. */
  private tagged(t: Token | undefined): { pos: Upos; lemma: string; sentenceFirst: boolean } | null {
    if (!t) return null;
    const k = this.layer.tokenAt(t.start);
    const lt = this.layer.tokens[k];
    if (!lt || lt.start !== t.start) return null;
    return { pos: lt.pos, lemma: lt.lemma, sentenceFirst: this.layer.sentences[lt.sentence]?.first === k };
  }

  /**
   * A comparative after "times" ("seven times more likely", "three times as big", "four times larger"): the
   * comparative words of English grammar, or an adjective the tagger inflects (lemma "large" for "larger").
   */
  private comparative(k: number): boolean {
    const t = this.toks[k];
    if (!t || t.kind !== 'word') return false;
    if (word(t, 'more', 'less', 'fewer')) return true;
    // "as many as", "as sharp as"; not "won the Cup four times as a player".
    if (word(t, 'as')) {
      const pos = this.tagged(this.toks[k + 1])?.pos;
      return pos === 'ADJ' || pos === 'ADV';
    }
    const tag = this.tagged(t);
    return !!tag && tag.pos === 'ADJ' && t.lower.endsWith('er') && tag.lemma !== t.lower;
  }

  /** "seven times more likely", "four to five times more expensive": a multiple, read as a ratio of N (to M). */
  private multiple(j: number): Omit<Candidate, 'first' | 'approximate'> | null {
    const { toks, lex } = this;
    const n = readNumber(toks, j, lex);
    if (!n || n.kind !== 'number' || n.scale !== 1 || n.measure || n.minor) return null;
    let k = n.end;
    let valueMax: number | null = null;
    if (word(toks[k], 'to') || (isDash(toks[k]) && !toks[k].gap)) {
      const m = readNumber(toks, k + 1, lex);
      if (!m || m.kind !== 'number' || m.scale !== 1 || m.value <= n.value) return null;
      valueMax = m.value;
      k = m.end;
    }
    if (!word(toks[k], 'times') || !this.comparative(k + 1)) return null;
    return { end: k + 1, kind: 'ratio', value: n.value, valueMax, unit: null, vague: false };
  }

  /**
   * A bare number inside a name: after a capitalised proper noun that does not open the sentence, and either
   * followed by a capitalised word ("Fathers 4 Justice") or standing in a noun phrase a determiner or adjective opens
   * ("its new Hot 100 chart", "the Fortune 500 list"). Read from the layer's parts of speech.
   */
  private insideName(first: number, end: number): boolean {
    const prev = this.toks[first - 1];
    const tag = this.tagged(prev);
    // "the IMF's 184 members": a possessive name owns the count, it is not part of it.
    if (!tag || tag.pos !== 'PROPN' || tag.sentenceFirst || !isCapitalised(prev) || /['’]s?$/.test(prev.text)) return false;
    const next = this.toks[end];
    // "Boeing 737-800", "Airbus A320-200": a model code joined by a dash, not a range.
    const code = this.toks[end + 1];
    if (isDash(next) && !next.gap && code && !code.gap && (code.kind === 'num' || hasDigit(code.text))) return true;
    if (next && next.kind === 'word' && isCapitalised(next)) {
      const pos = this.tagged(next)?.pos;
      return pos === 'PROPN' || pos === 'NOUN';
    }
    // Back over the name's other capitalised proper nouns to the word that opens its noun phrase.
    let k = first - 1;
    for (let t = this.tagged(this.toks[k - 1]); k > 0 && isCapitalised(this.toks[k - 1]) && t?.pos === 'PROPN' && !t.sentenceFirst; t = this.tagged(this.toks[k - 1])) k--;
    const before = this.tagged(this.toks[k - 1]);
    if (!before) return false;
    const opener = this.toks[k - 1];
    // A lower-case word the tagger calls a proper noun is an adjective it misread ("its new Hot 100 chart").
    return before.pos === 'DET' || before.pos === 'ADJ' || (before.pos === 'PROPN' && !isCapitalised(opener)) || (before.pos === 'PRON' && opener.lower !== 'it');
  }

  match(i: number): Match {
    const { toks, lex } = this;
    const t = toks[i];
    const name = matchPhrase(toks, i, lex.knownNames);
    if (name) return { skip: i + name };
    const phone = this.phoneEnd(i);
    if (phone) return { skip: phone };
    if (t.kind === 'word') {
      const vague = this.vague(i);
      if (vague) return vague;
    }
    let j = i;
    let approximate = false;
    let between = false;
    if (word(t, 'between')) { between = true; j = i + 1; }
    else {
      const len = matchPhrase(toks, i, lex.approximators);
      // "just over" is an approximator, "just" alone is emphasis.
      if (len) { approximate = true; j = i + len; }
    }
    const ratio = this.multiple(j) ?? this.ratio(j);
    if (ratio) return { figure: { ...ratio, first: i, approximate } };
    const q = readQuantity(toks, j, lex);
    if (!q) return j > i ? { skip: i + 1 } : null;
    if ('notAFigure' in q) return { skip: q.notAFigure };
    return this.quantity(i, j, q, approximate, between);
  }

  /**
   * A telephone number starting at token `i` — not a figure (LABELLING.md): digit groups led by a trunk prefix
   * ("0800 555 111", "020 7946 0000") or a "+" ("+44 20 7946 0000") with at least 9 digits in all, one run of
   * 9 or more digits led by 0, the North American 3-3-4 shape ("555-123-4567", "(555) 123 4567"), or an area code
   * in brackets before more groups, PAREN_PHONE_DIGITS digits or more in all ("(254-2) 751-613").
   * Returns the token index after the number, or 0.
   */
  private phoneEnd(i: number): number {
    const toks = this.toks;
    const t = toks[i];
    if (t?.kind !== 'num' || t.text.includes(',') || t.text.includes('.')) return 0;
    const plus = sym(toks[i - 1], '+') && !t.gap;
    const groups = [t.text];
    // An area code in brackets, its groups joined by dashes: "(555) 123 4567", "(254-2) 751-613".
    let close = i + 1;
    while (isDash(toks[close]) && !toks[close].gap && toks[close + 1]?.kind === 'num' && !toks[close + 1].gap && close < i + 2 * MAX_PHONE_GROUPS) { groups.push(toks[close + 1].text); close += 2; }
    // Not a year or a span of years in brackets before a count: "(2004-05) 300 staff".
    const paren = sym(toks[i - 1], '(') && sym(toks[close], ')') && toks[close + 1]?.kind === 'num' && !/^(?:19|20)\d\d$/.test(t.text);
    if (!paren) groups.length = 1;
    let k = paren ? close + 1 : i + 1;
    // A telephone number has at most five groups; a longer run of numbers is something else (and stays linear).
    while (groups.length <= MAX_PHONE_GROUPS) {
      const sep = toks[k];
      const joined = sep && (isDash(sep) || sym(sep, '.')) && !sep.gap && toks[k + 1]?.kind === 'num' && !toks[k + 1].gap;
      const spaced = sep?.kind === 'num' && sep.gap && this.prose.slice(toks[k - 1].end, sep.start) === ' ';
      if (joined) k++;
      else if (!spaced) break;
      const g = toks[k];
      if (g.text.includes(',') || g.text.includes('.')) break;
      groups.push(g.text);
      k++;
    }
    if (groups.length > MAX_PHONE_GROUPS) return 0;
    const digits = groups.join('').length;
    if ((plus || t.text.startsWith('0')) && digits >= 9) return k;
    if (paren && digits >= PAREN_PHONE_DIGITS) return k;
    const lengths = groups.map((g) => g.length).join('-');
    if (lengths === '3-3-4' && groups.length === 3) return k;
    return 0;
  }

  /** "millions of", "tens of thousands of", bare "millions" of money, "multi-billion dollar", "billion-dollar". */
  private vague(i: number): Match {
    const { toks, lex } = this;
    const t = toks[i];
    if (word(t, 'multi') && isDash(toks[i + 1]) && word(toks[i + 2], 'million', 'billion') && word(toks[i + 3], 'dollar', 'pound', 'euro')) {
      return { figure: this.vagueMoney(i, i + 4, lex.currencyWords.get(`${toks[i + 3].lower}s`) ?? null) };
    }
    if (word(t, 'million', 'billion') && isDash(toks[i + 1]) && !toks[i + 1].gap && word(toks[i + 2], 'dollar', 'pound', 'euro') && !word(toks[i - 1], 'a', 'one')
      && toks[i - 1]?.kind !== 'num' && !lex.cardinals.has(toks[i - 1]?.lower ?? '')) {
      return { figure: this.vagueMoney(i, i + 3, lex.currencyWords.get(`${toks[i + 2].lower}s`) ?? null) };
    }
    if (!lex.vague.has(t.lower)) return null;
    if (toks[i - 1]?.kind === 'num' || lex.cardinals.has(toks[i - 1]?.lower ?? '')) return null;
    let end: number;
    if (word(toks[i + 1], 'of') && word(toks[i + 2], 'thousands', 'millions', 'billions') && word(toks[i + 3], 'of')) end = i + 4;
    else if (word(toks[i + 1], 'of') && t.lower !== 'tens') end = i + 2;
    else if (BARE_VAGUE_MONEY.has(t.lower) && !word(toks[i + 1], 'of')) return { figure: this.vagueMoney(i, i + 1, null) };
    // "injured dozens more", "Hundreds were evacuated": the quantifier is the noun phrase, a vague count of whoever
    // the sentence is about. Not "tens" (only "tens of") nor "scores" (a verb, or a game's scores).
    else if (!NOT_BARE_COUNTS.has(t.lower) && !lex.timeUnits.has(toks[i + 1]?.lower ?? '')) return { figure: { first: i, end: i + 1, kind: 'count', value: null, valueMax: null, unit: null, approximate: true, vague: true } };
    else return null;
    if (t.lower === 'scores' && toks[end]?.kind === 'num') return null;
    if (lex.timeUnits.has(toks[end]?.lower ?? '')) return { skip: end + 1 }; // "hundreds of years": a duration, as "two years" is
    const currency = this.currencyAt(end);
    if (currency) return { figure: { first: i, end, kind: 'money', value: null, valueMax: null, unit: currency, approximate: true, vague: true } };
    const chunk = this.chunk(end, true);
    return { figure: { first: i, end, kind: chunk.measure ? 'measure' : 'count', value: null, valueMax: null, unit: chunk.measure ?? chunk.head, approximate: true, vague: true, qualifier: chunk.qualifier } };
  }

  private vagueMoney(first: number, end: number, unit: string | null): Candidate {
    return { first, end, kind: 'money', value: null, valueMax: null, unit, approximate: true, vague: true };
  }

  private currencyAt(i: number): string | null {
    const t = this.toks[i];
    if (!t || t.kind !== 'word') return null;
    return this.lex.currencyWords.get(t.lower) ?? null;
  }

  /** "one in five", "six out of 20 women", "a third of", "two-thirds of", "half the income", "a quarter of a point", "half-point". */
  private ratio(j: number): Omit<Candidate, 'first' | 'approximate'> | null {
    const { toks, lex } = this;
    const t = toks[j];
    if (!t) return null;
    const n = readNumber(toks, j, lex);
    if (n && n.kind === 'number' && n.scale === 1 && !n.measure && !n.minor) {
      let k = n.end;
      const inRatio = word(toks[k], 'in') ? 1 : word(toks[k], 'out') && word(toks[k + 1], 'of') ? 2 : 0;
      if (inRatio) {
        const d = readNumber(toks, k + inRatio, lex);
        if (d && d.kind === 'number' && d.value > n.value && !(d.words === false && /^\d{4}$/.test(toks[k + inRatio].text))) {
          k = d.end;
          const chunk = this.chunk(k, false);
          return { end: k, kind: 'ratio', value: n.value / d.value, valueMax: null, unit: inRatio === 2 ? chunk.head : null, vague: false };
        }
      }
    }
    // Fractions: numerator (a / one / two …), optional hyphen, fraction word.
    let k = j;
    let numerator = 1;
    if (word(t, 'a', 'one')) k++;
    else if (lex.cardinals.has(t.lower)) { numerator = lex.cardinals.get(t.lower)!; k++; }
    if (k > j && isDash(toks[k]) && !toks[k].gap) k++;
    const f = toks[k];
    if (!f || !lex.fractions.has(f.lower)) return null;
    const plural = f.lower.endsWith('s');
    const after = toks[k + 1];
    // Rate changes: "half-point"
    if (isDash(after) && !after.gap && word(toks[k + 2], 'point')) return { end: k + 3, kind: 'percent', value: numerator * lex.fractions.get(f.lower)!, valueMax: null, unit: 'percentage points', vague: false };
    if (k === j) {
      if (f.lower !== 'half') return null;
      if (PERIOD_PRECEDERS.has(toks[j - 1]?.lower ?? '') || word(toks[j - 1], 'a', 'and')) return null;
    } else if (numerator > 1 && !plural && f.lower !== 'half') return null;
    if (k > j && PERIOD_PRECEDERS.has(toks[j - 1]?.lower ?? '') && k === j + 1 && toks[j - 1].lower !== 'the') return null;
    const value = numerator * lex.fractions.get(f.lower)!;
    // Rate changes: "a quarter of a point"
    if (word(after, 'of') && word(toks[k + 2], 'a') && word(toks[k + 3], 'point', 'percentage')) {
      const end = word(toks[k + 3], 'percentage') && word(toks[k + 4], 'point') ? k + 5 : k + 4;
      return { end, kind: 'percent', value, valueMax: null, unit: 'percentage points', vague: false };
    }
    // "almost a third are interested", "more than half are from Europe": a fraction with its numerator (or an
    // approximator) that is its clause's subject, before its verb. Not a compound ("fly-half", "so-called"), nor a noun
    // with a determiner or possessive ("the three-quarters had no space", "Ireland's half produced"), nor a bare "half"
    // ("half owned by BP").
    const afterPos = this.tagged(after)?.pos;
    const before = toks[j - 1];
    const bound = (isDash(before) && !toks[j].gap) || word(before, 'the', 's') || (isDash(toks[k + 2]) && !toks[k + 2].gap);
    let approximated = false;
    for (let s = Math.max(0, j - 3); s < j && !approximated; s++) approximated = s + matchPhrase(toks, s, lex.approximators) === j;
    const subject = (afterPos === 'AUX' || afterPos === 'VERB') && (k > j || approximated) && !bound;
    if (!after || after.kind !== 'word' || !(FRACTION_FOLLOWERS.has(after.lower) || subject)) return null;
    if (word(after, 'a') && !word(toks[k + 2], 'million', 'billion')) return null;
    if (lex.timeUnits.has(toks[k + 2]?.lower ?? '') || lex.timeUnits.has(toks[k + 3]?.lower ?? '')) return null; // "half the year", "a quarter of an hour"
    return { end: k + 1, kind: 'ratio', value, valueMax: null, unit: null, vague: false };
  }

  private quantity(i: number, j: number, q1: Quantity, approximate: boolean, between: boolean): Match {
    const { toks, lex } = this;
    // "More than 2000 soldiers", "about 1500 people": after an approximator and before a plural noun, a number that
    // could be a year counts that noun (no one writes "about 2000" for a year with a noun after it).
    if (this.isYear(q1) && !(approximate && this.pluralNounAt(q1.end))) {
      let skip = q1.end;
      if (isDash(toks[skip]) && toks[skip + 1]?.kind === 'num') skip += 2; // 2004-05
      return { skip };
    }
    let q = q1;
    let valueMax: number | null = null;
    let value = q1.value;
    const sep = toks[q1.end];
    // A reference number, not a range: a group with a leading zero after a dash ("40871-048", "24-00917")
    if (isDash(sep) && !sep.gap && toks[q1.end + 1]?.kind === 'num' && !toks[q1.end + 1].gap && toks[q1.end + 1].text.startsWith('0') && q1.scale === 1 && !q1.currency && !q1.percent) return { skip: this.referenceEnd(q1.end) };
    const marked = (x: Quantity) => x.currency !== null || x.percent !== null || x.measure !== null;
    // "Boeing 737-800": a model code after a name, not a range.
    if (isDash(sep) && !sep.gap && !marked(q1) && q1.scale === 1 && !q1.words && this.insideName(q1.first, q1.end)) return { skip: this.referenceEnd(q1.end) };
    if (sep && (isDash(sep) || word(sep, 'to', 'or') || (between && word(sep, 'and')))) {
      const q2raw = readQuantity(toks, q1.end + 1, lex);
      const q2 = q2raw && !('notAFigure' in q2raw) && !this.isYear(q2raw) ? q2raw : null;
      if (q2) {
        const bare1 = !marked(q1) && q1.scale === 1;
        const bare2 = !marked(q2) && q2.scale === 1;
        const small = (x: Quantity) => Number.isInteger(x.value) && x.value <= 200 && !x.words;
        if (isDash(sep) && bare1 && bare2 && small(q1) && small(q2) && !this.pluralNounAt(q2.end)) return { skip: q2.end }; // a score or a vote tally
        const fromChange = word(toks[j - 1], 'from');
        const sameKind = (q1.currency ?? q1.percent) === (q2.currency ?? q2.percent);
        let merge = false;
        if (between || isDash(sep)) merge = bare1 || sameKind || !marked(q2);
        else if (!fromChange) merge = (bare1 && !q1.words === !q2.words) || (sameKind && (approximate || word(toks[j - 1], 'a', 'an', 'of', 'at', 'between')));
        if (merge) {
          const lend = q1.scale === 1 ? q2.scale : 1;
          value = q1.value * lend;
          valueMax = q2.value;
          q = { ...q2, first: q1.first, numToken: q1.numToken, value, words: q1.words, currency: q2.currency ?? q1.currency, percent: q2.percent ?? q1.percent };
        } else if (bare1 && marked(q2) && (fromChange || word(sep, 'to'))) {
          // "from 20 to 30 per cent": the first number takes the second's unit and scale.
          value = q1.value * q2.scale;
          q = { ...q1, currency: q2.currency, percent: q2.percent, measure: q2.measure, value, scale: q2.scale };
        }
      }
    }
    if (this.weight(q)) q = { ...q, currency: null, measure: 'lb' };
    const end = q.end;
    const figureEnd = q.end;
    const excluded = this.excluded(q, approximate || between);
    if (excluded) return { skip: excluded };
    const first = between && valueMax === null ? j : i;
    if (q.currency) return { figure: { first, end: figureEnd, kind: 'money', value, valueMax, unit: q.currency, approximate, vague: false } };
    if (q.percent) return { figure: { first, end: figureEnd, kind: 'percent', value, valueMax, unit: q.percent, approximate, vague: false } };
    if (q.measure) {
      if (this.sportsResult(q, q.measure, end) || this.spec(q, end)) return { skip: figureEnd };
      const chunk = this.chunk(end, false);
      return { figure: { first, end: figureEnd, kind: 'measure', value, valueMax, unit: q.measure, approximate, vague: false, qualifier: chunk.qualifier } };
    }
    const chunk = this.chunk(end, false);
    if (q.ambiguousM && (lex.raceDistances.has(q.value / 1e6) || !chunk.plural) && !lex.irregularPlurals.has(chunk.head?.toLowerCase() ?? '')) {
      // "the 5,000m", "60m hurdles": an event's distance, a name rather than a figure
      if (lex.raceDistances.has(q.value / 1e6) && valueMax === null) return { skip: figureEnd };
      // "a 6.63m jump": metres, not millions; a result or a spec all the same
      if (this.sportsResult(q, 'm', end) || this.spec(q, end)) return { skip: figureEnd };
      return { figure: { first, end: figureEnd, kind: 'measure', value: value / 1e6, valueMax: valueMax === null ? null : valueMax / 1e6, unit: 'm', approximate, vague: false } };
    }
    if (chunk.measure && (this.sportsResult(q, chunk.measure, end + 1) || this.spec(q, end + 1))) return { skip: figureEnd };
    if (chunk.measure) return { figure: { first, end: figureEnd, kind: 'measure', value, valueMax, unit: chunk.measure, approximate, vague: false, qualifier: chunk.qualifier } };
    // Small numbers in words count things only with a plural noun ("seven people"), not "six unpaid".
    if (q.words && !chunk.plural && q.scale === 1) return { skip: figureEnd };
    if (q.scale === 1 && !approximate && (this.sportsResult(q, null, end) || this.spec(q, end + 1))) return { skip: figureEnd };
    return { figure: { first, end: figureEnd, kind: 'count', value, valueMax, unit: chunk.head, approximate, vague: false, qualifier: chunk.qualifier } };
  }

  /**
   * A sports result or an event's name rather than a figure: "landed 17.30m", "the 6.6km race", "with 500m to go",
   * "37cm short", "record holder at 3km", "winning in 30.26". A result is public record; no desk asks "says who?".
   * `unit` is the normalised length unit (null for a bare decimal); `after` is the token after the unit.
   */
  private sportsResult(q: Quantity, unit: string | null, after: number): boolean {
    const { toks, lex } = this;
    if (unit !== null) {
      if (!lex.resultUnits.has(unit)) return false;
      const next = toks[after];
      if (next && lex.eventWords.has(next.lower)) return true;
      if ((word(next, 'to') && word(toks[after + 1], 'go')) || word(next, 'short', 'clear', 'ahead', 'behind')) return true;
      // "reached 1.80m in the high jump"
      if (word(next, 'in') && [1, 2, 3].some((d) => lex.eventWords.has(toks[after + d]?.lower ?? '') && !lex.chunkStops.has(toks[after + d].lower))) return true;
      // "3km, 5km and 10km": a glued standard distance names the event
      const metres = q.ambiguousM ? q.value / 1e6 : unit === 'km' ? q.value * 1000 : unit === 'm' ? q.value : NaN;
      if (toks[q.numToken].end === toks[q.numToken + 1]?.start && lex.raceDistances.has(metres)) return true;
    } else if (q.words || Number.isInteger(q.value) || q.currency || q.percent || q.measure) return false;
    else if (this.chunk(q.end, false).head && !word(toks[q.end], 'ahead', 'behind', 'clear')) return false; // "in 46.46 ahead of" is a margin, not a noun
    return this.cueBefore(q.first, lex.sportsCues, 6);
  }

  /** "weighs 150 to 175 pounds", "weighing 8 pounds": pounds of weight after a form of "weigh" or "weight", not money. */
  private weight(q: Quantity): boolean {
    if (q.currency !== 'GBP' || !word(this.toks[q.end - 1], 'pound', 'pounds')) return false;
    for (let k = q.first - 1; k >= Math.max(0, q.first - WEIGHT_REACH) && this.toks[k].kind !== 'sym'; k--) {
      const lemma = this.tagged(this.toks[k])?.lemma;
      if (lemma === 'weigh' || lemma === 'weight') return true;
    }
    return false;
  }

  /** An attributive spec before a product noun ("a 400 mm lens", "the 2.5 gigapixel photo"): a description, not a quantity. */
  private spec(q: Quantity, nounAt: number): boolean {
    const { toks, lex } = this;
    if (!word(toks[q.first - 1], 'a', 'an', 'the', 'its') || q.currency || q.percent || q.scale > 1) return false;
    // After "a"/"an" the noun is singular whatever its spelling ("a 400 mm lens"); after "the"/"its" it must look singular.
    const article = word(toks[q.first - 1], 'a', 'an');
    const singular = (t: Token | undefined) => !!t && t.kind === 'word' && t.text === t.lower && !lex.chunkStops.has(t.lower) && !lex.timeUnits.has(t.lower)
      && !/(ed|ing|ly)$/.test(t.lower) && (article || (!/[a-z]{2}s$/.test(t.lower) && !lex.irregularPlurals.has(t.lower)));
    // A bare number needs its spec word as well as the noun: "2.5 gigapixel photo", not "the 20 page".
    if (!q.measure && nounAt === q.end + 1 && !lex.measure.has(toks[q.end]?.lower ?? '')) return singular(toks[q.end]) && singular(toks[q.end + 1]) && !word(toks[q.end + 2], 'of');
    return singular(toks[nounAt]) && !word(toks[nounAt + 1], 'of');
  }

  /** A cue word among the `window` tokens before token `i`, within the sentence. */
  private cueBefore(i: number, cues: Set<string>, window: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - window); k--) {
      const t = this.toks[k];
      if (t.kind === 'sym' && /[.!?;"\u201c\u201d]/.test(t.text)) return false;
      if (t.kind === 'word' && cues.has(t.lower)) return true;
    }
    return false;
  }

  private isYear(q: Quantity): boolean {
    const t = this.toks[q.numToken];
    return !q.currency && !q.percent && !q.measure && q.scale === 1 && !q.words && /^\d{4}$/.test(t.text) && q.value >= 1000 && q.value <= 2100;
  }

  private pluralNounAt(i: number): boolean {
    return this.chunk(i, false).plural;
  }

  /** Why a bare number is not a figure (date, time, age, name, duration, known set, list number): the token to resume at, or 0. */
  private excluded(q: Quantity, prefixed: boolean): number {
    const { toks, lex } = this;
    const n = toks[q.numToken];
    const prev = toks[q.first - 1];
    const next = toks[q.end];
    const skip = q.end;
    const money = q.currency !== null || q.percent !== null;
    if (!money) {
      // Durations and ages: "two years", "three-day", "45-year-old", "14 minutes", "two successive quarters"
      const unitAt = isDash(next) && !next.gap ? q.end + 1 : q.end;
      const u = toks[unitAt];
      if (u && (lex.timeUnits.has(u.lower) || (u.kind === 'word' && !lex.chunkStops.has(u.lower) && lex.timeUnits.has(toks[unitAt + 1]?.lower ?? '') && !/s$/.test(u.lower)))) return skip;
      if (word(u, 'times')) return skip;
      if (u && lex.timeWords.has(u.lower)) return skip; // 1200 GMT, 10 am
      if (isDash(next) && !next.gap && toks[q.end + 1]?.kind === 'word' && !toks[q.end + 1].gap && toks[q.end + 1].lower !== 'strong') return skip; // "one-off", "four-letter"
    }
    // "5 feet, 10 inches", "7lb 4 ounces": the second part of one measure; the first carries any finding.
    const partAt = sym(prev, ',') ? q.first - 2 : q.first - 1;
    const unitBefore = toks[partAt];
    const unitAfter = q.measure ? toks[q.end - 1] : next;
    const ounces = lex.measure.get(unitAfter?.lower ?? '') === 'oz';
    const partOf = (t: Token | undefined) => !!t && t.kind === 'word' && (lex.measure.has(t.lower) || (ounces && t.lower === 'pounds'));
    if (!money && !q.words && partOf(unitBefore) && toks[partAt - 1]?.kind === 'num' && unitAfter && lex.measure.has(unitAfter.lower)) return skip;
    if (q.measure || money || q.scale > 1) {
      if (q.scale > 1 || money) return 0;
    }
    // "people over 60", "those under 18": an age bracket, not a count.
    if (prefixed && !q.words && Number.isInteger(q.value) && q.value < 120 && word(prev, 'over', 'under', 'above', 'below') && lex.personNouns.has(toks[q.first - 2]?.lower ?? '') && !this.chunk(q.end, false).head) return skip;
    if (prefixed) return 0;
    // Dates: "September 11", "Sept. 12", "11 September"
    if (!q.words && q.value <= 31) {
      const before = sym(prev, '.') ? toks[q.first - 2] : prev;
      if ((before && lex.months.has(before.lower) && isCapitalised(before)) || (next && lex.months.has(next.lower) && isCapitalised(next))) return skip;
    }
    if (word(prev, ...lex.ageWords) || (word(prev, 'of') && word(toks[q.first - 2], ...lex.ageWords))) return skip; // "aged 27", "at the age of 27"
    if (this.rankPosition(q)) return skip;
    // "legally adults at 18", "retire at 65", "when she will be 34."
    // "until the child turns 18", "Anyone who turns 65 qualifies", "those turning 18" (which the tagger may read as a
    // noun): an age, whoever turns it ("turned 300 fans away" counts).
    if (!q.words && Number.isInteger(q.value) && q.value < 120 && (this.tagged(prev)?.lemma === 'turn' || /^turn(?:s|ed|ing)?$/.test(prev?.lower ?? '')) && !(this.chunk(q.end, false).plural && this.tagged(next)?.pos === 'NOUN')) return skip;
    if (!q.words && Number.isInteger(q.value) && q.value >= 10 && q.value < 120 && !this.chunk(q.end, false).head) {
      if (word(prev, 'at') && this.cueBefore(q.first - 1, lex.lifeStageWords, 5)) return skip;
      // "be"/"turns" + a number ends a clause about a person only when a personal pronoun is its subject ("the toll will be 34." is a count)
      if (prev && lex.ageVerbs.has(prev.lower) && (!next || sym(next, '.', ';', '!', '?'))
        && [2, 3].some((d) => word(toks[q.first - d], 'he', 'she', 'i', 'we', 'they', 'you'))) return skip;
    }
    // "the 10 authors", "Of the 10 or so images": a small set the reader already knows, in digits as in words
    if (!q.words && Number.isInteger(q.value) && q.value <= 10 && prev && lex.setDeterminers.has(prev.lower)) return skip;
    // "The prince, 20, …" / "(45)"
    if (!q.words && Number.isInteger(q.value) && q.value < 120 && sym(prev, ',', '(') && toks[q.first - 2]?.kind === 'word'
      && (sym(next, ',', ')') || (isCapitalised(toks[q.first - 2]) && (!next || sym(next, '.', ';'))))) return skip;
    // List numbering at a line start: "1." / "2)"
    if (!q.words && (sym(next, '.', ')') && !next.gap) && /(^|\n)[ \t]*$/.test(this.prose.slice(Math.max(0, n.start - 40), n.start))) return skip;
    // Names: "Radio 4", "Article 50", "No 10", "Guildford Four", "10 Downing Street"
    if (prev && lex.labelNouns.has(prev.lower) && (isCapitalised(prev) || prev.lower === 'number')) return skip;
    // "number one in the UK and 12 in the US": a place joined to a "number N" before it shares its label.
    // (Not a count of a noun: "number one and 12 staff".)
    if (!q.words && word(prev, 'and', 'or') && this.afterNumberLabel(q.first - 1) && !this.chunk(q.end, false).head) return skip;
    // Abbreviated labels: "No. 40871-048", "Art. 50", a bill's "S. 2155" (a lone letter only with no counted noun:
    // "Plan B. 300 staff …" is a new sentence)
    const label = toks[q.first - 2];
    if (sym(prev, '.') && !prev.gap && label && isCapitalised(label) && (lex.labelNouns.has(label.lower) || (label.text.length === 1 && !this.chunk(q.end, false).head))) return this.referenceEnd(q.end);
    if (isCapitalised(next) && lex.streetWords.has(toks[q.end + 1]?.lower ?? '')) return skip;
    if (q.words && isCapitalised(n) && !this.sentenceStart(q.first)) return skip;
    // "Catch-22", "A320-200": a code after a word, or after digits glued to letters.
    const before = toks[q.first - 2];
    if (isDash(prev) && !prev.gap && before && (before.kind === 'word' || (before.kind === 'num' && !before.gap && toks[q.first - 3]?.kind === 'word'))) return skip;
    const chunk = this.chunk(q.end, false);
    if (!q.words && isCapitalised(prev) && !this.sentenceStartWordIsFunction(prev) && !chunk.head) return skip;
    if (!q.words && !q.measure && this.insideName(q.first, q.end)) return skip;
    if (!q.words && !q.measure && this.versionList(q.first)) return skip;
    if (this.modelNumber(q, chunk)) return skip;
    if (q.words) {
      if (n.lower === 'one' && q.scale === 1) return skip;
      if (prev && (lex.setDeterminers.has(prev.lower) || prev.lower.endsWith("'s"))) return skip;
      if (word(next, 'of')) return skip; // "two of the", "three of them"
    }
    return 0;
  }

  /**
   * Whether "number" and a number stand before token `join` ("and"/"or") in its clause, with only words of a place
   * between ("number one in the UK and"): the number after `join` is a place in the same list.
   */
  private afterNumberLabel(join: number): boolean {
    const toks = this.toks;
    for (let k = join - 1; k >= 1 && join - k <= 8; k--) {
      const t = toks[k];
      if (t.kind === 'sym' || this.tagged(t)?.pos === 'VERB') return false;
      if ((t.kind === 'num' || this.lex.cardinals.has(t.lower)) && toks[k - 1]?.lower === 'number') return true;
    }
    return false;
  }

  /**
   * Whether the bare number at token `first` is an item of a list of versions that opens with a name and its number:
   * "Windows 2000, 95, 98, Me, NT, XP", "iOS 16, 17 and 18" (items: numbers and capitalised words; joined by commas,
   * "and", "or"). The name has a capital letter and does not open the sentence.
   */
  private versionList(first: number): boolean {
    const toks = this.toks;
    const item = (t: Token | undefined) => !!t && ((t.kind === 'num' && isDigits(t.text)) || (t.kind === 'word' && startsUpper(t.text)));
    const join = (t: Token | undefined) => !!t && (t.text === ',' || t.lower === 'and' || t.lower === 'or' || t.text === '&');
    let k = first;
    let items = 1;
    // Back over ", 95", ", 98 and" … to the list's first item.
    while (k >= 2 && join(toks[k - 1]) && item(toks[k - 2]) && first - k < 24) {
      k -= 2;
      items++;
    }
    if (k === first) {
      // The number may open the list after its name: "iOS 16, 17 and 18".
      if (!join(toks[first + 1]) || !item(toks[first + 2]) || toks[first + 2].kind !== 'num') return false;
      items = 2;
    }
    const head = toks[k];
    const name = toks[k - 1];
    if (head.kind !== 'num' || !name || name.kind !== 'word' || !/\p{Lu}/u.test(name.text) || !head.gap || this.sentenceStart(k - 1)) return false;
    return items >= 2 && this.tagged(name)?.pos === 'PROPN';
  }

  /**
   * A model number or designation, not a count: digits after a name and a slash ("PS/2"); five digits or more written
   * without the thousands separator news style gives every count ("an 80386 machine", "model, 80386") unless a plural
   * noun follows; or a number after a determiner or possessive before a single common noun, which no count above one
   * takes ("the 486 chip", "the 16-bit 8088 chip", "Intel's 80486 chip"). Each is remembered in `models`, so its bare
   * mentions elsewhere in the article ("the 486 is the descendant") are no counts either (extractFigures).
   */
  private modelNumber(q: Quantity, chunk: { head: string | null; plural: boolean; measure: string | null }): boolean {
    const { toks } = this;
    const n = toks[q.numToken];
    if (q.words || q.scale !== 1 || q.currency || q.percent || q.measure || chunk.measure || !isDigits(n.text)) return false;
    const prev = toks[q.first - 1];
    if (sym(prev, '/') && !n.gap && !prev.gap && toks[q.first - 2]?.kind === 'word' && isCapitalised(toks[q.first - 2])) return true;
    let model = n.text.length >= 5 && !n.text.startsWith('0') && !chunk.plural;
    const noun = toks[q.end];
    const tag = this.tagged(noun);
    // One singular common noun after the number, and no noun after that one ("the 25 member states" counts states).
    const single = !chunk.plural && !!tag && tag.pos === 'NOUN' && noun.text === noun.lower && tag.lemma === noun.lower && !this.lex.irregularPlurals.has(noun.lower)
      && !['NOUN', 'PROPN', 'NUM'].includes(this.tagged(toks[q.end + 1])?.pos ?? '');
    if (!model && q.value >= 2 && single && prev) {
      // A determiner or possessive before it, perhaps past one adjective ("its new 6230 handset", "the 16-bit 8088 chip").
      const compound = prev.kind === 'word' && isDash(toks[q.first - 2]) && !toks[q.first - 2].gap;
      const opener = compound ? toks[q.first - 4] : this.tagged(prev)?.pos === 'ADJ' ? toks[q.first - 2] : prev;
      model = !!opener && (this.tagged(opener)?.pos === 'DET' || this.lex.setDeterminers.has(opener.lower) || endsPossessive(opener.text));
    }
    if (model) this.models.add(n.text);
    return model;
  }

  /** Digits read as a model number somewhere in the article (modelNumber). */
  readonly models = new Set<string>();

  /**
   * A place in a ranking, an ordinal written as a cardinal: after the verb or noun "rank" ("is ranked 31 in the
   * world", "a rank of 12"), or before "in the … rankings" (lex.rankingNouns: "climbed to 31 in the Fifa world
   * rankings", "at 3 in the charts"). Only a bare whole number with no counted noun after it.
   */
  private rankPosition(q: Quantity): boolean {
    const { toks, lex } = this;
    if (q.words || !Number.isInteger(q.value) || this.chunk(q.end, false).head) return false;
    const prev = toks[q.first - 1];
    if (this.tagged(word(prev, 'of') ? toks[q.first - 2] : prev)?.lemma === 'rank') return true;
    if (!word(toks[q.end], 'in')) return false;
    for (let k = q.end + 1; k <= q.end + 5 && toks[k]?.kind === 'word'; k++) if (lex.rankingNouns.has(toks[k].lower)) return true;
    return false;
  }

  /** The token after a reference number's dash-joined groups starting at `i` ("-048" in "40871-048"). */
  private referenceEnd(i: number): number {
    const toks = this.toks;
    let k = i;
    while (isDash(toks[k]) && !toks[k].gap && toks[k + 1] && !toks[k + 1].gap && (toks[k + 1].kind === 'num' || toks[k + 1].kind === 'word')) k += 2;
    return k;
  }

  private sentenceStart(i: number): boolean {
    const p = this.toks[i - 1];
    return !p || /[.!?"\u201c\u201d]/.test(p.text) || this.prose.slice(p.end, this.toks[i].start).includes('\n');
  }

  private sentenceStartWordIsFunction(t: Token): boolean {
    return this.lex.chunkStops.has(t.lower) || this.lex.months.has(t.lower) || this.lex.weekdays.has(t.lower) || this.lex.setDeterminers.has(t.lower);
  }

  /** The counted-noun phrase after token `i`: its head noun (as written), a measure unit, and the qualifier used to compare figures. */
  private chunk(i: number, afterOf: boolean): { head: string | null; measure: string | null; plural: boolean; qualifier: string } {
    const { toks, lex } = this;
    let k = i;
    if (afterOf) while (word(toks[k], 'the', 'its', 'their', 'his', 'her')) k++;
    const mods: { text: string; lower: string }[] = [];
    let head: string | null = null;
    let measure: string | null = null;
    let plural = false;
    for (let n = 0; n < 4; n++) {
      const t = toks[k];
      if (!t || t.kind !== 'word' || lex.chunkStops.has(t.lower)) break;
      let text = t.text;
      let lower = t.lower;
      let next = k + 1;
      // Model names glued to digits: "Airbus A321 aircraft"
      while (toks[next]?.kind === 'num' && !toks[next].gap) { text += toks[next].text; lower += toks[next].text; next++; }
      // Hyphenated modifiers: "Iran-backed", "long-range"
      while (isDash(toks[next]) && !toks[next].gap && toks[next + 1]?.kind === 'word' && !toks[next + 1].gap) {
        text += `-${toks[next + 1].text}`;
        lower += `-${toks[next + 1].lower}`;
        next += 2;
      }
      if (n === 0 && lex.measureQualifiers.has(lower) && lex.measure.has(toks[next]?.lower ?? '')) {
        measure = `${lower} ${toks[next].lower}`;
        k = next + 1;
        break;
      }
      if (n === 0 && lex.measure.has(lower) && lower.length > 1) { measure = lex.measure.get(lower)!; k = next; break; }
      if (lex.irregularPlurals.has(lower) || (t.text === t.lower && /[a-z]{2}s$/.test(lower) && !/(ss|us|is|ics)$/.test(lower) && !lower.includes("'"))) {
        head = text;
        plural = true;
        k = next;
        break;
      }
      mods.push({ text, lower });
      k = next;
    }
    if (!head && !measure && mods.length === 1 && !/(ed|ing|ly)$/.test(mods[0].lower)) head = mods.pop()!.text;
    let place = '';
    if (head && word(toks[k], 'in', 'at', 'from', 'on') && isCapitalised(toks[k + 1])) place = `${toks[k].lower} ${toks[k + 1].lower}`;
    const qualifier = [...(head ? mods.map((m) => m.lower) : []), (head ?? measure ?? '').toLowerCase(), place].filter(Boolean).join(' ');
    return { head, measure, plural, qualifier };
  }
}
