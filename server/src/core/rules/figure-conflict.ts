// figure-conflict: the same counted thing in the same context given two different numbers in one article ("2,500 troops in Iraq" … "2,000 troops in Iraq").
import type { Article, FigureMention } from '../types';
import type { Rule, RuleFinding } from './rule';
import { hasSpace } from '../text/shape';

/** Words just before a figure that make it a change, a part or a different set rather than the same quantity restated. */
const NOT_A_RESTATEMENT = /\b(from|to|by|another|extra|additional|further|new|more|fewer|less|than|up|down|rose|fell|cut|cuts|added|adding|lost|losing|of|only|first|last|over|under|each|per|every|including|some|another|other)\s+(?:[\w’'-]+\s+)?$/i;
const YEAR = /\b(1[89]\d\d|20\d\d)\b/g;

export const figureConflict: Rule = {
  id: 'figure-conflict',
  defaultSeverity: 'warning',
  description: 'The same quantity given two different values in one article ("4,000 families applied" here, "4,500 families applied" later).',
  check({ article, figures }) {
    const findings: RuleFinding[] = [];
    const seen = new Map<string, FigureMention[]>();
    for (const f of figures) {
      if (!comparable(article, f)) continue;
      const key = `${f.kind}|${f.qualifier}`;
      const earlier = seen.get(key) ?? [];
      const clash = earlier.find((e) => e.sentence !== f.sentence && disagree(e, f) && sameTime(article, e, f));
      if (clash) {
        const line = article.lines.positionAt(clash.start).line + 1;
        const unit = f.unit ? ` ${f.unit}` : '';
        findings.push({ start: f.start, end: f.end, message: `Figure conflict: “${f.text}”${unit} here, but “${clash.text}”${unit} on line ${line}` });
      }
      earlier.push(f);
      seen.set(key, earlier);
    }
    return findings;
  },
};

/** The prepositions of a place that ends a figure's qualifier ("troops in iraq"). */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'from', 'on']);

/** Whether `qualifier` ends with a preposition and one word after it, a place (" in iraq"), past a word before them. */
function endsWithPlace(qualifier: string): boolean {
  const space = qualifier.lastIndexOf(' ');
  const place = qualifier.slice(space + 1);
  if (space < 0 || !place || hasSpace(place)) return false;
  const before = qualifier.slice(0, space);
  const preposition = before.slice(before.lastIndexOf(' ') + 1);
  return before.includes(' ') && PLACE_PREPOSITIONS.has(preposition);
}

function comparable(article: Article, f: FigureMention): boolean {
  if ((f.kind !== 'count' && f.kind !== 'measure') || f.vague || f.value === null || !f.unit || !f.qualifier) return false;
  // A bare noun ("people", "jobs") names too many different sets in one story; a place or a modifier pins it down.
  if (!endsWithPlace(f.qualifier) && f.qualifier.split(' ').length < 2) return false;
  // Only a figure whose own noun follows it, in a plain statement, is compared: not one after "=", an exchange rate's or
  // a conversion's value ("($1=1,000 Guinean francs)", slips97).
  const before = article.prose.slice(Math.max(0, f.start - 30), f.start);
  return !NOT_A_RESTATEMENT.test(before) && !before.trimEnd().endsWith('=');
}

function disagree(a: FigureMention, b: FigureMention): boolean {
  const lo = (f: FigureMention) => f.value!;
  const hi = (f: FigureMention) => f.valueMax ?? f.value!;
  if (lo(b) <= hi(a) && lo(a) <= hi(b)) return false; // ranges that overlap, or the same value
  if (a.approximate || b.approximate) {
    const x = hi(a) < lo(b) ? [hi(a), lo(b)] : [hi(b), lo(a)];
    return (x[1] - x[0]) / x[1] > 0.1; // "around 2,500" and "2,450" agree
  }
  return true;
}

/** Figures in sentences that name different years describe different moments. */
function sameTime(article: Article, a: FigureMention, b: FigureMention): boolean {
  const years = (f: FigureMention) => {
    const s = article.sentences[f.sentence];
    return new Set(s ? article.prose.slice(s.start, s.end).match(YEAR) ?? [] : []);
  };
  const ya = years(a);
  const yb = years(b);
  if (ya.size === 0 && yb.size === 0) return true;
  return ya.size === yb.size && [...ya].every((y) => yb.has(y));
}
