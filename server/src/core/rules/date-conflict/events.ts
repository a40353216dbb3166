// date-conflict, events: one event given two dates ("the summit" on 4 March here, 6 March later).
import { isoDay, parseIsoDay } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { eventNounBefore } from '../../dates/events';
import { readWrittenDate, writeLike } from '../../dates/written';
import { readYearlessDay } from '../../dates/resolve';
import { wordClasses } from '../../dates/words';
import type { Article, DateMention, Fix } from '../../types';
import type { RuleFinding } from '../rule';
import { interval } from './shared';
import { endsPossessive } from '../../text/shape';

const DISTINGUISHING = /^(?:first|second|third|fourth|fifth|last|next|previous|new|rescheduled|postponed|final|opening|another|other|each|every|following|earlier|later|latest|recent|annual|weekly|monthly|1st|2nd|3rd|4th|5th|semi|quarter)$/i;
const DETERMINER = /^(?:the|this|that|these|those|his|her|its|their|our)$/i;

interface Attachment {
  date: DateMention;
  event: string;
  /** The noun as written. */
  noun: string;
  definite: boolean;
  distinguished: boolean;
}

/** The words before `at` in its clause (back to a , ; : or the sentence start), as [word, start] pairs. */
function wordsBefore(text: string, from: number, at: number): { w: string; start: number }[] {
  return [...text.slice(from, at).matchAll(/[A-Za-z'’]+/g)].map((m) => ({ w: m[0], start: from + m.index! }));
}

/**
 * The event a date is attached to, read from the words around it: "the attacks Aug. 7", "the incidents of Aug. 8",
 * "the 22 January show", "Thursday's bombings", "16 March for Budget", "deliver his Budget to the House of Commons on 23 March"
 * (the noun, then prepositional phrases only, then the date).
 */
/** How far before a date (UTF-16 code units) the event noun it is attached to is looked for. */
const ATTACHMENT_REACH = 200;

function attachment(article: Article, d: DateMention): Attachment | null {
  const text = article.text;
  const classes = wordClasses('dates-event-nouns.txt');
  const sentence = article.sentences[d.sentence];
  const head = (noun: string, nounStart: number): Attachment | null => {
    const event = classes.get(noun.toLowerCase());
    if (!event) return null;
    const lead = wordsBefore(text, Math.max(sentence.start, nounStart - 40), nounStart).slice(-3);
    let cut = 0;
    lead.forEach((x, i) => {
      if (/[,;:.]/.test(text.slice(x.start - 2, x.start))) cut = i;
    });
    const clauseLead = lead.slice(cut);
    // The words between the determiner and the noun modify it: "the next meeting", not "Later the meeting".
    let det = -1;
    clauseLead.forEach((x, i) => {
      if (DETERMINER.test(x.w) || endsPossessive(x.w)) det = i;
    });
    const modifiers = det >= 0 ? clauseLead.slice(det + 1) : clauseLead.slice(-1);
    return {
      date: d,
      event,
      noun,
      definite: det >= 0 || /^[A-Z]/.test(noun),
      distinguished: modifiers.some((x) => DISTINGUISHING.test(x.w)) || wordsBefore(text, Math.max(0, d.start - 12), d.start).slice(-1).some((x) => DISTINGUISHING.test(x.w)),
    };
  };
  const after = text.slice(d.end, Math.min(sentence.end, d.end + 40));
  // "the 22 January show": the date modifies the noun after it.
  let m = /^\s+([A-Za-z]+)\b/.exec(after);
  if (m && /\b(?:a|an|the|this|that|its|their|his|her|our|original)\s+$/i.test(text.slice(Math.max(sentence.start, d.start - 12), d.start))) {
    const a = head(m[1], d.end + m.index + m[0].length - m[1].length);
    if (a) return a;
  }
  // "Thursday's bombings", "last week's deadly blasts": a date in the possessive dates the noun after it (an adjective
  // or two between).
  m = /^['’]s\s+(?:[a-z][a-z-]*\s+){0,2}?([A-Za-z]+)\b/.exec(after);
  if (m) {
    const a = head(m[1], d.end + m[0].length - m[1].length);
    if (a) return a;
  }
  // "16 March for Budget", "set 5 May for the election".
  m = /^\s+for\s+(?:(?:the|his|her|its|their)\s+)?([A-Za-z]+)\b/.exec(after);
  if (m) {
    const a = head(m[1], d.end + m[0].length - m[1].length);
    if (a) return a;
  }
  // The noun before the date, joined to it by nothing, "of"/"on"/"in", or by prepositional phrases only.
  // Within ATTACHMENT_REACH of the date: the noun and its prepositional phrases are never further, and a sentence
  // crowded with dates stays linear.
  const reach = Math.max(sentence.start, d.start - ATTACHMENT_REACH);
  const window = text.slice(reach, d.start);
  const clauseStart = reach + Math.max(window.lastIndexOf(',') + 1, window.lastIndexOf(';') + 1);
  const noun = eventNounBefore(text, clauseStart, d.start);
  if (noun) return head(noun.noun, noun.start);
  return null;
}

/** A weekday alone that a past or a future placed, in the possessive ("Thursday's bombings"). */
function placedWeekday(article: Article, d: DateMention): boolean {
  return d.resolvedBy === 'tense' && d.weekday !== undefined && d.grain === 'day' && (d.tense === 'past' || d.tense === 'future') && /^['’]s\s/.test(article.text.slice(d.end, d.end + 3));
}

const singular = (noun: string) => noun.toLowerCase().replace(/s$/, '');

export function eventConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  const out: RuleFinding[] = [];
  const seen = new Map<string, { a: Attachment; span: [number, number] }>();
  for (const d of dates) {
    // Years are too coarse to tie to one event: "the 1992 election" and "the 2001 election" are two elections. A
    // date whose year or direction the tense chose is compared only when it is a weekday a past or future placed, in
    // the possessive of its event ("Thursday's bombings" in a story of Monday 17 August is the 13th, so "the Aug. 7
    // bombings" is another day), and only with the same noun ("Friday's meeting" is not "a summit next month").
    if (d.kind !== 'date' || d.sentence < 0 || (d.resolvedBy === 'tense' && !placedWeekday(article, d)) || !d.value || d.reference || (d.grain !== 'day' && d.grain !== 'month')) continue;
    const span = interval(d);
    const a = span ? attachment(article, d) : null;
    if (!a || !span || a.distinguished || a.event.startsWith('~')) continue;
    const earlier = seen.get(a.event);
    if (!earlier) {
      seen.set(a.event, { a, span });
      continue;
    }
    // "the meeting on Friday and Saturday", "attacks on 7 and 8 August": a list gives one event several days.
    const list = /^[\s,]*(?:and|or|to|-|–|,)[\s,]*(?:on\s+)?$/i.test(article.text.slice(earlier.a.date.end, d.start));
    const disjoint = span[1] < earlier.span[0] || span[0] > earlier.span[1];
    const sameNoun = singular(a.noun) === singular(earlier.a.noun);
    if (!a.definite || list || !disjoint || ((placedWeekday(article, d) || placedWeekday(article, earlier.a.date)) && !sameNoun)) continue;
    const fixes: Fix[] = [];
    const theirs = parseIsoDay(earlier.a.date.value);
    const written = readWrittenDate(article.text.slice(d.start, d.end), d.start);
    if (theirs && written && written.end === d.end && earlier.a.date.grain === 'day' && !earlier.a.date.rangeEnd) {
      // Without its year the copied day may be read in another year: then the fix writes the year.
      const pub = parseIsoDay(article.frontMatter?.published ?? null);
      const needsYear = written.y === null && (!pub || readYearlessDay(theirs.m, theirs.d, pub, d.tense ?? null) !== isoDay(theirs));
      const newText = writeLike(needsYear ? { ...written, y: theirs.y } : written, theirs);
      fixes.push({ title: `Change to ${newText} (the date given earlier)`, edits: [{ start: written.start, end: written.end, newText }] });
    }
    out.push({
      start: d.start,
      end: d.end,
      message: `The ${a.noun.toLowerCase()}${a.noun.toLowerCase() === earlier.a.noun.toLowerCase() ? '' : ` (“${earlier.a.noun.toLowerCase()}” earlier)`} ${/s$/i.test(a.noun) ? 'are' : 'is'} dated ${valueInWords(d.value)} here but ${valueInWords(earlier.a.date.value!)} earlier (“${earlier.a.date.text}”).`,
      fixes,
    });
  }
  return out;
}
