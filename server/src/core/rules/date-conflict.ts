// date-conflict: dates that contradict each other, found by three separate checks (date-conflict/): a duration and
// its endpoints, one event given two dates, a relative date and the calendar date in apposition to it.
import type { Rule } from './rule';
import { appositionConflicts } from './date-conflict/appositions';
import { durationConflicts } from './date-conflict/durations';
import { eventConflicts } from './date-conflict/events';

export const dateConflict: Rule = {
  id: 'date-conflict',
  defaultSeverity: 'warning',
  description: 'Dates that contradict each other: a duration and its endpoints ("the three-day summit, 2 to 6 May"), one event given two dates, a relative date and the calendar date beside it ("on Tuesday, 16 May" when that Tuesday is the 14th).',
  check({ article, dates }) {
    return [...durationConflicts(article, dates), ...eventConflicts(article, dates), ...appositionConflicts(article, dates)].sort((a, b) => a.start - b.start);
  },
};
