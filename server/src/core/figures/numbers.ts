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
  if (t.kind === 'num') {
    const prev = toks[i - 1];
    // "A380", "G8", "3G": letters glued to digits make a name or a code.
    if (prev && !t.gap && prev.kind === 'word') return { kind: 'not-a-figure', end: i + 1 };
    if (prev && !t.gap && sym(prev, ':', '/') && toks[i - 2]?.kind === 'num') return { kind: 'not-a-figure', end: i + 1 };
    let value = Number(t.text.replace(/,/g, ''));
    let end = i + 1;
    let scale = 1;
    let measure: string | null = null;
    let minor: [string, number] | null = null;
    let ambiguousM = false;
    const next = toks[end];
    if (next && !next.gap) {
      if (next.kind === 'word') {
        const suffix = next.lower;
        if (lex.ordinalSuffixes.has(suffix) || suffix === 's' || suffix === "'s" || lex.timeWords.has(suffix)) return { kind: 'not-a-figure', end: end + 1 };
        if (lex.scaleSuffixes.has(suffix)) {
          scale = lex.scaleSuffixes.get(suffix)!;
          ambiguousM = suffix === 'm';
          end++;
        } else if (lex.minorUnits.has(suffix)) {
          minor = lex.minorUnits.get(suffix)!;
          end++;
        } else if (lex.measure.has(suffix) && (suffix.length > 1 || next.text === (suffix === 'c' || suffix === 'f' ? suffix.toUpperCase() : suffix))) {
          measure = lex.measure.get(suffix)!;
          end++;
        } else return { kind: 'not-a-figure', end: end + 1 };
      } else if (sym(next, ':') && toks[end + 1]?.kind === 'num' && !toks[end + 1].gap) {
        return { kind: 'not-a-figure', end: end + 2 }; // a time or a score: 14:39, 7:30
      } else if (sym(next, '/') && toks[end + 1]?.kind === 'num' && !toks[end + 1].gap) {
        return { kind: 'not-a-figure', end: end + 2 }; // a date or season: 9/11, 2004/05
      }
    }
    // "31 7/8", "112 5/8": a stock price in eighths (US copy before decimal prices) is one number with its fraction.
    const [numerator, slash, denominator] = [toks[end], toks[end + 1], toks[end + 2]];
    if (end === i + 1 && Number.isInteger(value) && numerator?.kind === 'num' && numerator.gap && sym(slash, '/') && !slash.gap && denominator?.kind === 'num' && !denominator.gap) {
      const [n, d] = [Number(numerator.text), Number(denominator.text)];
      if (FRACTION_DENOMINATORS.has(d) && n > 0 && n < d) { value += n / d; end += 3; }
    }
    if (scale === 1 && !measure && !minor && lex.scaleWords.has(toks[end]?.lower ?? '') && toks[end].lower !== 'dozen') {
      scale = lex.scaleWords.get(toks[end].lower)!;
      end++;
      // "1.5 million million" does not occur; "a hundred thousand" style stacking only for words.
    }
    value *= scale;
    return { kind: 'number', value, end, scale, words: false, measure, minor, ambiguousM };
  }
  if (t.kind !== 'word') return null;
  let end = i;
  let total = 0;
  let current = 0;
  let seen = false;
  let scale = 1;
  // "a million", "an estimated" is not here: only "a/an" + scale word.
  if ((t.lower === 'a' || t.lower === 'an') && lex.scaleWords.has(toks[i + 1]?.lower ?? '')) { current = 1; end = i + 1; seen = true; }
  else if (t.lower === 'half' && word(toks[i + 1], 'a', 'an') && lex.scaleWords.has(toks[i + 2]?.lower ?? '') && toks[i + 2].lower !== 'hundred') {
    const s = lex.scaleWords.get(toks[i + 2].lower)!;
    return { kind: 'number', value: 0.5 * s, end: i + 3, scale: s, words: true, measure: null, minor: null, ambiguousM: false };
  }
  for (;;) {
    const w = toks[end];
    if (!w || w.kind !== 'word') break;
    if (lex.cardinals.has(w.lower) && (!seen || current % 10 === 0 || current >= 100 || scale > 1)) {
      current += lex.cardinals.get(w.lower)!;
      seen = true;
      end++;
      // "twenty-five": a glued hyphen between two cardinals
      if (sym(toks[end], '-', '\u2013') && !toks[end].gap && toks[end + 1] && !toks[end + 1].gap && lex.cardinals.has(toks[end + 1].lower) && lex.cardinals.get(w.lower)! >= 20) {
        current += lex.cardinals.get(toks[end + 1].lower)!;
        end += 2;
      }
      continue;
    }
    if (!seen) break;
    if (w.lower === 'hundred') { current = (current || 1) * 100; end++; continue; }
    if (lex.scaleWords.has(w.lower)) {
      const s = lex.scaleWords.get(w.lower)!;
      total += (current || 1) * s;
      scale = Math.max(scale, s);
      current = 0;
      end++;
      continue;
    }
    if (w.lower === 'and' && lex.cardinals.has(toks[end + 1]?.lower ?? '') && (current >= 100 || total > 0) && toks[end + 1].lower !== 'a') { end++; continue; }
    break;
  }
  if (!seen) return null;
  // "a half" style trailing tokens are handled by the fraction reader.
  return { kind: 'number', value: total + current, end, scale, words: true, measure: null, minor: null, ambiguousM: false };
}

/** A number with its currency, scale and percent words, starting at `i` (currency symbols may come first). */
export function readQuantity(toks: Token[], i: number, lex: Lexicon): Quantity | { notAFigure: number } | null {
  let k = i;
  let currency: string | null = null;
  const t = toks[k];
  if (!t) return null;
  if (t.kind === 'sym' && lex.currencySymbols.has(t.text)) { currency = lex.currencySymbols.get(t.text)!; k++; }
  else if (t.kind === 'word' && lex.prefixedSymbols.has(t.lower) && sym(toks[k + 1], '$') && !toks[k + 1].gap && t.text !== t.lower) {
    currency = lex.prefixedSymbols.get(t.lower)!; k += 2;
  } else if (t.kind === 'word' && lex.currencyCodes.has(t.lower) && (t.text === t.text.toUpperCase() || lex.currencyWords.has(t.lower)) && toks[k + 1]?.kind === 'num') {
    // A code in capitals ("USD 5", not "rs 5"), or a wire abbreviation that is also a word ("dlrs 1,667").
    currency = lex.currencyCodes.get(t.lower)!; k++;
  }
  if (currency && toks[k]?.kind !== 'num') return null;
  const n = readNumber(toks, k, lex);
  if (!n) return null;
  if (n.kind === 'not-a-figure') return { notAFigure: n.end };
  let end = n.end;
  let value = n.value;
  let percent: Quantity['percent'] = null;
  if (n.minor) { currency = n.minor[0]; value *= n.minor[1]; }
  const a = toks[end];
  if (!currency && !n.minor && !n.measure && a) {
    if (sym(a, '%')) { percent = '%'; end++; }
    else if (word(a, 'per') && word(toks[end + 1], 'cent')) { percent = '%'; end += 2; }
    else if (word(a, 'percent', 'pc')) { percent = '%'; end++; }
    else if (word(a, 'percentage') && word(toks[end + 1], 'point', 'points')) { percent = 'percentage points'; end += 2; }
    else if (word(a, 'point', 'points') && word(toks[end - 1], 'half', 'quarter')) { percent = 'percentage points'; end++; }
  }
  if (!percent && !n.minor && !n.measure) {
    const trailing = readCurrencyWord(toks, end, lex);
    if (trailing && (!currency || trailing.code === currency)) {
      if (trailing.minor) value *= trailing.minor;
      currency = trailing.code;
      end = trailing.end;
    }
  }
  return { first: i, end, value, scale: n.scale, currency, percent, measure: n.measure, words: n.words, numToken: k, ambiguousM: n.ambiguousM && !currency };
}

/** "dollars", "US dollars", "pence", "Canadian cents", "euros" after a number. */
function readCurrencyWord(toks: Token[], i: number, lex: Lexicon): { code: string; end: number; minor?: number } | null {
  const a = toks[i];
  if (!a || a.kind !== 'word') return null;
  for (const n of [3, 2]) {
    const words = toks.slice(i, i + n).map((x) => x.lower);
    const phrase = words.join(' ');
    if (lex.qualifiedCurrencyWords.has(phrase)) return { code: lex.qualifiedCurrencyWords.get(phrase)!, end: i + n };
    // "20 Canadian cents": the hundredth of the currency "Canadian dollars" names.
    const last = words[words.length - 1];
    if (words.length === n && (last === 'cents' || last === 'cent')) {
      const dollars = [...words.slice(0, -1), 'dollars'].join(' ');
      if (lex.qualifiedCurrencyWords.has(dollars)) return { code: lex.qualifiedCurrencyWords.get(dollars)!, end: i + n, minor: 0.01 };
    }
  }
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
