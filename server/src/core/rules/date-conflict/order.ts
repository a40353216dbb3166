// date-conflict, order of events: one sentence that tells one event as after (or before) another and dates both the
// other way round ("The bridge reopened on 4 March after repairs were completed on 6 March").
import { dateInWords } from '../../dates/describe';
import { languageOf, verbGroupsIn, type Language } from '../../language';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { interval } from './shared';

/** Words that tell the event of the clause they hang on as after the one their phrase names, or before it. */
const RELATIONS: ReadonlyMap<string, 'after' | 'before'> = new Map([['after', 'after'], ['following', 'after'], ['before', 'before']]);
/** Most tokens between a relation word and the date of the event it names ("after repairs to the bridge were completed on"). */
const PHRASE_REACH = 12;
/** Marks that end a clause between the two dates of one comparison. */
const CLAUSE_MARKS: ReadonlySet<string> = new Set([';', ':', '(', ')', '"', '“', '”']);

/**
 * Whether tokens [from, to), between a date and the relation word after it, hold only commas and adverbs ("on
 * Monday, shortly after") or a plural unit with no number ("days after"; a count is countBetween's): the relation
 * hangs on the date's clause with nothing else between.
 */
function bareLink(article: Article, layer: Language, from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = layer.tokens[k];
    const w = article.prose.slice(t.start, t.end);
    if (w !== ',' && t.pos !== 'ADV' && !(t.pos === 'NOUN' && UNITS.has(t.lemma) && w.toLowerCase().endsWith('s') && layer.tokens[k - 1]?.pos !== 'NUM')) return false;
  }
  return true;
}
/** Units of time a bare plural of which may stand before the relation word ("days after", "hours before"). */
const UNITS: ReadonlySet<string> = new Set(['hour', 'day', 'week', 'month']);

/**
 * Whether tokens [from, to) hold the phrase a relation word opens up to its date: at most PHRASE_REACH tokens, no
 * clause mark, no comma, no other relation word.
 */
function phraseTo(article: Article, layer: Language, from: number, to: number): boolean {
  if (to - from > PHRASE_REACH) return false;
  for (let k = from; k < to; k++) {
    const w = article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
    if (w === ',' || CLAUSE_MARKS.has(w) || RELATIONS.has(w)) return false;
  }
  return true;
}

/**
 * "reopened on 4 March after repairs were completed on 6 March", "After the vote on 8 March, he resigned on 5 March"
 * (slips82, slips83: the order of events): two resolved dates of one sentence, the first hanging on the clause whose
 * relation word ("after", "following", "before") opens a phrase that holds the second (a right after b's phrase, or b's
 * phrase opening the sentence before a comma and a's clause), whose days contradict the relation. One finding at the
 * date of the event the relation is told of. Durations, sets and times are left out; so is a relation with a count
 * ("six weeks after": countBetween.ts).
 */
export function orderConflicts(article: Article, dates: readonly DateMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const dated = dates.filter((d) => d.kind === 'date' && !!d.value && d.sentence >= 0 && !!interval(d));
  const out: RuleFinding[] = [];
  for (let i = 0; i + 1 < dated.length; i++) {
    const [first, second] = [dated[i], dated[i + 1]];
    if (first.sentence !== second.sentence) continue;
    const firstEnd = layer.tokenAt(first.end - 1) + 1;
    const secondStart = layer.tokenAt(second.start);
    if (firstEnd <= 0 || secondStart <= 0) continue;
    // a … relation … b: the relation word after a, b in its phrase.
    let relationAt = -1;
    for (let k = firstEnd; k < secondStart; k++) if (RELATIONS.has(word(k))) { relationAt = k; break; }
    let told: DateMention | null = null;
    let other: DateMention | null = null;
    let relation: 'after' | 'before' | null = null;
    let relationWord = -1;
    if (relationAt >= 0 && bareLink(article, layer, firstEnd, relationAt) && phraseTo(article, layer, relationAt + 1, secondStart)) {
      [told, other, relation, relationWord] = [first, second, RELATIONS.get(word(relationAt))!, relationAt];
    } else {
      // Relation … b, … a: the phrase opens the sentence and a comma closes it before a's clause.
      const opening = layer.sentences[layer.tokens[secondStart].sentence]?.first ?? -1;
      const opener = opening >= 0 ? word(opening) : '';
      const firstStart = layer.tokenAt(first.start);
      if (RELATIONS.has(opener) && firstStart > opening && phraseTo(article, layer, opening + 1, firstStart) && commaThenClause(article, layer, firstEnd, secondStart)) {
        [told, other, relation, relationWord] = [second, first, RELATIONS.get(opener)!, opening];
      }
    }
    if (!told || !other || !relation) continue;
    const [a, b] = [interval(told)!, interval(other)!];
    const wrong = relation === 'after' ? a[1] < b[0] : a[0] > b[1];
    if (!wrong) continue;
    out.push({
      start: told.start,
      end: told.end,
      message: `“${told.text}” (${dateInWords(told)}) is ${relation === 'after' ? 'before' : 'after'} “${other.text}” (${dateInWords(other)}), but “${word(relationWord)}” tells it as ${relation === 'after' ? 'later' : 'earlier'}.`,
    });
  }
  return out;
}

/** Whether tokens [from, to) are a comma and then a clause with a finite verb: "On 8 March, | he resigned". */
function commaThenClause(article: Article, layer: Language, from: number, to: number): boolean {
  const comma = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end) === ',';
  let k = from;
  while (k < to && !comma(k)) k++;
  return k < to && verbGroupsIn(layer, k + 1, to - 1).some((g) => g.tense !== 'none');
}
