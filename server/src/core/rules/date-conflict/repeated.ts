// date-conflict, repeated sentences: one sentence told twice with two dates ("… announced by the Prime Minister in
// New York today" … "… announced by the Prime Minister in New York on Monday"), a lead pasted twice and edited once.
import { valueInWords } from '../../dates/describe';
import type { Article, DateMention } from '../../types';
import type { RuleFinding } from '../rule';
import { apart } from './shared';
import { wordsOf } from '../../text/shape';
import { languageOf, verbGroupsIn, type Language } from '../../language';
import { governingVerb } from '../../dates/governor';

/** Fewest words a sentence has, its dates left out, to count as told again rather than as a stock phrase ("It closed on Monday."). */
const MIN_WORDS = 12;
/** How much of a line's opening is read for a list or table mark, in UTF-16 code units (indentation and "123."). */
const LINE_OPENING_REACH = 40;

/**
 * A sentence whose words, its dates left out, repeat an earlier sentence's, with as many dates, one of which names
 * days apart from the earlier one's in the same place: the same sentence dated twice (slips80). One finding at the
 * later date. Sentences of list items and table rows, and sentences that tell a plan, are left out (an itinerary
 * lists one meeting a day). Linear:
 * each sentence is keyed once.
 */
export function repeatedSentenceConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const bySentence = new Map<number, DateMention[]>();
  for (const d of dates) {
    if (d.kind !== 'date' || d.sentence < 0 || !d.value) continue;
    const list = bySentence.get(d.sentence);
    if (list) list.push(d);
    else bySentence.set(d.sentence, [d]);
  }
  const seen = new Map<string, DateMention[]>();
  const out: RuleFinding[] = [];
  const layer = languageOf(article);
  for (const [s, own] of bySentence) {
    // A plan may be told again for another day ("On Monday, the Secretary will meet …"); what happened happened once.
    if (plans(article, layer, s, own)) continue;
    const key = maskedWords(article, s, own);
    if (!key) continue;
    const earlier = seen.get(key);
    if (!earlier) {
      seen.set(key, own);
      continue;
    }
    if (earlier.length !== own.length) continue;
    const k = own.findIndex((d, i) => apart(d, earlier[i]));
    if (k < 0) continue;
    const [d, e] = [own[k], earlier[k]];
    out.push({ start: d.start, end: d.end, message: `This sentence repeats an earlier one word for word but dates it ${valueInWords(d.value!)} (“${d.text}”) where the earlier one gave ${valueInWords(e.value!)} (“${e.text}”).` });
  }
  return out;
}

/**
 * Whether sentence `s` of the layer tells a plan: the verb that governs one of its dates (`own`; dates/governor.ts
 * governingVerb) looks ahead, or, when no date has such a verb, a verb group of the sentence does (future, modal or
 * prospective: "will meet", "could open", "is to visit"). A future in a clause of its own does not make the sentence a
 * plan: "A £10 billion investment which will create thousands of jobs has been announced … today" (slips88).
 */
function plans(article: Article, layer: Language, s: number, own: readonly DateMention[]): boolean {
  const sentence = layer.sentences[s];
  if (!sentence) return false;
  const governors = own.map((d) => governingVerb(article, d)).filter((g) => g !== null);
  if (governors.length > 0) return governors.some((g) => g.tense === 'future' || g.plan);
  return verbGroupsIn(layer, sentence.first, sentence.last).some((g) => g.tense === 'future' || g.modal !== null || g.prospective);
}

/**
 * Sentence `s`'s words, lower case, with each of its dates (`own`, in text order) replaced by one mark, joined by
 * single spaces; null when fewer than MIN_WORDS words remain or the sentence opens a list item or a table row.
 */
function maskedWords(article: Article, s: number, own: readonly DateMention[]): string | null {
  const sentence = article.sentences[s];
  // (Only the line's first two characters after its indentation matter: a bounded slice of a long line.)
  const lineStart = article.lines.lineStartAt(sentence.start);
  const lead = article.text.slice(lineStart, Math.min(sentence.start, lineStart + LINE_OPENING_REACH)).trimStart();
  const opener = lead === '' ? article.text.slice(sentence.start, sentence.start + 2) : lead.slice(0, 2);
  const numbered = opener[0] >= '0' && opener[0] <= '9' && NUMBER_ENDS.has(opener[1]);
  if (LIST_MARKS.has(opener[0]) || numbered) return null;
  let text = '';
  let at = sentence.start;
  for (const d of own) {
    // ("in New York today" and "in New York on Monday": a date's own preposition goes with it.)
    const before = wordsOf(article.prose.slice(at, d.start).toLowerCase());
    if (DATE_PREPOSITIONS.has(before.at(-1) ?? '')) before.pop();
    text += `${before.join(' ')} \u0000 `;
    at = d.end;
  }
  text += article.prose.slice(at, sentence.end).toLowerCase();
  const words = wordsOf(text);
  return words.length - own.length >= MIN_WORDS ? words.join(' ') : null;
}

/** Prepositions that open a date ("on Monday", "in March", "at the weekend"). */
const DATE_PREPOSITIONS = new Set(['on', 'in', 'at']);
/** Marks that open a list item or a table row in Markdown. */
const LIST_MARKS = new Set(['-', '*', '+', '|']);
/** What follows a numbered list item's number ("1." or "1)"). */
const NUMBER_ENDS = new Set(['.', ')']);
