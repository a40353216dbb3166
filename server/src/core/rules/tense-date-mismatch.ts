// tense-date-mismatch: past tense about a date after publication, or "will" about a date before it.
import { formatDay, parseIsoDay, toDays } from '../dates/calendar';
import { valueInWords } from '../dates/describe';
import { wordList } from '../dates/words';
import type { DateMention } from '../types';
import type { Rule, RuleFinding } from './rule';

/** First and last day a value covers (day, month, year); null for grains this rule leaves alone. */
function interval(d: DateMention): [number, number] | null {
  const v = d.value ?? '';
  let m: RegExpExecArray | null;
  const day = parseIsoDay(v);
  if (day) return [toDays(day), toDays(day)];
  if ((m = /^(\d{4})-(\d{2})$/.exec(v))) return [toDays({ y: +m[1], m: +m[2], d: 1 }), toDays({ y: +m[1] + (+m[2] === 12 ? 1 : 0), m: (+m[2] % 12) + 1, d: 1 }) - 1];
  if ((m = /^(\d{4})$/.exec(v))) return [toDays({ y: +m[1], m: 1, d: 1 }), toDays({ y: +m[1], m: 12, d: 31 })];
  return null;
}

/** The cue must govern the date: close, in the same clause, and not a verb reporting someone's words. */
function governs(text: string, d: DateMention): boolean {
  const cue = d.tenseCue!;
  const between = cue.end <= d.start ? text.slice(cue.end, d.start) : text.slice(d.end, cue.start);
  if (between.length > 25 || /[;:,()“”"]|\b(?:that|which|who|when|while|but|and)\b/i.test(between)) return false;
  return !wordList('dates-reporting-verbs.txt').has(text.slice(cue.start, cue.end).toLowerCase());
}

export const tenseDateMismatch: Rule = {
  id: 'tense-date-mismatch',
  defaultSeverity: 'warning',
  description: 'Past tense about a date after the publication date, or "will" about a date before it.',
  check({ article, dates }) {
    const findings: RuleFinding[] = [];
    const published = parseIsoDay(article.frontMatter?.published ?? null);
    if (!published) return findings;
    const pub = toDays(published);
    for (const d of dates) {
      // A date whose year or direction was chosen by the tense agrees with it by construction.
      if (d.kind !== 'date' || d.resolvedBy === 'tense' || !d.tenseCue || !d.tense || !governs(article.text, d)) continue;
      const span = interval(d);
      if (!span) continue;
      const cue = article.text.slice(d.tenseCue.start, d.tenseCue.end);
      const perfect = /^\s+have\b/i.test(article.text.slice(d.tenseCue.end, d.tenseCue.end + 6));
      if (d.tense === 'past' && span[0] > pub) {
        findings.push({ start: d.start, end: d.end, message: `Past tense (“${cue}”) about ${valueInWords(d.value!)}, which is after the publication date (${formatDay(published)}).` });
      } else if (d.tense === 'future' && !perfect && /^(?:will|shall|'ll|won't)$/i.test(cue.replace(/^\w+(?='ll$)/, '')) && span[1] < pub) {
        findings.push({ start: d.start, end: d.end, message: `Future tense (“${cue}”) about ${valueInWords(d.value!)}, which is before the publication date (${formatDay(published)}).` });
      }
    }
    return findings;
  },
};
