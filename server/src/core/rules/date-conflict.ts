// date-conflict: dates that contradict each other, found by separate checks (date-conflict/): a duration and
// its endpoints, one event given two dates (by its noun, or by its verb and nominalisation), a relative date or a
// holiday and the calendar date in apposition to it or after its noun, a dateline and the publication date.
import type { Rule } from './rule';
import { appositionConflicts, holidayConflicts, possessiveConflicts } from './date-conflict/appositions';
import { durationConflicts, spanConflicts } from './date-conflict/durations';
import { eventConflicts } from './date-conflict/events';
import { verbEventConflicts } from './date-conflict/verbs';
import { afterDatelineConflicts, datelineConflicts } from './date-conflict/dateline';
import { ageConflicts, twoAgeConflicts } from './date-conflict/ages';
import { baselineDayConflicts, selfComparisons } from './date-conflict/comparisons';
import { amountConflicts } from './date-conflict/amounts';
import { dividendConflicts } from './date-conflict/dividends';
import { orderConflicts } from './date-conflict/order';
import { changeConflicts } from './date-conflict/changes';
import { repeatedSentenceConflicts } from './date-conflict/repeated';
import { statementConflicts } from './date-conflict/statements';
import { countBetweenConflicts, laterCountConflicts, pastCountConflicts } from './date-conflict/countBetween';

export const dateConflict: Rule = {
  id: 'date-conflict',
  defaultSeverity: 'warning',
  description: 'Dates that contradict each other: a duration and its endpoints ("the three-day summit, 2 to 6 May"; "on Friday, six weeks after it began on Feb. 20" when that was two weeks), one event given two dates ("the summit" on 4 March and on 6 March; "convicted on Tuesday" and "was convicted on May 15"; "closed on March 4" and "its closure on March 6"), a relative date or a holiday and the calendar date beside it ("on Tuesday, 16 May" when that Tuesday is the 14th; "Christmas Eve, 23 December") or after its noun ("next month’s congress in Lyon on 9 August" in a story of June), a dateline that is not the publication date ("Brussels, 25 January 2015" on an article of 25 January 2016) or that comes before a day the story tells as past ("BUDAPEST, March 11" over "said here Friday", the 12th), a period compared with itself ("last year … up tenfold on 2004" in 2005), one sum dated to two periods ("a 800m euro loss in 2004" … "a loss of 800m euros in 2005"), a dividend payable before its record date ("payable Nov. 1 to stock of record Nov. 10"), a date moved the wrong way ("extended from Oct. 27 to Oct. 16"), one sentence told twice with two dates, one speaker\'s statement told twice with two days ("Clark said on Tuesday that 400 troops would go" … "Clark told reporters on Wednesday that 400 troops would go").',
  check({ article, dates, entities, figures }) {
    const all = [...durationConflicts(article, dates), ...spanConflicts(article, dates, 'year'), ...spanConflicts(article, dates, 'month'), ...spanConflicts(article, dates, 'yearOfMonths'), ...eventConflicts(article, dates), ...appositionConflicts(article, dates), ...holidayConflicts(article, dates), ...possessiveConflicts(article, dates), ...ageConflicts(article, dates, entities), ...twoAgeConflicts(article, entities), ...datelineConflicts(article, dates), ...afterDatelineConflicts(article, dates), ...selfComparisons(article, dates), ...baselineDayConflicts(article, dates), ...amountConflicts(article, dates, figures), ...countBetweenConflicts(article, dates), ...laterCountConflicts(article, dates), ...pastCountConflicts(article, dates), ...dividendConflicts(article, dates), ...orderConflicts(article, dates), ...changeConflicts(article, dates)];
    // Two checks that read one date the same way speak once, the first of them ("next month's congress in Lyon on 9
    // August" is both a possessive and an event's second date).
    const found = all.filter((f, i) => !all.slice(0, i).some((x) => x.start === f.start && x.end === f.end));
    // One event through its verb or its noun ("convicted on Tuesday" … "was convicted on May 15"), where no other check spoke.
    // …and one sentence told twice with two dates.
    // …and one speaker's statement dated twice.
    for (const f of [...verbEventConflicts(article, dates, entities), ...repeatedSentenceConflicts(article, dates), ...statementConflicts(article, dates, entities)]) if (!found.some((x) => x.start === f.start)) found.push(f);
    return found.sort((a, b) => a.start - b.start);
  },
};
