// date-style: date formats mixed within one article, or off the configured style (AP: "Sept. 12, 2024", months alone spelled out, no "th").
import { MONTH_NAMES, pad } from '../dates/calendar';
import { readWrittenDate, writeAp, writeLike, type WrittenDate, type WrittenStyle } from '../dates/written';
import type { Fix } from '../types';
import type { Rule, RuleFinding } from './rule';

const STYLE_NAMES: Readonly<Record<WrittenStyle, string>> = {
  'md-abbr': 'abbreviated month first (“Sept. 12”)',
  'md-full': 'spelled-out month first (“September 12”)',
  md: 'month first (“March 3”)',
  dm: 'day first (“12 September”)',
  iso: 'ISO (“2024-09-12”)',
  numeric: 'numeric (“9/12/2024”)',
};

/** "Sept. 2025" → "September 2025": AP spells a month out when it stands without a day. */
const ABBREVIATED_MONTH_YEAR = /\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)\.?\s+(\d{4})\b/g;

export const dateStyle: Rule = {
  id: 'date-style',
  defaultSeverity: 'info',
  description: 'Date formats mixed within one article, or dates off the configured style (ap or iso).',
  check({ article, dates, config }) {
    const findings: RuleFinding[] = [];
    const written: WrittenDate[] = [];
    for (const d of dates) {
      if (d.kind !== 'date' || d.grain !== 'day') continue;
      const w = readWrittenDate(article.text.slice(d.start, d.end), d.start);
      if (!w || w.end > d.end) continue;
      // "the 5th of November" → "Nov. 5": the article goes too, or the edit leaves "the Nov. 5".
      const the = /\bthe\s+$/i.exec(article.text.slice(Math.max(0, w.start - 6), w.start));
      if (w.style === 'dm' && the) w.start -= the[0].length;
      written.push(w);
    }
    if (config.dateStyle === 'ap') {
      for (const w of written) {
        if (w.ap) continue;
        const ap = writeAp(w);
        findings.push({ start: w.start, end: w.end, message: `Not AP style: write “${ap}”.`, fixes: [{ title: 'Convert to AP style', preferred: true, edits: [{ start: w.start, end: w.end, newText: ap }] }] });
      }
      ABBREVIATED_MONTH_YEAR.lastIndex = 0;
      for (let m = ABBREVIATED_MONTH_YEAR.exec(article.prose); m; m = ABBREVIATED_MONTH_YEAR.exec(article.prose)) {
        const month = MONTH_NAMES.findIndex((n) => n.toLowerCase().startsWith(m![1].toLowerCase().slice(0, 3)));
        const ap = `${MONTH_NAMES[month]} ${m[2]}`;
        findings.push({ start: m.index, end: m.index + m[0].length, message: `Not AP style: a month without a day is spelled out (“${ap}”).`, fixes: [{ title: 'Convert to AP style', preferred: true, edits: [{ start: m.index, end: m.index + m[0].length, newText: ap }] }] });
      }
      return findings;
    }
    if (config.dateStyle === 'iso') {
      for (const w of written) {
        if (w.style === 'iso' || w.y === null) continue;
        const iso = `${w.y}-${pad(w.m)}-${pad(w.d)}`;
        findings.push({ start: w.start, end: w.end, message: `Not ISO 8601: write “${iso}”.`, fixes: [{ title: 'Convert to ISO 8601', preferred: true, edits: [{ start: w.start, end: w.end, newText: iso }] }] });
      }
      return findings;
    }
    // No configured style: the commonest style in the article is its style ("March 3" fits either month-first style).
    const counts = new Map<WrittenStyle, number>();
    for (const w of written) if (w.style !== 'md') counts.set(w.style, (counts.get(w.style) ?? 0) + 1);
    if (counts.size < 2) return findings;
    const main = [...counts.entries()].reduce((a, b) => (b[1] > a[1] ? b : a))[0];
    const model = written.find((w) => w.style === main)!;
    for (const w of written) {
      if (w.style === main || w.style === 'md') continue;
      const fixes: Fix[] = [];
      if (w.y !== null || model.y === null) {
        const newText = writeLike({ ...model, y: w.y, ordinal: model.ordinal }, { y: w.y ?? 0, m: w.m, d: w.d });
        fixes.push({ title: `Write as “${newText}”`, preferred: true, edits: [{ start: w.start, end: w.end, newText }] });
      }
      findings.push({ start: w.start, end: w.end, message: `Date style differs from the rest of the article: ${STYLE_NAMES[w.style]} here, ${STYLE_NAMES[main]} elsewhere.`, fixes });
    }
    return findings;
  },
};
