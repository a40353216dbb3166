// date-conflict, verbs: one event given two dates through its verb or its nominalisation ("The jury on Tuesday
// convicted Mr Hale" … "Hale, who was convicted on May 15"; "the bridge closed on March 4" … "the bridge's closure
// on March 6"), read from the linguistic layer.
import { valueInWords } from '../../dates/describe';
import { readWordList } from '../../dataFiles';
import { asideStart, languageOf, verbGroupAt, type Language, type Token, type VerbGroup } from '../../language';
import { antecedentOf, isReferringPronoun, nameEnd, standsAlone } from '../../language/anaphora';
import { SpanIndex } from '../../text/spanIndex';
import type { Article, DateMention, EntityMention } from '../../types';
import type { Antecedent } from '../../language/anaphora';
import type { RuleFinding } from '../rule';
import { interval, nameInPhraseAt } from './shared';
import { endsPossessive, withoutFullStop, wordsOf } from '../../text/shape';
import { contextSet } from '../../dates/context';
import { wordList } from '../../dates/words';
import { possessedPhrase } from '../../dates/events';

/**
 * Verb lemma and noun (lower case) → the event (its line's first verb lemma), from data/dates-event-verbs.txt, where a
 * line may open with several verbs joined by "/" ("die/kill": "was killed on Friday" and "died on 17 February" are one
 * death).
 */
function eventWords(): { verbs: Map<string, string>; nouns: Map<string, string> } {
  if (!events) {
    events = { verbs: new Map(), nouns: new Map() };
    for (const line of readWordList('dates-event-verbs.txt')) {
      const [verbs, ...nouns] = wordsOf(line);
      const [event, ...others] = verbs.split('/');
      for (const v of [event, ...others]) if (!events.verbs.has(v)) events.verbs.set(v, event);
      for (const n of nouns) if (!events.nouns.has(n)) events.nouns.set(n, event);
    }
  }
  return events;
}
let events: { verbs: Map<string, string>; nouns: Map<string, string> } | null = null;

/** A dated event: the verb lemma naming it, the words of the one it happened to, and how it was written. */
interface DatedEvent {
  date: DateMention;
  verb: string;
  /** Lemmas (lower case) of the nouns and names it happened to, each with the word as written. */
  participants: Map<string, string>;
  /** The verb or noun as written ("convicted", "closure"). */
  word: string;
  /** Of a verb of no data/dates-event-verbs.txt line: its group's tense ("past", "future+perfect"), and the keys of
   * its subject's nouns and names when it has an object ("seifert" of "Seifert is meeting Ms Furse"). */
  tense?: string;
  agents?: string[];
  /** The names that modify a noun naming the event, lower case ("england" of "his England debut"), or "" / absent. */
  named?: string;
  /** Participants written as names (proper nouns), and common nouns written definite ("the bridge", "its stake"):
   * only these can point back at an event told before ("a firm" is any firm). */
  names: Set<string>;
  definite: Set<string>;
  /** Definite nouns whose determiner is a possessive pronoun, with the key of whom it stands for ("its phone": Orbis),
   * or '' when it stands for no one placed. */
  owners: Map<string, string>;
  /** Common nouns as written in the sentence, with the words among their modifiers that tell one of several apart
   * ("fourth" of "its fourth quarter"; '' for none). */
  apart: Map<string, string>;
}

const NOMINAL = new Set(['NOUN', 'PROPN']);
/** Words before a date that make it a limit or a stretch rather than when the event happened. */
const LIMITS = (): ReadonlySet<string> => contextSet('eventLimitWords');
/** "… and July 2009", "2003 or 2004": the second of a pair or a list is read with the first. */
const PAIRED = new Set(['and', 'or']);
const CLAUSE_MARKS = new Set([',', ';', ':']);
/** Words that make the noun after them definite: it refers to something told before. */
const DEFINITE = new Set(['the', 'its', 'their', 'his', 'her', 'this', 'that', "'s", '’s']);
/** How far, in tokens, the participant of an event is looked for around its verb or noun. */
const REACH = 8;

/**
 * "the jury on Tuesday convicted Mr Hale" and "Hale, who was convicted on May 15": one event (a verb of
 * data/dates-event-verbs.txt, or a noun naming it) that happened to one participant (a shared noun or name: the
 * object of an active verb, the subject of a passive or intransitive one, the possessor or "of" phrase of a noun),
 * dated twice with days that cannot be the same. One finding, at the later date.
 */
export function verbEventConflicts(article: Article, dates: DateMention[], entities: readonly EntityMention[] = []): RuleFinding[] {
  const layer = languageOf(article);
  const dated: DatedEvent[] = [];
  // A pronoun standing for a participant ("it was officially released", "his release") is read as the name or noun
  // it refers back to (language/anaphora.ts); dates are never what "it" refers to.
  const named = [...entities].sort((a, b) => a.start - b.start);
  const dateSpans = new SpanIndex(dates);
  const refer = (k: number) => antecedentOf(layer, article.prose, named, k, (s) => !!dateSpans.covering(s));
  for (const d of dates) {
    if (d.kind !== 'date' || !d.value || !interval(d)) continue;
    // "between January 2004 and July 2009", "until 2006": a limit or a stretch, not the day the event happened.
    const before = layer.tokens[layer.tokenAt(d.start) - 1];
    // ("… and July 2009", "2003 or 2004": the second of a pair or a list is read with the first.)
    if (before && (LIMITS().has(article.prose.slice(before.start, before.end).toLowerCase()) || PAIRED.has(article.prose.slice(before.start, before.end).toLowerCase()))) continue;
    const e = eventOf(article, layer, d, refer);
    if (e && e.participants.size > 0) dated.push(e);
  }
  const out: RuleFinding[] = [];
  // Only mentions of one event verb are compared: one bucket per verb, in text order.
  const byVerb = new Map<string, DatedEvent[]>();
  for (const e of dated) {
    const bucket = byVerb.get(e.verb);
    if (bucket) bucket.push(e);
    else byVerb.set(e.verb, [e]);
  }
  // A name matches itself or a shorter form of it ("Tom Reed" … "Reed"); a common noun itself, told again as definite.
  // …or both are mentions of one entity (entities/linking.ts: "Den" … "Den Watts", a given name alone).
  const groups = new Map<string, Set<string>>();
  for (const m of entities) {
    const key = m.text.toLowerCase();
    if (!groups.has(key)) groups.set(key, new Set());
    groups.get(key)!.add(m.group);
  }
  const sameName = (x: string, y: string) => x === y || x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || [...(groups.get(x) ?? [])].some((g) => groups.get(y)?.has(g));
  // Each mention is compared with at most the COMPARED_BEFORE mentions of its verb before it: a news article tells
  // one event a handful of times, and a document with thousands of "paid" stays linear.
  for (const bucket of byVerb.values()) for (let j = 1; j < bucket.length; j++) {
    const b = bucket[j];
    for (let i = Math.max(0, j - COMPARED_BEFORE); i < j; i++) {
      const a = bucket[i];
      if (a.date.sentence === b.date.sentence || (a.named && b.named && a.named !== b.named)) continue;
      // (Any other verb's two mentions must share their tense, and who did it when both name the doer: "Theodore is
      // to meet Ms Furse on Friday" and "Seifert is meeting Ms Furse on Thursday" are two meetings.)
      if (a.verb.startsWith(ANY_VERB) && (a.tense !== b.tense || (a.agents?.length && b.agents?.length && !a.agents.some((x) => b.agents!.some((y) => sameName(x, y)))))) continue;
      // ("its phone" told of two firms is two phones; so is "its phone" told of one firm and of one unplaced. A later
      // mention that tells its noun apart, "the quarter" … "its fourth quarter", is another; "the new law" … "the law"
      // is the same.)
      const ownedApart = (p: string) => (a.owners.has(p) && b.owners.has(p) && !(a.owners.get(p) && b.owners.get(p) && sameName(a.owners.get(p)!, b.owners.get(p)!))) || (a.apart.has(p) && !!b.apart.get(p) && a.apart.get(p) !== b.apart.get(p));
      const shared = [...a.participants.keys()].find((p) => (a.names.has(p) && [...b.names].some((q) => sameName(p, q))) || (b.participants.has(p) && b.definite.has(p) && !ownedApart(p)));
      const [x, y] = [interval(a.date)!, interval(b.date)!];
      if (!shared || x[0] <= y[1] && y[0] <= x[1]) continue;
      out.push({
        start: b.date.start,
        end: b.date.end,
        message: `“${b.date.text}” (${valueInWords(b.date.value!)}) dates “${b.word}” of “${a.participants.get(shared)}”, which “${a.date.text}” put at ${valueInWords(a.date.value!)} (“${a.word}”) earlier in the article.`,
      });
      break; // one finding per date
    }
  }
  return out;
}

const COMPARED_BEFORE = 32;

/**
 * The event key ("=seize") when the active verb group `group`, of no data/dates-event-verbs.txt line, tells one event
 * of its object (`at.objects` of them; not a participle after its noun or opening its sentence, `at.undergone`):
 * "seized a car bomb on Sunday" … "the car bomb, seized on Sunday" (predicateEvent keys the passive alike). Its
 * mentions are compared only when told in one tense and by one doer (verbEventConflicts: "topped the charts in 1958"
 * and "could top the charts on Sunday" are two toppings). Not "be", "have", "do" or a verb of saying; not one with a
 * bare noun right after it ("takes effect", "took office": whole predicates, read by predicateEvent); not one whose
 * date is no adverbial of it (the date, from `at.dateStart`, must follow the verb or open the sentence, `at.opens`;
 * one inside the subject dates that noun: "An expansion drive in the late 1990s saw the debt soar"). Without an object
 * a verb may tell what recurs ("plays on Saturday"): only its whole predicate told again is one event (predicateEvent).
 */
function objectEvent(layer: Language, group: VerbGroup, at: { objects: number; undergone: boolean; opens: boolean; dateStart: number }): string | undefined {
  const lemma = layer.tokens[group.head].lemma;
  const bare = layer.tokens[group.last + 1]?.pos === 'NOUN';
  const adverbial = at.opens || layer.tokens[group.last].end <= at.dateStart;
  const tells = at.objects > 0 && !at.undergone && !group.passive && adverbial && !bare && group.tense !== 'none' && !NO_EVENT_VERBS.has(lemma) && !wordList('dates-reporting-verbs.txt').has(lemma);
  return tells ? `${ANY_VERB}${lemma}` : undefined;
}

/**
 * Of an objectEvent (nothing for a `listed` event): its group's tense ("past", "future+perfect") and the keys of its
 * subject's nouns and names ("seifert" of "Seifert is meeting Ms Furse"; not pronouns), read from token `from` on.
 */
function toldOf(layer: Language, prose: string, group: VerbGroup, from: number, listed: string | undefined): { tense?: string; agents?: string[] } {
  if (listed) return {};
  return { tense: tenseKey(group), agents: subjectOf(layer, prose, group.first, from).map(([key]) => key).filter((key) => !key.startsWith(PRONOUN_KEY)) };
}

/** Verb group `g`'s tense as objectEvent mentions compare it ("past", "future+perfect"). */
const tenseKey = (g: VerbGroup) => `${g.tense}${g.perfect ? '+perfect' : ''}`;

/** Marks an event keyed by a verb of no data/dates-event-verbs.txt line ("=seize"), apart from the listed events. */
const ANY_VERB = '=';
/** Verbs that tell no event of their own ("was the number one", "had a stake", "did the deal"). */
const NO_EVENT_VERBS = new Set(['be', 'have', 'do']);

/** Most tokens after a verb group read for a word that tells the event again ("resigned from the board again"). */
const REPEAT_REACH = 4;

/** Whether a word of data/dates-context.json repetitionWords ("again", "anew") stands in `group` or within REPEAT_REACH tokens after it, in its sentence (ending at token `last`). */
function repeated(layer: Language, text: (k: number) => string, group: VerbGroup, last: number): boolean {
  for (let k = group.first; k <= Math.min(last, group.last + REPEAT_REACH); k++) if (contextSet('repetitionWords').has(text(k).toLowerCase())) return true;
  return false;
}


/** A pronoun's antecedent by its token index (antecedentOf with the article's entities and dates). */
type Refer = (k: number) => Antecedent | null;

function eventOf(article: Article, layer: Language, d: DateMention, refer: Refer): DatedEvent | null {
  const { verbs, nouns } = eventWords();
  const first = layer.tokenAt(d.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].start < d.end) last++;
  const tokens = layer.tokens;
  const text = (k: number) => article.prose.slice(tokens[k].start, tokens[k].end);
  const sentence = layer.sentences[tokens[first].sentence];
  const skip = (k: number) => d.start <= tokens[k].start && tokens[k].end <= d.end;
  const noun = eventNounAt(layer, text, d, first, last, nouns, possessedHead(article, d));
  // "his England debut" and "his Lions debut" are two debuts: a name that modifies the noun tells them apart.
  if (noun) return withReference(layer, text, sentence.first, { date: d, verb: noun.verb, named: namedModifier(layer, text, noun.k, sentence.first), word: text(noun.k), participants: nounParticipants(layer, text, noun.k, sentence.first, sentence.last, skip) }, refer);
  // The verb group the date stands in the clause of.
  // ("In March last year, the government published …": a date that opens its sentence dates the verb after its comma.)
  const opens = opensSentence(tokens, text, first, sentence.first);
  const group = nearestGroup(layer, first, last, sentence.first, sentence.last, text) ?? (opens ? verbGroupAfter(layer, d.end, Math.min(sentence.last, last + REACH)) ?? null : null);
  if (!group) return null;
  // "resigned again last week", "apologised anew": an event told as repeated is another one.
  if (repeated(layer, text, group, sentence.last)) return null;
  const listed = verbs.get(tokens[group.head].lemma);
  // "The phone, launched on 6 March, sold well": a participle after its noun and a comma tells what the noun underwent.
  // ("The Canadian warrant issued Wednesday charged Kopp": so too right after its noun, the clause's verb still to come.)
  const afterComma = group.first > sentence.first && text(group.first - 1) === ',';
  const reduced = !group.passive && (afterComma || (group.first > sentence.first && tokens[group.first - 1].pos === 'NOUN')) && undergone(layer, text, group);
  // "Launched on 6 March, the phone sold well": an opening participle tells what the subject after its clause underwent.
  const opening = openingParticipleSubject(layer, text, group, sentence.first, sentence.last, skip);
  const object = group.passive || reduced || opening ? [] : nominalsAfter(layer, group.last + 1, sentence.last, skip, text);
  const event = listed ?? objectEvent(layer, group, { objects: object.length, undergone: reduced || opening !== null, opens, dateStart: d.start });
  if (!event) return predicateEvent(layer, article.prose, text, d, group, first, sentence.first, refer);
  // "was forced to apologise", "agreed to resign": an infinitive right after its verb has that verb's subject.
  const to = tokens[group.first - 1];
  const control = to && to.lemma === 'to' && to.pos === 'PART' ? verbGroupAt(layer, group.first - 2) : undefined;
  const subjectVerb = reduced && afterComma ? group.first - 1 : control ? control.first : group.first;
  const participants = opening ?? (object.length ? object : subjectOf(layer, article.prose, subjectVerb, sentence.first));
  const told = toldOf(layer, article.prose, group, sentence.first, listed);
  return withReference(layer, text, sentence.first, { date: d, verb: event, word: text(group.head), participants: new Map(participants), ...told }, refer);
}

/** The head token of the noun phrase date `d` owns in the possessive (dates/events.ts possessedPhrase), or -1. */
const possessedHead = (article: Article, d: DateMention): number => possessedPhrase(article, d)?.head ?? -1;

/**
 * The noun naming the event date `d` (tokens `first`..`last`) is of, from data/dates-event-verbs.txt (`nouns`):
 * before the date ("closure on March 6"), after it ("Its 2018 purchase of …") or before an "of" phrase that ends at
 * it ("the finding of the rifle 11 days ago"), or the head `possessed` of the noun phrase a possessive date owns
 * ("last month's shooting death of …", dates/events.ts possessedPhrase; -1 for none); not a noun that modifies the
 * noun after it ("a nationwide arrest warrant Monday": the warrant is what is issued). Its token and the event, or null.
 */
function eventNounAt(layer: Language, text: (k: number) => string, d: DateMention, first: number, last: number, nouns: Map<string, string>, possessed: number): { k: number; verb: string } | null {
  const tokens = layer.tokens;
  const sentence = layer.sentences[tokens[first].sentence];
  for (const k of [first - 1, first - 2, last + 1, possessed, nounBeforeOfPhrase(layer, text, first, sentence.first, d.relative && d.resolvedBy === 'publication')]) {
    if (k < sentence.first || k > sentence.last || (tokens[k].pos !== 'NOUN' && k !== possessed) || (k + 1 < first && tokens[k + 1].pos === 'NOUN')) continue;
    const verb = nouns.get(tokens[k].lemma) ?? nouns.get(text(k).toLowerCase());
    if (verb) return { k, verb };
  }
  return null;
}

/**
 * An event of any verb, told by the same predicate: the verb's lemma and the lemmas of the words between it and the
 * date (at most PREDICATE_WORDS: "steps down on 16 January", "comes into force on 18 February", "will take over
 * on …"), which happened to the verb's subject (a relative clause or appositive between them passed over: "David
 * Klein, who often argued with the ministry, steps down on …"). A verb of no data/dates-event-verbs.txt line may tell
 * an event that repeats ("plays on Saturday"), so only the whole predicate, told again of the same named or definite
 * subject with another date, is one event told twice. Null when the date does not follow its verb closely.
 */
function predicateEvent(layer: Language, prose: string, text: (k: number) => string, d: DateMention, group: VerbGroup, first: number, from: number, refer: Refer): DatedEvent | null {
  const tokens = layer.tokens;
  if (first <= group.head) return frontedPredicateEvent(layer, prose, text, d, group, first, from, refer);
  if (first - group.head - 1 > PREDICATE_WORDS * 2) return null;
  const between = predicateWords(layer, group.head, first);
  if (!between) return null;
  // A bare verb and the date's preposition ("plays on Saturday") may tell a fixture that recurs: a particle or a
  // complement must make the predicate one ("steps down on", "comes into force on").
  // A passive tells what its subject underwent, once: "The report was issued on 24 February", "a report issued on
  // Tuesday" (a participle after its noun is a passive clause cut short).
  const complement = tokens[first - 1]?.pos === 'ADP' ? between.length - 1 : between.length;
  if ((complement < 1 && !undergone(layer, text, group)) || between.length > PREDICATE_WORDS) return null;
  // ("the report, issued on 24 February": the comma opens the participle's clause; its noun stands before it.)
  const afterComma = !group.passive && group.first > 0 && text(group.first - 1) === ',' && undergone(layer, text, group);
  const subject = subjectOf(layer, prose, afterComma ? group.first - 1 : group.first, from);
  if (!subject.length) return null;
  const word = prose.slice(tokens[group.head].start, tokens[tokens[first - 1]?.pos === 'ADP' ? first - 2 : first - 1].end);
  // The date's own preposition is no part of the predicate: "published its report in December 2003" and "published
  // its report last March" tell one publication. A bare verb keeps it ("said on Sunday" and "said last year" are two
  // sayings, not one told twice).
  const predicate = tokens[first - 1]?.pos === 'ADP' && between.length > 1 ? between.slice(0, -1) : between;
  // A passive or a participle with nothing but the date's preposition tells what its subject underwent, as an active
  // verb's object does: "the lorry, seized on 5 June" is the event of "Police seized the lorry on 2 June" (eventOf).
  const lemma = tokens[group.head].lemma;
  // (US style drops the preposition: "The warrant issued Wednesday charged Kopp" is "issued on Wednesday".)
  const bareDate = between.length === 0 && undergone(layer, text, group);
  const reporting = wordList('dates-reporting-verbs.txt').has(text(group.head).toLowerCase());
  // A verb of saying with nothing but the date's preposition tells no one event: "Clark said on Tuesday" and "Clark said
  // on Wednesday" are two sayings (what was said makes one statement: statements.ts).
  if (reporting && complement < 1) return null;
  if (((between.length === 1 && complement < 1) || bareDate) && !NO_EVENT_VERBS.has(lemma) && !reporting) {
    return withReference(layer, text, from, { date: d, verb: `${ANY_VERB}${lemma}`, word, participants: new Map(subject), tense: tenseKey(group), agents: [] }, refer);
  }
  return withReference(layer, text, from, { date: d, verb: `~${lemma} ${predicate.join(' ')}`, word, participants: new Map(subject) }, refer);
}

/**
 * "A year ago the government published its aviation report", "In March last year the firm opened its plant": a date
 * that opens its sentence (perhaps after a preposition, perhaps with a comma after it) dates the first verb group after
 * it and its subject. The predicate is the verb and its object's words up to a preposition, punctuation or the clause's
 * end (predicateWords; at least one, as a bare verb may tell a fixture that recurs), read as predicateEvent reads it.
 */
function frontedPredicateEvent(layer: Language, prose: string, text: (k: number) => string, d: DateMention, group: VerbGroup, first: number, from: number, refer: Refer): DatedEvent | null {
  const tokens = layer.tokens;
  const opens = opensSentence(tokens, text, first, from);
  if (!opens || group.passive || verbGroupAfter(layer, d.end, group.first) !== group) return null;
  let end = group.head + 1;
  while (end < tokens.length && end <= group.head + PREDICATE_WORDS * 2 && tokens[end].sentence === tokens[group.head].sentence && !OBJECT_ENDS.has(tokens[end].pos)) end++;
  const between = predicateWords(layer, group.head, end);
  if (!between?.length || between.length > PREDICATE_WORDS) return null;
  const subject = subjectOf(layer, prose, group.first, from);
  if (!subject.length) return null;
  const word = prose.slice(tokens[group.head].start, tokens[end - 1].end);
  return withReference(layer, text, from, { date: d, verb: `~${tokens[group.head].lemma} ${between.join(' ')}`, word, participants: new Map(subject) }, refer);
}

/** What ends a fronted date's predicate: a preposition, punctuation, a subordinator or another verb. */
const OBJECT_ENDS = new Set(['ADP', 'PUNCT', 'SCONJ', 'VERB', 'CCONJ']);

/** The first verb group of the layer starting after UTF-16 offset `after` and at or before token `atMost`, if any. */
function verbGroupAfter(layer: Language, after: number, atMost: number): VerbGroup | undefined {
  for (let k = layer.tokenAt(after - 1) + 1; k >= 0 && k <= atMost; k++) {
    const g = verbGroupAt(layer, k);
    if (g && layer.tokens[g.first].start >= after) return g;
  }
  return undefined;
}

/**
 * The lemmas between a verb's head and its date that make its predicate: particles, prepositions and head nouns
 * ("arrived in the jungle camp" and "arrived in the camp" tell one arrival: determiners, adjectives and a noun
 * modifying the noun after it are left out). Null when a name, a number or punctuation stands between.
 */
function predicateWords(layer: Language, head: number, first: number): string[] | null {
  const tokens = layer.tokens;
  const between: string[] = [];
  for (let k = head + 1; k < first; k++) {
    if (tokens[k].pos === 'PUNCT' || tokens[k].pos === 'PROPN' || tokens[k].pos === 'NUM') return null;
    // ("its report" and "the report": a possessive pronoun before its noun is a determiner.)
    const determiner = tokens[k].pos === 'PRON' && k + 1 < first && MODIFIER_NOUNS.has(tokens[k + 1].pos);
    if (!MODIFIERS.has(tokens[k].pos) && !determiner && !(tokens[k].pos === 'NOUN' && k + 1 < first && tokens[k + 1].pos === 'NOUN')) between.push(tokens[k].lemma.toLowerCase());
  }
  return between;
}

/** "its fourth quarter", "the second vote": a word that tells one of several apart. */
const distinguishing = (w: string) => contextSet('distinguishingWords').has(w.toLowerCase());

/** Parts of speech of the words between a possessor and the noun naming its event ("its official release"). */
const MODIFIER_NOUNS = new Set(['ADJ', 'NOUN']);

/**
 * Whether the verb group is passive: with "be" ("was issued"), or a lone past participle right after its noun that
 * leaves its clause's own verb still to come ("A US report issued on Tuesday said …") or opens an aside after a comma
 * ("the report, issued on 24 February, was wrong"). A past verb after its subject that ends its clause, or is joined
 * to the next by "and", is active ("The team played on Saturday", "played on Saturday and lost"): a fixture may recur.
 * A participle that modifies a noun later in the sentence ("most wanted list", attributive) is no verb still to come.
 */
function undergone(layer: Language, text: (k: number) => string, group: VerbGroup): boolean {
  if (group.passive) return true;
  let k = group.first - 1;
  const comma = k >= 0 && text(k) === ',';
  if (comma) k--;
  if (group.first !== group.last || group.tense !== 'past' || k < 0 || !NOMINAL.has(layer.tokens[k].pos)) return false;
  if (comma) return true;
  const { last } = layer.sentences[layer.tokens[group.first].sentence];
  for (let j = group.last + 1; j <= last && layer.tokens[j].pos !== 'CCONJ' && text(j) !== ';'; j++) {
    const g = verbGroupAt(layer, j);
    if (g && !attributive(layer, g)) return true;
  }
  return false;
}

/**
 * A lone participle between a determiner, adverb or adjective and the noun it modifies ("the FBI's most wanted list",
 * "a revised plan"): an adjective the tagger read as a verb, no clause's verb (a missed dev slip of scripts/date-slips.ts: "Canadian
 * authorities issued a nationwide arrest warrant Monday for Kopp, a fugitive on the FBI's most wanted list").
 */
function attributive(layer: Language, g: VerbGroup): boolean {
  const before = layer.tokens[g.first - 1];
  return g.first === g.last && layer.tokens[g.last + 1]?.pos === 'NOUN' && !!before && ATTRIBUTIVE_BEFORE.has(before.pos);
}

/** Parts of speech before a participle that make it a noun's modifier. */
const ATTRIBUTIVE_BEFORE = new Set(['DET', 'ADV', 'ADJ']);

/**
 * "Closed on 6 March, the bridge has stayed shut": a past participle that opens its sentence (token `from`) alone,
 * with its clause closed by a comma: the nouns and names after that comma (nominalsAfter), which the participle's
 * event happened to. Null for another shape, or when no noun follows the comma.
 */
function openingParticipleSubject(layer: Language, text: (k: number) => string, group: VerbGroup, from: number, to: number, skip: (k: number) => boolean): [string, string][] | null {
  if (group.first !== from || group.first !== group.last || group.tense !== 'past' || group.passive) return null;
  let k = group.last + 1;
  while (k <= to && text(k) !== ',' && layer.tokens[k].pos !== 'VERB' && k <= group.last + REACH) k++;
  if (k > to || text(k) !== ',') return null;
  const subject = nominalsAfter(layer, k + 1, to, skip, text);
  return subject.length ? subject : null;
}

/** Parts of speech that modify a predicate's noun without changing which event it tells. */
const MODIFIERS = new Set(['DET', 'ADJ']);

/** Most words between a verb of no event line and its date for the two to be read as one predicate ("down into force on"),
 * modifiers left out; twice as many tokens at most. */
const PREDICATE_WORDS = 4;

/**
 * The event with its participants sorted into names and definite nouns: a participant token of the sentence that is
 * a proper noun, or a noun with "the", a possessive or "its" before it (modifiers between allowed); a participant
 * that is a pronoun (a key PRONOUN_KEY marks, with its token index) is its antecedent, named or definite.
 */
function withReference(layer: Language, text: (k: number) => string, from: number, e: Omit<DatedEvent, 'names' | 'definite' | 'owners' | 'apart'>, refer: Refer): DatedEvent {
  const names = new Set<string>();
  const definite = new Set<string>();
  const owners = new Map<string, string>();
  const apart = new Map<string, string>();
  const referred: Antecedent[] = [];
  for (const key of e.participants.keys()) {
    const antecedent = key.startsWith(PRONOUN_KEY) ? refer(Number(key.slice(PRONOUN_KEY.length))) : null;
    if (antecedent) referred.push(antecedent);
  }
  const s = layer.tokens[layer.tokenAt(e.date.start)].sentence;
  const { first, last } = layer.sentences[s];
  const participants = new Map<string, string>();
  for (let k = Math.max(first, from); k <= last; k++) {
    const t = layer.tokens[k];
    if (!e.participants.has(t.lemma)) continue;
    if (t.pos === 'PROPN') {
      // A name is the whole run of proper nouns: "GeCAD Software" and "Giant Software" are two firms.
      let a = k;
      let b = k;
      while (a - 1 >= first && layer.tokens[a - 1].pos === 'PROPN' && !isTitle(text(a - 1))) a--;
      while (b + 1 <= last && layer.tokens[b + 1].pos === 'PROPN') b++;
      if (b + 1 <= last) b = nameEnd(layer, text, b);
      const name = Array.from({ length: b - a + 1 }, (_, i) => text(a + i)).join(' ');
      participants.set(name.toLowerCase(), name);
      names.add(name.toLowerCase());
      k = b;
      continue;
    }
    // Shown as the whole run of common nouns it stands in: "the attorney general", not "attorney".
    let a = k;
    let b = k;
    while (a - 1 >= first && layer.tokens[a - 1].pos === 'NOUN') a--;
    while (b + 1 <= last && layer.tokens[b + 1].pos === 'NOUN') b++;
    participants.set(t.lemma, a === b ? e.participants.get(t.lemma)! : Array.from({ length: b - a + 1 }, (_, i) => text(a + i)).join(' '));
    let j = k - 1;
    const told: string[] = [];
    for (; j >= first && (layer.tokens[j].pos === 'ADJ' || layer.tokens[j].pos === 'NOUN' || layer.tokens[j].pos === 'PROPN'); j--) if (distinguishing(text(j))) told.push(text(j).toLowerCase());
    // ("Thursday's blast in Nairobi" … "Friday's blast in Dar es Salaam": the names after the noun tell them apart too.)
    const place = nameInPhraseAt(layer, text, b + 1);
    apart.set(t.lemma, [...told.sort(), ...(place ? [`@${place}`] : [])].join(' '));
    if (j >= first && DEFINITE.has(text(j).toLowerCase())) definite.add(t.lemma);
    if (j >= first && isReferringPronoun(text(j).toLowerCase())) owners.set(t.lemma, refer(j)?.key ?? '');
  }
  for (const a of referred) {
    participants.set(a.key, a.text);
    (a.name ? names : definite).add(a.key);
  }
  return { ...e, participants, names, definite, owners, apart };
}

/** The key of a participant that is a pronoun, before its token index: resolved in withReference. */
const PRONOUN_KEY = '@';
const pronounAt = (k: number): [string, string] => [`${PRONOUN_KEY}${k}`, ''];

/** Words that open the date's phrase after an event noun's "of" phrase ("the arrest of Mr Hale on 3 February"). */
const DATE_PREPOSITIONS = new Set(['on', 'in']);

/**
 * "The arrest of Mr Hale on 3 February", "the sale of the airport stake in 2016": the noun an "of" phrase (or a phrase
 * of place: PLACE_PREPOSITIONS) follows, when the date's "on" or "in" comes right after that phrase (nouns, names,
 * possessives, determiners and adjectives, at most REACH tokens): the event the date is of. Its token index, or -1 when the words before the date are not so shaped.
 */
function nounBeforeOfPhrase(layer: Language, text: (k: number) => string, first: number, from: number, bare: boolean): number {
  const tokens = layer.tokens;
  let k = first - 1;
  // ("the finding of the rifle 11 days ago": a date that carries its own direction needs no preposition.)
  if (k <= from || (!DATE_PREPOSITIONS.has(text(k).toLowerCase()) && !bare)) return -1;
  if (DATE_PREPOSITIONS.has(text(k).toLowerCase())) k--;
  for (; k > from && k >= first - REACH && (OF_PHRASE.has(tokens[k].pos) || endsPossessive(`x${text(k)}`)); k--);
  // (So does a phrase of place: "whose rescue off Florida's coast two months ago", slips111.)
  // (A place may be one name: "rescue near Malaga three months ago".)
  const joiner = text(k).toLowerCase();
  return k > from && (k < first - 2 ? joiner === 'of' || PLACE_PREPOSITIONS.has(joiner) : k === first - 2 && PLACE_PREPOSITIONS.has(joiner) && tokens[k + 1].pos === 'PROPN') ? k - 1 : -1;
}

/** Parts of speech inside an "of" phrase between an event noun and its date. */
const OF_PHRASE = new Set(['NOUN', 'PROPN', 'DET', 'ADJ', 'PRON']);
/** Prepositions of a phrase of place between an event noun and its date ("rescue off Florida's coast"). */
const PLACE_PREPOSITIONS = new Set(['off', 'in', 'at', 'near', 'outside']);

/** The verb group nearest the date within its clause (a statement quoted after a colon is one): before it first, then after it. */
function nearestGroup(layer: Language, first: number, last: number, from: number, to: number, text: (k: number) => string): VerbGroup | null {
  const at = (k: number) => { const g = verbGroupAt(layer, k); return g && g.first >= from && g.last <= to ? g : undefined; };
  for (let k = first - 1; k >= from && k >= first - REACH * 2; k--) {
    if (CLAUSE_MARKS.has(text(k)) && !at(k - 1) && !listComma(layer, text, k, first)) break;
    // ('said: "A year ago the government published …': a statement quoted after a colon is a clause of its own.)
    if (OPENING_MARKS.has(text(k)) && text(k - 1) === ':') break;
    const g = at(k);
    if (g) return g;
  }
  for (let k = last + 1; k <= to && k <= last + REACH; k++) {
    if (CLAUSE_MARKS.has(text(k)) || text(k) === '.') break;
    const g = at(k);
    if (g) return g;
  }
  return null;
}

/**
 * Whether the comma at layer token `k` joins the items of a list that ends before token `first` (a date): a noun or
 * name before it, a noun, name or determiner after it, and "and"/"or" between it and the date ("will admit Poland,
 * Hungary and the Czech Republic on April 12"; slips96). Such a comma ends no clause.
 */
function listComma(layer: Language, text: (k: number) => string, k: number, first: number): boolean {
  const tokens = layer.tokens;
  if (text(k) !== ',' || !NOMINAL.has(tokens[k - 1]?.pos ?? '') || !LIST_ITEM_OPENERS.has(tokens[k + 1]?.pos ?? '')) return false;
  for (let j = k + 1; j < first; j++) if (tokens[j].pos === 'CCONJ') return true;
  return false;
}
const LIST_ITEM_OPENERS = new Set(['NOUN', 'PROPN', 'DET']);

/** Lemmas of the nouns and names after `from` in the clause, up to punctuation or REACH tokens, dates left out. */
function nominalsAfter(layer: Language, from: number, to: number, skip: (k: number) => boolean, text: (k: number) => string): [string, string][] {
  const out: [string, string][] = [];
  for (let k = from; k <= to && k < from + REACH; k++) {
    const pos = layer.tokens[k].pos;
    // The direct object ends at a preposition ("closed on March 4 after engineers …" has none) or a clause.
    // ("found the stolen painting": a participle between a determiner and its noun modifies the noun.)
    const modifying = pos === 'VERB' && k > from && layer.tokens[k - 1].pos === 'DET' && layer.tokens[k + 1]?.pos === 'NOUN';
    // ("its 30-year aviation White Paper": a hyphen written tight inside a compound modifier ends nothing.)
    if (pos === 'PUNCT' && tightHyphen(layer, text, k)) continue;
    if (pos === 'PUNCT' || (pos === 'VERB' && !modifying) || pos === 'SCONJ' || (pos === 'ADP' && !skip(k))) break;
    if (NOMINAL.has(pos) && !skip(k) && !isTitle(text(k))) out.push([layer.tokens[k].lemma, text(k)]);
    // "convicted him on Tuesday": the object is whom the pronoun stands for.
    else if (k === from && standsAlone(layer, text, k)) return [pronounAt(k)];
  }
  return out;
}

/**
 * Whether the date at token `first` opens the sentence that starts at token `from`: first, after a preposition ("In
 * March last year, …"), or after adverbs that hedge it ("Almost exactly a year ago the government published …",
 * slips113), perhaps at the head of a statement quoted after a colon. `text` gives a token's words.
 */
function opensSentence(tokens: readonly Token[], text: (k: number) => string, first: number, from: number): boolean {
  if (first === from + 1 && tokens[from].pos === 'ADP') return true;
  let k = first - 1;
  while (k >= from && tokens[k].pos === 'ADV') k--;
  // ('John Stewart said: "Almost exactly a year ago the government published …', slips113: a statement quoted after a
  // colon opens its own clause.)
  return k < from || (OPENING_MARKS.has(text(k)) && k - 1 >= from && text(k - 1) === ':');
}

/** Opening quotation marks a statement after "said:" opens with. */
const OPENING_MARKS: ReadonlySet<string> = new Set(['"', '“', '‘']);

/** Whether token `k` is a hyphen written with no space on either side ("30-year"). */
function tightHyphen(layer: Language, text: (k: number) => string, k: number): boolean {
  const [before, t, after] = [layer.tokens[k - 1], layer.tokens[k], layer.tokens[k + 1]];
  return text(k) === '-' && !!before && !!after && before.end === t.start && t.end === after.start;
}

/** The subject of a group starting at `verb`: the nouns before it in its clause, or a relative pronoun's antecedent ("Hale, who was convicted"). */
function subjectOf(layer: Language, prose: string, verb: number, from: number): [string, string][] {
  const text = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  const out: [string, string][] = [];
  // (The reach counts from the verb, or from the aside passed over.)
  let reach = verb - REACH;
  for (let k = verb - 1; k >= from && k >= reach; k--) {
    const w = text(k).toLowerCase();
    if (w === 'who' || w === 'which' || w === 'that') {
      // The antecedent: the nominals before the comma that opens the relative clause.
      let j = k - 1;
      if (j >= from && text(j) === ',') j--;
      for (; j >= from && NOMINAL.has(layer.tokens[j].pos); j--) if (!isTitle(text(j))) out.push([layer.tokens[j].lemma, text(j)]);
      return out;
    }
    if (text(k) === ',' && out.length === 0) {
      // "David Klein, who often argued with the ministry, steps down": the subject stands before the aside.
      const open = asideStart(layer, prose, k, from);
      if (open > from) { reach -= k - open + 1; k = open; continue; }
    }
    if (layer.tokens[k].pos === 'PUNCT' || layer.tokens[k].pos === 'VERB') break;
    // "soon after it was officially released": the subject is the pronoun, and the nouns before it are another clause's.
    if (isReferringPronoun(w)) return out.length ? out : [pronounAt(k)];
    if (NOMINAL.has(layer.tokens[k].pos) && !isTitle(text(k))) out.push([layer.tokens[k].lemma, text(k)]);
  }
  return out;
}

/** What a noun naming an event happened to: its possessor ("the bridge's closure") and its "of" phrase ("purchase of the airport stake"). */
function nounParticipants(layer: Language, text: (k: number) => string, noun: number, from: number, to: number, skip: (k: number) => boolean): Map<string, string> {
  const out = new Map<string, string>();
  let k = noun - 1;
  // Past the date and the noun's modifiers ("Half-Life 2's official release", "its 2018 purchase").
  for (let m = 0; k >= from && (skip(k) || (MODIFIER_NOUNS.has(layer.tokens[k].pos) && m < REACH)); m++) k--;
  // "his Davis Cup debut", "her England debut": a name that modifies the noun, after a possessive pronoun.
  let owner = k;
  while (owner >= from && owner > k - REACH && layer.tokens[owner].pos === 'PROPN') owner--;
  if (owner < k && owner >= from && isReferringPronoun(text(owner).toLowerCase())) k = owner;
  for (const [lemma, word] of possessorAt(layer, text, k, from)) out.set(lemma, word);
  let j = noun + 1;
  while (j <= to && skip(j)) j++;
  if (j <= to && text(j).toLowerCase() === 'of') for (const [lemma, word] of nominalsAfter(layer, j + 1, to, skip, text)) out.set(lemma, word);
  return out;
}

/**
 * The possessor a noun's determiner at token `k` names, as [lemma, word] pairs: a pronoun (its key, resolved in
 * withReference), "whose" (whoseAntecedent), or the name before a possessive "'s", read by its words (it may hold a
 * number: "Half-Life 2's"); none before `from`.
 */
function possessorAt(layer: Language, text: (k: number) => string, k: number, from: number): [string, string][] {
  if (k < from) return [];
  if (isReferringPronoun(text(k).toLowerCase())) return [pronounAt(k)];
  // "Elian, the 6-year-old Cuban whose rescue" (slips111): "whose" stands for the noun before it, or for the name that
  // noun is apposed to.
  if (k > from && text(k).toLowerCase() === 'whose') return whoseAntecedent(layer, text, k, from);
  const out: [string, string][] = [];
  if (endsPossessive(text(k)) && text(k).length === 2) for (k--; k >= from && (NOMINAL.has(layer.tokens[k].pos) || layer.tokens[k].pos === 'NUM'); k--) if (layer.tokens[k].pos !== 'NUM') out.push([layer.tokens[k].lemma, text(k)]);
  return out;
}

/**
 * The antecedent of "whose" at token `k`: the run of nouns and names right before it ("the firm whose closure"), or,
 * when that run is an apposition set off by a comma after a name ("Elian, the 6-year-old Cuban whose rescue"), the
 * name; as [lemma, word] pairs, nothing before `from`.
 */
function whoseAntecedent(layer: Language, text: (k: number) => string, k: number, from: number): [string, string][] {
  let j = k - 1;
  const run: [string, string][] = [];
  for (; j >= from && NOMINAL.has(layer.tokens[j].pos); j--) run.push([layer.tokens[j].lemma, text(j)]);
  while (j >= from && text(j) !== ',' && APPOSITION_WORDS.has(layer.tokens[j].pos)) j--;
  if (run.length === 0 || j < from + 1 || text(j) !== ',' || layer.tokens[j - 1].pos !== 'PROPN') return run;
  const name: [string, string][] = [];
  for (let n = j - 1; n >= from && layer.tokens[n].pos === 'PROPN'; n--) name.push([layer.tokens[n].lemma, text(n)]);
  return name;
}
/** Parts of speech between an apposition's comma and its noun ("the 6-year-old Cuban"). */
const APPOSITION_WORDS = new Set(['DET', 'ADJ', 'NUM', 'PUNCT']);

/** The proper nouns right before the noun at token `noun` ("Davis Cup" of "his Davis Cup debut"), as "davis cup", or "". */
function namedModifier(layer: Language, text: (k: number) => string, noun: number, from: number): string {
  let k = noun - 1;
  while (k >= from && k > noun - REACH && layer.tokens[k].pos === 'PROPN') k--;
  return Array.from({ length: noun - 1 - k }, (_, i) => text(k + 1 + i).toLowerCase()).join(' ');
}

function isTitle(word: string): boolean {
  return readWordList('titles.txt').has(withoutFullStop(word));
}
