// date-conflict: a duration that disagrees with its endpoints, one event given two dates, a relative date contradicted by the date in apposition to it.
import { daysInMonth, formatDay, fromDays, isoDay, parseIsoDay, toDays, WEEKDAY_NAMES, type Ymd } from '../dates/calendar';
import { valueInWords } from '../dates/describe';
import { eventNounBefore } from '../dates/events';
import { MONTH_RE } from '../dates/expr';
import { readWrittenDate, writeLike } from '../dates/written';
import { readYearlessDay } from '../dates/resolve';
import { numberLike, parseSmallNumber, wordClasses } from '../dates/words';
import type { Article, DateMention, Fix } from '../types';
import type { Rule, RuleFinding } from './rule';

const STARTS = /\b(?:beginning|starting|from|begins|began|starts|started|opening|opens|opened|between)\s+(?:on\s+)?$/i;
const ENDS = /\b(?:ending|ends|ended|until|till|through|to|closing|closes|closed|and)\s+(?:on\s+)?$/i;
/** A duration after these is part of the event or another stretch: "the first three days", "within 15 days", "more than four days". */
const PARTIAL = /\b(?:first|last|final|opening|closing|remaining|other|next|past|those|these|within|to|more\s+than|less\s+than|at\s+least|up\s+to|about|around|nearly|almost|some|another|extra|additional|every|each)\s+$/i;
/** Written on the calendar: a month name or a year ("10 years ago" and "last month" are not). */
const CALENDAR = new RegExp(`\\b(?:${MONTH_RE}(?![a-z])|1[5-9]\\d\\d|20\\d\\d)`);

const dayOf = (d: DateMention) => (d.grain === 'day' ? parseIsoDay(d.value) : null);
const dayNumber = (iso: string | undefined) => (iso ? parseIsoDay(iso) : null);

/** First and last day a resolved value covers (day, ISO week, month, year, or a range of days). */
function interval(d: DateMention): [number, number] | null {
  const v = d.value ?? '';
  let m: RegExpExecArray | null;
  const day = parseIsoDay(v);
  if (day) return [toDays(day), toDays(dayNumber(d.rangeEnd) ?? day)];
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [toDays({ y: +m[1], m: +m[2], d: 1 }), toDays({ y: +m[1] + (+m[2] === 12 ? 1 : 0), m: (+m[2] % 12) + 1, d: 1 }) - 1];
  if ((m = /^(\d{4})$/.exec(v))) return [toDays({ y: +m[1], m: 1, d: 1 }), toDays({ y: +m[1], m: 12, d: 31 })];
  return null;
}

/** The stretch a range or an endpoint pair covers, in inclusive days, and how to say it. */
interface Stretch {
  sentence: number;
  start: number;
  end: number;
  days: number;
  words: string;
}

/** "11 to 18 June", "3-8 May" (one mention); "beginning Wednesday … ending Sunday", "from Monday to Wednesday" (two). */
function stretches(text: string, dates: DateMention[]): Stretch[] {
  const out: Stretch[] = [];
  for (const d of dates) {
    const a = dayNumber(d.rangeStart);
    const b = dayNumber(d.rangeEnd);
    if (d.kind === 'date' && a && b) out.push({ sentence: d.sentence, start: d.start, end: d.end, days: toDays(b) - toDays(a) + 1, words: `${formatDay(a)} to ${formatDay(b)}` });
  }
  const points = dates.filter((d) => d.kind === 'date' && (dayOf(d) || d.weekday !== undefined) && !d.rangeEnd);
  for (const from of points) {
    if (!STARTS.test(text.slice(Math.max(0, from.start - 30), from.start))) continue;
    const to = points.find((d) => d.start > from.end && d.sentence === from.sentence && ENDS.test(text.slice(Math.max(from.end, d.start - 30), d.start)));
    if (!to) continue;
    // Two bare weekdays count by the week, whatever the tense made of them; dates count on the calendar.
    const weekdays = !/\d/.test(from.text) && !/\d/.test(to.text) && from.weekday !== undefined && to.weekday !== undefined;
    const a = dayOf(from);
    const b = dayOf(to);
    if (!weekdays && !(a && b && /\d/.test(from.text) && /\d/.test(to.text))) continue;
    const days = weekdays ? ((to.weekday! - from.weekday! + 7) % 7) + 1 : toDays(b!) - toDays(a!) + 1;
    const words = weekdays ? `${WEEKDAY_NAMES[from.weekday!]} to ${WEEKDAY_NAMES[to.weekday!]}` : `${formatDay(a!)} to ${formatDay(b!)}`;
    if (days >= 1) out.push({ sentence: from.sentence, start: from.start, end: to.end, days, words });
  }
  return out;
}

/**
 * "a four-day festival … from 3-8 May": the duration nearest a stretch (same sentence first, then the next or previous), and the
 * stretch nearest that duration. Inclusive and exclusive counts both pass (a "three-day" stay may be three nights);
 * a duration in weeks passes within three days.
 */
function durationConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const text = article.text;
  const out: RuleFinding[] = [];
  const all = stretches(text, dates);
  const durations = dates.filter((d) => d.kind === 'duration' && d.durationDays !== undefined && Number.isInteger(d.durationDays) && /day|week/i.test(d.text) && !PARTIAL.test(text.slice(Math.max(0, d.start - 20), d.start)));
  const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start - b.end);
  for (const dur of durations) {
    const near = all.filter((s) => Math.abs(s.sentence - dur.sentence) <= 1).sort((a, b) => Math.abs(a.sentence - dur.sentence) - Math.abs(b.sentence - dur.sentence) || gap(a, dur) - gap(b, dur));
    const stretch = near[0];
    if (!stretch) continue;
    const closest = durations.filter((d) => Math.abs(stretch.sentence - d.sentence) <= 1).sort((a, b) => Math.abs(a.sentence - stretch.sentence) - Math.abs(b.sentence - stretch.sentence) || gap(a, stretch) - gap(b, stretch))[0];
    if (closest !== dur) continue;
    const weeks = /week/i.test(dur.text);
    const n = dur.durationDays!;
    const fits = weeks ? Math.abs(stretch.days - n) <= 3 : stretch.days === n || stretch.days - 1 === n;
    if (fits) continue;
    const fixes: Fix[] = [];
    const number = /^[\w-]+?(?=[- ](?:and[- ]a[- ]half[- ])?days?\b)/i.exec(dur.text)?.[0];
    if (!weeks && number) {
      const replacement = numberLike(number, stretch.days);
      fixes.push({ title: `Change to “${replacement}${dur.text.slice(number.length)}”`, edits: [{ start: dur.start, end: dur.start + number.length, newText: replacement }] });
    }
    out.push({
      start: dur.start,
      end: dur.end,
      message: `“${dur.text}” does not fit its dates: ${stretch.words} is ${stretch.days} day${stretch.days === 1 ? '' : 's'}.`,
      fixes,
    });
  }
  return out;
}

/** Words that single out one of several events of a kind: "the next meeting", "the rescheduled concert". */
const DISTINGUISHING = /^(?:first|second|third|fourth|fifth|last|next|previous|new|rescheduled|postponed|final|opening|another|other|each|every|following|earlier|later|latest|recent|annual|weekly|monthly|1st|2nd|3rd|4th|5th|semi|quarter)$/i;
const DETERMINER = /^(?:the|this|that|these|those|his|her|its|their|our)$/i;

interface Attachment {
  date: DateMention;
  event: string;
  /** The noun as written. */
  noun: string;
  definite: boolean;
  distinguished: boolean;
}

/** The words before `at` in its clause (back to a , ; : or the sentence start), as [word, start] pairs. */
function wordsBefore(text: string, from: number, at: number): { w: string; start: number }[] {
  return [...text.slice(from, at).matchAll(/[A-Za-z'’]+/g)].map((m) => ({ w: m[0], start: from + m.index! }));
}

/**
 * The event a date is attached to, read from the words around it: "the attacks Aug. 7", "the incidents of Aug. 8",
 * "the 22 January show", "16 March for Budget", "deliver his Budget to the House of Commons on 23 March"
 * (the noun, then prepositional phrases only, then the date).
 */
/** How far before a date (UTF-16 code units) the event noun it is attached to is looked for. */
const ATTACHMENT_REACH = 200;

function attachment(article: Article, d: DateMention): Attachment | null {
  const text = article.text;
  const classes = wordClasses('dates-event-nouns.txt');
  const sentence = article.sentences[d.sentence];
  const head = (noun: string, nounStart: number): Attachment | null => {
    const event = classes.get(noun.toLowerCase());
    if (!event) return null;
    const lead = wordsBefore(text, Math.max(sentence.start, nounStart - 40), nounStart).slice(-3);
    let cut = 0;
    lead.forEach((x, i) => {
      if (/[,;:.]/.test(text.slice(x.start - 2, x.start))) cut = i;
    });
    const clauseLead = lead.slice(cut);
    // The words between the determiner and the noun modify it: "the next meeting", not "Later the meeting".
    let det = -1;
    clauseLead.forEach((x, i) => {
      if (DETERMINER.test(x.w) || /['’]s$/.test(x.w)) det = i;
    });
    const modifiers = det >= 0 ? clauseLead.slice(det + 1) : clauseLead.slice(-1);
    return {
      date: d,
      event,
      noun,
      definite: det >= 0 || /^[A-Z]/.test(noun),
      distinguished: modifiers.some((x) => DISTINGUISHING.test(x.w)) || wordsBefore(text, Math.max(0, d.start - 12), d.start).slice(-1).some((x) => DISTINGUISHING.test(x.w)),
    };
  };
  const after = text.slice(d.end, Math.min(sentence.end, d.end + 40));
  // "the 22 January show": the date modifies the noun after it.
  let m = /^\s+([A-Za-z]+)\b/.exec(after);
  if (m && /\b(?:a|an|the|this|that|its|their|his|her|our|original)\s+$/i.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))) {
    const a = head(m[1], d.end + m.index + m[0].length - m[1].length);
    if (a) return a;
  }
  // "16 March for Budget", "set 5 May for the election".
  m = /^\s+for\s+(?:(?:the|his|her|its|their)\s+)?([A-Za-z]+)\b/.exec(after);
  if (m) {
    const a = head(m[1], d.end + m[0].length - m[1].length);
    if (a) return a;
  }
  // The noun before the date, joined to it by nothing, "of"/"on"/"in", or by prepositional phrases only.
  // Within ATTACHMENT_REACH of the date: the noun and its prepositional phrases are never further, and a sentence
  // crowded with dates stays linear.
  const reach = Math.max(sentence.start, d.start - ATTACHMENT_REACH);
  const window = text.slice(reach, d.start);
  const clauseStart = reach + Math.max(window.lastIndexOf(',') + 1, window.lastIndexOf(';') + 1);
  const noun = eventNounBefore(text, clauseStart, d.start);
  if (noun) return head(noun.noun, noun.start);
  return null;
}

function eventConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const seen = new Map<string, { a: Attachment; span: [number, number] }>();
  for (const d of dates) {
    // Years are too coarse to tie to one event: "the 1992 election" and "the 2001 election" are two elections.
    if (d.kind !== 'date' || d.sentence < 0 || d.resolvedBy === 'tense' || !d.value || d.reference || (d.grain !== 'day' && d.grain !== 'month')) continue;
    const span = interval(d);
    const a = span ? attachment(article, d) : null;
    if (!a || !span || a.distinguished || a.event.startsWith('~')) continue;
    const earlier = seen.get(a.event);
    if (!earlier) {
      seen.set(a.event, { a, span });
      continue;
    }
    // "the meeting on Friday and Saturday", "attacks on 7 and 8 August": a list gives one event several days.
    const list = /^[\s,]*(?:and|or|to|-|–|,)[\s,]*(?:on\s+)?$/i.test(article.text.slice(earlier.a.date.end, d.start));
    const disjoint = span[1] < earlier.span[0] || span[0] > earlier.span[1];
    if (!a.definite || list || !disjoint) continue;
    const fixes: Fix[] = [];
    const theirs = parseIsoDay(earlier.a.date.value);
    const written = readWrittenDate(article.text.slice(d.start, d.end), d.start);
    if (theirs && written && written.end === d.end && earlier.a.date.grain === 'day' && !earlier.a.date.rangeEnd) {
      // Without its year the copied day may be read in another year: then the fix writes the year.
      const pub = parseIsoDay(article.frontMatter?.published ?? null);
      const needsYear = written.y === null && (!pub || readYearlessDay(theirs.m, theirs.d, pub, d.tense ?? null) !== isoDay(theirs));
      const newText = writeLike(needsYear ? { ...written, y: theirs.y } : written, theirs);
      fixes.push({ title: `Change to ${newText} (the date given earlier)`, edits: [{ start: written.start, end: written.end, newText }] });
    }
    out.push({
      start: d.start,
      end: d.end,
      message: `The ${a.noun.toLowerCase()}${a.noun.toLowerCase() === earlier.a.noun.toLowerCase() ? '' : ` (“${earlier.a.noun.toLowerCase()}” earlier)`} ${/s$/i.test(a.noun) ? 'are' : 'is'} dated ${valueInWords(d.value)} here but ${valueInWords(earlier.a.date.value!)} earlier (“${earlier.a.date.text}”).`,
      fixes,
    });
  }
  return out;
}

function monthStartDays(y: number, m: number): number {
  return toDays({ y: y + Math.floor((m - 1) / 12), m: ((((m - 1) % 12) + 12) % 12) + 1, d: 1 });
}

const ANAPHORIC = /\b(?:later|earlier|after|before|since|previous|following)\b/i;
/** "since 1948", "until 2006": a limit, not a time in apposition to its neighbour. */
const LIMIT_BEFORE = /\b(?:since|until|till|by|from|before|after|to)\s+$/i;

/** Days a relative expression allows for a date in apposition: "last year" its calendar year, "10 years ago" half a year either side, "next Thursday" either of two Thursdays. */
function allowed(rel: DateMention, pub: Ymd): [number, number][] | null {
  const span = interval(rel);
  if (!span) return null;
  const ago = /^(?:(\w+)\s+)?(year|month|week|day)s?\s+(?:ago|earlier)$/i.exec(rel.text);
  if (ago) {
    const n = ago[1] ? parseSmallNumber(ago[1]) ?? (/^an?$/i.test(ago[1]) ? 1 : null) : 1;
    if (n === null) return null;
    const unit = ago[2].toLowerCase() as 'year' | 'month' | 'week' | 'day';
    const back = fromDays(monthStartDays(pub.y, pub.m - (unit === 'year' ? 12 * n : unit === 'month' ? n : 0)));
    const centre = unit === 'week' || unit === 'day' ? toDays(pub) - (unit === 'week' ? 7 * n : n) : toDays({ ...back, d: Math.min(pub.d, daysInMonth(back.y, back.m)) });
    const half = { year: 183, month: 15, week: 3, day: 0 }[unit];
    return [[centre - half, centre + half]];
  }
  // "next Thursday" is next week's Thursday to some readers and the coming one to others.
  if (/^next\s+\w+day$/i.test(rel.text) && span[0] - 7 > toDays(pub)) return [[span[0] - 7, span[1] - 7], span];
  return [span];
}

/**
 * "last year, on 13 February 2003", "10 years ago, on 1 February 1994", "next Thursday, 11 November": a relative
 * expression and a calendar date side by side name one time; the date must fall where the relative one points.
 */
function appositionConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  if (!pub) return out;
  const text = article.text;
  // Deictic expressions only: "a year later", "five years earlier" count from another event, not from publication.
  const relative = (d: DateMention) => d.kind === 'date' && d.relative && d.resolvedBy === 'publication' && !CALENDAR.test(d.text) && !d.reference && !ANAPHORIC.test(d.text) && !/^['’]s\b/.test(text.slice(d.end, d.end + 3));
  const explicit = (d: DateMention) => d.kind === 'date' && CALENDAR.test(d.text) && /\d/.test(d.text) && !!interval(d) && d.resolvedBy !== 'tense' && !LIMIT_BEFORE.test(text.slice(Math.max(0, d.start - 12), d.start));
  for (let i = 0; i + 1 < dates.length; i++) {
    const [x, y] = [dates[i], dates[i + 1]];
    const pair = relative(x) && explicit(y) ? [x, y] : explicit(x) && relative(y) ? [y, x] : null;
    if (!pair || !/^\s*(?:,|\(|[-–—])\s*(?:on\s+|in\s+)?$/.test(text.slice(x.end, y.start))) continue;
    const [rel, exp] = pair;
    const windows = allowed(rel, pub);
    const span = interval(exp)!;
    if (!windows || windows.some(([a, b]) => span[0] <= b && span[1] >= a)) continue;
    const fixes: Fix[] = [];
    const written = readWrittenDate(text.slice(exp.start, exp.end), exp.start);
    const relYear = rel.grain === 'year' && /^\d{4}$/.test(rel.value ?? '') ? +rel.value! : null;
    if (written && written.end === exp.end && written.y !== null && relYear !== null && !/\bago\b/i.test(rel.text)) {
      const newText = writeLike(written, { y: relYear, m: written.m, d: written.d });
      fixes.push({ title: `Change the year to ${relYear}`, edits: [{ start: written.start, end: written.end, newText }] });
    } else if (written && written.end === exp.end && rel.grain === 'day' && parseIsoDay(rel.value) && !/\bnext\b/i.test(rel.text)) {
      const newText = writeLike(written, parseIsoDay(rel.value)!);
      fixes.push({ title: `Change to ${newText}`, edits: [{ start: written.start, end: written.end, newText }] });
    }
    const where = windows.length > 1 ? windows.map(([a]) => formatDay(fromDays(a))).join(' or ') : `${valueInWords(rel.value!)}`;
    out.push({ start: exp.start, end: exp.end, message: `“${exp.text}” does not fit “${rel.text}” beside it, which from the publication date (${formatDay(pub)}) means ${where}.`, fixes });
  }
  return out;
}

export const dateConflict: Rule = {
  id: 'date-conflict',
  defaultSeverity: 'warning',
  description: 'Dates that contradict each other: a duration and its endpoints, one event given two dates, a relative date and the calendar date beside it.',
  check({ article, dates }) {
    return [...durationConflicts(article, dates), ...eventConflicts(article, dates), ...appositionConflicts(article, dates)].sort((a, b) => a.start - b.start);
  },
};
