// date-style: date formats mixed within one article, or off the configured style (AP: "Sept. 12, 2024", months alone spelled out, no "th").
import { monthNames, pad } from '../dates/calendar';
import { impossibleDates, leapDayReading } from './impossible-date';
import { readWrittenDate, writeAp, writeLike, type WrittenDate, type WrittenStyle } from '../dates/written';
import { quotationAt } from '../language';
import { SpanIndex } from '../text/spanIndex';
import type { Fix } from '../types';
import type { Rule, RuleFinding } from './rule';
import { endsWithPhrase, phrases } from '../dates/context';
import { writesDayFirst } from '../dates/numericOrder';
import { datelineOf } from './date-conflict/dateline';

const THE = phrases(['the']);

const STYLE_NAMES: Readonly<Record<WrittenStyle, string>> = {
  'md-abbr': 'abbreviated month first',
  'md-full': 'spelled-out month first',
  md: 'month first',
  dm: 'day first',
  iso: 'ISO 8601',
  numeric: 'numeric',
};

/** "Sept. 2025" → "September 2025": AP spells a month out when it stands without a day. */
const ABBREVIATED_MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{4})\b/g;

export const dateStyle: Rule = {
  id: 'date-style',
  defaultSeverity: 'info',
  description: 'Date formats mixed within one article ("Sept. 2" beside "2 September"), or dates off the configured style (ap or iso).',
  check({ article, dates, config }) {
    const findings: RuleFinding[] = [];
    const written: WrittenDate[] = [];
    // A wire dateline's date is the desk system's stamp ("AMSTERDAM 1996-08-22"), not the article's style (slips99).
    const dateline = datelineOf(article, dates);
    for (const d of dates) {
      if (d === dateline) continue;
      // "the September 11 attacks", "9/11": an event's name keeps the form it is known by.
      if (d.kind !== 'date' || d.grain !== 'day' || d.event) continue;
      // A quoted date is the speaker's or the quoted document's ("In my parliamentary answer on March 17 2003 …"), not the article's style.
      if (config.dateStyle === 'none' && quotationAt(article, d.start)) continue;
      const w = readWrittenDate(article.text.slice(d.start, d.end), d.start, writesDayFirst(article));
      if (!w || w.end > d.end) continue;
      // "the 5th of November" → "Nov. 5": the article goes too, or the edit leaves "the Nov. 5".
      const before = article.text.slice(Math.max(0, w.start - 6), w.start);
      if (w.style === 'dm' && endsWithPhrase(before, THE)) w.start -= before.length - before.trimEnd().length + 'the'.length;
      written.push(w);
    }
    // A date that does not exist ("Feb. 30") is still written in a style: it counts, so that correcting its day
    // does not bring a style finding the article had all along.
    const impossible = new Set<WrittenDate>();
    for (const { written: w } of impossibleDates(article.prose, leapDayReading(article), writesDayFirst(article))) {
      if (config.dateStyle === 'none' && quotationAt(article, w.start)) continue;
      written.push(w);
      impossible.add(w);
    }
    written.sort((a, b) => a.start - b.start);
    if (config.dateStyle === 'ap') {
      for (const w of written) {
        if (w.ap) continue;
        // A date that does not exist is off style all the same, but impossible-date's to correct first: no rewrite.
        if (impossible.has(w)) { findings.push({ start: w.start, end: w.end, message: 'Not AP style (and the date does not exist: correct it first).', fixes: [] }); continue; }
        const ap = writeAp(w);
        findings.push({ start: w.start, end: w.end, message: `Not AP style: write “${ap}”.`, fixes: [{ title: 'Convert to AP style', preferred: true, edits: [{ start: w.start, end: w.end, newText: ap }] }] });
      }
      // A month and year inside a full date ("12 Sept 2025") is that date's to convert, not a month standing alone.
      const days = new SpanIndex(dates.filter((d) => d.grain === 'day'));
      ABBREVIATED_MONTH_YEAR.lastIndex = 0;
      for (let m = ABBREVIATED_MONTH_YEAR.exec(article.prose); m; m = ABBREVIATED_MONTH_YEAR.exec(article.prose)) {
        if (days.overlapping({ start: m.index, end: m.index + m[0].length })) continue;
        const month = monthNames().findIndex((n) => n.toLowerCase().startsWith(m![1].toLowerCase().slice(0, 3)));
        const ap = `${monthNames()[month]} ${m[2]}`;
        findings.push({ start: m.index, end: m.index + m[0].length, message: `Not AP style: a month without a day is spelled out (“${ap}”).`, fixes: [{ title: 'Convert to AP style', preferred: true, edits: [{ start: m.index, end: m.index + m[0].length, newText: ap }] }] });
      }
      return findings;
    }
    if (config.dateStyle === 'iso') {
      for (const w of written) {
        if (w.style === 'iso' || w.y === null) continue;
        if (impossible.has(w)) { findings.push({ start: w.start, end: w.end, message: 'Not ISO 8601 (and the date does not exist: correct it first).', fixes: [] }); continue; }
        const iso = `${w.y}-${pad(w.m)}-${pad(w.d)}`;
        findings.push({ start: w.start, end: w.end, message: `Not ISO 8601: write “${iso}”.`, fixes: [{ title: 'Convert to ISO 8601', preferred: true, edits: [{ start: w.start, end: w.end, newText: iso }] }] });
      }
      return findings;
    }
    // No configured style: the article's own style is the commonest on each axis, order first (month-day, day-month,
    // ISO, numeric), then, among month-first dates, the month's form ("Sept. 12" or "September 12"; "March 3" fits both).
    // On a tie the earlier style is the article's, so the later date is the odd one out.
    const order = (w: WrittenDate): string => (w.style === 'dm' || w.style === 'iso' || w.style === 'numeric' ? w.style : 'md');
    const form = (w: WrittenDate): string | null => (w.style === 'md-abbr' || w.style === 'md-full' ? w.style : null);
    const odd = new Map<WrittenDate, string>();
    const main = (axis: (w: WrittenDate) => string | null, among: WrittenDate[]): string | null => {
      const counts = new Map<string, number>();
      for (const w of among) {
        const k = axis(w);
        if (k !== null) counts.set(k, (counts.get(k) ?? 0) + 1);
      }
      if (counts.size < 2) return null;
      return [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    };
    const mainOrder = main(order, written);
    for (const w of written) if (mainOrder !== null && order(w) !== mainOrder) odd.set(w, mainOrder === 'md' ? 'md' : mainOrder);
    const monthFirst = written.filter((w) => order(w) === 'md');
    const mainForm = mainOrder === 'md' || mainOrder === null ? main(form, monthFirst) : null;
    for (const w of monthFirst) if (mainForm !== null && form(w) !== null && form(w) !== mainForm) odd.set(w, mainForm);
    // The model a date is rewritten like depends only on its target style: found once per target.
    const models = new Map<string, WrittenDate>();
    const modelFor = (target: string): WrittenDate => {
      let model = models.get(target);
      if (!model) {
        model = written.find((x) => !odd.has(x) && (target === 'md' ? order(x) === 'md' && form(x) !== null : x.style === target)) ?? written.find((x) => !odd.has(x))!;
        models.set(target, model);
      }
      return model;
    };
    for (const [w, target] of odd) {
      const model = modelFor(target);
      const fixes: Fix[] = [];
      if (w.y !== null || model.y === null) {
        const newText = target === 'md' && form(model) === null ? writeAp(w) : writeLike({ ...model, y: w.y }, { y: w.y ?? 0, m: w.m, d: w.d });
        fixes.push({ title: `Write as “${newText}”`, preferred: true, edits: [{ start: w.start, end: w.end, newText }] });
      }
      // The article's own dates, not examples: "“June 29” is month first; the article's other dates are day first (“14 June”)".
      const ours = (x: WrittenDate) => `“${article.text.slice(x.start, x.end)}”`;
      findings.push({ start: w.start, end: w.end, message: `Date style differs from the rest of the article: ${ours(w)} is ${STYLE_NAMES[w.style]}; its other dates are ${STYLE_NAMES[target as WrittenStyle]} (${ours(model)}).`, fixes });
    }
    findings.sort((a, b) => a.start - b.start);
    return findings;
  },
};
