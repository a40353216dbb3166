// Which way round an article writes its dates in numbers: "9/2/2005" is 9 February in British copy and September 9
// in American. chrono-node and the written-date reader take month first unless told otherwise.
import type { Article } from '../types';
import { MONTH_RE } from './expr';
import { SLASHED_DATE } from './written';

/** A day before its month in words ("9 February", "the 9th of February"). */
const DAY_MONTH = new RegExp(`\\b\\d{1,2}(?:st|nd|rd|th)?\\s+(?:of\\s+)?${MONTH_RE}(?![A-Za-z])`, 'g');
/** A month before its day in words ("February 9", "Feb. 9"). */
const MONTH_DAY = new RegExp(`\\b${MONTH_RE}\\s+\\d{1,2}(?:st|nd|rd|th)?\\b(?!\\s*%)`, 'g');

const memo = new WeakMap<Article, boolean>();

/**
 * Whether `article` writes numeric dates day first. A slashed date that can be read only one way decides (a first
 * number over 12 is a day: "31/12/2004"; a second over 12 makes the first the month: "12/31/2004"), the first such
 * date in the text winning; else the order of its dates in words does ("9 February" against "February 9", the more
 * frequent; a desk writes numbers as it writes words); else month first, the reading of chrono-node and of US copy.
 * Read once per article.
 */
export function writesDayFirst(article: Article): boolean {
  let dayFirst = memo.get(article);
  if (dayFirst !== undefined) return dayFirst;
  const prose = article.prose;
  dayFirst = false;
  let decided = true;
  for (const m of prose.matchAll(SLASHED_DATE)) {
    decided = false;
    if (+m[1] > 12 && +m[2] <= 12) { dayFirst = true; decided = true; break; }
    if (+m[2] > 12 && +m[1] <= 12) { decided = true; break; }
  }
  // (With no slashed date at all the answer is never read: the dates in words are not counted.)
  if (!decided) dayFirst = [...prose.matchAll(DAY_MONTH)].length > [...prose.matchAll(MONTH_DAY)].length;
  memo.set(article, dayFirst);
  return dayFirst;
}
