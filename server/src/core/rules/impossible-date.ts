// impossible-date: a day the month does not have ("Feb. 30", "31 April", Feb. 29 outside a leap year), read from the text since chrono-node rolls these over.
import { daysInMonth, MONTH_NAMES, parseIsoDay } from '../dates/calendar';
import { MONTH_RE } from '../dates/expr';
import { readWrittenDate, writeLike } from '../dates/written';
import type { Rule, RuleFinding } from './rule';

/** Spaces within one line: a date never runs across a line break into the next paragraph ("1\n\nFeb. 30"). */
const SP = '[^\\S\\r\\n]+';
/** Month names are capitalised and whole words: "50 mark" and "34 separate" are not dates. */
const CANDIDATE = new RegExp(`\\b(?:${MONTH_RE}${SP}\\d{1,2}(?:st|nd|rd|th)?\\b(?:,?${SP}\\d{4}\\b)?|\\d{1,2}(?:st|nd|rd|th)?${SP}(?:of${SP})?${MONTH_RE}(?![A-Za-z])(?:,?${SP}\\d{4}\\b)?|\\d{4}-\\d{2}-\\d{2}\\b)`, 'g');

/** Every month-and-day written in `prose` ("Feb. 30", "12 September", "2024-02-30"), possible or not: no names inside. */
export function writtenDateSpans(prose: string): { start: number; end: number }[] {
  return [...prose.matchAll(CANDIDATE)].map((m) => ({ start: m.index!, end: m.index! + m[0].length }));
}

export const impossibleDate: Rule = {
  id: 'impossible-date',
  defaultSeverity: 'error',
  description: 'A date that does not exist: a day past the end of its month, or Feb. 29 in a year that is not a leap year.',
  check({ article }) {
    const findings: RuleFinding[] = [];
    const published = parseIsoDay(article.frontMatter?.published ?? null);
    CANDIDATE.lastIndex = 0;
    for (let m = CANDIDATE.exec(article.prose); m; m = CANDIDATE.exec(article.prose)) {
      const written = readWrittenDate(m[0], m.index);
      if (!written || written.m < 1 || written.m > 12 || written.d < 1) continue;
      // Without a year, Feb. 29 is only impossible if the publication year is not a leap year.
      const year = written.y ?? (written.m === 2 && written.d === 29 ? published?.y ?? null : null);
      const last = daysInMonth(year, written.m);
      if (written.d <= last) continue;
      const where = year !== null && written.m === 2 && written.d === 29 ? `${year} is not a leap year` : `${MONTH_NAMES[written.m - 1]} has ${last} days`;
      const replacement = writeLike(written, { y: written.y ?? 0, m: written.m, d: last });
      findings.push({
        start: written.start,
        end: written.end,
        message: `“${m[0]}” does not exist: ${where}.`,
        fixes: [{ title: `Change to ${replacement} (the last day of the month)`, edits: [{ start: written.start, end: written.end, newText: replacement }] }],
      });
    }
    return findings;
  },
};
