// tense-date-mismatch, lapsed months: a month just ended under a future: "The closing is expected in October" on 2 November reads as
// October of next year, eleven months ahead, where the copy most likely kept a date that has since passed.
import { parseIsoDay, type Ymd } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { monthAlone } from '../../dates';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';

/** Months in a year. */
const MONTHS = 12;

/**
 * A month named alone ("October", no year, no "next"), under a future or an expectation (its year chosen by the
 * tense), that is the month just before publication's: the tense put it eleven months ahead, but copy that means
 * next year's says "next October", and a month that ended days ago under "will" or "is expected" is what a rewrite
 * leaves behind (slips79: "is scheduled to expire at the end of October" on 2 November; slips81: "closing, which is
 * expected in October"). One finding at the month, naming both readings. `published`: the article's date.
 */
export function lapsedMonthFinding(article: Article, d: DateMention, published: Ymd): RuleFinding | null {
  if (d.kind !== 'date' || d.grain !== 'month' || d.resolvedBy !== 'tense' || d.tense !== 'future' || !monthAlone(d.text) || d.sentence < 0) return null;
  const read = parseIsoDay(`${d.value}-01`);
  if (!read) return null;
  const ahead = (read.y - published.y) * MONTHS + (read.m - published.m);
  if (ahead !== MONTHS - 1) return null;
  const cue = d.tenseCue ? article.text.slice(d.tenseCue.start, d.tenseCue.end) : 'the future';
  return {
    start: d.start,
    end: d.end,
    message: `“${d.text}” under “${cue}” reads as ${valueInWords(d.value!)}, eleven months ahead, because the ${d.text} just gone ended last month. If that later one is meant, write “next ${d.text}”; if not, the date has passed.`,
  };
}
