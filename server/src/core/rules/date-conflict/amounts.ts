// date-conflict, amounts: one sum of money given two periods ("expected to make a 800m euro loss in 2004" … "expected
// to make a loss of about 800m euros in 2005"), read from the figures and the linguistic layer.
import { valueInWords } from '../../dates/describe';
import { contextSet } from '../../dates/context';
import { languageOf, type Language } from '../../language';
import type { Article, DateMention, FigureMention } from '../../types';
import type { RuleFinding } from '../rule';
import { interval } from './shared';

/** Most tokens between the end of an amount's phrase and the preposition of its period ("a 800m euro ($1bn) loss in 2004"). */
const PERIOD_REACH = 3;
/** Most tokens before an amount searched for a word that makes its noun one of several ("another £5m loss"). */
const DETERMINER_REACH = 3;

/** A sum of money read with the noun it measures and the period it is dated to. */
interface DatedAmount {
  figure: FigureMention;
  /** Currency, value and the noun's lemma: two amounts with one key are the same sum of the same thing. */
  key: string;
  noun: string;
  date: DateMention;
}

/**
 * The noun a money figure measures, as the token index of its head: the noun right after it ("a 800m euro loss", a
 * bracketed conversion skipped: "a 800m euro ($1bn) loss") or the noun before "of" in front of it ("a loss of about
 * 800m euros"): the noun's index and the last token of the phrase, or null.
 */
function measuredNoun(layer: Language, f: FigureMention): { noun: number; end: number } | null {
  const tokens = layer.tokens;
  const first = layer.tokenAt(f.start);
  let after = layer.tokenAt(f.end - 1) + 1;
  if (tokens[after]?.lemma === '(') {
    let k = after + 1;
    while (k < tokens.length && tokens[k].sentence === f.sentence && tokens[k].lemma !== ')') k++;
    after = k + 1;
  }
  const next = tokens[after];
  if (next && next.sentence === tokens[first]?.sentence && next.pos === 'NOUN') return { noun: after, end: after };
  const of = tokens[first - 1];
  const head = tokens[first - 2];
  if (of?.lemma === 'of' && head?.pos === 'NOUN') return { noun: first - 2, end: layer.tokenAt(f.end - 1) };
  return null;
}

/**
 * The money figures of `figures` with the noun they measure and a period right after that phrase ("… loss in 2004",
 * data/dates-context.json amountPeriodPrepositions), one for each figure that has both and is not one of several
 * (distinguishingWords just before it: "another £5m loss").
 */
function datedAmounts(article: Article, dates: readonly DateMention[], figures: readonly FigureMention[]): DatedAmount[] {
  const layer = languageOf(article);
  const periods = dates.filter((d) => d.kind === 'date' && !!d.value && !d.rangeEnd && d.sentence >= 0);
  const out: DatedAmount[] = [];
  for (const figure of figures) {
    if (figure.kind !== 'money' || figure.value === null || figure.vague || figure.noSourceNeeded?.kind === 'conversion') continue;
    const measured = measuredNoun(layer, figure);
    if (!measured) continue;
    const opening = Math.min(measured.noun, layer.tokenAt(figure.start));
    const words = layer.tokens.slice(Math.max(0, opening - DETERMINER_REACH), opening).map((t) => article.prose.slice(t.start, t.end).toLowerCase());
    if (words.some((w) => contextSet('distinguishingWords').has(w))) continue;
    const date = periods.find((d) => {
      const at = layer.tokenAt(d.start);
      const preposition = layer.tokens[at - 1];
      return at > measured.end && at - measured.end <= PERIOD_REACH + 1 && layer.tokens[at].sentence === layer.tokens[measured.end].sentence && !!preposition && contextSet('amountPeriodPrepositions').has(preposition.lemma);
    });
    if (!date) continue;
    const noun = layer.tokens[measured.noun].lemma;
    out.push({ figure, noun, date, key: `${figure.unit}:${figure.value}:${noun}` });
  }
  return out;
}

/**
 * One sum of money for one thing (same currency, value and measured noun) dated to periods that cannot be the same, in
 * two sentences: "Fiat Auto is expected to make a 800m euro ($1bn) loss in 2004" … "is expected to make a loss of about
 * 800m euros in 2005" (slips62). A period that contains the other ("in 2004" … "in the fourth quarter of 2004") is no
 * conflict. One finding, at the later period.
 */
export function amountConflicts(article: Article, dates: readonly DateMention[], figures: readonly FigureMention[]): RuleFinding[] {
  const seen = new Map<string, DatedAmount>();
  const out: RuleFinding[] = [];
  for (const a of datedAmounts(article, dates, figures)) {
    const earlier = seen.get(a.key);
    if (!earlier) { seen.set(a.key, a); continue; }
    if (earlier.figure.sentence === a.figure.sentence) continue;
    const x = interval(earlier.date);
    const y = interval(a.date);
    if (!x || !y || (x[0] <= y[1] && y[0] <= x[1])) continue;
    out.push({ start: a.date.start, end: a.date.end, message: `“${a.date.text}” is ${valueInWords(a.date.value!)}, but the same ${a.noun} of ${a.figure.text} is dated ${valueInWords(earlier.date.value!)} earlier (“${earlier.date.text}”).` });
  }
  return out;
}
