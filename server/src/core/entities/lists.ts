// Names in a sports report's lists are players: a team sheet ("Leicester: Murphy; Casey; Gustard, Smith, Dowd",
// "Replacements: Priscott for Roberts (71)"). The recogniser types each surname alone, and one it has not seen as a
// person it may call a place ("Penney", "Purdy") or a body ("Priscott"); the list's other names, as the recogniser
// read them, say what it is. Tagging one name does not change that reading, so it never retypes another (fix safety).
// Not outside sports reports: a list of artists mixes people and bands ("Michael Jackson, Aerosmith, Diana Ross").
// Anywhere, a list of bodies and places agrees in the one way that data shows it does (agreeOrgPlaceLists).
import { lookupPlace } from './gazetteer';
import { isSportReport } from '../figures/sport';
import { languageOf } from '../language';
import type { Article, EntityMention, Span } from '../types';
import type { RecognizedMention } from './ner';
import { hasSpace, isAllCapitals } from '../text/shape';
import { isShortNumber } from './nameShape';

/**
 * What may stand between two names of one list: commas, semicolons, "and", "&", a team sheet's "for" and minute
 * ("Priscott for Roberts (71), Green for Dowd"), a substitute in brackets ("Stone (Cisse 76), Quashie"), and one name
 * the recogniser left out ("Nordt, Bishop; Mapletoft").
 */
const LIST_GAP = /^(?:\s*(?:[,;&]|and|for|\((?:\p{Lu}[\p{L}'’ -]*\s)?\d{1,3}\)|\p{Lu}[\p{L}'’-]*)\s*)+$/u;
/** A team sheet's marks: a semicolon between positions, a minute in brackets ("(53)", "(Cisse 76)"). */
const SHEET_MARK = /;|\((?:\p{Lu}[\p{L}'’ -]*\s)?\d{1,3}\)/u;
/** A gap that holds a separator, not only a word. */
const SEPARATOR = /[,;&]|\band\b/;
/** The fewest names of a list whose majority speaks for the rest. */
const MIN_LIST = 4;
/** The fewest names of a team sheet, where two people speak for the rest. */
const MIN_SHEET = 6;
/** What may end such a sentence after its last name: "(capt)", a full stop. */
const SENTENCE_END = /^(?:\s*\([^)]{0,20}\))?[\s.]*$/;
/** The most characters, other than white space (a tag's markup is blanked to spaces), between two names of a list. */
const MAX_GAP = 40;

/** Whether only a list's separators stand between `last` and `next`, and of which kind. */
function listGap(prose: string, last: Span, next: Span): 'sheet' | 'list' | null {
  const gap = prose.slice(last.end, next.start);
  if (isSubstitution(gap)) return minuteAfter(prose.slice(next.end, next.end + 8)) ? 'sheet' : null;
  // "Fabregas (Toure 90), Vieira": a substitute in brackets, read as a name of its own, and the name after it.
  if (gap.trim() === '(' && minuteClosesAfter(prose.slice(next.end, next.end + 8))) return 'sheet';
  if (isMinuteClose(gap)) return 'sheet';
  if (nonSpaceLength(gap) > MAX_GAP || !SEPARATOR.test(gap) || !LIST_GAP.test(gap)) return null;
  return SHEET_MARK.test(gap) ? 'sheet' : 'list';
}

/**
 * In a sports report (figures/sport.ts), retypes as `person` the one-word mentions from the recogniser
 * (`fromRecogniser`) that stand in a list of at least MIN_LIST names (consecutive names of one sentence with only list
 * separators between them, listGap; a substitute in brackets is one of them) of which more than half are people (half,
 * after a label and a colon: "Subs Not Used: Francis, Kabba, Shaw, Haystead"), or, in a team sheet (after a colon, with a
 * semicolon or a minute in brackets among its separators, or making up its sentence alone), of MIN_SHEET names of which
 * two are; and every mention of their groups when all of those are from the recogniser too. The lists and their
 * people are read from the recogniser's own reading of the prose (`read`, which a tag does not change: the tagged
 * words are still read), so tagging one name never retypes another. A known place (the gazetteer) or a word in
 * capitals ("BBC") keeps its type. `mentions` and `read` sorted by start; `mentions` mutated; never throws.
 */
export function agreeInLists(mentions: EntityMention[], read: readonly RecognizedMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  if (!isSportReport(article)) return;
  const layer = languageOf(article);
  const sentenceOf = (m: Span) => layer.tokens[layer.tokenAt(m.start)]?.sentence ?? -1;
  const players = new Set<string>();
  let run: RecognizedMention[] = [];
  let sheet = false;
  // A bench or a line-up written as a sentence of names alone: "Perugini, Intoppa, Del Fava, Dal Maso, Griffen."
  const wholeSentence = (names: RecognizedMention[]) => {
    const s = layer.sentences[sentenceOf(names[0])];
    return !!s && article.prose.slice(s.start, names[0].start).trim() === '' && SENTENCE_END.test(article.prose.slice(names[names.length - 1].end, s.end));
  };
  const close = () => {
    const people = run.filter((m) => m.type === 'person').length;
    const isSheet = () => sheet || opensSheet(article.prose.slice(Math.max(0, run[0].start - 30), run[0].start)) || wholeSentence(run);
    // "Subs Not Used: Francis, Kabba, Shaw, Haystead": a labelled list of MIN_LIST whose half are people.
    const labelled = () => opensSheet(article.prose.slice(Math.max(0, run[0].start - 30), run[0].start)) && 2 * people >= run.length;
    if ((run.length >= MIN_LIST && (2 * people > run.length || labelled())) || (run.length >= MIN_SHEET && people >= 2 && isSheet())) {
      for (const m of run) if (m.type !== 'person') players.add(`${m.start}:${m.end}`);
    }
    run = [];
    sheet = false;
  };
  for (const m of read) {
    const last = run[run.length - 1];
    const gap = last && sentenceOf(last) === sentenceOf(m) ? listGap(article.prose, last, m) : null;
    if (last && !gap) close();
    if (gap === 'sheet') sheet = true;
    run.push(m);
  }
  close();
  const retyped = new Set<string>();
  for (const m of mentions) {
    if (!players.has(`${m.start}:${m.end}`) || m.type === 'person' || !fromRecogniser(m) || hasSpace(m.text) || isAllCapitals(m.text) || lookupPlace(m.text)) continue;
    retyped.add(m.group);
  }
  if (retyped.size === 0) return;
  const whole = new Set([...retyped].filter((g) => mentions.every((m) => m.group !== g || fromRecogniser(m))));
  for (const m of mentions) if (whole.has(m.group) && m.type !== 'person') m.type = 'person';
}

/** Whether `text` opens, past white space, with a minute and a closing bracket (" 90)" after "(Toure"). */
function minuteClosesAfter(text: string): boolean {
  const rest = text.trimStart();
  const close = rest.indexOf(')');
  return close > 0 && isShortNumber(rest.slice(0, close).trim());
}

/** A substitute's minute, its closing bracket and a separator between two names: " 90), ". */
function isMinuteClose(gap: string): boolean {
  const close = gap.indexOf(')');
  const after = gap.slice(close + 1).trim();
  return close > 0 && isShortNumber(gap.slice(0, close).trim()) && (after === ',' || after === ';' || after === '');
}

/** A substitution's gap between its two names: "for" with white space on both sides ("Priscott for Roberts (71)"). */
function isSubstitution(gap: string): boolean {
  return gap.trim() === 'for' && hasSpace(gap[0]) && hasSpace(gap[gap.length - 1]);
}

/** The minute after a substitution's second name: `text` opens, past white space, with one to three digits in brackets. */
function minuteAfter(text: string): boolean {
  const rest = text.trimStart();
  const close = rest.indexOf(')');
  return rest[0] === '(' && close > 1 && isShortNumber(rest.slice(1, close));
}

/** What opens a team sheet right before its first name: the side's name or "Replacements", then a colon (and white space). */
function opensSheet(before: string): boolean {
  return before.trimEnd().endsWith(':');
}

/** How many code units of `text` are no white space. */
function nonSpaceLength(text: string): number {
  let n = 0;
  for (const ch of text) if (!hasSpace(ch)) n += ch.length;
  return n;
}

/** The fewest names of a list of bodies or places whose sure names speak for its unsure ones. */
const MIN_ORG_PLACE_LIST = 3;
/** A recogniser's confidence below which a name of such a list takes the list's type. */
const UNSURE_IN_LIST = 0.5;

/**
 * "Microsoft, Sony and Nintendo are expected to release new consoles" (review 104: "Sony" read as a place at 0.43): in a
 * list of at least MIN_ORG_PLACE_LIST names of one sentence (listGap's separators, "and" or "or" among them) that the
 * recogniser (`read`, which tags do not change) typed body or place only, and whose sure names (UNSURE_IN_LIST and
 * above) are all bodies, the names read as places are bodies; and so is every mention of their groups when all of
 * those are from the recogniser too. Measured on CoNLL-2003 eng.train: of 127 gold lists of three or more names so
 * joined, none mixes ORG and LOC. One way only: over the BBC corpus, places so retyped were companies the recogniser
 * did not know ("Citigroup", "Fujitsu", "Disney"), while bodies retyped as places were as often bands, people or a
 * clause's subject after ", and" ("in Oxford, UK, and Nokia begins"). A known place (the gazetteer) stays a place.
 * `mentions` and `read` sorted by start; `mentions` mutated; never throws.
 */
export function agreeOrgPlaceLists(mentions: EntityMention[], read: readonly RecognizedMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const sentenceOf = (m: Span) => layer.tokens[layer.tokenAt(m.start)]?.sentence ?? -1;
  const retype = new Map<string, 'org'>();
  let run: RecognizedMention[] = [];
  let joined = false;
  const close = () => {
    const sure = run.filter((m) => m.confidence >= UNSURE_IN_LIST);
    if (run.length >= MIN_ORG_PLACE_LIST && joined && sure.length > 0 && run.every((m) => m.type === 'org' || m.type === 'place') && sure.every((m) => m.type === 'org')) {
      for (const m of run) if (m.type === 'place') retype.set(`${m.start}:${m.end}`, 'org');
    }
    run = [];
    joined = false;
  };
  for (const m of read) {
    const last = run[run.length - 1];
    const gap = last && sentenceOf(last) === sentenceOf(m) ? listGap(article.prose, last, m) : null;
    if (last && gap !== 'list') close();
    if (last && gap === 'list') joined ||= JOINING.test(article.prose.slice(last.end, m.start));
    run.push(m);
  }
  close();
  const groups = new Map<string, 'org'>();
  for (const m of mentions) {
    const type = retype.get(`${m.start}:${m.end}`);
    if (type && m.type === 'place' && fromRecogniser(m) && !lookupPlace(m.text)) groups.set(m.group, type);
  }
  for (const [group, type] of groups) {
    if (!mentions.every((m) => m.group !== group || fromRecogniser(m))) continue;
    for (const m of mentions) if (m.group === group) m.type = type;
  }
}
/** A conjunction that ends a list ("and", "or"). */
const JOINING = /\b(?:and|or)\b/;
