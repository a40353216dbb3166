// tense-date-mismatch, results of a period not yet over: "The company reported a 77% drop in fourth-quarter net income"
// on 26 October 1989. A quarter's results exist only once it ends; told as done before then, the quarter is a slip
// (slips91: "third-quarter" rewritten "fourth-quarter").
import { formatDay, fromDays, toDays, valueInterval, type Ymd } from '../../dates/calendar';
import { dateInWords } from '../../dates/describe';
import { governingVerb } from '../../dates/governor';
import { readWordList } from '../../dataFiles';
import { languageOf, type Language } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';

/** Periods whose results a body reports when they end. */
const RESULT_PERIODS: ReadonlySet<DateMention['grain']> = new Set(['quarter', 'half']);
/** How many words (adjectives and nouns: "net", "pre-tax", "operating") may stand between the period and its results word. */
const MODIFIERS = 3;
/** Prepositions between a results word and its period ("net income for the fourth quarter", "profit in the first half"). */
const PERIOD_PREPOSITIONS: ReadonlySet<string> = new Set(['for', 'in', 'during']);

/**
 * A quarter or half with its year (`d`; the only date of its sentence, and no "fiscal" in it) that dates a body's
 * results — right before a noun of data/accounts-words.txt ("fourth-quarter net income", "third-quarter earnings") or after one and "for", "in" or
 * "during" ("net income for the fourth quarter") — under a past verb that is not a plan, a forecast, a hypothesis or a
 * negation ("reported", "fell", "were"), when the period begins after `published`: results cannot be told before the
 * period they count is over. Not "expects fourth-quarter earnings to fall", "would fall". `others`: every date of the
 * article (a second date in the sentence, "compared with a year earlier", may be what the period is read against).
 * One finding at the period, or null.
 */
export function unfinishedResultsFinding(article: Article, d: DateMention, others: readonly DateMention[], published: Ymd): RuleFinding | null {
  // (A quarter named without its year, "fourth-quarter", may be a fiscal one: a fiscal year ending in September has
  // its fourth quarter reported in October, so only a quarter with its year that has not begun by publication is
  // read, and not beside "fiscal".)
  if (d.kind !== 'date' || !RESULT_PERIODS.has(d.grain) || d.sentence < 0 || d.relative) return null;
  const span = valueInterval(d.value);
  const pub = toDays(published);
  if (!span || span[0] <= pub || fiscal(article, d)) return null;
  if (others.some((o) => o !== d && o.sentence === d.sentence)) return null;
  const layer = languageOf(article);
  if (!datesResults(article, layer, d)) return null;
  const verb = governingVerb(article, d);
  if (!verb || verb.tense !== 'past' || verb.plan || verb.hypothetical || verb.negated) return null;
  const cue = article.text.slice(verb.start, verb.end);
  return {
    start: d.start,
    end: d.end,
    message: `Past tense (“${cue}”) about results for ${dateInWords(d)}, which does not begin until ${formatDay(fromDays(span[0]))}, after the publication date (${formatDay(published)}): a period's results cannot be told before it is over.`,
  };
}

/** Whether date `d` dates a results word (data/accounts-words.txt, a noun): right after it, past modifiers, or before it and a preposition. */
function datesResults(article: Article, layer: Language, d: DateMention): boolean {
  const words = readWordList('accounts-words.txt');
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const results = (k: number) => !!layer.tokens[k] && layer.tokens[k].pos === 'NOUN' && (words.has(word(k)) || words.has(layer.tokens[k].lemma));
  const first = layer.tokenAt(d.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].end <= d.end) last++;
  const sentence = layer.tokens[first].sentence;
  // "fourth-quarter net income": the period, then modifiers, then the results word heading the phrase.
  for (let k = last + 1; k <= last + 1 + MODIFIERS && layer.tokens[k]?.sentence === sentence; k++) {
    const t = layer.tokens[k];
    if (results(k) && layer.tokens[k + 1]?.pos !== 'NOUN') return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NOUN' && word(k) !== '-') break;
  }
  // "net income for the fourth quarter": the results word, a preposition, an article.
  // (The date may open the prose: nothing stands before it.)
  let k = first - 1;
  if (k >= 0 && word(k) === 'the') k--;
  return k > 0 && PERIOD_PREPOSITIONS.has(word(k)) && layer.tokens[k - 1]?.sentence === sentence && results(k - 1);
}


/** Whether the sentence of date `d` says "fiscal": its quarters may be a fiscal year's, not the calendar's. */
function fiscal(article: Article, d: DateMention): boolean {
  const sentence = article.sentences[d.sentence];
  return !!sentence && /\bfiscal\b/iu.test(article.prose.slice(sentence.start, sentence.end));
}
