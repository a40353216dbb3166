// date-conflict: a duration that disagrees with its endpoints, one event given two dates, a relative weekday contradicted by a date beside it.
import { formatDay, parseIsoDay, toDays, WEEKDAY_NAMES, weekdayOf } from '../dates/calendar';
import { numberLike, wordList } from '../dates/words';
import type { DateMention } from '../types';
import type { Rule, RuleFinding } from './rule';

const STARTS = /\b(?:beginning|starting|from|begins|began|starts|started|opening|opens|opened)\s+(?:on\s+)?$/i;
const ENDS = /\b(?:ending|ends|ended|until|till|through|to|closing|closes|closed)\s+(?:on\s+)?$/i;

const dayOf = (d: DateMention) => (d.grain === 'day' ? parseIsoDay(d.value) : null);

/** "a three-day visit beginning Wednesday … ending Sunday": inclusive days between the endpoints. */
function durationConflicts(text: string, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const dur of dates) {
    if (dur.kind !== 'duration' || dur.durationDays === undefined || !Number.isInteger(dur.durationDays) || !/day/i.test(dur.text)) continue;
    const near = dates.filter((d) => d.kind === 'date' && Math.abs(d.sentence - dur.sentence) <= 1 && dayOf(d));
    const from = near.find((d) => STARTS.test(text.slice(Math.max(0, d.start - 30), d.start)));
    const to = near.find((d) => d !== from && ENDS.test(text.slice(Math.max(0, d.start - 30), d.start)));
    if (!from || !to) continue;
    const a = dayOf(from)!;
    const b = dayOf(to)!;
    const days = toDays(b) - toDays(a) + 1;
    if (days === dur.durationDays || days < 1) continue;
    const number = /^[\w-]+?(?=[- ](?:and[- ]a[- ]half[- ])?days?\b)/i.exec(dur.text)?.[0] ?? String(dur.durationDays);
    const replacement = numberLike(number, days);
    out.push({
      start: dur.start,
      end: dur.end,
      message: `“${dur.text}” does not fit its dates: ${formatDay(a)} to ${formatDay(b)} is ${days} days.`,
      fixes: [{ title: `Change to “${replacement}${dur.text.slice(number.length)}”`, edits: [{ start: dur.start, end: dur.start + number.length, newText: replacement }] }],
    });
  }
  return out;
}

/** The event a date is attached to: "the summit … on Sept. 12" → "summit" (a determiner, an event noun, then the date within 40 characters). */
function eventOf(text: string, sentenceStart: number, d: DateMention): string | null {
  const before = text.slice(Math.max(sentenceStart, d.start - 60), d.start);
  if (STARTS.test(before) || ENDS.test(before)) return null;
  const events = wordList('dates-event-nouns.txt');
  const words = [...before.matchAll(/[A-Za-z]+/g)];
  let found: { noun: string; at: number } | null = null;
  words.forEach((w, i) => {
    const noun = w[0].toLowerCase();
    const determined = words.slice(Math.max(0, i - 2), i).some((p) => /^(?:the|this|his|her|its|their)$/i.test(p[0]));
    if (events.has(noun) && determined) found = { noun, at: w.index! + w[0].length };
  });
  const last = found as { noun: string; at: number } | null;
  return last && before.length - last.at <= 40 ? last.noun : null;
}

function eventConflicts(text: string, sentences: { start: number }[], dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const first = new Map<string, DateMention>();
  for (const d of dates) {
    if (d.kind !== 'date' || !dayOf(d) || d.sentence < 0) continue;
    const event = eventOf(text, sentences[d.sentence].start, d);
    if (!event) continue;
    const earlier = first.get(event);
    if (!earlier) first.set(event, d);
    else if (earlier.value !== d.value) {
      out.push({ start: d.start, end: d.end, message: `The ${event} is dated ${formatDay(dayOf(d)!)} here but ${formatDay(dayOf(earlier)!)} earlier (“${earlier.text}”).` });
    }
  }
  return out;
}

/** "On Wednesday … on Sept. 18 (a Wednesday)": the same weekday name, resolved to another day than the date beside it. */
function weekdayConflicts(dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  for (const rel of dates) {
    if (rel.kind !== 'date' || !rel.relative || rel.weekday === undefined || rel.grain !== 'day' || !rel.value || /\d/.test(rel.text)) continue;
    const other = dates.find((d) => d !== rel && d.sentence === rel.sentence && /\d/.test(d.text) && dayOf(d) && weekdayOf(dayOf(d)!) === rel.weekday && d.value !== rel.value);
    if (!other) continue;
    out.push({
      start: rel.start,
      end: rel.end,
      message: `“${rel.text}” resolves to ${formatDay(dayOf(rel)!)} from the publication date, but the same sentence gives ${formatDay(dayOf(other)!)} (“${other.text}”), also a ${WEEKDAY_NAMES[rel.weekday]}.`,
    });
  }
  return out;
}

export const dateConflict: Rule = {
  id: 'date-conflict',
  defaultSeverity: 'warning',
  description: 'Dates that contradict each other: a duration and its endpoints, one event given two dates, a relative weekday and the date beside it.',
  check({ article, dates }) {
    return [...durationConflicts(article.text, dates), ...eventConflicts(article.text, article.sentences, dates), ...weekdayConflicts(dates)];
  },
};
