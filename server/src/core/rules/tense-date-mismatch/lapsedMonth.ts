// tense-date-mismatch, lapsed months: a month just ended under a future: "The closing is expected in October" on 2 November reads as
// October of next year, eleven months ahead, where the copy most likely kept a date that has since passed; and its
// mirror, the month to come under a past ("rose in November" on 30 October reads as last year's).
import { formatDay, fromDays, parseIsoDay, partOfInterval, toDays, valueInterval, type Ymd } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { monthAlone } from '../../dates';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { wordsIn } from '../../dates/context';
import { wordList } from '../../dates/words';
import { isReportingGroup, languageOf, verbGroupAt } from '../../language';

/** Characters read back for the word before a month ("in "). */
const IN_REACH = 8;

/** Months in a year. */
const MONTHS = 12;

/**
 * A month named alone ("October", no year, no "next"), under a future or an expectation (its year chosen by the
 * tense), that is the month just before publication's: the tense put it eleven months ahead, but copy that means
 * next year's says "next October", and a month that ended days ago under "will" or "is expected" is what a rewrite
 * leaves behind (slips79: "is scheduled to expire at the end of October" on 2 November; slips81: "closing, which is
 * expected in October"). One finding at the month, naming both readings. Under a past, its mirror (comingMonthFinding).
 * `published`: the article's date.
 */
export function lapsedMonthFinding(article: Article, d: DateMention, published: Ymd): RuleFinding | null {
  if (d.kind !== 'date' || d.grain !== 'month' || d.resolvedBy !== 'tense' || (d.tense !== 'future' && d.tense !== 'past') || !monthAlone(d.text) || d.sentence < 0) return null;
  const read = parseIsoDay(`${d.value}-01`);
  if (!read) return null;
  const ahead = (read.y - published.y) * MONTHS + (read.m - published.m);
  const cue = d.tenseCue ? article.text.slice(d.tenseCue.start, d.tenseCue.end) : `the ${d.tense}`;
  if (d.tense === 'past') return comingMonthFinding(article, d, ahead, cue);
  if (ahead !== MONTHS - 1) return null;
  return {
    start: d.start,
    end: d.end,
    message: `“${d.text}” under “${cue}” reads as ${valueInWords(d.value!)}, eleven months ahead, because the ${d.text} just gone ended last month. If that later one is meant, write “next ${d.text}”; if not, the date has passed.`,
  };
}

/**
 * The mirror of a lapsed month (slips 103: "Personal spending rose 0.2% in November" on 30 October): a month named
 * alone after "in" under a past that the tense put eleven months back (`ahead` is -11), because this year's begins
 * next month. Copy that means last year's says "last November" or gives the year; a past about the month to come is a
 * wrong month or a wrong tense. Not a month that names no time of the verb ("with September up 16", "the September
 * contract": a futures contract), nor one under a past of expecting or planning (data/dates-forward-verbs.txt: "was
 * expected to be finalized in September" looks ahead) or of reporting ("told oil companies of a cutback in September").
 * Null otherwise.
 */
function comingMonthFinding(article: Article, d: DateMention, ahead: number, cue: string): RuleFinding | null {
  if (ahead !== 1 - MONTHS || wordsIn(article.prose.slice(Math.max(0, d.start - IN_REACH), d.start)).at(-1) !== 'in') return null;
  // ("told oil companies of a 15-20 percent cutback in its oil supply in September": what a report tells of may lie
  // ahead; so may what a verb of expecting takes, read by its lemma as takenAhead in dates/index.ts reads it.)
  const layer = languageOf(article);
  const group = d.tenseCue ? verbGroupAt(layer, layer.tokenAt(d.tenseCue.start)) : undefined;
  if (group && isReportingGroup(layer, group)) return null;
  const tense = d.tenseCue;
  if (tense) {
    const forward = wordList('dates-forward-verbs.txt');
    for (let k = layer.tokenAt(tense.start); k >= 0 && k < layer.tokens.length && layer.tokens[k].start < tense.end; k++) if (forward.has(layer.tokens[k].lemma)) return null;
  }
  return {
    start: d.start,
    end: d.end,
    message: `“${d.text}” under “${cue}” reads as ${valueInWords(d.value!)}, eleven months back, because this year's ${d.text} begins next month. If that earlier one is meant, write “last ${d.text}” or give the year; if not, the month or the tense is wrong.`,
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
