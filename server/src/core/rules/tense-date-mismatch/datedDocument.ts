// tense-date-mismatch, a document dated after publication: "The letter, dated Feb. 14, was released on Thursday" in a
// story of 10 February 2000 (slips111: "dated Feb. 4" rewritten "Feb. 14"). "Dated" tells the date a letter, memo or
// order bears: it was written by then, so a date after publication is a slip whatever the clause's tense.
import { formatDay, toDays, valueInterval, type Ymd } from '../../dates/calendar';
import { dateInWords } from '../../dates/describe';
import { contextSet } from '../../dates/context';
import { languageOf } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';

/**
 * Date `d` (a day or a month) right after the participle "dated" (the tagger's verb of lemma "date"; "on" may stand
 * between: "a memo dated on 3 May") after a common noun that names no periodical, when the whole of it lies after
 * `published`: one finding at the date, else null.
 * Not "updated" or "backdated" (other words), and not "dated back to" (no date right after).
 */
export function datedAheadFinding(article: Article, d: DateMention, published: Ymd): RuleFinding | null {
  if (d.kind !== 'date' || (d.grain !== 'day' && d.grain !== 'month')) return null;
  const span = valueInterval(d.value);
  if (!span || span[0] <= toDays(published) || !afterDated(article, d)) return null;
  return {
    start: d.start,
    end: d.end,
    message: `A document “dated” ${dateInWords(d)}, which is after the publication date (${formatDay(published)}): it bears the day it was written, which cannot still be to come.`,
  };
}

/**
 * Whether date `d` stands right after the participle "dated" (perhaps "on" between) after a common noun, a comma
 * perhaps between, that names no periodical: a newspaper's or magazine's edition bears a cover date ahead ("afternoon
 * daily Le Monde, dated Aug 23" on the 22nd; data/dates-context.json periodicalNouns).
 */
function afterDated(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const first = layer.tokenAt(d.start);
  const word = (k: number) => (k >= 0 ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const k = word(first - 1) === 'on' ? first - 2 : first - 1;
  const t = layer.tokens[k];
  if (first < 1 || !t || t.sentence !== layer.tokens[first].sentence || word(k) !== 'dated' || t.lemma !== 'date') return false;
  const noun = word(k - 1) === ',' ? k - 2 : k - 1;
  return noun >= 0 && layer.tokens[noun].pos === 'NOUN' && !contextSet('periodicalNouns').has(layer.tokens[noun].lemma);
}
