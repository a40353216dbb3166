// date-conflict, ages: a person's age given beside a name ("Kopp, 45,") and the birth date in the same sentence ("who
// was born in 1964") must agree on the publication date.
import { formatDay, fromDays, parseIsoDay } from '../../dates/calendar';
import { dateInWords } from '../../dates/describe';
import { firstTokenEndingAfter, languageOf, type Language } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { isCapitalised, isDigits } from '../../text/shape';
import { wordsAtEnd } from '../../dates/context';
import { interval } from './shared';

/** The oldest age read as one: a larger number beside a name is something else. */
const MAX_AGE = 120;
/** The words a birth date follows ("born in 1964", "born on 3 May 1950"). */
const BIRTH_PREPOSITIONS = new Set(['in', 'on']);

/**
 * Birth dates that contradict the age given in their sentence: a number of at most MAX_AGE between commas right after
 * a capitalised word ("Kopp, 45, who was born in 1964"), and a date after "born" or "born in|on". The person is as old as
 * the years from the birth date's first day to publication, or one year less when only the year or month is given and
 * the birthday may be still to come. The finding is on the birth date. Nothing without a `published` date.
 */
export function ageConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  if (!pub) return [];
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  for (const d of dates) {
    const span = d.kind === 'date' ? interval(d) : null;
    if (!span || !bornBefore(article.prose.slice(Math.max(0, d.start - 20), d.start))) continue;
    const age = ageInSentence(article, layer, d.start);
    if (age === null) continue;
    // The youngest and oldest the person can be on the publication day, from the first and last day the date covers.
    const oldest = yearsBetween(fromDays(span[0]), pub);
    const youngest = yearsBetween(fromDays(span[1]), pub);
    if (age.value >= youngest && age.value <= oldest) continue;
    const range = youngest === oldest ? `${youngest}` : `${youngest} or ${oldest}`;
    out.push({ start: d.start, end: d.end, message: `Someone born ${d.grain === 'day' ? 'on' : 'in'} ${dateInWords(d)} is ${range} on the publication date (${formatDay(pub)}), not ${age.value} (“${age.text}”).` });
  }
  return out;
}

/** Whether `before` ends with "born", perhaps with "in" or "on" after it. */
function bornBefore(before: string): boolean {
  const [last, previous] = wordsAtEnd(before, 2).reverse();
  return last === 'born' || (BIRTH_PREPOSITIONS.has(last ?? '') && previous === 'born');
}

/** Whole years from `from` to `to` (calendar days). */
function yearsBetween(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): number {
  return to.y - from.y - (to.m < from.m || (to.m === from.m && to.d < from.d) ? 1 : 0);
}

/** The age set between commas after a capitalised word in the sentence holding offset `at` ("Kopp, 45,"), or null. */
function ageInSentence(article: Article, layer: Language, at: number): { value: number; text: string } | null {
  const i = firstTokenEndingAfter(layer, at);
  const sentence = layer.sentences[layer.tokens[i]?.sentence ?? -1];
  if (!sentence) return null;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  for (let k = sentence.first + 2; k + 1 <= sentence.last; k++) {
    const n = word(k);
    if (!isDigits(n) || +n > MAX_AGE || word(k - 1) !== ',' || word(k + 1) !== ',' || !isCapitalised(word(k - 2))) continue;
    return { value: +n, text: `${word(k - 2)}, ${n},` };
  }
  return null;
}
