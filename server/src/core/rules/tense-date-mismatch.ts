// tense-date-mismatch: past tense about a date after publication, or "will" about a date before it, read from the verb that governs the date's clause.
import { lapsedMonthFinding, unreachedPartFinding } from './tense-date-mismatch/lapsedMonth';
import { unfinishedResultsFinding } from './tense-date-mismatch/unfinishedResults';
import { datedAheadFinding } from './tense-date-mismatch/datedDocument';
import { anteriorGerundFinding } from './tense-date-mismatch/anteriorGerund';
import { describesPeople, namesBodies } from '../entities/refine';
import { firstTokenEndingAfter, isVerb, languageOf, quotationAt, verbGroupAt, verbGroupsIn, verbGroupWords, type Language, type Token, type VerbGroup } from '../language';
import { anniversaryNounCount, formatDay, monthNames, parseIsoDay, toDays, valueInterval, partOfInterval, weekdayNames, weekdayOf, type Ymd } from '../dates/calendar';
import { dateInWords } from '../dates/describe';
import { CALENDAR_WORD } from '../dates/expr';
import { eventAfter, eventNounBefore, isUnplannedEvent, unplannedEventAfter } from '../dates/events';
import { governingVerb, TOLD_BEFORE, type Governor } from '../dates/governor';
import { wordClasses, wordList } from '../dates/words';
import { firstAtLeast } from '../text/spanIndex';
import { sided, sideOfPublication } from '../dates/sides';
import type { Article, DateMention, FigureMention, Span } from '../types';
import type { Rule, RuleFinding } from './rule';
import { endsPossessive, hasDigit, hasLetter, isCapitalised, isDigits, lastWordOf, wordsOf } from '../text/shape';
import { contextSet, endsWithPhrase, firstWord, hasWordOf, isAsciiLetter, lastLetters, phrasesOf, possessiveAt, runsOf, wordsAtEnd, wordsIn } from '../dates/context';
import { beforePartOfPeriod } from '../dates/resolve';
import { dayAndMonth } from '../dates';
import { WindowMemo } from '../text/segments';
import { detached } from '../text/memo';
import { isWillFuture, whenClauseVerb } from '../dates/whenClause';
import { datelineOf } from './date-conflict/dateline';
import { possessedPhrase } from '../dates/events';

/** Words that stretch a future over a time ("over the coming weeks"): the verb's action, not a noun's. */
const STRETCH_WORDS = new Set(['over', 'during', 'within']);
const isApostrophe = (c: string | undefined) => c === "'" || c === '’';

/** First and last day a date covers (see valueInterval, and sideOfPublication); null for grains this rule leaves alone. */
const interval = (d: DateMention, pub: number): [number, number] | null => {
  const whole = monthsOf(d) ?? valueInterval(d.value, d.rangeEnd);
  return whole && sideOfPublication(d, partOfInterval(whole, d.mod), pub);
};

/**
 * The days of a run of months a date names within its year ("the first two quarters of 1989": January to June, slips
 * 103), from its rangeStart month to its rangeEnd month; null for any other date.
 */
function monthsOf(d: DateMention): [number, number] | null {
  if (!d.rangeStart || !d.rangeEnd || d.rangeStart.length !== MONTH_VALUE || d.rangeEnd.length !== MONTH_VALUE) return null;
  const first = valueInterval(d.rangeStart);
  const last = valueInterval(d.rangeEnd);
  return first && last ? [first[0], last[1]] : null;
}
/** Length of an ISO month value ("1989-06"). */
const MONTH_VALUE = 7;

/**
 * A relative date that carries its own direction from the publication date ("next month", "last Tuesday", "two
 * weeks ago", "tomorrow"): a past verb with a date it puts after publication is a slip ("The museum reopened next
 * month"), as is "will" with one it puts before; so does "this" before a season of the publication's year ("was killed
 * this fall" in April, slips109). Anaphoric dates ("the following week", "a day later") step from another event and are
 * left alone.
 */
const directed = (d: DateMention, prose: string) => d.relative && d.resolvedBy === 'publication' && (hasWordOf(d.text, contextSet('directionWords')) || thisSeason(d)) && !anaphoric(prose, d);
/** "this fall", "this summer": a season of the publication's year (resolveSeason), ahead of it or behind it as the calendar has it; not a winter, which spans two. */
const thisSeason = (d: DateMention) => d.grain === 'season' && !(d.value ?? '').endsWith('-WI') && wordsOf(d.text)[0]?.toLowerCase() === 'this';
/** Whether date `d` opens with "for" (or follows it) right after a common noun: "comments for the coming year". */
function scopeOfNoun(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  let k = layer.tokenAt(d.start);
  if (k < 0) return false;
  const word = (i: number) => (layer.tokens[i] ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase() : '');
  if (word(k) !== 'for') k--;
  return word(k) === 'for' && layer.tokens[k - 1]?.pos === 'NOUN';
}

/**
 * "this Friday" said on a Thursday (slips97: "The most recent hijacking, this Friday, involved …"): a weekday after
 * "this" that falls later in the publication's week (Monday to Sunday) than the publication day is that day, whoever
 * reads it; a past tense about it is a slip. One earlier in the week ("this Monday" on a Thursday) may be the one past
 * or the one to come, and is left to the tense.
 */
function laterThisWeek(d: DateMention, published: Ymd): boolean {
  const day = d.grain === 'day' ? parseIsoDay(d.value) : null;
  const words = d.text.split(' ');
  if (comingWeekend(d, words, published)) return true;
  if (!day || d.resolvedBy !== 'publication' || words.length !== 2 || words[0].toLowerCase() !== 'this' || !weekdayNames().includes(words[1])) return false;
  const ahead = toDays(day) - toDays(published);
  return ahead > 0 && ahead <= (7 - weekdayOf(published)) % 7;
}

/** Weekdays (Sunday 0) on which "this weekend" lies ahead for every reader: Thursday and Friday. */
const WEEKEND_AHEAD_FROM = 4;
const WEEKEND_AHEAD_UNTIL = 5;

/**
 * "this weekend" said on a Thursday or a Friday ("The team lost to Leeds this weekend" on Thursday 24 February 2005):
 * the weekend of the publication's week, still to come; a past tense about it is a slip. Early in the week copy may
 * still call the weekend just gone this one (resolveWeekend reads it so under a past on Monday and Tuesday), and on
 * a Wednesday either reading is heard, so neither is judged.
 */
function comingWeekend(d: DateMention, words: readonly string[], published: Ymd): boolean {
  const weekday = weekdayOf(published);
  return d.resolvedBy === 'publication' && (d.value ?? '').endsWith('-WE') && words.length === 2 && words[0].toLowerCase() === 'this' && weekday >= WEEKEND_AHEAD_FROM && weekday <= WEEKEND_AHEAD_UNTIL;
}

/**
 * "The next year a close friend was struck", "the next day he resigned": "the next" steps from the story's own time,
 * not from publication; "in the next year", "over the next week" look ahead from publication.
 */
function anaphoric(prose: string, d: DateMention): boolean {
  const before = prose.slice(Math.max(0, d.start - 40), d.start);
  const [last, beforeThe] = wordsAtEnd(before, 2);
  return firstWord(d.text) === 'next' && last === 'the' && !contextSet('stretchPrepositions').has(beforeThe ?? '');
}
/** Verbs of expecting (not of planning): what they forecast for a period is no plan that has lapsed. */
const EXPECTING = new Set(['expect', 'forecast', 'predict', 'project', 'anticipate']);
/** The length of a day's ISO value ("2004-05-05"); a month, quarter or year is shorter. */
const ISO_DAY_LENGTH = 10;
/** A relative date that points after publication ("next year", "tomorrow", "the coming week"). */
const FORWARD = new Set(['next', 'coming', 'tomorrow']);
/** A limit that an event runs up to ("until", "through", "by"): under "will", a date before publication cannot be one. */
const RUNS_UNTIL = phrasesOf('runsUntilWords', ['the'], ['end of']);
/** A year written in words ("in nineteen ninety-one"), as explicit as one in figures. */
const yearInWords = (d: DateMention) => !d.relative && d.grain === 'year' && !hasDigit(d.text);
/** Prepositions of time before a decade ("in the 1970s", "throughout the 1990s"). */
const DECADE_PREPOSITIONS = phrasesOf('decadePrepositions', ['the']);
/** A decade's value ("197"). */
const isDecade = (d: DateMention) => d.value?.length === 3 && isDigits(d.value);
/** A time something is done by ("by", "by the end of"): a past tense cannot reach one after publication. */
const COMPLETED_BY = phrasesOf('completedByWords', ['the'], ['end of']);
/**
 * The baseline of a comparison, with its figure, before the date: "down from $21.4 million", "compared with a loss of
 * $3 million", "up from" — the earlier term of a change that is reported, so it cannot lie after publication.
 */
const BASELINE = /\b(?:(?:up\s+|down\s+)?from|compared\s+(?:with|to)|against|versus)\b(?:[^.;]|\.(?=\d))*\d(?:[^.;]|\.(?=\d))*$/i;
/** Words that make a baseline a forecast's ("expected to rise to $5m next year from $4m"): the rule stays quiet. */
const FORECAST = /\b(?:will|would|expect\w*|forecast\w*|project\w*|predict\w*|estimat\w*|could|may|might|set\s+to|due\s+to)\b/i;

/** A date after one of these is a limit, a target or a term, which any tense may speak of: "funded until 2008", "rescheduled for 15 June", "born after 1 September 2002", "a dividend payable Dec. 1", "holders of record Nov. 24", "notes due March 15, 2007". */
const LIMIT = phrasesOf('limitWords', ['the'], ['end of', 'start of', 'middle of']);

/** "a Jan. 14 return date", "the 22 January show": a date that modifies a noun takes no tense from the clause. */
const ATTRIBUTIVE_BEFORE = /\b(?:a|an|the|this|that|its|their|his|her|our|[A-Za-z]+['’]s)\s+(?:[a-z]+\s+){0,2}$/i;
const ATTRIBUTIVE_AFTER = /^\s+(?!(?:when|after|before|and|but|with|from|for|until|because|while|where|which|that|the|this|was|were|will|would|has|had|is|are)\b)(?:[A-Za-z]{3,}|[A-Z]{2}\b)/;
/**
 * Whether date `d` (with `before`, the prose just before it) modifies a noun or is the verb's object rather than the
 * time of its clause's verb: "a Jan. 14 return date" (attributive), "a 1950s hit musical" (a decade is a time of the
 * verb's only after a preposition of time, "will grow throughout the 1970s"), "the Act of 1998" (datesName), "has set
 * Nov. 10 as the deadline" (objectAs).
 */
function notTheVerbsTime(article: Article, d: DateMention, before: string): boolean {
  if (ATTRIBUTIVE_BEFORE.test(before) && !afterPreposition(article, d) && ATTRIBUTIVE_AFTER.test(article.prose.slice(d.end, d.end + 20)) && !beforeVerb(article, d)) return true;
  if (isDecade(d) && !endsWithPhrase(before, DECADE_PREPOSITIONS())) return true;
  return datesName(article, d) || objectAs(article, d) || marksAnniversaryOf(article, d) || anyYearOfDay(article, d);
}

/**
 * "Following are some of the major events to have occurred on September 4 in history" (CoNLL-2003 train and testa): a
 * day written without a year and followed by a phrase of data/dates-context.json anyYearPhrases names that day in
 * every year, not one the tense could place.
 */
function anyYearOfDay(article: Article, d: DateMention): boolean {
  if (d.grain !== 'day' || !dayAndMonth(d.text)) return false;
  const after = article.prose.slice(d.end, d.end + 16).toLowerCase();
  return [...contextSet('anyYearPhrases')].some((p) => after.startsWith(` ${p}`));
}

/** Most tokens read back from a date to the anniversary whose "of" phrase holds it ("the 50th anniversary of its founding in"). */
const ANNIVERSARY_REACH = 8;
/** Parts of speech that end the "of" phrase between an anniversary and a date in it (a clause begins). */
const PHRASE_ENDS: ReadonlySet<string> = new Set(['VERB', 'AUX', 'PUNCT', 'CCONJ', 'SCONJ']);

/**
 * "NATO will mark the 50th anniversary of its founding in 1949 next month" (a slips95 probe: "Future tense about
 * 1949"): a date inside the "of" phrase of an anniversary ("anniversary", or a round one's noun of
 * data/dates-calendar.json anniversaryNouns: "centenary") dates what the anniversary marks, not the verb that marks it.
 * Read back from the date over the phrase's words only, ANNIVERSARY_REACH tokens at most.
 */
function marksAnniversaryOf(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = firstTokenEndingAfter(layer, d.start);
  for (let k = at - 1; k >= 0 && k >= at - ANNIVERSARY_REACH && layer.tokens[k].sentence === layer.tokens[at]?.sentence && !PHRASE_ENDS.has(layer.tokens[k].pos); k--) {
    const lemma = layer.tokens[k].lemma;
    if ((lemma === 'anniversary' || anniversaryNounCount(lemma) !== null) && article.prose.slice(layer.tokens[k + 1]?.start ?? 0, layer.tokens[k + 1]?.end ?? 0).toLowerCase() === 'of') return true;
  }
  return false;
}

/**
 * "The High Court next month ruled", "The Kremlin next year seized": whether the token right after date `d` is a verb
 * or an auxiliary (linguistic layer), so that the date stands between a subject and its verb and modifies no noun
 * (BBC slips: "the 22 January show" has a noun there).
 */
function beforeVerb(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const next = layer.tokens[firstTokenEndingAfter(layer, d.end - 1) + 1];
  return !!next && next.start >= d.end && (next.pos === 'VERB' || next.pos === 'AUX');
}

/**
 * Whether the token right before date `d` is a preposition (Universal POS ADP): "The council on Aug. 16 ordered" dates
 * the verb (slips69), where "the Jan. 14 return date" modifies a noun.
 */
function afterPreposition(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const k = firstTokenEndingAfter(layer, d.start) - 1;
  return k >= 0 && layer.tokens[k].end <= d.start && layer.tokens[k].pos === 'ADP';
}
/**
 * "Datamonitor put the figure at 4.6 million by 2008", "valued the market at $4bn in 2008": a verb that places its
 * object at a figure, with the date right after the figure (one preposition between), gives the value the object has
 * at that time: the date is the figure's, not the verb's. Read from the layer: an object between the verb and "at", the
 * figure right after "at" (a figure the figure reader found).
 */
function valueAtTime(article: Article, verb: Governor, d: DateMention, figures: FigureMention[]): boolean {
  if (verb.end > d.start) return false;
  const layer = languageOf(article);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const afterVerb = firstTokenEndingAfter(layer, verb.end);
  const dateToken = firstTokenEndingAfter(layer, d.start);
  return figures.some((f) => {
    if (f.start < verb.end || f.end > d.start) return false;
    const at = firstTokenEndingAfter(layer, f.start) - 1;
    const next = firstTokenEndingAfter(layer, f.end);
    return at > afterVerb && word(at) === 'at' && layer.tokens[at].end <= f.start && dateToken - next <= 1 && layer.tokens.slice(next, dateToken).every((t) => t.pos === 'ADP');
  });
}

/** Words that open the earlier term of a comparison between a verb and its date ("slower than in 2004", "up from"). */
const COMPARISON_BETWEEN = new Set(['than', 'from']);

/**
 * Whether the words from `from` to `to` (UTF-16 offsets) make what follows the earlier term of a comparison: "than",
 * or "from" after a word of change (data/dates-context.json comparisonLemmas, by word or lemma: "up from", "rose
 * from") or before one of `figures` ("can get treatment, up from four centres in 2001"), or a determined noun
 * phrase after "from", which the date may be of; not "will gain protection from creditors in 2003" (BBC slips).
 */
function comparisonBetween(article: Article, from: number, to: number, figures: readonly FigureMention[]): boolean {
  const layer = languageOf(article);
  const lemmas = contextSet('comparisonLemmas');
  for (let k = firstTokenEndingAfter(layer, from); k < layer.tokens.length && layer.tokens[k].start < to; k++) {
    const t = layer.tokens[k];
    const w = article.prose.slice(t.start, t.end).toLowerCase();
    // ("will add more than five million new customers in 2004": a figure's own "more than" compares nothing.)
    if (!COMPARISON_BETWEEN.has(w) || figures.some((f) => f.start <= t.start && t.end <= f.end)) continue;
    if (w === 'than') return true;
    const before = layer.tokens[k - 1];
    const changed = !!before && (lemmas.has(article.prose.slice(before.start, before.end).toLowerCase()) || lemmas.has(before.lemma));
    // ("footage from the recording session in January 1985", "extracts from Churchill's speech in 1945": a
    // determined thing after "from" is a source with its own date; a number starts a value, "from 2.4% last year",
    // whether or not the figure reader took it.)
    const after = layer.tokens[k + 1];
    // (Not when a preposition of time opens a phrase of its own before the date: "will be delisted from the New York
    // Stock Exchange after the close of composite trading yesterday", slips86.)
    const determined = !!after && (after.pos === 'DET' || after.pos === 'PRON' || after.pos === 'NUM' || endsPossessive(article.prose.slice(after.start, layer.tokens[k + 2]?.end ?? after.end)))
      && !timePhraseBetween(article, layer, k + 1, to);
    if (changed || determined || figures.some((f) => f.start >= t.end && f.end <= to)) return true;
  }
  return false;
}

/** Whether a preposition of time (data/language-verb-groups.json timePrepositions) stands from layer token `k` up to offset `to`. */
function timePhraseBetween(article: Article, layer: Language, k: number, to: number): boolean {
  const time = verbGroupWords().timePrepositions;
  for (; k < layer.tokens.length && layer.tokens[k].start < to; k++) if (time.has(article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase())) return true;
  return false;
}

/** "will slow from more than 3% in 2004 to …": a date that qualifies a starting value, not the verb. */
const FROM_VALUE = /\bfrom\b(?:[^.;]|\.(?=\d))*\d(?:[^.;]|\.(?=\d))*$/i;

/**
 * An event noun with a determiner before it, among the last words before the date: "a Budget giveaway on", "over the
 * Hatfield rail crash in", not "will visit Paris on". 'planned' for a noun of data/dates-event-nouns.txt (what is
 * scheduled may be spoken of before it happens), 'unplanned' for one only in data/dates-unplanned-event-nouns.txt
 * ("deaths", "riots": told as past, they happened), null when there is none. An event noun before a last word that
 * describes people (entities/refine.ts describesPeople, learned: "elections chief", "Budget spokesman") modifies it and
 * is passed over, as is one right before a noun of dating (data/dates-context.json datingNouns: "a trial date").
 */
function nearEvent(between: string): 'planned' | 'unplanned' | null {
  const words = runsOf(between, (c) => isAsciiLetter(c) || c === "'").map((r) => r.text);
  const events = wordClasses('dates-event-nouns.txt');
  let found: 'planned' | 'unplanned' | null = null;
  for (let i = windowStart(words); i < words.length; i++) {
    const w = words[i].toLowerCase();
    if (!events.has(w) && !isUnplannedEvent(w)) continue;
    // "appointed him as his elections chief next October": an event noun that modifies a noun of people is no event the date can belong to.
    if (i < words.length - 1 && describesPeople(words[words.length - 1].toLowerCase())) continue;
    // "will set a trial date earlier this month" (slips123): an event noun before a noun of dating names whose date is
    // set, and the date after them is when the verb sets it.
    if (i < words.length - 1 && contextSet('datingNouns').has(words[i + 1].toLowerCase())) continue;
    if (!words.slice(Math.max(0, i - 3), i).some((x) => contextSet('eventDeterminers').has(x.toLowerCase()) || x.endsWith("'s"))) continue;
    if (events.has(w)) return 'planned';
    found = 'unplanned';
  }
  return found;
}

/** How many words before a date nearEvent reads for its event noun. */
const NEAR_EVENT_WORDS = 5;
/** Prepositions of a place between an event noun and its date ("a ceremony in Independence, Mo., on March 12"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at']);

/**
 * The index in `words` of the first of the last NEAR_EVENT_WORDS words, a name after "in" or "at" counted as one word:
 * "invited the ministers to a ceremony in Independence, Mo., on" reaches "ceremony" (review 77).
 */
function windowStart(words: readonly string[]): number {
  let i = words.length;
  for (let counted = 0; i > 0 && counted < NEAR_EVENT_WORDS; counted++) {
    let run = i - 1;
    while (run > 0 && isCapitalised(words[run - 1]) && isCapitalised(words[run])) run--;
    i = isCapitalised(words[i - 1]) && run > 0 && PLACE_PREPOSITIONS.has(words[run - 1].toLowerCase()) ? run : i - 1;
  }
  return i;
}

/**
 * Whether the object of governor `verb`, the noun chunk right after it (past a phrasal particle: "carried out a
 * survey"), holds a word of data/dates-event-nouns.txt before date `d`, whatever the tagger calls it ("won the cup final",
 * "ran a trial of the player next year", "held talks in November"); not "ran an advert for the festival next month", whose event hangs on "for".
 */
function objectIsEvent(article: Article, verb: Governor, d: DateMention): boolean {
  if (verb.end > d.start) return false;
  const layer = languageOf(article);
  const events = wordClasses('dates-event-nouns.txt');
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  let k = firstTokenEndingAfter(layer, verb.end);
  if (layer.tokens[k] && verbGroupWords().phrasalParticles.has(word(k))) k++;
  // (A possessive determiner opens the object too: "completed its tour".)
  const inObject = (t: Token) => OBJECT_POS.has(t.pos) || (t.pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(t.lemma));
  for (; layer.tokens[k] && layer.tokens[k].start < d.start && inObject(layer.tokens[k]); k++) if (events.has(word(k))) return true;
  return false;
}

/**
 * "is due to stand down at the 2001 election" (slips119): whether date `d` modifies an event noun of
 * data/dates-event-nouns.txt right after it that verb `verb` takes part in through "at" or "in" (partOf): the event's
 * date is then the verb's time, though the date modifies a noun.
 */
function datesEventTakenPart(article: Article, d: DateMention, verb: Governor | null): boolean {
  if (!verb) return false;
  const layer = languageOf(article);
  const next = layer.tokens[firstTokenEndingAfter(layer, d.end)];
  if (!next || !wordClasses('dates-event-nouns.txt').has(article.prose.slice(next.start, next.end).toLowerCase())) return false;
  return partOf(article, verb, d, next.start);
}

/** Parts of speech of a verb's object before its "in" or "at" ("achieved the qualifying mark at a meeting"). */
const OBJECT_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM']);
/** Prepositions of being in or at an event ("run in the Grand Prix", "speak at the summit"). */
const PARTICIPATION = new Set(['in', 'at']);

/**
 * Whether the event noun date `d` hangs on (eventNounBefore) is the object of an "in" or "at" (or an "on" before a
 * journey: onJourney) right after verb group `verb` or its object, with no other preposition between ("will run in the Birmingham Grand Prix on 18 February"; not "was named in
 * the squad for the match on 5 May", where the match hangs on "for").
 */
function partOf(article: Article, verb: Governor, d: DateMention, nounStart?: number): boolean {
  if (verb.end > d.start) return false;
  const noun = nounStart === undefined ? eventNounBefore(article.prose, verb.end, d.start) : { start: nounStart };
  if (!noun) return false;
  const layer = languageOf(article);
  let first = firstTokenEndingAfter(layer, verb.end);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  // Past the verb's object ("achieved the qualifying mark at a meeting in Glasgow next month", slips40); an -ing word
  // before a noun modifies it ("qualifying").
  // So does a possessive before one ("its accounts").
  const modifier = (k: number) => (layer.tokens[k].pos === 'VERB' && word(k).endsWith('ing') && layer.tokens[k + 1]?.pos === 'NOUN') || (layer.tokens[k].pos === 'PRON' && OBJECT_POS.has(layer.tokens[k + 1]?.pos ?? ''));
  // A phrasal verb's particle first ("will set out the plan in a speech").
  if (layer.tokens[first] && verbGroupWords().phrasalParticles.has(word(first))) first++;
  while (layer.tokens[first] && layer.tokens[first].start < noun.start && (OBJECT_POS.has(layer.tokens[first].pos) || modifier(first))) first++;
  first = pastBeneficiary(layer, word, first, noun.start);
  if (!layer.tokens[first] || layer.tokens[first].pos !== 'ADP' || !(PARTICIPATION.has(word(first)) || (word(first) === 'on' && onJourney(article.prose, noun.start) && !contextSet('topicVerbs').has(verb.lemma)))) return false;
  for (let k = first + 1; k < layer.tokens.length && layer.tokens[k].start < noun.start; k++) if (layer.tokens[k].pos === 'ADP' || layer.tokens[k].pos === 'VERB') return false;
  return true;
}

/**
 * Whether the event noun at offset `start` of `prose` is one a party is "on" (data/dates-context.json journeyNouns:
 * "will support U2 on their European tour", "on a trade mission"; slips122): being on it is taking part, as "in" and
 * "at" are for other events. Not after a verb whose "on" takes a topic (data topicVerbs: "will comment on the visit").
 */
function onJourney(prose: string, start: number): boolean {
  const word = wordsIn(prose.slice(start, start + 24))[0] ?? '';
  return contextSet('journeyNouns').has(word);
}

/**
 * The token of the "in" or "at" after a beneficiary opening at token `first` ("secured bronze for Britain at next
 * month's …", "for the GB men's team at"; slips52), or `first` when no "for" opens there or none follows it before
 * offset `before`.
 */
function pastBeneficiary(layer: Language, word: (k: number) => string, first: number, before: number): number {
  if (!layer.tokens[first] || word(first) !== 'for') return first;
  let k = first + 1;
  while (layer.tokens[k] && layer.tokens[k].start < before && (OBJECT_POS.has(layer.tokens[k].pos) || layer.tokens[k].pos === 'PART')) k++;
  return layer.tokens[k] && PARTICIPATION.has(word(k)) ? k : first;
}

/**
 * "Details were released at next week's conference", "will speak at last month's summit": a verb whose "in" or "at"
 * takes an event dated by a possessive (eventAfter, partOf's shape) happens when the event does, so a past verb
 * about an event after publication (`span` in days since the epoch, `pub` the publication day), or a "will" about one
 * before it, is a slip. The verb, whether it is past, and the event noun; null otherwise.
 */
function takesPartInPossessed(article: Article, d: DateMention, span: [number, number], pub: number): { verb: Governor; past: boolean; noun: string } | null {
  const verb = governingVerb(article, d);
  if (!verb || verb.end > d.start || verb.plan || verb.negated || verb.hypothetical) return null;
  const past = verb.tense === 'past' && !verb.presentPerfect && span[0] > pub;
  const stale = verb.tense === 'future' && verb.will && !verb.perfect && !verb.reported && span[1] < pub;
  if (!past && !stale) return null;
  const event = eventAfter(article.prose, d.end);
  return event && partOf(article, verb, d, d.start) ? { verb, past, noun: event.noun } : null;
}

/**
 * Each date's tense-date-mismatch findings, kept per paragraph window: what the check reads of the document beyond the
 * window (the publication date, the grace setting, the values of the other dates in the date's sentence) is in the key.
 */
const DATE_FINDINGS = new WindowMemo<RuleFinding[]>();

/** `found` with every offset moved `by` code units and the messages strings of their own (a memo keeps them). */
function shiftFindings(found: RuleFinding[], by: number): RuleFinding[] {
  return found.map((f) => ({ ...f, start: f.start + by, end: f.end + by, message: detached(f.message) }));
}

export const tenseDateMismatch: Rule = {
  id: 'tense-date-mismatch',
  defaultSeverity: 'warning',
  description: 'Past tense about a date after the publication date ("met on Sept. 25" in an article of Sept. 20), or "will" about a date before it; results told for a period not yet begun, and a document "dated" a day still to come.',
  check({ article, dates, config, figures }) {
    const findings: RuleFinding[] = [];
    const published = parseIsoDay(article.frontMatter?.published ?? null);
    if (!published) return findings;
    const pub = toDays(published);
    const days = dates.filter((o) => parseIsoDay(o.value)).sort((a, b) => a.start - b.start);
    /**
     * Whether a reported "will" about a time ending on day `last` (days since the epoch) was right when spoken: the
     * sentence dates the speaking before it ("said on 5 June it will meet on 17 June"), or a direct quotation falls
     * within config.quoteGraceDays of publication.
     */
    const reportedInTime = (verb: Governor, d: DateMention, last: number): boolean => {
      if (verb.reported !== 'past') return false;
      const said = verb.reporter ? dayStartingWithin(days, verb.reporter.end, 4, d) : undefined;
      if (said && toDays(parseIsoDay(said.value)!) <= last) return true;
      return !!quotationAt(article, d.start) && pub - last <= config.quoteGraceDays;
    };
    // Each date's findings read the date, its sentence (other dates and figures in it among them), the publication
    // date and the grace setting: kept per paragraph window (text/segments.ts WindowMemo), keyed by those.
    const sentenceValues = new Map<number, string>();
    for (const o of dates) sentenceValues.set(o.sentence, `${sentenceValues.get(o.sentence) ?? ''}${o.start - (article.sentences[o.sentence]?.start ?? 0)}:${o.value};`);
    const keyOf = (d: DateMention) => `${pub} ${config.quoteGraceDays} ${d.kind} ${d.value} ${d.resolvedBy} ${d.relative} ${d.reference} ${d.rangeStart} ${d.rangeEnd} ${sentenceValues.get(d.sentence)}`;
    // "if they mail an offer by Oct. 22, it will reimburse them" in a story of 26 October (slips105): a condition in the
    // present whose consequence is a future with "will" looks ahead as that future does; a date before publication (its
    // last day `last`, toDays) is a slip, as under the future itself, and, reported, unless the speaking is dated before it.
    const conditionFinding = (d: DateMention, last: number, verb: Governor | null): RuleFinding | null => {
      if (last >= pub) return null;
      const consequence = verb ? futureConsequence(article, verb, d) : null;
      if (!verb || !consequence || reportedInTime(verb, d, last)) return null;
      return { start: d.start, end: d.end, message: `A condition (“${article.text.slice(verb.start, verb.end)}”) of a future (“${article.text.slice(consequence.start, consequence.end)}”) about ${dateInWords(d)}, which is before the publication date (${formatDay(published)}).` };
    };
    const readDate = (d: DateMention): RuleFinding[] => {
      const findings: RuleFinding[] = [];
      // The verb that governs the date, read once (the condition check and the tense check both ask).
      let governor: Governor | null | undefined;
      const governorOf = () => (governor === undefined ? (governor = governingVerb(article, d)) : governor);
        // "is expected in October" on 2 November: a month just ended that the tense put eleven months ahead.
        const lapsed = lapsedMonthFinding(article, d, published) ?? unreachedPartFinding(article, d, published);
        if (lapsed) return [lapsed];
        // "reported a 77% drop in fourth-quarter net income" on 26 October: a quarter's results before it ends.
        const unfinished = unfinishedResultsFinding(article, d, dates, published);
        if (unfinished) return [unfinished];
        // "The letter, dated Feb. 14," on 10 February: a document cannot bear a day still to come.
        const dated = datedAheadFinding(article, d, published);
        if (dated) return [dated];
        // A date whose year or direction was chosen by the tense agrees with it by construction.
        // "over the coming weeks", "in the near future": a time after publication with no calendar value (TimeML FUTURE_REF).
        const future = d.reference === 'future';
        // ("in the next three years" is a length and, ahead of publication, such a time too; "over the past three years"
        // one back from publication, a time before it, which only a future can contradict.)
        const behind = d.kind === 'duration' && d.reference === 'past';
        if ((d.kind !== 'date' && !(d.kind === 'duration' && (future || behind))) || d.resolvedBy === 'tense' || d.sentence < 0 || !(future || behind || CALENDAR_WORD.test(d.text) || yearInWords(d) || directed(d, article.prose) || sided(d) || laterThisWeek(d, published))) return findings;
        const before = article.prose.slice(Math.max(0, d.start - 30), d.start);
        const span = future ? [pub + 1, pub + 1] : behind ? [pub - 1, pub - 1] : interval(d, pub);
        const condition = span && !future && !behind && span[1] < pub ? conditionFinding(d, span[1], governorOf()) : null;
        if (condition) return [condition];
        if (!span) return findings;
        const inWhenClause = !future && !behind ? whenClauseFinding(article, d, span as [number, number], published) : null;
        if (inWhenClause) {
          findings.push(inWhenClause);
          return findings;
        }
        // "compared with a loss of $3 million next year": the baseline of a reported change after publication. So is a
        // written date after publication under a past verb ("rose to $186.3m from $64.4m in the same period in 2005"
        // on 6 December 2004, slips113): what a change told as over started from was had before it.
        const forward = directed(d, article.prose) && hasWordOf(d.text, FORWARD);
        const baseline = !future && span[0] > pub && (forward || toldAsOver(governorOf())) ? baselineBefore(article.prose, d, article.sentences[d.sentence], figures) : null;
        if (baseline) {
          findings.push({ start: d.start, end: d.end, message: `The baseline of a comparison (“${baseline}”) about ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).` });
          return findings;
        }
        // "will report last year's results": a date in the possessive dates the noun after it, not the verb. But an event
        // no one schedules cannot lie ahead in a past-tense sentence ("arrested in connection with next year's bombings",
        // "next year's floods killed 40"); as the object of a verb it may be feared or forecast ("feared next month's storms").
        // After a reporting verb the event opens the reported clause, whose own verb tells it ("said next month's
        // discovery of a rifle represented a breakthrough"); under a verb with no tense, the past of the clause around it
        // does ("was heartened by cooperation in probing into next Friday's bombings").
        // ("the past three years' accounts" names a noun's period, whatever the verb.)
        if (behind && isApostrophe(article.prose[d.end])) return findings;
        if (possessiveAt(article.prose, d.end)) {
          const ahead = !future && directed(d, article.prose) && hasWordOf(d.text, FORWARD) && span[0] > pub;
          const reported = ahead && afterReportingVerb(article, d);
          const event = ahead && (reported || !objectOfVerb(article, d)) ? unplannedEventAfter(article.prose, d.end) : null;
          const told = event ? pastTelling(article, d, reported) : null;
          if (event && told) {
            findings.push({ start: d.start, end: d.end, message: `Past tense (“${article.text.slice(told.start, told.end)}”) about “${d.text}’s ${event.noun}” (${dateInWords(d)}), which is after the publication date (${formatDay(published)}): an event no one schedules cannot be told as past before it happens.` });
            return findings;
          }
          // "next year's race, when he finished fourth", "next week's talks ended", "Sales for next year's first quarter
          // were": the event or period the date owns told as over; "up from next year's $3": a comparison's baseline.
          const over = ahead && !reported ? possessedToldOver(article, d) : null;
          if (over) {
            findings.push({ start: d.start, end: d.end, message: `Past tense (“${article.text.slice(over.verb.start, over.verb.end)}”) about “${d.text}’s ${over.noun}” (${dateInWords(d)}), which is after the publication date (${formatDay(published)}): it is told as over before it happens.` });
            return findings;
          }
          const base = ahead ? possessiveBaseline(article, d, figures) : null;
          if (base) {
            findings.push({ start: d.start, end: d.end, message: `The baseline of a comparison (“${base} ${d.text}’s …”) about ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).` });
            return findings;
          }
          const atEvent = takesPartInPossessed(article, d, span as [number, number], pub);
          if (atEvent) findings.push({ start: d.start, end: d.end, message: `${atEvent.past ? 'Past tense' : 'Future tense'} (“${article.text.slice(atEvent.verb.start, atEvent.verb.end)}”) at “${d.text}’s ${atEvent.noun}” (${dateInWords(d)}), which is ${atEvent.past ? 'after' : 'before'} the publication date (${formatDay(published)}).` });
          return findings;
        }
        // ("since the end of 2005": "since" before the part of a period that the date's mod names.)
        const sinceAPart = d.mod && beforePartOfPeriod(before) !== null ? sinceFinding(article, d, before, span as [number, number], published) : null;
        if (sinceAPart) return [sinceAPart];
        // ("And next summer, …": a conjunction that opens the sentence joins clauses, not the ends of a span.)
        if (endsWithPhrase(before, LIMIT()) && !afterOpeningConjunction(article, d) && !approachingPart(before)) {
          const limited = limitFinding(article, d, before, span as [number, number], published, reportedInTime, figures);
          if (limited) {
            findings.push(limited);
            return findings;
          }
          // But "is scheduled for 7 January", "a meeting planned for 6 or 7 January": the day a plan told in the present
          // is for, and a day listed after another, are the verb's own dates.
          const beforeListed = beforeListedDay(before);
          // So is a closed range after "from" ("is traveling … from April 3-9, 2021"): both its ends are the verb's time.
          // So is a range "between" two dates ("will employ them between 1999 and 2001", "launched between September
          // 2005 and March 2006"), read at its second end over both: the range is the verb's time, wrong only when all of
          // it lies on the wrong side of publication.
          const opening = endsRange(before) ? rangeOpening(article, dates, d) : null;
          const opened = opening && interval(opening, pub);
          if (opened) span[0] = Math.min(span[0], opened[0]);
          const closedRange = (!!d.rangeEnd && wordsAtEnd(before, 1)[0] === 'from') || !!opened;
          if (!closedRange && !plannedFor(article, d, before) && !(beforeListed !== null && (!endsWithPhrase(beforeListed, LIMIT()) || plannedFor(article, d, beforeListed)))) return findings;
        }
        if (notTheVerbsTime(article, d, before) && !datesEventTakenPart(article, d, governorOf())) return findings;
        const verb = governorOf();
        if (!verb) {
          // "Since going on sale at the end of 2005, Nintendo has sold 4m consoles" in March 2005: a gerund told before
          // its clause's past or perfect verb.
          const anterior = future ? null : anteriorGerundFinding(article, d, span as [number, number], pub, published);
          if (anterior) return [anterior];
          // "before having to flee the capital after a coup d'etat next year, appeared confident": an unscheduled event
          // dated after publication under a verb with no tense, in a sentence told in the past.
          const sentence = article.sentences[d.sentence];
          const ahead = !future && span[0] > pub && nearEvent(article.prose.slice(Math.max(sentence?.start ?? 0, d.start - 60), d.start)) === 'unplanned';
          const cue = ahead ? pastCueBefore(article, d) : null;
          if (cue) findings.push({ start: d.start, end: d.end, message: `Past tense (“${article.text.slice(cue.start, cue.end)}”) about ${dateInWords(d)}, which is after the publication date (${formatDay(published)}): an event no one schedules cannot be told as past before it happens.` });
          return findings;
        }
        // A contraction is quoted with its host: “He’ll visit”, not “’ll visit”.
        let cueStart = verb.start;
        while (cueStart > 0 && isApostrophe(article.text[verb.start]) && hasLetter(article.text[cueStart - 1])) cueStart--;
        const cue = article.text.slice(cueStart, verb.end);
        // (The starting value is a figure the figure reader found: "from the 3GSM World Congress" holds a digit only.)
        if (verb.end <= d.start && FROM_VALUE.test(article.prose.slice(verb.end, d.start)) && figures.some((f) => f.start >= verb.end && f.end <= d.start)) return findings;
        if (valueAtTime(article, verb, d, figures)) return findings;
        // "The latest donation follows a £2.5m gift to the party in 2006": a verb of sequence in the present puts its
        // object before the news it reports, so the object's date cannot lie after publication (whatever event it dates).
        if (span[0] > pub && !future && followsObject(article, verb, d)) {
          findings.push({ start: d.start, end: d.end, message: `“${cue}” tells of something before the news, about ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).` });
          return findings;
        }
        // "hinted at a Budget giveaway on 16 March": a date right after an event noun dates the event, not the verb.
        // ("over the coming weeks", "during …", "within …" stretch the verb's action, whatever noun stands before them.)
        const stretch = future && STRETCH_WORDS.has(firstWord(d.text));
        // "announced a review in the coming weeks", "promised action in the near future": a future time after a verb of
        // saying or promising belongs to what was said.
        // Not a date fronted before its clause ("Next summer, economists warned …"): that dates the saying itself.
        const frontedDate = opensClause(article, d, verb);
        if (future && !frontedDate && wordList('dates-reporting-verbs.txt').has(lastWordOf(cue).toLowerCase())) return findings;
        // But an event no one schedules, told as past with a date after publication, is a slip ("The Israelis suffered a
        // record 39 deaths in southern Lebanon next year"), unless the verb reports or foresees it ("warned of riots next month").
        // But an event a date before it already dates at another time ("announce his squad for the June-July tour last
        // month"): the date after it cannot be the event's, and dates the verb (slips58). One inside the first refines
        // it ("the 2005 Grand Prix in Birmingham on 18 February").
        // Not a date that dates the verb before the event's phrase opens ("called him up on Sunday to the squad for the
        // World Cup qualifier against Moldova next weekend", CoNLL-2003 train): a preposition between the two dates
        // opens that phrase.
        const datedBefore = dates.some((o) => {
          if (o === d || o.start < verb.end || o.end > d.start || prepositionBetween(article, o.end, d.start)) return false;
          const other = interval(o, pub);
          return !!other && (span[1] < other[0] || span[0] > other[1]);
        });
        const event = !stretch && !datedBefore && verb.end <= d.start ? nearEvent(article.prose.slice(verb.end, d.start)) ?? (eventNounBefore(article.prose, verb.end, d.start) ? 'planned' : null) : null;
        // "held talks in November 2005", "staged a rally on 25 March": a verb that carries out the event its object
        // names (data/dates-context.json realisingVerbs; not "ran an advert for the festival"), told as past, says the
        // event happened: its date is the verb's. So
        // does one told as a future ("will begin a four-day tour on 12 January": the tour begins then).
        // So does a verb whose "in" or "at" takes the event ("will run in the Birmingham Grand Prix on 18 February",
        // "spoke at the summit on 9 May": being in or at an event is being there when it happens).
        const takesPart = event === 'planned' && partOf(article, verb, d);
        // So does "after" or "following" before the event under a past verb ("there was a discussion following the
        // committee report next week"): what the verb came after has happened (slips82).
        const doneBefore = event === 'planned' && verb.tense === 'past' && !verb.plan && wordsIn(article.prose.slice(verb.end, d.start)).some((w) => TOLD_BEFORE.has(w));
        const carriedOut = contextSet('realisingVerbs').has(verb.lemma) && objectIsEvent(article, verb, d);
        const realised = doneBefore || ((carriedOut || takesPart) && ((verb.tense === 'past' && !verb.plan) || verb.tense === 'future'));
        if (event === 'planned' && !realised) return findings;
        // "will rest after a draw on 8 January": a date right after the noun a preposition of time takes dates that noun,
        // whatever it is (after it, something happened), not the future verb before it.
        if (verb.tense === 'future' && verb.end <= d.start && (datesNounAfterTimePreposition(article, verb, d) || inSincePhrase(article, verb, d))) return findings;
        // "abandoned plans for listings in New York next year": a word of planning between the verb and the date
        // (data/dates-future-cues.txt, outside any verb group) dates what is planned, not the verb.
        if (!stretch && verb.end <= d.start && planWordBetween(article, verb.end, d.start)) return findings;
        if (event === 'unplanned' && !((verb.tense === 'past' || verb.presentPerfect) && span[0] > pub && !verb.plan && !foresees(verb, lastWordOf(cue)))) return findings;
        // "2004 won't be remembered as …": a date that is the subject of its verb is not when the verb happens. After a
        // noun or pronoun it is an adverb of that subject's clause ("the bombings in Kenya next week claimed", "which
        // next year had sales").
        // Such a date may date the subject noun itself ("the earthquake last month will result in"): then only a past
        // verb about a later date is a slip, since what happened cannot follow what it caused.
        const rightBeforeVerb = verb.start >= d.end && article.prose.slice(d.end, verb.start).trim() === '';
        // But a time that is the subject of a past verb ("Next year saw the implementation of …") is told as over.
        // Nor is one that is the subject of a verb of witnessing ("Last year will see a new set of releases").
        const witnessed = verb.tense === 'future' && contextSet('timeSubjectVerbs').has(verb.lemma);
        if (rightBeforeVerb && !afterSubject(article, d) && !(verb.tense === 'past' && !verb.presentPerfect) && !witnessed) return findings;
        // "The bullish comments for the coming year soothed analysts" (a false alarm of slips98): a time after "for" and a
        // noun, in the subject before its verb, is the scope of what the noun says (a forecast's, a budget's), not when
        // the verb happened.
        if (rightBeforeVerb && scopeOfNoun(article, d)) return findings;
        // Past tense after publication is wrong even in reported speech: the speaker spoke before publication, about something before that.
        // "was leaving next month", "were due to meet on 5 June": a plan told in the past, a future seen from the past.
        // The present perfect ("has eliminated next year") tells of something done by now: after publication it is a slip too.
        // Not a slip: "did not rule out change in the future" (what was not done lies ahead), "if in the next few weeks
        // we achieved" (a hypothetical), "has promised them £8.1bn next year" (data/dates-forward-verbs.txt).
        const ahead = verb.negated || verb.hypothetical || (!frontedDate && wordList('dates-forward-verbs.txt').has(verb.lemma) && !datesTheCommitment(article, verb, d));
        // A span counted ahead is wrong only under the present perfect ("has grown by 400% in the next three years"): under a
        // past verb it may count from the story's own time ("He spent the next seven years in New York") or be a future
        // reported in the past ("It said TV companies faced a threat over the next five years").
        const narrative = d.kind === 'duration' && !verb.presentPerfect;
        if ((verb.tense === 'past' || verb.presentPerfect) && span[0] > pub && !verb.plan && !ahead && !narrative) {
          const when = future || sided(d) ? `“${d.text}”, a time after the publication date (${formatDay(published)})` : `${dateInWords(d)}, which is after the publication date (${formatDay(published)})`;
          findings.push({ start: d.start, end: d.end, message: `${verb.presentPerfect ? 'Present perfect' : 'Past tense'} (“${cue}”) about ${when}.` });
          return findings;
        }
        // "is traveling to Croatia from April 3-9, 2021" in a story of 2022 (slips79): a present progressive, happening now
        // or planned, about a written year before publication's is a slip; not a relative date ("are meeting … last
        // Friday" may be a plan told late), not an object's date (events and plan words are passed above), and not past
        // another verb, whose the date is ("is serving a ban after testing positive in 2003").
        if (verb.progressive && !rightBeforeVerb && writtenYearBefore(d, published) && !verbBetween(article, verb.end, d.start)) {
          findings.push({ start: d.start, end: d.end, message: `Present progressive (“${cue}”) about ${dateInWords(d)}, a year before the publication date (${formatDay(published)}).` });
          return findings;
        }
        // A future made with will or with a plan in the present ("is expected to begin", "is due to reopen") about a date
        // before publication.
        if (verb.tense !== 'future' || verb.perfect || !(verb.will || verb.plan) || span[1] >= pub || (rightBeforeVerb && !witnessed && !afterActor(article, d))) return findings;
        if (behind && !spanOfForecast(article, verb, d)) return findings;
        // "growth of 5% expected in 2004", read early in 2005: a forecast told in the passive for a whole period stands
        // until the period's figures are out; a day that has passed ("the election, expected on 5 May") is a slip, and so
        // are an active forecast ("they can expect strong dividends last year") and a period named from the story's
        // time ("profits are expected to rise last year").
        if (passiveForecastOfPeriod(article, verb, cue, d)) return findings;
        // "growth this year may be slower than in 2004", "can get treatment, up from four centres in 2001": the earlier
        // term of a comparison, not when the future happens.
        if (verb.end <= d.start && comparisonBetween(article, verb.end, d.start, figures)) return findings;
        // "The committee will meet on Monday 17 June, its chair said." in a story of 20 June: the chair's future was right
        // when spoken, but the reader meets a future that has passed, so reported "will" is a slip too — unless the
        // sentence dates the speaking before the event ("said on 5 June it will meet on 17 June").
        // A direct quotation is the speaker's words, which the desk does not rewrite: "will" in one is a slip only when the
        // date lies more than config.quoteGraceDays before publication (a setting, default 7: news quotes the last week).
        // (A span back from publication was as far behind when spoken: no grace for it.)
        if (!behind && reportedInTime(verb, d, span[1])) return findings;
        const when = sided(d) || behind ? `“${d.text}”, a time before the publication date` : `${dateInWords(d)}, which is before the publication date`;
        const told = verb.forecastBy ? `A forecast (“${article.text.slice(verb.forecastBy.start, verb.forecastBy.end)}”)` : verb.schedule ? `A timetable in the present tense (“${cue}”)` : `Future tense (“${cue}”)`;
        // (A span back from publication under a future is one counted the wrong way: "the next three years"?)
        const advice = behind ? ` A future looks ahead: “${forwardSpan(d.text)}”?` : verb.forecastBy ? '' : verb.schedule ? ' Say what happened, in the past tense.' : reportedAdvice(article, verb, d);
        findings.push({ start: d.start, end: d.end, message: `${told} about ${when} (${formatDay(published)}).${advice}` });
      return findings;
    };
    // ("WASHINGTON, August 9 (Xinhua) --": a dateline dates the story's filing, not the verb after it; date-conflict
    // holds it to the publication date.)
    const dateline = datelineOf(article, dates);
    for (const d of dates) if (d !== dateline) for (const f of DATE_FINDINGS.get(article.text, article.prose, d, keyOf(d), () => readDate(d), shiftFindings)) findings.push(f);
    return findings;
  },
};

/**
 * The verb group of the consequence whose condition `verb` tells, when `verb` is in the present simple in a clause a
 * conditional opener opens ("if", "unless": Governor.hypothetical), date `d` after it in that clause, and the
 * consequence is a future with "will" or "shall" (no "would"): the first finite verb group past the comma that closes
 * the condition ("if … by Oct. 22, it will reimburse"), or the last one before the opener ("will reimburse them if they
 * mail … by Oct. 22"). Null otherwise.
 */
function futureConsequence(article: Article, verb: Governor, d: DateMention): Span | null {
  if (!verb.hypothetical || verb.tense !== 'present' || verb.perfect || verb.progressive || verb.negated || verb.end > d.start) return null;
  const layer = languageOf(article);
  const at = firstTokenEndingAfter(layer, verb.start);
  const sentence = layer.sentences[layer.tokens[at]?.sentence ?? -1];
  if (!sentence) return null;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const will = (g: VerbGroup | undefined): g is VerbGroup => !!g && g.tense === 'future' && g.modal === null && !g.perfect;
  const before = consequenceBefore(layer, word, at, sentence.first);
  if (will(before)) return before;
  const after = consequenceAfter(layer, word, layer.tokenAt(d.end - 1) + 1, sentence.last);
  return will(after) ? after : null;
}

/** The last verb group before the conditional opener that opens the clause of token `at`, within OBJECT_REACH tokens of it; undefined when none. */
function consequenceBefore(layer: Language, word: (k: number) => string, at: number, first: number): VerbGroup | undefined {
  let opener = at - 1;
  while (opener >= first && !verbGroupWords().conditionalOpeners.has(word(opener))) opener--;
  const before = opener > first ? verbGroupsIn(layer, first, opener - 1).at(-1) : undefined;
  return before && before.last >= opener - OBJECT_REACH ? before : undefined;
}

/** The first verb group past the comma that closes a condition at or after token `from` (no verb group before the comma); undefined when none. */
function consequenceAfter(layer: Language, word: (k: number) => string, from: number, last: number): VerbGroup | undefined {
  let comma = from;
  while (comma <= last && word(comma) !== ',' && !verbGroupAt(layer, comma)) comma++;
  return comma <= last && word(comma) === ',' ? verbGroupsIn(layer, comma + 1, last)[0] : undefined;
}
/** Most tokens of an object between a consequence's verb and the conditional opener after it ("will reimburse them a maximum | if"). */
const OBJECT_REACH = 8;

/** A counted span back from publication told ahead: "past three years" → "next three years" (its first word replaced, its case kept). */
function forwardSpan(text: string): string {
  const next = isCapitalised(text) ? 'Next' : 'next';
  return `${next}${text.slice(firstWord(text).length)}`;
}

/**
 * Whether `verb` is a verb of sequence told in the present (data/dates-context.json sequenceVerbs: "follows"; or "comes
 * after") and date `d` stands in its object, after a noun ("follows a £2.5m gift to the party in 2006"): what follows
 * something comes after it, so that thing is over. Not "the second phase follows in 2006", where the date is the verb's
 * own.
 */
function followsObject(article: Article, verb: Governor, d: DateMention): boolean {
  if (verb.tense !== 'present' || verb.perfect || verb.plan || verb.negated || verb.end > d.start) return false;
  const layer = languageOf(article);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const after = firstTokenEndingAfter(layer, verb.end);
  const comesAfter = verb.lemma === 'come' && after >= 0 && word(after) === 'after';
  if (!contextSet('sequenceVerbs').has(verb.lemma) && !comesAfter) return false;
  for (let k = after; k >= 0 && k < layer.tokenAt(d.start); k++) if (layer.tokens[k].pos === 'NOUN') return true;
  return false;
}

/**
 * Whether a counted span back from publication (`d`: "the past three years") is the time of a future or a forecast
 * `verb`: the verb is "will" or one of forecasting (data/dates-context.json forecastingVerbs: "expects to see investment
 * of $10bn over the past three years"), the span follows a preposition of a period (amountPeriodPrepositions, or
 * "within") with no preposition between it and the verb. After one the span dates that phrase's noun ("will look at
 * deaths in the last five years"); a modal's plan ("should be a re-evaluation of spending over the past three years")
 * foresees nothing.
 */
function spanOfForecast(article: Article, verb: Governor, d: DateMention): boolean {
  if (!verb.will && !contextSet('forecastingVerbs').has(verb.lemma)) return false;
  const layer = languageOf(article);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  let k = layer.tokenAt(d.start) - 1;
  if (k >= 0 && word(k) === 'the') k--;
  if (k < 0 || !(contextSet('amountPeriodPrepositions').has(word(k)) || word(k) === 'within')) return false;
  for (let j = firstTokenEndingAfter(layer, verb.end); j >= 0 && j < k; j++) if (layer.tokens[j].pos === 'ADP') return false;
  return true;
}

/**
 * Whether date `d` follows "for" after a verb of planning (data/dates-forward-verbs.txt, or a participle of
 * data/dates-future-cues.txt: "slated") told in the present or the
 * future ("is scheduled for", "There is a meeting planned for"): the day the plan is for. A plan told in the past
 * ("was rescheduled for 15 June") may name any day, and stays a limit.
 */
function plannedFor(article: Article, d: DateMention, before: string): boolean {
  if (wordsAtEnd(before, 1)[0] !== 'for') return false;
  const verb = governingVerb(article, d);
  if (!verb || verb.tense !== 'future' || !verb.plan) return false;
  // The verb's lemma, or its last word as written ("slated", which the tagger leaves unlemmatised).
  return wordList('dates-forward-verbs.txt').has(verb.lemma) || wordList('dates-future-cues.txt').has(lastWordOf(article.prose.slice(verb.start, verb.end)).toLowerCase());
}

/**
 * When the text before a date (`before`) ends with a bare day or a month's name and "or" or "and" ("on 6 or " of "on 6
 * or 7 January 2004", "in October and " of "in October and November 2004"), the text before that day: the date stands where the day stands, whose own words say whether it is a limit
 * ("between 6 and 7 January") or not. Else null.
 */
function beforeListedDay(before: string): string | null {
  const [join, day, dayBefore] = wordsAtEnd(before, 3, true);
  // ("in October and November 2004": a month listed alone before the date stands as the bare day does; not the month
  // of a day, "between 1 May and".)
  const month = !!day && monthNames().some((m) => m.toLowerCase() === day.toLowerCase()) && !(dayBefore && isDigits(dayBefore));
  if ((join !== 'or' && join !== 'and') || !day || !(month || (day.length <= 2 && isDigits(day)))) return null;
  return before.slice(0, before.lastIndexOf(day));
}

/** The advice a reported "will" outside a quotation gets, or ''. */
function reportedAdvice(article: Article, verb: Governor, d: DateMention): string {
  return verb.reported === 'past' && !quotationAt(article, d.start) ? ' In reported speech, write “would”, or say what happened.' : '';
}

/**
 * The finding for date `d` after a limit (`before` ends with "until", "by", "through" …), or null: "will" running up to
 * a time already past ("Price wars will continue through last year"), or what is told as done by a time after
 * publication ("Creative had shipped two million players by the end of next year"; not what was planned, foreseen or
 * promised: "had pledged to finish by 2010"). `span` is the days the date covers (toDays numbers); `inTime` whether a
 * reported "will" was right when spoken; `figures` the figure mentions (a value placed at the time, valueAtTime, is no finding).
 */
function limitFinding(article: Article, d: DateMention, before: string, span: [number, number], published: Ymd, inTime: (verb: Governor, d: DateMention, last: number) => boolean, figures: FigureMention[]): RuleFinding | null {
  const pub = toDays(published);
  const explicitOrDirected = directed(d, article.prose) || !d.relative;
  const since = sinceFinding(article, d, before, span, published);
  if (since) return since;
  const started = d.reference !== 'future' ? futureFrom(article, d, before, span[1], published, inTime) ?? pastFrom(article, d, before, span[0], published) : null;
  if (started) return started;
  // ("will extend the offer until Oct. 6": a day and month whose year the tense did not choose is as plain for a
  // "will" running up to it; slips69.)
  const dayWritten = d.grain === 'day' && CALENDAR_WORD.test(d.text);
  const verb = d.reference !== 'future' && (endsWithPhrase(before, RUNS_UNTIL()) || endsRange(before)) && (span[1] < pub ? explicitOrDirected || dayWritten : span[0] > pub && explicitOrDirected) ? governingVerb(article, d) : null;
  if (!verb || (verb.end > d.start && !frontedLimit(article, d))) return null;
  return valueAtTime(article, verb, d, figures) ? null : limitedByVerb(article, d, verb, before, span, published, inTime);
}

/**
 * "has been indexing programmes since December 2005" in a story of January 2005, "has sold 4m consoles since the end of
 * 2005" in March 2005 (slips123): nothing has run since a time to come. `before` is the text before the date, which
 * may end with the part of the period the date's `mod` names ("the end of"); `span` the days the date covers. A date
 * the tense resolved, or relative with no direction of its own, is left alone. Null when there is no slip.
 */
function sinceFinding(article: Article, d: DateMention, before: string, span: [number, number], published: Ymd): RuleFinding | null {
  const lead = d.mod ? beforePartOfPeriod(before) ?? before : before;
  if (d.reference === 'future' || (d.relative && !directed(d, article.prose)) || span[0] <= toDays(published) || wordsAtEnd(lead, 1)[0] !== 'since') return null;
  const written = article.prose.slice(d.start - (before.length - lead.length), d.end);
  return { start: d.start, end: d.end, message: `“since ${written}”: ${dateInWords(d)} is after the publication date (${formatDay(published)}), so nothing can have gone on since then.` };
}

/** Whether date `d`'s limit phrase opens its sentence, set off by a comma ("Until September 2023, Wilson will …"). */
function frontedLimit(article: Article, d: DateMention): boolean {
  const sentence = article.sentences[d.sentence];
  return !!sentence && !article.prose.slice(sentence.start, d.start).includes(',') && article.prose.slice(d.end).trimStart().startsWith(',');
}

/**
 * "in 1968, when Russian troops will sweep through Prague" (published 1999), "in 2030, when the plant closed": the
 * verb of a "when" clause the date introduces (dates/whenClause.ts) happens at the date; a will-future before
 * publication, or a past (not a report: "in 2030, when it said") after it, is a slip. `span` is the days the date
 * covers (toDays numbers). Null otherwise.
 */
function whenClauseFinding(article: Article, d: DateMention, span: [number, number], published: Ymd): RuleFinding | null {
  if (d.relative && !directed(d, article.prose)) return null;
  const g = whenClauseVerb(article, d);
  if (!g) return null;
  const pub = toDays(published);
  const layer = languageOf(article);
  const cue = article.text.slice(layer.tokens[g.first].start, layer.tokens[g.last].end);
  if (span[1] < pub && isWillFuture(article, g)) {
    return { start: d.start, end: d.end, message: `Future tense (“${cue}”) in the “when” clause of ${dateInWords(d)}, which is before the publication date (${formatDay(published)}).` };
  }
  const reports = wordList('dates-reporting-verbs.txt').has(lastWordOf(cue).toLowerCase());
  if (span[0] > pub && g.tense === 'past' && !g.perfect && !g.modal && !g.prospective && !reports) {
    return { start: d.start, end: d.end, message: `Past tense (“${cue}”) in the “when” clause of ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).` };
  }
  return null;
}

/**
 * The date that opens the range "between <it> and `d`" in `d`'s sentence: the last date before `d` in it whose text
 * before ends with "between"; null when none.
 */
function rangeOpening(article: Article, dates: readonly DateMention[], d: DateMention): DateMention | null {
  const earlier = dates.filter((o) => o.sentence === d.sentence && o.end <= d.start && o.kind === 'date' && !!o.value);
  const last = earlier[earlier.length - 1];
  return last && wordsAtEnd(article.prose.slice(Math.max(0, last.start - 12), last.start), 1)[0] === 'between' ? last : null;
}

/** How many words before "and" a range's "between" may stand: "between May and", "between 1 May and". */
const RANGE_OPENING_WORDS = 3;

/** Whether `before` (the text before a date) ends with "between … and": the date ends a range, as after "until". */
function endsRange(before: string): boolean {
  const words = wordsAtEnd(before, RANGE_OPENING_WORDS + 2);
  return words[0] === 'and' && words.slice(2).includes('between');
}

/** limitFinding's reading of the verb group `verb` that governs date `d` after a limit (same arguments). */
function limitedByVerb(article: Article, d: DateMention, verb: Governor, before: string, span: [number, number], published: Ymd, inTime: (verb: Governor, d: DateMention, last: number) => boolean): RuleFinding | null {
  const pub = toDays(published);
  const cue = article.text.slice(verb.start, verb.end);
  if (span[1] < pub && deadlineNow(article, verb, d)) {
    return { start: d.start, end: d.end, message: `A deadline told in the present (“${cue} until”) at ${dateInWords(d)}, which is before the publication date (${formatDay(published)}).` };
  }
  if (span[1] < pub && staleFuture(article, verb, cue, d) && !inTime(verb, d, span[1])) {
    return { start: d.start, end: d.end, message: `Future tense (“${cue}”) running up to ${dateInWords(d)}, which is before the publication date (${formatDay(published)}).${reportedAdvice(article, verb, d)}` };
  }
  const done = span[0] > pub && (verb.tense === 'past' || verb.presentPerfect) && !verb.plan && endsWithPhrase(before, COMPLETED_BY());
  if (!done || foresees(verb, lastWordOf(article.prose.slice(verb.start, verb.end))) || !doneBy(article, verb)) return null;
  return { start: d.start, end: d.end, message: `${verb.presentPerfect ? 'Present perfect' : 'Past tense'} (“${cue}”) about what was done by ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).` };
}

/**
 * Whether a verb, an -ing form the tagger read as a noun ("after testing positive", "with 32 million getting hooked") or
 * a comma stands in prose [from, to) (layer tokens): the date past it may be another clause's or phrase's.
 */
function verbBetween(article: Article, from: number, to: number): boolean {
  const layer = languageOf(article);
  for (let k = firstTokenEndingAfter(layer, from); k < layer.tokens.length && layer.tokens[k].start < to; k++) {
    const t = layer.tokens[k];
    const w = article.prose.slice(t.start, t.end);
    if (isVerb(t) || w === ',' || (t.pos === 'NOUN' && w.endsWith('ing'))) return true;
  }
  return false;
}

/** Whether date `d` was written with its year (resolved by the text) and ends before the publication year begins. */
function writtenYearBefore(d: DateMention, published: Ymd): boolean {
  const span = interval(d, toDays(published));
  return d.resolvedBy === 'text' && hasDigit(d.text) && !!span && span[1] < toDays({ y: published.y, m: 1, d: 1 });
}

/** Prepositions of time whose noun names an event (a subset of data/language-verb-groups.json timePrepositions). */
const EVENT_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'since']);
/** Words a noun phrase may hold between a preposition and its head noun ("after a tense 1-1 draw"). */
const NOUN_PHRASE_WORDS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN']);
/** How many phrases may hang on an event's noun between it and its date ("after two caps | as a replacement | against the All Blacks | last year"). */
const ATTACHED_PHRASES = 3;

/**
 * "will be her first project since the birth of her twins, Hazel and Phinnaeus, two months ago": a date after "since"
 * and its noun phrase, with no verb between, dates the event "since" looks back to, not the future `verb` before it.
 */
function inSincePhrase(article: Article, verb: Governor, d: DateMention): boolean {
  const layer = languageOf(article);
  const verbLast = firstTokenEndingAfter(layer, verb.end - 1);
  for (let k = firstTokenEndingAfter(layer, d.start) - 1; k > verbLast; k--) {
    const t = layer.tokens[k];
    if (t.pos === 'VERB' || t.pos === 'AUX') return false;
    if (article.prose.slice(t.start, t.end).toLowerCase() === 'since') return true;
  }
  return false;
}

/**
 * Whether date `d` follows, right after it or after "on", "in" or "at", a noun phrase that a preposition of
 * EVENT_PREPOSITIONS takes after `verb` ("will rest after a draw on 8 January", "will open lower following a slump on
 * 14 January", "will vote following the report last week"), perhaps past up to ATTACHED_PHRASES phrases that hang on
 * that noun ("will be his first start after two caps as a replacement against the All Blacks last year", review 117).
 * The event's own phrase has a common noun; "of", a preposition of time (data/language-verb-groups.json
 * timePrepositions) or any other word on the way back ends the search.
 */
function datesNounAfterTimePreposition(article: Article, verb: Governor, d: DateMention): boolean {
  const layer = languageOf(article);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const verbLast = firstTokenEndingAfter(layer, verb.end - 1);
  let k = firstTokenEndingAfter(layer, d.start) - 1;
  // ("will vote following the report last week": a date right after the noun dates it too.)
  if (k > verbLast && ['on', 'in', 'at'].includes(word(k))) k--;
  if (k <= verbLast || (layer.tokens[k].pos !== 'NOUN' && layer.tokens[k].pos !== 'PROPN')) return false;
  for (let hops = 0; hops <= ATTACHED_PHRASES; hops++) {
    const head = k;
    while (k - 1 > verbLast && NOUN_PHRASE_WORDS.has(layer.tokens[k - 1].pos)) k--;
    if (k - 1 <= verbLast) return false;
    const preposition = word(k - 1);
    if (EVENT_PREPOSITIONS.has(preposition)) return layer.tokens.slice(k, head + 1).some((t) => t.pos === 'NOUN');
    // ("after the end of trading yesterday": "of" makes one phrase of a time and what it is the end of, the verb's bound.)
    if (layer.tokens[k - 1].pos !== 'ADP' || preposition === 'of' || verbGroupWords().timePrepositions.has(preposition)) return false;
    k -= 2;
    if (k <= verbLast || !NOUN_PHRASE_WORDS.has(layer.tokens[k].pos)) return false;
  }
  return false;
}

/**
 * "Towards the end of 2005 the firm staged …": "towards" (data/dates-context.json approachingWords) before a part of a
 * period (the reading that gives the date its `mod`, resolve.ts beforePartOfPeriod) dates the verb near that part; it
 * sets no limit. `before` is the text before the date.
 */
function approachingPart(before: string): boolean {
  const rest = beforePartOfPeriod(before);
  return rest !== null && contextSet('approachingWords').has((lastLetters(rest) ?? '').toLowerCase());
}

/** "Chelsea has until 12 January to respond": a deadline told in the present ("has"/"have" and "until" before `d`). */
function deadlineNow(article: Article, verb: Governor, d: DateMention): boolean {
  return verb.lemma === 'have' && verb.tense === 'present' && !verb.perfect && wordsIn(article.prose.slice(verb.end, d.start))[0] === 'until';
}

/**
 * "will reach 1m users by March 2004", "hopes to reach …", "is due to finish by …": a future with "will", or a plan told
 * now (not a passive forecast of a whole period, passiveForecastOfPeriod), and no perfect. Whether the date is past is
 * the caller's test.
 */
function staleFuture(article: Article, verb: Governor, cue: string, d: DateMention): boolean {
  if (verb.tense !== 'future' || verb.perfect) return false;
  return verb.will || (verb.plan && !passiveForecastOfPeriod(article, verb, cue, d));
}

/**
 * "growth of 5% expected in 2004", "is expected to make a loss in 2004", "are forecast to put £269bn on cards during
 * 2004", read early in 2005: a forecast told in the passive (a verb of EXPECTING after "be", or its bare participle;
 * no "will") for a whole period, which stands until the period's figures are out (figuresLongOut); not the start or
 * end of something (startsOrEnds). `cue` is the verb group's text.
 */
function passiveForecastOfPeriod(article: Article, verb: Governor, cue: string, d: DateMention): boolean {
  if (verb.will || d.relative || (d.value ?? '').length >= ISO_DAY_LENGTH || startsOrEnds(verb) || figuresLongOut(article, d)) return false;
  if (EXPECTING.has(verb.lemma) && lastWordOf(cue).toLowerCase().endsWith('ed')) return true;
  const layer = languageOf(article);
  for (let k = layer.tokenAt(verb.start); k > 0 && k < layer.tokens.length && layer.tokens[k].start < verb.end; k++) {
    if (EXPECTING.has(layer.tokens[k].lemma) && layer.tokens[k - 1].lemma === 'be') return true;
  }
  return false;
}

/** Days after a period ends by which its figures are out (annual accounts within six months: UK Companies House, US SEC 10-K within 90 days). */
const FIGURES_OUT_DAYS = 183;

/**
 * "The inquiry is expected to report in spring 2023", read in June 2024: whether period `d` ended more than
 * FIGURES_OUT_DAYS before publication, when what was forecast for it is long known; false without a publication date.
 */
function figuresLongOut(article: Article, d: DateMention): boolean {
  const published = parseIsoDay(article.frontMatter?.published ?? null);
  const whole = valueInterval(d.value, d.rangeEnd);
  return !!published && !!whole && toDays(published) - whole[1] > FIGURES_OUT_DAYS;
}

/**
 * "Construction is expected to begin in 2023": whether the head of `verb` is a verb of starting or ending
 * (data/dates-context.json startVerbs, endVerbs), a moment in its period rather than the period's figure, which no
 * one still expects once the period is over (slips74).
 */
function startsOrEnds(verb: Governor): boolean {
  return contextSet('startVerbs').has(verb.lemma) || contextSet('endVerbs').has(verb.lemma);
}

/** The start of what a verb tells ("from", "from the middle of", "starting"): under "will", no time before publication. */
const STARTS_FROM = phrasesOf('startsFromWords', ['the'], ['start of', 'middle of', 'end of', 'beginning of']);

/**
 * "is expected to be rolled out from the middle of 2004", "will apply from the start of 2003", "From 2003 onwards, firms
 * will pay", read in 2005: a future whose
 * start date `d` lies wholly before publication. Not the first term of a range ("will run from 2003 to 2006": it goes
 * on), nor a date of a noun ("will include sales from 2004", a noun right before "from"), nor a backdated payment
 * (data/dates-context.json backdatingWords in the sentence: "will be backdated from April"). A finding or null.
 */
function futureFrom(article: Article, d: DateMention, before: string, last: number, published: Ymd, inTime: (verb: Governor, d: DateMention, last: number) => boolean): RuleFinding | null {
  // (A day written with its number and no year, placed nearest publication, is read as written: "will be available
  // from 2 January" on 11 January, slips121; a deictic date is not.)
  const written = d.grain === 'day' && hasDigit(d.text);
  if (last >= toDays(published) || (d.relative && !written) || !endsWithPhrase(before, STARTS_FROM())) return null;
  if (opensRange(article, d)) return null;
  const start = startOfVerb(article, d);
  if (!start) return null;
  const verb = governingVerb(article, d);
  if (!verb || (verb.end > d.start && start !== 'fronted') || verb.tense !== 'future' || !(verb.will || verb.plan) || verb.perfect || inTime(verb, d, last)) return null;
  const cue = article.text.slice(verb.start, verb.end);
  return { start: d.start, end: d.end, message: `Future tense (“${cue}”) starting from ${dateInWords(d)}, which is before the publication date (${formatDay(published)}).${reportedAdvice(article, verb, d)}` };
}

/** Whether date `d` is the first term of a range: an end word ("to", "until") or a dash right after it ("from 2003 to 2006"). */
function opensRange(article: Article, d: DateMention): boolean {
  return contextSet('endWords').has(firstWord(article.prose.slice(d.end, d.end + 16).trimStart())) || RANGE_DASHES.has(article.prose.slice(d.end).trimStart()[0]);
}

/**
 * "The scheme ran from June 2005", "Prices have risen from June 2005", "The festival was launched from June 2005", read
 * in February 2005 (slips124): a past or a present perfect whose start date `d` (its first day `first`, a toDays
 * number) lies wholly after publication: what has happened cannot have started at a time to come. Not a plan told in
 * the past ("was due to run from June"), not a passive of a verb other than an event's own (a decision and the date it
 * takes effect: "was extended from next month"), not the first term of a range, not a date of a noun (startOfVerb),
 * and only a date written with its year or one that carries its own direction ("from next month"). A finding or null.
 */
function pastFrom(article: Article, d: DateMention, before: string, first: number, published: Ymd): RuleFinding | null {
  if (first <= toDays(published) || (d.relative && !directed(d, article.prose)) || !endsWithPhrase(before, STARTS_FROM())) return null;
  if (opensRange(article, d)) return null;
  const start = startOfVerb(article, d);
  const verb = start ? governingVerb(article, d) : null;
  if (!verb || (verb.end > d.start && start !== 'fronted') || !(verb.tense === 'past' || verb.presentPerfect) || verb.plan || verb.hypothetical) return null;
  // ("The scheme was extended from next month": a passive tells a decision with the date it takes effect; only one
  // of an event's own verbs, data realisingVerbs and startVerbs, "was launched from", tells the thing done.)
  const layer = languageOf(article);
  const group = verbGroupAt(layer, firstTokenEndingAfter(layer, verb.start));
  if (group?.passive && !contextSet('realisingVerbs').has(verb.lemma) && !contextSet('startVerbs').has(verb.lemma)) return null;
  const cue = article.text.slice(verb.start, verb.end);
  return { start: d.start, end: d.end, message: `${verb.presentPerfect ? 'Present perfect' : 'Past tense'} (“${cue}”) starting from ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).` };
}

/**
 * Where the start before date `d` ("from", "starting": data/dates-context.json startsFromWords, back within its
 * sentence) stands: 'after-verb' after a verb or its particle, or after a noun a preposition takes ("rolled out on
 * DVDs from the middle of 2004"), not after an object ("sales from 2004"); 'fronted' when it opens
 * the sentence ("From 2003 onwards, firms will pay"), the start of the main verb after it; null otherwise, or when the
 * sentence pays something back (backdatingWords: "will be backdated from April").
 */
function startOfVerb(article: Article, d: DateMention): 'after-verb' | 'fronted' | null {
  const layer = languageOf(article);
  const opening = layer.tokenAt(d.start);
  const s = layer.sentences[layer.tokens[opening]?.sentence ?? -1];
  if (!s) return null;
  const startWord = (k: number) => contextSet('startsFromWords').has(article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase());
  let k = opening - 1;
  while (k > s.first && !startWord(k)) k--;
  if (layer.tokens.slice(s.first, s.last + 1).some((t) => contextSet('backdatingWords').has(t.lemma))) return null;
  // "From 2003 onwards, firms will pay": a start that opens the sentence is its main verb's (slips118).
  if (k === s.first && k < opening && startWord(k)) return 'fronted';
  const head = layer.tokens[k - 1];
  if (k <= s.first || !head) return null;
  return !NOMINAL.has(head.pos) || takenByPreposition(article, layer, k - 1, s.first) ? 'after-verb' : null;
}

/**
 * "rolled out on DVDs from the middle of 2004" (slips121): whether the noun at layer token `noun` heads a phrase a
 * preposition takes (not "of", not a start word), within the sentence from token `first`: no object the start after
 * it could date ("sales from 2004"), so the start is the verb's.
 */
function takenByPreposition(article: Article, layer: Language, noun: number, first: number): boolean {
  let j = noun;
  while (j > first && OBJECT_POS.has(layer.tokens[j - 1].pos)) j--;
  const opener = layer.tokens[j - 1];
  if (j <= first || !opener || opener.pos !== 'ADP') return false;
  const word = article.prose.slice(opener.start, opener.end).toLowerCase();
  return word !== 'of' && !contextSet('startsFromWords').has(word);
}

/**
 * Whether a preposition stands in prose [from, to), not counting one right before `to` (the next date's own: "on" of
 * "on 18 February").
 */
function prepositionBetween(article: Article, from: number, to: number): boolean {
  const layer = languageOf(article);
  for (let k = firstTokenEndingAfter(layer, from); k + 1 < layer.tokens.length && layer.tokens[k + 1].start < to; k++) if (layer.tokens[k].start >= from && layer.tokens[k].pos === 'ADP') return true;
  return false;
}

/** Dashes that join a range's two ends ("from 2003–06"). */
const RANGE_DASHES = new Set(['-', '–', '—']);
/** Parts of speech of a noun phrase's head: a date after one and "from" dates that noun. */
const NOMINAL = new Set(['NOUN', 'PROPN', 'NUM', 'PRON']);

/**
 * Whether the past verb group `verb` tells what its own clause did by a time: not a request ("called for a £6 minimum
 * wage by next year": "for" right after it), not a value a passive fixes ("was set at 2.25 million by 2010"), and not a bare participle after a noun that some earlier verb or
 * preposition governs ("could see its workforce trimmed … by 2010", "returning to the surpluses seen in the late 1990s
 * by 2012").
 */
function doneBy(article: Article, verb: Governor): boolean {
  const layer = languageOf(article);
  const first = layer.tokenAt(verb.start);
  const last = layer.tokenAt(verb.end - 1);
  if (first < 0 || last < 0 || layer.tokens[last + 1]?.lemma === 'for') return false;
  // "The target has been set at 2.25 million by 2010": a passive before "at" fixes a value, and the date is the value's.
  if (verbGroupAt(layer, last)?.passive && layer.tokens[last + 1]?.lemma === 'at') return false;
  // ("wants 2.4% of GDP spent on R&D by 2025": a proper noun heads the object as a common noun does; slips92 probe.)
  const head = layer.tokens[first - 1]?.pos;
  if (first !== last || (head !== 'NOUN' && head !== 'PROPN')) return true;
  const sentence = layer.sentences[layer.tokens[first].sentence];
  return !verbGroupsIn(layer, sentence.first, first - 1).some((g) => g.last < first);
}

/**
 * Whether a word of planning (data/dates-future-cues.txt) outside any verb group, with its complement's "for" or "to"
 * after it, stands in prose [from, to): "plans for listings", "plans to list" ("approved the plan next week" has none).
 */
function planWordBetween(article: Article, from: number, to: number): boolean {
  const layer = languageOf(article);
  const cues = wordList('dates-future-cues.txt');
  for (let i = firstTokenEndingAfter(layer, from); i + 1 < layer.tokens.length && layer.tokens[i + 1].start < to; i++) {
    const t = layer.tokens[i];
    const complement = PLAN_COMPLEMENTS.has(layer.tokens[i + 1].lemma);
    if (complement && cues.has(article.prose.slice(t.start, t.end).toLowerCase()) && !verbGroupAt(layer, i)) return true;
  }
  return false;
}

/** The words a plan's complement opens with ("plans for", "plans to"). */
const PLAN_COMPLEMENTS = new Set(['for', 'to']);

/**
 * Whether `verb` (whose last word is `word`) tells of what is yet to come or reports words
 * (data/dates-forward-verbs.txt lemmas, dates-reporting-verbs.txt forms), or is negated or hypothetical.
 */
function foresees(verb: Governor, word: string): boolean {
  return verb.negated || verb.hypothetical || wordList('dates-forward-verbs.txt').has(verb.lemma) || wordList('dates-reporting-verbs.txt').has(word.toLowerCase());
}

/** Whether the word before date `d` is a reporting verb (data/dates-reporting-verbs.txt: "said next month's discovery …"). */
function afterReportingVerb(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  const prev = at > 0 ? layer.tokens[at - 1] : undefined;
  return !!prev && prev.sentence === layer.tokens[at].sentence && wordList('dates-reporting-verbs.txt').has(article.prose.slice(prev.start, prev.end).toLowerCase());
}

/**
 * The finite verb groups of date `d`'s sentence, in text order: a tense and no modal, not an infinitive ("to flee"),
 * not a bare participle after a noun that a preposition or adverb follows ("a rifle buried near the home"; "the home
 * represented a breakthrough" is finite).
 */
function finiteGroups(article: Article, d: DateMention): VerbGroup[] {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  if (at < 0) return [];
  const sentence = layer.sentences[layer.tokens[at].sentence];
  const before = (g: VerbGroup) => layer.tokens[g.first - 1];
  return verbGroupsIn(layer, sentence.first, sentence.last).filter((g) => g.modal === null && g.tense !== 'none'
    && !(before(g)?.lemma === 'to' && before(g)?.pos === 'PART')
    && !(g.first === g.last && g.tense === 'past' && before(g)?.pos === 'NOUN' && ['ADP', 'ADV', 'PUNCT'].includes(layer.tokens[g.last + 1]?.pos ?? 'PUNCT')));
}

/**
 * The noun a possessive date owns, told as over, and the past verb group that tells it, or null: an event noun
 * (events.ts eventAfter: "next week's talks") or a period of data/dates-context.json periodNouns ("next year's first
 * quarter") whose noun phrase is the subject of a past simple verb of taking place (data/dates-context.json startVerbs,
 * endVerbs, realisingVerbs, happeningPhrases: "talks ended", "the final was held", "the race took place") or of "was"
 * and a noun phrase that describes it ("Next Friday's announcement was the first official word"); an event
 * noun followed by ", when" and a clause in the past simple ("next year's race, when he finished fourth"); or a period
 * noun in a clause whose next finite verb is a past simple that plans or forecasts nothing ("Sales for next year's first
 * quarter were $3 million"). Verbs that act on an event before it happens ("was postponed", "was called off", "was
 * welcomed", "was expected") tell nothing of it being over, and are left.
 */
function possessedToldOver(article: Article, d: DateMention): { verb: VerbGroup; noun: string } | null {
  const layer = languageOf(article);
  const prose = article.prose;
  const word = (k: number) => (layer.tokens[k] ? prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase() : '');
  const simplePast = (g: VerbGroup) => g.tense === 'past' && !g.perfect && !g.progressive && !g.prospective && !g.negated && g.modal === null;
  // ", when he finished fourth": whatever noun the date owns, the clause gives its own time, told in the past.
  const owner = possessedPhrase(article, d);
  if (owner && word(owner.head + 1) === ',' && word(owner.head + 2) === 'when') {
    const sentence = layer.sentences[layer.tokens[owner.head].sentence];
    const g = verbGroupsIn(layer, owner.head + 3, sentence.last)[0];
    return g && simplePast(g) ? { verb: g, noun: owner.noun } : null;
  }
  const event = eventAfter(prose, d.end);
  const period = event ? null : periodAfter(article, d);
  const owned = event ?? period;
  if (!owned) return null;
  const head = layer.tokenAt(owned.end - 1);
  if (head < 0) return null;
  const sentence = layer.sentences[layer.tokens[head].sentence];
  const after = verbGroupsIn(layer, head + 1, sentence.last);
  const next = after[0];
  if (!next || !simplePast(next)) return null;
  // A word of forecasting or planning anywhere in the sentence tells what is expected ("…, the bank forecast", which
  // the tagger may read as a noun).
  // A noun after a determiner, a possessive or an adjective is surely a noun ("the project was in trouble", "the
  // company's plans"), and forecasts nothing.
  const determined = (k: number) => layer.tokens[k].pos === 'NOUN' && ['DET', 'PART', 'ADJ'].includes(layer.tokens[k - 1]?.pos ?? '');
  for (let k = sentence.first; k <= sentence.last; k++) if (looksAhead(layer.tokens[k].lemma) && !determined(k)) return null;
  // Only the words of the noun phrase (and an "of" phrase) between the noun and its verb: the phrase is the subject.
  for (let k = head + 1; k < next.first; k++) if (!verbGroupWords().subjectTailTags.has(layer.tokens[k].pos)) return null;
  const lemma = layer.tokens[next.head].lemma;
  // "Next Friday's announcement was the first official word": an event described by "was" and a noun phrase happened.
  const described = lemma === 'be' && !next.passive && layer.tokens[next.last + 1]?.pos === 'DET';
  if (event) return TOOK_PLACE().has(lemma) || takesPlace(layer, next) || described ? { verb: next, noun: owned.noun } : null;
  // A period: any past simple but one that puts off or takes an infinitive ("was likely to be").
  return contextSet('putOffVerbs').has(lemma) || word(next.last + 1) === 'to' ? null : { verb: next, noun: owned.noun };
}

/**
 * "vowed on August 9 to hunt down those responsible", "promised on Friday that it would pay" (slips96): a date right
 * after a verb of commitment (perhaps after a preposition) with the verb's complement ("to", "that") after it dates the
 * promise, not what was promised.
 */
function datesTheCommitment(article: Article, verb: Span, d: DateMention): boolean {
  if (verb.end > d.start) return false;
  const between = wordsOf(article.prose.slice(verb.end, d.start));
  const next = wordsOf(article.prose.slice(d.end, d.end + 8))[0]?.toLowerCase();
  return between.length <= 1 && (next === 'to' || next === 'that');
}

/** A lemma of planning or forecasting (data/dates-forward-verbs.txt, data/dates-context.json forecastingVerbs). */
function looksAhead(lemma: string): boolean {
  return wordList('dates-forward-verbs.txt').has(lemma) || contextSet('forecastingVerbs').has(lemma);
}

/** Lemmas of verbs that tell an event took place, began or ended (data/dates-context.json). */
const TOOK_PLACE = (): ReadonlySet<string> => new Set([...contextSet('startVerbs'), ...contextSet('endVerbs'), ...contextSet('realisingVerbs')]);

/** Whether verb group `g` opens a phrase of data/dates-context.json happeningPhrases ("took place", "took effect"). */
function takesPlace(layer: Language, g: VerbGroup): boolean {
  const next = layer.tokens[g.head + 1];
  return !!next && contextSet('happeningPhrases').has(`${layer.tokens[g.head].lemma} ${next.lemma}`);
}

/** After a possessive date, up to two modifiers and a period noun of data/dates-context.json periodNouns ("'s first quarter"), or null. */
function periodAfter(article: Article, d: DateMention): (Span & { noun: string }) | null {
  if (!possessiveAt(article.prose, d.end)) return null;
  const layer = languageOf(article);
  let k = firstTokenEndingAfter(layer, d.end + 2);
  for (let n = 0; n <= PERIOD_MODIFIERS && layer.tokens[k]; n++, k++) {
    const t = layer.tokens[k];
    const w = article.prose.slice(t.start, t.end).toLowerCase();
    if (contextSet('periodNouns').has(w)) return { start: t.start, end: t.end, noun: article.prose.slice(layer.tokens[firstTokenEndingAfter(layer, d.end + 2)].start, t.end) };
    if (t.pos !== 'ADJ' && t.pos !== 'NUM') return null;
  }
  return null;
}

/** Most modifiers before a period noun after a possessive date ("next year's fiscal first quarter"). */
const PERIOD_MODIFIERS = 2;

/**
 * "up from next year's $3", "compared with next month's 4%": a comparison's preposition right before a possessive
 * date and one of `figures` right after its "'s" (past up to two modifiers) make the date a baseline; the words of the
 * preposition, or null.
 */
function possessiveBaseline(article: Article, d: DateMention, figures: readonly FigureMention[]): string | null {
  // (wordsAtEnd gives the last word first.)
  const [second, first] = wordsAtEnd(article.prose.slice(Math.max(0, d.start - 30), d.start), 2).map((w) => w.toLowerCase());
  // "up from", "down from" (data/dates-context.json comparisonLemmas); "compared with" (comparingWords, comparingPrepositions).
  const compares = (second === 'from' && contextSet('comparisonLemmas').has(first ?? '')) || (contextSet('comparingPrepositions').has(second ?? '') && contextSet('comparingWords').has(first ?? ''));
  if (!compares) return null;
  const phrase = `${first} ${second}`;
  const after = article.prose.slice(d.end + 2, d.end + 2 + BASELINE_REACH);
  const figure = figures.find((f) => f.start >= d.end + 2 && f.start <= d.end + 2 + BASELINE_REACH);
  if (!figure || wordsIn(after.slice(0, figure.start - d.end - 2)).length > PERIOD_MODIFIERS) return null;
  // A forecast after the date compares with a time ahead ("compared with next year's $3 estimate"); one before it
  // may be what is compared ("had predicted $4 a share for this year, up from last year's $3").
  const sentence = article.sentences[d.sentence];
  return sentence && FORECAST.test(article.prose.slice(d.end, sentence.end)) ? null : phrase;
}

/** How far after a possessive date's "'s" its baseline figure may start, in code units. */
const BASELINE_REACH = 40;

/**
 * The past tense a possessive date's event is told in, or null: after a reporting verb (`reported`) the first finite
 * verb of the clause the date opens; else the date's governing verb when it has a past and no plan; else, when no verb
 * governs it, the last finite past before it (pastCueBefore).
 */
function pastTelling(article: Article, d: DateMention, reported: boolean): Span | null {
  if (reported) {
    const g = finiteGroups(article, d).find((x) => x.start >= d.end);
    return g?.tense === 'past' ? g : null;
  }
  const verb = governingVerb(article, d);
  if (verb) return verb.tense === 'past' && !verb.plan && !verb.presentPerfect ? verb : null;
  return pastCueBefore(article, d);
}

/** The last finite verb group before date `d` in its sentence when it is a past tense with no plan in it, or null. */
function pastCueBefore(article: Article, d: DateMention): VerbGroup | null {
  const g = finiteGroups(article, d).filter((x) => x.end <= d.start).at(-1);
  return g && g.tense === 'past' && !g.progressive && !g.prospective ? g : null;
}

/** Whether the word before date `d` is a verb (the date's noun phrase is its object) or a determiner and adjective ("the likely"). */
function objectOfVerb(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  const prev = at > 0 ? layer.tokens[at - 1] : undefined;
  return !!prev && prev.sentence === layer.tokens[at].sentence && (prev.pos === 'VERB' || prev.pos === 'AUX' || prev.pos === 'ADJ' || prev.pos === 'DET');
}

/** Whether `verb` tells something as over: a simple past, not a plan, a present perfect or a hypothesis. */
function toldAsOver(verb: Governor | null): boolean {
  return !!verb && verb.tense === 'past' && !verb.plan && !verb.presentPerfect && !verb.hypothetical;
}

/**
 * The baseline words before `d` in its sentence ("down from $21.4 million"), when they hold one of `figures` and no
 * forecast; else null.
 */
function baselineBefore(prose: string, d: DateMention, sentence: { start: number } | undefined, figures: readonly FigureMention[]): string | null {
  const from = Math.max(sentence?.start ?? 0, d.start - 80);
  const before = prose.slice(from, d.start);
  const m = BASELINE.exec(before);
  if (!m || FORECAST.test(prose.slice(sentence?.start ?? from, d.end))) return null;
  // The figure must be one the figure reader found: "from the 3GSM World Congress" holds a digit and no figure.
  if (!figures.some((f) => f.start >= from + m.index && f.end <= d.start)) return null;
  return before.slice(m.index).trim();
}

/** Relative words that are the subject of their clause, whatever part of speech the tagger gives them. */
const RELATIVE_SUBJECTS = new Set(['which', 'who', 'that']);

/** Whether date `d` follows a coordinating conjunction that opens its sentence ("And next summer, …"). */
function afterOpeningConjunction(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  return at > 0 && layer.sentences[layer.tokens[at].sentence].first === at - 1 && layer.tokens[at - 1].pos === 'CCONJ';
}

/**
 * Whether date `d` is fronted before the clause of `verb`: it opens its sentence (after a coordinating conjunction at
 * most: "And next summer,"), a comma follows it, and the verb comes after it. Such an adverbial dates the main clause's
 * own act: "Next summer, economists warned …" tells a warning given next summer, while "warned of a fall next summer"
 * tells a warning about it. Only a simple past, not one set off by commas or taking an infinitive.
 */
function opensClause(article: Article, d: DateMention, verb: { start: number; end: number; tense: string; presentPerfect: boolean }): boolean {
  if (verb.start < d.end || verb.tense !== 'past' || verb.presentPerfect) return false;
  // Not a reporting clause set off by commas ("Next week, ministers said, the talks will resume"), nor a verb whose
  // infinitive carries the act ("Next year, the firm promised to double …").
  const after = article.prose.slice(verb.end).trimStart();
  if (after.startsWith(',') || /^to\s/.test(after)) return false;
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  if (at < 0) return false;
  const first = layer.sentences[layer.tokens[at].sentence].first;
  const opens = at === first || (at === first + 1 && layer.tokens[first].pos === 'CCONJ');
  return opens && article.prose.slice(d.end).trimStart().startsWith(',');
}

/** Whether the token right before date `d` is a noun or pronoun of its sentence: the date then stands after a subject. */
/**
 * "The city council last week will vote": whether the token right before date `d` (in its sentence) is a name or a
 * noun of people or bodies (entities/refine.ts describesPeople, namesBodies: learned), who act when the verb says, so
 * that the date is the verb's; not a noun the date may date itself ("the earthquake last month will result in", "Sales
 * last year will be restated").
 */
function afterActor(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  const prev = at > 0 ? layer.tokens[at - 1] : undefined;
  if (!prev || prev.sentence !== layer.tokens[at].sentence) return false;
  const w = article.prose.slice(prev.start, prev.end).toLowerCase();
  // (A word copy writes in lower case is no name where it opens the sentence: "Sales last year", data/common-words.txt.)
  const name = prev.pos === 'PROPN' && !wordList('common-words.txt').has(w);
  return name || ((prev.pos === 'NOUN' || prev.pos === 'PROPN') && (describesPeople(w) || namesBodies(w)));
}

function afterSubject(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  const prev = at > 0 ? layer.tokens[at - 1] : undefined;
  return !!prev && prev.sentence === layer.tokens[at].sentence && (prev.pos === 'NOUN' || prev.pos === 'PROPN' || prev.pos === 'PRON' || RELATIVE_SUBJECTS.has(prev.lemma));
}

/** The first of `days` (sorted by start) other than `not` that starts within `reach` UTF-16 units after `offset`. */
function dayStartingWithin(days: readonly DateMention[], offset: number, reach: number, not: DateMention): DateMention | undefined {
  for (let i = firstAtLeast(days, (d) => d.start, offset); i < days.length && days[i].start - offset <= reach; i++) if (days[i] !== not) return days[i];
  return undefined;
}

/**
 * "Dunkin' has set Nov. 10 as the deadline", "named 2010 as the target": a date right after a verb and before "as" is
 * the verb's object, a day something is set for, not when the verb happens (a noun phrase after "as"; a false alarm
 * on an unchanged article of the slips dev set, TimeBank wsj_0159, once "has set" read as a perfect).
 */
function objectAs(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  const after = firstTokenEndingAfter(layer, d.end);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  // ("met Nov. 10 as planned": "as" before a verb opens a clause; "eliminated next year as much as 35 barriers": "as
  // much as" counts.)
  const complement = layer.tokens[after + 1];
  return at >= 1 && layer.tokens[at]?.start === d.start && isVerb(layer.tokens[at - 1]) && !!layer.tokens[after] && word(after) === 'as' && !!complement && complement.pos !== 'ADJ' && OBJECT_POS.has(complement.pos) && !(layer.tokens[after + 2] && word(after + 2) === 'as');
}

/**
 * "the UN Convention on Seafarers' Identity Documents of June 2003", "the Act of 1998": a date after "of" and a name
 * dates that name (a law, a treaty, an edition), not the verb of the clause. Not when the dated name is the subject
 * that acts in a past verb right after the date ("The European Council of 28-29 June 2019 gave a mandate", slips86):
 * what acted in the past cannot be dated after publication.
 */
function datesName(article: Article, d: DateMention): boolean {
  const layer = languageOf(article);
  const at = layer.tokenAt(d.start);
  const of = layer.tokens[at - 1];
  const name = layer.tokens[at - 2];
  return at >= 2 && layer.tokens[at]?.start === d.start && article.prose.slice(of.start, of.end).toLowerCase() === 'of' && name.pos === 'PROPN' && !actedInPast(layer, at - 2, d);
}

/**
 * Whether the name ending at layer token `name` opens its sentence (only a determiner, adjectives and proper nouns
 * before it) and an active past verb group follows date `d` right after it: the dated name is the subject that acted.
 */
function actedInPast(layer: Language, name: number, d: DateMention): boolean {
  const first = layer.sentences[layer.tokens[name].sentence].first;
  for (let k = name; k >= first; k--) if (!SUBJECT_NAME_POS.has(layer.tokens[k].pos)) return false;
  const next = firstTokenEndingAfter(layer, d.end - 1) + 1;
  const g = layer.tokens[next] && layer.tokens[next].start >= d.end ? verbGroupAt(layer, next) : undefined;
  return !!g && g.first === next && g.tense === 'past' && !g.passive && g.modal === null && !g.prospective;
}

/** Parts of speech of a name that opens its sentence as the subject ("The European Council"). */
const SUBJECT_NAME_POS: ReadonlySet<string> = new Set(['DET', 'ADJ', 'PROPN']);
