// weekday-mismatch: a weekday written next to a date it does not fall on ("Wednesday, Sept. 12, 2024" is a Thursday).
import { addDays, daysInMonth, formatDay, isoDay, parseIsoDay, toDays, weekdayNames, weekdayOf, type Ymd } from '../dates/calendar';
import { readYearlessDay } from '../dates/resolve';
import { readWrittenDate, writeLike } from '../dates/written';
import { monthNumber, WEEKDAY_INDEX, WEEKDAY_RE } from '../dates/expr';
import type { Article, DateMention, Fix, Span } from '../types';
import type { Rule, RuleFinding } from './rule';
import { isDigits } from '../text/shape';

/** The day and its ordinal suffix in a date written with one ("Friday 12th September" → "12th"): its first number and the two letters after. */
function ordinalIn(written: string): string {
  let i = 0;
  while (!isDigits(written[i])) i++;
  let j = i;
  while (isDigits(written[j])) j++;
  return written.slice(i, j + 2);
}
import { hasDigit, hasLetter, withoutFullStop, wordsOf } from '../text/shape';
import { writesDayFirst } from '../dates/numericOrder';

/** The weekday in the form the text used: "Thursday", "Thu.", "Thurs.". */
function weekdayLike(written: string, weekday: number): string {
  const full = weekdayNames()[weekday];
  if (!written.endsWith('.')) return full;
  const length = written.length - 1;
  return `${weekday === 4 && length >= 5 ? 'Thurs' : weekday === 2 && length === 4 ? 'Tues' : full.slice(0, 3)}.`;
}

export const weekdayMismatch: Rule = {
  id: 'weekday-mismatch',
  defaultSeverity: 'error',
  description: 'A weekday written next to a date it does not fall on ("Wednesday, Sept. 12, 2024", a Thursday; "resigned yesterday (Tuesday)"; "Monday, the 8th").',
  check({ article, dates }) {
    const findings: RuleFinding[] = [];
    for (const d of dates) {
      const day = d.grain === 'day' ? parseIsoDay(d.value) : null;
      // Only a date written out beside the weekday ("Thursday, 12 Sept.", "Sunday, March eighth", slips106), not
      // "Thursday, five weeks after".
      const dayWritten = article.text.slice(d.weekdaySpan?.end ?? d.end, d.end);
      if (!day || d.weekday === undefined || !d.weekdaySpan || !(hasDigit(dayWritten) || wordsOf(dayWritten).some((w) => monthNumber(w) !== null))) continue;
      const actual = weekdayOf(day);
      if (actual === d.weekday) continue;
      const writtenWeekday = article.text.slice(d.weekdaySpan.start, d.weekdaySpan.end);
      const fixes: Fix[] = [];
      const newWeekday = weekdayLike(writtenWeekday, actual);
      fixes.push({ title: `Change the weekday to ${newWeekday}`, preferred: true, edits: [{ ...d.weekdaySpan, newText: newWeekday }] });
      const written = readWrittenDate(article.text.slice(d.weekdaySpan.start, d.end), d.weekdaySpan.start, writesDayFirst(article));
      let delta = (d.weekday - actual + 7) % 7;
      if (delta > 3) delta -= 7;
      const target = addDays(day, delta);
      // A day-first numeric date moved to a day of 12 or less would read month first ("12/03/2024"): no date fix.
      if (written && !(written.dayFirst && target.d <= 12)) {
        // A new date on the other side of publication would contradict the sentence's tense ("will meet on …" moved
        // into the past): then only the weekday is offered.
        const published = article.frontMatter?.published ?? null;
        if (published && Math.sign(isoDay(day).localeCompare(published)) * Math.sign(isoDay(target).localeCompare(published)) < 0) {
          findings.push({ start: d.start, end: d.end, message: `${dayInWords(day)} is a ${weekdayNames()[actual]}, not a ${weekdayNames()[d.weekday]}.`, fixes });
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
          edit.newText = ordinalIn(preview);
        }
        fixes.push({ title: `Change the date to ${preview} (the nearest ${weekdayNames()[d.weekday]})`, edits: [edit] });
      }
      findings.push({
        start: d.start,
        end: d.end,
        message: `${dayInWords(day)} is a ${weekdayNames()[actual]}, not a ${weekdayNames()[d.weekday]}.`,
        fixes,
      });
    }
    findings.push(...apposedWeekdays(article, dates));
    return findings;
  },
};

/**
 * Between a date and a weekday set beside it: a comma or an opening bracket ("yesterday (Tuesday)", "Monday, Nov.
 * 11"), or a comma and an article before the weekday ("Oct. 26, a Friday").
 */
const APPOSED = /^[^\S\r\n]*(?:,[^\S\r\n]*(?:an?[^\S\r\n]+)?|\([^\S\r\n]*)$/;
/** "the 26th, a " before a weekday: the day of the month in words of its own, then the weekday it fell on. */
const ORDINAL_BEFORE = /\bthe[^\S\r\n]+(\d{1,2})(st|nd|rd|th),[^\S\r\n]+(?:an?[^\S\r\n]+)?$/;
/** "(Tuesday)" right after a date. */
const BRACKETED_WEEKDAY = new RegExp(`^[^\\S\\r\\n]*\\([^\\S\\r\\n]*(${WEEKDAY_RE})[^\\S\\r\\n]*\\)`);
/** Between a weekly day and the date it starts on: "from", "starting", "beginning", perhaps "on". */
const RECURRING_START = /^[^\S\r\n]+(?:from|starting|beginning)(?:[^\S\r\n]+on)?[^\S\r\n]+$/i;
/** "every " or "each " right before a weekday: a day of every week. */
const EVERY_BEFORE = /\b(?:every|each)[^\S\r\n]+$/i;
/** ", the 8th" after a weekday: the day of the month in words of its own. */
const ORDINAL_DAY = /^,?[^\S\r\n]+the[^\S\r\n]+(\d{1,2})(?:st|nd|rd|th)\b/;

/**
 * A weekday set beside a date written apart from it: "resigned yesterday (Tuesday)", "on Monday (Nov. 12)",
 * "on Monday, the 8th", or a weekly day and the date it starts on ("each Thursday from August 6"). The date must fall on that weekday. "The 8th" is read in the month, of the three around the
 * weekday's own reading, that puts it nearest. Offsets into the article; each finding offers the right weekday.
 */
function apposedWeekdays(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const text = article.text;
  const bareWeekday = (d: DateMention) => d.weekday !== undefined && !hasDigit(d.text) && d.weekdaySpan !== undefined;
  const dayOf = (d: DateMention) => (d.grain === 'day' && d.weekday === undefined ? parseIsoDay(d.value) : null);
  const report = (weekday: { weekday: number; span: Span }, day: Ymd, start: number, end: number, what: string) => {
    const actual = weekdayOf(day);
    if (actual === weekday.weekday) return;
    const newWeekday = weekdayLike(text.slice(weekday.span.start, weekday.span.end), actual);
    out.push({
      start, end,
      message: `${what} is ${formatDay(day)}, a ${weekdayNames()[actual]}, not a ${weekdayNames()[weekday.weekday]}.`,
      fixes: [{ title: `Change the weekday to ${newWeekday}`, preferred: true, edits: [{ ...weekday.span, newText: newWeekday }] }],
    });
  };
  const of = (d: DateMention) => ({ weekday: d.weekday!, span: d.weekdaySpan! });
  dates.forEach((x, i) => {
    // "resigned yesterday (Tuesday)": a weekday in brackets that the recogniser leaves to the date before it.
    const bracketed = dayOf(x) ? BRACKETED_WEEKDAY.exec(text.slice(x.end, x.end + 16)) : null;
    if (bracketed) {
      const start = x.end + bracketed[0].indexOf(bracketed[1]);
      const weekday = WEEKDAY_INDEX[withoutFullStop(bracketed[1].toLowerCase())];
      report({ weekday, span: { start, end: start + bracketed[1].length } }, dayOf(x)!, x.start, x.end + bracketed[0].length, `“${x.text}”`);
      return;
    }
    const y = dates[i + 1];
    const between = y ? text.slice(x.end, y.start) : '';
    // "each Thursday from August 6": a weekly day and the date it starts on, which falls on it (slips92).
    const weekly = y && bareWeekday(x) && RECURRING_START.test(between) && EVERY_BEFORE.test(text.slice(Math.max(0, x.weekdaySpan!.start - 8), x.weekdaySpan!.start));
    if (weekly && dayOf(y)) {
      report(of(x), dayOf(y)!, x.start, y.end, `“${y.text}”, where the ${weekdayNames()[x.weekday!]}s start,`);
      return;
    }
    if (y && APPOSED.test(between) && (!between.includes('(') || text[y.end] === ')')) {
      // An article stands only before the weekday ("Oct. 26, a Friday").
      const withArticle = hasLetter(between);
      const [weekday, other] = bareWeekday(y) ? [y, x] : bareWeekday(x) && !withArticle ? [x, y] : [null, null];
      const day = other ? dayOf(other) : null;
      if (weekday && other && day) report(of(weekday), day, x.start, y.end + (text[y.end] === ')' ? 1 : 0), `“${other.text}”`);
      return;
    }
    const after = bareWeekday(x) ? ORDINAL_DAY.exec(text.slice(x.end, x.end + 16)) : null;
    const before = bareWeekday(x) && !after ? ORDINAL_BEFORE.exec(text.slice(Math.max(0, x.start - 24), x.start)) : null;
    const ordinal = after ?? before;
    const near = ordinal ? parseIsoDay(x.value) : null;
    if (!ordinal || !near) return;
    const n = Number(ordinal[1]);
    const candidates = [-1, 0, 1].map((k) => ({ y: near.y + Math.floor((near.m - 1 + k) / 12), m: ((near.m - 1 + k + 12) % 12) + 1, d: n })).filter((c) => c.d >= 1 && c.d <= daysInMonth(c.y, c.m));
    if (candidates.length === 0) return;
    const day = candidates.reduce((a, b) => (Math.abs(toDays(b) - toDays(near)) < Math.abs(toDays(a) - toDays(near)) ? b : a));
    if (after) report(of(x), day, x.start, x.end + after[0].length, `“the ${after[1]}${after[0].slice(-2)}”`);
    else report(of(x), day, x.start - before![0].length, x.end, `“the ${before![1]}${before![2]}”`);
  });
  return out;
}

/** "13 Nov 1989": a day without its weekday, which the message names apart ("… is a Monday, not a Tuesday"). */
function dayInWords(day: Ymd): string {
  const written = formatDay(day);
  return written.slice(written.indexOf(' ') + 1);
}
