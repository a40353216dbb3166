// The number-phrase grammar: reads "nearly $5 billion", "30 per cent", "three million", "a third of", "one in five" from tokens.
import type { Lexicon, PhraseIndex } from './lexicon';
import type { Token } from './tokens';
import type { Span } from '../types';

/** One number expression with what is attached to it (currency, scale, percent), before any context decides whether it is a figure. */
export interface Quantity {
  /** Token range [first, end). */
  first: number;
  end: number;
  value: number;
  /** The multiplier a scale word or suffix contributed (1 when none), so a range can lend it to a bare lower bound. */
  scale: number;
  currency: string | null;
  percent: '%' | 'percentage points' | null;
  /** Unit glued to the digits or named right after them ("40km", "5 tonnes" are read by the chunker). */
  measure: string | null;
  /** Written in words ("three million"). */
  words: boolean;
  /** The number token itself, for context checks. */
  numToken: number;
  /** A glued "m" read as a scale only because no better reading existed ("40m people" vs the "5,000m" race). */
  ambiguousM: boolean;
}

export type NumberRead = { kind: 'number'; value: number; end: number; scale: number; words: boolean; measure: string | null; minor: [string, number] | null; ambiguousM: boolean }
  | { kind: 'not-a-figure'; end: number }
  | null;

const word = (t: Token | undefined, ...words: string[]) => !!t && t.kind === 'word' && words.includes(t.lower);
const sym = (t: Token | undefined, ...syms: string[]) => !!t && t.kind === 'sym' && syms.includes(t.text);

/** Denominators of the fractions stock prices were quoted in: halves to sixty-fourths. */
const FRACTION_DENOMINATORS: ReadonlySet<number> = new Set([2, 4, 8, 16, 32, 64]);
/** A whole number, a space and a fraction ("31 7/8"): numerator in group 1, denominator in group 2. */
const MIXED_FRACTION = /(?<![\d.,/])\d{1,4} ([1-9]\d?)\/(\d{1,2})(?![\d/])/g;

/**
 * The spans of `text` that are a whole number and a proper fraction in halves to sixty-fourths ("31 7/8", "112 5/8"),
 * as US share prices were quoted: the one number readNumber reads there, and no date ("5/8" is not 8 May).
 */
export function mixedFractions(text: string): Span[] {
  const out: Span[] = [];
  for (const m of text.matchAll(MIXED_FRACTION)) {
    const [n, d] = [Number(m[1]), Number(m[2])];
    if (FRACTION_DENOMINATORS.has(d) && n < d) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** Reads the bare number at `i`: digits with a glued suffix, or number words. */
export function readNumber(toks: Token[], i: number, lex: Lexicon): NumberRead {
  const t = toks[i];
  if (!t) return null;
  if (t.kind === 'num') return readDigits(toks, i, lex);
  return t.kind === 'word' ? readNumberWords(toks, i, lex) : null;
}

type NotAFigure = { kind: 'not-a-figure'; end: number };
/** What is glued to a number's digits, and the token after it. */
type Glued = { end: number; scale: number; measure: string | null; minor: [string, number] | null; ambiguousM: boolean };

const gluedNumber = (t: Token | undefined): t is Token => t?.kind === 'num' && !t.gap;

/** Digits at `i` with what is glued to them, a fraction in eighths and a scale word ("5bn", "40km", "31 7/8", "3 million"). */
function readDigits(toks: Token[], i: number, lex: Lexicon): NumberRead {
  const t = toks[i];
  const prev = toks[i - 1];
  // "A380", "G8", "3G": letters glued to digits make a name or a code; so do digits after "14:" or "9/".
  if (prev && !t.gap && (prev.kind === 'word' || (sym(prev, ':', '/') && toks[i - 2]?.kind === 'num'))) return { kind: 'not-a-figure', end: i + 1 };
  const glued = gluedAfter(toks, i + 1, lex);
  if ('kind' in glued) return glued;
  const { measure, minor, ambiguousM } = glued;
  let { end, scale } = glued;
  let value = Number(t.text.replaceAll(',', ''));
  const fraction = end === i + 1 && Number.isInteger(value) ? fractionAfter(toks, end) : null;
  if (fraction) { value += fraction.value; end = fraction.end; }
  if (scale === 1 && !measure && !minor && lex.scaleWords.has(toks[end]?.lower ?? '') && toks[end].lower !== 'dozen') {
    scale = lex.scaleWords.get(toks[end].lower)!;
    end++;
    // "1.5 million million" does not occur; "a hundred thousand" style stacking only for words.
  }
  value *= scale;
  return { kind: 'number', value, end, scale, words: false, measure, minor, ambiguousM };
}

/**
 * What stands glued to digits at token `end`: a word suffix (suffixOf), or, no figure, a time or a score ("14:39",
 * "7:30") or a date or season ("9/11", "2004/05"). Nothing glued reads as scale 1 ending at `end`.
 */
function gluedAfter(toks: Token[], end: number, lex: Lexicon): Glued | NotAFigure {
  const next = toks[end];
  if (next && !next.gap && next.kind === 'word') return suffixOf(next, end, lex);
  if (next && !next.gap && sym(next, ':', '/') && gluedNumber(toks[end + 1])) return { kind: 'not-a-figure', end: end + 2 };
  return { end, scale: 1, measure: null, minor: null, ambiguousM: false };
}

/**
 * A word glued to digits at token `at`: a scale suffix ("5bn", "40m"), a minor unit ("50p"), a unit ("40km", "20C");
 * no figure for an ordinal, a decade, a time or any other letters ("3rd", "1990s", "10am", "3G").
 */
function suffixOf(next: Token, at: number, lex: Lexicon): Glued | NotAFigure {
  const suffix = next.lower;
  const glued: Glued = { end: at + 1, scale: 1, measure: null, minor: null, ambiguousM: false };
  if (lex.ordinalSuffixes.has(suffix) || suffix === 's' || suffix === "'s" || lex.timeWords.has(suffix)) return { kind: 'not-a-figure', end: at + 1 };
  if (lex.scaleSuffixes.has(suffix)) return { ...glued, scale: lex.scaleSuffixes.get(suffix)!, ambiguousM: suffix === 'm' };
  if (lex.minorUnits.has(suffix)) return { ...glued, minor: lex.minorUnits.get(suffix)! };
  // A one-letter unit only as it is written: C and F in capitals ("20C"), the others in lower case ("5g").
  if (lex.measure.has(suffix) && (suffix.length > 1 || next.text === (suffix === 'c' || suffix === 'f' ? suffix.toUpperCase() : suffix))) return { ...glued, measure: lex.measure.get(suffix)! };
  return { kind: 'not-a-figure', end: at + 1 };
}

/**
 * "31 7/8", "112 5/8": a stock price in eighths (US copy before decimal prices) is one number with its fraction. The
 * fraction after a whole number ending before token `end`: its value and the token after it, or null.
 */
function fractionAfter(toks: Token[], end: number): { value: number; end: number } | null {
  const [numerator, slash, denominator] = [toks[end], toks[end + 1], toks[end + 2]];
  if (numerator?.kind !== 'num' || !numerator.gap || !sym(slash, '/') || slash.gap || !gluedNumber(denominator)) return null;
  const [n, d] = [Number(numerator.text), Number(denominator.text)];
  return FRACTION_DENOMINATORS.has(d) && n > 0 && n < d ? { value: n / d, end: end + 3 } : null;
}

/** A number in words read so far: the token it reached, the sum of its scaled parts, the part being read, its largest scale. */
interface WordsRead {
  end: number;
  total: number;
  current: number;
  seen: boolean;
  scale: number;
}

/** Number words at `i`: "three million", "twenty-five", "a hundred", "one hundred and five", "half a million". */
function readNumberWords(toks: Token[], i: number, lex: Lexicon): NumberRead {
  const t = toks[i];
  const r: WordsRead = { end: i, total: 0, current: 0, seen: false, scale: 1 };
  // "a million", "an estimated" is not here: only "a/an" + scale word.
  if ((t.lower === 'a' || t.lower === 'an') && lex.scaleWords.has(toks[i + 1]?.lower ?? '')) { r.current = 1; r.end = i + 1; r.seen = true; }
  else {
    const part = fractionOfScale(toks, i, lex);
    if (part) return { kind: 'number', value: part.value, end: part.end, scale: part.scale, words: true, measure: null, minor: null, ambiguousM: false };
  }
  let more = true;
  while (more) more = readNumberWord(toks, r, lex);
  if (!r.seen) return null;
  // "a half" style trailing tokens are handled by the fraction reader.
  return { kind: 'number', value: r.total + r.current, end: r.end, scale: r.scale, words: true, measure: null, minor: null, ambiguousM: false };
}

/**
 * A fraction of a scale word at token `i`: "half a million", "a quarter of a million", "three-quarters of a billion",
 * "a third of a trillion", and as US copy writes it "a half million", "a quarter billion" (a numerator "a", "an", "one" or a cardinal, perhaps hyphen-joined; the fraction word,
 * data/figures-numbers.json fractions; "of" but after a bare "half"; "a" or "an"; a scale word other than "hundred").
 * Its value is the fraction of the scale, and `end` the token after the scale word; null when none is written there.
 */
export function fractionOfScale(toks: Token[], i: number, lex: Lexicon): { value: number; end: number; scale: number } | null {
  let k = i;
  let numerator = 1;
  if (word(toks[k], 'a', 'an', 'one')) k++;
  else if (lex.cardinals.has(toks[k]?.lower ?? '') && toks[k].kind === 'word') { numerator = lex.cardinals.get(toks[k].lower)!; k++; }
  if (k > i && toks[k]?.kind === 'sym' && toks[k].text === '-' && !toks[k].gap) k++;
  const fraction = lex.fractions.get(toks[k]?.lower ?? '');
  // A numerator needs its fraction word ("a quarter"); "half" stands alone ("half a million").
  if (fraction === undefined || (k === i && toks[k].lower !== 'half')) return null;
  const direct = k > i ? directScale(toks, i, k, lex) : undefined;
  if (direct !== undefined) return { value: numerator * fraction * direct, end: k + 2, scale: direct };
  if (word(toks[k + 1], 'of')) k += 2;
  else if (toks[k].lower === 'half') k += 1;
  else return null;
  if (!word(toks[k], 'a', 'an')) return null;
  const scale = lex.scaleWords.get(toks[k + 1]?.lower ?? '');
  if (scale === undefined || toks[k + 1].lower === 'hundred') return null;
  return { value: numerator * fraction * scale, end: k + 2, scale };
}

/**
 * US copy's "a half million", "a quarter billion": the scale word (not "hundred") right after the fraction word at
 * token `k` of a fraction whose numerator opens at token `i`; undefined when none, or when the fraction is the tail of
 * a mixed number ("two and a half million", "one-and-a-half million"), which is no figure of its own.
 */
function directScale(toks: Token[], i: number, k: number, lex: Lexicon): number | undefined {
  const afterAnd = word(toks[i - 1], 'and') || (toks[i - 1]?.text === '-' && word(toks[i - 2], 'and'));
  return afterAnd || toks[k + 1]?.lower === 'hundred' ? undefined : lex.scaleWords.get(toks[k + 1]?.lower ?? '');
}

/** Reads the number word at `r.end` into `r` (a cardinal, "hundred", a scale word, or "and" before a cardinal); false when none is there. */
function readNumberWord(toks: Token[], r: WordsRead, lex: Lexicon): boolean {
  const w = toks[r.end];
  // (The mixed number first: its hyphen, "one-and-a-half", is no word.)
  if (r.seen && readAndAFraction(toks, r, lex)) return true;
  if (!w || w.kind !== 'word') return false;
  if (lex.cardinals.has(w.lower) && (!r.seen || r.current % 10 === 0 || r.current >= 100 || r.scale > 1)) {
    readCardinal(toks, r, lex);
    return true;
  }
  if (!r.seen) return false;
  if (w.lower === 'hundred') { r.current = (r.current || 1) * 100; r.end++; return true; }
  if (lex.scaleWords.has(w.lower)) { readScale(r, lex.scaleWords.get(w.lower)!); return true; }
  if (w.lower === 'and' && lex.cardinals.has(toks[r.end + 1]?.lower ?? '') && (r.current >= 100 || r.total > 0) && toks[r.end + 1].lower !== 'a') { r.end++; return true; }
  return false;
}

/**
 * "two and a half million", "one-and-a-half billion": "and a", a fraction word (data/figures-numbers.json fractions)
 * and a scale word after the cardinal read so far add the fraction to it, the scale word left to scale the whole
 * (2.5 million). Hyphens may join the words. Only before a scale word ("two and a half years" is a duration). Reads
 * the words into `r` and says whether it did.
 */
function readAndAFraction(toks: Token[], r: WordsRead, lex: Lexicon): boolean {
  const joined = (j: number) => (sym(toks[j], '-', '\u2013') && !toks[j].gap ? j + 1 : j);
  let k = joined(r.end);
  if (r.current === 0 || !word(toks[k], 'and')) return false;
  k = joined(k + 1);
  if (!word(toks[k], 'a')) return false;
  k = joined(k + 1);
  const fraction = lex.fractions.get(toks[k]?.lower ?? '');
  if (fraction === undefined || fraction >= 1 || !lex.scaleWords.has(toks[k + 1]?.lower ?? '')) return false;
  r.current += fraction;
  r.end = k + 1;
  return true;
}

/** Reads a scale word worth `s` ("million") at `r.end` into `r`: it scales the part read so far ("three million"). */
function readScale(r: WordsRead, s: number): void {
  r.total += (r.current || 1) * s;
  r.scale = Math.max(r.scale, s);
  r.current = 0;
  r.end++;
}

/** Reads the cardinal at `r.end` into `r`, with a second one after a glued hyphen ("twenty-five"). */
function readCardinal(toks: Token[], r: WordsRead, lex: Lexicon): void {
  const w = toks[r.end];
  r.current += lex.cardinals.get(w.lower)!;
  r.seen = true;
  r.end++;
  const dash = toks[r.end];
  const unit = toks[r.end + 1];
  if (sym(dash, '-', '\u2013') && !dash.gap && unit && !unit.gap && lex.cardinals.has(unit.lower) && lex.cardinals.get(w.lower)! >= 20) {
    r.current += lex.cardinals.get(unit.lower)!;
    r.end += 2;
  }
}

/** A number with its currency, scale and percent words, starting at `i` (currency symbols may come first). */
export function readQuantity(toks: Token[], i: number, lex: Lexicon): Quantity | { notAFigure: number } | null {
  if (!toks[i]) return null;
  const lead = leadingCurrency(toks, i, lex);
  const k = lead.k;
  let currency = lead.currency;
  if (currency && toks[k]?.kind !== 'num') return null;
  const n = readNumber(toks, k, lex);
  if (!n) return null;
  if (n.kind === 'not-a-figure') return { notAFigure: n.end };
  let end = n.end;
  let value = n.value;
  if (n.minor) { currency = n.minor[0]; value *= n.minor[1]; }
  const plain = !n.minor && !n.measure;
  const pct = !currency && plain ? percentAfter(toks, end) : null;
  if (pct) end = pct.end;
  const trailing = !pct && plain ? readCurrencyWord(toks, end, lex) : null;
  if (trailing && (!currency || trailing.code === currency)) {
    if (trailing.minor) value *= trailing.minor;
    currency = trailing.code;
    end = trailing.end;
  }
  return { first: i, end, value, scale: n.scale, currency, percent: pct?.percent ?? null, measure: n.measure, words: n.words, numToken: k, ambiguousM: n.ambiguousM && !currency };
}

/**
 * A currency before the number at `i`: a symbol ("$", "£"), a prefixed dollar ("US$", "A$"), or a code in capitals
 * ("USD 5", not "rs 5") or a wire abbreviation that is also a word ("dlrs 1,667"). Returns it (or null) and the token
 * its number starts at.
 */
function leadingCurrency(toks: Token[], i: number, lex: Lexicon): { currency: string | null; k: number } {
  const t = toks[i];
  if (t.kind === 'sym' && lex.currencySymbols.has(t.text)) return { currency: lex.currencySymbols.get(t.text)!, k: i + 1 };
  if (t.kind === 'word' && lex.prefixedSymbols.has(t.lower) && sym(toks[i + 1], '$') && !toks[i + 1].gap && t.text !== t.lower) {
    return { currency: lex.prefixedSymbols.get(t.lower)!, k: i + 2 };
  }
  if (t.kind === 'word' && lex.currencyCodes.has(t.lower) && (t.text === t.text.toUpperCase() || lex.currencyWords.has(t.lower)) && toks[i + 1]?.kind === 'num') {
    return { currency: lex.currencyCodes.get(t.lower)!, k: i + 1 };
  }
  return { currency: null, k: i };
}

/**
 * Percent words after a number ending at `end`: "%", "per cent", "percent", "pc" (in lower case: "an old 386 PC" is a
 * computer), "percentage points", a "half point".
 */
function percentAfter(toks: Token[], end: number): { percent: '%' | 'percentage points'; end: number } | null {
  const a = toks[end];
  if (sym(a, '%') || word(a, 'percent') || a?.text === 'pc') return { percent: '%', end: end + 1 };
  if (word(a, 'per') && word(toks[end + 1], 'cent')) return { percent: '%', end: end + 2 };
  if (word(a, 'percentage') && word(toks[end + 1], 'point', 'points')) return { percent: 'percentage points', end: end + 2 };
  if (word(a, 'point', 'points') && word(toks[end - 1], 'half', 'quarter')) return { percent: 'percentage points', end: end + 1 };
  return null;
}

/** "dollars", "US dollars", "pence", "Canadian cents", "euros" after a number. */
function readCurrencyWord(toks: Token[], i: number, lex: Lexicon): { code: string; end: number; minor?: number } | null {
  const a = toks[i];
  if (!a || a.kind !== 'word') return null;
  for (const n of [3, 2]) {
    const words = toks.slice(i, i + n).map((x) => x.lower);
    const phrase = words.join(' ');
    // (At the end of the text fewer than n words are left: "… 1.25 Canadian dollars" ends at its last token.)
    if (words.length === n && lex.qualifiedCurrencyWords.has(phrase)) return { code: lex.qualifiedCurrencyWords.get(phrase)!, end: i + n };
    // "20 Canadian cents": the hundredth of the currency "Canadian dollars" names.
    const last = words[words.length - 1];
    if (words.length === n && (last === 'cents' || last === 'cent')) {
      const dollars = [...words.slice(0, -1), 'dollars'].join(' ');
      if (lex.qualifiedCurrencyWords.has(dollars)) return { code: lex.qualifiedCurrencyWords.get(dollars)!, end: i + n, minor: 0.01 };
    }
  }
  // "40 euro cents": the hundredth of the currency the word names, not 40 euros.
  if (lex.currencyWords.has(a.lower) && word(toks[i + 1], 'cents', 'cent')) return { code: lex.currencyWords.get(a.lower)!, end: i + 2, minor: 0.01 };
  if (lex.currencyWords.has(a.lower)) {
    const end = a.lower === 'pounds' && word(toks[i + 1], 'sterling') ? i + 2 : i + 1;
    return { code: lex.currencyWords.get(a.lower)!, end };
  }
  if ((a.lower === 'pence' || a.lower === 'cents') && lex.minorUnits.has(a.lower)) {
    const [code, factor] = lex.minorUnits.get(a.lower)!;
    return { code, end: i + 1, minor: factor };
  }
  return null;
}

/** Matches one of `phrases` at `i`, longest first; returns its length or 0. */
export function matchPhrase(toks: Token[], i: number, phrases: PhraseIndex): number {
  const candidates = toks[i] ? phrases.get(toks[i].lower) : undefined;
  if (!candidates) return 0;
  outer: for (const p of candidates) {
    for (let j = 0; j < p.length; j++) if (toks[i + j]?.lower !== p[j]) continue outer;
    return p.length;
  }
  return 0;
}
