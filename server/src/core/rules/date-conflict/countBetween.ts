// date-conflict, counts between dates: "ended on Friday, six weeks after it began on Feb. 20" — a count of days, weeks,
// months or years that relates two dates of one sentence (or a date and publication, "three months since") and does
// not fit them.
import { formatDay, fromDays, parseIsoDay, toDays } from '../../dates/calendar';
import { countHedgeBefore, fitsCountHedge } from '../../dates/context';
import { CALENDAR_WORD } from '../../dates/expr';
import { governingVerb } from '../../dates/governor';
import { parseSmallNumber, wordList } from '../../dates/words';
import { firstTokenEndingAfter, languageOf, type Language } from '../../language';
import { firstAtLeast } from '../../text/spanIndex';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { lastWordOf } from '../../text/shape';
import { interval } from './shared';

/** Days in a unit of count (a month and a year on average, Gregorian calendar). */
const DAYS_PER_UNIT: Readonly<Record<string, number>> = { day: 1, week: 7, month: 30.44, year: 365.25 };
/** How a count relates the date it describes to the other: "after", "since" (the other is earlier), "before". */
const RELATIONS: Readonly<Record<string, 'after' | 'before'>> = { after: 'after', since: 'after', before: 'before' };

/** A count phrase found in the layer: "six weeks after" (hedge "nearly" before it, if any). */
interface Count {
  start: number;
  end: number;
  n: number;
  unit: string;
  relation: 'after' | 'before';
  since: boolean;
  hedge: string | null;
  /** The number and unit as written ("six weeks"). */
  written: string;
}

/** The count phrases in tokens `first`..`last`: a number (figures or words, "a"/"an" for one), a unit, a relation word. */
function countsIn(article: Article, layer: Language, first: number, last: number): Count[] {
  const out: Count[] = [];
  for (let k = first; k + 2 <= last; k++) {
    const count = countAt(article, layer, k, RELATIONS);
    if (count) out.push(count);
  }
  return out;
}

/**
 * The count whose number is token `k` (figures or words, "a"/"an" for one), its unit token `k + 1` (DAYS_PER_UNIT)
 * and its relation word token `k + 2` (a key of `relations`), with a hedge before it; null when the tokens are none.
 */
function countAt(article: Article, layer: Language, k: number, relations: Readonly<Record<string, 'after' | 'before'>>): Count | null {
  const word = (i: number) => article.prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase();
  if (k < 0 || k + 2 >= layer.tokens.length) return null;
  const unit = layer.tokens[k + 1].lemma;
  const relation = relations[word(k + 2)];
  if (!relation || !(unit in DAYS_PER_UNIT)) return null;
  const n = word(k) === 'a' || word(k) === 'an' ? 1 : parseSmallNumber(word(k));
  if (n === null || n <= 0) return null;
  const start = layer.tokens[k].start;
  const hedge = countHedgeBefore(article.prose.slice(Math.max(0, start - 16), start));
  return { start, end: layer.tokens[k + 2].end, n, unit, relation, since: word(k + 2) === 'since', hedge, written: article.prose.slice(start, layer.tokens[k + 1].end) };
}

/**
 * How `count` misses the day intervals `a` (the day it describes) and `b` (the other end, toDays numbers): the days
 * between them (low to high) and the relation they show ("after" or "before"), or null when some pair of days fits
 * it. An "after" whose ends come the other way round is told as "before", and the reverse.
 */
function misfit(count: Count, a: [number, number], b: [number, number]): { low: number; high: number; relation: 'after' | 'before' } | null {
  const [low, high] = count.relation === 'after' ? [a[0] - b[1], a[1] - b[0]] : [b[0] - a[1], b[1] - a[0]];
  const per = DAYS_PER_UNIT[count.unit];
  if (fits(count.n, count.unit, count.hedge, low / per, high / per)) return null;
  return { low, high, relation: (count.relation === 'after') === low >= 0 ? 'after' : 'before' };
}

/** The count as a message quotes it: "nearly six weeks after". */
const claimedOf = (count: Count) => `${count.hedge ? `${count.hedge} ` : ''}${count.written.toLowerCase()}`;

/**
 * Whether `n` units fits the elapsed time `low`..`high` (in units) under `hedge` (fitsCountHedge; an exact count the
 * count itself), with half a unit's play (a day's for days).
 */
function fits(n: number, unit: string, hedge: string | null, low: number, high: number): boolean {
  const play = unit === 'day' ? 1 : 0.5;
  return hedge ? fitsCountHedge(hedge, n, low - play, high + play) : low - play <= n && n <= high + play;
}

/** A date the check can measure from: a resolved day or month on the calendar, no stretch. */
const measurable = (d: DateMention) => d.kind === 'date' && !!d.value && !d.rangeEnd && (d.grain === 'day' || d.grain === 'month');

/** Whether the verb that governs `d` reports speech ("Police said on Monday the man was held three weeks after …"). */
function datesTheSaying(article: Article, d: DateMention): boolean {
  const verb = governingVerb(article, d);
  return !!verb && wordList('dates-reporting-verbs.txt').has(lastWordOf(article.prose.slice(verb.start, verb.end)).toLowerCase());
}

/** The most words between a count's relation word and the other date ("after it began on", "after they were effectively blocked on"). */
const CLAUSE_REACH = 8;

/**
 * Whether date `other` belongs to the phrase or clause the count's relation word opens: within CLAUSE_REACH tokens,
 * no punctuation between ("In the 20 years since that day, mobile phones have … now": "now" is not the day counted
 * from). Not "now", "today": the other date is written on the calendar or as a weekday (checked by the caller).
 */
function inRelationClause(layer: Language, count: Count, other: DateMention): boolean {
  const from = firstTokenEndingAfter(layer, count.end);
  const to = firstTokenEndingAfter(layer, other.start);
  return to - from <= CLAUSE_REACH && layer.tokens.slice(from, to).every((t) => t.pos !== 'PUNCT');
}

/** "14 days", "40 to 70 days": the days from `low` to `high`. */
const daysInWords = (low: number, high: number) => (low === high ? `${low} day${Math.abs(low) === 1 ? '' : 's'}` : `${low} to ${high} days`);

/**
 * "The strike ended on Friday, six weeks after it began on Feb. 20" (published Fri 6 Mar 1998: two weeks): a count
 * with "after", "since" or "before" between two dates of one sentence, the date it describes before the count (or,
 * with none, after the other date: "Six weeks after it began on Feb. 20, the strike ended on Friday") and the other
 * date after the relation word; "since" with no date it describes counts to publication ("It is three months since
 * the plant closed on 2 January"). A date a verb of saying governs is when it was said, and is passed over. Each date
 * is an interval (a month counts every day in it); the finding is on the count, when no pair of days fits it.
 */
export function countBetweenConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const published = parseIsoDay(article.frontMatter?.published ?? null);
  const bySentence = new Map<number, DateMention[]>();
  for (const d of dates) if (measurable(d)) bySentence.set(d.sentence, [...(bySentence.get(d.sentence) ?? []), d]);
  const layer = bySentence.size ? languageOf(article) : null;
  for (const [index, inSentence] of bySentence) {
    const sentence = article.sentences[index];
    if (!layer || !sentence) continue;
    const first = firstTokenEndingAfter(layer, sentence.start);
    const last = firstAtLeast(layer.tokens, (t) => t.end, sentence.end + 1) - 1;
    for (const count of countsIn(article, layer, first, last)) {
      const finding = countFinding(article, layer, count, inSentence, published ? toDays(published) : null);
      if (finding) out.push(finding);
    }
  }
  return out;
}

/** The two ends a count relates: the date it describes (null for publication) and the other date, as day intervals. */
interface Ends {
  described: DateMention | null;
  other: DateMention;
  a: [number, number];
  b: [number, number];
}

/**
 * The ends of `count` among the measurable dates of its sentence (countBetweenConflicts), `pub` the publication day
 * (toDays) or null; null when the other date is not in the relation's clause or not on the calendar, when the
 * described date is when something was said, or when an end has no interval.
 */
function endsOf(article: Article, layer: Language, count: Count, inSentence: DateMention[], pub: number | null): Ends | null {
  const other = inSentence.find((d) => d.start >= count.end);
  if (!other || !inRelationClause(layer, count, other) || !(CALENDAR_WORD.test(other.text) || other.weekday !== undefined)) return null;
  const described = [...inSentence].reverse().find((d) => d.end <= count.start) ?? inSentence.find((d) => d.start > other.end) ?? null;
  if (described && datesTheSaying(article, described)) return null;
  const a = described ? interval(described) : count.since && pub !== null ? ([pub, pub] as [number, number]) : null;
  const b = interval(other);
  return a && b ? { described, other, a, b } : null;
}

/** countBetweenConflicts' reading of one count with the measurable dates of its sentence, `pub` the publication day (toDays) or null. */
function countFinding(article: Article, layer: Language, count: Count, inSentence: DateMention[], pub: number | null): RuleFinding | null {
  const ends = endsOf(article, layer, count, inSentence, pub);
  if (!ends) return null;
  const { described, other, a, b } = ends;
  const miss = misfit(count, a, b);
  if (!miss) return null;
  const from = described ? `“${described.text}” (${dateWords(a)})` : `The publication date (${dateWords(a)})`;
  return { start: count.start, end: count.end, message: `${from} is ${daysInWords(Math.abs(miss.low), Math.abs(miss.high))} ${miss.relation} “${other.text}” (${dateWords(b)}), not ${claimedOf(count)}.` };
}

/** A day interval in words: one day as "Fri 6 Mar 1998", more as "1 to 31 Jan 1998". */
function dateWords(span: [number, number]): string {
  if (span[0] === span[1]) return formatDay(fromDays(span[0]));
  return `${formatDay(fromDays(span[0]))} to ${formatDay(fromDays(span[1]))}`;
}

/** Relation words of a count whose other end the story told before it: "four days later, on Aug. 13". */
const STORY_RELATIONS: Readonly<Record<string, 'after' | 'before'>> = { later: 'after', earlier: 'before' };
/** How many sentences back the day a "later" count runs from may be told ("the Aug. 7 bombings" … three sentences … "four days later, on Aug. 13"). */
const STORY_REACH = 4;
/** Words that may stand between such a count and the day it leads to ("four days later, on Aug. 13"). */
const LEADS_TO = new Set([',', 'on']);

/**
 * "The embassies were bombed on Aug. 7. … Four days later, on Aug. 13, the FBI …" (six days): a count with "later" or
 * "earlier" right before a day written on the calendar or as a weekday (only a comma or "on" between), or right after
 * it past a comma ("It resumed work on Friday, nearly two months later"; slips93), held to the
 * last such day told before it, within STORY_REACH sentences (a day a verb of saying governs passed over). The
 * finding is on the count, when no pair of days fits it (hedges and play as for counts within a sentence).
 */
export function laterCountConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const days = dates.filter((d) => measurable(d) && d.grain === 'day' && (CALENDAR_WORD.test(d.text) || d.weekday !== undefined));
  if (days.length < 2) return [];
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  days.forEach((own, i) => {
    const count = storyCountBefore(article, layer, own) ?? storyCountAfter(article, layer, own);
    if (!count) return;
    const anchor = days.slice(0, i).reverse().find((d) => d.end <= count.start && d.sentence >= own.sentence - STORY_REACH && !datesTheSaying(article, d));
    const a = interval(own);
    const b = anchor && interval(anchor);
    const miss = a && b ? misfit(count, a, b) : null;
    if (!anchor || !a || !b || !miss) return;
    out.push({ start: count.start, end: count.end, message: `“${own.text}” (${dateWords(a)}) is ${daysInWords(Math.abs(miss.low), Math.abs(miss.high))} ${miss.relation} “${anchor.text}” (${dateWords(b)}), told before it, not ${claimedOf(count)}.` });
  });
  return out;
}

/** The count "<number> <unit> later|earlier" right before day `own` (a comma or "on" between), or null. */
function storyCountBefore(article: Article, layer: Language, own: DateMention): Count | null {
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  let k = firstTokenEndingAfter(layer, own.start) - 1;
  while (k >= 0 && LEADS_TO.has(word(k))) k--;
  const count = countAt(article, layer, k - 2, STORY_RELATIONS);
  // (Quoted with its relation word: "four days later".)
  return count && { ...count, written: article.prose.slice(count.start, count.end) };
}

/** Most hedge words between a day and the count after it ("on Friday, nearly two months later"). */
const HEDGE_WORDS = 2;

/**
 * The count "<number> <unit> later|earlier" right after day `own`, a comma between and a hedge allowed ("resumed work
 * on Friday, nearly two months later"), or null.
 */
function storyCountAfter(article: Article, layer: Language, own: DateMention): Count | null {
  let k = firstTokenEndingAfter(layer, own.end);
  if (k >= layer.tokens.length || article.prose.slice(layer.tokens[k].start, layer.tokens[k].end) !== ',') return null;
  k++;
  for (let j = k; j <= k + HEDGE_WORDS; j++) {
    const count = countAt(article, layer, j, STORY_RELATIONS);
    // (Only hedge words between the comma and the number.)
    if (count && (j === k || count.hedge !== null)) return { ...count, written: article.prose.slice(count.start, count.end) };
  }
  return null;
}

/** Words that open a stretch back from publication: "the past six weeks", "the last two months". */
const LOOKING_BACK = new Set(['past', 'last']);
/** Words that tie such a stretch to the day it began ("the past six weeks, since Oct. 9"; "…, from $8 on Oct. 9"). */
const BEGAN = new Set(['since', 'from']);

/**
 * "The decline accelerated in the past six weeks, from a price of $8 a share on Oct. 9" (published Thu 26 Oct 1989:
 * 17 days): a stretch back from publication ("the past|last <number> <unit>", a number of two or more) whose start
 * the same sentence gives after "since" or "from" (a comma before it; "since" right after the unit is
 * countBetweenConflicts' reading), within its clause; the days from that date to publication must fit the count
 * (play and hedges as there). The finding is on the stretch's count (slips74).
 */
export function pastCountConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const published = parseIsoDay(article.frontMatter?.published ?? null);
  const stretches = dates.filter((d) => d.kind === 'duration' && d.reference === 'past');
  if (!published || !stretches.length) return [];
  const layer = languageOf(article);
  const word = (k: number) => (k >= 0 && k < layer.tokens.length ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const out: RuleFinding[] = [];
  for (const stretch of stretches) {
    const k = firstTokenEndingAfter(layer, stretch.start);
    if (!LOOKING_BACK.has(word(k)) || word(k - 1) !== 'the') continue;
    const count = countAt(article, layer, k + 1, { [word(k + 3)]: 'after' });
    const tie = word(k + 3) === ',' ? k + 4 : k + 3;
    if (!count || count.n < 2 || !BEGAN.has(word(tie)) || (tie === k + 3 && word(tie) === 'since')) continue;
    const tied = { ...count, end: layer.tokens[tie].end };
    const other = dates.find((d) => d.start > tied.end && d.sentence === stretch.sentence && measurable(d));
    const b = other && inRelationClause(layer, tied, other) ? interval(other) : null;
    const pub = toDays(published);
    const miss = b && misfit(tied, [pub, pub], b);
    if (!other || !b || !miss) continue;
    out.push({ start: count.start, end: layer.tokens[k + 2].end, message: `“The ${word(k)} ${count.written.toLowerCase()}” began on “${other.text}” (${dateWords(b)}), ${daysInWords(Math.abs(miss.low), Math.abs(miss.high))} before the publication date (${formatDay(published)}).` });
  }
  return out;
}
