// Figures a desk does not ask to source (LABELLING.md, `needs_source: false`), read as kinds from the figures and
// the linguistic layer: a conversion in brackets, a headline figure the body gives again, a statistic of the game the
// article reports, and a fixed fact of record about a place or body.
import { inHeadline } from '../entities/headlines';
import { asideStart, firstTokenEndingAfter, isReportingGroup, languageOf, quotationAt, verbGroupAt, verbGroupsIn, type Language, type Token } from '../language';
import { subjectBefore } from './attribution';
import type { Article, FigureMention, NoSourceNeeded, Span } from '../types';
import type { Lexicon } from './lexicon';
import { isSportReport, isSportStatistic } from './sport';
import { endsPossessive, hasDigit, hasSpace, hasLetter, hasLetterOrDigit, isCapitalised, isDigits, wordsOf } from '../text/shape';
import { trimBlanks } from '../text/lines';
import { startsWithIgnoringCase } from '../text/names';
import { namesBodies } from '../entities/refine';
import { readWordList } from '../dataFiles';
import { WindowMemo } from '../text/segments';

/** Words that may stand between a figure's number and the bracket that converts it: its unit ("2,700 miles (4,345km)"). */
const UNIT_BEFORE_BRACKET = /^[ \t]*(?:\p{L}+[ \t]*){0,3}\([ \t]*(?:about|around|roughly|approximately|nearly|almost|some|c\.)?[ \t]*$/u;
/** An ATX heading line ("# Council to spend £4m") and a list item's line ("- Over five million households …"). */
const HEADING_LINE = /^ {0,3}#{1,6}[ \t]/;
const LIST_ITEM_LINE = /^ {0,3}(?:[-*+]|\d{1,9}[.)])[ \t]/;
/** How far apart an approximate summary figure and the body's may be and still be one figure (a fraction). */
const APPROXIMATE_RESTATEMENT = 0.2;
/** Possessives before a count of a place's or body's parts ("the borough's 17 wards", "its 27 member states"). */
const POSSESSIVE = new Set(["'s", '’s', "'", '’', 'its', 'their']);
/** How far left of a statistic its scoring verb may stand, in tokens ("scored a season-best 27 points"). */
const RESULT_REACH = 6;
/** How far left of a market figure its verb may stand ("closed up 23 points to 6661.89"), and how far left of that
 * verb the market's name ("The ISEQ index of leading shares closed"), in tokens. */
const MARKET_VERB_REACH = 14;
const MARKET_SUBJECT_REACH = 8;
const RELATIVES = new Set(['which', 'that', 'who']);
const CLAUSE_BREAK = new Set(['VERB', 'CCONJ', 'SCONJ', 'PUNCT']);

/**
 * Sets `noSourceNeeded` on each figure of `figures` (one article's, in text order) that a desk would not ask to
 * source:
 * - `conversion`: money or a measure in brackets right after a figure in another currency or unit, in the same
 *   sentence ("3 miles (5 km)", "£5m ($6.3m)"); it restates that figure, which carries any finding.
 * - `restatement`: an amount per share after its total ("$12.4 million, or 91 cents a share", however many words
 *   the total's phrase runs to before ", or"), or a figure of another kind after ", or" or " - or" ("27 million, or
 *   50%, of the UK", "3,420 images - or 7.2GB"), or a value an earlier sentence gave after "the" ("the original $585 million of bank debt"; namedAgain),
 *   or a figure alone in a bracket after another of another kind or the same value ("$30 million in stock (nearly 1.8
 *   million shares)"; bracketed), or money after ", or" that a price times a count before it makes (productOf).
 * - `headline`: a figure in a heading or the standfirst (a summary list at the top, see leadParagraphs) whose kind
 *   and value the body gives again after it (within APPROXIMATE_RESTATEMENT when either is approximate; in the body's
 *   first paragraph, finer: "$16bn" for "$16.6bn").
 * - `result`: a count of a game's statistics (lex.resultNouns) scored by a verb of lex.resultVerbs, read from the
 *   layer ("Pike scored a season-best 27 points"); or, in an article the learned genre model reads as a sports report,
 *   a count or measure of a noun sport copy counts ("14 points from O'Gara", "by 40 metres"; sport.ts); or an
 *   election's seats, votes or majority won or lost ("won a majority of 167", electionResult); or a reported vote's
 *   tally ("voted 89-52, with 11 abstentions", "passed by 310 votes to 205", voteTally).
 * - `record`: a whole count up to lex.recordMax after a possessive ("the borough's 17 wards"), or joined by "and"
 *   to such a count ("its four battalions and 15 companies"), or a bare one after a name and "at" ("the European
 *   Union at 27"), or a set of up to ENUMERATED_MAX told whole after "all" ("all three teams").
 * - `market`: a percentage, points or a price moved or reached by a verb of a trading day (lex.marketVerbs) whose
 *   subject names a share market or shares (lex.marketSubjects): "The ISEQ index of leading shares closed up 23 points
 *   to 6661.89", "its shares were down 10% at 119 pence". Not an index alone ("the ISM index rose to 58.6" is a survey).
 *   A company's move or share price with a trading session named after it (tradingSession: "GM closed down $1.875 at
 *   $44.875 in New York Stock Exchange trading", "closing at $100 a share … on volume of 2,633,700 shares"), and that
 *   volume.
 * - `enumerated`: a small count whose items the sentence lists right after it ("Two … terrorists, Abu Nidal and Abu
 *   Abbas, have ties"; see enumerated).
 * - `restatement` also: "the 15% restriction" naming again a figure an earlier sentence gave (namedAgain), and a
 *   figure after "equivalent to" restating the one before it ("8,000 applications - equivalent to 40 a day").
 * - `conversion` also: a measure in brackets after one written as a hyphenated adjective ("102-inch (2.6 metre)").
 * - `rate-base`: one unit of a currency, then a verb and the amount of another it buys (rateBase).
 * - `own-account`: a count or measure the writer gives of what they saw or did, the subject of its clause "I" outside
 *   every quotation ("I find two monitors, two old handhelds, three ancient laptops"; ownAccount).
 * Mutates the figures; never throws.
 */
export function markNoSourceNeeded(article: Article, figures: FigureMention[], lex: Lexicon): void {
  const lead = leadParagraphs(article);
  const inHeading = figures.map((f) => lead.some((p) => p.start <= f.start && f.end <= p.end));
  const body = figures.filter((_, i) => !inHeading[i]);
  // The body's opening, which restates a headline: its first paragraph.
  const opening = article.paragraphs.find((p) => !lead.includes(p))?.end ?? 0;
  /** The body's first figure of each value (kind, value, upper value and unit), for namedAgain. */
  const firstGiven = new Map<string, FigureMention>();
  for (const f of body) if (!firstGiven.has(valueKey(f))) firstGiven.set(valueKey(f), f);
  // Whether a figure before has been read as a market's (the story quotes a trading day).
  let marketSeen = false;
  /** Sentences that give money or a percentage: a small count in one is part of a statistic (storyCount). */
  const priced = new Set(figures.filter((g) => g.kind === 'money' || g.kind === 'percent').map((g) => g.sentence));
  /** Each paragraph's RowShape (by index), read once (tableRow). */
  const rows = new Map<number, RowShape | null>();
  figures.forEach((f, i) => {
    const why = conversion(article, figures[i - 1], f, figures[i - 2]) ?? unitDefined(article, f, lex) ?? compoundConverted(article, f, lex) ?? equivalent(article, figures[i - 1], f, lex) ?? bracketed(article, figures[i - 1], f) ?? (inHeading[i] ? headline(f, body, lex, opening) : null) ?? result(article, f, lex) ?? record(article, f, lex) ?? ruleLimit(article, f, lex) ?? penaltyLimit(article, f, lex) ?? placeDistance(article, f, lex)
      ?? marketQuote(article, f, lex) ?? marketCompared(article, figures[i - 1], f, lex) ?? sameQuote(article, quoteBefore(figures, i), f) ?? shareAfterBareOr(article, figures[i - 1], f) ?? perShare(article, figures[i - 1], f) ?? farPerShare(article, figures[i - 1], f) ?? productOf(article, figures, i) ?? voteTally(article, figures[i - 1], f, lex) ?? enumerated(article, f)
      ?? (marketSeen || movesToSharePrice(article, f, figures[i + 1]) ? movedOnTheDay(article, f, lex) : null)
      ?? namedAgain(article, firstGiven, body, f) ?? rateBase(article, f, figures[i + 1]) ?? perBase(article, figures[i - 1], f, lex) ?? ownAccount(article, f) ?? storyCount(article, f, priced, lex)
      ?? tableRow(article, f, rows);
    if (why) f.noSourceNeeded = why;
    if (why?.kind === 'market') marketSeen = true;
  });
  // "producing two throws of 13.77m" (review 106): a count whose noun is complemented by a result ("of" and the figure
  // after it) counts the attempts that made the result, part of it; read once every figure's own reason is known.
  figures.forEach((f, i) => {
    if (!f.noSourceNeeded && figures[i + 1]?.noSourceNeeded?.kind === 'result' && countOfResult(article, f, figures[i + 1])) f.noSourceNeeded = { kind: 'result' };
  });
}

/**
 * Whether count `f` is right before its unit noun and "of" that lead to the figure `next` ("two throws of 13.77m",
 * "three jumps of 8.1m"): what `next` measures, `f` counts. Layer tokens; never throws.
 */
function countOfResult(article: Article, f: FigureMention, next: FigureMention): boolean {
  if (f.kind !== 'count' || f.sentence !== next.sentence) return false;
  const layer = languageOf(article);
  const last = layer.tokenAt(f.end - 1);
  const noun = layer.tokens[last + 1];
  const of = layer.tokens[last + 2];
  // (The noun is the count's unit, whatever the tagger read: "throws" is as often a verb.)
  const word = (t: { start: number; end: number }) => article.prose.slice(t.start, t.end).toLowerCase();
  return !!noun && !!of && !!f.unit && word(noun) === f.unit.toLowerCase() && word(of) === 'of' && layer.tokenAt(next.start) === last + 3;
}

/**
 * Whether each figure is a market's quote (market), kept per paragraph window (text/segments.ts WindowMemo): market
 * reads the figure's sentence, and of the figure its span, text, kind, unit and value.
 */
const MARKET = new WindowMemo<boolean>();

/** nameMovedOnTheDay(article, f, lex), through MARKET (it too reads only the figure's sentence), keyed apart. */
function movedOnTheDay(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  return MARKET.get(article.text, article.prose, f, `moved ${f.kind}`, () => nameMovedOnTheDay(article, f, lex) !== null) ? { kind: 'market' } : null;
}

/** The highest price read as one share's ("270 yen", "55.57 pence", "$44.875"); a company's money runs into millions. */
const MAX_SHARE_PRICE = 10_000;

/**
 * "Arcelor shed 2.1% to 17.58 euros in Paris" (review 128): a percentage followed by "to" and a price with no scale,
 * below MAX_SHARE_PRICE, is a share's move and the level it moved to, even before the story has quoted another
 * figure of the trading day (the caller also asks that a company be the subject of the trading verb: movedOnTheDay).
 * Not a price per unit ("to 85.9p a litre", "to $47 a barrel").
 */
function movesToSharePrice(article: Article, f: FigureMention, next: FigureMention | undefined): boolean {
  if (f.kind !== 'percent' || !next || next.kind !== 'money' || next.value === null || next.value >= MAX_SHARE_PRICE || next.sentence !== f.sentence) return false;
  if (wordsOf(article.prose.slice(f.end, next.start)).join(' ') !== 'to') return false;
  const after = wordsOf(article.prose.slice(next.end, next.end + 12).toLowerCase());
  return !PER_UNIT_OPENERS.has(after[0] ?? '');
}

/** Words that open a unit a price is per ("a litre", "per barrel", "an ounce"). */
const PER_UNIT_OPENERS: ReadonlySet<string> = new Set(['a', 'an', 'per', 'each']);

/** market(article, f, lex), through MARKET. */
function marketQuote(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  return MARKET.get(article.text, article.prose, f, `${f.kind} ${f.unit} ${f.value}`, () => market(article, f, lex) !== null) ? { kind: 'market' } : null;
}

/**
 * "I've just looked around my office and I find two monitors, … three ancient laptops": a count or measure in a clause
 * whose subject is the first person singular, outside every quotation, is the writer's own account of what they saw or
 * did; the writer is its source. The clause's verb is the nearest verb before the figure in its sentence, and its
 * subject is read with subjectBefore (the layer's tokens). Money and percentages are not counted so: "I pay £300 a
 * month" still says whose figure it is only by the byline. Null otherwise.
 */
function ownAccount(article: Article, f: FigureMention): NoSourceNeeded | null {
  if ((f.kind !== 'count' && f.kind !== 'measure') || quotationAt(article, f.start)) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const sentence = layer.sentences[layer.tokens[at].sentence];
  let verb = at - 1;
  while (verb >= sentence.first && layer.tokens[verb].pos !== 'VERB') verb--;
  if (verb < sentence.first) return null;
  // The verb group's first word: "I have found" reads its subject before "have".
  while (verb - 1 >= sentence.first && layer.tokens[verb - 1].pos === 'AUX') verb--;
  const subject = subjectBefore(layer, article.prose, verb, sentence.first);
  if (!subject) return null;
  const head = layer.tokens[subject.head];
  return head.pos === 'PRON' && article.prose.slice(head.start, head.end) === 'I' ? { kind: 'own-account' } : null;
}

/** Fewest numbers a paragraph holds to be read as a row of a data table. */
const TABLE_ROW_NUMBERS = 3;

/**
 * "Somerset 13 4 5 4 27 49 152", "Martin Gates 71 77 72, Bradley Hughes (Australia) 73 75 72,": in a sports report
 * (the learned genre model, isSportReport), a figure in a paragraph that is a row of a data table — no verb, at least
 * TABLE_ROW_NUMBERS numbers, and no more words with letters than numbers; or no verb and a number last, beside a
 * paragraph like it, a line of a results list — is a cell of a results table: LABELLING.md's results of the events
 * the article reports (CoNLL-2003 train: such cells were 796 of its 3,967 findings). A table elsewhere — a price
 * list, a budget — is still read cell by cell: it needs its credit. `rows` keeps each paragraph's reading. Null
 * otherwise.
 */
function tableRow(article: Article, f: FigureMention, rows: Map<number, RowShape | null>): NoSourceNeeded | null {
  if (!isSportReport(article)) return null;
  const paragraph = article.sentences[f.sentence]?.paragraph ?? -1;
  const span = article.paragraphs[paragraph];
  if (!span) return null;
  const shape = (i: number): RowShape | null => {
    if (!article.paragraphs[i]) return null;
    if (!rows.has(i)) rows.set(i, rowShape(article, article.paragraphs[i]));
    return rows.get(i)!;
  };
  const own = shape(paragraph);
  if (!own) return null;
  // A line of a results list ("Mary Onyali (Nigeria) 11.09") among others like it.
  const listed = own.endsInNumber && [shape(paragraph - 1), shape(paragraph + 1)].some((n) => !!n && n.endsInNumber);
  return (own.numbers >= TABLE_ROW_NUMBERS && own.words <= own.numbers) || listed ? { kind: 'table' } : null;
}

/** How many numbers and words with letters a paragraph without a verb holds, and whether a number is its last word. */
interface RowShape {
  numbers: number;
  words: number;
  endsInNumber: boolean;
}

/**
 * The RowShape of prose span `p`, or null when a verb stands in it: a verb written in small letters (a capitalised
 * word the tagger reads as a verb opens a row's name: "Hull 12 6 4 2 18 22").
 */
function rowShape(article: Article, p: Span): RowShape | null {
  const layer = languageOf(article);
  const shape = { numbers: 0, words: 0, endsInNumber: false };
  for (let k = firstTokenEndingAfter(layer, p.start); k < layer.tokens.length && layer.tokens[k].start < p.end; k++) {
    const t = layer.tokens[k];
    const text = article.prose.slice(t.start, t.end);
    if ((t.pos === 'VERB' || t.pos === 'AUX') && !isCapitalised(text)) return null;
    if (hasDigit(text)) shape.numbers++;
    else if (hasLetter(text)) shape.words++;
    if (hasLetterOrDigit(text)) shape.endsInNumber = hasDigit(text);
  }
  return shape;
}

const quote = (f: FigureMention) => ({ start: f.start, end: f.end, text: f.text });

/** How many words may stand between a rate's base and the rate ("bought", "was worth", "was trading at"). */
const RATE_VERB_WORDS = 3;

/**
 * "One dollar bought 102.55 yen", "one euro was worth $1.30": one unit of a currency, then a verb (at most
 * RATE_VERB_WORDS words, no punctuation) and the amount of another currency it buys. The rate `next` is the claim and
 * carries any finding; the base is the unit it is quoted against. Read from the layer.
 */
function rateBase(article: Article, f: FigureMention, next: FigureMention | undefined): NoSourceNeeded | null {
  if (f.kind !== 'money' || f.value !== 1 || f.valueMax !== null || f.approximate) return null;
  if (!next || next.kind !== 'money' || next.sentence !== f.sentence || next.unit === f.unit) return null;
  const layer = languageOf(article);
  const first = layer.tokenAt(f.end - 1) + 1;
  const last = layer.tokenAt(next.start) - 1;
  if (first <= 0 || last < first || last - first + 1 > RATE_VERB_WORDS) return null;
  const between = layer.tokens.slice(first, last + 1);
  if (between.some((t) => t.pos === 'PUNCT' || t.pos === 'SYM' || t.pos === 'NUM')) return null;
  return between.some((t) => t.pos === 'VERB' || t.pos === 'AUX') ? { kind: 'rate-base', restates: quote(next) } : null;
}

/**
 * "$308.32 per $1,000 principal amount", "12 deaths per 100,000 people", "$5 for every $1,000 borrowed" (review 86): a
 * power of ten after a word that makes it a rate's base (data/figures-context.json rateBaseOpeners: "per", "for every"),
 * with the rate (`prev`) before it in its sentence. The base is the unit the rate is quoted against; the rate carries
 * any finding.
 */
function perBase(article: Article, prev: FigureMention | undefined, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || f.value === null || f.approximate || (f.valueMax ?? null) !== null || !isPowerOfTen(f.value)) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const sentence = at >= 0 ? layer.tokens[at].sentence : -1;
  const word = (k: number) => (k >= 0 && layer.tokens[k].sentence === sentence ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const opens = lex.rateBaseOpeners.has(word(at - 1)) || lex.rateBaseOpeners.has(`${word(at - 2)} ${word(at - 1)}`);
  return opens ? { kind: 'rate-base', restates: quote(prev) } : null;
}

/** 1, 10, 100, 1,000 … : the values a rate is quoted per. */
function isPowerOfTen(value: number): boolean {
  for (let v = 1; v <= value; v *= 10) if (v === value) return true;
  return false;
}

/**
 * "The 15% restriction covers any suitor" after "buy as much as 15% of Jaguar": a figure after a definite determiner
 * (and perhaps an adjective: "the original $585 million of bank debt") that names a noun and repeats the value of a figure an earlier sentence of the body gave (same kind and unit) refers
 * back to it; the desk sources it where it was first given (`restatement`). A count whose unit was not read counts
 * when the head noun it counts is the same ("one of 30 such large-scale construction projects" … "only 22 of the 30
 * construction projects"; review 59; sameCount). A headline's figure does not count: the body's first statement of
 * it is the one to source. `body`: the body's figures in text order.
 */
function namedAgain(article: Article, firstGiven: ReadonlyMap<string, FigureMention>, body: readonly FigureMention[], f: FigureMention): NoSourceNeeded | null {
  if (f.value === null) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const end = layer.tokenAt(f.end - 1);
  // "the 15% restriction", "the original $585 million of bank debt": "the", perhaps an adjective or two, the figure,
  // then its noun or an "of" phrase.
  let det = at - 1;
  while (det >= at - MAX_ADJECTIVES_AFTER_THE && layer.tokens[det]?.pos === 'ADJ') det--;
  const before = layer.tokens[det];
  const after = layer.tokens[end + 1];
  if (det < 0 || !before || !after || before.pos !== 'DET' || before.lemma !== 'the' || !(after.pos === 'NOUN' || after.pos === 'ADJ' || (after.pos === 'ADP' && after.lemma === 'of'))) return null;
  const given = firstGiven.get(valueKey(f));
  const first = given && given.sentence < f.sentence ? given : sameCount(layer, body, f);
  return first ? { kind: 'restatement', restates: quote(first) } : null;
}

/** Most adjectives between "the" and a figure named again ("the original", "the same initial"). */
const MAX_ADJECTIVES_AFTER_THE = 2;

/** The body's first count of `f`'s value (and upper value) in an earlier sentence that counts the same head noun (countedHead), or undefined. */
function sameCount(layer: Language, body: readonly FigureMention[], f: FigureMention): FigureMention | undefined {
  if (f.kind !== 'count') return undefined;
  const head = countedHead(layer, f);
  if (head === null) return undefined;
  return body.find((g) => g.sentence < f.sentence && g.kind === 'count' && g.value === f.value && (g.valueMax ?? null) === (f.valueMax ?? null) && countedHead(layer, g) === head);
}

/** Most tokens read after a count for the noun it counts ("30 such large-scale construction projects"). */
const COUNTED_REACH = 5;

/**
 * The lemma of the noun a count counts: the last noun of the run of adverbs, adjectives and nouns right after the figure
 * ("30 such large-scale construction projects" → "project"), or after "of" and a determiner ("500 of its software
 * patents" → "patent"), or null when a noun does not follow.
 */
function countedHead(layer: Language, f: FigureMention): string | null {
  let k = layer.tokenAt(f.end - 1) + 1;
  if (k <= 0) return null;
  // "500 of its software patents", "22 of the 30 projects": the noun after "of" and its determiner.
  if (layer.tokens[k]?.lemma === 'of' && (layer.tokens[k + 1]?.pos === 'DET' || layer.tokens[k + 1]?.pos === 'PRON')) k += 2;
  let head: string | null = null;
  for (const stop = Math.min(layer.tokens.length, k + COUNTED_REACH); k < stop; k++) {
    const t = layer.tokens[k];
    if (t.pos === 'NOUN') head = t.lemma;
    else if ((t.pos !== 'ADJ' && t.pos !== 'ADV') || head !== null) break;
  }
  return head;
}

/** What makes two figures state one value: kind, value, upper value and unit. */
const valueKey = (f: FigureMention) => `${f.kind}\u0000${f.value}\u0000${f.valueMax}\u0000${f.unit ?? ''}`;

/**
 * Between two conversions in one bracket: "($23.4bn; £12.5bn)", "(£5m or $6.3m)", and the colon some copy types for
 * the semicolon ("($106m:£54.6m)").
 */
const BETWEEN_CONVERSIONS = new Set([';', ':', ',', '/', 'or']);

function conversion(article: Article, prev: FigureMention | undefined, f: FigureMention, beforePrev?: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || f.value === null || prev.value === null) return null;
  // The second conversion in a bracket converts the figure the first one converts: "18.3bn euros ($23.4bn; £12.5bn)".
  if (prev.noSourceNeeded?.kind === 'conversion' && f.kind === prev.kind && BETWEEN_CONVERSIONS.has(trimBlanks(article.prose.slice(prev.end, f.start)))) {
    const original = beforePrev && prev.noSourceNeeded.restates?.start === beforePrev.start ? beforePrev : null;
    if (original && f.unit !== original.unit && f.unit !== prev.unit) return { kind: 'conversion', restates: quote(original) };
  }
  // "more than 20,000 marks (dlrs 11,000)": money in brackets after a count and one word converts an amount in a
  // currency the lexicon does not know.
  const gapWords = wordsOf(article.prose.slice(prev.end, f.start).replace('(', ' '));
  const currencyWord = f.kind === 'money' && prev.kind === 'count' && gapWords.length === 1 && (prev.unit === null || prev.unit === gapWords[0]);
  const converts = (f.kind === 'money' && prev.kind === 'money') || (f.kind === 'measure' && (prev.kind === 'measure' || prev.kind === 'count')) || currencyWord;
  if (!converts || (f.unit !== null && f.unit === prev.unit)) return null;
  if (!UNIT_BEFORE_BRACKET.test(article.prose.slice(prev.end, f.start))) return null;
  return { kind: 'conversion', restates: quote(prev) };
}

/** One of a unit, in words, before an opening bracket: "a mile (", "one gigabyte (". */
const ONE_UNIT = /(?:^|[^\p{L}])((?:a|an|one)[ \t]+(\p{L}+))[ \t]*\([ \t]*$/iu;

/**
 * "a mile (1.6 km)", "one gigabyte (1,000,000,000 bytes)": a measure in brackets right after one unit of another
 * (data/figures-units.json) states what that unit is, no claim: a `conversion` restating the words of that unit
 * ("one gigabyte"), or null.
 */
function unitDefined(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'measure') return null;
  const from = Math.max(0, f.start - 24);
  const m = ONE_UNIT.exec(article.prose.slice(from, f.start));
  // The unit in the singular, or its plural in the lexicon ("gigabyte" as "gigabytes").
  const unit = m ? lex.measure.get(m[2].toLowerCase()) ?? lex.measure.get(`${m[2].toLowerCase()}s`) : undefined;
  if (!m || unit === undefined || unit === f.unit) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { kind: 'conversion', restates: { start, end: start + m[1].length, text: article.text.slice(start, start + m[1].length) } };
}

/** A measure written as one hyphenated word right before an opening bracket: "102-inch (", "6-foot (". */
const COMPOUND_BEFORE_BRACKET = /(?:^|[^\p{L}\d.,])(\d[\d.,]*-(\p{L}+))[ \t]*\([ \t]*(?:about|around|roughly|approximately|nearly|almost|some|c\.)?[ \t]*$/u;

/**
 * "Samsung's 102-inch (2.6 metre) plasma": a measure in brackets right after a measure written as one hyphenated
 * adjective (no figure of its own, LABELLING.md) converts it: a `conversion` restating that word, when its unit is one
 * of data/figures-units.json and not the bracket's. Null otherwise.
 */
function compoundConverted(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'measure') return null;
  const from = Math.max(0, f.start - 32);
  const m = COMPOUND_BEFORE_BRACKET.exec(article.prose.slice(from, f.start));
  const unit = m ? lex.measure.get(m[2].toLowerCase()) ?? lex.measure.get(`${m[2].toLowerCase()}s`) : undefined;
  if (!m || unit === undefined || unit === f.unit) return null;
  const start = from + m.index + m[0].indexOf(m[1]);
  return { kind: 'conversion', restates: { start, end: start + m[1].length, text: article.text.slice(start, start + m[1].length) } };
}

/** Words, and nothing else, after a figure up to the bracket that closes round it ("shares)" of "(nearly 1.8 million shares)"). */
const WORDS_TO_CLOSE = /^[ \t]*(?:\p{L}[\p{L}-]*[ \t]*){0,3}\)/u;

/**
 * "$30 million in stock (nearly 1.8 million shares)", "ran through four (4)": a figure that alone fills a bracket
 * right after another figure of its sentence (its unit or up to three words between, as UNIT_BEFORE_BRACKET reads
 * them; only words after it, up to the closing bracket), in another kind or with the same value, states that figure
 * again another way: a `restatement`, the figure before it carrying any finding (LABELLING.md: "a conversion or
 * restatement of a figure in the same sentence"). Null otherwise; a bracket that says more ("(up 20%)", "(2003: £4m)")
 * or a part of the figure ("40 staff (12 nurses)") is a figure of its own.
 */
function bracketed(article: Article, prev: FigureMention | undefined, f: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || !UNIT_BEFORE_BRACKET.test(article.prose.slice(prev.end, f.start))) return null;
  // Of one kind it must be the same value ("four (4)"): "40 staff (12 nurses)" is a part, "£5m (£4m after tax)" another.
  if (prev.kind === f.kind && (f.value === null || f.value !== prev.value)) return null;
  return WORDS_TO_CLOSE.test(article.prose.slice(f.end, f.end + CLOSE_REACH)) ? { kind: 'restatement', restates: quote(prev) } : null;
}

/** How far after a bracketed figure its closing bracket is looked for, in UTF-16 code units. */
const CLOSE_REACH = 40;

/** The most characters between a figure and the "equivalent to" that restates it (", an annual rate of" included). */
const EQUIVALENT_GAP = 60;

/**
 * "an annual target of 8,000 applications - equivalent to 40 a day", "grew 0.1% in the quarter, an annual rate of
 * 0.3%": a figure right after "equivalent to" or another of lex.restatementLeads restates the figure before it in the
 * same sentence, a few words back (LABELLING.md: a restatement in the same sentence); that figure carries any
 * finding. Null otherwise.
 */
function equivalent(article: Article, prev: FigureMention | undefined, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || f.start - prev.end > EQUIVALENT_GAP) return null;
  const gap = trimBlanks(article.prose.slice(prev.end, f.start)).toLowerCase();
  for (const lead of lex.restatementLeads) if (gap.endsWith(lead)) return { kind: 'restatement', restates: quote(prev) };
  return null;
}

/**
 * A heading's figure that the body gives again after it: a vague one by a body figure in its range, an exact one by
 * the same value (or within APPROXIMATE_RESTATEMENT when either is approximate), or, in the body's opening (before the
 * UTF-16 offset `opening`, where a lede restates its headline), by a finer figure the heading rounds ("$16bn" for
 * "$16.6bn"). Null when the body does not give it again.
 */
function headline(f: FigureMention, body: FigureMention[], lex: Lexicon, opening: number): NoSourceNeeded | null {
  const v = f.value;
  if (v === null) {
    // "Hundreds of endangered species seized" in a heading, "more than 250 species" in the body.
    const range = vagueRange(f.text, lex);
    const sameNoun = (b: FigureMention) => f.kind !== 'count' || (b.unit ?? '').toLowerCase() === (f.unit ?? '').toLowerCase();
    // A bare "Millions" names neither noun nor currency ("Millions to miss out on the net", review 124: "Around 23
    // million Britons" in the body): a count or a sum in its range gives it again.
    const bare = f.unit === null && !hasSpace(f.text);
    const sameKind = (b: FigureMention) => (bare ? b.kind === 'count' || b.kind === 'money' : b.kind === f.kind && sameNoun(b));
    const same = range && body.find((b) => b.start > f.end && sameKind(b) && b.value !== null && b.value >= range[0] && b.value < range[1]);
    return same ? { kind: 'headline', restates: quote(same) } : null;
  }
  // "Over five million households" in a summary, "5.7 million households" in the body: an approximate figure is
  // given again by one within APPROXIMATE_RESTATEMENT of it.
  // "$16bn" in the headline, "$16.6bn" in the body: a headline rounds, so a body figure finer than the headline's
  // last digit, within one step of it, is the same figure.
  const near = (b: FigureMention) => b.value !== null && (b.value === v || (b.end <= opening && roundedTo(v, b.value)) || ((f.approximate || b.approximate) && Math.abs(b.value - v) <= APPROXIMATE_RESTATEMENT * Math.max(b.value, v)));
  const same = body.find((b) => b.start > f.end && b.kind === f.kind && near(b) && (f.approximate || (b.valueMax ?? null) === (f.valueMax ?? null)) && (f.kind === 'count' || b.unit === f.unit));
  return same ? { kind: 'headline', restates: quote(same) } : null;
}

/**
 * Whether `rounded` is `exact` rounded to `rounded`'s own last significant digit ("3%" for 3.4%, 2.5 for 2.46), or,
 * when `rounded` has two significant digits or more, cut down to it ("16" billion for 16.6 billion): `exact` has finer
 * digits. Both positive numbers in the same unit.
 */
function roundedTo(rounded: number, exact: number): boolean {
  if (!(rounded > 0) || !(exact > 0) || rounded === exact) return false;
  const digits = significantDigits(rounded);
  const step = 10 ** (Math.floor(Math.log10(rounded)) - digits + 1);
  if (significantDigits(exact) <= digits) return false;
  // Rounded to the nearest step, or (with two digits or more: "$16bn") cut down to it.
  return Math.abs(exact - rounded) < step / 2 || (digits >= 2 && exact > rounded && exact - rounded < step);
}

/** The significant digits of a positive number as JavaScript writes it (16000000000 → 2, 2.5 → 2, 0.06 → 1). */
function significantDigits(n: number): number {
  const written = String(n);
  if (written.includes('e')) return written.split('e')[0].replace('.', '').replace('-', '').length;
  let digits = written.replace('.', '');
  while (digits.startsWith('0')) digits = digits.slice(1);
  if (!written.includes('.')) while (digits.endsWith('0')) digits = digits.slice(0, -1);
  return digits.length;
}

/**
 * The values a vague quantity can stand for, [low, high): "hundreds of" → [200, 1,000), "tens of thousands of" →
 * [20,000, 100,000), "millions" → [2 million, 1 billion). Null when `text` opens with no vague quantifier.
 */
/** The runs of letters a–z in `s`, in order ("tens of thousands" → tens, of, thousands). */
function asciiWords(s: string): string[] {
  const words: string[] = [];
  let word = '';
  for (const c of s) {
    if (c >= 'a' && c <= 'z') word += c;
    else if (word) { words.push(word); word = ''; }
  }
  if (word) words.push(word);
  return words;
}

function vagueRange(text: string, lex: Lexicon): [number, number] | null {
  const words = asciiWords(text.toLowerCase()).filter((w) => lex.vagueBase.has(w));
  if (words.length === 0) return null;
  const base = words.reduce((n, w) => n * lex.vagueBase.get(w)!, 1);
  return [2 * base, base * (base >= 1000 ? 1000 : 10)];
}

/** The field of a knockout round ("the last 16", "the last eight"): a power of two a draw halves down to. */
const KNOCKOUT_FIELDS = new Set([4, 8, 16, 32, 64, 128]);

function result(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (isSportStatistic(article, f) || standsAlone(article, f)) return { kind: 'result' };
  if (f.kind === 'count' && !f.unit && f.value !== null && KNOCKOUT_FIELDS.has(f.value) && knockoutRound(article, f)) return { kind: 'result' };
  if (electionResult(article, f, lex) || playedInTheGame(article, f) || rankingMove(article, f, lex)) return { kind: 'result' };
  if (f.kind !== 'count' || !f.unit || !lex.resultNouns.has(f.unit.toLowerCase())) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const first = layer.sentences[layer.tokens[at].sentence]?.first ?? at;
  for (let k = at - 1; k >= Math.max(first, at - RESULT_REACH); k--) {
    const t = layer.tokens[k];
    if (t.pos === 'PUNCT' && article.prose.slice(t.start, t.end) !== '-') return null;
    if (t.pos === 'VERB') return lex.resultVerbs.has(t.lemma) ? { kind: 'result' } : null;
  }
  return null;
}

/**
 * "fell two places to fourth position", "moved up three spots", "were also down three places": a count of steps in a
 * ranking (lex.rankingSteps) right after a verb of rising or falling (lex.rankingMoveVerbs), past "up" or "down", or
 * after "up" or "down" as a state of "be", is a move in a chart or table the article reports, a result; so is the
 * place it moved to ("down three places to 10"). Not "will create 5,000 places" (no such verb).
 */
function rankingMove(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if (f.kind !== 'count' || !f.unit || !lex.rankingSteps.has(f.unit.toLowerCase())) return false;
  const layer = languageOf(article);
  const k = layer.tokenAt(f.start);
  const word = (i: number) => (i >= 0 ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase() : '');
  if (word(k - 1) === 'to' && lex.rankingSteps.has(word(k - 2)) && layer.tokens[k - 3]?.pos === 'NUM') return movedBefore(layer, k - 3, word, lex);
  return movedBefore(layer, k, word, lex);
}

/** Whether a verb of rising or falling, or "be" and "up" or "down", stands right before the layer's token `k` (rankingMove). */
function movedBefore(layer: Language, k: number, word: (i: number) => string, lex: Lexicon): boolean {
  let v = k - 1;
  if (word(v) !== 'up' && word(v) !== 'down') return v >= 0 && layer.tokens[v].pos === 'VERB' && lex.rankingMoveVerbs.has(layer.tokens[v].lemma);
  v--;
  while (v >= 0 && layer.tokens[v].pos === 'ADV') v--;
  return v >= 0 && (layer.tokens[v].lemma === 'be' || (layer.tokens[v].pos === 'VERB' && lex.rankingMoveVerbs.has(layer.tokens[v].lemma)));
}

/** The largest count of a game's happenings read as played in it ("missed six penalties", "threw on three replacements"). */
const GAME_COUNT_MAX = 20;

/**
 * "Barkley also missed two longer-range efforts", "France threw on three forward replacements": in a sports report
 * (the learned genre model), a whole count up to GAME_COUNT_MAX of something, the object of a verb group told as done
 * (past, active, not negated, no modal, no reporting verb) within RESULT_REACH tokens before it with no punctuation
 * between, whose subject is named (a player or a side), outside quotations: what happened in the game the article
 * reports, or a player's record of public note ("Jones won three gold medals").
 */
function playedInTheGame(article: Article, f: FigureMention): boolean {
  if (f.kind !== 'count' || !f.unit || f.approximate || f.value === null || !Number.isInteger(f.value) || f.value < 1 || f.value > GAME_COUNT_MAX) return false;
  // (Not inside a quotation: "The doctors were going to put three or four inch rods" is someone's account.)
  if (f.valueMax !== null || !isSportReport(article) || quotationAt(article, f.start)) return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return false;
  const sentence = layer.sentences[layer.tokens[at].sentence];
  for (let k = at - 1; k >= Math.max(sentence.first, at - RESULT_REACH); k--) {
    const t = layer.tokens[k];
    if (t.pos === 'PUNCT' && article.prose.slice(t.start, t.end) !== '-') return false;
    if (t.pos !== 'VERB') continue;
    const g = verbGroupAt(layer, k);
    if (!g || g.tense !== 'past' || g.passive || g.negated || g.modal !== null || isReportingGroup(layer, g)) return false;
    return subjectBefore(layer, article.prose, g.first, sentence.first)?.named === true;
  }
  return false;
}

/**
 * "Labour won 166 seats", "won a huge majority of 167", "lost by 20 votes": a count of an election's seats, votes or
 * majority (lex.electionNouns, counted after the number or named before "of" right before it) that a verb of
 * lex.electionVerbs governs within RESULT_REACH tokens before it, with no punctuation between and told as done (no
 * future, modal or "is to": "will take three key seats" is a forecast): the election's result,
 * which LABELLING.md leaves unsourced like a game's (vote counts), and public record once declared.
 */
function electionResult(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if (f.kind !== 'count' || f.approximate) return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return false;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const counted = f.unit !== null && lex.electionNouns.has(f.unit.toLowerCase());
  let k = at - 1;
  // "a majority of 167": the noun before "of", past an adjective or two.
  if (!counted && !(k > 0 && word(k) === 'of' && lex.electionNouns.has(word(k - 1)))) return false;
  const first = layer.sentences[layer.tokens[at].sentence]?.first ?? at;
  for (; k >= Math.max(first, at - RESULT_REACH); k--) {
    const t = layer.tokens[k];
    if (t.pos === 'PUNCT') return false;
    if (t.pos !== 'VERB') continue;
    // "will take three key seats": a forecast, which needs its source.
    const g = verbGroupAt(layer, k);
    return lex.electionVerbs.has(t.lemma) && !(g && (g.tense === 'future' || g.modal !== null || g.prospective));
  }
  return false;
}

/**
 * "voted 89-52 for a republic, with 11 abstentions", "passed by 310 votes to 205", "backed the bill by 300 to 210":
 * a count of a vote's tally in a sentence where a verb of lex.voteVerbs tells the vote as done (no future or modal): a
 * count of lex.voteNouns, a range after "by", or the second of a tally after "to" following such a count (`prev`).
 * LABELLING.md leaves vote counts announced in the story unsourced.
 */
function voteTally(article: Article, prev: FigureMention | undefined, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'count' || f.approximate) return null;
  const before = trimBlanks(article.prose.slice(Math.max(0, f.start - 12), f.start)).toLowerCase();
  const counted = f.unit !== null && lex.voteNouns.has(f.unit.toLowerCase());
  const range = f.valueMax !== null && f.valueMax !== undefined && (before.endsWith(' by') || before === 'by');
  const second = !!prev && prev.sentence === f.sentence && prev.unit !== null && lex.voteNouns.has(prev.unit.toLowerCase()) && (before.endsWith(' to') || before === 'to');
  if (!counted && !range && !second) return null;
  // "saw off a backbench attempt … by 297 votes to 203" (review 86): a tally of both sides is a vote whatever verb
  // tells it, when its sentence tells it in the past and nothing there looks ahead.
  const tally = (counted && (before.endsWith(' by') || before === 'by') && secondCountAfter(article, f)) || second;
  return votedIn(article, f, lex) || (tally && sentenceToldAsDone(article, f)) ? { kind: 'result' } : null;
}

/** Whether "to" and a number follow figure `f`, past one word (its vote noun, if the figure's text left it out). */
function secondCountAfter(article: Article, f: FigureMention): boolean {
  const layer = languageOf(article);
  const last = layer.tokenAt(f.end - 1);
  if (last < 0) return false;
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const to = word(last + 1) === 'to' ? last + 1 : word(last + 2) === 'to' ? last + 2 : -1;
  return to > 0 && layer.tokens[to + 1]?.pos === 'NUM';
}

/**
 * Whether the sentence of figure `f` tells what happened: a verb group in the past, and none that looks ahead (future,
 * modal or prospective: "is expected to").
 */
function sentenceToldAsDone(article: Article, f: FigureMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const sentence = at >= 0 ? layer.sentences[layer.tokens[at].sentence] : undefined;
  if (!sentence) return false;
  let past = false;
  for (let k = sentence.first; k <= sentence.last; k++) {
    const g = layer.tokens[k].pos === 'VERB' ? verbGroupAt(layer, k) : undefined;
    if (g && (g.tense === 'future' || g.modal !== null || g.prospective)) return false;
    past ||= !!g && g.tense === 'past';
  }
  return past;
}

/** Whether the sentence of figure `f` tells a vote as done: a verb of lex.voteVerbs in a group with no future or modal. */
function votedIn(article: Article, f: FigureMention, lex: Lexicon): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const sentence = at >= 0 ? layer.sentences[layer.tokens[at].sentence] : undefined;
  if (!sentence) return false;
  for (let k = sentence.first; k <= sentence.last; k++) {
    const g = layer.tokens[k].pos === 'VERB' && lex.voteVerbs.has(layer.tokens[k].lemma) ? verbGroupAt(layer, k) : undefined;
    if (g && g.tense !== 'future' && g.modal === null && !g.prospective) return true;
  }
  return false;
}

/**
 * "27,595" on a line of its own under a sports report's team sheets: a count that is its whole sentence, with no word
 * to claim anything, is the game's record (the attendance), not a statistic a source must stand behind; so is one
 * right after a field's one-word label and colon opening its sentence ("Att: 47,111").
 */
function standsAlone(article: Article, f: FigureMention): boolean {
  const sentence = article.sentences[f.sentence];
  if (f.kind !== 'count' || !sentence) return false;
  // ("Att: 47,111 Ref: S Bennett", review 98: a team sheet's field, one capitalised label and a colon, then the count.)
  const before = trimBlanks(article.prose.slice(sentence.start, f.start));
  const field = before.endsWith(':') && wordsOf(before).length === 1 && isCapitalised(before);
  return (field || trimBlanks(article.prose.slice(sentence.start, sentence.end)) === f.text) && isSportReport(article);
}

/**
 * A count of record (kind `record`): a ranked set, a possessive's or a named body's make-up ("the borough's 17 wards",
 * "the 12 original members of NATO", "the 20-strong Primera Liga"), a set named whole, a body of bodies ("a coalition of 12 charities"), or the
 * make-up of a formal body of people after lex.peopleBodyNouns and "of", as fixed as a court's ("a panel of nine law
 * lords", "a jury of 12"). Whole counts up to lex.recordMax only, but for a ranked set; null otherwise.
 */
function record(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'count' || f.approximate || f.value === null || !Number.isInteger(f.value) || (f.valueMax ?? null) !== null) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at >= 0 && rankedSet(article, layer.tokens, layer.tokenAt(f.end - 1))) return { kind: 'record' };
  if (f.value > lex.memberCountMax) return null;
  // "the 12 original members of NATO", "all 148 WTO members": a named body's make-up, as its possessive is; a body of
  // states may pass lex.recordMax (the UN has 193).
  if (memberCountOf(layer, article.prose, at, layer.tokenAt(f.end - 1), lex)) return { kind: 'record' };
  return f.value <= lex.recordMax && wholeOfOwner(article, f, lex, layer, at) ? { kind: 'record' } : null;
}

/**
 * Whether the count `f` starting at layer token `at` is the whole of what an owner or a body has: after a possessive
 * ("the borough's 17 wards"), a set named whole, a name's size ("the European Union at 27"), joined to such a count,
 * or after a formal body of people or a body of bodies and "of" ("a jury of 12", "a coalition of 12 charities").
 */
function wholeOfOwner(article: Article, f: FigureMention, lex: Lexicon, layer: Language, at: number): boolean {
  // (Past the last token, as in copy cut short while typing, there is no word.)
  const word = (k: number) => (k >= 0 && at >= 0 && k < layer.tokens.length && layer.tokens[k].sentence === layer.tokens[at].sentence ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  if (POSSESSIVE.has(word(at - 1)) || toldWhole(word, at, f.value!) || allOfOwners(word, at, layer.tokenAt(f.end - 1))) return true;
  if (sizeByName(layer, word, at, layer.tokenAt(f.end - 1))) return true;
  // "its four battalions and 15 companies": joined to a count of record.
  const joined = (word(at - 1) === 'and' || word(at - 1) === 'or') && layer.tokens[at - 2]?.pos === 'NOUN' && layer.tokens[at - 3]?.pos === 'NUM' && POSSESSIVE.has(word(at - 4));
  if (joined) return true;
  const collective = word(at - 1) === 'of' && layer.tokens[at - 2]?.pos === 'NOUN' ? word(at - 2) : '';
  return lex.peopleBodyNouns.has(collective) || madeOfBodies(f, collective, lex) || workAbout(word, layer, at);
}

/** "a drama about two teenage boys": a count after a work's noun (data/entity-work-nouns.txt) and "about" tells what the work is about. */
function workAbout(word: (k: number) => string, layer: Language, at: number): boolean {
  return word(at - 1) === 'about' && layer.tokens[at - 2]?.pos === 'NOUN' && readWordList('entity-work-nouns.txt').has(word(at - 2));
}

/** "on all 25 of its channels" (review 85): the count at tokens `at`..`last` is the whole of what an owner has, as "its 25 channels" is. */
function allOfOwners(word: (k: number) => string, at: number, last: number): boolean {
  return word(at - 1) === 'all' && word(last + 1) === 'of' && POSSESSIVE.has(word(last + 2));
}

/**
 * Whether the count at layer tokens `at`..`last` is a named body's size: right after its name and "at" ("the European
 * Union at 27", "Nato at 32 members"; or an age, a place in a list), or after a pronoun standing for it ("John Glenn,
 * who at 77 is about to fly again"); or after "the" and before "-strong" and the name ("the 20-strong Primera Liga",
 * review 77; "a 300-strong crowd" has no name).
 */
function sizeByName(layer: Language, word: (k: number) => string, at: number, last: number): boolean {
  if (word(at - 1) === 'at' && (layer.tokens[at - 2]?.pos === 'PROPN' || layer.tokens[at - 2]?.pos === 'PRON')) return true;
  return word(at - 1) === 'the' && word(last + 1) === '-' && word(last + 2) === 'strong' && layer.tokens[last + 3]?.pos === 'PROPN';
}

/**
 * "Portadown, 30 miles (50 kms) southwest of Belfast", "Armentieres, about 20 miles from Lille": a distance
 * (lex.distanceUnits) in apposition to a name, followed, past its unit and a conversion in brackets, by a compass word
 * (lex.compassWords) and "of", or by "from", and a name, places one place from another: a fact of record (review 70);
 * null otherwise.
 */
function placeDistance(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'measure' || !f.unit || !lex.distanceUnits.has(f.unit)) return null;
  const layer = languageOf(article);
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  // In apposition to a place's name ("Portadown, 30 miles …", "Armentieres, about 20 miles …"): not where an event
  // was measured ("The epicentre was registered 95 kilometres northeast of Rome").
  const first = layer.tokenAt(f.start);
  if (word(first - 1) !== ',' || layer.tokens[first - 2]?.pos !== 'PROPN') return null;
  let k = layer.tokenAt(f.end - 1) + 2;
  // Past a conversion in brackets: "(50 kms)".
  if (word(k) === '(') while (layer.tokens[k] && word(k) !== ')') k++;
  if (word(k) === ')') k++;
  if (lex.compassWords.has(word(k)) && word(k + 1) === 'of') k += 2;
  else if (word(k) === 'from') k++;
  else return null;
  return layer.tokens[k]?.pos === 'PROPN' ? { kind: 'record' } : null;
}

/** Most words between a penalty's word and its amount ("a fine of up to", "fined up to", "a maximum fine of"). */
const PENALTY_REACH = 4;

/**
 * "The charge also carries a fine of up to $250,000", "could be fined up to £5,000", "will face a maximum fine of
 * £1,000" (review 74): money the law sets as the most a penalty may be, a penalty word (lex.penaltyWords) and a
 * limit (lex.penaltyLimits: the figure's own "up to", or "maximum" before it) within PENALTY_REACH words before the
 * amount, in its sentence: a fact of public record, as a rule's limit is. Null otherwise.
 */
function penaltyLimit(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'money') return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const sentence = layer.tokens[at].sentence;
  const before: string[] = [];
  for (let k = at - 1; k >= 0 && k >= at - PENALTY_REACH && layer.tokens[k].sentence === sentence; k--) before.unshift(article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase());
  const own = wordsOf(f.text.toLowerCase()).slice(0, -1);
  const words = [...before, ...own].join(' ');
  const limited = [...lex.penaltyLimits].some((p) => ` ${words} `.includes(` ${p} `));
  return limited && before.some((w) => lex.penaltyWords.has(w)) ? { kind: 'legal-limit' } : null;
}

/** Parts of speech between a rule lead and its rule noun ("Under EU rules", "under the stability pact"). */
const RULE_NAME_POS: ReadonlySet<string> = new Set(['DET', 'PROPN', 'ADJ', 'NOUN']);

/**
 * "Under EU rules, budget deficits must be kept below 3% of GDP", "By law, drivers must not exceed 70mph": a figure in
 * a sentence that names a rule after a rule lead (lex.ruleLeads, lex.ruleNouns: "under … rules", "by law") and sets it
 * with a modal of obligation (lex.obligationModals; or "may not", "cannot"), after a limit word (lex.limitWords: "below
 * 3%", "exceed 70mph", or its own "no more than"), is a limit the rule sets, a fact of public record (review 69); not
 * "Under the new law, 4,000 people must leave their homes"; null otherwise.
 */
function ruleLimit(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const sentence = at >= 0 ? layer.sentences[layer.tokens[at].sentence] : undefined;
  if (!sentence) return null;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  // ("no more than 20%", "up to 10": the figure's own approximator is its limit word.)
  const limit = (at > sentence.first && lex.limitWords.has(word(at - 1))) || wordsOf(f.text.toLowerCase()).slice(0, -1).some((w) => lex.limitWords.has(w));
  if (!limit) return null;
  const obliged = verbGroupsIn(layer, sentence.first, sentence.last).some((g) => lex.obligationModals.has(layer.tokens[g.first].lemma) || (g.negated && (g.modal === 'may' || g.modal === 'can')));
  if (!obliged) return null;
  for (let k = sentence.first; k <= sentence.last; k++) {
    if (!lex.ruleNouns.has(word(k))) continue;
    let j = k - 1;
    while (j >= sentence.first && j >= k - 3 && RULE_NAME_POS.has(layer.tokens[j].pos) && !lex.ruleLeads.has(word(j))) j--;
    if (j >= sentence.first && lex.ruleLeads.has(word(j))) return { kind: 'record' };
  }
  return null;
}

/** "all three teams", "All five men", "all the three theatres": a set of up to ENUMERATED_MAX the reader knows, named whole. */
function toldWhole(word: (k: number) => string, at: number, value: number): boolean {
  return value <= ENUMERATED_MAX && (word(at - 1) === 'all' || (word(at - 1) === 'the' && word(at - 2) === 'all'));
}

/**
 * "a coalition of 12 charities", "an alliance of 27 nations": count `f` of bodies (a noun that names bodies, learned
 * in data/entity-heads.json, or lex.memberNouns) after "of" and `collective`, a noun of lex.collectiveNouns: the make-up
 * of a body made of bodies.
 */
function madeOfBodies(f: FigureMention, collective: string, lex: Lexicon): boolean {
  const unit = (f.unit ?? '').toLowerCase();
  return unit !== '' && lex.collectiveNouns.has(collective) && (namesBodies(unit, true) || lex.memberNouns.has(unit));
}

/** Parts of speech that may stand between a count and the noun it counts ("the 12 original members", "the 12 eurozone countries"). */
const COUNT_MODIFIERS: ReadonlySet<string> = new Set(['ADJ', 'PROPN', 'NOUN']);

/**
 * The token after the modifiers (at most two words: adjectives, names, nouns, "member", hyphenated compounds; a name
 * of several words, "of" inside it, counts as one: "the 46 Council of Europe member states") that follow the count
 * ending at layer token `last`, stopping at a noun of membership or of charges; `body` when a name or noun was among
 * them (the body's: "the 25 EU states").
 */
function headAfterCount(layer: Language, word: (k: number) => string, last: number, lex: Lexicon): { k: number; body: boolean } {
  const toks = layer.tokens;
  let k = last + 1;
  let body = false;
  // (A hyphenated compound is a modifier whatever the tagger read: "three drink-driving/VERB offences".)
  for (let words = 0; k < toks.length && (COUNT_MODIFIERS.has(toks[k].pos) || word(k) === 'member' || word(k).includes('-')); k++) {
    if (isMemberNoun(word(k), lex) || lex.chargeNouns.has(word(k))) break;
    body ||= toks[k].pos === 'PROPN' || toks[k].pos === 'NOUN';
    // Past a name's "of" ("Council of Europe"), still the same name.
    if (toks[k].pos === 'PROPN' && word(k + 1) === 'of' && toks[k + 2]?.pos === 'PROPN') k += 2;
    const nameGoesOn = toks[k].pos === 'PROPN' && toks[k - 1]?.pos === 'PROPN' && k - 1 > last;
    if (!nameGoesOn && ++words > 2) break;
  }
  return { k, body };
}

/**
 * Whether the count at layer tokens `first` to `last` is followed by a noun of membership (lex.memberNouns: members,
 * states, nations), perhaps after adjectives or "member" ("original", "founding", "member states"), then "of" and a
 * name ("NATO", "the European Union"; not "300 members of the union"); after "member" no name is needed ("27 member
 * states"), nor after "the" or "all" with the body's name or noun before the member noun ("the 12 eurozone countries",
 * "All 27 EU states"; "members" only after "all" and a name: "all 148 WTO members"); and a count of charges
 * ("denies 10 charges of abuse": lex.chargeNouns; or after a court's outcome: "found guilty of two trademark offences").
 */
function memberCountOf(layer: Language, prose: string, first: number, last: number, lex: Lexicon): boolean {
  const toks = layer.tokens;
  const word = (k: number) => (toks[k] ? prose.slice(toks[k].start, toks[k].end).toLowerCase() : '');
  const { k, body } = headAfterCount(layer, word, last, lex);
  // "denies 10 charges of child abuse", "faces three counts of fraud": the charges are the court's record.
  if (lex.chargeNouns.has(word(k)) && (word(k + 1) === 'of' || afterCourtOutcome(toks, word, first, lex))) return true;
  if (!isMemberNoun(word(k), lex)) return false;
  // "the London Assembly, which is made up of 25 members", "The panel consists of 12 members": a body's make-up.
  if (madeUpOf(word, first, lex)) return true;
  // "an informal summit of 27 member states", "The 25 member-states": "member" names the body's make-up by itself; so
  // does "the" with the body's name before the member noun ("finance ministers of the 12 eurozone countries").
  if (word(k - 1) === 'member' || word(k).startsWith(MEMBER_JOINED)) return true;
  // (Not people: "the 30 union members" who walked out are a count of the story's; but "all 148 WTO members" are a
  // named body's whole membership.)
  const whole = word(first - 1) === 'the' || word(first - 1) === 'all';
  if (body && whole && (word(k) !== 'members' || allMembersOf(toks, word, first, last, k))) return true;
  if (word(k + 1) !== 'of') return false;
  const name = word(k + 2) === 'the' ? k + 3 : k + 2;
  return toks[name]?.pos === 'PROPN' && toks[name].sentence === toks[last].sentence;
}

/** Whether one of lex.makeUpPhrases ("made up of", "consists of", "comprises") ends right before token `first`. */
function madeUpOf(word: (k: number) => string, first: number, lex: Lexicon): boolean {
  for (let n = 1; n <= MAKE_UP_WORDS && first - n >= 0; n++) {
    const words: string[] = [];
    for (let j = first - n; j < first; j++) words.push(word(j));
    if (lex.makeUpPhrases.has(words.join(' '))) return true;
  }
  return false;
}
/** The most words of a make-up phrase ("is made up of" reads "made up of"). */
const MAKE_UP_WORDS = 3;

/** Prepositions between a court's outcome and its count of charges ("guilty of", "pleaded guilty to", "charged with"). */
const OUTCOME_PREPOSITIONS = new Set(['of', 'to', 'with']);

/**
 * Whether the count starting at layer token `first` follows a court's outcome or charge sheet (lex.courtOutcomeLemmas),
 * right before it or before "of", "to" or "with": "found guilty of two offences", "admitted three counts", "charged with
 * four offences". A count of offences without one ("police recorded 5,000 offences") is a statistic.
 */
function afterCourtOutcome(toks: readonly Token[], word: (k: number) => string, first: number, lex: Lexicon): boolean {
  const before = OUTCOME_PREPOSITIONS.has(word(first - 1)) ? first - 2 : first - 1;
  return before >= 0 && toks[before].sentence === toks[first].sentence && lex.courtOutcomeLemmas.has(toks[before].lemma);
}

/** "member-" joined to a noun of membership ("member-states"), as "member states" is. */
const MEMBER_JOINED = 'member-';

/** Whether a lower-cased word is a noun of membership (lex.memberNouns), alone or after "member-" ("member-states"). */
function isMemberNoun(w: string, lex: Lexicon): boolean {
  return lex.memberNouns.has(w.startsWith(MEMBER_JOINED) ? w.slice(MEMBER_JOINED.length) : w);
}

/** Prepositions of place that make the members after "all" a part of the body ("all 150 Unite members at the plant"). */
const PART_PLACES = new Set(['at', 'in', 'on', 'from', 'across']);

/**
 * "all 148 WTO members": "all", the count at tokens `first`..`last`, only proper nouns, then "members" at token `k`,
 * and no preposition of place after it that makes them a part ("all 150 Unite members at the plant").
 */
function allMembersOf(toks: readonly Token[], word: (k: number) => string, first: number, last: number, k: number): boolean {
  if (word(first - 1) !== 'all' || k <= last + 1 || !toks.slice(last + 1, k).every((t) => t.pos === 'PROPN')) return false;
  return !PART_PLACES.has(word(k + 1));
}

/**
 * A market quote's level or change: a number in hundredths to ten-thousandths ("2596.72", "0.45", "1.8345"), perhaps
 * with its currency ("141.65 yen"; group 1), never a scale ("12.50 million" is a result, not a quote).
 */
const QUOTE_LEVEL = /\d\.\d{2,4}(?:\s*(\p{L}+))?$/u;
/** Its change after it, or its level before it: "2596.72, off 17.01", "141.65 yen, off 0.45", "215.86, up 0.19". */
const QUOTE_CHANGE_AFTER = /^(?:\s*\p{L}+)?,\s*(?:off|up|down)\s+\d[\d,]*\.\d{2,4}\b(?!\s*(?:%|\p{L}))/iu;
const QUOTE_CHANGE_BEFORE = /\d\.\d{2,4}(?:\s*\p{L}+)?,\s*(?:off|up|down)\s+$/iu;
/** A whole number and a fraction at the end of a figure's text ("31 7/8"). */
const EIGHTHS_PRICE = /\d \d{1,2}\/\d{1,2}$/;

/** How far before a count of shares, in tokens, the noun of a trading volume names it ("trading volume totaled"). */
const SHARE_VOLUME_REACH = 8;

/**
 * "compared with 3.3% for the S&P 500, 3.5% for the NYSE Composite and 3.6% for the industrial average": figures of
 * a market figure's kind chained to it in its sentence by a comparison and a list of what each is "for" or "from"
 * ("down 4.5% from the previous Friday and 6.8% from Oct. 13", TimeBank wsj_0586), or by "from" (the level a share
 * moved from; review 70).
 */
const MARKET_COMPARED = /^\s*,?\s*(?:compared (?:with|to)|against|versus|vs\.?)\s+$/i;
const MARKET_LISTED = /^\s+(?:for|from)\s+[^,;.!?]{1,60}?(?:,\s*(?:and\s+)?|\s+and\s+)$/i;

function marketCompared(article: Article, prev: FigureMention | undefined, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (!prev || prev.noSourceNeeded?.kind !== 'market' || prev.sentence !== f.sentence) return null;
  const gap = article.prose.slice(prev.end, f.start);
  // "Shares fell 1% to 510.75 pence in London, and dropped by 1.2% to 50.50 euros in Amsterdam" (review 83): a move
  // told by a trading verb that shares the subject of the quote before it, and the level a market's move in percent
  // took it to.
  if (coordinatedMove(article, prev, f, lex) || (prev.kind === 'percent' && f.kind !== 'percent' && wordsOf(gap).join(' ') === 'to') || closedAt(article, prev, f, lex)) return { kind: 'market' };
  // "…, with closest rival JFE Holdings down 3.4%" (review 128): another name's move in an absolute clause after the
  // quote, or joined to one by "and" ("… and rival STMicro down 0.8%").
  const absolute = ABSOLUTE_MOVE.exec(gap);
  if (f.kind === 'percent' && absolute && lex.marketDirections.has(absolute[1].toLowerCase())) return { kind: 'market' };
  if (prev.kind !== f.kind) return null;
  // "rising to a high for the year of $42.875 a share in June from $29.75 in March": the move's starting level.
  const from = wordsOf(gap).pop() === 'from' && ![';', '.', '!', '?'].some((mark) => gap.includes(mark));
  return MARKET_COMPARED.test(gap) || MARKET_LISTED.test(gap) || from ? { kind: 'market' } : null;
}

/**
 * ", with" or "and", then words holding a capitalised name, then the word of a move's direction right before the
 * figure ("…, with JFE Holdings down ", "… and rival STMicro down "); group 1 the direction.
 */
const ABSOLUTE_MOVE = /(?:,\s*with|\s+and)\s+[^,;:.!?]{0,60}?\p{Lu}[^,;:.!?]{0,60}?\s+(\p{L}+)\s+$/u;

/** Words that may stand between a coordinated trading verb and its figure ("dropped by", "fell as much as"), besides adverbs ("nearly"). */
const MOVE_LINKS: ReadonlySet<string> = new Set(['by', 'as', 'much']);

/**
 * Whether the words between the market figure `prev` and `f` (one sentence, no clause-ending mark) end with "and", a
 * trading verb (data marketVerbs) and at most link words of MOVE_LINKS: a second move of the same subject ("…, and
 * dropped by 1.2%", "and slid nearly 3%"). A subject of its own between "and" and the verb ("and sales fell 3%") makes it none.
 */
function coordinatedMove(article: Article, prev: FigureMention, f: FigureMention, lex: Lexicon): boolean {
  const layer = languageOf(article);
  const first = layer.tokenAt(prev.end - 1) + 1;
  const last = layer.tokenAt(f.start) - 1;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  let k = last;
  while (k >= first && (MOVE_LINKS.has(word(k)) || layer.tokens[k].pos === 'ADV')) k--;
  if (k - 1 < first || layer.tokens[k].pos !== 'VERB' || !lex.marketVerbs.has(lemmaOf(layer, k, lex)) || word(k - 1) !== 'and') return false;
  for (let j = first; j < k - 1; j++) if (CLAUSE_ENDS.has(word(j))) return false;
  return true;
}
/**
 * "gained 7.6% during the year to close at 11,488.76 points" (review 84): the words between the market figure `prev`
 * and `f` end with a verb of closing (data closingVerbs: close, end, finish, open) and "at", with no verb, comma or
 * clause mark before it: the level the move took the market to.
 */
function closedAt(article: Article, prev: FigureMention, f: FigureMention, lex: Lexicon): boolean {
  const layer = languageOf(article);
  const first = layer.tokenAt(prev.end - 1) + 1;
  const at = layer.tokenAt(f.start) - 1;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  if (at - 1 < first || word(at) !== 'at' || !lex.closingVerbs.has(lemmaOf(layer, at - 1, lex))) return false;
  // (Only a phrase of time or "to" between: "during the year to close at"; no verb, comma or clause mark.)
  for (let j = first; j < at - 1; j++) if (CLAUSE_ENDS.has(word(j)) || word(j) === ',' || layer.tokens[j].pos === 'VERB' || layer.tokens[j].pos === 'AUX') return false;
  return true;
}

/** Marks that end a clause between two figures. */
const CLAUSE_ENDS: ReadonlySet<string> = new Set([';', '.', '!', '?', ':']);

function market(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (marketTableQuote(article, f, lex) || eighthsPrice(f)) return { kind: 'market' };
  if (exchangeRate(article, f, lex) || marketBreadth(article, f, lex) || shareMoveToLevel(article, f) || levelOfSubject(article, f, lex) || tradedPrice(article, f, lex) || marketValue(article, f, lex)) return { kind: 'market' };
  const points = f.kind === 'count' && (f.unit === null || f.unit.toLowerCase() === 'points');
  const shares = f.kind === 'count' && f.unit?.toLowerCase() === 'shares';
  if (f.kind !== 'percent' && f.kind !== 'money' && !points && !shares) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const sentence = layer.sentences[layer.tokens[at].sentence];
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const r: MarketReading = { layer, at, first: sentence?.first ?? at, word, lex };
  const end = layer.tokenAt(f.end - 1);
  if (shares) return shareVolume(r) || volumeAfter(r, end) ? { kind: 'market' } : null;
  return marketMove(article, f, r, () => tradingSession(layer, end + 1, sentence?.last ?? end, word, lex)) ? { kind: 'market' } : null;
}

/**
 * In a story that has already quoted the trading day (an earlier figure read as a market's, the caller's test), a
 * percentage a company or a currency moved, told with the name as the trading verb's subject: "Thai Airways shed almost
 * 4%", "with Japan's Kinki Nippon sliding 1.5%", "The Thai baht lost 0.3% against the US currency" (review39). A company
 * cannot fall 4% but by its share price, nor a currency but by its rate; "Tesco's sales fell 4%" names no company as
 * the subject, nor does "Revenue rose 33%" (a word copy writes in lower case, data/common-words.txt), and a party's
 * poll ratings ("Labour fell 4%") are told in no market report. Only words that are no nouns ("almost", "as much as")
 * may stand between the verb and the figure. Besides a percentage, a move and its level ("British Petroleum fell 5 to
 * 286", moveToLevel) and a move per share ("British Gas shed 8.5 pence a share") are such quotes.
 */
function nameMovedOnTheDay(article: Article, f: FigureMention, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'percent' && !moveToLevel(f) && !(f.kind === 'money' && PER_SHARE_AFTER.test(article.prose.slice(f.end, f.end + 24)))) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const first = layer.sentences[layer.tokens[at].sentence]?.first ?? at;
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const verb = tradingVerb(layer, at, first, word, lex);
  if (verb < 0 || !toldAsDone(layer, verb, at)) return null;
  let subject = verb - 1;
  while (subject > first && layer.tokens[subject].pos === 'AUX') subject--;
  if (subject < first) return null;
  return (lex.currencyWords.has(word(subject)) && !afterPrepositionIn(layer, subject, first)) || companySubject(layer, subject, first, word) ? { kind: 'market' } : null;
}

/**
 * Whether figure `f` is a bare move and the level it took a share to, written "N to M" ("British Petroleum fell 5 to
 * 286", "Hanson skidded 9.5 to 200.5"; TimeBank wsj_0586): a range of no unit whose upper end is the larger. The
 * caller holds it to a trading verb with a company as its subject, in a story that quotes the trading day.
 */
function moveToLevel(f: FigureMention): boolean {
  return f.kind === 'count' && f.unit === null && f.value !== null && (f.valueMax ?? 0) > f.value && f.text.includes(' to ');
}

/**
 * Whether trading verb `verb` tells the day's move as done, with no noun phrase between it and the figure at token
 * `at`: not a forecast ("sales … will fall 8-9%") nor a run of years ("The dollar has fallen by 50% against the euro").
 */
function toldAsDone(layer: Language, verb: number, at: number): boolean {
  const group = verbGroupAt(layer, verb);
  if (layer.tokens[verb].lemma === 'be' || (group && (group.tense === 'future' || group.modal !== null || (group.perfect && group.tense === 'present')))) return false;
  for (let k = verb + 1; k < at; k++) if (NAMING_POS.has(layer.tokens[k].pos)) return false;
  return true;
}

/**
 * Whether the proper nouns ending at token `subject` name a company: not after a preposition ("sales for the year to
 * March will fall") other than the "with" of an absolute clause ("with ThyssenKrupp dropping"), and not one word copy writes in lower case, capitalised at a sentence's start ("Revenue rose
 * 33%", "Sales fell 20%": a company's results, which need their source; data/common-words.txt).
 */
function companySubject(layer: Language, subject: number, first: number, word: (k: number) => string): boolean {
  if (layer.tokens[subject].pos !== 'PROPN') return false;
  let opening = subject;
  while (opening - 1 >= first && layer.tokens[opening - 1].pos === 'PROPN') opening--;
  // ("with ThyssenKrupp dropping 1.7%", review 128: "with" opens an absolute clause whose -ing verb the name is the subject of.)
  const absolute = word(opening - 1) === 'with' && word(subject + 1).endsWith('ing');
  if (opening - 1 >= first && layer.tokens[opening - 1].pos === 'ADP' && !absolute) return false;
  return opening < subject || !readWordList('common-words.txt').has(word(subject));
}

/** Parts of speech that would make the words between a trading verb and its figure a noun phrase of their own. */
const NAMING_POS = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * "the dollar was at 1.8400 marks and 142.10 yen", "the pound, which was at $1.5765": the price of the currency a
 * clause quotes (quotedCurrency) in another currency, below MAX_EXCHANGE_RATE (no company's millions: "the euro rose
 * and the bank lent $20bn"), or a bare level in ten-thousandths.
 */
function exchangeRate(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if ((f.kind !== 'money' && f.kind !== 'count') || f.value === null || f.value >= MAX_EXCHANGE_RATE) return false;
  const code = quotedCurrency(article, f, lex);
  if (code === null) return false;
  // "The Thai baht lost 0.3%, trading at 39.10": a bare level the currency trades at.
  const tradesAt = wordsOf(article.prose.slice(Math.max(0, f.start - 16), f.start).toLowerCase()).slice(-2).join(' ');
  return f.kind === 'money' ? f.unit !== code : (f.text.split('.')[1]?.length ?? 0) >= EXCHANGE_DECIMALS || TRADES_AT.has(tradesAt);
}

/** The words before a bare level that make it a price a currency or a share trades at. */
const TRADES_AT = new Set(['trade at', 'trading at', 'trades at', 'traded at']);

/**
 * The ISO code of the currency a clause quotes before figure `f`: the nearest currency word (lex.currencyWords) in
 * its sentence that is not in the possessive ("the dollar's strength"), not another amount's ("942 million Canadian
 * dollars", amountBefore), and not the quote's own currency ("against the Japanese yen to trade at 104.16 yen"); null
 * when there is none.
 */
function quotedCurrency(article: Article, f: FigureMention, lex: Lexicon): string | null {
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return null;
  const first = layer.sentences[layer.tokens[at].sentence]?.first ?? at;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  for (let k = at - 1; k > first && k >= at - MARKET_REACH; k--) {
    const code = lex.currencyWords.get(word(k));
    if (code && !amountBefore(layer, k, first) && !endsPossessive(word(k + 1)) && !(f.kind === 'money' && f.unit === code)) return code;
  }
  return null;
}

/** Whether a number stands before token `k`, past adjectives and names ("942 million Canadian" before "dollars"). */
function amountBefore(layer: Language, k: number, first: number): boolean {
  return beforeModifiers(layer, k, first)?.pos === 'NUM';
}

/** The token before token `k` past its adjectives and names, within the sentence from token `first`; undefined at its start. */
function beforeModifiers(layer: Language, k: number, first: number): Token | undefined {
  let j = k - 1;
  while (j >= first && (layer.tokens[j].pos === 'ADJ' || layer.tokens[j].pos === 'PROPN')) j--;
  return j >= first ? layer.tokens[j] : undefined;
}

/**
 * How far back (tokens; about eight UTF-16 code units each for text) a market figure's currency or breadth noun is
 * looked for in its sentence: a news sentence is shorter, and a run of thousands of numbers stays linear.
 */
const MARKET_REACH = 60;

/** The highest exchange rate read as one (a yen or a rupee per dollar runs into hundreds). */
const MAX_EXCHANGE_RATE = 10_000;
/** Decimals that make a bare level a currency's rate ("1.8400 marks"). */
const EXCHANGE_DECIMALS = 4;

/**
 * "Compaq Computer nose-dived $8.625 a share, to $100": a change per share and the level it moved to, whatever the
 * verb — the share price of the trading day, not a company's money.
 */
function shareMoveToLevel(article: Article, f: FigureMention): boolean {
  if (f.kind !== 'money') return false;
  const after = wordsOf(article.prose.slice(f.end, f.end + 24).replace(',', ' '));
  return after[0] === 'a' && after[1] === 'share' && after[2] === 'to' && (after[3]?.startsWith('$') ?? false);
}

/**
 * "the company has a market value of about $278.4 million", "a market capitalisation of $3bn": "market" and a noun of
 * lex.marketValueNouns before "of" and money name a listed company's worth at its share price, market data (review 70).
 */
function marketValue(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if (f.kind !== 'money') return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const word = (k: number) => (k >= 0 && layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  return word(at - 1) === 'of' && lex.marketValueNouns.has(word(at - 2)) && word(at - 3) === 'market';
}

/** Words of a currency's rate against another ("against the euro", "versus the dollar", "per euro"). */
const RATE_WORDS: ReadonlySet<string> = new Set(['against', 'versus', 'per']);

/**
 * "when they traded at about $10", "from a price of $8 a share on Oct. 9": a price securities traded at (the verb
 * "trade" and "at" right before the money) or a price of one share ("price of" before it, "a share" or "per share"
 * after it) is market data of record, not a claim. Not a company's earnings per share ("a profit of 33 cents a share"
 * names no price), nor a currency's rate (a sentence with "against", "versus" or "per", or a currency's name before the
 * figure: the BBC needs-source labels want "The dollar was trading at $1.3652 versus the euro" sourced).
 */
function tradedPrice(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if (f.kind !== 'money') return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 2 || layer.tokens[at].start !== f.start) return false;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  // A currency's rate is a claim the BBC labels want sourced ("The dollar was trading at $1.3652 versus the euro").
  const sentence = layer.sentences[layer.tokens[at].sentence];
  let rate = !sentence;
  for (let k = sentence?.first ?? 0; !rate && k <= sentence.last; k++) rate = RATE_WORDS.has(word(k)) || (k < at && lex.currencyWords.has(word(k)));
  if (!rate && word(at - 1) === 'at' && layer.tokens[at - 2].lemma === 'trade' && layer.tokens[at - 2].pos === 'VERB') return true;
  const after = wordsOf(article.prose.slice(f.end, f.end + 12));
  const perShare = (after[0] === 'a' || after[0] === 'per') && after[1]?.replace(/[.,;]$/, '') === 'share';
  return perShare && word(at - 1) === 'of' && (word(at - 2) === 'price' || word(at - 2) === 'prices');
}

/**
 * "Yield on the issue was 7.88%", "Shares in the group were at 245p": a level given with "be" for a market
 * (namesShares) that opens the sentence as its subject, no other verb between.
 */
function levelOfSubject(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if (f.kind !== 'percent' && f.kind !== 'money') return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  if (at < 0) return false;
  const first = layer.sentences[layer.tokens[at].sentence]?.first ?? at;
  const subject = layer.tokens[first].pos === 'DET' ? first + 1 : first;
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  if (!namesShares(layer, subject, word, lex)) return false;
  let be = false;
  for (let k = subject + 1; k < at; k++) {
    const t = layer.tokens[k];
    if (t.pos === 'VERB' || (t.pos === 'AUX' && t.lemma !== 'be')) return false;
    be ||= t.lemma === 'be';
  }
  return be;
}


/**
 * "Declining issues on the Big Board outstripped gainers 1,141 to 406", "the number of stocks on the New York Stock
 * Exchange that fell in price exceeded 1,000": how many issues rose or fell on an exchange named in the sentence
 * (lex.marketPlaces) — the trading day's record, as its moves are.
 */
function marketBreadth(article: Article, f: FigureMention, lex: Lexicon): boolean {
  if ((f.kind !== 'count' && f.kind !== 'ratio') || f.value === null) return false;
  const sentence = article.sentences[f.sentence];
  if (!sentence || !breadthNounIn(article, f.sentence, lex)) return false;
  const words = wordsOf(article.prose.slice(Math.max(sentence.start, f.start - MARKET_REACH * 8), f.start).toLowerCase());
  const placeAt = (k: number) => (lex.marketPlaces.get(words[k]) ?? []).some((phrase) => phrase.every((w, j) => words[k + j] === w));
  return words.some((w) => lex.marketBreadthNouns.has(w)) && words.some((_, k) => placeAt(k));
}

/** Per article, whether each sentence (by index) holds a market breadth noun at all (lex.marketBreadthNouns). */
const BREADTH_SENTENCES = new WeakMap<Article, Map<number, boolean>>();

/**
 * Whether sentence `index` of `article` holds a noun of lex.marketBreadthNouns anywhere: read once per sentence, so a
 * sentence of many figures ("12 12 12 …", 20,000 of them) does not read its words again for each.
 */
function breadthNounIn(article: Article, index: number, lex: Lexicon): boolean {
  let bySentence = BREADTH_SENTENCES.get(article);
  if (!bySentence) BREADTH_SENTENCES.set(article, (bySentence = new Map()));
  let found = bySentence.get(index);
  if (found === undefined) {
    const s = article.sentences[index];
    found = wordsOf(article.prose.slice(s.start, s.end).toLowerCase()).some((w) => lex.marketBreadthNouns.has(w));
    bySentence.set(index, found);
  }
  return found;
}

/** A figure read for a market quote: the layer, the figure's first token `at`, its sentence's first token, a token's lower-case text. */
interface MarketReading {
  layer: Language;
  at: number;
  first: number;
  word: (k: number) => string;
  lex: Lexicon;
}

/**
 * A markets table: "Dow Jones industrials 2596.72, off 17.01; transportation 1190.43, off 14.76", "Dollar: 141.65
 * yen, off 0.45": a level in hundredths and its change in hundredths, both quotes.
 */
function marketTableQuote(article: Article, f: FigureMention, lex: Lexicon): boolean {
  const level = QUOTE_LEVEL.exec(f.text);
  if (!level || (level[1] && !lex.currencyWords.has(level[1].toLowerCase()))) return false;
  return QUOTE_CHANGE_AFTER.test(article.prose.slice(f.end, f.end + 24)) || QUOTE_CHANGE_BEFORE.test(article.prose.slice(Math.max(0, f.start - 40), f.start));
}

/** "eased 1/8 to 31 7/8": a whole number and a fraction in eighths is a share price as US markets quoted them. */
function eighthsPrice(f: FigureMention): boolean {
  return f.kind === 'count' && !f.unit && EIGHTHS_PRICE.test(f.text);
}

/**
 * "on volume of 2,633,700 shares": the day's volume; "Friday's trading volume totaled 132.8 million shares", "share
 * turnover … is almost 148 million shares": a count of shares traded is the market's record, as its moves are.
 */
function shareVolume({ at, first, word, lex }: MarketReading): boolean {
  if (lex.tradingVolumeWords.has(word(at - 2)) && word(at - 1) === 'of') return true;
  for (let k = at - 1; k >= Math.max(first, at - SHARE_VOLUME_REACH); k--) if (lex.tradingVolumeWords.has(word(k))) return true;
  return false;
}

/**
 * "with more than a million shares changing hands", "2.1 million shares were traded": a count of shares that a phrase of
 * lex.tradingVolumeAfter follows (its unit at layer token `last + 1`, the phrase after it) is the session's volume (review 75).
 */
function volumeAfter({ word, lex }: MarketReading, last: number): boolean {
  const unit = word(last + 1) === 'shares' ? last + 1 : last;
  return lex.tradingVolumeAfter.has(word(unit + 1)) || lex.tradingVolumeAfter.has(`${word(unit + 1)} ${word(unit + 2)}`);
}

/** A market's move or a share's price: after a trading verb or a move's noun, in a trading session (`session`) or with a market named. */
function marketMove(article: Article, f: FigureMention, r: MarketReading, session: () => boolean): boolean {
  const { layer, at, first, word, lex } = r;
  // "closing at $100 a share, … in over-the-counter trading": a share price in a trading session.
  if (f.kind === 'money' && PER_SHARE_AFTER.test(article.prose.slice(f.end, f.end + 24)) && session()) return true;
  const verb = tradingVerb(layer, at, first, word, lex);
  // "a decline of 87.5 cents in Intel's stock … in over-the-counter trading": a move named by its noun.
  if (verb < 0) return word(at - 1) === 'of' && lex.marketVerbs.has(layer.tokens[at - 2]?.lemma ?? '') && layer.tokens[at - 2].pos === 'NOUN' && session();
  // "GM closed down $1.875 at $44.875 in New York Stock Exchange trading", "fell 75 cents to $52.25 on the Big Board".
  if (session() || openingSessionPrice(f, r, verb) || closingMove(r, verb, layer.tokenAt(f.end - 1)) || chainedSession(r, verb)) return true;
  // "pushing the Dow Jones industrial average up 72.24 points": the market named between the verb and the figure.
  for (let k = verb + 1; k < at; k++) if (namesShares(layer, k, word, lex)) return true;
  // "rising to $42.30 a barrel": a commodity's price per unit, moved on the day; "US light crude rose $1.64 to
  // $47.10", "Gold fell 2%": a commodity that is the verb's subject, its unit given elsewhere.
  if ((f.kind === 'money' || f.kind === 'percent') && (perCommodityUnit(article, f, lex) || commoditySubject(layer, article.prose, verb, first, lex)) && toldAsDone(layer, verb, at)) return true;
  // "Crossland closed at $5.25": a price a stock closed or opened at.
  if (f.kind === 'money' && verb === at - 2 && word(at - 1) === 'at' && lex.closingVerbs.has(layer.tokens[verb].lemma)) return true;
  return namesMarket(layer, article.prose, verb, first, word, lex);
}

/**
 * "In national over-the-counter trading yesterday, POP plunged $4 to $14.75": a session that opens the sentence, and
 * a price with no scale (a share's, not a company's millions: "In London trading, sales rose $4m" is no quote).
 */
function openingSessionPrice(f: FigureMention, { layer, first, word, lex }: MarketReading, verb: number): boolean {
  const digits = [...f.text].filter((c) => isDigits(c) || c === '.').join('');
  return f.kind === 'money' && f.value === Number(digits) && tradingSession(layer, first, verb - 1, word, lex);
}

/**
 * "A barrel of US crude oil closed up $2.80 at $51.15", "Gold opened higher at $1,950", "The 30-share index settled
 * 42.0 points lower at 1678.5" (TimeBank wsj_0586): a close or an opening with its direction, before the figure or
 * right after it and its points (the figure ending at layer token `last`), is a quote itself.
 */
function closingMove({ layer, at, first, word, lex }: MarketReading, verb: number, last: number): boolean {
  const between = Array.from({ length: at - verb - 1 }, (_, k) => verb + 1 + k);
  // "ended Monday down $1.33 to $42.12": the day may stand before the direction, and the move before the level.
  const quoteWord = (k: number) => {
    const w = word(k);
    return w === 'at' || w === 'to' || w === POINTS || lex.marketDirections.has(w) || lex.weekdays.has(w) || SESSION_DAYS.has(w) || layer.tokens[k].pos === 'NUM' || lex.currencySymbols.has(w);
  };
  const after = word(last + 1) === POINTS ? last + 2 : last + 1;
  // (A direction after the figure, and a trading verb that is no close or opening ("settled"), only with a market or an
  // index named before the verb: "Sales closed 4% higher" is a company's result, "ratings settled down to 12 million" a show's.)
  const indexNamed = () => Array.from({ length: verb - first }, (_, k) => first + k).some((k) => word(k) === INDEX || namesShares(layer, k, word, lex));
  const closing = lex.closingVerbs.has(layer.tokens[verb].lemma);
  if (!between.every(quoteWord) || !(closing || indexNamed())) return false;
  return between.some((k) => lex.marketDirections.has(word(k))) || (lex.marketDirections.has(word(after)) && indexNamed());
}
/** The unit of an index's move and level, and the noun that names an index. */
const POINTS = 'points';
const INDEX = 'index';

/** Whether "a", "an" or "per" and a unit a commodity is priced in (lex.commodityUnits: "a barrel") follow figure `f`. */
function perCommodityUnit(article: Article, f: FigureMention, lex: Lexicon): boolean {
  const after = asciiWords(article.prose.slice(f.end, f.end + 16).toLowerCase());
  return (after[0] === 'a' || after[0] === 'an' || after[0] === 'per') && lex.commodityUnits.has(after[1] ?? '');
}

/**
 * Whether the subject of the verb at layer token `verb` (tokens from `first`, its sentence's first) is a traded
 * commodity, read by the attribution's subject reader (attribution.ts subjectBefore: its head is the nominal before
 * any prepositional phrase): a head of lex.commodityNouns ("US light crude", "Brent crude in London", "Gold also"),
 * or of lex.priceNouns with a commodity in the subject ("oil prices", "the price of copper in Shanghai"). Not "oil
 * output", "gold reserves": their head is no price.
 */
function commoditySubject(layer: Language, prose: string, verb: number, first: number, lex: Lexicon): boolean {
  const subject = subjectBefore(layer, prose, verbGroupAt(layer, verb)?.first ?? verb, first);
  if (!subject) return false;
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  if (lex.commodityNouns.has(word(subject.head))) return true;
  if (!lex.priceNouns.has(word(subject.head))) return false;
  for (let k = subject.first; k < verb; k++) if (lex.commodityNouns.has(word(k))) return true;
  return false;
}

/** Days a close is told on besides the weekdays ("ended yesterday down $1.33"). */
const SESSION_DAYS = new Set(['today', 'yesterday']);

/**
 * "Brent crude also rose in London trading, adding $1.89 to $48.62": a session named after an earlier trading verb
 * of the same chain ("rose in London trading, adding …"; not "In London trading, sales rose 5%").
 */
function chainedSession({ layer, at, first, word, lex }: MarketReading, verb: number): boolean {
  let earlier = verb - 1;
  while (earlier >= first && layer.tokens[earlier].pos !== 'VERB') earlier--;
  return earlier >= first && lex.marketVerbs.has(layer.tokens[earlier].lemma) && tradingSession(layer, earlier + 1, at - 1, word, lex);
}

/** The largest count whose items a sentence may name instead of sourcing it ("three choices: …"). */
const ENUMERATED_MAX = 10;
/** How far, in tokens, the list may start after the count ("Two Middle East terrorists with records of …, Abu Nidal"). */
const ENUMERATION_REACH = 14;
const LIST_OPENERS = new Set([',', ':', '-', '--', '—', '–', '(']);
/** What opens the second of two items told as "one … and the other …" ("the other", "another"). */
const SECOND_ITEM = new Set(['other', 'another']);
/**
 * "ruled in favour of Grokster and StreamCast, two file-sharing networks" (review 87): how many names a list right
 * before the comma before layer token `first` holds (names of proper nouns, joined by commas and a last "and" or "or");
 * 0 when no such list stands there. `sentenceFirst` bounds the reading.
 */
function namesListedBefore(layer: Language, word: (k: number) => string, first: number, sentenceFirst: number): number {
  if (first - 2 < sentenceFirst || word(first - 1) !== ',' || layer.tokens[first - 2].pos !== 'PROPN') return 0;
  let names = 0;
  let joined = false;
  let k = first - 2;
  while (k >= sentenceFirst) {
    if (layer.tokens[k].pos !== 'PROPN') break;
    while (k >= sentenceFirst && layer.tokens[k].pos === 'PROPN') k--;
    names++;
    const join = k >= sentenceFirst ? word(k) : '';
    if (names === 1 && (join === 'and' || join === 'or')) { joined = true; k--; continue; }
    if (names > 1 && join === ',') { k--; continue; }
    break;
  }
  return joined && names >= 2 ? names : 0;
}

/** Words after a comma that end a list rather than add an item to it. */
const LIST_ENDERS = new Set(['which', 'who', 'whose', 'where', 'while']);

/**
 * "Two Middle East terrorists with records of attacks, Abu Nidal and Abu Abbas, have ties to Baghdad": a whole count up
 * to ENUMERATED_MAX whose items the same sentence lists right after its noun phrase (after a comma, colon, dash or
 * bracket, joined by commas and one "and"/"or"), exactly as many as it counts; or two told as "one …, the other …"
 * after a colon or dash. The reader can count them; nothing is
 * estimated. Read from the layer.
 */
function enumerated(article: Article, f: FigureMention): NoSourceNeeded | null {
  if (f.kind !== 'count' || f.value === null || f.valueMax !== null || f.approximate || !Number.isInteger(f.value) || f.value < 2 || f.value > ENUMERATED_MAX) return null;
  const layer = languageOf(article);
  const at = layer.tokenAt(f.end - 1);
  const sentence = at < 0 ? undefined : layer.sentences[layer.tokens[at].sentence];
  if (!sentence) return null;
  const raw = (i: number) => article.prose.slice(layer.tokens[i].start, layer.tokens[i].end);
  const word = (i: number) => raw(i).toLowerCase();
  if (namesListedBefore(layer, word, layer.tokenAt(f.start), sentence.first) === f.value) return { kind: 'enumerated' };
  let k = at + 1;
  while (k <= Math.min(sentence.last, at + ENUMERATION_REACH) && !LIST_OPENERS.has(word(k))) k++;
  if (k > sentence.last || !LIST_OPENERS.has(word(k))) return null;
  const appositive = word(k) === ',';
  // "two legal challenges - one from the ELAA and the other from IATA": two items told one, then the other.
  if (!appositive && f.value === 2 && k < sentence.last && word(k + 1) === 'one') {
    for (let j = k + 2; j <= sentence.last && layer.tokens[j].pos !== 'PUNCT'; j++) if (SECOND_ITEM.has(word(j))) return { kind: 'enumerated' };
  }
  // After a colon, a dash or a bracket the list runs to the sentence's end or a closing mark: its items are the
  // comma-separated parts, the last split at its "and"/"or" ("labels and tapes, computer products and photofinishing":
  // three).
  if (!appositive) {
    let commas = 0;
    let lastJoined = false;
    let serial = false;
    let words = 0;
    for (let j = k + 1; j <= sentence.last; j++) {
      const t = layer.tokens[j];
      if (word(j) === ',') {
        if (words === 0) return null;
        // "…, Hard Rock and Deluxe Films, which provides …": a relative clause after the list ends it.
        if (lastJoined && j < sentence.last && LIST_ENDERS.has(word(j + 1))) break;
        commas++;
        lastJoined = false;
        words = 0;
        continue;
      }
      if (t.pos === 'PUNCT') break;
      // "…, or that the INS return the boy": a serial comma before the joiner leaves one item fewer than commas + 2.
      if (raw(j) === 'and' || raw(j) === 'or') { if (words > 0 || word(j - 1) === ',') { serial = words === 0; lastJoined = true; } continue; }
      words++;
    }
    return lastJoined && words > 0 && commas + (serial ? 1 : 2) === f.value ? { kind: 'enumerated' } : null;
  }
  // After a comma the list is an appositive: runs of words between commas, one "and" or "or" before the last, closed
  // by a comma after it ("…, Abu Nidal and Abu Abbas, have ties") or by the sentence's end.
  let closed = false;
  let items = 0;
  let inItem = false;
  let joined = false;
  // An appositive lists names: each item holds a proper noun ("Gazprom and the unknown Baikal Finance Group"), which
  // keeps out a count that is itself one item of a list ("including two judges, a senior barrister and experts").
  let unnamed = false;
  let named = false;
  for (k++; k <= sentence.last; k++) {
    const w = word(k);
    const t = layer.tokens[k];
    if (w === ',' && joined) { closed = true; break; }
    // "Drink Or Die": a capitalised "Or" is part of a name, not the list's joiner.
    if (w === ',' || ((raw(k) === 'and' || raw(k) === 'or') && !joined)) {
      // ", and the teen comedy …": a serial comma before the joiner.
      if (!inItem && w !== ',' && word(k - 1) === ',') { joined = true; continue; }
      if (!inItem) return null;
      unnamed ||= !named;
      inItem = false;
      named = false;
      if (w !== ',') joined = true;
      continue;
    }
    if (t.pos === 'PUNCT') break;
    if (!inItem) items++;
    inItem = true;
    named ||= t.pos === 'PROPN' && isCapitalised(raw(k));
  }
  unnamed ||= inItem && !named;
  // A list of names may also run to the sentence's end ("three Soviet astronauts, Valery Kubasov, Leonid Popov and
  // Valery Riumin."): every item named keeps out the count that is itself one item of a list.
  if (unnamed || !(closed || k >= sentence.last)) return null;
  return joined && items === f.value ? { kind: 'enumerated' } : null;
}

/**
 * ", or 91 cents a share", ", or 50%", ", or a 7.6% stake": a restatement right after the figure it restates, perhaps
 * past its counted noun ("3,027,330 Rally's shares, or 45.2%").
 */
const isBlank = (c: string | undefined) => c === ' ' || c === '\t';
const OR_BETWEEN = /^(?:[ \t]+[\p{L}'’]+){0,3}[ \t]*(?:,|[ \t][-–—])[ \t]*or[ \t]+(?:an?[ \t]+)?$/iu;
/** The words between a count and its share told without a comma: the counted noun at most, then "or". */
const BARE_OR_BETWEEN = /^(?:[ \t]+[\p{L}'’]+){0,3}[ \t]+or[ \t]+$/iu;
const PER_SHARE_AFTER = /^[ \t]+(?:a|per)[ \t]+(?:diluted[ \t]+)?share\b/i;

/**
 * "save about $4 million in interest expenses next year, or six cents a share": an amount per share after ", or"
 * restates the amount before it in its sentence however far the total's own words run (perShare reads the near ones).
 */
function farPerShare(article: Article, prev: FigureMention | undefined, f: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || prev.kind !== 'money' || f.kind !== 'money') return null;
  const restates = PER_SHARE_AFTER.test(article.prose.slice(f.end, f.end + 24)) && commaOrBefore(article.prose.slice(prev.end, f.start));
  return restates ? { kind: 'restatement', restates: quote(prev) } : null;
}

/**
 * "$43.50 for each of the 4.9 million shares the parent doesn't own, or $213.2 million": money after ", or" that is,
 * within PRODUCT_TOLERANCE (a fraction, for rounding), a price given before it in its sentence times a count given
 * there too restates them (LABELLING.md: a restatement of a figure in the same sentence); the price carries any
 * finding. `i` indexes `figures`, one article's in text order.
 */
function productOf(article: Article, figures: readonly FigureMention[], i: number): NoSourceNeeded | null {
  const f = figures[i];
  const prev = figures[i - 1];
  if (!prev || prev.sentence !== f.sentence || f.kind !== 'money' || !f.value || !commaOrBefore(article.prose.slice(prev.end, f.start))) return null;
  const before = figures.slice(0, i).filter((g) => g.sentence === f.sentence && g.value !== null);
  const price = before.find((a) => a.kind === 'money' && before.some((b) => b.kind === 'count' && Math.abs(a.value! * b.value! - f.value!) <= PRODUCT_TOLERANCE * f.value!));
  return price ? { kind: 'restatement', restates: quote(price) } : null;
}

/** How far, as a fraction of the total, a price times a count may fall from the total it is rounded to. */
const PRODUCT_TOLERANCE = 0.005;

/** Whether the words between two figures end in ", or" and hold no clause break (";", ":"). */
function commaOrBefore(between: string): boolean {
  const words = trimBlanks(between);
  return words.endsWith(' or') && trimBlanks(words.slice(0, -3)).endsWith(',') && !words.includes(';') && !words.includes(':');
}

/**
 * "profit of $12.4 million, or 91 cents a share": an amount per share right after the total it restates, in the same
 * sentence (LABELLING.md: a restatement of a figure in the same sentence); the total carries any finding.
 */
/** Whether one of `a` and `b` is a count and the other a measure ("3,420 images" and "7.2GB"). */
function countAndMeasure(a: FigureMention, b: FigureMention): boolean {
  return (a.kind === 'count' && b.kind === 'measure') || (a.kind === 'measure' && b.kind === 'count');
}

/**
 * "4.875 million people or 11.7%": a share right after a count or amount, past the counted noun, with "or" and no
 * comma, tells the count again (review 110); the count carries any finding.
 */
function shareAfterBareOr(article: Article, prev: FigureMention | undefined, f: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence || f.kind !== 'percent' || (prev.kind !== 'count' && prev.kind !== 'money')) return null;
  return BARE_OR_BETWEEN.test(article.prose.slice(prev.end, f.start)) ? { kind: 'restatement', restates: quote(prev) } : null;
}

function perShare(article: Article, prev: FigureMention | undefined, f: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.sentence !== f.sentence) return null;
  const perShareAfter = (x: FigureMention) => PER_SHARE_AFTER.test(article.prose.slice(x.end, x.end + 24));
  // "$50 a share, or about $55 million": the per-share words of the figure before stand between.
  const between = article.prose.slice(prev.end, f.start).replace(PER_SHARE_AFTER, '');
  const bareOr = trimBlanks(between).length === 2 && startsWithIgnoringCase(trimBlanks(between), 'or') && isBlank(between[0]) && isBlank(between[between.length - 1]);
  if (!OR_BETWEEN.test(between) && !bareOr) return null;
  // "27 million, or 50%, of the UK", "a rise of $5m, or 10%": the same quantity in another kind.
  // A share restates an amount or count and the other way round; two amounts are alternatives ("over 60, or £300").
  // So is a count told again as a measure ("3,420 images - or 7.2GB").
  const otherKind = prev.kind !== f.kind && (prev.kind === 'percent' || f.kind === 'percent' || countAndMeasure(prev, f)) && prev.kind !== 'ratio' && f.kind !== 'ratio';
  // "$12.4 million, or 91 cents a share" and "$50 a share, or about $55 million": a total and its amount per share.
  const perShareOfTotal = prev.kind === 'money' && f.kind === 'money' && (perShareAfter(f) || perShareAfter(prev));
  // Without the comma only a total and its amount per share ("$525.8 million or $4.67 a share"), and a share after a
  // count or amount (shareAfterBareOr, read before this): "£250 or £500" are two figures offered as alternatives.
  if (bareOr ? !perShareOfTotal : !otherKind && !perShareOfTotal) return null;
  return { kind: 'restatement', restates: quote(prev) };
}

/**
 * Words that join the figures of one market quote: "closed at $5.25, down $1.875, a 26% decline", "down 247p, or 18%",
 * "up five pence to a near-record 720 pence".
 */
const QUOTE_JOIN = /^(?:[ \t]+(?:a|per)[ \t]+share\b)?[ \t]*,?[ \t]*(?:(?:up|down|off|or|a|an|and|to|at|from)[ \t]+)*(?:(?:new|near-record|record)[ \t]+)?$/i;

/**
 * The figure a market quote's next figure goes on: the one before figures[i], or, when that is a conversion of the one
 * before it ("closed at C$9.75 (US$8.32), up 75 Canadian cents"; review 94), that one.
 */
function quoteBefore(figures: readonly FigureMention[], i: number): FigureMention | undefined {
  const prev = figures[i - 1];
  return prev?.noSourceNeeded?.kind === 'conversion' && figures[i - 2]?.noSourceNeeded?.kind === 'market' ? figures[i - 2] : prev;
}

/** A figure that goes on a market quote the figure before it in its sentence gives (`market`), joined by QUOTE_JOIN. */
function sameQuote(article: Article, prev: FigureMention | undefined, f: FigureMention): NoSourceNeeded | null {
  if (!prev || prev.noSourceNeeded?.kind !== 'market' || prev.sentence !== f.sentence) return null;
  // The counted noun after the figure before ("up 72.24 points, to 8,189.49") is not in its span.
  // A conversion in brackets goes with the figure before it ("five pence (eight U.S. cents) to a near-record 720 pence").
  let between = article.prose.slice(prev.end, f.start).replace(/[ \t]*\([^()]*\)/g, '');
  const unit = prev.kind === 'count' ? prev.unit : null;
  if (unit && between.trimStart().toLowerCase().startsWith(unit.toLowerCase())) between = between.trimStart().slice(unit.length);
  return QUOTE_JOIN.test(between) ? { kind: 'market' } : null;
}

/** How far right of a figure the trading session that makes it a market quote may be named, in tokens. */
const SESSION_REACH = 16;

/**
 * Whether layer tokens [from, last] name a trading session before a clause joined by a conjunction or a semicolon:
 * "in (New York Stock Exchange composite) trading" (lex.marketSessionNouns within a few words of "in"), a market place
 * ("on the Big Board", lex.marketPlaces), or "on volume of" (lex.tradingVolumeWords).
 */
function tradingSession(layer: Language, from: number, last: number, word: (k: number) => string, lex: Lexicon): boolean {
  const toks = layer.tokens;
  for (let k = from; k <= Math.min(last, from + SESSION_REACH); k++) {
    if (toks[k].pos === 'CCONJ' || word(k) === ';') return false;
    const w = word(k);
    if (lex.marketSessionNouns.has(w)) for (let b = k - 1; b >= Math.max(from, k - 6); b--) if (word(b) === 'in') return true;
    if (lex.tradingVolumeWords.has(w) && word(k + 1) === 'of') return true;
    // "at the close", "at the open"
    if (w === 'at' && word(k + 1) === 'the' && lex.closingVerbs.has(word(k + 2))) return true;
    for (const phrase of lex.marketPlaces.get(w) ?? []) if (phrase.every((p, j) => word(k + j) === p)) return true;
  }
  return false;
}

/** The layer token of the verb of a trading day nearest left of token `at` ("closed up 23 points"), or -1. */
function tradingVerb(layer: Language, at: number, first: number, word: (k: number) => string, lex: Lexicon): number {
  const toks = layer.tokens;
  let verb = -1;
  for (let k = at - 1; k >= Math.max(first, at - MARKET_VERB_REACH) && verb < 0; k--) {
    // The verb group's main verb, which the tagger may read as a noun ("has been trading/NOUN under $4").
    const g = verbGroupAt(layer, k);
    if (g) verb = g.head;
    else if (toks[k].pos === 'VERB' || toks[k].pos === 'AUX') verb = k;
  }
  // "The stock began trading this summer at $14 apiece" (review 88): after a verb of beginning or going on, the -ing
  // form the tagger may read as a noun is the verb of the trading day.
  const ing = verb >= 0 && ASPECTUAL_LEMMAS.has(toks[verb].lemma) ? verb + 1 : -1;
  if (ing > 0 && ing < at && lex.marketVerbs.has(lemmaOf(layer, ing, lex))) verb = ing;
  if (verb < 0 || !lex.marketVerbs.has(lemmaOf(layer, verb, lex))) return -1;
  // "were down 10%", not "was 10%".
  if (toks[verb].lemma === 'be' && !toks.slice(verb + 1, at).some((_, i) => lex.marketDirections.has(word(verb + 1 + i)))) return -1;
  return verb;
}

/** Lemmas of verbs of beginning or going on, whose -ing object tells the action ("began trading", "continued falling"). */
const ASPECTUAL_LEMMAS: ReadonlySet<string> = new Set(['begin', 'start', 'continue', 'resume']);

/**
 * The lemma of layer token `k` read as a verb: the tagger's, or for an -ing form it read as a noun inside a verb group
 * ("has been trading/NOUN") the stem, as English spells it: trading → trade, slipping → slip, falling → fall.
 */
function lemmaOf(layer: Language, k: number, lex: Lexicon): string {
  const t = layer.tokens[k];
  if (t.pos === 'VERB' || t.pos === 'AUX' || !t.lemma.endsWith('ing')) return t.lemma;
  const stem = t.lemma.slice(0, -3);
  const doubled = stem.length > 2 && stem.at(-1) === stem.at(-2) ? stem.slice(0, -1) : stem;
  return [stem, `${stem}e`, doubled].find((w) => lex.marketVerbs.has(w)) ?? t.lemma;
}

/** Dashes that open and close an aside (" - which owns 46% of Virgin Blue - "). */
const DASHES: ReadonlySet<string> = new Set(['-', '–', '—']);
/** Most tokens between the two dashes of an aside. */
const DASH_ASIDE_REACH = 24;

/** For the dash at token `close`, the dash that opens the aside it closes, within DASH_ASIDE_REACH tokens after `first`; -1 when there is none. */
function dashAsideOpening(close: number, first: number, word: (k: number) => string): number {
  for (let k = close - 1; k > first && k >= close - DASH_ASIDE_REACH; k--) if (DASHES.has(word(k))) return k;
  return -1;
}

/** Whether the subject left of layer token `verb` names a share market or shares (lex.marketSubjects). */
function namesMarket(layer: Language, prose: string, verb: number, first: number, word: (k: number) => string, lex: Lexicon): boolean {
  // "Nashua's stock has fluctuated sharply, rising to a high of $42.875 a share": a participle after a comma takes the
  // main clause's subject, past its verb.
  let mainVerbs = word(verb - 1) === ',' && word(verb).endsWith('ing') ? 1 : 0;
  const start = mainVerbs === 0 ? groupStart(layer, verb, first) : verb - 1;
  // "The Nikkei index was pressured down by profit-taking and fell 151.20 points" (TimeBank wsj_0586): a conjunction
  // right before the verb group joins it to the sentence's first verb, whose subject it shares.
  if (mainVerbs === 0 && layer.tokens[start]?.pos === 'CCONJ') return openingNamesMarket(layer, start, word, lex);
  // (Until the main clause's verb is passed, its words are not counted: "They were trading 84% above the offer price on
  // Monday, changing hands at 372 riyals", review 86.)
  for (let k = start - mainVerbs, reach = MARKET_SUBJECT_REACH; k >= first && reach > 0; k--, reach -= mainVerbs > 0 ? 0 : 1) {
    const named = marketWordAt(layer, k, first, word, lex);
    if (named !== undefined) return named;
    if (mainVerbs > 0 && (layer.tokens[k].pos === 'VERB' || layer.tokens[k].pos === 'AUX')) {
      // Step over the main clause's verb group ("has fluctuated"); the words after it were read on the way here.
      while (k > first && (layer.tokens[k - 1].pos === 'VERB' || layer.tokens[k - 1].pos === 'AUX')) k--;
      mainVerbs--;
      reach = MARKET_SUBJECT_REACH;
      continue;
    }
    // An aside between commas is stepped over and not counted ("Shares in BT, which cut 300 jobs, rose 2%"), and so is
    // the comma before a relative pronoun ("a boost to shares, which have advanced 4%").
    const open = word(k) === ',' ? asideStart(layer, prose, k, first) : -1;
    if (open >= 0) { k = open; reach++; continue; }
    if (word(k) === ',' && RELATIVES.has(word(k + 1))) continue;
    // "Shares in its major shareholder, Patrick Corporation - which owns 46% of Virgin Blue - had dropped 31%" (review
    // 104): an aside between dashes is stepped over too, and the appositive its opening dash closes.
    const dashOpen = DASHES.has(word(k)) ? dashAsideOpening(k, first, word) : -1;
    if (dashOpen >= 0) { const outer = asideStart(layer, prose, dashOpen, first); k = outer >= 0 ? outer : dashOpen; reach++; continue; }
    // A verb, a conjunction or a comma before the market's name ends the subject ("sold shares and its profits rose 5%").
    if (CLAUSE_BREAK.has(layer.tokens[k].pos) && word(k) !== '&') return false;
  }
  return false;
}

/**
 * The layer token right before the verb group of token `verb` (its sentence from token `first`), past the verb's own
 * auxiliaries, which are no break ("Its stock … has been trading under $4 a share"), and a verb of beginning right
 * before it ("began trading"); `first - 1` when the group opens the sentence.
 */
function groupStart(layer: Language, verb: number, first: number): number {
  let start = verb - 1;
  while (start >= first && (layer.tokens[start].pos === 'AUX' || (start === verb - 1 && ASPECTUAL_LEMMAS.has(layer.tokens[start].lemma)))) start--;
  return start;
}

/**
 * What layer token `k` (in the sentence from token `first`) says of a market subject: true when it names one, false
 * when it is a pronoun standing for something else, undefined when it is neither.
 */
function marketWordAt(layer: Language, k: number, first: number, word: (k: number) => string, lex: Lexicon): boolean | undefined {
  // The name first: the tagger reads some "shares" as a verb ("a boost to shares which have advanced 4%").
  if (namesShares(layer, k, word, lex)) return true;
  // "Shares in NCCI soared on their first day of trading. They were trading 84% above the offer price" (review 86): a
  // subject pronoun right before its verb group stands for the subject of the sentence before.
  if (SUBJECT_PRONOUNS.has(word(k)) && layer.tokens[k].pos === 'PRON' && VERB_POS.has(layer.tokens[k + 1]?.pos ?? '')) return openingNamesMarket(layer, first - 1, word, lex);
  // A company's stock: "Nashua's stock", "its stock", "The stock began trading … at $14" (review 89; not "the stock of
  // unsold homes", "the housing stock").
  if (word(k) === 'stock' && word(k + 1) !== 'of' && (endsPossessive(word(k - 1)) || word(k - 1) === 'its' || word(k - 1) === 'the')) return true;
  return undefined;
}

/** Whether the noun at layer token `k` is a preposition's object ("Sales in dollars"), past its names and adjectives. */
function afterPrepositionIn(layer: Language, k: number, first: number): boolean {
  return beforeModifiers(layer, k, first)?.pos === 'ADP';
}

/**
 * Whether layer token `k` names a share market or shares: a word of lex.marketSubjects, spelt with or without its
 * hyphens ("FT-SE" for "FTSE"), or the noun of a count of shares before "index" or "average" ("the Financial Times
 * 100-share index", "Standard & Poor's 500-stock index"; TimeBank wsj_0586): an index of so many shares is a share
 * index, where "the consumer price index" or "the ISM index" is a statistic.
 */
function namesShares(layer: Language, k: number, word: (k: number) => string, lex: Lexicon): boolean {
  const w = word(k);
  if (lex.marketSubjects.has(w) || (w.includes('-') && lex.marketSubjects.has(w.replaceAll('-', '')))) return true;
  return SHARE_NOUNS.has(w) && word(k - 1) === '-' && layer.tokens[k - 2]?.pos === 'NUM' && INDEX_NOUNS.has(word(k + 1));
}

/** The nouns of a count of shares an index is made of ("100-share", "500-stock"), and the nouns such a count names. */
const SHARE_NOUNS: ReadonlySet<string> = new Set(['share', 'stock']);
const INDEX_NOUNS: ReadonlySet<string> = new Set(['index', 'average']);

/** Pronouns that stand for a market's name as a verb's subject, and the parts of speech of a verb group's first word. */
const SUBJECT_PRONOUNS: ReadonlySet<string> = new Set(['they', 'it']);
const VERB_POS: ReadonlySet<string> = new Set(['VERB', 'AUX']);

/** Whether the sentence holding layer token `k` opens with a market's name before its first verb ("Shares in NCCI soared"). */
function openingNamesMarket(layer: Language, k: number, word: (k: number) => string, lex: Lexicon): boolean {
  const sentence = k >= 0 ? layer.sentences[layer.tokens[k].sentence] : undefined;
  if (!sentence) return false;
  for (let j = sentence.first; j <= Math.min(sentence.last, sentence.first + MARKET_SUBJECT_REACH); j++) {
    if (namesShares(layer, j, word, lex)) return true;
    if (VERB_POS.has(layer.tokens[j].pos)) return false;
  }
  return false;
}

/**
 * A count that names a ranked set: a superlative right after it ("the world's 500 largest companies", "the 10
 * richest people", "the 100 most influential"). The superlative is read from the tagger: an adjective whose lemma
 * differs from its -est form, or "most"/"least" before an adjective.
 */
function rankedSet(article: Article, tokens: readonly Token[], last: number): boolean {
  const next = tokens[last + 1];
  if (!next || next.sentence !== tokens[last].sentence) return false;
  const word = article.prose.slice(next.start, next.end).toLowerCase();
  if (next.pos === 'ADJ' && word.endsWith('est') && next.lemma !== word) return true;
  return (word === 'most' || word === 'least') && tokens[last + 2]?.pos === 'ADJ';
}

/**
 * The article's headings and its standfirst: every heading (and a headline pasted as text), the list items (a summary in bullets) that come before
 * the body's second ordinary paragraph, and the paragraph right before those bullets when it is the first. Spans
 * are paragraph spans (UTF-16 offsets), not in text order.
 */
function leadParagraphs(article: Article): Span[] {
  const out: Span[] = [];
  let ordinary = 0;
  let firstOrdinary: Span | null = null;
  for (const p of article.paragraphs) {
    const lineStart = article.lines.lineRange(article.lines.positionAt(p.start).line).start;
    const line = article.text.slice(lineStart, lineStart + 12);
    // A headline pasted as text (a first paragraph of one line with no full stop: inHeadline) is a heading too.
    if (HEADING_LINE.test(line) || (p === article.paragraphs[0] && inHeadline(article, p.start))) out.push(p);
    else if (LIST_ITEM_LINE.test(line)) {
      if (ordinary >= 2) continue;
      out.push(p);
      // A summary line right before the bullets is part of the standfirst (GOV.UK style).
      if (ordinary === 1 && firstOrdinary) { out.push(firstOrdinary); firstOrdinary = null; }
    } else if (++ordinary === 1) firstOrdinary = p;
  }
  return out;
}

/** Most adjectives and names read between a story's count and the noun it counts ("Two UK gamers", "two Indian cement firms"). */
const STORY_COUNT_MODIFIERS = 3;

/**
 * "Two UK gamers are about to embark on a world tour", "a prosecution of five insurers", "The best eight players met":
 * a count written in words, up to lex.storyCountMax, exact, right before the noun it counts (adjectives and names
 * between, no "of": "six of the festivals" is a share), is a count of the story's own subjects, which desks do not
 * attribute (copy-desk reviews 57–62; the labelled sets mark 16 such counts as needing no source against 6). Not when
 * a word of lex.statisticLeads comes before it ("up from just four centres", "another three"), when its sentence gives
 * money or a percentage (`priced`: "£7m … to nine areas"), when the sentence tells of harm or loss (lex.harmLemmas: "Three
 * people were killed", "five workers lost their jobs", "closed three libraries": SPEC's counts of people affected,
 * injured or killed), or when it follows a forecast (a future verb group or a verb of lex.forecastLemmas: "will take three seats").
 */
function storyCount(article: Article, f: FigureMention, priced: ReadonlySet<number>, lex: Lexicon): NoSourceNeeded | null {
  if (f.kind !== 'count' || f.value === null || f.value > lex.storyCountMax || f.approximate || (f.valueMax ?? null) !== null || hasDigit(f.text) || priced.has(f.sentence)) return null;
  const layer = languageOf(article);
  const first = layer.tokenAt(f.start);
  const last = layer.tokenAt(f.end - 1);
  const before = layer.tokens[first - 1];
  if (before && before.sentence === layer.tokens[first].sentence && lex.statisticLeads.has(article.prose.slice(before.start, before.end).toLowerCase())) return null;
  let k = last + 1;
  while (k <= last + STORY_COUNT_MODIFIERS && (layer.tokens[k]?.pos === 'ADJ' || layer.tokens[k]?.pos === 'PROPN')) k++;
  if (layer.tokens[k]?.pos !== 'NOUN' || layer.tokens[k].sentence !== layer.tokens[first].sentence) return null;
  const sentence = layer.sentences[layer.tokens[first].sentence];
  for (let j = sentence.first; j <= sentence.last; j++) if (lex.harmLemmas.has(layer.tokens[j].lemma)) return null;
  // "will take three key seats", "expects to open four stores": a count after a future or forecasting verb is what it
  // forecasts (SPEC); "Two firefighters will run the marathon" counts the subject.
  if (verbGroupsIn(layer, sentence.first, first - 1).some((g) => g.tense === 'future' || lex.forecastLemmas.has(layer.tokens[g.head].lemma))) return null;
  return { kind: 'story-count' };
}

/** "in the last 16, which he will miss": a count after "the last" with no noun after it names a knockout round. */
function knockoutRound(article: Article, f: FigureMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(f.start);
  const end = layer.tokenAt(f.end - 1);
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const next = layer.tokens[end + 1];
  return at >= 2 && word(at - 1) === 'last' && word(at - 2) === 'the' && (!next || (next.pos !== 'NOUN' && next.pos !== 'PROPN' && next.pos !== 'ADJ'));
}
