// tense-date-mismatch, lapsed months: a month just ended under a future: "The closing is expected in October" on 2 November reads as
// October of next year, eleven months ahead, where the copy most likely kept a date that has since passed.
import { formatDay, fromDays, parseIsoDay, partOfInterval, toDays, valueInterval, type Ymd } from '../../dates/calendar';
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

/** The words a part of a month is written with, by TimeML `mod`, for the message. */
const PART_NAMES = { START: 'early', MID: 'mid', END: 'late' } as const;

/**
 * A part of the publication's own month named without a year ("in late September" on 2 September, "early March" on
 * 25 March) under a past (or a future) when the part lies wholly after (or before) publication: the tense chose this
 * year's month, which the article is written in, and the part it names is on the wrong side of the day (slips94:
 * "trained at the center in late September" on 2 September). One finding at the month, naming the days of the part.
 * Null for a month no part word narrows, another month, or a part that reaches publication.
 */
export function unreachedPartFinding(article: Article, d: DateMention, published: Ymd): RuleFinding | null {
  if (d.kind !== 'date' || d.grain !== 'month' || !d.mod || d.resolvedBy !== 'tense' || (d.tense !== 'past' && d.tense !== 'future') || !monthAlone(d.text) || d.sentence < 0) return null;
  const whole = valueInterval(d.value);
  if (!whole || d.value !== `${published.y}-${String(published.m).padStart(2, '0')}`) return null;
  const [first, last] = partOfInterval(whole, d.mod);
  const pub = toDays(published);
  const after = first > pub;
  if (d.tense === 'past' ? !after : last >= pub) return null;
  const cue = d.tenseCue ? article.text.slice(d.tenseCue.start, d.tenseCue.end) : d.tense;
  const part = `${PART_NAMES[d.mod]} ${d.text}`;
  return {
    start: d.start,
    end: d.end,
    message: `${d.tense === 'past' ? 'Past tense' : 'Future tense'} (“${cue}”) about ${part} (${formatDay(fromDays(first))} to ${formatDay(fromDays(last))}), which is ${after ? 'after' : 'before'} the publication date (${formatDay(published)}).`,
  };
}
