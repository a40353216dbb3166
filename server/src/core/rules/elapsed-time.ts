// elapsed-time: "21 years since 2003" and "the 20th anniversary of the 1995 law" checked against the publication year.
import { parseIsoDay } from '../dates/calendar';
import { NUMBER_RE, numberLike, parseSmallNumber } from '../dates/words';
import type { Rule, RuleFinding } from './rule';

const YEAR = '(1[5-9]\\d\\d|20\\d\\d)';
// The words between "since" and the year hold no number: "21 years since 2003, and 25 years since 1994" pairs 21 with 2003.
const SINCE = new RegExp(`\\b(${NUMBER_RE})\\s+years\\s+(?:since|after)\\s+(?:[^.;!?\\d]{0,60}?\\s)?${YEAR}\\b`, 'gi');
const AGO_AFTER = new RegExp(`\\b(?:in\\s+)?${YEAR},?\\s+(?:some\\s+|nearly\\s+|almost\\s+)?(${NUMBER_RE})\\s+years\\s+ago\\b`, 'gi');
const AGO_BEFORE = new RegExp(`\\b(${NUMBER_RE})\\s+years\\s+ago,?\\s+in\\s+${YEAR}\\b`, 'gi');

/** "the 20th anniversary of the 1995 legislation": the ordinal and the year of what it marks. */
const ANNIVERSARY = new RegExp(`\\b(\\d{1,3})(?:st|nd|rd|th)\\s+anniversary\\s+of\\s+(?:[^.;!?\\d]{0,60}?\\s)?${YEAR}\\b`, 'gi');

/** 1 → "1st", 22 → "22nd", 13 → "13th". */
function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  return `${n}${teen ? 'th' : ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th'}`;
}

const APPROXIMATE = /\b(?:more\s+than|over|nearly|almost|about|around|some|at\s+least|less\s+than|under|roughly|close\s+to)\s+$/i;

export const elapsedTime: Rule = {
  id: 'elapsed-time',
  defaultSeverity: 'hint',
  description: 'A number of years since a year ("21 years since 2003", "the 20th anniversary of the 1995 law") that does not match the publication date.',
  check({ article }) {
    const findings: RuleFinding[] = [];
    const published = parseIsoDay(article.frontMatter?.published ?? null);
    if (!published) return findings;
    const check = (whole: RegExpExecArray, numberText: string, numberAt: number, year: number) => {
      const n = parseSmallNumber(numberText);
      const expected = published.y - year;
      // Without the month of the event, N - 1 years may have passed too.
      if (n === null || expected < 1 || n === expected || n === expected - 1) return;
      // "More than 40 years after", "nearly 20 years since": an approximate count is not a claim of the exact number.
      if (APPROXIMATE.test(prose.slice(Math.max(0, numberAt - 16), numberAt))) return;
      const replacement = numberLike(numberText, expected);
      findings.push({
        start: whole.index,
        end: whole.index + whole[0].length,
        message: `${year} is ${expected} years before the publication date (${published.y}), not ${n}.`,
        fixes: [{ title: `Change to ${replacement}`, edits: [{ start: numberAt, end: numberAt + numberText.length, newText: replacement }] }],
      });
    };
    const prose = article.prose;
    for (const re of [SINCE, AGO_AFTER, AGO_BEFORE]) {
      re.lastIndex = 0;
      for (let m = re.exec(prose); m; m = re.exec(prose)) {
        const numberFirst = re !== AGO_AFTER;
        const numberText = numberFirst ? m[1] : m[2];
        const year = Number(numberFirst ? m[2] : m[1]);
        const numberAt = m.index + (numberFirst ? 0 : m[0].lastIndexOf(numberText, m[0].search(/\s+years\s+ago/i)));
        check(m, numberText, numberAt, year);
      }
    }
    // An anniversary falls in the year it counts to; one marked ahead of its date may be the next year's.
    ANNIVERSARY.lastIndex = 0;
    for (let m = ANNIVERSARY.exec(prose); m; m = ANNIVERSARY.exec(prose)) {
      const n = Number(m[1]);
      const year = Number(m[2]);
      const expected = published.y - year;
      if (expected < 1 || n === expected || n === expected + 1) continue;
      findings.push({
        start: m.index,
        end: m.index + m[0].length,
        message: `${year} is ${expected} years before the publication date (${published.y}): the ${ordinal(expected)} anniversary, not the ${ordinal(n)}.`,
        fixes: [{ title: `Change to ${ordinal(expected)}`, edits: [{ start: m.index, end: m.index + ordinal(n).length, newText: ordinal(expected) }] }],
      });
    }
    return findings;
  },
};
