// The hover text for a figure: its normalised value, kind and what sources it.
import type { Attribution, FigureMention } from '../types';

const KIND_NAMES: Record<FigureMention['kind'], string> = {
  money: 'money', percent: 'percentage', count: 'count', measure: 'measure', ratio: 'ratio', rate: 'rate',
};

const NO_SOURCE_NEEDED: Record<NonNullable<FigureMention['noSourceNeeded']>['kind'], (restated: string, f: FigureMention) => string> = {
  conversion: (r) => `it converts “${r}” before it, which carries the source`,
  restatement: (r, f) => `it restates “${r}” before it${f.kind === 'percent' ? ' as a share' : f.kind === 'money' ? ' per share' : ''}, which carries the source`,
  headline: (r) => `the body gives this figure again (“${r}”), which carries the source`,
  result: () => 'a statistic of the game this article reports',
  record: () => 'a fixed fact of record about a place or body',
  market: () => 'a market’s level or move (an index, a share or commodity price) on the trading day this article reports',
  enumerated: () => 'a small count whose items the sentence names, so the reader can count them',
  'rate-base': (r) => `the unit a rate is quoted against; the rate (“${r}”) carries the source`,
  'own-account': () => 'the writer’s own account of what they saw or did (“I …”): the writer is the source',
  'story-count': () => 'a small count of the story’s own subjects (“two gamers”, “five insurers”), not a statistic',
  'legal-limit': () => 'the most a penalty the law sets may be (“a fine of up to …”), a fact of public record',
  table: () => 'a cell of a sports report’s results table (a line of numbers with no verb): a result of the events it reports',
};

function formatNumber(n: number): string {
  return n.toLocaleString('en-US', { maximumFractionDigits: 6 });
}

/** What the hover calls each kind of attribution. */
const ATTRIBUTION_KIND_NAMES: Record<Attribution['kind'], string> = {
  'according-to': 'attribution',
  verb: 'reporting verb',
  quote: 'attributed quote',
  results: 'the report of these results, earlier in the story',
  cite: 'citation',
  footnote: 'citation',
  link: 'citation',
};

/** Markdown for a hover, e.g. "**USD 5,000,000,000** (approximate) · money\n\nNo attribution or citation found in this sentence". */
export function describeFigure(f: FigureMention, scope: 'sentence' | 'paragraph' = 'sentence'): string {
  let value: string;
  if (f.value === null) value = `an unspecified number${f.unit ? ` (${f.unit})` : ''}`;
  else {
    const range = f.valueMax !== null && f.valueMax !== undefined ? `${formatNumber(f.value)}–${formatNumber(f.valueMax)}` : formatNumber(f.value);
    if (f.kind === 'money') value = `${f.unit ?? ''} ${range}`.trim();
    else if (f.kind === 'percent') value = f.unit === 'percentage points' ? `${range} percentage points` : `${range}%`;
    else if (f.kind === 'ratio') value = `${range}${f.unit ? ` (${f.unit})` : ''}`;
    else value = `${range}${f.unit ? ` ${f.unit}` : ''}`;
  }
  const notes = [f.vague ? 'vague' : '', f.approximate && !f.vague ? 'approximate' : ''].filter(Boolean);
  const head = `**${value}**${notes.length ? ` (${notes.join(', ')})` : ''} · ${KIND_NAMES[f.kind]}`;
  const source = f.attribution
    ? `Sourced by: “${f.attribution.text}” (${ATTRIBUTION_KIND_NAMES[f.attribution.kind]})`
    : f.noSourceNeeded ? `No source needed: ${NO_SOURCE_NEEDED[f.noSourceNeeded.kind](f.noSourceNeeded.restates?.text ?? '', f)}`
      : `No attribution or citation found in this ${scope}`;
  return `${head}\n\n${source}`;
}
