// date-conflict, durations: a duration that disagrees with the dates it spans ("the three-day summit, 2 to 6 May").
import { formatDay, toDays, weekdayNames } from '../../dates/calendar';
import { numberLike, parseSmallNumber } from '../../dates/words';
import type { Article, DateMention, Fix } from '../../types';
import type { RuleFinding } from '../rule';
import { STARTS, ENDS, PARTIAL, dayOf, dayNumber } from './shared';
import { hasDigit, isCapitalised, isDigits, wordsOf } from '../../text/shape';
import { contextSet, endsWithPhrase, type Phrases } from '../../dates/context';

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
    if (!endsWithPhrase(text.slice(Math.max(0, from.start - 30), from.start), STARTS())) continue;
    const to = points.find((d) => d.start > from.end && d.sentence === from.sentence && endsWithPhrase(text.slice(Math.max(from.end, d.start - 30), d.start), ENDS()));
    if (!to) continue;
    // Two bare weekdays count by the week, whatever the tense made of them; dates count on the calendar.
    const weekdays = !hasDigit(from.text) && !hasDigit(to.text) && from.weekday !== undefined && to.weekday !== undefined;
    const a = dayOf(from);
    const b = dayOf(to);
    if (!weekdays && !(a && b && hasDigit(from.text) && hasDigit(to.text))) continue;
    const days = weekdays ? ((to.weekday! - from.weekday! + 7) % 7) + 1 : toDays(b!) - toDays(a!) + 1;
    const words = weekdays ? `${weekdayNames()[from.weekday!]} to ${weekdayNames()[to.weekday!]}` : `${formatDay(a!)} to ${formatDay(b!)}`;
    if (days >= 1) out.push({ sentence: from.sentence, start: from.start, end: to.end, days, words });
  }
  return out;
}

/**
 * "a four-day festival … from 3-8 May": the duration nearest a stretch (same sentence first, then the next or previous), and the
 * stretch nearest that duration. Inclusive and exclusive counts both pass (a "three-day" stay may be three nights);
 * a duration in weeks passes within three days.
 */
export function durationConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const text = article.text;
  const out: RuleFinding[] = [];
  const all = stretches(text, dates);
  const durations = dates.filter((d) => d.kind === 'duration' && d.durationDays !== undefined && Number.isInteger(d.durationDays) && /day|week/i.test(d.text) && !endsWithPhrase(text.slice(Math.max(0, d.start - 20), d.start), PARTIAL()));
  const gap = (a: { start: number; end: number }, b: { start: number; end: number }) => (a.end <= b.start ? b.start - a.end : a.start - b.end);
  for (const dur of durations) {
    const near = all.filter((s) => Math.abs(s.sentence - dur.sentence) <= 1).sort((a, b) => Math.abs(a.sentence - dur.sentence) - Math.abs(b.sentence - dur.sentence) || gap(a, dur) - gap(b, dur));
    const stretch = near[0];
    if (!stretch) continue;
    const closest = durations.filter((d) => Math.abs(stretch.sentence - d.sentence) <= 1).sort((a, b) => Math.abs(a.sentence - stretch.sentence) - Math.abs(b.sentence - stretch.sentence) || gap(a, stretch) - gap(b, stretch))[0];
    if (closest !== dur) continue;
    const weeks = /week/i.test(dur.text);
    const n = dur.durationDays!;
    const fits = weeks ? Math.abs(stretch.days - n) <= 3 : stretch.days === n || (stretch.days - 1 === n && countsNights(text, dur));
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

/** Most words between a duration adjective and the noun it measures ("a three-day state visit"). */
const MEASURED_REACH = 3;

/**
 * Whether duration `dur` may count the nights of its stretch rather than its days (3 to 6 May as "three days"): a
 * count of days that is no adjective ("for three days, from 3 to 6 May"), or an adjective measuring a stay away
 * within MEASURED_REACH words (data/dates-context.json nightCountedNouns: "a three-day stay", "a three-day state
 * visit"). "The three-day elections on 23-26 May" count their days: an event named by its length is as long as its
 * dates (slips73).
 */
function countsNights(text: string, dur: DateMention): boolean {
  if (!dur.text.includes('-')) return true;
  return wordsOf(text.slice(dur.end, dur.end + 60).toLowerCase()).slice(0, MEASURED_REACH).some((w) => contextSet('nightCountedNouns').has(w));
}

/** The grains a span of whole units is checked in: the unit a duration counts and the units between two values. */
const monthIndex = (d: DateMention) => Number(d.value!.slice(0, 4)) * 12 + Number(d.value!.slice(5, 7));
const SPAN_GRAINS = {
  year: { unit: 'year', grain: 'year', perUnit: 1, index: (d: DateMention) => Number(d.value!.slice(0, 4)), point: (d: DateMention) => isDigits(d.text) && d.text.length === 4 },
  month: { unit: 'month', grain: 'month', perUnit: 1, index: monthIndex, point: (d: DateMention) => isCapitalised(d.text) },
  // "over four years, from April 2019 to March 2022" (slips90): years counted between two months, each with its year.
  yearOfMonths: { unit: 'year', grain: 'month', perUnit: 12, index: monthIndex, point: (d: DateMention) => isCapitalised(d.text) && hasDigit(d.text) },
} as const;

/**
 * "for 25 years, from 2007 to 2030", "a 25-year deal running from 2007 until 2030", "between 2007 and 2030 under the
 * 25-year deal" (slips40), and in months "over four months, from June to December 2004" (slips47): a duration in
 * years (months) and the two years written in full (two months) that begin and end it in its sentence (a length in
 * the next one is as often another's: "a sentence of 85 years"). The units between may be counted with both ends or
 * one: 2007 to 2030 fits 23 or 24 years, June to December 6 or 7 months. Years between two months that each give
 * their year (`yearOfMonths`: "over four years, from April 2019 to March 2022") are counted in months, twelve to the
 * year, with both ends or one: April 2019 to March 2022 fits three years. The finding is on the duration.
 */
export function spanConflicts(article: Article, dates: DateMention[], grain: keyof typeof SPAN_GRAINS): RuleFinding[] {
  const text = article.text;
  const { unit, index, point, perUnit } = SPAN_GRAINS[grain];
  const ends = dates.filter((d) => d.kind === 'date' && d.grain === SPAN_GRAINS[grain].grain && !!d.value && !d.rangeEnd && point(d));
  // A year the story counts from publication may close the span too ("to 13.3% last year").
  const relativeEnds = grain === 'year' ? dates.filter((d) => d.kind === 'date' && d.grain === 'year' && !!d.value && d.relative && d.resolvedBy === 'publication' && !d.rangeEnd) : [];
  const spans: { sentence: number; from: DateMention; to: DateMention; units: number }[] = [];
  for (const from of ends) {
    const before = text.slice(Math.max(0, from.start - 40), from.start);
    const between = wordsOf(before.toLowerCase()).at(-1) === 'between';
    // "from 5% in 2003 to 13.3% in 2004": a value at each end, each in its year.
    const valued = valueEnd(before, STARTS(), true) > 0;
    if (!between && !valued && !endsWithPhrase(before, STARTS())) continue;
    // The end follows at once: "to 2030", "until 2030", "and 2030" after "between"; or past its value ("to 13.3% in").
    const joins = (gap: string) => (wordsOf(gap.toLowerCase()).length === 1 && (between ? wordsOf(gap.toLowerCase())[0] === 'and' : endsWithPhrase(gap, ENDS()))) || (valued && valueEnd(gap, ENDS(), true) === wordsOf(gap).length);
    const closes = (d: DateMention) => d.start > from.end && d.sentence === from.sentence && joins(text.slice(from.end, d.start));
    // ("to 13.3% last year": a value, then a year counted from publication.)
    const valueThenYear = (d: DateMention) => valued && d.start > from.end && d.sentence === from.sentence && valueEnd(text.slice(from.end, d.start), ENDS(), false) === wordsOf(text.slice(from.end, d.start)).length;
    const to = ends.find(closes) ?? relativeEnds.find((d) => closes(d) || valueThenYear(d));
    if (!to) continue;
    // "from February to September 2006": a first month written without a year is in the year of the second (the year
    // before when it comes later in the calendar), whatever year the tense gave it alone.
    const start = SPAN_GRAINS[grain].grain === 'month' && !hasDigit(from.text) && hasDigit(to.text) ? index(to) - ((index(to) - index(from)) % 12 + 12) % 12 : index(from);
    if (index(to) > start) spans.push({ sentence: from.sentence, from, to, units: index(to) - start });
  }
  const out: RuleFinding[] = [];
  for (const dur of dates) {
    if (dur.kind !== 'duration' || !dur.text.toLowerCase().includes(unit) || endsWithPhrase(text.slice(Math.max(0, dur.start - 20), dur.start), PARTIAL())) continue;
    // "25 years", "25-year", "a three-year", "four months": the count before the unit.
    const count = wordsOf(dur.text.replaceAll('-', ' ').toLowerCase());
    const n = count.length === 2 && count[1].startsWith(unit) ? parseSmallNumber(count[0]) : null;
    if (n === null) continue;
    const span = spans.find((x) => x.sentence === dur.sentence);
    if (!span || n * perUnit === span.units || n * perUnit === span.units + 1) continue;
    const to = hasDigit(span.to.text) ? span.to.text : `${span.to.text} (${span.to.value})`;
    // (Counted in months, both ends whole: "April 2019 to March 2022 is 3 years", "April 2019 to May 2022 is 38 months".)
    const months = span.units + 1;
    const told = perUnit === 1 ? `${span.units} ${unit}${span.units === 1 ? '' : 's'}` : months % perUnit === 0 ? `${months / perUnit} ${unit}s` : `${months} months`;
    out.push({ start: dur.start, end: dur.end, message: `“${dur.text}” does not fit its dates: ${span.from.text} to ${to} is ${told}.` });
  }
  return out;
}

/** Most words a value at a span's end takes ("13.3%", "$5 million", "1.2 million tonnes"). */
const VALUE_WORDS = 3;

/**
 * How many words at the end of `gap` make an opening word of `opening` ("from", "to"), a value whose first word has a
 * digit (at most VALUE_WORDS words) and, with `withIn`, "in": "from 5% in" before "2003", "to 13.3% in" before "2004",
 * "to 13.3%" before "last year". 0 when it does not end so.
 */
function valueEnd(gap: string, opening: Phrases, withIn: boolean): number {
  const words = wordsOf(gap.toLowerCase());
  if (withIn && words.pop() !== 'in') return 0;
  for (let n = 1; n <= VALUE_WORDS && n < words.length; n++) {
    if (hasDigit(words[words.length - n]) && opening.has(words[words.length - n - 1])) return n + 1 + (withIn ? 1 : 0);
  }
  return 0;
}
