// date-conflict, events: one event given two dates ("the summit" on 4 March here, 6 March later).
import { changeEnds } from './changes';
import { isoDay, parseIsoDay, toDays, weekdayNames, weekdayOf, type Ymd } from '../../dates/calendar';
import { valueInWords } from '../../dates/describe';
import { eventNounBefore, isUnplannedEvent } from '../../dates/events';
import { readWrittenDate, writeLike } from '../../dates/written';
import { readYearlessDay } from '../../dates/resolve';
import { wordClasses } from '../../dates/words';
import type { Article, DateMention, Fix, Span } from '../../types';
import type { RuleFinding } from '../rule';
import { interval, nameInPhraseAt } from './shared';
import { subjectBefore } from '../../figures/attribution';
import { verbToldNoun } from './verbTold';
import { CALENDAR_WORD } from '../../dates/expr';
import { isClockMark } from '../../dates/chronoAdapter';
import { endsPossessive, hasSpace } from '../../text/shape';
import { dayAndMonth, monthAlone, weekdayAlone } from '../../dates';
import { contextSet, endsWithPhrase, isAsciiCapital, isAsciiLetter, isWordChar, phrasesOf, runsOf } from '../../dates/context';
import { writesDayFirst } from '../../dates/numericOrder';
import { firstTokenEndingAfter, languageOf, verbGroupAt, verbGroupWords, type Language, type VerbGroup } from '../../language';

/** Words that single out one of several events of a kind: "the next meeting", "the rescheduled concert". */
const distinguishing = (w: string) => contextSet('distinguishingWords').has(w.toLowerCase());
const isDeterminer = (w: string) => contextSet('definiteDeterminers').has(w.toLowerCase());
const ATTRIBUTIVE = phrasesOf('attributiveDeterminers');
const CLAUSE_MARKS = new Set([',', ';', ':', '.']);

interface Attachment {
  date: DateMention;
  event: string;
  /** The noun as written, and where it starts. */
  noun: string;
  nounStart: number;
  definite: boolean;
  /**
   * The words before the noun in its phrase but the date's own, lower case, sorted and joined by spaces ("g8" in "A G8
   * summit"; "hyde park" in "their Hyde Park performance"); "" when none.
   */
  modifiers: string;
  distinguished: boolean;
  /** The name a prepositional phrase right after the noun gives, lower case ("nairobi" of "the blast in Nairobi"), or "". */
  namedAfter: string;
  /** "/start" or "/end" when a verb of starting or ending dates the event through its subject (subjectEventNoun). */
  phase?: string;
  /** Told by a verb alone ("will meet" for a meeting; verbToldNoun): compared only with a later definite mention. */
  told?: boolean;
  /**
   * The date is bound to the noun itself: in the possessive ("Wednesday's ruling"), before it ("the Aug. 7 attacks"),
   * right after it or after "of", "on" or "in" alone ("the incidents of Aug. 7"), after "for" ("set 5 May for the
   * election"), or as the day its verb tells of it as subject ("the decision was announced Tuesday"); not across other
   * phrases ("condemned the bombing of the embassies on Thursday" may date the condemning).
   */
  bound?: boolean;
}

/** The words before `at` in its clause (back to a , ; : or the sentence start), as [word, start] pairs. */
function wordsBefore(text: string, from: number, at: number): { w: string; start: number }[] {
  return runsOf(text.slice(from, at), (c) => isAsciiLetter(c) || c === "'" || c === '’').map((r) => ({ w: r.text, start: from + r.start }));
}

/** What may stand between an event noun and a date bound to it: nothing, or "of", "on" or "in" ("the incidents of Aug. 7"). */
const BOUND_GAP = /^\s*(?:(?:of|on|in)\s+)?$/;

/** How far before a date (UTF-16 code units) the event noun it is attached to is looked for. */
const ATTACHMENT_REACH = 200;

/**
 * The event a date is attached to, read from the words around it: "the attacks Aug. 7", "the incidents of Aug. 8",
 * "the 22 January show", "Thursday's bombings", "16 March for Budget", "deliver his Budget to the House of Commons on 23 March"
 * (the noun, then prepositional phrases only, then the date).
 */
function attachment(article: Article, d: DateMention): Attachment | null {
  const text = article.text;
  const classes = wordClasses('dates-event-nouns.txt');
  const sentence = article.sentences[d.sentence];
  const head = (noun: string, nounStart: number): Attachment | null => {
    const phrase = phraseBefore(article, nounStart);
    const event = singledOut(classes.get(noun.toLowerCase()), phrase);
    if (!event) return null;
    const lead = wordsBefore(text, Math.max(sentence.start, nounStart - 40), nounStart).slice(-3);
    let cut = 0;
    lead.forEach((x, i) => {
      if ([...text.slice(x.start - 2, x.start)].some((c) => CLAUSE_MARKS.has(c))) cut = i;
    });
    const clauseLead = lead.slice(cut);
    // The words between the determiner and the noun modify it: "the next meeting", not "Later the meeting".
    let det = -1;
    clauseLead.forEach((x, i) => {
      if (isDeterminer(x.w) || endsPossessive(x.w)) det = i;
    });
    const modifiers = det >= 0 ? clauseLead.slice(det + 1) : clauseLead.slice(-1);
    return {
      date: d,
      event,
      noun,
      nounStart,
      definite: det >= 0 || isAsciiCapital(noun[0]) || opensDefinite(article, phrase.opener),
      modifiers: phrase.words.filter((w) => w.end <= d.start || w.start >= d.end).map((w) => w.word).sort().join(' '),
      namedAfter: namedAfterNoun(article, nounStart + noun.length),
      // "the June gig", "its April meeting": a month named alone before the noun tells one of its kind from others.
      distinguished: attributiveMonth(d, phrase.words) || modifiers.some((x) => distinguishing(x.w)) || wordsBefore(text, Math.max(0, d.start - 12), d.start).slice(-1).some((x) => distinguishing(x.w)) || withParticipants(text, nounStart + noun.length),
    };
  };
  const after = text.slice(d.end, Math.min(sentence.end, d.end + 40));
  // "the 22 January show": the date modifies the noun after it.
  if (endsWithPhrase(text.slice(Math.max(sentence.start, d.start - 12), d.start), ATTRIBUTIVE())) {
    // "the Aug. 7 terrorist blasts": the head is the last of the words the date modifies, the others modify it.
    for (const w of wordsModifiedBy(article, d).reverse()) {
      const a = head(w.word, w.start);
      if (a) return { ...a, bound: true };
    }
  }
  // "Thursday's bombings", "last year's deadly U.S. Embassy bombings", "yesterday's Autumn Statement": a date in the
  // possessive dates the noun phrase after it, whose head is its last noun or name.
  if (possessed(article, d)) {
    for (const w of wordsModifiedBy(article, d, 1).reverse()) {
      const a = head(w.word, w.start);
      if (a) return { ...a, bound: true };
    }
  }
  // "16 March for Budget", "set 5 May for the election".
  const purpose = wordAfterFor(after);
  if (purpose) {
    const a = head(purpose.word, d.end + purpose.start);
    if (a) return { ...a, bound: true };
  }
  // The noun before the date, joined to it by nothing, "of"/"on"/"in", or by prepositional phrases only.
  // Within ATTACHMENT_REACH of the date: the noun and its prepositional phrases are never further, and a sentence
  // crowded with dates stays linear.
  const reach = Math.max(sentence.start, d.start - ATTACHMENT_REACH);
  const window = text.slice(reach, d.start);
  const clauseStart = reach + Math.max(window.lastIndexOf(',') + 1, window.lastIndexOf(';') + 1);
  const noun = eventNounBefore(text, clauseStart, d.start) ?? nounBeforePhrases(article, d);
  if (noun) {
    const a = head(noun.noun, noun.start);
    return a && { ...a, bound: BOUND_GAP.test(text.slice(noun.start + noun.noun.length, d.start)) };
  }
  // "The summit will be held on 4 March", "the vote, which takes place on 10 March": the event noun is the subject
  // of the verb whose prepositional phrases the date ends; a verb of starting or ending dates only that phase.
  const subject = subjectEventNoun(article, d);
  const a = subject && head(subject.noun, subject.start);
  if (a) return { ...a, event: `${a.event}${subject!.phase}`, phase: subject!.phase, bound: true };
  // "On Wednesday 12 September, Juncker will deliver his State of the Union Address": the object of a verb of taking
  // part; "On Thursday, the Commissioners will meet …": the meeting the verb tells, indefinite (only a later definite
  // mention, "Tomorrow's meeting", is compared with it).
  const told = verbToldNoun(article, d);
  if (told?.written) return head(told.noun, told.start);
  const event = told && classes.get(told.noun);
  return event ? { date: d, event, noun: told!.noun, nounStart: told!.start, definite: false, modifiers: '', namedAfter: '', distinguished: false, told: true } : null;
}

/** Most words an attributive date modifies ("the Aug. 7 U.S. Embassy bombings": four). */
const MODIFIED_REACH = 4;
/** Parts of speech of the words an attributive date modifies. */
const MODIFIED = new Set(['NOUN', 'ADJ', 'PROPN']);

/**
 * The words right after date `d` that it modifies with them, read from the linguistic layer: nouns, adjectives and
 * names, MODIFIED_REACH at most, in order ("the Aug. 7 terrorist blasts" → terrorist, blasts); [] when none follows.
 */
function wordsModifiedBy(article: Article, d: DateMention, skip = 0): { word: string; start: number }[] {
  const layer = languageOf(article);
  const out: { word: string; start: number }[] = [];
  for (let k = firstTokenEndingAfter(layer, d.end) + skip; k < layer.tokens.length && out.length < MODIFIED_REACH; k++) {
    const t = layer.tokens[k];
    if (!MODIFIED.has(t.pos) || t.kind !== 'word') break;
    out.push({ word: article.text.slice(t.start, t.end), start: t.start });
  }
  return out;
}

/** Whether date `d` is in the possessive: the layer's next token is "'s" or "’s" ("Thursday's bombings"). */
function possessed(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const t = layer.tokens[firstTokenEndingAfter(layer, d.end)];
  return t !== undefined && t.start === d.end && t.pos === 'PART' && endsPossessive(article.prose.slice(t.start, t.end));
}

/** Parts of speech of the words before a noun in its noun phrase (phraseBefore). */
const PHRASE_BODY = new Set(['NOUN', 'ADJ', 'NUM']);
/** Parts of speech a prepositional phrase between a verb and its date is made of ("in the Belgian capital on"). */
const PHRASE_WORDS = new Set([...PHRASE_BODY, 'ADP', 'DET', 'PROPN']);
/** Most tokens between a verb group and the date its prepositional phrases end with. */
const PREDICATE_REACH = 8;

/**
 * The noun heading the subject of the verb group whose prepositional phrases end with date `d` ("The summit will be
 * held in Brussels on 4 April", "is scheduled for 4 March"), read from the linguistic layer: the noun right before
 * the group, or the antecedent of "which"/"that" after a comma ("The vote, which will be held on 11 March"). A verb
 * of putting off or resuming (data/dates-context.json putOffVerbs: "was postponed until 6 March", "is reconvening
 * today") gives the event a new date, so none is read. `phase` is "/start" or "/end" for a verb of data/dates-context.json startVerbs or endVerbs (the
 * summit that opens on 4 March and closes on 6 March is one summit), else "". Null when there is no such noun.
 */
function subjectEventNoun(article: Article, d: DateMention): { noun: string; start: number; phase: string } | null {
  const layer = languageOf(article);
  const tokens = layer.tokens;
  const first = clockLead(article, layer, layer.tokenAt(d.start));
  if (first < 1) return null;
  // ("The talks will take place December 11-12", "The vote will be held Tuesday": US copy drops the "on"; slips85.)
  const group = tokens[first - 1].pos === 'ADP' ? predicateOf(article, layer, first) : bareDatePredicate(article, layer, first);
  if (!group) return null;
  const word = (i: number) => article.prose.slice(tokens[i].start, tokens[i].end);
  const n = subjectNounOf(article, layer, group);
  if (n < 0) return null;
  const lemma = tokens[group.head].lemma;
  const phase = contextSet('startVerbs').has(lemma) ? '/start' : contextSet('endVerbs').has(lemma) ? '/end' : '';
  return { noun: word(n), start: tokens[n].start, phase };
}

/**
 * "occurred at about 10:35 a.m. (0735 GMT) Thursday", "hit at 10 pm Friday" (slips108): the token after the "at" of a
 * clock time (a number, a clock mark, a bracketed time in another zone) right before the date at layer token `first`,
 * so that the date is read as that prepositional phrase's; `first` when no clock time stands there.
 */
function clockLead(article: Article, layer: Language, first: number): number {
  const tokens = layer.tokens;
  const word = (k: number) => (k >= 0 && tokens[k].sentence === tokens[first].sentence ? article.prose.slice(tokens[k].start, tokens[k].end).toLowerCase() : '');
  let k = first - 1;
  // "(0735 GMT)": the same time in another zone.
  if (word(k) === ')' && word(k - 3) === '(' && tokens[k - 2].pos === 'NUM') k -= 4;
  if (first < 1 || !isClockMark(word(k)) || tokens[k - 1]?.pos !== 'NUM') return first;
  k -= 2;
  while (k >= 0 && tokens[k].pos === 'ADV' && word(k) !== '') k--;
  return word(k) === 'at' ? k + 1 : first;
}

/**
 * The layer token of the noun heading the subject of verb group `group`: the noun right before it, or before ", which"
 * or ", that" ("The vote, which will be held on 11 March"), or — when that word is the object of a preposition — the
 * subject's head before the phrase ("The blast in Nairobi occurred on Aug. 6", slips96; read by figures/attribution.ts
 * subjectBefore); -1 when the subject has no such noun in the group's sentence.
 */
function subjectNounOf(article: Article, layer: Language, group: VerbGroup): number {
  const tokens = layer.tokens;
  const sentence = tokens[group.first].sentence;
  const word = (i: number) => article.prose.slice(tokens[i].start, tokens[i].end);
  let n = group.first - 1;
  if (n > 1 && RELATIVES.has(word(n).toLowerCase()) && word(n - 1) === ',') n -= 2;
  if (n >= 0 && tokens[n].sentence === sentence && NOMINAL.has(tokens[n].pos) && afterPreposition(layer, n)) n = subjectBefore(layer, article.prose, group.first, layer.sentences[sentence].first)?.head ?? -1;
  return n >= 0 && tokens[n].sentence === sentence && tokens[n].pos === 'NOUN' && !afterPreposition(layer, n) ? n : -1;
}
const RELATIVES = new Set(['which', 'that']);
const NOMINAL = new Set(['NOUN', 'PROPN']);

/**
 * The verb group whose prepositional phrases run to token `first` (a date after a preposition), or null: the phrases
 * open right after the group with a preposition ("held their meetings on Thursday" has an object), or after the noun
 * that completes the verb into saying the event happens ("is set to take place in June"; data "happeningPhrases"). A
 * verb of putting off (data "putOffVerbs") gives its event a new date: null.
 */
function predicateOf(article: Article, layer: Language, first: number): VerbGroup | null {
  const tokens = layer.tokens;
  const sentence = tokens[first].sentence;
  let k = first - 1;
  while (k > first - PREDICATE_REACH && tokens[k - 1]?.sentence === sentence && !verbGroupAt(layer, k - 1) && PHRASE_WORDS.has(tokens[k - 1].pos)) k--;
  const direct = verbGroupAt(layer, k - 1);
  const group = direct ?? happeningBefore(article, layer, first);
  if (!group || contextSet('putOffVerbs').has(tokens[group.head].lemma)) return null;
  // (A verb of happening past its adjuncts needs no preposition right after it.)
  if (!direct || tokens[k].pos === 'ADP') return group;
  const completion = article.prose.slice(tokens[k].start, tokens[k].end).toLowerCase();
  return tokens[k + 1]?.pos === 'ADP' && contextSet('happeningPhrases').has(`${tokens[group.head].lemma} ${completion}`) ? group : null;
}

/** Most tokens between a verb of happening and the date its adjuncts end with ("occurred 700 kilometers (450 miles) from each other but just minutes apart on"). */
const HAPPENING_REACH = 16;

/**
 * "The suspected car bombings occurred 700 kilometers (450 miles) from each other but just minutes apart on Friday"
 * (slips108): a verb of happening (data/dates-context.json happeningVerbs: "occur", "happen") takes no object, so what
 * stands between it and a date after a preposition at token `first` (within HAPPENING_REACH, no other verb group, no
 * ";" or ":") are its adjuncts, and the date is its; that verb group, or undefined.
 */
function happeningBefore(article: Article, layer: Language, first: number): VerbGroup | undefined {
  const tokens = layer.tokens;
  for (let k = first - 2; k >= 0 && k > first - HAPPENING_REACH && tokens[k].sentence === tokens[first].sentence; k--) {
    const group = verbGroupAt(layer, k);
    if (group) return contextSet('happeningVerbs').has(tokens[group.head].lemma) ? group : undefined;
    if (CLAUSE_BREAKS.has(article.prose.slice(tokens[k].start, tokens[k].end))) return undefined;
  }
  return undefined;
}
const CLAUSE_BREAKS: ReadonlySet<string> = new Set([';', ':']);

/**
 * The verb group a date at token `first` follows with no preposition, as US copy writes it: right after the group
 * ("will be held Tuesday") or after the noun that completes it into saying the event happens ("will take place
 * December 11-12"; data "happeningPhrases"); null otherwise, or for a verb of putting off.
 */
function bareDatePredicate(article: Article, layer: Language, first: number): VerbGroup | null {
  const tokens = layer.tokens;
  const sentence = tokens[first].sentence;
  const at = (k: number) => (k >= 0 && tokens[k].sentence === sentence ? verbGroupAt(layer, k) : undefined);
  const right = at(first - 1);
  const completed = right ? undefined : at(first - 2);
  const completion = first >= 1 ? article.prose.slice(tokens[first - 1].start, tokens[first - 1].end).toLowerCase() : '';
  const group = right?.last === first - 1 ? right : completed?.last === first - 2 && contextSet('happeningPhrases').has(`${tokens[completed.head].lemma} ${completion}`) ? completed : undefined;
  return group && !contextSet('putOffVerbs').has(tokens[group.head].lemma) ? group : null;
}

/**
 * Whether the noun phrase ending with noun token `n` stands after a preposition ("Tickets for the June event are
 * expected"): the object of the preposition, not the verb's subject. Reads back over its determiner, names, nouns,
 * adjectives and numbers, at most SIDES_REACH tokens.
 */
function afterPreposition(layer: Language, n: number): boolean {
  const sentence = layer.tokens[n].sentence;
  let k = n - 1;
  while (k >= 0 && k > n - SIDES_REACH && layer.tokens[k].sentence === sentence && (PHRASE_WORDS.has(layer.tokens[k].pos) && layer.tokens[k].pos !== 'ADP')) k--;
  return k >= 0 && layer.tokens[k].sentence === sentence && layer.tokens[k].pos === 'ADP';
}

/**
 * The words before the noun at `nounStart` in its noun phrase: names, nouns, adjectives and numbers, and the word
 * between a fixture's sides ("the Wales v England rugby union match"; data "versusWords"), at most SIDES_REACH.
 * Returns the proper nouns among them (lower case), whether a "v" stands among them, and the token before them.
 */
function phraseBefore(article: Article, nounStart: number): { names: Set<string>; words: PhraseWord[]; versus: boolean; opener: number } {
  const layer = languageOf(article);
  const versusWords = verbGroupWords().versusWords;
  const names = new Set<string>();
  const words: PhraseWord[] = [];
  let versus = false;
  let k = layer.tokenAt(nounStart) - 1;
  for (let n = 0; k >= 0 && n < SIDES_REACH; k--, n++) {
    const t = layer.tokens[k];
    const word = article.prose.slice(t.start, t.end).toLowerCase();
    if (versusWords.has(word)) versus = true;
    else if (t.pos === 'PROPN') names.add(word);
    else if (!PHRASE_BODY.has(t.pos)) break;
    words.push({ word, start: t.start, end: t.end });
  }
  return { names, words, versus, opener: k };
}

/** Parts of speech of the prepositional phrases between an event noun and its date ("the bombing of two U.S. embassies in East Africa last month"). */
const PHRASES_BETWEEN = new Set([...PHRASE_WORDS, 'CCONJ']);
/** Most tokens between an event noun and its date across such phrases. */
const PHRASES_REACH = 20;

/**
 * The event noun (data/dates-event-nouns.txt) that date `d` hangs on across prepositional phrases of nouns, names and
 * numbers, commas between names ("the bombing of two embassies last month", "bombings at U.S. embassies in Dar es
 * Salaam, Tanzania, and Nairobi, Kenya, on Aug. 7", slips as generated): the noun right before a preposition, reached
 * with no verb, pronoun or clause between, within PHRASES_REACH tokens of its sentence; its text and start, or null.
 */
function nounBeforePhrases(article: Article, d: DateMention): { noun: string; start: number } | null {
  const layer = languageOf(article);
  const classes = wordClasses('dates-event-nouns.txt');
  const first = layer.tokenAt(d.start);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  for (let k = first - 1; k >= 0 && first - k <= PHRASES_REACH && layer.tokens[k].sentence === layer.tokens[first].sentence; k--) {
    const t = layer.tokens[k];
    // A comma only between names ("Nairobi, Kenya,").
    const nameComma = word(k) === ',' && layer.tokens[k - 1]?.pos === 'PROPN';
    if (!PHRASES_BETWEEN.has(t.pos) && !nameComma) return null;
    if (t.pos === 'NOUN' && layer.tokens[k + 1]?.pos === 'ADP' && k + 1 < first && classes.has(word(k).toLowerCase())) return { noun: word(k), start: t.start };
  }
  return null;
}

/** A word of a noun phrase before its noun (phraseBefore), lower case, and its span. */
interface PhraseWord extends Span {
  word: string;
}

/** Whether date `d` is a month named alone (no year) among the words before its event noun: "the June gig", "its April meeting". */
function attributiveMonth(d: DateMention, words: readonly PhraseWord[]): boolean {
  return d.grain === 'month' && monthAlone(d.text) && words.some((w) => w.start >= d.start && w.end <= d.end);
}
/** Most words between a noun and the start of its phrase ("Wales v England rugby union match"). */
const SIDES_REACH = 8;

/**
 * An event class of a recurring kind ("~match") singled out by the two sides its noun phrase names ("the Wales v
 * England match", "the Chelsea v Arsenal game"): one event, keyed by its class and the names about a "v" or "versus"
 * (phraseBefore, sorted); one side only ("the England match") or a competition ("the Six Nations match") is any of its
 * matches. Other classes and `event` undefined are returned as they are.
 */
function singledOut(event: string | undefined, { names, versus }: { names: Set<string>; versus: boolean }): string | undefined {
  if (!event?.startsWith('~')) return event;
  return versus && names.size >= 2 ? `${event.slice(1)}@${[...names].sort().join('|')}` : event;
}

/**
 * Whether the noun phrase whose words before its noun phraseBefore read opens with a definite determiner or a
 * possessive at token `opener`, however many names and nouns stand between ("the Wales v England rugby union match").
 */
function opensDefinite(article: Article, opener: number): boolean {
  if (opener < 0) return false;
  const t = languageOf(article).tokens[opener];
  const word = article.prose.slice(t.start, t.end);
  return isDeterminer(word) || (t.pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(word.toLowerCase()));
}

/**
 * "Saturday's debate between the two men", "Sunday's debate against Vacco", "the talks with Iran": the event noun
 * ending at `at` names who takes part (a preposition of data/dates-context.json participantPrepositions right after
 * it), which singles out one event of its kind; a story may tell of two debates.
 */
function withParticipants(text: string, at: number): boolean {
  const next = wordAfterSpace(text.slice(at, at + 16));
  return next !== null && contextSet('participantPrepositions').has(next.word.toLowerCase());
}

/** A weekday alone that a past or a future placed, in the possessive ("Thursday's bombings"). */
function placedWeekday(article: Article, d: DateMention): boolean {
  return d.resolvedBy === 'tense' && d.weekday !== undefined && d.grain === 'day' && (d.tense === 'past' || d.tense === 'future') && possessiveBeforeSpace(article.text, d.end);
}

const singular = (noun: string) => {
  const lower = noun.toLowerCase();
  return lower.endsWith('s') ? lower.slice(0, -1) : lower;
};

/** "'s " or "’s " at `at`: a possessive and white space. */
function possessiveBeforeSpace(text: string, at: number): boolean {
  return (text[at] === "'" || text[at] === '’') && text[at + 1] === 's' && hasSpace(text[at + 2]);
}

/** The run of ASCII letters after the white space `text` opens with, when no word character follows it ("  show,"), and where it starts. */
function wordAfterSpace(text: string): { word: string; start: number } | null {
  let i = 0;
  while (hasSpace(text[i])) i++;
  let j = i;
  while (isAsciiLetter(text[j])) j++;
  return i > 0 && j > i && !isWordChar(text[j]) ? { word: text.slice(i, j), start: i } : null;
}

/**
 * The word after "for" and perhaps a possessive determiner that `text` opens with, after white space ("  for the
 * election" → "election"; " for the 5" → "the"), and where it starts.
 */
function wordAfterFor(text: string): { word: string; start: number } | null {
  const f = wordAfterSpace(text);
  if (f?.word !== 'for') return null;
  const from = f.start + f.word.length;
  const next = wordAfterSpace(text.slice(from));
  if (!next) return null;
  const after = PURPOSE_DETERMINERS.has(next.word.toLowerCase()) ? wordAfterSpace(text.slice(from + next.start + next.word.length)) : null;
  return after ? { word: after.word, start: from + next.start + next.word.length + after.start } : { word: next.word, start: from + next.start };
}

const PURPOSE_DETERMINERS = new Set(['the', 'his', 'her', 'its', 'their']);

/**
 * Whether `d` can be tied to one event: a day, a week ("last week") or a month, resolved, in a sentence, no reference. A date whose year or
 * direction the tense chose counts only when it is a weekday a past or future placed, in the possessive of its event.
 */
function comparable(article: Article, d: DateMention): boolean {
  if (d.kind !== 'date' || d.sentence < 0 || !d.value || d.reference) return false;
  // "last year's deadly U.S. Embassy blasts": a year told relative to publication points at the one event the story
  // is about, as a day does (of an event no one schedules: eventConflicts); a year written out ("the 1993 bombing")
  // singles one out of several.
  if (d.grain === 'year') return d.relative && d.resolvedBy === 'publication';
  if (d.grain !== 'day' && d.grain !== 'month' && d.grain !== 'week') return false;
  return d.resolvedBy !== 'tense' || placedWeekday(article, d) || yearless(d);
}

/** A day and month, or a month's name alone, written without a year ("16 December", "in July"), whatever year the tense gave it. */
function yearless(d: DateMention): boolean {
  return yearlessDay(d) || (d.grain === 'month' && monthAlone(d.text));
}

/**
 * Whether `a` and `b`, both written without a year, can be one date whatever years the tense gave them: two days the same month and
 * day, a month and a day or two months the same month ("the concert on 16 December" … "the concert in December").
 */
function sameWithoutYear(a: DateMention, b: DateMention): boolean {
  const both = a.grain === 'day' && b.grain === 'day';
  return a.value!.slice(5, both ? 10 : 7) === b.value!.slice(5, both ? 10 : 7);
}

/**
 * A day and month written without a year ("16 December"), whatever year the tense gave it: two such days of one
 * event are apart whatever the year ("the concert on 16 December" … "the concert on 18 December").
 */
function yearlessDay(d: DateMention): boolean {
  return d.grain === 'day' && !d.rangeEnd && dayAndMonth(d.text);
}

const LIST_JOINS = new Set(['and', 'or', 'to', '-', '–']);

/** Whether `text` is a list word or a dash amid white space and commas, or white space and commas with a comma (", and ", " - ", ", "). */
function listJoin(text: string): boolean {
  let i = 0;
  let j = text.length;
  while (i < j && (hasSpace(text[i]) || text[i] === ',')) i++;
  while (j > i && (hasSpace(text[j - 1]) || text[j - 1] === ',')) j--;
  return i === j ? text.includes(',') : LIST_JOINS.has(text.slice(i, j).toLowerCase());
}

/**
 * "the meeting on Friday and Saturday", "attacks on 7 and 8 August", "the earthquake of 24 August and of 26 October":
 * a list gives one event several days, or names several events of one noun.
 */
function listedAfter(article: Article, earlier: DateMention, d: DateMention): boolean {
  const between = article.text.slice(earlier.end, d.start);
  const trimmed = between.trimEnd();
  const preposition = LIST_PREPOSITIONS.find((p) => trimmed.toLowerCase().endsWith(p) && !isWordChar(trimmed[trimmed.length - p.length - 1] ?? ' '));
  return listJoin(between) || (trimmed !== between && preposition !== undefined && listJoin(trimmed.slice(0, -preposition.length)));
}
/** Prepositions a listed date may repeat ("on Friday and on Saturday", "of 24 August and of 26 October"). */
const LIST_PREPOSITIONS = ['on', 'of', 'in'];

/**
 * Whether `a` (dated `span`) contradicts the `earlier` mention of its event: definite, not listed with it, not the
 * other end of a change or range with it (changeEnds), on days apart; a placed weekday ("Thursday's bombings") only
 * with the same noun.
 */
function contradicts(article: Article, a: Attachment, span: [number, number], earlier: { a: Attachment; span: [number, number] }): boolean {
  // Two dates without a year compare by month and day, or by month: the years the tense chose for them may differ.
  const sameDay = yearless(a.date) && yearless(earlier.a.date) && sameWithoutYear(a.date, earlier.a.date);
  const disjoint = !sameDay && (span[1] < earlier.span[0] || span[0] > earlier.span[1]);
  const placed = placedWeekday(article, a.date) || placedWeekday(article, earlier.a.date);
  // "the G8 summit in July" … "A G8 summit is set to take place in June": an indefinite noun named by the same proper
  // nouns as the definite one before it is that event.
  const named = a.modifiers !== '' && a.modifiers === earlier.a.modifiers && earlier.a.definite;
  // "the World Junior Tennis event in August" … "the Kooyong event on 12 January": nouns modified apart are two events.
  const apart = (a.modifiers !== '' && earlier.a.modifiers !== '' && a.modifiers !== earlier.a.modifiers) || namedApart(a, earlier.a);
  // A meeting told by its verb ("when it meets in April") is that meeting only when named so again ("the meeting"), not
  // any of its class ("the G8 summit in July").
  if (earlier.a.told && singular(a.noun) !== singular(earlier.a.noun)) return false;
  // "extended the deadline to Nov. 20 from Nov. 16": the old and the new date of one change, or a range's two ends.
  if (changeEnds(article, a.date, earlier.a.date)) return false;
  return (a.definite || named) && !apart && disjoint && !listedAfter(article, earlier.a.date, a.date) && (!placed || singular(a.noun) === singular(earlier.a.noun));
}

/** The fix that writes the earlier mention's day the way `d` was written (with the year when, without one, it would be read in another). */
function earlierDayFix(article: Article, d: DateMention, earlier: DateMention): Fix[] {
  const theirs = parseIsoDay(earlier.value);
  const written = readWrittenDate(article.text.slice(d.start, d.end), d.start, writesDayFirst(article));
  if (!theirs || !written || written.end !== d.end || earlier.grain !== 'day' || earlier.rangeEnd) return [];
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  const needsYear = written.y === null && (!pub || readYearlessDay(theirs.m, theirs.d, pub, d.tense ?? null) !== isoDay(theirs));
  const newText = writeLike(needsYear ? { ...written, y: theirs.y } : written, theirs);
  return [{ title: `Change to ${newText} (the date given earlier)`, edits: [{ start: written.start, end: written.end, newText }] }];
}

/**
 * One event given two dates: a date attached to an event noun ("the summit on 4 March") whose earlier mention has
 * days apart from it. Years written out are too coarse to tie to one event ("the 1992 election" and "the 2001 election"
 * are two), but one told relative to publication is the story's ("last year's blasts" … "the blasts on Aug. 7, 1997");
 * a placed weekday is compared only with the same noun ("Thursday's bombings" in a story of Monday 17 August is the
 * 13th, so "the Aug. 7 bombings" is another day; "Friday's meeting" is not "a summit next month").
 */
export function eventConflicts(article: Article, dates: DateMention[]): RuleFinding[] {
  // Each date's event is read once for both readings below.
  const read = new Map<DateMention, Attachment | null>();
  const attached = (d: DateMention) => { if (!read.has(d)) read.set(d, attachment(article, d)); return read.get(d)!; };
  const out: RuleFinding[] = [...weekdayConflicts(article, dates, attached)];
  const seen = new Map<string, { a: Attachment; span: [number, number] }>();
  // The later mentions of each event that contradict its first, and whether any later one agrees with the first.
  const against = new Map<string, { later: Attachment[]; agreed: boolean }>();
  for (const d of dates) {
    if (out.some((f) => f.start === d.start)) continue;
    const span = comparable(article, d) ? widened(d) : null;
    const a = span ? attached(d) : null;
    if (!a || !span || a.distinguished || a.event.startsWith('~')) continue;
    // (Only of an event no one schedules: "last year's festival" and "this year's festival" are two.)
    if (d.grain === 'year' && !isUnplannedEvent(a.noun.toLowerCase())) continue;
    const earlier = seen.get(a.event);
    // (A meeting told by its verb gives way to the first one named by another noun of its class: "when it meets in
    // April" … "the G8 summit in July" … "the summit on 6 July" compares the summits.)
    if (!earlier || (earlier.a.told && !a.told && singular(a.noun) !== singular(earlier.a.noun))) {
      seen.set(a.event, { a, span });
      against.set(a.event, { later: [], agreed: false });
      continue;
    }
    const tally = against.get(a.event)!;
    if (!contradicts(article, a, span, earlier)) {
      tally.agreed ||= d.value === earlier.a.date.value;
      continue;
    }
    tally.later.push(a);
  }
  for (const [event, { later, agreed }] of against) {
    if (later.length === 0) continue;
    const first = seen.get(event)!.a;
    // "yesterday's Autumn Statement" … "Today's Autumn Statement" … "today": when two or more later mentions agree
    // with each other against the first and none sides with it, the first is the odd one out (slips93).
    if (!agreed && later.length >= 2 && later.every((x) => x.date.value === later[0].date.value)) out.push(oddFirst(first, later));
    else for (const a of later) out.push(conflictFinding(article, a, first));
  }
  return out.sort((x, y) => x.start - y.start);
}

/** The finding on later mention `a` of an event whose first mention, `first`, gave another date. */
function conflictFinding(article: Article, a: Attachment, first: Attachment): RuleFinding {
  const d = a.date;
  const noun = a.noun.toLowerCase();
  const theirs = first.noun.toLowerCase();
  return {
    start: d.start,
    end: d.end,
    message: `The ${noun}${noun === theirs ? '' : ` (“${theirs}” earlier)`} ${isPlural(a.noun) ? 'are' : 'is'} dated ${valueInWords(d.value!)} here but ${valueInWords(first.date.value!)} earlier (“${first.date.text}”).`,
    fixes: earlierDayFix(article, d, first.date),
  };
}

/** The finding on an event's first mention, `first`, when the `later` ones (two or more) all give another date. */
function oddFirst(first: Attachment, later: readonly Attachment[]): RuleFinding {
  const d = first.date;
  const noun = first.noun.toLowerCase();
  const quoted = later.map((x) => `“${x.date.text}”`).join(', ');
  return {
    start: d.start,
    end: d.end,
    message: `The ${noun} ${isPlural(first.noun) ? 'are' : 'is'} dated ${valueInWords(d.value!)} here but ${valueInWords(later[0].date.value!)} ${later.length === 2 ? 'twice' : `${later.length} times`} later (${quoted}).`,
  };
}

const isPlural = (noun: string) => noun.endsWith('s') || noun.endsWith('S');

/**
 * Days a week ("last week", "this week") is widened by on each side before it is compared: copy says "last week" of
 * the last seven days as often as of the calendar week before, so only a day well outside it is another date.
 */
const WEEK_SLACK = 3;

/** The days `d` covers (interval), a week widened by WEEK_SLACK days on each side; null when it has none. */
function widened(d: DateMention): [number, number] | null {
  const span = interval(d);
  return span && d.grain === 'week' ? [span[0] - WEEK_SLACK, span[1] + WEEK_SLACK] : span;
}

/** How near publication (days) a day written without its year is read in a sure year. */
const SURE_DAYS = 60;

/** A weekday written alone ("Saturday's trip", "its meeting on Thursday"), whose week the tense chose. */
function bareWeekday(d: DateMention): boolean {
  return d.resolvedBy === 'tense' && weekdayAlone(d);
}

/**
 * One event given two weekdays: the same event noun (singular), definite and not singled out, dated once by a weekday
 * alone and once by another weekday or a calendar day that falls on another weekday ("Saturday's trip to France" …
 * "ahead of Sunday's trip"; "ahead of its meeting on 12 January", a Wednesday, … "its meeting on Thursday"; slips39).
 * Whatever week the tense placed a weekday in, one trip is not on two weekdays; two calendar days are eventConflicts'.
 */
function weekdayConflicts(article: Article, dates: DateMention[], attached: (d: DateMention) => Attachment | null): RuleFinding[] {
  const out: RuleFinding[] = [];
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  const byNoun = new Map<string, WeekdayReading>();
  const byClass = new Map<string, WeekdayReading>();
  for (const d of dates) {
    const r = weekdayReading(article, d, pub, attached);
    if (!r) continue;
    const key = `${singular(r.a.noun)}${r.a.phase ?? ''}`;
    // Two nouns of one class are one event only when both dates are bound to their nouns ("Wednesday's ruling" … "the
    // decision was announced Tuesday"; slips110).
    const classKey = `${r.a.event}${r.a.phase ?? ''}`;
    const earlier = byNoun.get(key) ?? (r.a.bound ? byClass.get(classKey) : undefined);
    if (r.a.bound && !byClass.has(classKey)) byClass.set(classKey, r);
    if (!earlier) {
      byNoun.set(key, r);
      continue;
    }
    if (!twoWeekdays(article, r, earlier)) continue;
    const names = weekdayNames();
    const noun = r.a.noun;
    out.push({
      start: d.start,
      end: d.end,
      message: `The ${noun.toLowerCase()}${singular(noun) === singular(earlier.a.noun) ? '' : ` (“${earlier.a.noun.toLowerCase()}” earlier)`} ${noun.endsWith('s') || noun.endsWith('S') ? 'are' : 'is'} on a ${names[r.weekday]} here (“${d.text}”) but on a ${names[earlier.weekday]} earlier (“${earlier.a.date.text}”).`,
    });
  }
  return out;
}

/** A date read for weekdayConflicts: its event, the weekday it falls on, and whether it is a weekday alone and placed in a week by the calendar. */
interface WeekdayReading {
  a: Attachment;
  weekday: number;
  bare: boolean;
  placed: boolean;
}

/**
 * `d` as a weekday of a definite event not singled out, or null: a weekday alone, a calendar day ("12 January")
 * written near publication if without its year, where the year is sure (SURE_DAYS), or a day a step from publication
 * ("yesterday", "tomorrow", "last Monday").
 */
function weekdayReading(article: Article, d: DateMention, pub: Ymd | null, attached: (d: DateMention) => Attachment | null): WeekdayReading | null {
  const bare = bareWeekday(d);
  const day = d.kind === 'date' && d.grain === 'day' && !d.rangeEnd ? parseIsoDay(d.value) : null;
  const sure = day && (d.resolvedBy !== 'tense' || (pub && Math.abs(toDays(day) - toDays(pub)) <= SURE_DAYS));
  // A day a step from publication ("yesterday", "last Monday") falls on a weekday as sure as a calendar day's, but
  // after a verb's object it dates the verb ("quit the show last Monday"), not the object.
  const stepped = d.resolvedBy === 'publication';
  if (!bare && (!sure || !(CALENDAR_WORD.test(d.text) || stepped))) return null;
  const a = attached(d);
  if (!a || !(a.definite || a.told) || a.distinguished || a.event.startsWith('~') || (stepped && !bare && objectOfVerb(article, a))) return null;
  // A calendar day and a weekday a past or future placed ("the Aug. 7 bombings" … "Thursday's bombings") are
  // eventConflicts', which names both days; two weekdays are told by name here, whatever weeks the tense chose.
  return { a, weekday: bare ? d.weekday! : weekdayOf(day!), bare, placed: !bare || comparable(article, d) };
}

/** Whether the attachment's noun phrase is a verb's object ("quit the show"): a verb right before its determiner. */
function objectOfVerb(article: Article, a: Attachment): boolean {
  const layer = languageOf(article);
  let k = phraseBefore(article, a.nounStart).opener;
  if (layer.tokens[k]?.pos === 'DET' || layer.tokens[k]?.pos === 'PRON') k--;
  return layer.tokens[k]?.pos === 'VERB';
}

/**
 * Whether readings `r` and `earlier` of one noun give it two weekdays: one of them a weekday alone, the days apart, not
 * listed together, and not two owners' ("Gordon Brown's speech on Saturday" and "the PM's speech on Sunday").
 */
function twoWeekdays(article: Article, r: WeekdayReading, earlier: WeekdayReading): boolean {
  if ((!r.bare && !earlier.bare) || (r.placed && earlier.placed && !(r.bare && earlier.bare)) || r.a.told) return false;
  const possessors = [possessorOf(article, r.a), possessorOf(article, earlier.a)];
  const owners = possessors[0] !== possessors[1] && possessors.every((p) => p !== null);
  return earlier.weekday !== r.weekday && !listedAfter(article, earlier.a.date, r.a.date) && !owners && !namedApart(r.a, earlier.a);
}

/** The names of the prepositional phrase right after an event noun ending at UTF-16 offset `end` (shared.ts nameInPhraseAt). */
function namedAfterNoun(article: Article, end: number): string {
  const layer = languageOf(article);
  return nameInPhraseAt(layer, (k) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end), firstTokenEndingAfter(layer, end));
}

/** "the blast in Nairobi" … "the blast in Dar es Salaam": two mentions of a noun whose phrases after it name two places or parties are two events. */
const namedApart = (a: Attachment, b: Attachment) => a.namedAfter !== '' && b.namedAfter !== '' && a.namedAfter !== b.namedAfter;

/** The word in the possessive right before an attachment's noun, past one modifier, lower case ("brown's"), or null; not its date ("Saturday's"). */
function possessorOf(article: Article, a: Attachment): string | null {
  const before = wordsBefore(article.text, Math.max(0, a.nounStart - 40), a.nounStart).slice(-2);
  const owner = before.reverse().find((x) => endsPossessive(x.w) && x.start !== a.date.start);
  return owner ? owner.w.toLowerCase() : null;
}
