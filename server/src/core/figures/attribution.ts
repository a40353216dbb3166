// Finds what sources a figure: citation tags, "according to …", a reporting verb with its speaker, data nouns with evidential verbs, attributed quotes.
import { describesPeople } from '../entities/refine';
import { lookupPlace } from '../entities/gazetteer';
import type { Config } from '../config';
import type { Article, Attribution, Span } from '../types';
import { asideStart, chunkEndingAt, commentAsideStart, isStrandedFullStop, isVerb, languageOf, quotationAt, verbGroupAt, verbGroupsIn, verbGroupWords, type Language, type Quotation, type VerbGroup } from '../language';
import type { Lexicon } from './lexicon';
import { readWordList } from '../dataFiles';
import { matchPhrase } from './numbers';
import { detached, GenerationMemo } from '../text/memo';
import { WindowMemo } from '../text/segments';
import { isCapitalised, type Token } from './tokens';
import { endsPossessive, isAllCapitals, isCapitalised as startsUpper, isDigits, straightApostrophes } from '../text/shape';

/** Parts of speech after which a word that can be a data verb is a noun ("since records began", "the records"). */
const NOUN_OPENERS: ReadonlySet<string> = new Set(['DET', 'ADP', 'SCONJ']);
/** Marks that end a sentence after an inverted speaker (`…, said police.`). */
const SENTENCE_ENDS = new Set(['.', '!', '?']);
/** Prepositions that tie an inverted speaker to the body it speaks for ("say analysts at Gartner"). */
const SPEAKER_PREPOSITIONS = new Set(['at', 'from', 'for', 'with']);
const isComma = (t: Token | undefined) => t?.kind === 'sym' && t.text === ',';
/** How many sentences back a report of a body's results sources the results told after it (resultsReport). */
const RESULTS_REACH = 8;
/** How many tokens before a figure its results word may stand ("Sales in the latest period were $1.76 billion, a 13% increase from last year's $1.55 billion"). */
const RESULTS_WORD_REACH = 30;

/**
 * The reporting verbs (the lexicon's and each of the configured `attributionVerbs` in its four forms: "brief",
 * "briefs", "briefed", "briefing") and the words that end a source phrase (those and the lexicon's data verbs), built
 * once per setting (VERB_SETS), not per analysis. The sets are read-only.
 */
function reportingVerbSets(lex: Lexicon, attributionVerbs: readonly string[]): { verbs: Set<string>; phraseStops: Set<string> } {
  const verbs = new Set(lex.reportingVerbs);
  for (const v of attributionVerbs) {
    const base = v.toLowerCase().trim();
    if (!base) continue;
    const stem = base.endsWith('e') ? base.slice(0, -1) : base;
    for (const form of [base, `${base}s`, `${stem}ed`, `${stem}ing`]) verbs.add(form);
  }
  return { verbs, phraseStops: new Set([...verbs, ...lex.dataVerbs]) };
}

/** reportingVerbSets by the configured verbs (joined by newlines); the lexicon is one per process. */
const VERB_SETS = new GenerationMemo<string, { verbs: Set<string>; phraseStops: Set<string> }>(16);

/** A sentence's attributions and, for each, the figures it reaches when it sources only its own clause (or null). */
interface SentenceAttributions {
  found: Attribution[];
  reach: (Span | null)[];
}

/**
 * Each sentence's attributions, kept per paragraph window (text/segments.ts WindowMemo): they are read from the
 * sentence's tokens, its citations and the sentence before it (pronounForData), with the reporting verbs of the
 * setting, which the key names.
 */
const SENTENCE_ATTRIBUTIONS = new WindowMemo<SentenceAttributions>();

/** Ids of the settings' reporting verbs (joined by newlines), for SENTENCE_ATTRIBUTIONS' key. */
const VERB_SET_IDS = new Map<string, number>();

/** `kept` with every offset moved `by` code units, the texts strings of their own (a memo keeps them). */
function shiftAttributions(kept: SentenceAttributions, by: number): SentenceAttributions {
  return {
    found: kept.found.map((a) => ({ ...a, start: a.start + by, end: a.end + by, text: detached(a.text) })),
    reach: kept.reach.map((r) => r && { start: r.start + by, end: r.end + by }),
  };
}

/** Whether `line` (the text from a line's start to a sentence's start) is a list item's marker: "- ", "* ", "+ ", "1. ", "2) ". */
function isListMarker(line: string): boolean {
  const m = line.trim();
  if (m === '-' || m === '*' || m === '+') return true;
  const last = m[m.length - 1];
  return m.length >= 2 && (last === '.' || last === ')') && isDigits(m.slice(0, -1));
}

/**
 * The sentence that introduces the list item sentence `s` stands in: "Judge Rand Rubin said she must:" before "- Pay
 * $1,000 fine". The items before `s` in its list are passed over; the sentence before the first must end with a colon
 * and stand right before the list (blank lines only between). -1 when `s` opens no list item, or the list has no such
 * lead-in.
 */
/** How far before a sentence a list item's marker can start, in UTF-16 code units: nested indentation and "123. ". */
const LIST_MARKER_REACH = 40;

function listLeadIn(article: Article, s: number): number {
  const { sentences, text } = article;
  const opensItem = (k: number) => {
    if (k < 0) return false;
    const from = article.lines.lineStartAt(sentences[k].start);
    return sentences[k].start - from <= LIST_MARKER_REACH && isListMarker(text.slice(from, sentences[k].start));
  };
  if (!opensItem(s)) return -1;
  let k = s;
  while (k - 1 >= 0 && opensItem(k - 1)) k--;
  // (An item of several sentences: its later sentences open no item; the lead-in is before the item that opens.)
  const lead = k - 1;
  if (lead < 0) return -1;
  const between = text.slice(sentences[lead].end, article.lines.lineStartAt(sentences[k].start));
  return text.slice(sentences[lead].start, sentences[lead].end).trimEnd().endsWith(':') && between.trim() === '' ? lead : -1;
}

export class AttributionFinder {
  private readonly perSentence = new Map<number, Attribution[]>();
  /** Each sentence's attributions from a fragment after it (attributingFragmentAfter). */
  private readonly fragments = new Map<number, Attribution[]>();
  /** Each sentence's report of results and its reporter's name (namesIn), or null (reportOfResults). */
  private readonly resultsReports = new Map<number, { report: Attribution; names: string } | null>();
  /** The figures an attribution reaches when it sources only its own clause (forecastBy), as offsets [start, end). */
  private readonly reach = new WeakMap<Attribution, Span>();
  private readonly verbs: Set<string>;
  private readonly quotes: Quotation[];
  private readonly citationSentence: number[];
  /** A source phrase ends where its verb begins: "figures from the central bank | show". */
  private readonly phraseStops: Set<string>;
  /** The reporting verbs' id (VERB_SET_IDS), for SENTENCE_ATTRIBUTIONS' key. */
  private readonly verbsKey: string;

  constructor(
    private readonly article: Article,
    private readonly toks: Token[],
    /** Token range [first, end) of each sentence. */
    private readonly sentenceTokens: [number, number][],
    private readonly config: Config,
    private readonly lex: Lexicon,
  ) {
    const verbKey = config.attributionVerbs.join('\n');
    const verbs = VERB_SETS.get(verbKey, () => reportingVerbSets(lex, config.attributionVerbs));
    if (!VERB_SET_IDS.has(verbKey)) {
      if (VERB_SET_IDS.size >= 16) VERB_SET_IDS.clear();
      VERB_SET_IDS.set(verbKey, VERB_SET_IDS.size);
    }
    this.verbsKey = `${VERB_SET_IDS.get(verbKey)}`;
    this.verbs = verbs.verbs;
    this.quotes = languageOf(article).quotations;
    this.phraseStops = verbs.phraseStops;
    this.citationSentence = article.citations.map((c) => sentenceOf(article, c.start));
  }

  /** The attribution nearest to `figure` within the configured scope, or null. */
  find(sentence: number, figure: Span): Attribution | null {
    const sentences = this.article.sentences;
    if (sentence < 0) return null;
    const scope = [sentence];
    if (this.config.attributionScope === 'paragraph') {
      const para = sentences[sentence].paragraph;
      for (let i = sentence - 1; i >= 0 && sentences[i].paragraph === para; i--) scope.push(i);
      for (let i = sentence + 1; i < sentences.length && sentences[i].paragraph === para; i++) scope.push(i);
    }
    const found: Attribution[] = [];
    // A forecast or a demand sources only what its own clause says ("Federated expects … but the deal will cost it
    // $1bn"); one that does not reach the figure leaves the quotation and lead-in readings below open.
    for (const s of scope) found.push(...this.inSentence(s).filter((a) => reaches(this.reach.get(a), figure)));
    const quote = this.quotes.find((q) => q.start <= figure.start && figure.end <= q.end);
    // A quotation the layer gave a speaker ("Ms Todd said: “…”", a statement after "said:", a quote that runs on
    // into the next paragraph) is sourced by that speaker.
    if (quote?.speaker && found.length === 0) {
      const from = Math.min(quote.speaker.start, quote.verb?.start ?? quote.speaker.start);
      const to = Math.max(quote.speaker.end, quote.verb?.end ?? quote.speaker.end);
      found.push({ kind: 'quote', start: from, end: to, text: this.article.text.slice(from, to) });
    }
    if (quote && found.length === 0) {
      // A quote attributed in the next sentence, where it closes: `"… 5%. It was big," he said.`
      const next = sentence + 1;
      const closes = sentenceOf(this.article, Math.max(quote.start, quote.end - 1));
      if (closes === next && sentences[next]?.paragraph === sentences[sentence].paragraph) {
        for (const a of this.inSentence(next)) if (a.start >= quote.end && a.kind !== 'cite' && a.kind !== 'footnote' && a.kind !== 'link') found.push({ ...a, kind: 'quote' });
      }
    }
    // "Judge Rand Rubin said she must:" and a list: each item finishes the lead-in's sentence, which attributes it.
    if (found.length === 0) {
      const lead = listLeadIn(this.article, sentence);
      if (lead >= 0) found.push(...this.inSentence(lead).filter((a) => reaches(this.reach.get(a), figure)));
    }
    // "Gas prices fell nearly two cents. That according to the Lundberg survey.": a fragment with no verb that only
    // attributes finishes the sentence before it, in its paragraph (broadcast copy; review 94).
    if (found.length === 0 && !quote) found.push(...this.attributingFragmentAfter(sentence));
    // "SBC said 5,125 positions would go. Another 1,700 will go from its sales department": a count opened by
    // "Another" or "A further" goes on with the account the sentence before attributed (review 102).
    if (found.length === 0 && !quote) found.push(...this.continuedAccount(sentence));
    // "Kellogg reported lower third-quarter earnings." … "Net fell 16% to $123.1 million": a story of a body's results
    // gives its source once, in the report; the results that follow are the report's.
    if (found.length === 0 && !quote) {
      const report = this.resultsReport(sentence, figure.start);
      if (report) found.push(report);
    }
    if (found.length === 0) return null;
    const distance = (a: Attribution) => (a.end <= figure.start ? figure.start - a.end : a.start >= figure.end ? a.start - figure.end : 0);
    return found.reduce((best, a) => (distance(a) < distance(best) ? a : best));
  }

  /**
   * The attributions of the sentence before sentence `s`, in its paragraph, that source all of it (a reporting verb
   * and its speaker, no forecast's clause, no quotation), when `s` opens with "Another" or "A further" and a number
   * ("Another 1,700 will go from its sales department"): the count goes on with the account before it. Else none.
   */
  private continuedAccount(s: number): Attribution[] {
    const layer = languageOf(this.article);
    const sentence = layer.sentences[s];
    if (!sentence || s < 1 || this.article.sentences[s - 1]?.paragraph !== this.article.sentences[s].paragraph) return [];
    const opener = this.word(sentence.first).toLowerCase();
    const count = opener === 'a' && this.word(sentence.first + 1).toLowerCase() === FURTHER ? sentence.first + 2 : sentence.first + 1;
    if ((opener !== ANOTHER && count === sentence.first + 1) || layer.tokens[count]?.pos !== 'NUM') return [];
    // (Reported speech only: after a quotation, "Another 90 were never counted" is the writer's.)
    const before = layer.sentences[s - 1];
    const from = layer.tokens[before.first].start;
    const to = layer.tokens[before.last].end;
    if (this.quotes.some((q) => q.start < to && q.end > from)) return [];
    return this.inSentence(s - 1).filter((a) => a.kind === 'verb' && !this.reach.has(a));
  }

  /**
   * The attributions of the sentence after sentence `s` when that sentence is a fragment with no verb in the same
   * paragraph that opens with them ("That according to the Lundberg survey of ten thousand gas stations
   * nationwide."), else none.
   */
  private attributingFragmentAfter(s: number): Attribution[] {
    // (Read once per sentence: every unsourced figure of a sentence asks.)
    let kept = this.fragments.get(s);
    if (!kept) this.fragments.set(s, (kept = this.readFragmentAfter(s)));
    return kept;
  }

  /** attributingFragmentAfter, read. */
  private readFragmentAfter(s: number): Attribution[] {
    const sentences = this.article.sentences;
    const layer = languageOf(this.article);
    const next = layer.sentences[s + 1];
    if (!next || sentences[s + 1]?.paragraph !== sentences[s].paragraph) return [];
    // ("according to" is a preposition, whatever the tagger calls "according".)
    for (let k = next.first; k <= next.last; k++) if (isVerb(layer.tokens[k]) && !(layer.tokens[k].lemma === 'accord' && this.word(k + 1) === 'to')) return [];
    // (The fragment opens with its attribution, "That" or "Source" at most before it: "About 80% of UK adults own a
    // mobile, according to official figures", its "own" read as an adjective, is a sentence of its own.)
    const opening = layer.tokens[Math.min(next.first + 1, next.last)].end;
    return this.inSentence(s + 1).filter((a) => a.kind !== 'cite' && a.kind !== 'footnote' && a.kind !== 'link' && a.start <= opening);
  }

  /**
   * The report of a body's results that sources a figure at offset `at` of sentence `s` (kind `results`), or null. The
   * figure tells results: a word of lex.accountsLemmas (by word or lemma) heading its phrase stands before it in its
   * clause ("Net fell 16%", "Sales in the latest period were $1.76 billion", "the company earned $480.4 million"; not
   * "net cafes", "sales growth"), and told as done (no "will", no modal, no verb of lex.passiveForecastLemmas: a
   * forecast needs its own source). One of the
   * RESULTS_REACH sentences before it reports results: a verb of lex.resultsReportLemmas with its speaker, then, in its
   * own clause (before any comma) and outside any quotation, such a word, and no "will" or modal after the verb
   * ("Kellogg reported lower third-quarter earnings", "TimeWarner said fourth quarter sales rose 2%"; not "said Mark
   * LaNeve, GM's vice president for North American sales", nor "watchdogs said Fannie Mae should restate its earnings").
   * The nearest such report, when no report before it in the article names another reporter and the figure's
   * sentence names no one the report does not (namesOnlyReported).
   */
  private resultsReport(s: number, at: number): Attribution | null {
    const layer = languageOf(this.article);
    const sentence = layer.sentences[s];
    const figure = layer.tokenAt(at);
    if (!sentence || figure < 0) return null;
    const told = (first: number, last: number) => !verbGroupsIn(layer, first, last).some((g) => g.tense === 'future' || g.modal !== null || g.prospective);
    let k = figure - 1;
    const reach = Math.max(sentence.first, figure - RESULTS_WORD_REACH);
    while (k >= reach && !this.lex.clauseBreaks.has(this.word(k)) && !this.isAccountsWord(k)) k--;
    if (k < reach || !this.isAccountsWord(k) || !told(sentence.first, sentence.last)) return null;
    // ("Profit had been forecast to be 4.1bn rupees": a forecast is the forecaster's, not the report's.)
    for (let f = sentence.first; f <= sentence.last; f++) if (this.lex.passiveForecastLemmas.has(layer.tokens[f].lemma) && layer.tokens[f].pos === 'VERB') return null;
    let nearest: Attribution | null = null;
    let near = -1;
    const reporters = new Set<string>();
    for (let j = s - 1; j >= 0; j--) {
      const found = this.reportOfResults(j, told);
      if (!found) continue;
      if (!nearest && j >= s - RESULTS_REACH) { nearest = found.report; near = j; }
      if (found.names) reporters.add(found.names);
    }
    // ("Last week, rival Shell reported an annual profit" in a story of BP's results: two bodies report, and which
    // one a later figure is of the words do not say.)
    return nearest && reporters.size <= 1 && this.namesOnlyReported(s, near) ? { ...nearest, kind: 'results' } : null;
  }

  /**
   * The names (isName) from the start of attribution `a`'s sentence to its end, joined by spaces: the reporter's name
   * ("Hale Corp." of "Hale Corp. reported higher earnings"); '' for "the company".
   */
  private namesIn(a: Attribution): string {
    const layer = languageOf(this.article);
    const names: string[] = [];
    const at = layer.tokenAt(a.start);
    if (at < 0) return '';
    for (let k = layer.sentences[layer.tokens[at].sentence].first; k < layer.tokens.length && layer.tokens[k].start < a.end; k++) {
      if (this.isName(k)) names.push(this.article.prose.slice(layer.tokens[k].start, layer.tokens[k].end));
    }
    return names.join(' ');
  }

  /**
   * Whether layer token `k` is a word of a name: the tagger's PROPN, capitalised, not a word copy writes in lower case
   * (data/common-words.txt: "Sales" opening a sentence) nor a month. False past the last token.
   */
  private isName(k: number): boolean {
    const t = languageOf(this.article).tokens[k];
    if (!t || t.pos !== 'PROPN') return false;
    const word = this.article.prose.slice(t.start, t.end);
    return startsUpper(word) && !readWordList('common-words.txt').has(word.toLowerCase()) && !this.lex.months.has(word.toLowerCase().replace(/\.$/u, ''));
  }

  /**
   * Whether every name of sentence `s` (a run of the tagger's PROPN; not a month, a word of data/common-words.txt,
   * which copy writes in lower case, nor a place the gazetteer knows) stands in the report's sentence `j` too: a
   * sentence that names another body tells its results, not the reporter's ("Ford … posted its ninth consecutive drop"
   * … "Chrysler … with sales rising 8%").
   */
  private namesOnlyReported(s: number, j: number): boolean {
    const layer = languageOf(this.article);
    const sentence = layer.sentences[s];
    const report = this.article.prose.slice(layer.sentences[j].start, layer.sentences[j].end);
    for (let k = sentence.first; k <= sentence.last; k++) {
      // (A word copy writes in lower case, capitalised to open the sentence, is none: "Sales surged"; nor is a month,
      // a place the gazetteer knows, or a name that describes "the" noun after it: "The St. Louis company earned".)
      if (!this.isName(k)) continue;
      let last = k;
      while (last < sentence.last && this.isName(last + 1)) last++;
      const name = this.article.prose.slice(layer.tokens[k].start, layer.tokens[last].end);
      const described = this.describesThe(k, last);
      if (!report.includes(name) && lookupPlace(name) === null && described < 0) return false;
      k = Math.max(last, described);
    }
    return true;
  }

  /**
   * Whether the name at layer tokens `first`..`last` describes a definite noun: "the" before it and a common noun
   * after it, past a state written after a comma ("The St. Louis company", "The Van Nuys, Calif., thrift"): the
   * reporter told by where it is, not another body. The last token of the name and its
   * state, or -1.
   */
  private describesThe(first: number, last: number): number {
    const layer = languageOf(this.article);
    if (this.word(first - 1) !== 'the') return -1;
    let k = last + 1;
    if (this.word(k) === ',' && this.isName(k + 1) && this.word(k + 2) === ',') k += 3;
    return layer.tokens[k]?.pos === 'NOUN' ? k - 1 : -1;
  }

  /** The attribution of sentence `j` that reports results (reportsResults) and its reporter's name, or null; read once per sentence. */
  private reportOfResults(j: number, told: (first: number, last: number) => boolean): { report: Attribution; names: string } | null {
    let found = this.resultsReports.get(j);
    if (found === undefined) {
      const report = this.inSentence(j).find((a) => a.kind === 'verb' && this.reportsResults(a, told));
      found = report ? { report, names: this.namesIn(report) } : null;
      this.resultsReports.set(j, found);
    }
    return found;
  }

  /**
   * The token of a source noun (sourceNoun) a possessive at token `i` owns, right after it or past a figure and its
   * lower-case modifiers ("the central bank's 2% target", "the IMF's 3% growth forecast"), before token `b`; -1 when
   * none.
   */
  private possessedSourceNoun(i: number, b: number): number {
    const toks = this.toks;
    for (let j = i + 1; j < Math.min(b, i + 1 + POSSESSED_MODIFIERS); j++) {
      const t = toks[j];
      if (t.kind === 'word' && this.sourceNoun(t.lower)) return j;
      const modifier = t.kind === 'num' || (t.kind === 'sym' && FIGURE_SYMBOLS.has(t.text)) || (t.kind === 'word' && t.text === t.lower && j > i + 1 && toks[i + 1].kind === 'num');
      if (!modifier) return -1;
    }
    return -1;
  }

  /** Whether `lower` names what a possessor gives as its own: data, a forecast, a claim or a target (lex.dataNouns, ownDataNouns, claimNouns, targetNouns). */
  private sourceNoun(lower: string): boolean {
    return this.lex.dataNouns.has(lower) || this.lex.ownDataNouns.has(lower) || this.lex.claimNouns.has(lower) || this.lex.targetNouns.has(lower);
  }

  /**
   * Whether the word at UTF-16 offset `at` is, in the layer, a noun after a determiner, a preposition or a subordinating
   * conjunction: "the highest figure since records began" (review 105) holds no data verb "records", though the word
   * can be one ("the register records 45 cases").
   */
  private nounAfterFunctionWord(at: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(at);
    const before = layer.tokens[k - 1];
    return k > 0 && layer.tokens[k].pos === 'NOUN' && !!before && NOUN_OPENERS.has(before.pos);
  }

  /** The lower-case word of layer token `k`. */
  private word(k: number): string {
    const t = languageOf(this.article).tokens[k];
    return t ? this.article.prose.slice(t.start, t.end).toLowerCase() : '';
  }

  /** Whether layer token `k` is a word of a body's results (lex.accountsLemmas, by word or lemma) heading its phrase (no noun after it). */
  private isAccountsWord(k: number): boolean {
    const layer = languageOf(this.article);
    const t = layer.tokens[k];
    if (!t || (t.pos !== 'NOUN' && t.pos !== 'VERB' && t.pos !== 'PROPN')) return false;
    if (!this.lex.accountsLemmas.has(this.word(k)) && !this.lex.accountsLemmas.has(t.lemma)) return false;
    const next = layer.tokens[k + 1];
    return t.pos === 'VERB' || !next || next.sentence !== t.sentence || (next.pos !== 'NOUN' && next.pos !== 'PROPN');
  }

  /**
   * Whether the attribution `a` reports results: a verb of lex.resultsReportLemmas in it, then a results word
   * (isAccountsWord) in its clause before any comma, outside every quotation, with the verb groups from the verb to
   * the sentence's end `told` as done.
   */
  private reportsResults(a: Attribution, told: (first: number, last: number) => boolean): boolean {
    const layer = languageOf(this.article);
    let verb = layer.tokenAt(a.start);
    while (verb >= 0 && verb < layer.tokens.length && layer.tokens[verb].start < a.end && !(layer.tokens[verb].pos === 'VERB' && this.lex.resultsReportLemmas.has(layer.tokens[verb].lemma))) verb++;
    const t = layer.tokens[verb];
    if (!t || t.start >= a.end) return false;
    const last = layer.sentences[t.sentence].last;
    if (!told(verb, last)) return false;
    for (let k = verb + 1; k <= last && this.word(k) !== ','; k++) if (this.isAccountsWord(k)) return !quotationAt(this.article, layer.tokens[k].start);
    return false;
  }

  private inSentence(s: number): Attribution[] {
    const cached = this.perSentence.get(s);
    if (cached) return cached;
    const span = this.article.sentences[s];
    const read = () => {
      const found = this.readSentence(s);
      return { found, reach: found.map((a) => this.reach.get(a) ?? null) };
    };
    const kept = span ? SENTENCE_ATTRIBUTIONS.get(this.article.text, this.article.prose, span, this.verbsKey, read, shiftAttributions) : read();
    kept.found.forEach((a, i) => { if (kept.reach[i]) this.reach.set(a, kept.reach[i]!); });
    this.perSentence.set(s, kept.found);
    return kept.found;
  }

  /** The attributions of sentence `s`, read afresh (inSentence keeps them). */
  private readSentence(s: number): Attribution[] {
    const out: Attribution[] = [];
    const text = this.article.text;
    for (let i = 0; i < this.citationSentence.length; i++) {
      const c = this.article.citations[i];
      if (this.citationSentence[i] === s) out.push({ kind: c.kind, start: c.start, end: c.end, text: text.slice(c.start, c.end) });
    }
    const [a, b] = this.sentenceTokens[s] ?? [0, 0];
    const toks = this.toks;
    const lex = this.lex;
    const make = (kind: Attribution['kind'], from: number, to: number): Attribution => ({ kind, start: toks[from].start, end: toks[to].end, text: text.slice(toks[from].start, toks[to].end) });
    for (let i = a; i < b; i++) {
      const t = toks[i];
      if (t.kind !== 'word') continue;
      const phrase = matchPhrase(toks, i, lex.sourcePhrases);
      if (phrase && i + phrase <= b) {
        out.push(make('according-to', i, nounPhraseEnd(toks, i + phrase - 1, b, this.phraseStops)));
        i += phrase - 1;
        continue;
      }
      // "the IMF's forecast", "Opec's figures"
      // Not a time's: "December's figures", "last month's data" name no source.
      // So do a body's own forecast and a claim: "the bank's prediction of 2% growth", "Labour's claim that it would save £3bn".
      if (t.lower.endsWith("'s") && i + 1 < b) {
        const noun = this.possessedSourceNoun(i, b);
        if (noun >= 0 && !this.timesData(toks[noun].start)) {
          const found = make('according-to', i, noun);
          // A figure inside the phrase is the only one it sources ("Inflation was 3%, above the Bank's 2% target"); a
          // target sources what follows it in its clause ("above the Bank's target of 2%"), not a figure compared with it.
          if (noun > i + 1) this.reach.set(found, { start: found.start, end: found.end });
          else if (lex.targetNouns.has(toks[noun].lower)) this.reach.set(found, { start: found.start, end: toks[clauseEndToken(toks, noun, b)].end });
          out.push(found);
          continue;
        }
      }
      // "derided Tory claims they could cut £35bn": a name, not a place's and not the sentence's first word, before a claim.
      // (Only where a noun phrase stands, after a verb, a preposition or a determiner: in "but Parry claims he will be"
      // the name is a subject and "claims" its verb, whose clause is its own.)
      if (i > a && i + 1 < b && isCapitalised(t) && lex.claimNouns.has(toks[i + 1].lower) && this.objectAt(t.start) && !lookupPlace(t.text)) { out.push(make('according-to', i, i + 1)); continue; }
      // "based on EC predictions of GDP growth of 1.5%", "ICM survey": a body's acronym right before its data; not a
      // country's ("UK figures" are figures about the UK).
      if (i + 1 < b && isAllCapitals(t.text) && t.text.length >= 2 && (lex.dataNouns.has(toks[i + 1].lower) || lex.ownDataNouns.has(toks[i + 1].lower)) && !lookupPlace(t.text)) { out.push(make('according-to', i, i + 1)); continue; }
      if (lex.dataVerbs.has(t.lower) && !this.nounAfterFunctionWord(t.start)) {
        for (let j = i - 1; j >= Math.max(a, i - 5); j--) {
          if (lex.dataNouns.has(toks[j].lower)) { if (!this.timesData(toks[j].start)) out.push(make('verb', j, i)); break; }
        }
      }
      if (this.verbs.has(t.lower) && !this.notSaying(i)) {
        const hit = this.reportingVerb(i, a, b);
        if (hit) {
          const found = make('verb', hit[0], hit[1]);
          // (A clause joined after a comma by "and" or "but" reports only itself, as coordinatedAfterComma reads it.)
          if (hit[0] - 2 >= a && CLAUSE_JOINS.has(toks[hit[0] - 1].lower) && toks[hit[0] - 2].text === ',') this.reach.set(found, { start: found.start, end: toks[b - 1].end });
          out.push(found);
        }
      }
    }
    // Of two that overlap, the one that reaches the whole sentence is kept before a forecast's or a demand's, which
    // reaches its own clause ("The commission does urge parties to … and suggests there should be relief for gifts
    // under £200": "suggests" sources the figure).
    const layered = this.layerAttributions(s).sort((x, y) => Number(this.reach.has(x)) - Number(this.reach.has(y)));
    for (const a of layered) if (!out.some((o) => o.start < a.end && a.start < o.end)) out.push(a);
    out.sort((x, y) => x.start - y.start);
    return out;
  }

  /**
   * Attributions read from the linguistic layer in sentence `s`: a reporting verb group (`this.verbs`) or an
   * evidential one (`lex.dataVerbs`, when its subject's head is a data noun: "The report identifies 45 barriers")
   * whose subject stands to its left in its clause. The subject is read past a parenthesis and past the words that
   * modify it ("the union representing them said", "The ministry (which runs the scheme) said"). Groups that report
   * nothing yet are left out: passives, futures, modals, negations and infinitives ("refused to say"). Offsets are
   * UTF-16 offsets into the article; [] when the sentence is not in the layer.
   */
  private layerAttributions(s: number): Attribution[] {
    const layer = languageOf(this.article);
    const sentence = layer.sentences[s];
    if (!sentence) return [];
    const out: Attribution[] = [];
    for (const g of verbGroupsIn(layer, sentence.first, sentence.last)) {
      const found = this.groupAttribution(layer, g, s) ?? this.ownData(layer, g, sentence) ?? this.forecastBy(layer, g, sentence);
      if (found) out.push(found);
    }
    for (const made of madeBy(layer, this.article.prose, sentence, this.lex.dataNouns, (w) => this.namesATime(w))) out.push(this.verbSpan(made.start, made.end));
    const tail = trailingAttribution(layer, this.article.prose, sentence, this.lex.reportingLemmas);
    if (tail) out.push(this.verbSpan(tail.start, tail.end));
    const document = documentOpener(layer, this.article.prose, sentence, this.lex.documentNouns, this.lex.nounDeterminers);
    if (document) out.push({ kind: 'according-to', start: document.start, end: document.end, text: this.article.text.slice(document.start, document.end) });
    return out;
  }

  /** A 'verb' attribution over the article's UTF-16 offsets [start, end). */
  private verbSpan(start: number, end: number): Attribution {
    return { kind: 'verb', start, end, text: this.article.text.slice(start, end) };
  }

  /**
   * The attribution verb group `g` of sentence `s` makes (layerAttributions): a reporting verb with its subject, an
   * evidential verb whose subject is data or a named body, or a passive reporting verb with its agent; or null.
   */
  private groupAttribution(layer: Language, g: VerbGroup, s: number): Attribution | null {
    const prose = this.article.prose;
    const sentence = layer.sentences[s];
    const head = layer.tokens[g.head];
    if (head.pos !== 'VERB' || g.negated || g.modal !== null || g.prospective || g.tense === 'future') return null;
    const form = straightApostrophes(prose.slice(head.start, head.end).toLowerCase());
    // "after it found that nearly 250,000 cases …": a data verb that reports a clause ("that") reports whatever its subject.
    const reporting = this.reports(layer, g, form) || (this.lex.dataVerbs.has(form) && this.reportsClause(layer, g));
    if (this.lex.collectionLemmas.has(head.lemma) && (g.passive || reducedParticiple(layer, g))) return this.gatheredBy(layer, g, sentence);
    // "In what Dimension Data calls an alarming development, …": the one who names the development is the source.
    const naming = this.whatItCalls(layer, g, sentence);
    if (naming) return naming;
    if (!reporting && !this.lex.dataVerbs.has(form)) return null;
    if (g.passive) return reporting ? this.passiveAttribution(layer, g, sentence) : null;
    if (this.adjectiveOrInfinitive(layer, g)) return null;
    const subject = subjectBefore(layer, prose, g.first, sentence.first) ?? (reporting ? coordinatedSubject(layer, prose, g, sentence.first) ?? shareSubject(layer, prose, g.first, sentence.first, this.lex.percentWords) : null);
    if (!subject || (!reporting && !this.evidentialSubject(layer, subject, s))) return null;
    return this.clauseReport(layer, subject.first, g.last, sentence.last);
  }

  /**
   * The attribution from layer token `first` (its subject) to `last` (its verb), reaching the whole sentence, or only
   * from its subject to the sentence's last token `end` when its clause is joined after a comma by "and" or "but"
   * ("The first quarter showed growth of 6.3%, and economists had been predicting as much as 2%", review 102).
   */
  private clauseReport(layer: Language, first: number, last: number, end: number): Attribution {
    const found = this.verbSpan(layer.tokens[first].start, layer.tokens[last].end);
    if (coordinatedAfterComma(layer, this.article.prose, first)) this.reach.set(found, { start: layer.tokens[first].start, end: layer.tokens[end].end });
    return found;
  }

  /**
   * "The IEA raised its estimate of 2005 oil demand growth by 80,000 barrels a day to 84 million", "Opec cut its
   * output forecast": a named subject's own data (a possessive determiner, then a noun of lex.ownDataNouns within
   * OWN_DATA_TOKENS tokens, past its modifiers) right after an active verb group told as done: the body gives its own
   * figures. Not "will publish its forecast", "did not change its estimate", "Sales of 5,000 units beat its forecast",
   * "Lita took his goal tally to 13" (a count of what the subject did, no data it gives).
   */
  private ownData(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const prose = this.article.prose;
    if (layer.tokens[g.head].pos !== 'VERB' || g.negated || g.modal !== null || g.prospective || g.tense === 'future' || g.passive) return null;
    const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
    if (g.last + 1 > sentence.last || !verbGroupWords().possessiveDeterminers.has(word(g.last + 1))) return null;
    let noun = g.last + 2;
    while (noun <= Math.min(sentence.last, g.last + 1 + OWN_DATA_TOKENS) && !this.lex.ownDataNouns.has(word(noun)) && MODIFIER_POS.has(layer.tokens[noun].pos)) noun++;
    if (noun > sentence.last || layer.tokens[noun].pos !== 'NOUN' || !this.lex.ownDataNouns.has(word(noun))) return null;
    const subject = subjectBefore(layer, prose, g.first, sentence.first);
    // A subject with a number in it is a measure, not a body ("Sales of 5,000 units beat its forecast").
    if (!subject?.named || numberInSubject(layer, prose, subject.first, g.first)) return null;
    return this.verbSpan(layer.tokens[subject.first].start, layer.tokens[noun].end);
  }

  /**
   * "Hyundai expects its sales in India to grow 16% to 250,000", "It is expecting annual sales growth of between 1% and
   * 3%": an active verb group of lex.forecastLemmas, told as done or doing (no modal, negation or future), whose subject
   * is named or a pronoun standing for one. The subject gives the forecast, so it sources the figures of the verb's own
   * clause (clauseEnd), not those before the verb or after "but". A verb of lex.demandLemmas ("Unison demanded a 5%
   * rise") is read alike, its reach ending where a clause of fact opens inside its object (demandEnd). Analysts and economists forecast too ("analysts had
   * expected 34 cents"; entities/refine.ts describesPeople). Not "growth of 5% is expected", "the 7.9% growth
   * expected in 2004" (no subject).
   */
  private forecastBy(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const head = layer.tokens[g.head];
    if (head.pos !== 'VERB' || !(this.lex.forecastLemmas.has(head.lemma) || this.demands(layer, g)) || g.negated || g.modal !== null || g.prospective || g.tense === 'future' || g.passive) return null;
    // A Title-Case heading ("Mission Expected to Discover Thousands of New Worlds") drops the "is" of its passive.
    if (this.adjectiveOrInfinitive(layer, g) || (g.head > sentence.first && startsUpper(this.article.prose.slice(head.start, head.end)))) return null;
    const subject = subjectBefore(layer, this.article.prose, g.first, sentence.first) ?? coordinatedSubject(layer, this.article.prose, g, sentence.first);
    if (!subject || numberInSubject(layer, this.article.prose, subject.first, g.first)) return null;
    if (!this.forecaster(layer, subject, head.lemma)) return null;
    const found = this.verbSpan(layer.tokens[subject.first].start, layer.tokens[g.last].end);
    const clauses = this.forecastClausesEnd(layer, g.last, sentence.last);
    const end = this.lex.forecastLemmas.has(head.lemma) ? clauses : demandEnd(layer, g, clauses);
    this.reach.set(found, { start: layer.tokens[g.last].end, end: layer.tokens[end].end });
    return found;
  }

  /**
   * Whether `subject` (subjectBefore's reading) may give a forecast told by a verb of lemma `lemma`: named ("Hyundai"),
   * a pronoun ("It expects"), a definite noun phrase standing for a body named before ("The bank"), or people whose
   * forecasts are news ("analysts had expected 34 cents": a noun that describes people, learned) — not for a belief
   * (lex.beliefLemmas: "Analysts believe trade will reach $5bn" names no one who gave the figure).
   */
  private forecaster(layer: Language, subject: { first: number; head: number; named: boolean }, lemma: string): boolean {
    const opener = this.article.prose.slice(layer.tokens[subject.first].start, layer.tokens[subject.first].end).toLowerCase();
    const headWord = this.article.prose.slice(layer.tokens[subject.head].start, layer.tokens[subject.head].end);
    const people = layer.tokens[subject.head].pos === 'NOUN' && describesPeople(headWord.toLowerCase()) && !this.lex.beliefLemmas.has(lemma);
    return subject.named || layer.tokens[subject.head].pos === 'PRON' || DEFINITE_OPENERS.has(opener) || people;
  }

  /** Whether verb group `g` states a demand: its head's lemma, or the lemma and the word after it, in lex.demandLemmas ("demand", "called for"). */
  private demands(layer: Language, g: VerbGroup): boolean {
    const lemma = layer.tokens[g.head].lemma;
    const next = layer.tokens[g.last + 1];
    return this.lex.demandLemmas.has(lemma) || (!!next && this.lex.demandLemmas.has(`${lemma} ${next.lemma}`));
  }

  /**
   * The last token of the clauses a forecast whose verb group ends at token `from` sources: its own clause, and each
   * clause after it that tells a forecast in the passive with no forecaster of its own ("The EU expects the German
   * deficit to fall to 2.9% …, while France's is forecast to drop to 3%": the EU forecasts both).
   */
  private forecastClausesEnd(layer: Language, from: number, last: number): number {
    const prose = this.article.prose;
    let end = clauseEnd(layer, prose, from, last, this.lex.clauseBreaks);
    while (end + 1 < last) {
      const next = clauseEnd(layer, prose, end + 1, last, this.lex.clauseBreaks);
      const passive = verbGroupsIn(layer, end + 2, next).find((h) => h.passive && this.lex.passiveForecastLemmas.has(layer.tokens[h.head].lemma));
      if (!passive || agentAfter(layer, prose, passive.last, last) >= 0) break;
      end = next;
    }
    return end;
  }

  /** Whether "that" opens a clause right after verb group `g` ("found that", "showed that"). */
  private reportsClause(layer: Language, g: VerbGroup): boolean {
    const next = layer.tokens[g.last + 1];
    return !!next && next.pos === 'SCONJ' && this.article.prose.slice(next.start, next.end).toLowerCase() === 'that';
  }

  /** Whether verb group `g` (its head's `form`) reports: a reporting verb or lemma, not one with an object, a request, or after a preposition. */
  private reports(layer: Language, g: VerbGroup, form: string): boolean {
    const reportingWord = this.verbs.has(form) || this.lex.reportingLemmas.has(layer.tokens[g.head].lemma);
    return reportingWord && !takesAnObject(layer, g.head) && !requests(layer, g) && !afterPreposition(layer, g) && !accusedParticiple(layer, this.article.prose, g.head);
  }

  /**
   * "… 2.4% of GDP by 2027, was announced today (Thursday 2 August) by Science Minister Sam Gyimah": a passive
   * reporting verb and its agent. What was announced must be a figure or data: "The tool was released by Microsoft"
   * sources nothing. A forecast's figure may come after its agent ("Profits were forecast by the CBI to fall 3%").
   */
  private passiveAttribution(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const agent = agentAfter(layer, this.article.prose, g.last, sentence.last);
    if (agent < 0) {
      const document = documentAfter(layer, this.article.prose, g.last, sentence.last, this.lex.documentNouns);
      if (document >= 0) return this.verbSpan(layer.tokens[g.head].start, layer.tokens[document].end);
      const hearer = this.toldRecipient(layer, g, sentence);
      if (hearer) return hearer;
    }
    const told = this.reportsData(layer, sentence.first, g.first) || (agent >= 0 && this.lex.passiveForecastLemmas.has(layer.tokens[g.head].lemma) && this.reportsData(layer, agent + 1, sentence.last + 1));
    if (!told) return null;
    return agent >= 0 ? this.verbSpan(layer.tokens[g.head].start, layer.tokens[agent].end) : null;
  }

  /**
   * "The Paris Bourse was told that Paribas bought 160,000 shares", "the court was told 300 people had died": "tell"
   * in the passive with its recipient as subject and what was told after it (not "told to leave", an
   * order) reports a statement made to a named or definite hearer, a forum of record. The span from the recipient to
   * the verb, or null.
   */
  private toldRecipient(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const next = layer.tokens[g.last + 1];
    if (layer.tokens[g.head].lemma !== 'tell' || g.last + 1 > sentence.last || !next || next.lemma === 'to' || next.lemma === 'of' || next.pos === 'PUNCT') return null;
    const subject = subjectBefore(layer, this.article.prose, g.first, sentence.first);
    return subject ? this.verbSpan(layer.tokens[subject.first].start, layer.tokens[g.last].end) : null;
  }

  /**
   * The source a verb group of gathering data names (`g`: a passive, or a bare participle after its noun): "More than
   * 45,000 people were surveyed by Music Choice" (who gathered the data); "were surveyed for the WEF report" (what it
   * was gathered for, when that names a body or a report: review 57); "Nearly two-thirds of all firms polled for the
   * survey", "1,000 adults surveyed by ICM" (a reduced relative clause, a passive too, which always tells of data).
   */
  private gatheredBy(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const found = g.passive ? this.passiveAttribution(layer, g, sentence) ?? this.gatheredFor(layer, g, sentence) : this.agentOf(layer, g, sentence) ?? this.gatheredFor(layer, g, sentence, true);
    // "1,000 adults quizzed by ICM" (review 87), not "300 people were questioned by police": a verb of questioning
    // gathers data only for a named agent.
    if (!found || !this.lex.questioningLemmas.has(layer.tokens[g.head].lemma)) return found;
    for (let k = g.head + 1; k < layer.tokens.length && layer.tokens[k].end <= found.end; k++) if (layer.tokens[k].pos === 'PROPN') return found;
    return null;
  }

  /** The agent after verb group `g` ("… surveyed by ICM"), as a 'verb' attribution from the verb to the agent; or null. */
  private agentOf(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const agent = agentAfter(layer, this.article.prose, g.last, sentence.last);
    return agent >= 0 ? this.verbSpan(layer.tokens[g.head].start, layer.tokens[agent].end) : null;
  }

  /**
   * "In what Dimension Data calls an 'alarming development'", "what the ONS describes as a record": "what", then a
   * subject that is named or a data noun, then an active verb of naming (lex.namingLemmas): whoever names what the
   * sentence tells is its source. The attribution runs from "what" to the verb; null otherwise.
   */
  private whatItCalls(layer: Language, g: VerbGroup, sentence: { first: number; last: number }): Attribution | null {
    const head = layer.tokens[g.head];
    if (g.passive || g.negated || !this.lex.namingLemmas.has(head.lemma)) return null;
    const prose = this.article.prose;
    // The subject: a short noun phrase right before the verb, its head the last nominal.
    let what = g.first - 1;
    while (what >= sentence.first && g.first - what <= WHAT_SUBJECT_REACH && SUBJECT_WORDS.has(layer.tokens[what].pos)) what--;
    if (what < sentence.first || what === g.first - 1 || layer.tokens[what].lemma !== 'what') return null;
    const subjectHead = layer.tokens[g.first - 1];
    const named = layer.tokens.slice(what + 1, g.first).some((t) => t.pos === 'PROPN');
    if (!named && !this.lex.dataNouns.has(prose.slice(subjectHead.start, subjectHead.end).toLowerCase())) return null;
    return this.verbSpan(layer.tokens[what].start, layer.tokens[g.last].end);
  }

  /**
   * "Nearly 9,000 business leaders in 104 countries were surveyed for Business and HIV/AIDS: Commitment and Action?",
   * "2,000 adults were polled for the BBC": a passive verb of gathering data (lex.collectionLemmas) and "for" with a
   * noun phrase (agentEnd) that holds a name or a data noun ("for the report"), which is the figures' source; not
   * "for charity", "for a week". What was gathered must be a figure or data (reportsData), unless `gatheredData` (a
   * reduced relative: "firms polled for the survey").
   */
  private gatheredFor(layer: Language, g: VerbGroup, sentence: { first: number; last: number }, gatheredData = false): Attribution | null {
    const prose = this.article.prose;
    const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
    let k = g.last + 1;
    while (k <= sentence.last && layer.tokens[k].pos === 'ADV') k++;
    if (k > sentence.last || word(k) !== 'for' || !(gatheredData || this.reportsData(layer, sentence.first, g.first))) return null;
    const end = agentEnd(layer, k, sentence.last);
    if (end < 0) return null;
    const source = layer.tokens.slice(k + 1, end + 1);
    const named = source.some((t) => t.pos === 'PROPN' || (t.pos === 'NOUN' && this.lex.dataNouns.has(prose.slice(t.start, t.end).toLowerCase())));
    return named ? this.verbSpan(layer.tokens[g.head].start, layer.tokens[end].end) : null;
  }

  /**
   * An infinitive ("refused to say"), or a participle after a determiner ("cost a reported $70m", "the estimated 300
   * staff"): an adjective that names no source.
   */
  private adjectiveOrInfinitive(layer: Language, g: VerbGroup): boolean {
    const before = layer.tokens[g.first - 1];
    if (!before) return false;
    if (before.lemma === 'to' && before.pos === 'PART') return true;
    const word = this.article.prose.slice(before.start, before.end).toLowerCase();
    // ("The firm's proposed £1bn investment": a participle after a possessive modifies the noun after it.)
    return g.first === g.last && (this.lex.nounDeterminers.has(word) || word === "'s" || word === '’s');
  }

  /** An evidential verb sources a figure when its subject is data or a named body ("The ACMD found …"), not a time's data ("December's figures"). */
  private evidentialSubject(layer: Language, subject: { first: number; head: number; named: boolean }, s: number): boolean {
    const subjectHead = layer.tokens[subject.head];
    const dataNoun = this.lex.dataNouns.has(this.article.prose.slice(subjectHead.start, subjectHead.end).toLowerCase());
    if (!subject.named && !dataNoun && !this.pronounForData(layer, subject, s)) return false;
    return !this.timesData(subjectHead.start);
  }

  /**
   * "The Demos report was published on Monday. It found that …": a subject that is only "it" or "they" stands for the
   * data the sentence before is about, when that sentence's first subject is a data noun (data/figures-attribution.json
   * "dataNouns": report, survey, study …), or the subject of a data verb there ("…, a Toshiba study found. It found
   * that …").
   */
  private pronounForData(layer: Language, subject: { first: number; head: number }, s: number): boolean {
    const prose = this.article.prose;
    const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
    if (subject.first !== subject.head || !PRONOUNS_FOR_DATA.has(word(subject.head))) return false;
    const previous = layer.sentences[s - 1];
    if (!previous) return false;
    let first = true;
    for (const g of verbGroupsIn(layer, previous.first, previous.last)) {
      const before = subjectBefore(layer, prose, g.first, previous.first);
      if (!before) continue;
      // The subject of the sentence before, or a report's that closes it ("…, a Toshiba study found. It found that …").
      if ((first || this.lex.dataVerbs.has(word(g.head))) && this.lex.dataNouns.has(word(before.head))) return true;
      first = false;
    }
    return false;
  }

  /** Tokens [first, end) of the layer hold a number or a data noun (the subject of a passive reporting verb). */
  private reportsData(layer: Language, first: number, end: number): boolean {
    for (let k = first; k < end; k++) {
      const t = layer.tokens[k];
      if (t.pos === 'NUM' || this.lex.dataNouns.has(this.article.prose.slice(t.start, t.end).toLowerCase())) return true;
    }
    return false;
  }

  /**
   * Whether the layer reads figure token `v`, a reporting verb's form, as something else: an adjective ("the stated
   * aim") or a verb of OBJECT_SENSES with an object (takesAnObject).
   */
  private notSaying(v: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(this.toks[v].start);
    return k >= 0 && (layer.tokens[k].pos === 'ADJ' || takesAnObject(layer, k) || nounAfterDeterminer(layer, this.article.prose, k) || accusedParticiple(layer, this.article.prose, k));
  }

  /**
   * The data noun at UTF-16 offset `offset` is a time's and nobody's: "December's figures", "last month's data" (a
   * measurement noun, lex.measurementNouns, after the possessive of a month, weekday or unit of time). "Last year's
   * survey" still names a source.
   */
  private timesData(offset: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(offset);
    const prose = this.article.prose;
    const w = (x: number) => (x >= 0 ? straightApostrophes(prose.slice(layer.tokens[x].start, layer.tokens[x].end).toLowerCase()) : '');
    if (k < 1 || !this.lex.measurementNouns.has(w(k))) return false;
    if (w(k - 1) === "'s") return this.namesATime(w(k - 2));
    return w(k - 1).endsWith("'s") && this.namesATime(w(k - 1).slice(0, -2));
  }

  /** A month, a weekday or a unit of time ("december", "tuesday", "month", "year"; lower case). */
  private namesATime(w: string): boolean {
    return this.lex.months.has(w) || this.lex.weekdays.has(w) || this.lex.timeUnits.has(w) || w === 'today' || w === 'yesterday';
  }

  /** Whether the layer reads the word at UTF-16 offset `offset` as opening a noun phrase after a verb, a preposition or a determiner. */
  private objectAt(offset: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(offset);
    const before = k > 0 && layer.tokens[k].start === offset ? layer.tokens[k - 1] : undefined;
    return !!before && before.sentence === layer.tokens[k].sentence && OBJECT_OPENERS.has(before.pos);
  }

  /** Whether the layer reads the word at UTF-16 offset `offset` as a noun (not a pronoun: "said nothing"). */
  private nounAt(offset: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(offset);
    return k >= 0 && layer.tokens[k].start === offset && (layer.tokens[k].pos === 'NOUN' || layer.tokens[k].pos === 'PROPN');
  }

  /** Whether the layer reads the word at UTF-16 offset `offset` as no finite verb (a participle, or not a verb: "growth forecast"). */
  private nonFinite(offset: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(offset);
    const g = k >= 0 ? verbGroupAt(layer, k) : undefined;
    return !g || g.tense === 'none';
  }

  /** Whether the layer's token right after UTF-16 offset `offset` is "for" ("forecast for 2005", "projected for next year"). */
  private prepositionAfter(offset: number): boolean {
    const layer = languageOf(this.article);
    const k = layer.tokenAt(offset - 1);
    const next = k >= 0 ? layer.tokens[k + 1] : undefined;
    return !!next && next.pos === 'ADP' && next.lemma === 'for';
  }

  /** Token range [speakerStart, end] of a reporting verb at `v` with a speaker, or null for noun uses, passives without agent and future acts. */
  private reportingVerb(v: number, a: number, b: number): [number, number] | null {
    const { toks, lex } = this;
    const w = toks[v].lower;
    const before = toks[v - 1];
    if (v > a && before.kind === 'word' && (lex.nounDeterminers.has(before.lower) || lex.futureMarkers.has(before.lower))) return null;
    const p = this.leftOfVerb(v, a);
    const participle = w.endsWith('ed') || lex.reportedParticiples.has(w);
    if (p >= a && toks[p].kind === 'word' && lex.passiveAuxiliaries.has(toks[p].lower) && participle) return this.passiveAgent(v, a, b, p);
    // "Reporting its results, the airline …", "…, saying"
    if (w.endsWith('ing') && (v === a || isComma(before))) return [v, nounPhraseEnd(toks, v, b)];
    const left = p >= a ? toks[p] : undefined;
    const coordinated = left?.kind === 'word' && (left.lower === 'and' || left.lower === 'but');
    return this.speakerBefore(v, a, p, participle) ?? (coordinated ? [v, v] : this.invertedSpeaker(v, b));
  }

  /**
   * A passive reporting verb at `v` (its auxiliary at `p`) and its "by" agent: [v, the agent's end], or null. What was
   * reported must be a figure or data: "The app was released by Microsoft" sources nothing.
   */
  private passiveAgent(v: number, a: number, b: number, p: number): [number, number] | null {
    const { toks, lex } = this;
    const reportsData = toks.slice(a, p).some((x) => x.kind === 'num' || lex.dataNouns.has(x.lower));
    return toks[v + 1]?.lower === 'by' && v + 2 < b && reportsData ? [v, nounPhraseEnd(toks, v + 1, b)] : null;
  }

  /**
   * The token left of the reporting verb at `v` past the adverbs before it (lex.skipBeforeVerb) and, for a
   * progressive ("TimeWarner is projecting", not a passive), past its auxiliary too: a passive auxiliary or the
   * speaker's last word; below `a` when there is none.
   */
  private leftOfVerb(v: number, a: number): number {
    const { toks, lex } = this;
    const past = (from: number) => {
      let p = from;
      while (p >= a && toks[p].kind === 'word' && lex.skipBeforeVerb.has(toks[p].lower)) p--;
      return p;
    };
    const p = past(v - 1);
    return toks[v].lower.endsWith('ing') && p >= a && lex.passiveAuxiliaries.has(toks[p].lower) ? past(p - 1) : p;
  }

  /** The speaker before the reporting verb at `v`, ending at token `p` ("the minister said", "About 300 staff said"): [its first token, v], or null. */
  private speakerBefore(v: number, a: number, p: number, participle: boolean): [number, number] | null {
    const { toks, lex } = this;
    const left = p >= a ? toks[p] : undefined;
    if (!left || left.kind !== 'word' || !(lex.speakerPronouns.has(left.lower) || !lex.chunkStops.has(left.lower) || isCapitalised(left))) return null;
    let s = p;
    while (s - 1 >= a && s > p - 4 && toks[s - 1].kind === 'word' && !lex.speakerBoundaries.has(toks[s - 1].lower) && !lex.reportingVerbs.has(toks[s - 1].lower)) s--;
    return this.reducedRelative(v, a, s, p, participle) ? null : [s, v];
  }

  /**
   * "with 5% growth forecast for 2005", "40% cuts projected for next year": a participle after a noun a figure counts
   * (no finite verb, or a preposition after it) is a reduced relative clause, with no speaker; "About 300 staff said"
   * keeps its finite verb and speaker. `s`..`p` is the one-word would-be speaker.
   */
  private reducedRelative(v: number, a: number, s: number, p: number, participle: boolean): boolean {
    const toks = this.toks;
    const w = toks[v].lower;
    const figureBefore = toks[s - 1];
    if (s !== p || s - 1 < a || !(figureBefore.kind === 'num' || (figureBefore.kind === 'sym' && figureBefore.text === '%'))) return false;
    return this.nonFinite(toks[v].start) || (participle && w !== 'said' && w !== 'told' && this.prepositionAfter(toks[v].end));
  }

  /**
   * Inversion: `…," said the ministry`, `said Mr Smith` (a capitalised word or a determiner after the verb), or a bare
   * plural that ends the sentence after a comma: `…, say web analysts.`, `…, said police.`. [v, the speaker's end] or null.
   */
  private invertedSpeaker(v: number, b: number): [number, number] | null {
    const toks = this.toks;
    const after = toks[v + 1];
    if (!after || v + 1 >= b || toks[v].lower.endsWith('ing')) return null;
    if (after.kind === 'word' && (isCapitalised(after) || this.lex.inversionDeterminers.has(after.lower))) return [v, nounPhraseEnd(toks, v, b)];
    if (!isComma(toks[v - 1])) return null;
    if (!this.nounAt(after.start)) return this.describedSpeakers(v, b);
    const end = nounPhraseEnd(toks, v, b);
    return end > v && this.closesInversion(end + 1, b) ? [v, end] : null;
  }

  /**
   * Whether an inverted speaker's bare plural ends at token `k` - 1: the sentence ends there (`…, say web analysts.`),
   * a comma closes the aside (`…, say analysts, as phones improve`), or a preposition and a name end it (`…, say
   * analysts at Gartner.`).
   */
  private closesInversion(k: number, b: number): boolean {
    const toks = this.toks;
    const next = toks[k];
    if (k >= b || (next.kind === 'sym' && (SENTENCE_ENDS.has(next.text) || next.text === ','))) return true;
    if (next.kind !== 'word' || !SPEAKER_PREPOSITIONS.has(next.lower) || k + 1 >= b || !isCapitalised(toks[k + 1])) return false;
    let j = k + 1;
    while (j < b && toks[j].kind === 'word' && isCapitalised(toks[j])) j++;
    return j >= b || (toks[j].kind === 'sym' && (SENTENCE_ENDS.has(toks[j].text) || toks[j].text === ','));
  }

  /**
   * `…, say political consultants and some campaign advisers.`, `…, say two reports.`: after an inverted reporting verb
   * at `v`, a count, adjectives and nouns (and "and" or "or" with a determiner joining a second such phrase) that run to the end of the sentence,
   * read from the layer's parts of speech: [v, the speakers' last token] or null.
   */
  private describedSpeakers(v: number, b: number): [number, number] | null {
    const toks = this.toks;
    const layer = languageOf(this.article);
    let k = layer.tokenAt(toks[v + 1].start);
    if (k < 0) return null;
    const sentence = layer.tokens[k].sentence;
    let lastNoun = -1;
    for (let n = 0; n < DESCRIBED_SPEAKER_TOKENS && layer.tokens[k]?.sentence === sentence; n++, k++) {
      const t = layer.tokens[k];
      if (t.pos === 'NOUN' || t.pos === 'PROPN') { lastNoun = k; continue; }
      // ("…, said two analysts.", review 78: a count of the speakers opens their phrase.)
      if (t.pos === 'ADJ' || (t.pos === 'NUM' && lastNoun < 0) || (lastNoun >= 0 && (t.pos === 'CCONJ' || t.pos === 'DET'))) continue;
      if (lastNoun !== k - 1 || t.kind !== 'punctuation' || !SENTENCE_ENDS.has(this.article.prose.slice(t.start, t.end))) return null;
      let end = v + 1;
      while (end + 1 < b && toks[end + 1].end <= layer.tokens[lastNoun].end) end++;
      return [v, end];
    }
    return null;
  }
}

const NOMINAL = new Set(['NOUN', 'PROPN', 'PRON']);
/** The most tokens after a possessive determiner that its data noun may stand ("its 2005 oil demand estimate"). */
const OWN_DATA_TOKENS = 4;
/** The most tokens of a figure and its modifiers between a possessive and its source noun ("the Bank's 2-3% target"). */
const POSSESSED_MODIFIERS = 6;
/** Symbols inside a figure written before a noun ("2-3%", "$5bn"). */
const FIGURE_SYMBOLS = new Set(['%', '-', '–', '$', '£', '€', '.']);
/** Marks that close a clause inside a sentence. */
const CLAUSE_MARKS = new Set([',', ';', '—', '–']);
/** Parts of speech of the words between a possessive determiner and its data noun. */
const MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);
/**
 * The last token of the clause that verb token `from` opens: before a conjunction that opens another clause ("but",
 * "while"; `breaks`, data/figures-attribution.json clauseBreaks), a semicolon or dash, or a comma before a relative pronoun
 * (", which lists …"); else `last`, the sentence's last token.
 */
function clauseEnd(layer: Language, prose: string, from: number, last: number, breaks: ReadonlySet<string>): number {
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  for (let k = from + 1; k <= last; k++) {
    const w = word(k);
    if (breaks.has(w) || (w === ',' && k < last && RELATIVE_OPENERS.has(word(k + 1)))) return Math.max(from, k - 1);
  }
  return last;
}
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'where']);

/**
 * Whether layer tokens [from, to) — a subject and what stands between it and its verb — hold a number outside a
 * relative clause set off by commas: "Sales of 5,000 units" is a measure, "The club, whose ground holds 40,000," a
 * body whose clause counts something else (review 106's re-read). A relative clause with no closing comma before `to`
 * is read as the subject's.
 */
function numberInSubject(layer: Language, prose: string, from: number, to: number): boolean {
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  for (let k = from; k < to; k++) {
    if (word(k) === ',' && k + 1 < to && RELATIVE_OPENERS.has(word(k + 1))) {
      let close = k + 2;
      while (close < to && word(close) !== ',') close++;
      if (close < to) { k = close; continue; }
    }
    if (layer.tokens[k].pos === 'NUM') return true;
  }
  return false;
}
const DEFINITE_OPENERS = new Set(['the', 'its', 'their']);

/** Most tokens between the determiner and the noun of a document phrase ("In its chapter 11 bankruptcy petition"). */
const DOCUMENT_MODIFIERS = 3;
/** Parts of speech of the words between that determiner and the document noun. */
const DOCUMENT_MODIFIER_POS = new Set(['ADJ', 'NOUN', 'PROPN', 'NUM']);

/**
 * "In its bankruptcy petition it listed … $15.1m", "In their annual accounts, the clubs put …": a sentence that opens
 * with "In", a determiner of `determiners` ("its", "the"), at most DOCUMENT_MODIFIERS modifiers and a noun of `documents` (what a body writes or files)
 * says its figures come from that document. Its span as UTF-16 offsets, or null (not "In its first year").
 */
function documentOpener(layer: Language, prose: string, sentence: { first: number; last: number }, documents: ReadonlySet<string>, determiners: ReadonlySet<string>): Span | null {
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const first = sentence.first;
  if (sentence.last < first + 2 || word(first) !== 'in' || !determiners.has(word(first + 1))) return null;
  for (let k = first + 2; k <= Math.min(sentence.last, first + 2 + DOCUMENT_MODIFIERS); k++) {
    if (layer.tokens[k].pos === 'NOUN' && documents.has(word(k)) && layer.tokens[k + 1]?.pos !== 'NOUN') return { start: layer.tokens[first].start, end: layer.tokens[k].end };
    if (!DOCUMENT_MODIFIER_POS.has(layer.tokens[k].pos)) return null;
  }
  return null;
}

/** The most layer tokens read as the speakers after an inverted reporting verb ("say political consultants and some campaign advisers"). */
const DESCRIBED_SPEAKER_TOKENS = 10;
/** Pronouns that may stand for a report (not a person). */
const PRONOUNS_FOR_DATA = new Set(['it', 'they']);
/** Reaching further left than this many tokens for a subject, the words belong to another clause. */
const SUBJECT_REACH = 12;

/** Dashes that open and close an aside ("the figures - revised after an audit - showed"). */
const DASHES = new Set(['-', '–', '—', '--']);

/** Conjunctions that join a clause of its own after a comma ("…, and economists had been predicting …"). */
/** Parts of speech before a noun phrase that is no clause's subject ("derided Tory claims", "despite Tory claims", "the Tory claims"). */
const OBJECT_OPENERS: ReadonlySet<string> = new Set(['VERB', 'ADP', 'DET']);
const CLAUSE_JOINS = new Set(['and', 'but']);

/** Whether the subject starting at layer token `subject` follows a comma and "and" or "but": its clause is joined to the one before. */
function coordinatedAfterComma(layer: Language, prose: string, subject: number): boolean {
  const word = (k: number) => (k >= 0 ? prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  return CLAUSE_JOINS.has(word(subject - 1)) && word(subject - 2) === ',';
}

/** The words that open a count going on with the one before it ("Another 1,700", "A further 300"). */
const ANOTHER = 'another';
const FURTHER = 'further';

/** Relative pronouns that may stand for a clause's subject, the name before their comma ("Doyle, who trimmed …"). */
const RELATIVE_SUBJECTS = new Set(['who', 'which']);

/**
 * For token `k`, a "who" or "which" after a comma whose clause's verb starts at token `verb` with only words of
 * data/figures-relative-fillers.txt between ("who yesterday trimmed"): the subject before the comma (subjectBefore), when it names someone
 * or opens with a definite determiner (DEFINITE_OPENERS: "the government, which claims"); else null.
 */
function relativeAntecedent(layer: Language, prose: string, k: number, verb: number, sentenceFirst: number): { first: number; head: number; named: boolean } | null {
  const tokens = layer.tokens;
  const word = (i: number) => prose.slice(tokens[i].start, tokens[i].end).toLowerCase();
  if (!RELATIVE_SUBJECTS.has(word(k)) || k - 1 <= sentenceFirst || word(k - 1) !== ',') return null;
  const fillers = readWordList('figures-relative-fillers.txt');
  for (let i = k + 1; i < verb; i++) if (!fillers.has(word(i))) return null;
  const named = subjectBefore(layer, prose, k - 1, sentenceFirst);
  if (named?.named) return named;
  // ("is fighting the government, which claims the oil giant owes $27bn", review 119: the antecedent may be another
  // verb's object; a definite body speaks as a name does.)
  // The layer's noun chunk before the comma; its head names the speaker ("France Telecom's profits, which showed" is
  // the profits, no one's words).
  const phrase = chunkEndingAt(layer, k - 2);
  if (!phrase || phrase.first < sentenceFirst) return null;
  const name = tokens[phrase.head].pos === 'PROPN';
  const owned = tokens.slice(phrase.first, phrase.head).some((t) => t.pos === 'PART' || endsPossessive(prose.slice(t.start, t.end)));
  return name || (DEFINITE_OPENERS.has(word(phrase.first)) && !owned) ? { first: phrase.first, head: phrase.head, named: name } : null;
}

/**
 * The subject of a verb group starting at token `verb`, read leftwards within its clause: the leftmost stretch of
 * words up to a punctuation mark, a subordinator or another finite verb, with a bracketed or dashed aside skipped whole.
 * Returns the stretch's first token, its head (the nominal nearest the verb before any prepositional phrase: "The poll
 * of 20,000 people in 20 countries" → "poll"; a number inside such a phrase is passed over) and whether it names
 * someone (a proper noun or a capitalised word), or null when the stretch has no noun or pronoun. A relative "who" or
 * "which" right before the verb stands for the named subject before its comma (relativeAntecedent). Token indices into
 * `layer.tokens`.
 */
export function subjectBefore(layer: Language, prose: string, verb: number, sentenceFirst: number): { first: number; head: number; named: boolean } | null {
  const tokens = layer.tokens;
  let first = -1;
  let head = -1;
  let named = false;
  let afterPhrase = false;
  let steps = 0;
  for (let k = verb - 1; k >= sentenceFirst && steps < SUBJECT_REACH; k--, steps++) {
    const t = tokens[k];
    const w = prose.slice(t.start, t.end);
    if (w === ')' || w === ']') {
      const open = w === ')' ? '(' : '[';
      let depth = 0;
      let j = k;
      for (; j >= sentenceFirst; j--) {
        const x = prose.slice(tokens[j].start, tokens[j].end);
        if (x === w) depth++;
        else if (x === open && --depth === 0) break;
      }
      if (j < sentenceFirst) return null;
      k = j;
      continue;
    }
    // ", which runs the scheme," or ", chief executive of Acme," before the verb: an aside, skipped whole like a bracket.
    if (w === ',' && k === verb - 1) {
      const opener = asideStart(layer, prose, k, sentenceFirst);
      if (opener >= 0) { k = opener; continue; }
      // ", however,", ", needless to say,": a comment between the subject and its verb.
      const comment = commentAsideStart(layer, prose, k, sentenceFirst);
      if (comment >= 0) { k = comment; continue; }
    }
    // "the figures - revised after an audit - showed": a dash aside closed right before the verb, skipped whole.
    if (DASHES.has(w) && k === verb - 1) {
      let j = k - 1;
      while (j > sentenceFirst && !DASHES.has(prose.slice(tokens[j].start, tokens[j].end))) j--;
      if (j > sentenceFirst) { k = j; continue; }
    }
    // ":org[Shoney's Inc]. said": an abbreviation's full stop left after a tag's closing bracket is the name's.
    if (isStrandedFullStop(layer.tokens, prose, k)) continue;
    // "Doyle, who yesterday trimmed his projection": a relative "who" or "which" right before its verb (an adverb or
    // a word of time between at most) stands for the named subject before its comma.
    const antecedent = relativeAntecedent(layer, prose, k, verb, sentenceFirst);
    if (antecedent) return antecedent;
    // "The nurses' union wants": a plural's possessive apostrophe inside the subject is no clause mark.
    if (t.pos === 'PUNCT' && pluralPossessive(layer, prose, k)) continue;
    if (t.pos === 'PUNCT' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break;
    // "acted after it found that …": a preposition of time that opens the verb's clause (the tagger reads it ADP).
    if (t.pos === 'ADP' && verbGroupWords().timePrepositions.has(w.toLowerCase())) break;
    // "That's why the Kok report recommends": a wh-word opens the verb's clause.
    if (WH_CLAUSE.has(t.lemma)) break;
    // (So is a sentence's first word read as a verb before a name: "Xerox Corp. has told employees", "Visit London said".)
    const misread = startsUpper(w) && (k > sentenceFirst || layer.tokens[k + 1]?.pos === 'PROPN');
    if (objectWord(layer, k, sentenceFirst, misread)) return null;
    // The head is the nominal before the subject's prepositional phrases: "poll", not "countries".
    if (NOMINAL.has(t.pos) && (head < 0 || afterPhrase)) { head = k; afterPhrase = false; }
    if (t.pos === 'ADP' && head >= 0) afterPhrase = true;
    // A proper noun, or a capitalised word inside the sentence ("The Met Office", which the tagger may misread).
    if (t.pos === 'PROPN' || (misread && t.pos !== 'PRON')) named = true;
    first = k;
  }
  return head >= 0 ? { first, head, named } : null;
}

/**
 * Whether token `k` shows the words after it are an object, not a subject: a number or a finite verb ("£470 more a
 * year added to …"). A number in a prepositional phrase of the subject is none ("The poll of 20,000 people in 20
 * countries found"), nor a capitalised "verb" inside a sentence (`misread`: a name the tagger misread, "The Met Office").
 */
function objectWord(layer: Language, k: number, sentenceFirst: number, misread: boolean): boolean {
  const t = layer.tokens[k];
  // A number inside a name is none either: "for BBC One's Countryfile programme", "Radio 4's Today programme".
  // Nor one after a determiner: "The three firms claim", "these two groups say".
  if (t.pos === 'NUM') return !misread && !(k - 1 >= sentenceFirst && NUMBER_IN_SUBJECT_AFTER.has(layer.tokens[k - 1].pos));
  if (t.pos === 'SYM') return true;
  return (t.pos === 'VERB' || t.pos === 'AUX') && !misread && (verbGroupAt(layer, k)?.tense ?? 'none') !== 'none';
}

/** Parts of speech of the token before a number that make it part of a noun phrase, not an object (objectWord). */
const NUMBER_IN_SUBJECT_AFTER = new Set(['ADP', 'PROPN', 'DET']);

/** How far after a passive reporting verb its "by" agent may stand, in tokens, asides not counted. */
const AGENT_REACH = 8;

/** How many tokens the subject of a verb of naming after "what" may hold ("what the Office for National Statistics calls"). */
const WHAT_SUBJECT_REACH = 6;
/** Parts of speech of that subject. */
const SUBJECT_WORDS = new Set(['PROPN', 'NOUN', 'DET', 'ADJ', 'ADP']);

/**
 * Verb group `g` is a bare past participle right after the noun it tells of ("firms polled for the survey", "adults
 * questioned by ICM"): a passive reduced relative clause.
 */
function reducedParticiple(layer: Language, g: VerbGroup): boolean {
  const before = layer.tokens[g.first - 1];
  return g.first === g.last && !g.passive && g.tense === 'past' && !!before && before.sentence === layer.tokens[g.first].sentence && (before.pos === 'NOUN' || before.pos === 'PROPN');
}

/**
 * The last token of the agent of a passive verb group ending at token `verb`: "by" and the noun phrase after it,
 * read past adverbs and bracketed asides ("was announced today (Thursday 2 August) by Science Minister Sam
 * Gyimah"). Returns -1 when there is none within AGENT_REACH tokens of the sentence (ending at token `last`).
 */
function agentAfter(layer: Language, prose: string, verb: number, last: number): number {
  const tokens = layer.tokens;
  let steps = 0;
  for (let k = verb + 1; k <= last && steps < AGENT_REACH; k++, steps++) {
    const w = prose.slice(tokens[k].start, tokens[k].end);
    if (w === '(') {
      while (k <= last && prose.slice(tokens[k].start, tokens[k].end) !== ')') k++;
      continue;
    }
    if (w.toLowerCase() === 'by') return agentEnd(layer, k, last);
    // Adverbs and time phrases may stand between ("today", "on Monday"); a verb or a clause mark ends the search.
    const pos = tokens[k].pos;
    if (pos === 'VERB' || pos === 'AUX' || pos === 'SCONJ' || pos === 'CCONJ' || (pos === 'PUNCT' && w !== ',')) return -1;
  }
  return -1;
}

/**
 * "The price was disclosed in a preliminary prospectus", "were published in its annual report": the token of a
 * document noun (lex.documentNouns) that "in" and its modifiers (DOCUMENT_MODIFIER_POS, a determiner, a possessive)
 * put right after a passive verb group ending at token `verb`, within DOCUMENT_REACH tokens of the sentence (ending at
 * token `last`); -1 when there is none. The document is the passive's source, as a "by" agent would be.
 */
function documentAfter(layer: Language, prose: string, verb: number, last: number, documents: ReadonlySet<string>): number {
  const tokens = layer.tokens;
  if (verb + 1 > last || tokens[verb + 1].lemma !== 'in') return -1;
  for (let k = verb + 2; k <= Math.min(last, verb + 1 + DOCUMENT_REACH); k++) {
    const t = tokens[k];
    const w = prose.slice(t.start, t.end).toLowerCase();
    if (t.pos === 'NOUN' && documents.has(w)) return k;
    if (t.pos !== 'DET' && t.pos !== 'PART' && t.pos !== 'PRON' && !DOCUMENT_MODIFIER_POS.has(t.pos)) return -1;
  }
  return -1;
}

/** Most tokens after "in" to a passive's document ("in a preliminary prospectus", "in the company's annual report"). */
const DOCUMENT_REACH = 5;

/**
 * Data nouns (data/figures-attribution.json dataNouns) of `sentence` with who made them after them, as spans of
 * UTF-16 offsets into `prose` from the noun to the maker's last nominal: the noun, perhaps a participle or a passive
 * verb group that tells the making and its particle ("the survey carried out by ICM Research", "a study commissioned
 * by the union", "The survey was conducted by Sunovate"), then
 * "by" and a noun phrase (agentEnd), or "from" and a name ("data compiled from Eurostat"; not "figures from last
 * year"), whose last word is no time (`isTime`, lower case: "had filed compliance reports by Wednesday"). Not a noun
 * of a process after "under" ("a deal under review by the SEC"). "In the survey carried out by ICM Research, 14% …
 * said" is sourced by it, whatever the sentence's verbs say.
 */
function madeBy(layer: Language, prose: string, sentence: { first: number; last: number }, dataNouns: ReadonlySet<string>, isTime: (w: string) => boolean): Span[] {
  const out: Span[] = [];
  const tokens = layer.tokens;
  const word = (k: number) => prose.slice(tokens[k].start, tokens[k].end).toLowerCase();
  for (let i = sentence.first; i < sentence.last; i++) {
    if (tokens[i].pos !== 'NOUN' || !dataNouns.has(word(i)) || (i > sentence.first && word(i - 1) === 'under')) continue;
    // "The poll of 22,953 people was conducted by GlobeScan", "A survey of 2,000 adults, carried out by YouGov,": the
    // noun's own prepositional phrases, and a comma that opens the participle, stand between it and its making.
    const k = afterMaking(layer, prose, postModifierEnd(layer, prose, i + 1, sentence.last), sentence.last);
    if (k > sentence.last || !MAKER_PREPOSITIONS.has(word(k))) continue;
    const end = agentEnd(layer, k, sentence.last);
    const named = tokens.slice(k + 1, end + 1).some((t) => t.pos === 'PROPN');
    if (end >= 0 && (word(k) === 'by' || named) && !isTime(word(end))) out.push({ start: tokens[i].start, end: tokens[end].end });
  }
  return out;
}

/** The prepositions that name who made a data noun ("compiled by", "data from"). */
const MAKER_PREPOSITIONS = new Set(['by', 'from']);

/**
 * The token after the making told at token `k`, or `k` when none is told there: a passive verb group ("was
 * conducted", "were compiled") or a bare participle ("carried"), each with its particle ("carried out", not "by").
 * Token indices into `layer.tokens`; `last` is the sentence's last token.
 */
function afterMaking(layer: Language, prose: string, k: number, last: number): number {
  const tokens = layer.tokens;
  const step = (j: number) => (PARTICLE_POS.has(tokens[j + 1]?.pos) && !MAKER_PREPOSITIONS.has(prose.slice(tokens[j + 1].start, tokens[j + 1].end).toLowerCase()) ? 2 : 1);
  // "The survey was conducted by Sunovate", "the figures were compiled from Eurostat data": a passive verb group.
  const passive = verbGroupAt(layer, k);
  if (passive && passive.first === k && passive.passive && passive.last < last) return passive.last + step(passive.last);
  if (tokens[k].pos === 'VERB' && prose.slice(tokens[k].start, tokens[k].end).toLowerCase().endsWith('ed')) return k + step(k);
  return k;
}

/** Parts of speech inside the noun phrase of a data noun's prepositional phrase ("of 22,953 people in 20 countries"). */
const MODIFIER_PHRASE_POS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * The token after the prepositional phrases that follow a noun at token `from` ("of 2,000 adults", "of 20,000 people
 * in 20 countries") and after a comma that ends them or the noun ("The survey, carried out by ICM,"), or `from` when
 * neither follows: each phrase a preposition other than "by" or "from" (which name a maker) and one to six words of a
 * noun phrase, an "of" phrase only first, all within the sentence's `last` token. Token indices into `layer.tokens`.
 */
function postModifierEnd(layer: Language, prose: string, from: number, last: number): number {
  const tokens = layer.tokens;
  let k = from;
  while (k < last && tokens[k].pos === 'ADP') {
    const preposition = prose.slice(tokens[k].start, tokens[k].end).toLowerCase();
    // "review of the privatisation of thousands of businesses by the previous administration": a second "of" phrase
    // belongs to the first one's noun, and so does what comes after it.
    if (preposition === 'by' || preposition === 'from' || (k > from && preposition === 'of')) break;
    let j = k + 1;
    while (j <= last && j <= k + 6 && MODIFIER_PHRASE_POS.has(tokens[j].pos)) j++;
    if (j === k + 1) break;
    k = j;
  }
  return k < last && prose.slice(tokens[k].start, tokens[k].end) === ',' ? k + 1 : k;
}

/** The parts of speech of a participle's particle ("carried out", "drawn up"). */
const PARTICLE_POS = new Set<string | undefined>(['ADP', 'ADV', 'PART']);

/** The last nominal of the noun phrase after "by" at token `by` (within six tokens and the sentence's `last`), or -1. */
function agentEnd(layer: Language, by: number, last: number): number {
  const tokens = layer.tokens;
  let end = -1;
  for (let j = by + 1; j <= last && j <= by + 6 && (NOMINAL.has(tokens[j].pos) || tokens[j].pos === 'DET' || tokens[j].pos === 'ADJ'); j++) if (NOMINAL.has(tokens[j].pos)) end = j;
  return end;
}

/** Relative pronouns that open a comma-bounded aside after a noun ("The firm, which employs 500 people, said"). */
/** Reporting verbs whose other sense takes an object: "added 300 jobs", "added support", "conceded two goals", "claimed 40 lives". */
const OBJECT_SENSES = new Set(['add', 'concede', 'claim']);
/** Parts of speech of a figure's hedge between a verb and its number ("claimed at least 217 lives", "added nearly 300"). */
const HEDGE_POS = new Set(['ADV', 'ADP', 'ADJ']);
/** Words a hedge may take before its number ("at least", "up to", "more than"). */
const HEDGE_WORDS = 2;
/** Marks after which a reporting verb comes before its speaker (`…,” added the minister`). */
const INVERSION_MARKS = new Set([',', '"', '“', '”', "'", '’']);
/** Parts of speech that open a direct object right after the verb ("added 300 jobs", "added support", "conceded defeat"). */
const OBJECT_START = new Set(['NUM', 'NOUN', 'DET', 'ADJ', 'SYM']);

/**
 * "Orange added more than five million customers", "would see it receive added support", "his side conceded two
 * penalties", "the bombings claimed at least 217 lives", "adds to the three Grammys": a verb of OBJECT_SENSES with a direct object (or "add to", "add up") means
 * gain, give away, increase or total, not say; unless the noun phrase is the subject of a reported clause ("conceded 4,000 jobs would
 * go"). Not after a comma or a closing quotation mark, where it is an inverted report (", added the minister."). `verb` is a layer token.
 */
function takesAnObject(layer: Language, verb: number): boolean {
  const head = layer.tokens[verb];
  const next = layer.tokens[verb + 1];
  if (!OBJECT_SENSES.has(head.lemma) || !next || next.sentence !== head.sentence || INVERSION_MARKS.has(layer.tokens[verb - 1]?.lemma ?? '')) return false;
  // "The latest triumph adds to the three Grammys", "exports added up to 22,201bn yen": "add to" increases, "add up" totals.
  if (head.lemma === 'add' && (next.lemma === 'to' || next.lemma === 'up')) return true;
  if (!OBJECT_START.has(next.pos) && !hedgedNumber(layer, verb + 1)) return false;
  // "Yukos is claiming more than $20bn in damages": money claimed is demanded; the claimant is its source.
  if (head.lemma === 'claim' && layer.tokens[pastHedge(layer, verb + 1)]?.pos === 'SYM') return false;
  return !subjectOfClause(layer, verb + 1);
}

/** The layer token after up to HEDGE_WORDS hedge words from token `k` ("more than $20bn" → "$"). */
function pastHedge(layer: Language, k: number): number {
  let i = k;
  while (i < k + HEDGE_WORDS && HEDGE_POS.has(layer.tokens[i]?.pos ?? '')) i++;
  return i;
}

/** Whether up to HEDGE_WORDS hedge words from layer token `k` lead to a number ("at least 217", "nearly 300"). */
function hedgedNumber(layer: Language, k: number): boolean {
  const i = pastHedge(layer, k);
  return i > k && layer.tokens[i]?.pos === 'NUM';
}

/** Parts of speech that end a noun phrase with no verb of its own ("had added 0.5% to break", "conceded two goals,"). */
const PHRASE_END = new Set(['PUNCT', 'ADP', 'CCONJ', 'PART']);

/**
 * "conceded 4,000 jobs would go": the noun phrase from layer token `first` is the subject of a finite or modal verb
 * within six tokens, before punctuation, a preposition, "and" or an infinitive ends it.
 */
export function subjectOfClause(layer: Language, first: number): boolean {
  const sentence = layer.tokens[first].sentence;
  for (let k = first; k <= first + 5 && layer.tokens[k]?.sentence === sentence; k++) {
    const t = layer.tokens[k];
    if (PHRASE_END.has(t.pos)) return false;
    const g = t.pos === 'AUX' || t.pos === 'VERB' ? verbGroupAt(layer, k) : undefined;
    if (g && (g.tense !== 'none' || g.modal !== null)) return true;
  }
  return false;
}

/**
 * "asked Rosneft to repay", "told staff to leave", "asking him to apologise", "asked for information": a verb of asking or
 * telling with an object and "to", or "ask for", makes a request, not a report. True for "ask for", or when a noun
 * phrase of at most four tokens after the group is followed by the infinitive marker.
 */
function requests(layer: Language, g: VerbGroup): boolean {
  const lemma = layer.tokens[g.head].lemma;
  if (lemma !== 'ask' && lemma !== 'tell') return false;
  if (lemma === 'ask' && layer.tokens[g.last + 1]?.lemma === 'for') return true; // "has asked for information"
  for (let k = g.last + 1; k <= g.last + 5 && k < layer.tokens.length; k++) {
    const t = layer.tokens[k];
    if (t.pos === 'PART' && t.lemma === 'to') return k > g.last + 1;
    if (!NOMINAL.has(t.pos) && t.pos !== 'DET' && t.pos !== 'ADJ') return false;
  }
  return false;
}

/** "Allowing for changes in calculating statistics": a verb group right after a preposition is a gerund, no report. */
function afterPreposition(layer: Language, g: VerbGroup): boolean {
  const before = layer.tokens[g.first - 1];
  return !!before && before.pos === 'ADP' && before.sentence === layer.tokens[g.first].sentence && g.tense === 'none';
}

/**
 * Token k is a noun of a noun phrase that a determiner or an adjective opens ("a previous estimate", "the forecast",
 * "its claim"), as the layer tags it: no verb, whatever its form.
 */
/** Relatives the tagger reads as determiners. */
const RELATIVE_DETERMINERS: ReadonlySet<string> = new Set(['which', 'that', 'whose', 'what']);

function nounAfterDeterminer(layer: Language, prose: string, k: number): boolean {
  const before = layer.tokens[k - 1];
  if (layer.tokens[k].pos !== 'NOUN' || !before) return false;
  // A possessive determiner, not a relative ("the company, which estimates an HIV prevalence of 24%", which the tagger
  // may read as a determiner and a noun).
  const possessive = before.pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(prose.slice(before.start, before.end).toLowerCase());
  return (before.pos === 'DET' && !RELATIVE_DETERMINERS.has(before.lemma)) || before.pos === 'ADJ' || possessive;
}

/**
 * "…, a report claims." / "…, the ministry says.": a sentence that ends in a comma, a short noun phrase and a word with
 * a reporting lemma is attributed to that phrase, whatever part of speech the tagger gave the last word (it reads
 * "report claims" as a compound noun). The span from the phrase to the verb, or null.
 */
function trailingAttribution(layer: Language, prose: string, sentence: { first: number; last: number }, lemmas: ReadonlySet<string>): Span | null {
  let last = sentence.last;
  while (last > sentence.first && layer.tokens[last].pos === 'PUNCT') last--;
  const verb = layer.tokens[last];
  if (last === sentence.last || !lemmas.has(verb.lemma) || (verb.pos !== 'VERB' && verb.pos !== 'NOUN')) return null;
  for (let k = last - 1; k >= Math.max(sentence.first, last - 5); k--) {
    const t = layer.tokens[k];
    if (prose.slice(t.start, t.end) === ',') return k < last - 1 ? { start: layer.tokens[k + 1].start, end: verb.end } : null;
    if (!NOMINAL.has(t.pos) && t.pos !== 'DET' && t.pos !== 'ADJ') return null;
  }
  return null;
}

/**
 * "Some 22% said", "Almost a quarter, 22%, said", "48 per cent told": a share of the people asked, right before a
 * reporting verb group starting at token `verb` (a comma closing an apposition between), speaks for them as "25% of
 * Britons said" does; `percentWords` are the figure lexicon's ("%", "percent", "pc"). Its number token as the head, or
 * null when no share stands there.
 */
function shareSubject(layer: Language, prose: string, verb: number, sentenceFirst: number, percentWords: ReadonlySet<string>): ReturnType<typeof subjectBefore> {
  const tokens = layer.tokens;
  const word = (k: number) => prose.slice(tokens[k].start, tokens[k].end).toLowerCase();
  let k = verb - 1;
  const apposed = k > sentenceFirst && word(k) === ',';
  if (apposed) k--;
  // "%", "percent", "pc", or "per cent" after the number.
  if (k > sentenceFirst + 1 && word(k) === 'cent' && word(k - 1) === 'per') k -= 2;
  else if (k > sentenceFirst && percentWords.has(word(k))) k -= 1;
  else return null;
  // A comma after the share closes an apposition only when one opens before it ("rates rose to 2.25%, citing" has none).
  if (k < sentenceFirst || tokens[k].pos !== 'NUM' || (apposed && (k === sentenceFirst || word(k - 1) !== ','))) return null;
  return { first: k, head: k, named: false };
}

/**
 * The last token a demand told by verb group `g` sources, at most `last`: its object and the infinitives that say what
 * it wants ("wants the EU budget to be capped at 1%"), up to the token before the next finite verb group, whose clause
 * states a fact of its own ("urged ministers to make councils create sites because 3,500 travellers have no place to
 * stop"; "sought to calm fears … after an earthquake killed at least 38,000 people").
 */
function demandEnd(layer: Language, g: VerbGroup, last: number): number {
  for (let k = g.last + 1; k <= last; k++) {
    const next = verbGroupAt(layer, k);
    // (A subordinator other than the demand's own "that"/"whether" opens a clause of fact: "because", "how", "after".)
    if (layer.tokens[k].pos === 'SCONJ' && !DEMAND_CONTENT.has(layer.tokens[k].lemma)) return k - 1;
    if (WH_CLAUSE.has(layer.tokens[k].lemma)) return k - 1;
    const infinitive = layer.tokens[k - 1].lemma === 'to' && layer.tokens[k - 1].pos === 'PART';
    if (next && next.first === k && !infinitive && (next.tense !== 'none' || next.modal !== null)) return k - 1;
  }
  return last;
}

/** Whether an attribution's reach `r` (offsets; undefined for one that reaches its whole sentence) covers `figure`. */
function reaches(r: Span | undefined, figure: Span): boolean {
  return !r || (figure.start >= r.start && figure.end <= r.end);
}

/** Whether layer token `k` is the apostrophe of a plural's possessive: right after a word ending in "s", a noun or adjective after it ("nurses' union"). */
function pluralPossessive(layer: Language, prose: string, k: number): boolean {
  const [before, t, after] = [layer.tokens[k - 1], layer.tokens[k], layer.tokens[k + 1]];
  const mark = prose.slice(t.start, t.end);
  return (mark === "'" || mark === '’') && !!before && before.end === t.start && prose[before.end - 1] === 's' && !!after && (after.pos === 'NOUN' || after.pos === 'PROPN' || after.pos === 'ADJ');
}

/** Subordinators that open what a demand asks for ("demanded that shareholders be consulted"). */
const DEMAND_CONTENT = new Set(['that', 'whether']);
/** Words that open a clause of fact inside a demand's object ("to scrutinise how £2bn … is spent"). */
const WH_CLAUSE = new Set(['how', 'why', 'where', 'when']);

/** Conjunctions after which a verb group shares the subject before them. */
const COORDINATORS = new Set(['and', 'but']);

/**
 * "the commission does urge parties to … and suggests there should be …", "The TUC welcomed the increase, but has
 * called for a £6 minimum wage": a verb group right after "and" or "but" shares the subject of the finite verb group
 * before it in the sentence. That subject, or null when neither word stands right before `g` or no earlier group has one.
 */
function coordinatedSubject(layer: Language, prose: string, g: VerbGroup, sentenceFirst: number): ReturnType<typeof subjectBefore> {
  const and = layer.tokens[g.first - 1];
  // Only a bare verb ("and suggests", "and said") or an active perfect ("but has called"): "and is forecast to" is a
  // passive the tagger may not mark.
  const bare = g.first === g.head || (g.perfect && !g.passive && g.head === g.first + 1);
  if (!and || and.pos !== 'CCONJ' || !COORDINATORS.has(and.lemma) || !bare) return null;
  const first = verbGroupsIn(layer, sentenceFirst, g.first - 2).find((x) => x.last < g.first - 1 && x.tense !== 'none');
  return first ? subjectBefore(layer, prose, first.first, sentenceFirst) : null;
}


/** Participles of accusing, reporting verbs whose bare form after a noun is a passive ("diplomats accused of spying"; the tagger's lemma of "alleged" is "alleg"). */
const ACCUSATION_PARTICIPLES = new Set(['accused', 'alleged']);
/** Words after such a participle that make it the passive of a reduced relative ("alleged to have", "accused in"): "to" always, the prepositions only after another verb ("Prosecutors alleged in court" reports). */
const PASSIVE_AFTER = new Set(['to', 'of', 'in', 'by', 'over']);

/**
 * Whether the token `k` of `prose` is the bare participle of an accusation in a reduced relative clause ("four diplomats accused
 * of spying", "people alleged to have traded files", "three men accused in the incident"): no one speaks there (the
 * CoNLL-2003 and BBC cases that "accuse" and "allege" as reporting verbs had wrongly sourced).
 */
function accusedParticiple(layer: Language, prose: string, k: number): boolean {
  const next = layer.tokens[k + 1];
  return ACCUSATION_PARTICIPLES.has(prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase()) && !!next && next.sentence === layer.tokens[k].sentence && PASSIVE_AFTER.has(next.lemma) && verbGroupAt(layer, k)?.first === k && (next.lemma === 'to' || verbBefore(layer, k));
}

/** Whether a verb or auxiliary stands before token `k` in its sentence: a participle after it is no main verb ("Prosecutors alleged in court" has none). */
function verbBefore(layer: Language, k: number): boolean {
  const first = layer.sentences[layer.tokens[k].sentence].first;
  for (let j = k - 1; j >= first; j--) if (layer.tokens[j].pos === 'VERB' || layer.tokens[j].pos === 'AUX') return true;
  return false;
}

/** The most digits of a number inside a name ("Radio 4", "Channel 44"). */
const NAME_NUMBER_DIGITS = 2;

/** The last token before the comma, semicolon or dash after token `i`, or before token `b`. */
function clauseEndToken(toks: Token[], i: number, b: number): number {
  let e = i;
  while (e + 1 < b && !(toks[e + 1].kind === 'sym' && CLAUSE_MARKS.has(toks[e + 1].text))) e++;
  return e;
}

/** The last token of the noun phrase after token `i` (a few words, up to punctuation or a clause boundary). */
function nounPhraseEnd(toks: Token[], i: number, b: number, verbs?: Set<string>): number {
  let e = i;
  for (let j = i + 1; j < Math.min(b, i + 7); j++) {
    const t = toks[j];
    // A short number after a capitalised word is part of a name ("according to a poll for Radio 4's Today programme").
    if (verbs?.has(t.lower) || (t.kind === 'num' && !(t.text.length <= NAME_NUMBER_DIGITS && toks[j - 1].kind === 'word' && isCapitalised(toks[j - 1])))) break;
    if (t.kind === 'sym' && !(t.text === '-' && !t.gap) && t.text !== '&') break;
    if (t.kind === 'word' && (t.lower === 'that' || t.lower === 'which' || t.lower === 'who' || t.lower === 'and' && j > i + 1)) break;
    e = j;
  }
  return e;
}

export function sentenceOf(article: Article, offset: number): number {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].start <= offset) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  if (found < 0) return -1;
  // Past its sentence's end, an offset still belongs to it while no other paragraph has begun (a tag after the full stop).
  const para = article.paragraphs[s[found].paragraph];
  return offset <= (para ? para.end : s[found].end) ? found : -1;
}
