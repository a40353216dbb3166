// date-conflict, a date moved the wrong way: "The offer was extended from Oct. 27 to Oct. 16", "The vote was brought
// forward from 5 May to 9 May". A verb that moves a date later (extend, postpone, delay, push back) or earlier (bring
// forward) with the old date after "from" and the new one after "to" says which of the two comes first (slips91: an
// offer "extended to Oct. 16" that had been due to expire on 27 October).
import { dateInWords } from '../../dates/describe';
import { readDataJson } from '../../dataFiles';
import { languageOf, verbGroupsIn, type Language } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { interval } from './shared';
import { governingVerb } from '../../dates/governor';
import { dayAndMonth } from '../../dates';

/** Lemmas (or "lemma particle") of verbs that move a date later, and of those that move it earlier (data/dates-change-verbs.json). */
interface ChangeVerbs {
  later: string[];
  earlier: string[];
  ending: string[];
}

/** data/dates-change-verbs.json as sets, read once. */
let verbs: { later: Set<string>; earlier: Set<string>; ending: Set<string> } | null = null;
function changeVerbs(): { later: Set<string>; earlier: Set<string>; ending: Set<string> } {
  if (!verbs) {
    const raw = readDataJson<ChangeVerbs>('dates-change-verbs.json');
    verbs = { later: new Set(raw.later), earlier: new Set(raw.earlier), ending: new Set(raw.ending) };
  }
  return verbs;
}

/** The lower-case word of layer token `k`. */
const wordAt = (article: Article, layer: Language, k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');

/**
 * Whether dates `a` and `b` (either order) are the old and new date of one change, or the two ends of one range: in
 * one sentence, one right after "from", the other right after "to" or "until" (a day's "on" may stand between: "from
 * on"). One event given two such dates is no contradiction ("extended the deadline to Nov. 20 from Nov. 16").
 */
export function changeEnds(article: Article, a: DateMention, b: DateMention): boolean {
  if (a.sentence !== b.sentence || a.sentence < 0) return false;
  const layer = languageOf(article);
  const lead = (d: DateMention) => wordAt(article, layer, layer.tokenAt(d.start) - 1);
  const ends = new Set([lead(a), lead(b)]);
  return ends.has('from') && (ends.has('to') || ends.has('until'));
}

/** Days in a year without 29 February, and half of it: how far apart two days of a year without their years may lie. */
const YEAR_DAYS = 365;
const HALF_YEAR = 182;

/** Whether two days compare by month and day: both written as a day and a month alone, the tense chose their years. */
function byDayOfYear(from: DateMention, to: DateMention): boolean {
  return from.grain === 'day' && to.grain === 'day' && dayAndMonth(from.text) && dayAndMonth(to.text);
}

/**
 * How many days `to` lies after `from` (negative: before). When the tense chose either's year ("from 14 March to 7
 * March" in a story of October, read as March past and March to come), two days compare by month and day, the nearer
 * way round the year ("from 28 December to 4 January" is a week later). Null when either has no interval.
 */
function moveDays(from: DateMention, to: DateMention): number | null {
  const a = interval(from);
  const b = interval(to);
  if (!a || !b) return null;
  if (!byDayOfYear(from, to)) return b[0] - a[0];
  const dayOfYear = (value: string) => Date.UTC(2001, +value.slice(5, 7) - 1, +value.slice(8, 10)) / 86_400_000;
  const delta = (((dayOfYear(to.value!) - dayOfYear(from.value!)) % YEAR_DAYS) + YEAR_DAYS) % YEAR_DAYS;
  return delta > HALF_YEAR ? delta - YEAR_DAYS : delta;
}

/** How many sentences before or after a new date the date it replaces may be told ("It had been due to expire Friday"). */
const FORMER_REACH = 2;

/**
 * The date a deadline had before it was moved to `to`: within FORMER_REACH sentences, of `to`'s grain, under a verb of
 * ending (data/dates-change-verbs.json `ending`) told as a past plan ("It had been due to expire Friday evening", "was
 * due to close on 9 September"), or "expire" told as past ("which expired on Friday"); not "will now expire on Nov.
 * 16", the new date told again, nor "The shop closed on 9 September". The nearest, or undefined.
 */
function formerExpiry(article: Article, dates: DateMention[], to: DateMention): DateMention | undefined {
  const near = dates.filter((d) => d !== to && d.grain === to.grain && d.sentence >= 0 && Math.abs(d.sentence - to.sentence) <= FORMER_REACH);
  return near.sort((a, b) => Math.abs(a.start - to.start) - Math.abs(b.start - to.start)).find((d) => {
    const verb = governingVerb(article, d);
    const ended = !!verb && changeVerbs().ending.has(verb.lemma) && (verb.plan || (verb.lemma === 'expire' && verb.tense === 'past'));
    return ended && !verb.will && !verb.negated;
  });
}

/**
 * A verb group of data/dates-change-verbs.json (by lemma, or lemma and the particle after it: "push back", "bring
 * forward") before a new date after "to", that moves the date the other way from the old one — after "from" in its
 * sentence, or else the date it was to expire near it (formerExpiry): "later" with the new date not after the old,
 * "earlier" with it not before. Both dates of one grain. One finding at the new date.
 */
export function changeConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  const { later, earlier } = changeVerbs();
  for (const to of dates) {
    const k = layer.tokenAt(to.start);
    if (k < 1 || wordAt(article, layer, k - 1) !== 'to' || to.sentence < 0) continue;
    const from = dates.find((d) => d !== to && d.sentence === to.sentence && d.grain === to.grain && wordAt(article, layer, layer.tokenAt(d.start) - 1) === 'from') ?? formerExpiry(article, dates, to);
    if (!from) continue;
    const sentence = layer.sentences[layer.tokens[k].sentence];
    const verb = verbGroupsIn(layer, sentence.first, sentence.last).filter((g) => g.end <= to.start).pop();
    if (!verb) continue;
    const lemma = layer.tokens[verb.head].lemma;
    const phrase = `${lemma} ${wordAt(article, layer, verb.head + 1)}`;
    const direction = later.has(phrase) || (later.has(lemma) && !earlier.has(phrase)) ? 'later' : earlier.has(phrase) || earlier.has(lemma) ? 'earlier' : null;
    const delta = direction ? moveDays(from, to) : null;
    if (!direction || delta === null) continue;
    const wrong = direction === 'later' ? delta <= 0 : delta >= 0;
    if (!wrong) continue;
    // (The particle of "brought forward", "pushed back" belongs to the verb.)
    const particle = later.has(phrase) || earlier.has(phrase) ? layer.tokens[verb.head + 1].end : verb.end;
    const cue = article.text.slice(verb.start, particle);
    // (Days whose years the tense chose are compared, and shown, as written: "7 March is not after 14 March".)
    const shown = (d: DateMention) => (byDayOfYear(from, to) ? d.text : dateInWords(d));
    const said = wordAt(article, layer, layer.tokenAt(from.start) - 1) === 'from' ? `“from ${from.text}”` : `“${from.text}”, the date it was to ${governingVerb(article, from)?.lemma ?? 'expire'}`;
    out.push({
      start: to.start,
      end: to.end,
      message: `“${cue}” moves the date ${direction}, but ${shown(to)} is ${direction === 'later' ? 'not after' : 'not before'} ${shown(from)} (${said}).`,
    });
  }
  return out;
}
