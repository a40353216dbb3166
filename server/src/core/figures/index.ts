// Figure detection: a tokenizer plus a focused number-phrase grammar over article.prose, word lists in data/figures-*.json.
// A general NLP library was not used: none tells years, durations, names and known sets from figures the way a desk does,
// and the grammar reads the 5 MB BBC corpus in well under the time budget.
import type { Config } from '../config';
import type { Article, FigureKind, FigureMention, Span } from '../types';
import { blankLineSegments, segmentId } from '../text/segments';
import { detached, GenerationMemo } from '../text/memo';
import { AttributionFinder, sentenceOf, subjectBefore } from './attribution';
import { getLexicon, type Lexicon } from './lexicon';
import { fractionOfScale, matchPhrase, readNumber, readQuantity, type Quantity } from './numbers';
import { markNoSourceNeeded } from './needSource';
import { isCapitalised, tokenize, type Token } from './tokens';
import { isNationality } from '../entities/ner';
import { readWordList } from '../dataFiles';
import { languageOf, verbGroupAt, type Language, type Upos } from '../language';
import { endsPossessive, hasDigit, isAllCapitals, isCapitalised as startsUpper, isDigits, withoutPossessive } from '../text/shape';

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
/** A quantity read as a figure before its kind and unit are known: its tokens, value and range. */
type Reading = Omit<Candidate, 'kind' | 'unit' | 'value'> & { value: number };

const word = (t: Token | undefined, ...words: string[]) => !!t && t.kind === 'word' && words.includes(t.lower);
const sym = (t: Token | undefined, ...syms: string[]) => !!t && t.kind === 'sym' && syms.includes(t.text);
const isDash = (t: Token | undefined) => sym(t, '-', '\u2013', '\u2014');
/** A dash written against the token before it ("2004-05", "one-off", "737-800"). */
const tightDash = (t: Token | undefined): t is Token => !!t && isDash(t) && !t.gap;
/** Digits written against the token before them ("A321", "6230" after a dash in "737-800"). */
const gluedNumber = (t: Token | undefined): t is Token => t?.kind === 'num' && !t.gap;
/** Characters that end a sentence, or open or close a quotation, in a token. */
const SENTENCE_BREAKS = '.!?"\u201c\u201d';
/** SENTENCE_BREAKS and the semicolon: the end of a clause a cue word must stand in. */
const CLAUSE_BREAKS = `${SENTENCE_BREAKS};`;
const holdsAny = (text: string, chars: string) => [...text].some((c) => chars.includes(c));
/** The largest number before a capital "K" read as a class of screen ("4K", "8K"): "30K units" counts them. */
const MAX_RESOLUTION_K = 16;
/** The most tokens of an approximator between a verb of holding and a capacity ("up to", "at least"). */
const HEDGE_TOKENS = 2;
/** The fewest digits of a model number listed with another ("the 3230 and 7710"); four is the most. */
const MODEL_DIGITS = 3;

/** The words that make an age a population's statistic ("the average age"). */
const AVERAGES: ReadonlySet<string> = new Set(['average', 'median', 'mean']);

/** A whole number in digits below 120: it may be a person's age. */
const ageLike = (q: Quantity) => !q.words && Number.isInteger(q.value) && q.value < 120;
/** The least age a bracket after a form of "be" is read as ("are over 65", "is under 16"): below it a bare number is as often a count or a score. */
const MIN_BRACKET_AGE = 12;
/** Most words between an age word and the "from" or "to" of the age it is changed to ("the pension age for council workers | from"). */
const AGE_REACH = 5;
/** Suffixes of English agent nouns, which name people by what they do ("payer", "motorist", "resident", "applicant"). */
const AGENT_SUFFIX = /(?:er|or|ist|ant|ent)$/;
/** Four ASCII digits, the shape of a year ("2004"). */
const fourDigits = (s: string) => s.length === 4 && isDigits(s);
/** A year of the 20th or 21st century ("1998", "2004"). */
const modernYear = (s: string) => fourDigits(s) && (s.startsWith('19') || s.startsWith('20'));
const asciiLower = (c: string | undefined) => !!c && c >= 'a' && c <= 'z';
/** A lower-case word with a plural's ending: "s" after two letters a–z ("cars"; not "us", "5s"). */
const pluralEnding = (lower: string) => lower.endsWith('s') && asciiLower(lower[lower.length - 2]) && asciiLower(lower[lower.length - 3]);
/** Endings of a final "s" that is no plural ("glass", "virus", "crisis", "politics"). */
const SINGULAR_S_ENDINGS = ['ss', 'us', 'is', 'ics'];
/** Endings of a participle, a gerund or an adverb ("backed", "rising", "only"): a modifier, not a counted noun. */
const MODIFIER_ENDINGS = ['ed', 'ing', 'ly'];
const modifierEnding = (lower: string) => MODIFIER_ENDINGS.some((e) => lower.endsWith(e));
/** The forms of "turn" that make a number after them an age ("turns 18"), when the tagger reads no verb. */
const TURN_FORMS = new Set(['turn', 'turns', 'turned', 'turning']);
/** A number token without thousands separators or a decimal point ("0800", not "2,500" or "1.5"). */
const plainDigits = (t: Token) => !t.text.includes(',') && !t.text.includes('.');
/** A quantity with a currency, a percentage or a unit of measure. */
const marked = (x: Quantity) => x.currency !== null || x.percent !== null || x.measure !== null;

/** A change of a rate in percentage points ending before token `end` ("half-point", "a quarter of a point"). */
function pointChange(end: number, value: number): Omit<Candidate, 'first' | 'approximate'> {
  return { end, kind: 'percent', value, valueMax: null, unit: 'percentage points', vague: false };
}

/**
 * Whether digit groups make a telephone number: led by a trunk prefix ("0800 555 111") or a "+" with at least 9
 * digits in all, an area code in brackets with PAREN_PHONE_DIGITS digits or more, or the North American 3-3-4 shape;
 * or a dialling code on its own ("numbers such as 0870", review 77): digits led by 0, no count is written so.
 */
function phoneShaped(groups: string[], plus: boolean, paren: boolean): boolean {
  const digits = groups.join('').length;
  if ((plus || groups[0].startsWith('0')) && digits >= 9) return true;
  if (groups.length === 1 && groups[0].length >= TRUNK_CODE_DIGITS && groups[0].startsWith('0')) return true;
  if (paren && digits >= PAREN_PHONE_DIGITS) return true;
  return groups.length === 3 && groups.map((g) => g.length).join('-') === '3-3-4';
}
const BARE_VAGUE_MONEY = new Set(['millions', 'billions']);
/** Vague quantifiers that are no count on their own: "tens" (only "tens of"), "scores" (a verb, a game's scores), and "trillions" (money, rare bare). */
const NOT_BARE_COUNTS = new Set(['tens', 'scores', 'trillions']);
/** Most words between a ranking noun and the place it gives ("ranking | down at | 168"). */
const RANKING_LINKS = 3;
/** Prepositions of a place in a ranking before "N in the world": moved from, moved to, held at. */
const RANK_MOVES = new Set(['from', 'to', 'at']);
const MAX_PHONE_GROUPS = 5;
/** The fewest digits of a dialling code written alone ("0870", "020"). */
const TRUNK_CODE_DIGITS = 3;
/** The fewest digits of a telephone number whose area code stands in brackets (a local number has at least five). */
const PAREN_PHONE_DIGITS = 8;
/** How far before a number of pounds a form of "weigh" makes them weight, in tokens ("weighs about 150 pounds"). */
const WEIGHT_REACH = 4;
/** Most capitalised words of a title before the year in brackets that dates it ("12 Angry Men (1957)"). */
const TITLE_WORDS_MAX = 4;
/** Ages below which "under N boys" names an age group ("under 14 boys", "under 18 girls"), not fewer than N. */
const YOUTH_AGE_MAX = 20;
/** Parts of speech after a capitalised noun that carry its phrase on ("40 Woolworths stores", "23 European and Arab"). */
const NAME_PHRASE_GOES_ON: ReadonlySet<Upos> = new Set<Upos>(['NOUN', 'PROPN', 'ADJ', 'NUM', 'CCONJ']);

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
  // Each paragraph's tokens and candidates, joined once at the end (one copy, not a push per token).
  const tokLists: Token[][] = [];
  const candidateLists: Candidate[][] = [];
  let tokCount = 0;
  const models = new Set<string>();
  let p = 0;
  const segments = blankLineSegments(article.prose);
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const starts: number[] = [];
    while (p < article.paragraphs.length && article.paragraphs[p].start < seg.end) {
      if (article.paragraphs[p].start >= seg.start) starts.push(article.paragraphs[p].start - seg.start);
      p++;
    }
    const key = `${segmentId(article.prose, i)} ${starts.join(',')}`;
    const reading = SEGMENTS.get(key, () => readSegment(article.prose, seg, lex, layer));
    const base = tokCount;
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
    tokLists.push(placed.toks);
    candidateLists.push(placed.candidates);
    tokCount += placed.toks.length;
    for (const m of reading.models) models.add(m);
  }
  const toks = ([] as Token[]).concat(...tokLists);
  const candidates = ([] as Candidate[]).concat(...candidateLists);
  const sentenceTokens = tokenRanges(article, toks);
  const finder = new AttributionFinder(article, toks, sentenceTokens, config, lex);
  const out: FigureMention[] = [];
  let lastMoney: string | null = null;
  let prev: { sentence: number; kind: FigureKind; unit: string | null } | null = null;
  // "the 486 is …": a number the article uses as a model number elsewhere ("the 486 chip") is one here too.
  // "Rapper 50 Cent scores": a number and name the article reads as a name elsewhere (FigureParser.opensName).
  const isModel = (c: Candidate) => c.kind === 'count' && !c.approximate && c.valueMax === null
    && (models.has(toks[c.first].text) || (!!toks[c.first + 1] && models.has(`${toks[c.first].text} ${withoutPossessive(toks[c.first + 1].text)}`)));
  for (const c of candidates) {
    // (A candidate whose tokens run past the last one, as in copy cut short, is no figure yet.)
    if (isModel(c) || !toks[c.first] || !toks[c.end - 1]) continue;
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
 * "tied on five points" (the noun names a known, public set), and a bare "only 10" with no noun to count; and counts
 * of honours of any size up to lex.honourMax ("leads the field with 14 nominations", review 104).
 */
function notACount(c: Candidate, unit: string | null, lex: Lexicon): boolean {
  if (c.valueMax !== null || c.value === null) return false;
  if (unit && lex.honourNouns.has(unit.toLowerCase())) return c.value <= lex.honourMax;
  if (c.value > lex.publicSetMax) return false;
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

/** The smallest whole number written in full that a scaled number after "to" does not lend its scale ("32,000 to 1.41 million"). */
const LEVEL_MIN = 1000;
/** How many times the change a level after "by … to" is, at least, to be read as a level, not a range's end. */
const LEVEL_RATIO = 10;

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
    if (!tag || tag.pos !== 'PROPN' || tag.sentenceFirst || !isCapitalised(prev) || endsPossessive(prev.text)) return false;
    if (this.dashedCode(end)) return true;
    const next = this.toks[end];
    if (next && next.kind === 'word' && isCapitalised(next)) {
      const pos = this.tagged(next)?.pos;
      return pos === 'PROPN' || pos === 'NOUN';
    }
    return this.opensNamePhrase(this.nameStart(first - 1));
  }

  /** "Boeing 737-800", "Airbus A320-200": a code joined by a dash at token `end`, not a range. */
  private dashedCode(end: number): boolean {
    const code = this.toks[end + 1];
    return tightDash(this.toks[end]) && !!code && !code.gap && (code.kind === 'num' || hasDigit(code.text));
  }

  /** The first of the capitalised proper nouns of a name that ends at token `last`, back to the sentence's first word. */
  private nameStart(last: number): number {
    let k = last;
    for (let t = this.tagged(this.toks[k - 1]); k > 0 && isCapitalised(this.toks[k - 1]) && t?.pos === 'PROPN' && !t.sentenceFirst; t = this.tagged(this.toks[k - 1])) k--;
    return k;
  }

  /** Whether the word before token `k` opens a noun phrase: a determiner, an adjective or a pronoun other than "it". */
  private opensNamePhrase(k: number): boolean {
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
      // "just over" is an approximator, "just" alone is emphasis; "a drama about two boys" tells what a work is about.
      if (len === 1 && t.lower === 'about' && this.afterWorkNoun(i)) return { skip: i + 1 };
      if (len) { approximate = true; j = i + len; }
    }
    const clock = clockRangeEnd(toks, j);
    if (clock) return { skip: clock };
    const ratio = this.multiple(j) ?? this.ratio(j);
    if (ratio) return { figure: { ...ratio, first: i, approximate } };
    const q = readQuantity(toks, j, lex);
    if (!q) return j > i ? { skip: i + 1 } : null;
    if ('notAFigure' in q) return { skip: q.notAFigure };
    return this.quantity(i, j, q, approximate, between);
  }

  /** Whether a noun of a work (data/entity-work-nouns.txt: "film", "drama", "book") stands right before token `i`. */
  private afterWorkNoun(i: number): boolean {
    const prev = this.toks[i - 1];
    return !!prev && this.tagged(prev)?.pos === 'NOUN' && readWordList('entity-work-nouns.txt').has(prev.lower);
  }

  /**
   * A telephone number starting at token `i` — not a figure (LABELLING.md): digit groups led by a trunk prefix
   * ("0800 555 111", "020 7946 0000") or a "+" ("+44 20 7946 0000") with at least 9 digits in all, one run of
   * 9 or more digits led by 0, the North American 3-3-4 shape ("555-123-4567", "(555) 123 4567"), or an area code
   * in brackets before more groups, PAREN_PHONE_DIGITS digits or more in all ("(254-2) 751-613").
   * Returns the token index after the number, or 0.
   */
  private phoneEnd(i: number): number {
    const t = this.toks[i];
    if (t?.kind !== 'num' || !plainDigits(t)) return 0;
    const area = this.areaCode(i);
    const groups = area ? area.groups : [t.text];
    const k = this.phoneGroups(area ? area.end : i + 1, groups);
    if (groups.length > MAX_PHONE_GROUPS) return 0;
    return phoneShaped(groups, sym(this.toks[i - 1], '+') && !t.gap, area !== null) ? k : 0;
  }

  /**
   * An area code in brackets around the number at token `i`, its groups joined by dashes ("(555) 123 4567",
   * "(254-2) 751-613"), before more digits: its groups and the token after the ")". Not a year or a span of years
   * in brackets before a count: "(2004-05) 300 staff".
   */
  private areaCode(i: number): { groups: string[]; end: number } | null {
    const toks = this.toks;
    const groups = [toks[i].text];
    let close = i + 1;
    while (tightDash(toks[close]) && gluedNumber(toks[close + 1]) && close < i + 2 * MAX_PHONE_GROUPS) { groups.push(toks[close + 1].text); close += 2; }
    const paren = sym(toks[i - 1], '(') && sym(toks[close], ')') && toks[close + 1]?.kind === 'num' && !modernYear(toks[i].text);
    return paren ? { groups, end: close + 1 } : null;
  }

  /**
   * Adds to `groups` the digit groups of a telephone number from token `from` (each joined by a dash or a point, or
   * after one space), up to one more than MAX_PHONE_GROUPS: a longer run of numbers is something else (and the reading
   * stays linear). Returns the token after the last group read.
   */
  private phoneGroups(from: number, groups: string[]): number {
    const toks = this.toks;
    let k = from;
    while (groups.length <= MAX_PHONE_GROUPS) {
      const sep = toks[k];
      const joined = !!sep && (isDash(sep) || sym(sep, '.')) && !sep.gap && gluedNumber(toks[k + 1]);
      const spaced = sep?.kind === 'num' && sep.gap && this.prose.slice(toks[k - 1].end, sep.start) === ' ';
      if (joined) k++;
      else if (!spaced) break;
      const g = toks[k];
      if (!plainDigits(g)) break;
      groups.push(g.text);
      k++;
    }
    return k;
  }

  /** "millions of", "tens of thousands of", bare "millions" of money, "multi-billion dollar", "billion-dollar". */
  private vague(i: number): Match {
    const { toks, lex } = this;
    const t = toks[i];
    const money = this.vagueMoneyCompound(i);
    if (money) return { figure: money };
    if (!lex.vague.has(t.lower) || this.numberBefore(i)) return null;
    const end = this.vagueOfEnd(i);
    if (!end) return this.bareVague(i);
    if (t.lower === 'scores' && toks[end]?.kind === 'num') return null;
    if (lex.timeUnits.has(toks[end]?.lower ?? '')) return { skip: end + 1 }; // "hundreds of years": a duration, as "two years" is
    const currency = this.currencyAt(end);
    if (currency) return { figure: { first: i, end, kind: 'money', value: null, valueMax: null, unit: currency, approximate: true, vague: true } };
    const chunk = this.chunk(end, true);
    return { figure: { first: i, end, kind: chunk.measure ? 'measure' : 'count', value: null, valueMax: null, unit: chunk.measure ?? chunk.head, approximate: true, vague: true, qualifier: chunk.qualifier } };
  }

  /** "multi-billion dollar", "billion-dollar" (not "a billion-dollar", "5 billion-dollar"): vague money, or null. */
  private vagueMoneyCompound(i: number): Candidate | null {
    const { toks, lex } = this;
    const currency = (k: number) => lex.currencyWords.get(`${toks[k].lower}s`) ?? null;
    if (word(toks[i], 'multi') && isDash(toks[i + 1]) && word(toks[i + 2], 'million', 'billion') && word(toks[i + 3], 'dollar', 'pound', 'euro')) {
      return this.vagueMoney(i, i + 4, currency(i + 3));
    }
    const counted = word(toks[i - 1], 'a', 'one') || this.numberBefore(i);
    if (word(toks[i], 'million', 'billion') && tightDash(toks[i + 1]) && word(toks[i + 2], 'dollar', 'pound', 'euro') && !counted) {
      return this.vagueMoney(i, i + 3, currency(i + 2));
    }
    return null;
  }

  /** A number in digits or a cardinal word before token `i` ("5 billion", "two dozen"). */
  private numberBefore(i: number): boolean {
    const prev = this.toks[i - 1];
    return prev?.kind === 'num' || this.lex.cardinals.has(prev?.lower ?? '');
  }

  /** The token after the "of" of a vague quantifier at `i` ("millions of", "tens of thousands of"; not "tens of"), or 0. */
  private vagueOfEnd(i: number): number {
    const toks = this.toks;
    if (!word(toks[i + 1], 'of')) return 0;
    if (word(toks[i + 2], 'thousands', 'millions', 'billions') && word(toks[i + 3], 'of')) return i + 4;
    return toks[i].lower !== 'tens' ? i + 2 : 0;
  }

  /**
   * A vague quantifier at `i` with no "of" after it: bare "millions" of money; or "injured dozens more", "Hundreds
   * were evacuated", where the quantifier is the noun phrase, a vague count of whoever the sentence is about. Not
   * "tens" (only "tens of") nor "scores" (a verb, or a game's scores), nor one before a unit of time.
   */
  private bareVague(i: number): Match {
    const t = this.toks[i];
    const next = this.toks[i + 1];
    if (BARE_VAGUE_MONEY.has(t.lower) && !word(next, 'of')) return { figure: this.vagueMoney(i, i + 1, null) };
    if (NOT_BARE_COUNTS.has(t.lower) || this.lex.timeUnits.has(next?.lower ?? '')) return null;
    return { figure: { first: i, end: i + 1, kind: 'count', value: null, valueMax: null, unit: null, approximate: true, vague: true } };
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
    if (!this.toks[j]) return null;
    return this.oneIn(j) ?? this.fraction(j);
  }

  /** "one in five", "six out of 20 women": a ratio of two numbers, the second larger and not a year, nor a span of time after "in" ("one in three weeks"). */
  private oneIn(j: number): Omit<Candidate, 'first' | 'approximate'> | null {
    const { toks, lex } = this;
    const n = readNumber(toks, j, lex);
    if (!n || n.kind !== 'number' || n.scale !== 1 || n.measure || n.minor) return null;
    const k = n.end;
    const inRatio = word(toks[k], 'in') ? 1 : word(toks[k], 'out') && word(toks[k + 1], 'of') ? 2 : 0;
    if (!inRatio) return null;
    const d = readNumber(toks, k + inRatio, lex);
    if (!d || d.kind !== 'number' || !(d.value > n.value) || (d.words === false && fourDigits(toks[k + inRatio].text))) return null;
    // "number one in three weeks" (review 109): "in" before a span of time places the first number in it; no ratio.
    if (inRatio === 1 && lex.timeUnits.has(toks[d.end]?.lower ?? '')) return null;
    const chunk = this.chunk(d.end, false);
    return { end: d.end, kind: 'ratio', value: n.value / d.value, valueMax: null, unit: inRatio === 2 ? chunk.head : null, vague: false };
  }

  /** Fractions: numerator (a / one / two …), optional hyphen, fraction word ("a third of", "two-thirds of", "half the income"), and rate changes ("a quarter of a point", "half-point"). */
  private fraction(j: number): Omit<Candidate, 'first' | 'approximate'> | null {
    const { toks, lex } = this;
    const { numerator, k } = this.numeratorAt(j);
    const f = toks[k];
    // "a quarter of a million", "half a billion": a number (readNumber), not a share.
    if (!f || !lex.fractions.has(f.lower) || fractionOfScale(toks, j, lex)) return null;
    const value = numerator * lex.fractions.get(f.lower)!;
    const after = toks[k + 1];
    // Rate changes: "half-point"
    if (tightDash(after) && word(toks[k + 2], 'point')) return pointChange(k + 3, value);
    if (!this.fractionWritten(j, k, numerator, f)) return null;
    // Rate changes: "a quarter of a point"
    if (word(after, 'of') && word(toks[k + 2], 'a') && word(toks[k + 3], 'point', 'percentage')) {
      return pointChange(word(toks[k + 3], 'percentage') && word(toks[k + 4], 'point') ? k + 5 : k + 4, value);
    }
    return this.fractionFollowed(j, k) ? { end: k + 1, kind: 'ratio', value, valueMax: null, unit: null, vague: false } : null;
  }

  /** A fraction's numerator at `j` ("a", "one", a cardinal; 1 when there is none) and the token of its fraction word. */
  private numeratorAt(j: number): { numerator: number; k: number } {
    const { toks, lex } = this;
    const t = toks[j];
    let k = j;
    let numerator = 1;
    if (word(t, 'a', 'one')) k++;
    else if (lex.cardinals.has(t.lower)) { numerator = lex.cardinals.get(t.lower)!; k++; }
    if (k > j && tightDash(toks[k])) k++;
    return { numerator, k };
  }

  /**
   * Whether a fraction word `f` at `k` (numerator from `j`) is written as a figure: a bare "half" not after a period
   * word, a word of position ("the bottom half", lex.partPreceders), "a" or "and" ("the first half"); a numerator
   * above one with a plural ("two thirds", or "half"); a numerator after a period word only after "the" ("the one third").
   */
  private fractionWritten(j: number, k: number, numerator: number, f: Token): boolean {
    const before = this.toks[j - 1];
    const period = this.lex.periodPreceders.has(before?.lower ?? '');
    if (k === j) return f.lower === 'half' && !period && !this.lex.partPreceders.has(before?.lower ?? '') && !word(before, 'a', 'and');
    if (numerator > 1 && !f.lower.endsWith('s') && f.lower !== 'half') return false;
    return !(period && k === j + 1 && before?.lower !== 'the');
  }

  /** Whether the word after the fraction word at `k` makes it a figure ("a third of", "half the"; lex.fractionFollowers), and no period follows ("half the year", "a quarter of an hour"). */
  private fractionFollowed(j: number, k: number): boolean {
    const { toks, lex } = this;
    const after = toks[k + 1];
    if (!after || after.kind !== 'word' || !(lex.fractionFollowers.has(after.lower) || this.fractionSubject(j, k))) return false;
    if (word(after, 'a') && !word(toks[k + 2], 'million', 'billion')) return false;
    return !lex.timeUnits.has(toks[k + 2]?.lower ?? '') && !lex.timeUnits.has(toks[k + 3]?.lower ?? '');
  }

  /**
   * "almost a third are interested", "more than half are from Europe": a fraction with its numerator (or an
   * approximator) that is its clause's subject, before its verb. Not a compound ("fly-half", "so-called"), nor a noun
   * with a determiner or possessive ("the three-quarters had no space", "Ireland's half produced"), nor a bare "half"
   * ("half owned by BP").
   */
  private fractionSubject(j: number, k: number): boolean {
    const toks = this.toks;
    const afterPos = this.tagged(toks[k + 1])?.pos;
    if (afterPos !== 'AUX' && afterPos !== 'VERB') return false;
    const before = toks[j - 1];
    const bound = (isDash(before) && !toks[j].gap) || word(before, 'the', 's') || tightDash(toks[k + 2]);
    return (k > j || this.approximatedTo(j)) && !bound;
  }

  /** Whether an approximator ("almost", "more than") starting within three tokens before `j` ends at `j`. */
  private approximatedTo(j: number): boolean {
    for (let s = Math.max(0, j - 3); s < j; s++) if (s + matchPhrase(this.toks, s, this.lex.approximators) === j) return true;
    return false;
  }

  private quantity(i: number, j: number, q1: Quantity, approximate: boolean, between: boolean): Match {
    // "More than 2000 soldiers", "about 1500 people": after an approximator and before a plural noun, a number that
    // could be a year counts that noun (no one writes "about 2000" for a year with a noun after it).
    if (this.isYear(q1) && !(approximate && this.pluralNounAt(q1.end))) return { skip: this.afterYears(q1.end) };
    if (this.codeNumber(q1)) return { skip: this.referenceEnd(q1.end) };
    const range = this.range(j, q1, approximate, between);
    if ('skip' in range) return range;
    const q: Quantity = this.weight(range.q) ? { ...range.q, currency: null, measure: 'lb' } : range.q;
    const excluded = this.excluded(q, approximate || between, i);
    if (excluded) return { skip: excluded };
    const first = between && range.valueMax === null ? j : i;
    return this.figureOf(q, { first, end: q.end, value: range.value, valueMax: range.valueMax, approximate, vague: false });
  }

  /** The token after a year at `end`'s end, or after a span of years ("2004-05"). */
  private afterYears(end: number): number {
    return isDash(this.toks[end]) && this.toks[end + 1]?.kind === 'num' ? end + 2 : end;
  }

  /**
   * A reference number or a model code, not a range: a group with a leading zero after a dash ("40871-048",
   * "24-00917"), or a code after a name ("Boeing 737-800").
   */
  private codeNumber(q: Quantity): boolean {
    const group = this.toks[q.end + 1];
    if (!tightDash(this.toks[q.end]) || q.scale !== 1) return false;
    if (gluedNumber(group) && group.text.startsWith('0') && !q.currency && !q.percent) return true;
    return !marked(q) && !q.words && this.insideName(q.first, q.end);
  }

  /**
   * A range or a change from q1 (the number at `j`): "10 to 20", "between 5 and 6", "20-30 per cent", or "from 20 to
   * 30 per cent" (the first number takes the second's unit and scale). `{ skip }` for a score or a vote tally; else the
   * quantity read, with its `value` and, for a range, its upper bound `valueMax` (null otherwise).
   */
  private range(j: number, q1: Quantity, approximate: boolean, between: boolean): { skip: number } | { q: Quantity; value: number; valueMax: number | null } {
    const sep = this.toks[q1.end];
    const q2 = this.secondOfRange(q1, between);
    const bare1 = !marked(q1) && q1.scale === 1;
    // "the quarter ended Sept. 30 to $747.8 million": a day of the month ends its date, it opens no range.
    if (!q2 || (bare1 && this.dayOfMonth(q1))) return { q: q1, value: q1.value, valueMax: null };
    if (isDash(sep) && bare1 && this.tally(q1, q2, approximate || between)) return { skip: q2.end };
    if (!between && !approximate && this.changeThenLevel(j, q1, q2)) return { q: q1, value: q1.value, valueMax: null };
    if (this.oneRange(j, q1, q2, approximate, between)) {
      const value = q1.value * (q1.scale === 1 ? q2.scale : 1);
      const q = { ...q2, first: q1.first, numToken: q1.numToken, value, words: q1.words, currency: q2.currency ?? q1.currency, percent: q2.percent ?? q1.percent };
      return { q, value, valueMax: q2.value };
    }
    if (bare1 && marked(q2) && (word(this.toks[j - 1], 'from') || word(sep, 'to'))) {
      const value = q1.value * q2.scale;
      return { q: { ...q1, currency: q2.currency, percent: q2.percent, measure: q2.measure, value, scale: q2.scale }, value, valueMax: null };
    }
    return { q: q1, value: q1.value, valueMax: null };
  }

  /**
   * "fell by 32,000 to 1.41 million", "rose by 11,000 to 813,200" (review 105: read as one range, 32,000 million to
   * 1.41 million): across "to", a change and the level it reached, two figures — a whole number of a thousand or more
   * before a number with a scale word, which it does not share ("1 to 2 million" does), or after "by" a level ten or
   * more times the change ("rose by 5 to 10 per cent" stays a range).
   */
  private changeThenLevel(j: number, q1: Quantity, q2: Quantity): boolean {
    if (!word(this.toks[q1.end], 'to') || marked(q1) || q1.scale !== 1) return false;
    if (q1.value >= LEVEL_MIN && q2.scale > 1) return true;
    return word(this.toks[j - 1], 'by') && q2.value >= LEVEL_RATIO * q1.value;
  }

  /** The quantity after q1 across a range's separator (a dash, "to", "or", or "and" after "between"), not a year nor ".02" after a dash; or null. */
  private secondOfRange(q1: Quantity, between: boolean): Quantity | null {
    const sep = this.toks[q1.end];
    if (!sep || !(isDash(sep) || word(sep, 'to', 'or') || (between && word(sep, 'and')))) return null;
    // A decimal without its leading zero ends no range: "in 46.45 - .02 outside his best" is a time, then a margin (review 110).
    if (isDash(sep) && this.toks[q1.end + 1]?.text.startsWith('.')) return null;
    const q2 = readQuantity(this.toks, q1.end + 1, this.lex);
    return q2 && !('notAFigure' in q2) && !this.isYear(q2) ? q2 : null;
  }

  /**
   * Two small whole numbers in digits, the second bare, with no plural noun after them but a score's (lex.scoreNouns:
   * "rampant 42-6 victors", "3-0 winners"; not after an approximator or "between", `ranged`: "between 20-30 winners"): a
   * score or a vote tally ("3-1").
   */
  private tally(q1: Quantity, q2: Quantity, ranged: boolean): boolean {
    const small = (x: Quantity) => Number.isInteger(x.value) && x.value <= 200 && !x.words;
    const after = this.toks[q2.end];
    return !marked(q2) && q2.scale === 1 && small(q1) && small(q2) && (!this.pluralNounAt(q2.end) || (!ranged && !!after && this.lex.scoreNouns.has(after.lower)));
  }

  /**
   * Whether q1 and q2 make one range: across a dash or after "between", unless q1 is marked and q2 marked otherwise;
   * across "to"/"or" (not after "from", a change), two bare numbers written alike, or two of the same kind after an
   * approximator or "a", "an", "of", "at", "for" (a price range: "bought for $15.50 to $16.75 each", review 96),
   * "between".
   */
  private oneRange(j: number, q1: Quantity, q2: Quantity, approximate: boolean, between: boolean): boolean {
    const bare1 = !marked(q1) && q1.scale === 1;
    const sameKind = (q1.currency ?? q1.percent) === (q2.currency ?? q2.percent);
    if (between || isDash(this.toks[q1.end])) return bare1 || sameKind || !marked(q2);
    if (word(this.toks[j - 1], 'from')) return false;
    return (bare1 && !q1.words === !q2.words) || (sameKind && (approximate || word(this.toks[j - 1], 'a', 'an', 'of', 'at', 'for', 'between')));
  }

  /**
   * The figure the quantity `q` makes (`base`: its first token, end, value and range), by its currency, percentage or
   * unit, else a count of the noun after it; or the token to resume at when it is a result, a spec or a race's name.
   */
  private figureOf(q: Quantity, base: Reading): Match {
    if (q.currency) return { figure: { ...base, kind: 'money', unit: q.currency } };
    if (q.percent) return { figure: { ...base, kind: 'percent', unit: q.percent } };
    if (q.measure) {
      if (this.resultOrSpec(q, q.measure, q.end) || this.productClass(q)) return { skip: q.end };
      return { figure: { ...base, kind: 'measure', unit: q.measure, qualifier: this.chunk(q.end, false).qualifier } };
    }
    const chunk = this.chunk(q.end, false);
    if (q.ambiguousM && (this.lex.raceDistances.has(q.value / 1e6) || !chunk.plural) && !this.lex.irregularPlurals.has(chunk.head?.toLowerCase() ?? '')) return this.metres(q, base);
    if (chunk.measure) {
      if (this.resultOrSpec(q, chunk.measure, q.end + 1) || this.attributiveMeasure(q)) return { skip: q.end };
      return { figure: { ...base, kind: 'measure', unit: chunk.measure, qualifier: chunk.qualifier } };
    }
    // Small numbers in words count things only with a plural noun ("seven people"), not "six unpaid".
    if (q.words && !chunk.plural && q.scale === 1) return { skip: q.end };
    if (q.scale === 1 && !base.approximate && (this.sportsResult(q, null, q.end) || this.spec(q, q.end + 1))) return { skip: q.end };
    if (this.productClass(q)) return { skip: q.end };
    return { figure: { ...base, kind: 'count', unit: chunk.head, qualifier: chunk.qualifier } };
  }



  /** A number read with an "m" that is metres, not millions ("a 6.63m jump"): a race's name, a result or spec, or a measure. */
  private metres(q: Quantity, base: Reading): Match {
    // "the 5,000m", "60m hurdles": an event's distance, a name rather than a figure
    if (this.lex.raceDistances.has(q.value / 1e6) && base.valueMax === null) return { skip: q.end };
    // "a 6.63m jump": metres, not millions; a result or a spec all the same
    if (this.resultOrSpec(q, 'm', q.end)) return { skip: q.end };
    const valueMax = base.valueMax === null ? null : base.valueMax / 1e6;
    return { figure: { ...base, kind: 'measure', value: base.value / 1e6, valueMax, unit: 'm' } };
  }

  /**
   * "two or three megapixel camera phones", "a 10 mile walk": a unit spelt in the singular where it has a plural
   * (lex.measure holds both), right before a noun, makes the measure a modifier of a class of thing, as the hyphenated
   * "a two-megapixel camera" does (compoundModifier); a measure claimed takes the plural ("walked 10 miles").
   */
  private attributiveMeasure(q: Quantity): boolean {
    const { toks, lex } = this;
    const unit = toks[q.end];
    const next = toks[q.end + 1];
    if (unit?.kind !== 'word' || !next || next.kind !== 'word' || !next.gap) return false;
    const singular = lex.measure.has(unit.lower) && (lex.measure.has(`${unit.lower}s`) || lex.measure.has(`${unit.lower}es`));
    return singular && this.tagged(next)?.pos === 'NOUN' && !word(next, 'of');
  }

  /** A sports result or an attributive spec (sportsResult, spec): `unit` is the length unit, `nounAt` the token after it. */
  private resultOrSpec(q: Quantity, unit: string, nounAt: number): boolean {
    return this.sportsResult(q, unit, nounAt) || this.spec(q, nounAt);
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

  /**
   * "100Mbps broadband", "2GB and 4GB plans", "80 gigabyte hard drive", "4K TVs": a number and a unit of capacity or
   * speed (lex.specUnits, singular when spelt out before a noun), or a capital "K" glued to it (a screen's resolution,
   * a line's speed), right before a noun, names a class of product, not a quantity claimed. Not before "of" ("2GB of
   * data" is an amount), nor a lower-case "k" ("30k fans" counts them). A capacity a product holds or has is its spec
   * too ("The iPod mini can hold 6GB", "The phone has 128GB of storage", "a model with 30GB"; lex.capacityLemmas).
   */
  private productClass(q: Quantity): boolean {
    const { toks, lex } = this;
    // A unit spelt out in the singular is no part of the quantity ("80 gigabyte hard drive"): the word after it.
    const spelt = toks[q.end]?.kind === 'word' && toks[q.end].gap && lex.specUnits.has(toks[q.end].lower) && !q.words;
    const unit = spelt ? toks[q.end] : toks[q.end - 1];
    if (q.currency || q.percent || !unit || unit.kind !== 'word' || !(lex.specUnits.has(unit.lower) || unit.text === 'K') || (unit.gap && unit.text === 'K')) return false;
    if (unit.text === 'K' && q.value / q.scale > MAX_RESOLUTION_K) return false;
    const b = this.beforeHedge(q.first);
    const before = toks[b];
    if (unit.text !== 'K' && before?.kind === 'word' && (before.lower === 'with' || lex.capacityLemmas.has(this.tagged(before)?.lemma ?? ''))) return true;
    if (unit.text !== 'K' && word(before, 'of') && this.capacityNoun(b - 1)) return true;
    const at = spelt ? q.end + 1 : q.end;
    const next = toks[at];
    const conjoined = word(next, 'and', 'or') && toks[at + 1]?.kind === 'num';
    const pos = this.tagged(next)?.pos;
    return conjoined || (!!next && next.kind === 'word' && !word(next, 'of') && !lex.chunkStops.has(next.lower) && (pos === 'NOUN' || pos === 'PROPN' || pos === 'ADJ'));
  }

  /**
   * The token before the approximator that opens right before token `first` ("can hold up to 40GB", "store about
   * 256MB"; lex.approximators), or before `first` when none does.
   */
  private beforeHedge(first: number): number {
    for (let k = first - 1; k >= Math.max(0, first - HEDGE_TOKENS); k--) if (matchPhrase(this.toks, k, this.lex.approximators) === first - k) return k - 1;
    return first - 1;
  }

  /**
   * "data speeds of 3.6Mbps", "a capacity of 2TB": token `k` is a noun of what a device or service can do
   * (lex.capacityNouns, by lemma), not measured over its users ("average speeds of 5Mbps": lex.averageWords in the two
   * words before it).
   */
  private capacityNoun(k: number): boolean {
    const { toks, lex } = this;
    if (!lex.capacityNouns.has(this.tagged(toks[k])?.lemma ?? '')) return false;
    for (let j = Math.max(0, k - 2); j < k; j++) if (toks[j].kind === 'word' && lex.averageWords.has(toks[j].lower)) return false;
    return true;
  }

  /** An attributive spec before a product noun ("a 400 mm lens", "the 2.5 gigapixel photo"): a description, not a quantity. */
  private spec(q: Quantity, nounAt: number): boolean {
    const { toks, lex } = this;
    if (!word(toks[q.first - 1], 'a', 'an', 'the', 'its') || q.currency || q.percent || q.scale > 1) return false;
    // After "a"/"an" the noun is singular whatever its spelling ("a 400 mm lens"); after "the"/"its" it must look singular.
    const article = word(toks[q.first - 1], 'a', 'an');
    const singular = (t: Token | undefined) => !!t && t.kind === 'word' && t.text === t.lower && !lex.chunkStops.has(t.lower) && !lex.timeUnits.has(t.lower)
      && !modifierEnding(t.lower) && (article || (!pluralEnding(t.lower) && !lex.irregularPlurals.has(t.lower)));
    // A bare number needs its spec word as well as the noun: "2.5 gigapixel photo", not "the 20 page".
    if (!q.measure && nounAt === q.end + 1 && !lex.measure.has(toks[q.end]?.lower ?? '')) return singular(toks[q.end]) && singular(toks[q.end + 1]) && !word(toks[q.end + 2], 'of');
    return singular(toks[nounAt]) && !word(toks[nounAt + 1], 'of');
  }

  /** A cue word among the `window` tokens before token `i`, within the sentence. */
  private cueBefore(i: number, cues: Set<string>, window: number): boolean {
    for (let k = i - 1; k >= Math.max(0, i - window); k--) {
      const t = this.toks[k];
      if (t.kind === 'sym' && holdsAny(t.text, CLAUSE_BREAKS)) return false;
      if (t.kind === 'word' && cues.has(t.lower)) return true;
    }
    return false;
  }

  /**
   * A year: four digits from 1000 to 2100 with no currency, percent, unit or scale ("2004"), or a number in words of
   * that range right after "year" ("the year two thousand", as broadcast transcripts write it).
   */
  private isYear(q: Quantity): boolean {
    const t = this.toks[q.numToken];
    const plain = !q.currency && !q.percent && !q.measure && q.value >= 1000 && q.value <= 2100;
    if (plain && q.words) return word(this.toks[q.first - 1], 'year');
    return plain && q.scale === 1 && fourDigits(t.text);
  }

  private pluralNounAt(i: number): boolean {
    return this.chunk(i, false).plural;
  }

  /**
   * Why a bare number is not a figure (a duration or time, a date, an age, a rank, a known set, a list number, a name
   * or label, a code, a model number): the token to resume at, or 0. `prefixed`: after an approximator or "between",
   * which opens at token `opening`.
   */
  private excluded(q: Quantity, prefixed: boolean, opening: number): number {
    const money = q.currency !== null || q.percent !== null;
    if (!money && (this.timeAfter(q) || this.compoundModifier(q) || this.secondPartOfMeasure(q))) return q.end;
    if (q.scale > 1 || money) return 0;
    // "aged between 18 and 34", "aged over 60": an age word before the approximator.
    if (prefixed) return this.ageBracket(q) || (ageLike(q) && word(this.toks[opening - 1], ...this.lex.ageWords)) ? q.end : 0;
    if (this.dayOfMonth(q) || this.age(q) || this.rankPosition(q) || this.knownSmallSet(q) || this.listNumber(q)) return q.end;
    if (this.labelled(q) || this.placeAfterNumberLabel(q)) return q.end;
    if (this.abbreviatedLabel(q)) return this.referenceEnd(q.end);
    if (this.streetNumber(q) || this.nameInWords(q) || this.codeAfterWord(q)) return q.end;
    const chunk = this.chunk(q.end, false);
    if (this.partOfName(q, chunk) || this.opensName(q, chunk) || this.modelNumber(q, chunk) || this.setMemberInWords(q)) return q.end;
    return 0;
  }

  /** "two years", "45-year-old", "two successive quarters", "three times", "1200 GMT", "10 am": a duration, an age, a multiple or a time. */
  private timeAfter(q: Quantity): boolean {
    const { toks, lex } = this;
    const unitAt = tightDash(toks[q.end]) ? q.end + 1 : q.end;
    const u = toks[unitAt];
    if (!u) return false;
    // (A plural noun is no modifier of the unit, but an adjective in -s is: "47 continuous years", review 96.)
    const modifiedUnit = u.kind === 'word' && !lex.chunkStops.has(u.lower) && lex.timeUnits.has(toks[unitAt + 1]?.lower ?? '') && (!u.lower.endsWith('s') || this.tagged(u)?.pos === 'ADJ');
    return lex.timeUnits.has(u.lower) || modifiedUnit || word(u, 'times') || lex.timeWords.has(u.lower) || dottedClock(toks, unitAt);
  }

  /** "one-off", "four-letter": the number opens a hyphenated modifier (not "10-strong", a count). */
  private compoundModifier(q: Quantity): boolean {
    const w = this.toks[q.end + 1];
    return tightDash(this.toks[q.end]) && w?.kind === 'word' && !w.gap && w.lower !== 'strong';
  }

  /** "5 feet, 10 inches", "7lb 4 ounces": the second part of one measure; the first carries any finding. */
  private secondPartOfMeasure(q: Quantity): boolean {
    const { toks, lex } = this;
    const partAt = sym(toks[q.first - 1], ',') ? q.first - 2 : q.first - 1;
    const unitAfter = q.measure ? toks[q.end - 1] : toks[q.end];
    if (q.words || !unitAfter || !lex.measure.has(unitAfter.lower) || toks[partAt - 1]?.kind !== 'num') return false;
    const before = toks[partAt];
    const ounces = lex.measure.get(unitAfter.lower) === 'oz';
    return before?.kind === 'word' && (lex.measure.has(before.lower) || (ounces && before.lower === 'pounds'));
  }

  /**
   * "people over 60", "those under 18", "where council tax payers are over 65" (review 107): an age bracket, not a
   * count — a bare whole number after "over", "under", "above" or "below" that stands after a noun of people or
   * completes a form of "be" (from MIN_BRACKET_AGE), with no noun after it; or "under" one below YOUTH_AGE_MAX before
   * a noun of young people ("under 14 boys", lex.youngPeopleNouns).
   */
  private ageBracket(q: Quantity): boolean {
    const toks = this.toks;
    if (!ageLike(q) || !word(toks[q.first - 1], 'over', 'under', 'above', 'below')) return false;
    // "a tournament for under 14 boys" (review 119): the age group of the young people named right after it.
    if (q.value < YOUTH_AGE_MAX && word(toks[q.first - 1], 'under') && this.lex.youngPeopleNouns.has(toks[q.end]?.lower ?? '')) return true;
    if (this.chunk(q.end, false).head) return false;
    return this.lex.personNouns.has(toks[q.first - 2]?.lower ?? '') || (q.value >= MIN_BRACKET_AGE && this.peopleAre(toks[q.first - 2]));
  }

  /**
   * Whether `t` is a form of "be" whose subject is people: a pronoun ("who is under 18", "they are over 70"), a noun
   * of people (lex.personNouns) or a plural agent noun ("payers", "motorists": AGENT_SUFFIX on its lemma).
   */
  private peopleAre(t: Token | undefined): boolean {
    const layer = this.layer;
    const at = t ? layer.tokenAt(t.start) : -1;
    if (at < 1 || layer.tokens[at].lemma !== 'be' || verbGroupAt(layer, at)?.last !== at) return false;
    const subject = subjectBefore(layer, this.prose, verbGroupAt(layer, at)!.first, layer.sentences[layer.tokens[at].sentence]?.first ?? 0);
    const head = subject && layer.tokens[subject.head];
    if (!head) return false;
    const written = this.prose.slice(head.start, head.end).toLowerCase();
    return head.pos === 'PRON' || this.lex.personNouns.has(written) || (written !== head.lemma && AGENT_SUFFIX.test(head.lemma));
  }

  /** "September 11", "Sept. 12", "11 September": the day of a month (capitalised). */
  private dayOfMonth(q: Quantity): boolean {
    const { toks, lex } = this;
    const prev = toks[q.first - 1];
    const before = sym(prev, '.') ? toks[q.first - 2] : prev;
    const month = (t: Token | undefined) => !!t && lex.months.has(t.lower) && isCapitalised(t);
    return !q.words && q.value <= 31 && (month(before) || month(toks[q.end]));
  }

  /** A person's age: stated ("aged 27", "at the age of 27", "at the age of just 28"), turned, reached in a clause, or set off by commas. */
  private age(q: Quantity): boolean {
    const toks = this.toks;
    // ("at the age of just 28", "aged only 15": an adverb between the age word and the number; review 92.)
    const at = this.tagged(toks[q.first - 1])?.pos === 'ADV' ? q.first - 1 : q.first;
    const prev = toks[at - 1];
    const stated = word(prev, ...this.lex.ageWords) || (word(prev, 'of') && word(toks[at - 2], ...this.lex.ageWords));
    return stated || this.youngPeoplesAge(q) || this.turnedAge(q) || this.clauseAge(q) || this.apposedAge(q) || this.ruledAge(q) || this.changedAge(q);
  }

  /**
   * "raise the pension age for council workers from 60 to 65", "lower the voting age to 16" (review 109): a bare whole
   * number after "from" or "to" (the second of "from 60 to 65" too), with no noun after it, whose phrase hangs on an
   * age word (lex.ageWords) at most AGE_REACH words back, only words between: the age a rule sets, not a count.
   */
  private changedAge(q: Quantity): boolean {
    const toks = this.toks;
    let k = q.first - 1;
    // (The cheap tests first: a line of bare numbers asks this of every one.)
    if (!word(toks[k], 'from', 'to') || !ageLike(q) || marked(q) || q.scale !== 1) return false;
    // ("from 60 | to 65": the second end reads back past the first.)
    if (word(toks[k], 'to') && toks[k - 1]?.kind === 'num' && word(toks[k - 2], 'from')) k -= 2;
    for (let i = k - 1; i >= Math.max(0, k - AGE_REACH); i--) {
      if (toks[i].kind !== 'word') return false;
      if (this.lex.ageWords.has(toks[i].lower)) return !this.chunk(q.end, false).head;
    }
    return false;
  }

  /**
   * "the voting age is 18", "the age of majority was reduced to 18", "the minimum age will rise to 16" (review 96): a
   * bare whole number that completes a clause (right after its verb group, or after "to" past it) whose subject's head
   * is an age word (lex.ageWords), read from the layer (attribution.ts subjectBefore): the age a rule sets, not a count.
   */
  private ruledAge(q: Quantity): boolean {
    if (!ageLike(q) || marked(q) || q.scale !== 1) return false;
    const layer = this.layer;
    const at = layer.tokenAt(this.toks[q.first].start);
    if (at < 1 || layer.tokens[at].start !== this.toks[q.first].start) return false;
    const to = this.prose.slice(layer.tokens[at - 1].start, layer.tokens[at - 1].end).toLowerCase() === 'to';
    const group = verbGroupAt(layer, to ? at - 2 : at - 1);
    if (!group || group.last !== (to ? at - 2 : at - 1)) return false;
    const sentenceFirst = layer.sentences[layer.tokens[at].sentence]?.first ?? 0;
    const subject = subjectBefore(layer, this.prose, group.first, sentenceFirst);
    if (!subject || !this.lex.ageWords.has(layer.tokens[subject.head].lemma)) return false;
    // ("the average age of a gamer being 29" is a statistic of a population, which needs its source.)
    for (let k = subject.first; k < subject.head; k++) if (AVERAGES.has(layer.tokens[k].lemma)) return false;
    return true;
  }

  /**
   * "kids of 15, 16, 17", "boys of 12 and 13": a number after "of" and a noun of young people (lex.youngPeopleNouns),
   * or listed after such a number, with no plural noun after it, is their age (review 75).
   */
  private youngPeoplesAge(q: Quantity): boolean {
    const toks = this.toks;
    let k = q.first - 1;
    // Back over the ages listed before it ("15, 16," before "17").
    while (k >= 2 && (sym(toks[k], ',') || word(toks[k], 'and', 'or')) && toks[k - 1]?.kind === 'num') k -= 2;
    // ("children of 12 families" counts the families.)
    return ageLike(q) && q.value < 20 && word(toks[k], 'of') && this.lex.youngPeopleNouns.has(toks[k - 1]?.lower ?? '') && !this.pluralNounAt(q.end);
  }

  /**
   * "until the child turns 18", "Anyone who turns 65 qualifies", "those turning 18" (which the tagger may read as a
   * noun): an age, whoever turns it ("turned 300 fans away" counts).
   */
  private turnedAge(q: Quantity): boolean {
    const prev = this.toks[q.first - 1];
    const turn = this.tagged(prev)?.lemma === 'turn' || TURN_FORMS.has(prev?.lower ?? '');
    return ageLike(q) && turn && !(this.chunk(q.end, false).plural && this.tagged(this.toks[q.end])?.pos === 'NOUN');
  }

  /**
   * "legally adults at 18", "retire at 65" (a life-stage word before "at"), "when she will be 34." ("be"/"turns" and a
   * number that ends a clause about a person, a personal pronoun its subject; "the toll will be 34." is a count).
   * Any form of "be" with "he", "she" or "I" as its subject, perhaps an adverb between, and the number ending its
   * clause before a comma, a conjunction or the next clause's subject too: "By the time he was 40, …", "He is now 65
   * and …", "she was 12 when", "by the time she was 30 she ran" ("we were 40" may count a group).
   */
  private clauseAge(q: Quantity): boolean {
    const { toks, lex } = this;
    if (!ageLike(q) || q.value < 10 || this.chunk(q.end, false).head) return false;
    const prev = toks[q.first - 1];
    const next = toks[q.end];
    if (word(prev, 'at') && this.cueBefore(q.first - 1, lex.lifeStageWords, 5)) return true;
    // "raise the pension age to 67", "the voting age will fall to 16": an age set by a rule.
    if (word(prev, 'to') && this.cueBefore(q.first - 1, lex.ageWords, 4)) return true;
    const clauseEnd = !next || sym(next, '.', ';', '!', '?');
    if (!!prev && lex.ageVerbs.has(prev.lower) && clauseEnd && [2, 3].some((d) => word(toks[q.first - d], ...lex.subjectPronouns))) return true;
    const verbAt = this.tagged(prev)?.pos === 'ADV' ? q.first - 2 : q.first - 1;
    const pos = this.tagged(next)?.pos;
    // …or the subject of the next clause: "by the time she was 30 she ran the firm".
    const ends = clauseEnd || sym(next, ',') || pos === 'CCONJ' || pos === 'SCONJ' || word(next, 'when', 'he', 'she', 'i', 'we', 'they');
    return ends && !q.measure && !q.percent && !q.currency && this.tagged(toks[verbAt])?.lemma === 'be' && word(toks[verbAt - 1], 'he', 'she', 'i');
  }

  /** "The prince, 20, …", "(45)", "Hale, now 44,", "Doherty, aged 26,": an age set off after a word. */
  private apposedAge(q: Quantity): boolean {
    const toks = this.toks;
    const opener = word(toks[q.first - 1], 'now', 'aged') ? 1 : 0;
    const prev = toks[q.first - 1 - opener];
    const next = toks[q.end];
    const word2 = toks[q.first - 2 - opener];
    if (!ageLike(q) || !sym(prev, ',', '(') || word2?.kind !== 'word') return false;
    return sym(next, ',', ')') || (isCapitalised(word2) && (!next || sym(next, '.', ';')));
  }

  /** "the 10 authors", "Of the 10 or so images": a small set the reader already knows, in digits as in words. */
  private knownSmallSet(q: Quantity): boolean {
    const prev = this.toks[q.first - 1];
    return !q.words && Number.isInteger(q.value) && q.value <= 10 && !!prev && this.lex.setDeterminers.has(prev.lower);
  }

  /** List numbering at a line start: "1." / "2)". */
  private listNumber(q: Quantity): boolean {
    const next = this.toks[q.end];
    if (q.words || !sym(next, '.', ')') || next.gap) return false;
    const start = this.toks[q.numToken].start;
    const before = this.prose.slice(Math.max(0, start - 40), start);
    return [...before.slice(before.lastIndexOf('\n') + 1)].every((c) => c === ' ' || c === '\t');
  }

  /** Names: "Radio 4", "Article 50", "No 10", "number 10": a label noun before the number. */
  private labelled(q: Quantity): boolean {
    const prev = this.toks[q.first - 1];
    return !!prev && this.lex.labelNouns.has(prev.lower) && (isCapitalised(prev) || prev.lower === 'number');
  }

  /**
   * "number one in the UK and 12 in the US": a place joined to a "number N" before it shares its label. (Not a count
   * of a noun: "number one and 12 staff".)
   */
  private placeAfterNumberLabel(q: Quantity): boolean {
    return !q.words && word(this.toks[q.first - 1], 'and', 'or') && this.afterNumberLabel(q.first - 1) && !this.chunk(q.end, false).head;
  }

  /**
   * Abbreviated labels: "No. 40871-048", "Art. 50", a bill's "S. 2155" (a lone letter only with no counted noun:
   * "Plan B. 300 staff …" is a new sentence).
   */
  private abbreviatedLabel(q: Quantity): boolean {
    const prev = this.toks[q.first - 1];
    const label = this.toks[q.first - 2];
    if (!sym(prev, '.') || prev.gap || !label || !isCapitalised(label)) return false;
    return this.lex.labelNouns.has(label.lower) || (label.text.length === 1 && !this.chunk(q.end, false).head);
  }

  /** "10 Downing Street": a house number before a capitalised street name. */
  private streetNumber(q: Quantity): boolean {
    return isCapitalised(this.toks[q.end]) && this.lex.streetWords.has(this.toks[q.end + 1]?.lower ?? '');
  }

  /** "Guildford Four", "the Group of Seven": a capitalised number word within a sentence is a name. */
  private nameInWords(q: Quantity): boolean {
    return q.words && isCapitalised(this.toks[q.numToken]) && !this.sentenceStart(q.first);
  }

  /** "Catch-22", "A320-200": a code after a word and a dash, or after digits glued to letters. */
  private codeAfterWord(q: Quantity): boolean {
    const toks = this.toks;
    const before = toks[q.first - 2];
    if (!tightDash(toks[q.first - 1]) || !before) return false;
    return before.kind === 'word' || (before.kind === 'num' && !before.gap && toks[q.first - 3]?.kind === 'word');
  }

  /**
   * A bare number in a name: after a capitalised word with no counted noun ("BBC Radio 4", "Half-Life 2 feels") or
   * with a capitalised one ("Fathers 4 Justice"), after a name before a singular noun ("Commodore 64 computer"), inside
   * a name (insideName), or in a list of versions.
   */
  private partOfName(q: Quantity, chunk: { head: string | null; measure: string | null; plural: boolean }): boolean {
    if (q.words) return false;
    const prev = this.toks[q.first - 1];
    // ("The groundbreaking Commodore 64 computer": after a name, a number above one before a singular noun is the
    // name's, a model's; a count would take the plural.)
    if (isCapitalised(prev) && this.tagged(prev)?.pos === 'PROPN' && !this.tagged(prev)?.sentenceFirst && !q.measure && Number.isInteger(q.value) && q.value !== 1 && this.singularHead(chunk)) return true;
    // ("Rooney 68, Dunne 75 og": a goal's minute after the scorer, perhaps with a scoring note, lex.scoringNotes.)
    // ("At times Half-Life 2 feels like a film": a verb right after the number leaves it no counted noun.)
    const headless = !chunk.head || startsUpper(chunk.head) || this.lex.scoringNotes.has(chunk.head) || this.tagged(this.toks[q.end])?.pos === 'VERB';
    if (isCapitalised(prev) && !this.sentenceStartWordIsFunction(prev) && headless) return true;
    return !q.measure && (this.insideName(q.first, q.end) || this.versionList(q.first));
  }

  /** Whether `chunk` has a lower-case head noun in the singular, no unit and no plural of the same form ("computer", not "staff" or "aircraft"; lex.irregularPlurals). */
  private singularHead(chunk: { head: string | null; measure: string | null; plural: boolean }): boolean {
    const head = chunk.head;
    return !!head && !chunk.measure && !chunk.plural && head === head.toLowerCase() && !this.lex.irregularPlurals.has(head) && !/[^s]s$/u.test(head);
  }

  /**
   * A bare number that opens a name rather than counting: "50 Cent", "6 Music", "19 Management" (a whole number other
   * than one before a singular capitalised noun that ends its phrase, where a count would take a plural), "21 Grams",
   * "Three Degrees star" (a unit written in Title Case), ", The 39 Steps," (a capitalised "The" within a sentence opens
   * a title), "12 Angry Men (1957)" (capitalised words and a year in brackets, titleWithYear). Not in a Title-Case line
   * (a capitalised word other than "The" before the number, or after the noun), not before a weekday or month ("202
   * Friday"), a people's name ("5,000 Chinese": the recogniser's gazetteer of demonyms,
   * data/entity-nationality-adjectives.txt, data/entity-peoples-languages.txt) or a possessive that owns a plural
   * ("3,027,330 Rally's shares"). The name ("50 Cent") is remembered in `models`, so the article's other mentions of it
   * are names too ("Rapper 50 Cent scores chart first").
   */
  private opensName(q: Quantity, chunk: { measure: string | null }): boolean {
    const { toks } = this;
    const noun = toks[q.end];
    if (!isCapitalised(noun) || isAllCapitals(noun.text)) return false;
    const prev = toks[q.first - 1];
    const after = toks[q.end + 1];
    const named = (yes: boolean) => {
      if (yes) this.models.add(`${toks[q.numToken].text} ${withoutPossessive(noun.text)}`);
      return yes;
    };
    if (isCapitalised(prev) && !this.tagged(prev)?.sentenceFirst) return named(prev.lower === 'the');
    if (this.titleWithYear(q.end)) return named(true);
    if (isCapitalised(after) || tightDash(after)) return false;
    if (chunk.measure) return named(/^\p{Lu}\p{Ll}+$/u.test(noun.text));
    if (q.words || q.value === 1 || !isDigits(toks[q.numToken].text) || !this.endsNamePhrase(q.end)) return false;
    return named(this.singularName(noun));
  }

  /**
   * "Henry Fonda in 12 Angry Men (1957)" (review 119): capitalised words from token `k`, TITLE_WORDS_MAX at most, then a
   * year in brackets — a work's title and the year it came out.
   */
  private titleWithYear(k: number): boolean {
    const toks = this.toks;
    let end = k;
    while (end < k + TITLE_WORDS_MAX && isCapitalised(toks[end])) end++;
    const year = toks[end + 1];
    return end > k && sym(toks[end], '(') && year?.kind === 'num' && /^(?:1[89]|20)\d\d$/u.test(year.text) && sym(toks[end + 2], ')');
  }

  /**
   * Whether the capitalised noun `noun` is singular and no weekday, month or people's name (a count would take a
   * plural: "50 Cent", not "5,000 Chinese"), as the tagger reads it.
   */
  private singularName(noun: Token): boolean {
    const bare = withoutPossessive(noun.text);
    const lower = bare.toLowerCase();
    const pos = this.tagged(noun)?.pos;
    if ((pos !== 'PROPN' && pos !== 'NOUN') || /[^s]s$/u.test(bare) || this.lex.weekdays.has(lower) || this.lex.months.has(lower)) return false;
    return !isNationality(bare) && !readWordList('entity-nationality-adjectives.txt').has(bare) && !readWordList('entity-peoples-languages.txt').has(bare);
  }

  /**
   * Whether the phrase of the capitalised noun at token `k` ends there: punctuation, or a verb, preposition other than
   * "of", adverb, pronoun or determiner after it; after a possessive ("50 Cent's"), anything but a plural it owns.
   */
  private endsNamePhrase(k: number): boolean {
    const after = this.toks[k + 1];
    if (!after) return true;
    if (endsPossessive(this.toks[k].text)) return !(after.kind === 'word' && after.text === after.lower && /[^s]s$/u.test(after.text));
    if (after.kind !== 'word') return after.kind === 'sym';
    const pos = this.tagged(after)?.pos;
    return after.lower !== 'of' && !!pos && !NAME_PHRASE_GOES_ON.has(pos);
  }

  /** A number word that names one of a known set: "one", after a set determiner or a possessive, or before "of" ("two of the"). */
  private setMemberInWords(q: Quantity): boolean {
    if (!q.words) return false;
    const prev = this.toks[q.first - 1];
    if (this.toks[q.numToken].lower === 'one' && q.scale === 1) return true;
    if (prev && (this.lex.setDeterminers.has(prev.lower) || prev.lower.endsWith("'s"))) return true;
    return word(this.toks[q.end], 'of');
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
    if (head.kind !== 'num' || !name || name.kind !== 'word' || ![...name.text].some((c) => startsUpper(c)) || !head.gap || this.sentenceStart(k - 1)) return false;
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
    const n = this.toks[q.numToken];
    if (q.words || q.scale !== 1 || q.currency || q.percent || q.measure || chunk.measure || !isDigits(n.text)) return false;
    if (this.afterSlashedName(q)) return true;
    const long = n.text.length >= 5 && !n.text.startsWith('0') && !chunk.plural;
    const model = long || (q.value >= 2 && this.singleNounAfter(q, chunk.plural) && this.determinedBefore(q)) || this.listedModels(q, chunk.head);
    if (model) this.models.add(n.text);
    return model;
  }

  /**
   * "two Nokia handsets - the 3230 and 7710 -": numbers of three or four digits that count nothing (no noun after),
   * the first after a determiner and joined by "and" or "or" to the next, name models; so does the next, after a model
   * number and "and".
   */
  private listedModels(q: Quantity, head: string | null): boolean {
    const { toks } = this;
    const n = toks[q.numToken].text;
    if (head || n.length < MODEL_DIGITS || n.length > MODEL_DIGITS + 1 || n.startsWith('0')) return false;
    const next = toks[q.end + 1];
    // ("the 400 and 800 staff" counts staff: the second number must count nothing either.)
    if (this.determinedBefore(q) && word(toks[q.end], 'and', 'or') && next?.kind === 'num' && isDigits(next.text) && next.text.length >= MODEL_DIGITS) return !this.chunk(q.end + 2, false).head;
    return word(toks[q.first - 1], 'and', 'or') && this.models.has(toks[q.first - 2]?.text ?? '');
  }

  /** "PS/2": digits after a capitalised name and a slash, all written together. */
  private afterSlashedName(q: Quantity): boolean {
    const prev = this.toks[q.first - 1];
    return sym(prev, '/') && !this.toks[q.numToken].gap && !prev.gap && isCapitalised(this.toks[q.first - 2]);
  }

  /** One singular common noun after the number (in lower case, or in capitals: "an old 386 PC"), and no noun after that one ("the 25 member states" counts states). */
  private singleNounAfter(q: Quantity, plural: boolean): boolean {
    const noun = this.toks[q.end];
    const tag = this.tagged(noun);
    // A noun in lower case that is its own lemma, or one in capitals ("an old 386 PC"; "PCs" is the plural).
    const lowerNoun = tag?.pos === 'NOUN' && noun.text === noun.lower && tag.lemma === noun.lower;
    const capitals = (tag?.pos === 'NOUN' || tag?.pos === 'PROPN') && noun.text.length > 1 && isAllCapitals(noun.text);
    if (plural || !noun || !tag || !(lowerNoun || capitals)) return false;
    return !this.lex.irregularPlurals.has(noun.lower) && !['NOUN', 'PROPN', 'NUM'].includes(this.tagged(this.toks[q.end + 1])?.pos ?? '');
  }

  /** A determiner or possessive before the number, perhaps past one adjective or participle ("its new 6230 handset", "the 16-bit 8088 chip", "a battered 486 PC"). */
  private determinedBefore(q: Quantity): boolean {
    const toks = this.toks;
    const prev = toks[q.first - 1];
    if (!prev) return false;
    const compound = prev.kind === 'word' && tightDash(toks[q.first - 2]);
    // An adjective, or a participle the tagger left a verb ("a battered 486 PC").
    const modifier = this.tagged(prev)?.pos === 'ADJ' || (this.tagged(prev)?.pos === 'VERB' && prev.text === prev.lower && prev.lower.endsWith('ed'));
    const opener = compound ? toks[q.first - 4] : modifier ? toks[q.first - 2] : prev;
    return !!opener && (this.tagged(opener)?.pos === 'DET' || this.lex.setDeterminers.has(opener.lower) || endsPossessive(opener.text));
  }

  /** Digits read as a model number somewhere in the article (modelNumber). */
  readonly models = new Set<string>();

  /**
   * A place in a ranking, an ordinal written as a cardinal: after the verb or noun "rank" ("is ranked 31 in the
   * world", "a rank of 12"), or before "in the … rankings" (lex.rankingNouns: "climbed to 31 in the Fifa world
   * rankings", "at 3 in the charts"). Only a bare whole number with no counted noun after it. Or the band of a
   * ranking after "top", counted noun or not: "nine UK top 30 singles", "reached the top 10", "a top five finish".
   */
  private rankPosition(q: Quantity): boolean {
    const { toks, lex } = this;
    const prev = toks[q.first - 1];
    if (word(prev, 'top') && Number.isInteger(q.value) && !this.verbTop(q.first - 1)) return true;
    if (q.words || !Number.isInteger(q.value) || this.chunk(q.end, false).head) return false;
    if (this.tagged(word(prev, 'of') ? toks[q.first - 2] : prev)?.lemma === 'rank') return true;
    if (this.afterRankingNoun(q.first)) return true;
    if (!word(toks[q.end], 'in')) return false;
    for (let k = q.end + 1; k <= q.end + 5 && toks[k]?.kind === 'word'; k++) if (lex.rankingNouns.has(toks[k].lower)) return true;
    // "has risen from 31 in the world to number 22", "climbed to 12 in the world": a place moved from, to or held at
    // (review 54); "there are only 5 in the world" counts.
    return RANK_MOVES.has(prev?.lower ?? '') && word(toks[q.end + 1], 'the') && word(toks[q.end + 2], 'world');
  }

  /**
   * Whether a ranking noun (lex.rankingNouns, "ranking", "standings") stands before the number at token `first`, with
   * at most RANKING_LINKS words between, none of them a noun, name or number: "With his ranking down at 168", "his
   * world ranking fell to 31", "a ranking of 12" (review 85).
   */
  private afterRankingNoun(first: number): boolean {
    const { toks, lex } = this;
    for (let k = first - 1; k >= Math.max(0, first - 1 - RANKING_LINKS); k--) {
      const t = toks[k];
      if (!t || t.kind !== 'word') return false;
      if (lex.rankingNouns.has(t.lower)) return t.lower.startsWith('rank');
      const pos = this.tagged(t)?.pos;
      if (!pos || pos === 'NOUN' || pos === 'PROPN' || pos === 'NUM' || pos === 'PRON') return false;
    }
    return false;
  }

  /** Whether "top" at token `i` is the verb ("expects sales to top 500,000", "will top £5m", "Sales top 20,000"), not a ranking's band. */
  private verbTop(i: number): boolean {
    const k = this.layer.tokenAt(this.toks[i].start);
    if (k < 0) return false;
    const top = this.layer.tokens[k];
    const before = this.layer.tokens[k - 1];
    if (top.pos === 'VERB') return true;
    return !!before && before.sentence === top.sentence && (before.pos === 'AUX' || before.pos === 'NOUN' || (before.pos === 'PART' && before.lemma === 'to'));
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
    return !p || holdsAny(p.text, SENTENCE_BREAKS) || this.prose.slice(p.end, this.toks[i].start).includes('\n');
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
      if (lex.irregularPlurals.has(lower) || (t.text === t.lower && pluralEnding(lower) && !SINGULAR_S_ENDINGS.some((e) => lower.endsWith(e)) && !lower.includes("'"))) {
        head = text;
        plural = true;
        k = next;
        break;
      }
      mods.push({ text, lower });
      k = next;
    }
    if (!head && !measure && mods.length === 1 && !modifierEnding(mods[0].lower)) head = mods.pop()!.text;
    let place = '';
    if (head && word(toks[k], 'in', 'at', 'from', 'on') && isCapitalised(toks[k + 1])) place = `${toks[k].lower} ${toks[k + 1].lower}`;
    const qualifier = [...(head ? mods.map((m) => m.lower) : []), (head ?? measure ?? '').toLowerCase(), place].filter(Boolean).join(' ');
    return { head, measure, plural, qualifier };
  }
}

/** Whether token `t` is four digits that read as a time on the 24-hour clock (hours 00–23, minutes 00–59): "2200", "0700". */
function clockDigits(t: Token | undefined): boolean {
  if (t?.kind !== 'num' || t.text.length !== 4 || !isDigits(t.text)) return false;
  return Number(t.text.slice(0, 2)) < 24 && Number(t.text.slice(2)) < 60;
}

/**
 * "a curfew between 2200 and 0700", "from 2300 to 0600" (review 107): two times on the 24-hour clock joined by "and",
 * "to", "until" or a dash, one written with a leading zero, which no count or sum has. No figure: the token after the
 * second time, or 0.
 */
function clockRangeEnd(toks: readonly Token[], at: number): number {
  const [a, sep, b] = [toks[at], toks[at + 1], toks[at + 2]];
  if (!clockDigits(a) || !sep || !(isDash(sep) || word(sep, 'and', 'to', 'until', 'till')) || !clockDigits(b)) return 0;
  return a.text.startsWith('0') || b.text.startsWith('0') ? at + 3 : 0;
}

/** Whether tokens from `at` spell "a.m." or "p.m." (the figure tokens split them at the full stops: "10 p.m. Wednesday"). */
function dottedClock(toks: readonly Token[], at: number): boolean {
  return CLOCK_LETTERS.has(toks[at]?.lower ?? '') && toks[at + 1]?.text === '.' && toks[at + 2]?.lower === 'm' && !toks[at + 1].gap && !toks[at + 2].gap;
}

/** The first letters of "a.m." and "p.m.". */
const CLOCK_LETTERS = new Set(['a', 'p']);
