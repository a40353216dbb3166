// Words for the editor: the Markdown hover of a date and the inlay hint after a relative one.
import type { DateMention } from '../types';
import { addDays, formatDay, mondayOfIsoWeek, monthNames, parseIsoDay, valueParts } from './calendar';
import { isDigits, withoutFullStop } from '../text/shape';

const QUARTERS = ['first', 'second', 'third', 'fourth'];
const SEASONS: Readonly<Record<string, string>> = { SP: 'spring', SU: 'summer', FA: 'autumn', WI: 'winter' };

/**
 * A value in words: "Wed 11 Sep 2024", "September 2025", "third quarter of 2024", "the week of Mon 2 Sep 2024", "the weekend of Sat 7 Sep 2024" (an ISO
 * week, named by its Monday: a desk does not count weeks), "the 1990s".
 */
export function valueInWords(value: string): string {
  const day = parseIsoDay(value);
  if (day) return formatDay(day);
  const p = valueParts(value);
  if (p && p.d === undefined) {
    if (p.part === 'Q') return `${QUARTERS[+p.n! - 1]} quarter of ${p.y}`;
    if (p.part === 'H') return `${p.n === '1' ? 'first' : 'second'} half of ${p.y}`;
    if (p.season !== undefined) return `${SEASONS[p.season]} ${p.y}`;
    if (p.week !== undefined && p.weekend) return `the weekend of ${formatDay(addDays(mondayOfIsoWeek(+p.y, +p.week), 5))}`;
    if (p.week !== undefined) return `the week of ${formatDay(mondayOfIsoWeek(+p.y, +p.week))}`;
    if (p.m !== undefined) return `${monthNames()[+p.m - 1]} ${p.y}`;
  }
  if (value.length === 3 && isDigits(value)) return `the ${value}0s`;
  return value;
}

const PARTS: Readonly<Record<NonNullable<DateMention['mod']>, string>> = { START: 'early ', MID: 'mid-', END: 'late ' };

/** A mention's value in words with the part of it the text names ("early 1989", "mid-March 2024"); value not null. */
export function dateInWords(d: DateMention): string {
  // "the first two quarters of 1989": a run of months of one year, said as such ("January to June 1989"), not as the year.
  if (d.value?.length === YEAR_VALUE && d.rangeStart?.startsWith(d.value) && d.rangeEnd?.startsWith(d.value) && d.rangeStart.length === MONTH_VALUE && d.rangeEnd.length === MONTH_VALUE) {
    return `${valueInWords(d.rangeStart).split(' ')[0]} to ${valueInWords(d.rangeEnd)}`;
  }
  return `${d.mod ? PARTS[d.mod] : ''}${valueInWords(d.value!)}`;
}
/** Lengths of an ISO year ("1989") and month ("1989-06") value. */
const YEAR_VALUE = 4;
const MONTH_VALUE = 7;

/** Hover Markdown: the ISO value (with its weekday or meaning) and how it was resolved. */
export function describeDate(d: DateMention): string {
  const explanation = d.explanation.charAt(0).toUpperCase() + d.explanation.slice(1);
  if (d.kind === 'duration') return `**Duration** \`${d.duration ?? '?'}\`\n\n${explanation}.`;
  const head = d.value === null ? '**Unresolved date**' : `**${d.value}** (${dateInWords(d)})`;
  const rangeText = d.rangeStart && d.rangeEnd ? `From ${valueInWords(d.rangeStart)} to ${valueInWords(d.rangeEnd)}.` : '';
  // Some explanations already say the range in words; do not say it twice.
  const range = rangeText && !explanation.includes(valueInWords(d.rangeEnd!).split(' ')[0]) ? `\n\n${rangeText}` : '';
  return `${head}${range}\n\n${withoutFullStop(explanation)}.`;
}

/** "→ Wed 11 Sep 2024" after a relative expression; null for dates written in full, durations and unresolved ones. */
export function inlayHintLabel(d: DateMention): string | null {
  if (!d.relative || d.value === null || d.kind !== 'date') return null;
  return `→ ${valueInWords(d.value)}`;
}
