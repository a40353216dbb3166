// date-conflict, dateline: a press release's or wire story's dateline ("Brussels, 25 January 2015") dates the article
// itself, so it must be the publication date, or the day before it (a story filed overnight or held for an embargo);
// a dateline after the day the article is published is a slip (slips96: "WASHINGTON, August 9" on 8 August).
import { formatDay, parseIsoDay, toDays } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { readWrittenDate, writeLike } from '../../dates/written';
import { firstTokenEndingAfter, languageOf, type Upos } from '../../language';
import type { Article, DateMention, Fix, Span } from '../../types';
import type { RuleFinding } from '../rule';
import { hasLetter } from '../../text/shape';
import { functionPos } from '../../entities/functionPos';
import { writesDayFirst } from '../../dates/numericOrder';
import { governingVerb } from '../../dates/governor';
import { wordList } from '../../dates/words';

/** What follows a wire dateline's date: the agency's credit in brackets, then a dash ("(Xinhua) --", "(AP) _", " —"), which may end its line. */
const WIRE_MARK_AFTER = /^[ \t]*(?:\([^()\n]{1,40}\)[ \t]*)?(?:--?|—|–|_)(?:[ \t\r\n]|$)/;

/** Days a dateline may stand before the publication date: a story filed overnight, or held for an embargo. */
const DATELINE_SLACK_DAYS = 1;

/**
 * The dateline's date (datelineOf: "Brussels, 25 January 2015", "WASHINGTON, Jan. 14, 1998 —", "JOHANNESBURG, July 7
 * (Xinhua) --") when it contradicts the publication date: after it, or more than DATELINE_SLACK_DAYS before it.
 * Offers the publication date written the same way. Nothing without a `published` date or a dateline.
 */
export function datelineConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  const d = pub ? datelineOf(article, dates) : null;
  const day = d ? parseIsoDay(d.value) : null;
  const daysBefore = pub && day ? toDays(pub) - toDays(day) : 0;
  if (!pub || !d || !day || (daysBefore >= 0 && daysBefore <= DATELINE_SLACK_DAYS)) return [];
  const fixes: Fix[] = [];
  const written = readWrittenDate(article.text.slice(d.start, d.end), d.start, writesDayFirst(article));
  if (written && written.end === d.end) {
    const newText = writeLike(written, pub);
    fixes.push({ title: `Change to ${newText}`, edits: [{ start: d.start, end: d.end, newText }] });
  }
  return [{ start: d.start, end: d.end, message: `The dateline gives ${valueInWords(d.value!)}, but the article is published on ${formatDay(pub)}.`, fixes }];
}

/**
 * A day told in the past that falls after the dateline's day (slips110: "BUDAPEST, March 11 (Xinhua) --" over
 * "…, Foreign Minister Janos Martonyi said here Friday", Friday being 12 March): a story filed on its dateline's day
 * cannot report what was said or done on a later one, so the dateline or that day is wrong. One finding on each such
 * day of the body (a day-grain date whose governing verb is past) up to publication day (after it, tense-date-mismatch
 * speaks), naming the dateline. Nothing without a dateline or a `published` date, nor for a dateline more than
 * DATELINE_SLACK_DAYS before publication: datelineConflicts reports that dateline, the one slip.
 */
export function afterDatelineConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  const d = pub ? datelineOf(article, dates) : null;
  const day = d ? parseIsoDay(d.value) : null;
  // (A dateline further from publication than its slack is reported itself, datelineConflicts: one finding for one slip.)
  if (!pub || !d || !day || toDays(pub) - toDays(day) > DATELINE_SLACK_DAYS) return [];
  // Only the days between the dateline and publication: after publication, tense-date-mismatch speaks.
  const between = (x: DateMention) => {
    const told = parseIsoDay(x.value);
    return !!told && toDays(told) > toDays(day) && toDays(told) <= toDays(pub);
  };
  const out: RuleFinding[] = [];
  for (const x of dates) {
    if (x.start < d.end || x.kind !== 'date' || x.grain !== 'day' || x.tense !== 'past' || !between(x) || !toldAsDone(article, x)) continue;
    out.push({ start: x.start, end: x.end, message: `“${article.text.slice(x.start, x.end)}” (${formatDay(parseIsoDay(x.value)!)}) is told as past, but the dateline “${article.text.slice(d.start, d.end)}” files the story on ${formatDay(day)}, before it.`, fixes: [] });
  }
  return out;
}

/** Whether the verb that governs date `x` tells it as done, in the simple past ("said here Friday"): no plan told in the past, negation, condition or verb that looks ahead. */
function toldAsDone(article: Article, x: DateMention): boolean {
  const verb = governingVerb(article, x);
  return !!verb && verb.tense === 'past' && !verb.plan && !verb.negated && !verb.hypothetical && !verb.perfect && !wordList('dates-forward-verbs.txt').has(verb.lemma);
}

/**
 * The dateline's date of `dates` (the article's, in text order): a calendar day — with its year, or without one before
 * a wire credit and dash (WIRE_MARK_AFTER) — that opens the body's first paragraph after nothing but a place name and
 * punctuation; or, in one of the OWN_LINE_REACH paragraphs after it (a headline, a byline), a place and a date with its
 * year that make the whole paragraph (a wire story's "AMSTERDAM 1996-08-22", slips99); null when the article has none.
 * It dates the story's filing, not any verb of its sentence. Reads the article's first paragraphs only (three rules
 * ask on every keystroke).
 */
export function datelineOf(article: Article, dates: readonly DateMention[]): DateMention | null {
  const [first, ...next] = openingParagraphs(article, OWN_LINE_REACH + 1);
  if (!first) return null;
  const d = dayIn(dates, first);
  // A year, or a wire credit and dash after the date ("JOHANNESBURG, July 7 (Xinhua) --", "BEIRUT, Feb. 2 —"): a
  // dateline without a year is read as its nearest day to publication.
  const dateline = d !== null && (/\b\d{4}\b/.test(d.text) || WIRE_MARK_AFTER.test(article.prose.slice(d.end, Math.min(first.end, d.end + 48))));
  if (d && dateline && placeOnlyBefore(article, first.start, d.start, true)) return d;
  for (const p of next) {
    const own = dayIn(dates, p);
    if (own && /\b\d{4}\b/.test(own.text) && article.prose.slice(own.end, p.end).trim() === '' && placeOnlyBefore(article, p.start, own.start, false)) return own;
  }
  return null;
}

/** The article's first `n` paragraphs of prose with a letter, headings left out, in order. */
function openingParagraphs(article: Article, n: number): Span[] {
  const out: Span[] = [];
  for (const p of article.paragraphs) {
    if (out.length === n) break;
    if (!article.text.slice(p.start, p.end).trimStart().startsWith('#') && hasLetter(article.prose.slice(p.start, p.end))) out.push(p);
  }
  return out;
}

/** How many paragraphs after the first a dateline on its own line may stand (after a headline and a byline). */
const OWN_LINE_REACH = 2;

/** The first date of `dates` inside paragraph `p` when it is a calendar day, else null. */
function dayIn(dates: readonly DateMention[], p: Span): DateMention | null {
  const d = dates.find((x) => x.start >= p.start && x.end <= p.end);
  return d && d.kind === 'date' && d.grain === 'day' && parseIsoDay(d.value) ? d : null;
}

/** A word the tagger reads as a function word (data/entity-function-pos.json neverName), a verb or a number: no place ("On 3 March 2004 …"). */
const notAPlace = (pos: Upos) => functionPos('neverName').has(pos) || pos === 'VERB' || pos === 'NUM';

/**
 * Whether only a place name (proper nouns) and punctuation stand between `from` and `to`, the punctuation last
 * ("Brussels, ") when `punctuated`: a capitalised word the tagger reads as a function word or a verb is no place ("On
 * 3 March 2004 the firm announced" opens a sentence, not a dateline).
 */
function placeOnlyBefore(article: Article, from: number, to: number, punctuated: boolean): boolean {
  const layer = languageOf(article);
  let names = 0;
  let last: string | null = null;
  for (let i = firstTokenEndingAfter(layer, from); i < layer.tokens.length && layer.tokens[i].start < to; i++) {
    const t = layer.tokens[i];
    if (t.end <= from) continue;
    last = t.pos;
    if (t.pos === 'PUNCT') continue;
    if (notAPlace(t.pos) || !(t.pos === 'PROPN' || /^\p{Lu}[\p{L}.-]*$/u.test(article.prose.slice(t.start, t.end)))) return false;
    names++;
  }
  return names >= 1 && names <= 4 && (last === 'PUNCT' || !punctuated);
}
