// weekday-mismatch: a weekday written next to a date it does not fall on ("Wednesday, Sept. 12, 2024" is a Thursday).
import { addDays, formatDay, isoDay, parseIsoDay, WEEKDAY_NAMES, weekdayOf } from '../dates/calendar';
import { readYearlessDay } from '../dates/resolve';
import { readWrittenDate, writeLike } from '../dates/written';
import type { Fix } from '../types';
import type { Rule, RuleFinding } from './rule';

/** The weekday in the form the text used: "Thursday", "Thu.", "Thurs.". */
function weekdayLike(written: string, weekday: number): string {
  const full = WEEKDAY_NAMES[weekday];
  if (!written.endsWith('.')) return full;
  const length = written.length - 1;
  return `${weekday === 4 && length >= 5 ? 'Thurs' : weekday === 2 && length === 4 ? 'Tues' : full.slice(0, 3)}.`;
}

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  description: 'A weekday written next to a date it does not fall on ("Wednesday, Sept. 12, 2024", a Thursday).',
  check({ article, dates }) {
    const findings: RuleFinding[] = [];
    for (const d of dates) {
      const day = d.grain === 'day' ? parseIsoDay(d.value) : null;
      // Only a date written out beside the weekday ("Thursday, 12 Sept."), not "Thursday, five weeks after".
      if (!day || d.weekday === undefined || !d.weekdaySpan || !/\d/.test(article.text.slice(d.weekdaySpan.end, d.end))) continue;
      const actual = weekdayOf(day);
      if (actual === d.weekday) continue;
      const writtenWeekday = article.text.slice(d.weekdaySpan.start, d.weekdaySpan.end);
      const fixes: Fix[] = [];
      const newWeekday = weekdayLike(writtenWeekday, actual);
      fixes.push({ title: `Change the weekday to ${newWeekday}`, preferred: true, edits: [{ ...d.weekdaySpan, newText: newWeekday }] });
      const written = readWrittenDate(article.text.slice(d.weekdaySpan.start, d.end), d.weekdaySpan.start);
      let delta = (d.weekday - actual + 7) % 7;
      if (delta > 3) delta -= 7;
      const target = addDays(day, delta);
      // A day-first numeric date moved to a day of 12 or less would read month first ("12/03/2024"): no date fix.
      if (written && !(written.dayFirst && target.d <= 12)) {
        // A new date on the other side of publication would contradict the sentence's tense ("will meet on …" moved
        // into the past): then only the weekday is offered.
        const published = article.frontMatter?.published ?? null;
        if (published && Math.sign(isoDay(day).localeCompare(published)) * Math.sign(isoDay(target).localeCompare(published)) < 0) {
          findings.push({ start: d.start, end: d.end, message: `${formatDay(day)} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[d.weekday]}.`, fixes });
          continue;
        }
        // Without a year the new day could be read in another year (it may move into the two months around
        // publication, where the nearest reading wins): then the fix writes the year, so that it settles.
        const pub = article.frontMatter?.published ? parseIsoDay(article.frontMatter.published) : null;
        const needsYear = written.y === null && pub !== null && readYearlessDay(target.m, target.d, pub, d.tense ?? null) !== isoDay(target);
        const like = needsYear ? { ...written, y: target.y } : written;
        const sameMonth = target.m === day.m && target.y === day.y && !needsYear;
        const edit = sameMonth
          ? { ...written.day, newText: String(target.d) }
          : { start: written.start, end: written.end, newText: writeLike(like, target) };
        const preview = writeLike(like, target);
        if (sameMonth && written.ordinal) {
          edit.end = written.day.end + written.ordinal.length;
          edit.newText = preview.match(/\d+(?:st|nd|rd|th)/)![0];
        }
        fixes.push({ title: `Change the date to ${preview} (the nearest ${WEEKDAY_NAMES[d.weekday]})`, edits: [edit] });
      }
      findings.push({
        start: d.start,
        end: d.end,
        message: `${formatDay(day)} is a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[d.weekday]}.`,
        fixes,
      });
    }
    return findings;
  },
};
