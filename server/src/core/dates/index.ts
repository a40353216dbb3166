// Date recognition for news copy: chrono-node plus news patterns, resolved against the publication date and the tense.
import { SpanIndex } from '../text/spanIndex';
import { SegmentMemo, WindowMemo } from '../text/segments';
import type { Article, DateMention, Span } from '../types';
import { daysInMonth, isoDay, parseIsoDay, toDays, weekdayOf, type Ymd } from './calendar';
import { chronoCandidates } from './chronoAdapter';
import { MONTH_RE, WEEKDAY_INDEX, type Candidate } from './expr';
import { namedEventCandidates } from './names';
import { newsCandidates } from './patterns';
import { cueNear, resolveCandidate } from './resolve';
import { clauseOpenerBefore, clauseTense, governingVerb, isBoundary, tenseNear, TOLD_BEFORE, type Governor } from './governor';
import type { TenseCue } from './tense';
import { eventAfter, isUnplannedEvent, outcomeAfter, unplannedEventAfter } from './events';
import { impossibleMonths, impossibleNumericDays, SLASHED_DATE } from './written';
import { writesDayFirst } from './numericOrder';
import { mixedFractions } from '../figures/numbers';
import { isSportReport } from '../figures/sport';
import { hasDigit, hasLetter, hasLetterOrDigit, hasSpace, isCapitalised, isLowerInitial, wordsOf } from '../text/shape';
import { contextSet, firstWord, leadingWordLength, possessiveAt, wordAfterSpace, wordsIn } from './context';
import { wordList } from './words';
import { firstTokenEndingAfter, languageOf, quotationAt, verbGroupAt, verbGroupsIn, verbGroupWords, type Language } from '../language';

export { describeDate, inlayHintLabel } from './describe';

/** Longest span wins; on equal spans a named event beats the news patterns, which beat chrono-node. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  // Offsets already taken by a kept candidate: checking a candidate costs its own length, not the number kept.
  const taken = new Set<number>();
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    kept.push(c);
    for (let i = c.start; i < c.end; i++) taken.add(i);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The news patterns read one paragraph at a time (a date never runs across a blank line), each paragraph's
 * candidates kept by its text: a keystroke re-reads the paragraph it changed.
 */
const NEWS = new SegmentMemo<Candidate>(4096);

/** A candidate moved `by` code units, its weekday's span with it. */
function shiftCandidate(c: Candidate, by: number): Candidate {
  const expr = c.expr.t === 'cal' && c.expr.wdSpan ? { ...c.expr, wdSpan: [c.expr.wdSpan[0] + by, c.expr.wdSpan[1] + by] as [number, number] } : c.expr;
  return { ...c, start: c.start + by, end: c.end + by, expr };
}

/**
 * The tense cue of each date, kept per paragraph window (tenseAt and tenseNear read the date's sentence and its
 * quotation, and of the candidate only its kind and whether it is a weekday alone): a keystroke re-reads the dates of
 * the paragraph it changed and the paragraphs either side.
 */
const TENSES = new WindowMemo<TenseCue | null>();

/** What tenseAt reads of a candidate besides its span. */
function tenseKey(c: Candidate): string {
  return c.expr.t === 'cal' ? `cal${onlyWeekday(c) ? 'W' : ''}` : c.expr.t;
}

function shiftCue(cue: TenseCue | null, by: number): TenseCue | null {
  return cue && { ...cue, start: cue.start + by, end: cue.end + by };
}

/** A candidate that names a weekday alone: no month, day or year with it. */
function onlyWeekday(c: Candidate): boolean {
  return c.expr.t === 'cal' && c.expr.wd !== null && c.expr.m === null && c.expr.d === null && c.expr.y === null;
}

/** Sets how many paragraphs' news-pattern candidates are kept (0 for a batch over an archive, which reads each once). */
export function limitNewsMemo(capacity: number): void {
  NEWS.limit(capacity);
}

/** chrono-node needs some reference day even when relative results will be discarded. */
const NO_PUBLICATION_REF: Ymd = { y: 2000, m: 1, d: 1 };

/**
 * Every date, duration and time reference in the article's prose, offsets into `article.text`.
 * `published` (YYYY-MM-DD) anchors relative expressions; without it they get value null.
 */
export function extractDates(article: Article, published: string | null): DateMention[] {
  const pub = parseIsoDay(published);
  // Past the document's date budget (article.ts) no date is read: the text there is left out, offsets unchanged.
  const prose = article.dateLimit === undefined ? article.prose : article.prose.slice(0, article.dateLimit);
  const sentences = article.sentences;
  const dayFirst = writesDayFirst(article);
  const candidates = choose([...NEWS.collect(prose, newsCandidates, shiftCandidate), ...namedEventCandidates(prose), ...chronoCandidates(prose, pub ?? NO_PUBLICATION_REF, article.text.slice(0, prose.length), article.paragraphs.filter((p) => p.end <= prose.length), sentences)])
    .filter((c) => (c.expr.t !== 'weekend' || !modifiesNoun(article, c)) && !isMatchPeriod(article, c))
    .map((c) => readSlashedDate(prose, c, dayFirst));
  const sentenceOf = (offset: number): { index: number; span: Span | null } => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= offset) lo = mid + 1;
      else if (sentences[mid].start > offset) hi = mid - 1;
      else return { index: mid, span: sentences[mid] };
    }
    return { index: -1, span: null };
  };
  const ctx = {
    prose,
    pub,
    sentenceOf,
    tenseAt: (_sentence: Span | null, c: Candidate) => TENSES.get(article.text, article.prose, c, tenseKey(c), () => (c.expr.t === 'cal' || c.expr.t === 'holiday' || c.expr.t === 'weekend' ? tenseAt(article, c) : tenseNear(article, c)), shiftCue),
  };
  // A date in numbers that does not exist ("2024-13-01", which chrono-node reads as 13 January; "02/30/2024") is no
  // date: impossible-date reports it.
  // So is a stock price's fraction ("rose 4 5/8 to 112 5/8": not 8 May).
  const impossible = [...impossibleMonths(prose), ...impossibleNumericDays(prose, dayFirst), ...mixedFractions(prose)];
  const impossibleIndex = new SpanIndex(impossible);
  const real = (impossible.length ? candidates.filter((c) => !impossibleIndex.overlapping(c)) : candidates).filter((c) => !inTitle(prose, c, sentenceOf(c.start).span?.start ?? c.start));
  return oneDayPerWeekday(oneYearPerDay(yearAgo(quarterOfTheStory(yearOfTheStory(yearRightAfter(comparePeriods(real.map((c) => resolveCandidate(c, ctx))), prose), pub), pub), prose, sentences, pub), prose), pub);
}

/**
 * "at midnight on June 30 next year", "in October last year": a day and month, or a month, written without a year
 * and followed right away (a space, perhaps a comma) by a year read relative to publication ("next year", "last year",
 * "this year") is in that year, whatever the tense would choose (CoNLL-2003 train: "will be handed back to China at
 * midnight on June 30 next year" in August 1996 was read as June 1996). The year keeps its own mention. `dates` in
 * text order; mutates and returns them.
 */
function yearRightAfter(dates: DateMention[], prose: string): DateMention[] {
  for (let i = 0; i + 1 < dates.length; i++) {
    const [d, year] = [dates[i], dates[i + 1]];
    if (d.kind !== 'date' || !d.relative || !d.value || d.rangeEnd || (d.grain !== 'day' && d.grain !== 'month')) continue;
    if (year.kind !== 'date' || year.grain !== 'year' || !year.relative || !year.value || !/^\d{4}$/.test(year.value)) continue;
    if (!(d.grain === 'day' ? dayAndMonth(d.text) : MONTH_ALONE.test(d.text)) || !/^,? $/.test(prose.slice(d.end, year.start))) continue;
    const value = `${year.value}${d.value.slice(4)}`;
    if (d.grain === 'day' && !parseIsoDay(value)) continue;
    d.value = value;
    d.resolvedBy = 'text';
    d.explanation = `no year given beside it but “${year.text}”: ${year.value}`;
  }
  return dates;
}

/**
 * "In the comparable year-ago quarter, the second quarter ended Oct. 31" (published 27 Oct 1989): a day and month
 * written without a year after a cue of the year before in its sentence (data/dates-context.json yearBackCues:
 * "year-ago", "a year earlier", "the previous year") is a year before that day's occurrence nearest publication
 * (31 Oct 1988; slips70). `sentences` the article's (the dates' `sentence` indexes), `pub` the publication date
 * (nothing changes without it). Mutates and returns `dates`.
 */
function yearAgo(dates: DateMention[], prose: string, sentences: readonly Span[], pub: Ymd | null): DateMention[] {
  if (!pub) return dates;
  const cues = contextSet('yearBackCues');
  const near = toDays(pub);
  for (const d of dates) {
    if (d.kind !== 'date' || d.grain !== 'day' || !d.relative || d.rangeEnd || d.resolvedBy === 'text' || !d.value || !dayAndMonth(d.text)) continue;
    const before = prose.slice(Math.max(sentences[d.sentence]?.start ?? 0, d.start - YEAR_BACK_REACH), d.start).toLowerCase();
    const cue = [...cues].find((c) => before.includes(c));
    if (!cue) continue;
    const [m, day] = [Number(d.value.slice(5, 7)), Number(d.value.slice(8, 10))];
    const nearest = [pub.y - 1, pub.y, pub.y + 1].filter((y) => day <= daysInMonth(y, m)).sort((a, b) => Math.abs(toDays({ y: a, m, d: day }) - near) - Math.abs(toDays({ y: b, m, d: day }) - near))[0];
    if (nearest === undefined || day > daysInMonth(nearest - 1, m)) continue;
    d.value = isoDay({ y: nearest - 1, m, d: day });
    d.resolvedBy = 'tense';
    d.explanation = `no year given: a year before its nearest ${d.text}, as “${cue}” says`;
  }
  return dates;
}
/** How far before a date, in UTF-16 units, a cue of the year before is read ("In the comparable year-ago quarter, the second quarter ended"). */
const YEAR_BACK_REACH = 80;

/**
 * "the talks ended on Friday" … "speculation Euronext would use Friday's meeting": a weekday written alone that no
 * tense placed (no past or future clause, or one its day goes against: the nearest was taken, as for a clause that
 * looks ahead from a past time with "would") is the day the article gives that weekday where a tense did place it,
 * when all such mentions give one day ("is determined the album will be released on Monday" … "to prevent Morrison
 * releasing the album on Monday"). Mentions a tense placed keep their day. `pub` is the publication date (nothing
 * changes without it). Mutates and returns `dates`.
 */
function oneDayPerWeekday(dates: DateMention[], pub: Ymd | null): DateMention[] {
  if (!pub) return dates;
  const today = isoDay(pub);
  const alone = (d: DateMention) => weekdayAlone(d) && !!d.value;
  const placed = (d: DateMention) => (d.tense === 'past' && d.value! <= today) || (d.tense === 'future' && d.value! >= today);
  for (const d of dates.filter((x) => alone(x) && !placed(x))) {
    const days = new Set(dates.filter((x) => x !== d && alone(x) && x.weekday === d.weekday && placed(x)).map((x) => x.value));
    if (days.size !== 1) continue;
    const [day] = days;
    d.value = day;
    d.explanation = `${d.explanation.split(': the nearest')[0]}: the same ${d.text} as elsewhere in the article, where a tense places it`;
  }
  return dates;
}

/**
 * Candidate `c` with its slashed date read the right way round, when both its numbers could be the month ("09/02/05":
 * 9 February or September 2) and the recognisers read it month first: the reading whose weekday is the one written
 * beside it, when exactly one is ("Sunday 06/03/05": 6 March 2005 was a Sunday, 3 June a Friday); else day first when
 * the article writes dates so (`dayFirst`, numericOrder.ts). Else `c`.
 */
function readSlashedDate(prose: string, c: Candidate, dayFirst: boolean): Candidate {
  if (c.expr.t !== 'cal') return c;
  const [m] = prose.slice(c.start, c.end).matchAll(SLASHED_DATE);
  if (!m || +m[1] > 12 || +m[2] > 12 || m[1] === m[2] || c.expr.m !== +m[1] || c.expr.d !== +m[2]) return c;
  const swapped = { ...c, expr: { ...c.expr, m: +m[2], d: +m[1] } };
  const { y, wd } = c.expr;
  if (wd !== null && y !== null) {
    const fits = (month: number, day: number) => weekdayOf({ y, m: month, d: day }) === wd;
    const monthFirst = fits(+m[1], +m[2]);
    if (monthFirst !== fits(+m[2], +m[1])) return monthFirst ? c : swapped;
  }
  return dayFirst ? swapped : c;
}

/**
 * Whether candidate `c` opens with a word written in lower case when it is a date ("tomorrow", "this"; data/dates-context.json
 * lowerCaseDateWords) but capitalised here, inside its sentence (which starts at `sentenceStart`): a title or a name
 * ("hits such as Come Tomorrow", "ABC-TV's This Week With David Brinkley", "the BBC's Today programme"). Not at the
 * start of the sentence, nor after an opening quotation mark, a colon or a dash ("He said: Tomorrow we go").
 */
function inTitle(prose: string, c: Candidate, sentenceStart: number): boolean {
  const text = prose.slice(c.start, c.end);
  if (!isCapitalised(text) || !contextSet('lowerCaseDateWords').has(firstWord(text))) return false;
  const before = prose.slice(sentenceStart, c.start).trimEnd();
  if (!hasLetterOrDigit(before) || OPENERS.has(before[before.length - 1])) return false;
  // A line in Title Case ("NASA Preparing to Launch New Planet Hunting Mission Next Week") capitalises every word.
  const words = wordsOf(before).filter((w) => hasLetter(w));
  return words.filter((w) => isCapitalised(w)).length < TITLE_CASE_SHARE * words.length;
}

/** The share of capitalised words above which a sentence is read as written in Title Case. */
const TITLE_CASE_SHARE = 0.6;

/** Marks after which a capitalised word opens a sentence of its own: quotation marks, a colon, brackets, dashes, full stops. */
const OPENERS = new Set(['"', '“', '‘', "'", ':', '(', '[', '—', '–', '-', '.', '!', '?']);

const YEAR_WRITTEN = /\b\d{4}\b/;
const MONTH_WRITTEN = new RegExp(`\\b${MONTH_RE}`, 'i');
/** A day and month written with no year ("5 May", "Feb. 1", "Friday, Oct. 23"): a digit, a month's name, no year. */
/** A weekday written alone, the whole mention its name ("on Friday", "Friday's meeting"): a day date whose weekday span is the mention. */
export const weekdayAlone = (d: DateMention): boolean => d.kind === 'date' && d.grain === 'day' && d.weekdaySpan?.start === d.start && d.weekdaySpan.end === d.end;

export const dayAndMonth = (text: string): boolean => hasDigit(text) && MONTH_WRITTEN.test(text) && !YEAR_WRITTEN.test(text);
/** A month's name alone, or in the possessive ("November", "November's"): no day, no year, no direction word. */
const MONTH_ALONE = new RegExp(`^${MONTH_RE}(?:['’]s)?$`, 'i');
/** Whether `text` is a month's name alone, or in the possessive ("July", "November's"): no day, no year. */
export const monthAlone = (text: string): boolean => MONTH_ALONE.test(text);

/**
 * Whether a date's year came from no firm tense: none, the present, or a modal of possibility or need ("may be behind
 * November's rise"; data "forwardModals"), which may look back as well as ahead. A past tense or "will" is firm.
 */
function weaklyTensed(d: DateMention, prose: string): boolean {
  if (!d.tense || d.tense === 'present') return true;
  return !!d.tenseCue && verbGroupWords().forwardModals.has(firstWord(prose.slice(d.tenseCue.start, d.tenseCue.end)));
}

/** `explanation` up to the year it gave ("…: no year given: the next December 17 (future: “will decide”)" → "…"). */
function withoutYearReason(explanation: string): string {
  const at = explanation.indexOf(': no year given');
  return at >= 0 ? explanation.slice(0, at) : explanation;
}

/**
 * "a written parliamentary answer on 17 March 2003" … "On 10 March, military chiefs asked …" (published 2005-03-01): a
 * day and month, or a month, written without a year under a past tense, which the publication's year would put after
 * publication, is in the year the story has just given that month: the nearest date before it written in full (a month
 * with its year, or a day, month and year) in the same month. Only that contradiction is resolved this way: a date
 * the publication's year already puts in the past keeps it ("output dropped 0.1% in November" after "the first rise
 * since November 2003" is last November, not 2003's), as does one whose weekday the carried year contradicts, and one
 * after a different month (the story may have moved on). `pub` is the publication date (nothing changes without it).
 * Mutates and returns `dates`.
 */
function yearOfTheStory(dates: DateMention[], pub: Ymd | null): DateMention[] {
  if (!pub) return dates;
  const published = isoDay(pub);
  let anchor: DateMention | null = null;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    if (writtenInFull(d)) anchor = d;
    else if (anchor && pastAheadOfPublication(d, published)) {
      const value = inYearOf(d, anchor);
      if (!value) continue;
      d.value = value;
      d.resolvedBy = 'tense';
      d.explanation = `no year given: the year of “${anchor.text}”, written just before it`;
    } else if (anchor && movedOn(d, anchor, published)) anchor = null;
  }
  return dates;
}

/**
 * "expanding at an annual rate of 3.8% in the last quarter of 2004" … "The first quarter showed annual growth of 6.3%"
 * (published 2005-03-01): a quarter or half written without a year, not under a future tense, after one written with
 * its year (publication's year or the one before), is of that year when that puts it no later than publication's own
 * quarter or half (a story of a year's results goes through its quarters). `pub` is the publication date (nothing
 * changes without it). Mutates and returns `dates`.
 */
function quarterOfTheStory(dates: DateMention[], pub: Ymd | null): DateMention[] {
  if (!pub) return dates;
  let anchor: DateMention | null = null;
  for (const d of [...dates].sort((a, b) => a.start - b.start)) {
    if (d.kind !== 'date' || !d.value || (d.grain !== 'quarter' && d.grain !== 'half')) continue;
    // (Only a recent year's: "stopped paying a dividend in the third quarter of 1984" is history, and a story of 1989
    // that goes on to "third-quarter net" is back in its own year.)
    if (!d.relative && d.resolvedBy === 'text') { anchor = Number(d.value.slice(0, 4)) >= pub.y - 1 ? d : null; continue; }
    if (!anchor || d.resolvedBy !== 'tense' || d.tense === 'future' || d.value.startsWith(anchor.value!.slice(0, 4))) continue;
    const value = `${anchor.value!.slice(0, 4)}${d.value.slice(4)}`;
    if (!partBegunBy(value, pub)) continue;
    d.value = value;
    d.explanation = `no year given: the year of “${anchor.text}”, written before it`;
  }
  return dates;
}

/** Whether a quarter or half ("2004-Q3", "2005-H1") has begun by publication day `pub`. */
function partBegunBy(value: string, pub: Ymd): boolean {
  const year = Number(value.slice(0, 4));
  const n = Number(value.slice(6));
  const firstMonth = value[5] === 'Q' ? (n - 1) * 3 + 1 : (n - 1) * 6 + 1;
  return year < pub.y || (year === pub.y && firstMonth <= pub.m);
}

/**
 * "August 1988" … "on Aug. 2" (read in the publication's year, 1990) … "on Aug. 16 ordered": a date of the anchor's
 * month that lies in another year, written with its year or read in the publication's year without passing
 * publication (`published`, ISO), shows the story has left the anchor's year (slips69), so later days of that month
 * are no longer carried to it. (One the publication's year puts ahead, "says on 13 March Lord Goldsmith met", proves
 * nothing.)
 */
function movedOn(d: DateMention, anchor: DateMention, published: string): boolean {
  if (d.kind !== 'date' || !d.value || d.value.length < 7 || (d.relative && d.value > published)) return false;
  return d.value.slice(5, 7) === anchor.value!.slice(5, 7) && d.value.slice(0, 4) !== anchor.value!.slice(0, 4);
}

/** A day or month written with its year ("17 March 2003", "June 2008"): a story's anchor for yearOfTheStory. */
function writtenInFull(d: DateMention): boolean {
  return d.kind === 'date' && !!d.value && !d.relative && d.resolvedBy === 'text' && (d.grain === 'day' || d.grain === 'month') && !d.rangeEnd;
}

/** A day and month, or a month, written alone under a past tense, that the publication's year (`published`, ISO) puts after publication. */
function pastAheadOfPublication(d: DateMention, published: string): boolean {
  if (d.kind !== 'date' || !d.value || !d.relative || d.rangeEnd || d.tense !== 'past') return false;
  if (d.grain === 'day') return d.value > published && dayAndMonth(d.text);
  return d.grain === 'month' && d.value > published.slice(0, 7) && MONTH_ALONE.test(d.text);
}

/** `d`'s value in `anchor`'s year when they share a month and the day exists that year with `d`'s weekday; else null. */
function inYearOf(d: DateMention, anchor: DateMention): string | null {
  const year = anchor.value!.slice(0, 4);
  if (d.value!.slice(5, 7) !== anchor.value!.slice(5, 7) || d.value!.startsWith(year)) return null;
  const value = `${year}${d.value!.slice(4)}`;
  if (d.grain !== 'day') return value;
  const day = parseIsoDay(value);
  return day && (d.weekday === undefined || weekdayOf(day) === d.weekday) ? value : null;
}

/**
 * "ahead of 17 December, when the EU will decide" … "the final decision on 17 December": one day and month written
 * twice in an article without a year is one day. When their years came out differently (each from its own sentence's
 * tense), the year most of them got wins (a tie changes nothing) and the others take it, resolved as by the tense (the
 * tense rule then leaves them to the mentions that decided). A month named alone ("sales rose in November" …
 * "November's unexpected rise") is one month the same way, but only where its own sentence's tense was no firm guide
 * (weaklyTensed): "will reopen in November" keeps its year. Mutates and returns `dates`.
 */
function oneYearPerDay(dates: DateMention[], prose: string): DateMention[] {
  const byDay = new Map<string, DateMention[]>();
  for (const d of dates) {
    if (d.kind !== 'date' || !d.relative || !d.value || d.rangeEnd) continue;
    if (!(d.grain === 'day' && dayAndMonth(d.text)) && !(d.grain === 'month' && MONTH_ALONE.test(d.text))) continue;
    const key = `${d.grain}:${d.value.slice(5)}`;
    const list = byDay.get(key);
    if (list) list.push(d);
    else byDay.set(key, [d]);
  }
  for (const list of byDay.values()) {
    const values = new Set(list.map((d) => d.value));
    if (values.size < 2) continue;
    const votes = new Map<string, number>();
    for (const d of list) votes.set(d.value!, (votes.get(d.value!) ?? 0) + 1);
    const most = Math.max(...votes.values());
    // A tie says nothing: each keeps the year its own sentence gave it.
    if ([...votes.values()].filter((n) => n === most).length > 1) continue;
    const winner = list.find((d) => votes.get(d.value!) === most)!;
    for (const d of list) {
      if (d.value === winner.value || (d.grain === 'month' && !weaklyTensed(d, prose))) continue;
      d.value = winner.value;
      d.resolvedBy = 'tense';
      d.explanation = `${withoutYearReason(d.explanation)}: no year given; the same ${d.grain} as “${winner.text}” elsewhere in the article`;
    }
  }
  return dates;
}

/**
 * "for a lot of the first half", "inside the first quarter": in a sports report (isSportReport, the learned genre model)
 * a half or quarter with no year of its own is a period of play, not of the calendar.
 */
function isMatchPeriod(article: Article, c: Candidate): boolean {
  return c.expr.t === 'part' && c.expr.year === null && !c.expr.deictic && isSportReport(article);
}

/** "the weekend papers": the date's last word modifies a common noun right after it (the layer's tag), so it is no date. */
function modifiesNoun(article: Article, c: Candidate): boolean {
  const layer = languageOf(article);
  const next = layer.tokens[firstTokenEndingAfter(layer, c.end)];
  return !!next && next.pos === 'NOUN' && article.prose.slice(c.end, next.start) === ' ' && isLowerInitial(article.prose.slice(next.start, next.end));
}

/**
 * The tense a calendar date is resolved in: its governing verb group (governingVerb, as the tense rule reads it) when
 * it looks ahead — a future or a present arrangement ("is meeting Ms Furse on Thursday", "is due to report on
 * Friday") — or is past with no other cue nearer ("announced their support for the government plans on Monday
 * evening"), however far from the date; else, or when a future cue stands just before the date, the nearest tense
 * cue in the sentence (tenseNear). Only for calendar dates: a period ("the third quarter") more often hangs on a noun.
 */
function tenseAt(article: Article, c: Candidate): TenseCue | null {
  // "after Thursday's bombings": an event no one schedules is told once it has happened, whatever the clause's tense.
  // So is a contest's outcome: "during Wednesday's 2-1 loss" (review 83).
  const unplanned = unplannedEventAfter(article.prose, c.end) ?? outcomeAfter(article.prose, c.end);
  if (unplanned) return { start: unplanned.start, end: unplanned.end, tense: 'past', perfect: false, governs: true };
  // So is one the date modifies: "the October slaying", "the March floods" ("have gathered evidence in the October
  // slaying", published in April).
  if (beforeUnplannedNoun(article, c)) return { start: c.start, end: c.end, tense: 'past', perfect: false, governs: true };
  const cue = calendarTense(article, c);
  // "postponed until Tuesday", "adjourned the hearing to Monday": the day a thing is put off to lies ahead of the
  // putting off, which news tells soon after it happens: ahead of publication.
  if (cue?.governs && cue.tense === 'past' && putOffTo(article, c, cue)) return { ...cue, tense: 'future' };
  // A weekday alone names a day within a week either side: the tense of its clause, however far its verb stands,
  // is a better guide than the nearest day ("surged back above the $47 a barrel mark on Thursday").
  const weekdayOnly = onlyWeekday(c);
  // "Arsenal play Chelsea on Wednesday", "the drama begins on Sunday": a weekday after "on" that a verb in the present
  // simple governs is a day in the schedule, ahead (news tells what is over in the past tense); not in the
  // possessive ("follows Tuesday's declaration").
  if (weekdayOnly && cue?.tense === 'present' && !cue.perfect && scheduledOn(article, c)) return { ...cue, tense: 'future', governs: true };
  if (!weekdayOnly || cue?.governs || (cue && cueNear(cue, c))) return cue;
  return clauseTense(article, c) ?? cue;
}

/** Whether the date `c` follows "on" and is no possessive, and its governing verb group is in the present simple, unreported. */
function scheduledOn(article: Article, c: Candidate): boolean {
  if (wordsIn(article.prose.slice(Math.max(0, c.start - 8), c.start)).at(-1) !== 'on' || possessiveAt(article.prose, c.end)) return false;
  const g = governingVerb(article, c);
  if (!g || g.tense !== 'present' || g.presentPerfect || (g.reported && !quotationAt(article, c.start)) || g.end > c.start) return false;
  // "Million Dollar Baby beat The Aviator … on Sunday": a verb whose past is its base form may be past.
  const written = article.prose.slice(g.start, g.end).toLowerCase();
  if (written === g.lemma && verbGroupWords().unchangedPasts.has(g.lemma)) return false;
  // Every verb group of the date's clause before the date in the present or the future: a past one anywhere before it
  // ("played a short acoustic set on Monday", where "set" may be read as a verb) tells what is over; one before a
  // clause opener or a conjunction is another clause's ("has challenged his side … when they meet Wales on Saturday").
  const layer = languageOf(article);
  const at = firstTokenEndingAfter(layer, c.start);
  const sentence = layer.sentences[layer.tokens[at]?.sentence ?? -1];
  // A verb joined by "and" or "but" to one before it opens its own predicate ("were beaten by Wales last week and
  // face France on Sunday", review 123): the verbs before the conjunction tell another time.
  const verb = layer.tokenAt(g.start);
  const opening = layer.tokens[verb - 1]?.pos === 'CCONJ' ? verb : clauseOpening(article, layer, sentence?.first ?? 0, verb);
  if (!sentence || !verbGroupsIn(layer, opening, at - 1).every((v) => v.tense !== 'past' && !v.perfect)) return false;
  // "go into the game on the back of a 2-0 victory over Fulham on Sunday": the day of an event told as what came
  // before ("ahead of a meeting on Monday" looks ahead).
  const between = wordsIn(article.prose.slice(g.end, c.start));
  return !between.some((w, i) => TOLD_BEFORE.has(w) || (w === 'back' && between[i + 1] === 'of'));
}

/** The first token of the clause of the verb at token `verb`: the token after its clause opener (clauseOpenerBefore), or `sentenceFirst`. */
function clauseOpening(article: Article, layer: Language, sentenceFirst: number, verb: number): number {
  const opener = clauseOpenerBefore(article, layer, verb, sentenceFirst);
  return opener >= 0 ? opener + 1 : sentenceFirst;
}


/**
 * Whether the date `c` follows "until", "till" or "to" (data/dates-context.json putOffWords) and its governing verb
 * `cue` is a verb of putting off (data/dates-context.json putOffVerbs: postpone, adjourn, delay, defer …, by lemma):
 * the new date looks ahead from the putting off. Spans are UTF-16 offsets into the article.
 */
export function putOffTo(article: Article, c: Span, cue: Span): boolean {
  const before = wordsIn(article.prose.slice(Math.max(0, c.start - 12), c.start)).at(-1) ?? '';
  if (!contextSet('putOffWords').has(before)) return false;
  const layer = languageOf(article);
  const head = layer.tokens[firstTokenEndingAfter(layer, cue.end - 1)];
  return !!head && contextSet('putOffVerbs').has(head.lemma);
}

/** Whether `between` is white space, perhaps with "for" and white space after it ("widely tipped for 5 May"). */
function onlyFor(between: string): boolean {
  const word = between.trim();
  return hasSpace(between[0]) && (word === '' || (word.toLowerCase() === 'for' && hasSpace(between[between.length - 1])));
}

const THE = new Set(['the']);
/** Words before a date (or before "mid-", "early" …) that make it a limit, which may lie ahead of a past verb ("gave them until mid-May to reply"). */
const LIMITS = new Set(['until', 'till', 'by']);

/** Whether the word right before verb group `g` opens a clause (data/language-verb-groups.json clauseOpeners: "that", "what" …). */
function afterClauseOpener(article: Article, g: Span): boolean {
  const before = wordsIn(article.prose.slice(Math.max(0, g.start - 12), g.start)).at(-1) ?? '';
  return verbGroupWords().clauseOpeners.has(before) || before === 'what';
}

/** How far after a date (UTF-16 code units) the noun it modifies is read ("October slaying"). */
const WORD_REACH = 24;

/**
 * "the October slaying", "the March floods": whether the word right after `span` names an event no one schedules
 * (isUnplannedEvent), which has happened whatever the clause's tense ("have gathered evidence in the October slaying").
 */
function beforeUnplannedNoun(article: Article, span: Span): boolean {
  const noun = wordAfterSpace(article.prose.slice(span.end, span.end + WORD_REACH))?.word.toLowerCase();
  return !!noun && isUnplannedEvent(noun);
}

/**
 * "have gathered evidence in the October slaying": a present perfect `g` before the date `span` looks back. Not one
 * right after a relative word ("in what has been dubbed Europe's biggest tent on Tuesday, 14 June", "a team that has
 * played in the Champions League in Friday's draw": the date belongs to the clause around it), nor over a limit
 * ("has extended loans through January"; `lead` holds the words before the date): only "since" looks back from one.
 */
function perfectLooksBack(article: Article, g: Governor, span: Span, lead: readonly string[]): boolean {
  const bound = lead.at(-1) !== 'since' && contextSet('limitWords').has(lead.at(-1) ?? '');
  return g.presentPerfect && !g.plan && g.end <= span.start && !bound && !afterClauseOpener(article, g);
}

/** tenseAt before its reach for a weekday alone. */
function calendarTense(article: Article, span: Span): TenseCue | null {
  const near = tenseNear(article, span);
  // A cue of planning just before the date is its own ("widely tipped for 5 May", "the upcoming 5 May vote").
  if (near?.tense === 'future' && near.end <= span.start && onlyFor(article.prose.slice(near.end, span.start))) return near;
  const g = governingVerb(article, span);
  if (!g) return near && infinitiveAhead(article, near, span) ? { ...near, tense: 'future', perfect: false, governs: true } : near;
  const governs = (tense: 'past' | 'future', perfect: boolean): TenseCue => ({ start: g.start, end: g.end, tense, perfect, governs: true });
  // A past verb before the date governs it over a cue after it: "started her blog in January to help her" (review 32);
  // not a limit, which may lie ahead of the past verb ("gave Merieux until mid-November to submit").
  const lead = wordsIn(article.prose.slice(Math.max(0, span.start - 14), span.start)).slice(-2);
  const limit = lead.some((w) => LIMITS.has(w));
  const before = g.end <= span.start && near !== null && near.start >= span.end && !limit;
  if (!limit && lead.at(-1) !== 'to' && takenAhead(g, span)) return null;
  if (preparedFor(article.prose, g, lead, span)) return governs('future', false);
  if (g.tense === 'past' && !g.plan) return !near || (near.start === g.start && near.tense === 'past') || before || infinitiveBetween(article, g, near, span) ? governs('past', false) : near;
  if (!limit && perfectLooksBack(article, g, span, lead)) return governs('past', false);
  if (g.tense === 'future' || (g.tense === 'present' && g.plan && !g.presentPerfect)) return governs('future', g.tense === 'future' && g.perfect);
  return near;
}

/**
 * "has been passed fit for Sunday's clash", "have made two changes ahead of Saturday's trip" (slips115, review 120):
 * whether the date at `span` is a weekday in the possessive after "for" or "ahead of" (`lead`: the two words before
 * it) that dates a scheduled event (events.ts eventAfter, not one no one schedules: "apologised for Saturday's
 * outburst" tells a cause), under a present or present perfect `g`: what it prepares for lies ahead.
 */
function preparedFor(prose: string, g: Governor, lead: readonly string[], span: Span): boolean {
  if (!g.presentPerfect && !(g.tense === 'present' && !g.plan)) return false;
  const after = lead.at(-1) === 'for' || (lead.at(-2) === 'ahead' && lead.at(-1) === 'of');
  if (!after || WEEKDAY_INDEX[prose.slice(span.start, span.end).toLowerCase()] === undefined) return false;
  const event = eventAfter(prose, span.end);
  return !!event && !isUnplannedEvent(event.noun.toLowerCase());
}

/**
 * "has been named in England's team to face Wales in Cardiff on Saturday" (review 107): whether tense cue `near`, before
 * the date at `span`, is an infinitive whose clause's finite verb group — the nearest before its "to", with no verb or
 * clause opener between — is in the present (simple, progressive or perfect: a perfect takes no past day of its own)
 * or the future, with no past verb group before it in the sentence. What the infinitive tells lies ahead of that now. Not past a noun of an event no one schedules
 * ("continuing to question the man about the shooting on Friday"), nor after a past or a modal, whose infinitive may be
 * over ("agreed to buy the holding on Tuesday"; clauseTense reads those).
 */
function infinitiveAhead(article: Article, near: TenseCue, span: Span): boolean {
  if (near.end > span.start) return false;
  const layer = languageOf(article);
  const head = layer.tokenAt(near.start);
  const to = layer.tokens[head - 1];
  if (head <= 0 || to.lemma !== 'to' || to.pos !== 'PART') return false;
  const sentence = layer.sentences[to.sentence];
  const dateAt = layer.tokenAt(span.start);
  // (As written: the tagger may read "stabbing" as a verb.)
  for (let k = head + 1; k < dateAt; k++) if (isUnplannedEvent(article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase())) return false;
  for (let k = head - 2; k >= sentence.first; k--) {
    const t = layer.tokens[k];
    if (isBoundary(article, t) || t.pos === 'SCONJ') return false;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    const g = verbGroupAt(layer, k);
    // ("warned of a shortfall if it fails to reduce costs by the end of February": a past frame before the verb
    // tells of a now that was.)
    return !!g && g.last === k && g.modal === null && (g.tense === 'present' || g.tense === 'future') && verbGroupsIn(layer, sentence.first, g.first - 1).every((v) => v.tense !== 'past');
  }
  return false;
}

/**
 * "slid to end 4% lower on Thursday" (review 104): whether tense cue `near` is an infinitive between governing verb `g`
 * and the date at `span`; it is the verb's, with no tense of its own.
 */
function infinitiveBetween(article: Article, g: Governor, near: TenseCue, span: Span): boolean {
  return near.start >= g.end && near.end <= span.start && wordsIn(article.prose.slice(g.end, near.start)).at(-1) === 'to';
}

/**
 * "had been expecting an election on Thursday 5 May", "expected the vote on 5 May": what a past verb of planning or
 * prediction (data/dates-forward-verbs.txt) takes lies ahead of it, so its past says nothing of the date's year. The
 * caller leaves out limits ("warned of losses for the year to 31 July").
 */
function takenAhead(g: Governor, span: Span): boolean {
  return (g.tense === 'past' || g.presentPerfect) && g.end <= span.start && wordList('dates-forward-verbs.txt').has(g.lemma);
}

const YEAR_BEFORE = /^(?:(?:the\s+)?(?:comparable\s+)?year[- ](?:ago|earlier)(?:\s+\w+)?|a year (?:ago|earlier)|prior[- ]year)$/i;

/**
 * Results copy compares a period with "a year ago" / "the year-earlier quarter": the same
 * quarter (or half) one year before the one last named, not just the previous calendar year.
 */
function comparePeriods(dates: DateMention[]): DateMention[] {
  let period: DateMention | null = null;
  for (const d of dates) {
    if ((d.grain === 'quarter' || d.grain === 'half') && d.value && !YEAR_BEFORE.test(d.text)) period = d;
    else if (period && d.value && d.grain === 'year' && YEAR_BEFORE.test(d.text)) {
      const shifted = `${Number(period.value!.slice(0, 4)) - 1}${period.value!.slice(4)}`;
      d.explanation = `a year before the ${period.text.slice(leadingWordLength(period.text, THE))} named earlier (${period.value}): ${shifted}`;
      d.value = shifted;
      d.grain = period.grain;
    }
  }
  return dates;
}
