// date-conflict, ages: a person's age given beside a name ("Kopp, 45,", "the 18-year-old Mirza", "aged 18") and the
// birth date in the same sentence ("who was born in 1964") must agree on the publication date.
import { formatDay, fromDays, parseIsoDay } from '../../dates/calendar';
import { dateInWords } from '../../dates/describe';
import { firstTokenEndingAfter, isDigitOrdinal, isVerb, languageOf, verbGroupsIn, type Language } from '../../language';
import { getLexicon } from '../../figures/lexicon';
import type { Article, DateMention, EntityMention } from '../../types';
import type { RuleFinding } from '../rule';
import { hasSpace, isCapitalised, isDigits } from '../../text/shape';
import { splitAtSpaces } from '../../entities/nameShape';
import { interval } from './shared';
import { antecedentOf, isPersonalPronoun, personReferredTo } from '../../language/anaphora';

/** The oldest age read as one: a larger number beside a name is something else. */
const MAX_AGE = 120;
/** Possessives after an age that give the birth that follows to someone else ("whose son was born"). */
const RELATIVES_OPENERS = new Set(['whose', 'his', 'her', 'their']);
/** How many tokens of prepositional phrases may stand between "born" and its date ("born in Glasgow on 20 February 1951"). */
const BORN_REACH = 8;
/** Parts of speech of the prepositional phrases between "born" and its date ("to a poor family in", "in Leeds, on"; commas too). */
const PLACE_PHRASE_POS = new Set(['ADP', 'DET', 'PROPN', 'NOUN', 'ADJ']);
/** Parts of speech that may stand between a person's name and the "born" of their birth ("Brown, who was born"). */
const BEFORE_BORN_POS = new Set(['AUX', 'PRON', 'ADV', 'PUNCT']);

/**
 * Birth dates that contradict the age given to the person born: before them in their sentence (ageInSentence: "Kopp,
 * 45, who was born in 1964", "The 18-year-old Mirza, who was born in 1984"), or, when the sentence gives none, to the
 * same person elsewhere in the article ("Mr Brown, 53," … "Gordon Brown was born in Glasgow on 20 February 1951"; the
 * person is the name just before "born", or just after a sentence's opening "Born in …,"). A birth date is a date after
 * "born" with at most BORN_REACH tokens of prepositional phrases between ("born in 1964", "born in Glasgow on 20 February
 * 1951"). The person is as old as the years from the birth date's first day to publication, or one year less when only
 * the year or month is given and the birthday may be still to come. The finding is on the birth date. Nothing without
 * a `published` date.
 */
export function ageConflicts(article: Article, dates: DateMention[], entities: readonly EntityMention[]): RuleFinding[] {
  const pub = parseIsoDay(article.frontMatter?.published ?? null);
  if (!pub) return [];
  const layer = languageOf(article);
  const out: RuleFinding[] = [];
  let ages: GivenAge[] | null = null;
  let sorted: EntityMention[] | null = null;
  for (const d of dates) {
    const span = d.kind === 'date' ? interval(d) : null;
    const born = span ? bornBefore(article, layer, d) : -1;
    if (born < 0) continue;
    // (In text order: a pronoun's antecedent is looked up by position.)
    const age = ageInSentence(article, layer, d.start) ?? ageOfPersonBorn(article, layer, d, born, (sorted ??= [...entities].sort((x, y) => x.start - y.start)), (ages ??= allGivenAges(article, layer, entities)));
    if (age === null) continue;
    // The youngest and oldest the person can be on the publication day, from the first and last day the date covers.
    const oldest = yearsBetween(fromDays(span![0]), pub);
    const youngest = yearsBetween(fromDays(span![1]), pub);
    if (age.value >= youngest && age.value <= oldest) continue;
    const range = youngest === oldest ? `${youngest}` : `${youngest} or ${oldest}`;
    out.push({ start: d.start, end: d.end, message: `Someone born ${d.grain === 'day' ? 'on' : 'in'} ${dateInWords(d)} is ${range} on the publication date (${formatDay(pub)}), not ${age.value} (“${age.text}”${'line' in age && age.line !== null ? ` on line ${age.line}` : ''}).` });
  }
  return out;
}

/**
 * The token index of the "born" that date `d` follows, or -1: "born 1964", "born in 1964", "born in Glasgow on 20
 * February 1951", "born to a poor family in 1951" (prepositional phrases only between, at most BORN_REACH tokens).
 */
function bornBefore(article: Article, layer: Language, d: DateMention): number {
  const first = firstTokenEndingAfter(layer, d.start);
  const sentence = layer.tokens[first]?.sentence;
  for (let k = first - 1; k >= 0 && k >= first - BORN_REACH && layer.tokens[k].sentence === sentence; k--) {
    const word = article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
    // "born in …", or a birth name first ("who was born Shawn Carter in 1969", slips40).
    if (word === 'born') return k === first - 1 || layer.tokens[k + 1].pos === 'ADP' || layer.tokens[k + 1].pos === 'PROPN' ? k : -1;
    if (!PLACE_PHRASE_POS.has(layer.tokens[k].pos) && word !== ',') return -1;
  }
  return -1;
}

/**
 * The age given elsewhere in the article to the person born at token `born` (personBorn), or null: the age given to
 * that person's group (givenAges) nearest the birth date.
 */
function ageOfPersonBorn(article: Article, layer: Language, d: DateMention, born: number, entities: readonly EntityMention[], ages: GivenAge[]): { value: number; text: string; line: number | null } | null {
  const person = personBorn(article, layer, d, born, entities);
  if (!person) return null;
  let nearest: GivenAge | null = null;
  for (const a of ages) if (a.mention.group === person.group && (!nearest || Math.abs(a.start - d.start) < Math.abs(nearest.start - d.start))) nearest = a;
  if (!nearest) return null;
  const line = article.lines.positionAt(nearest.start).line;
  return { value: nearest.value, text: ageWords(article, nearest), line: line === article.lines.positionAt(d.start).line ? null : line + 1 };
}

/**
 * The person born at token `born` (date `d`), or undefined: the person mention just before "born" with only
 * auxiliaries, pronouns, adverbs and commas between ("Gordon Brown was born", "Brown, who was born"), or the first after
 * the date when the sentence opens with "Born"; else the person a pronoun there stands for ("he was born", "Born in
 * Dublin in 1975, he has since become …"; language/anaphora.ts).
 */
function personBorn(article: Article, layer: Language, d: DateMention, born: number, entities: readonly EntityMention[]): EntityMention | undefined {
  const sentence = layer.sentences[layer.tokens[born].sentence];
  const from = layer.tokens[sentence.first].start;
  const to = layer.tokens[sentence.last].end;
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const referred = (k: number) => (k >= sentence.first && k <= sentence.last && isPersonalPronoun(word(k)) ? antecedentOf(layer, article.prose, entities, k, () => false)?.mention : undefined);
  if (born === sentence.first) return entities.find((m) => m.type === 'person' && m.start >= d.end && m.end <= to) ?? referred(clauseAfter(layer, article.prose, d));
  let person = [...entities].reverse().find((m) => m.type === 'person' && m.start >= from && m.end <= layer.tokens[born].start);
  for (let k = firstTokenEndingAfter(layer, person?.end ?? to); person && k < born; k++) {
    if (!BEFORE_BORN_POS.has(layer.tokens[k].pos) || RELATIVES_OPENERS.has(word(k)) || (layer.tokens[k].pos === 'PUNCT' && word(k) !== ',')) person = undefined;
  }
  let pronoun = -1;
  for (let k = born - 1; !person && pronoun < 0 && k >= sentence.first && BEFORE_BORN_POS.has(layer.tokens[k].pos); k--) if (isPersonalPronoun(word(k))) pronoun = k;
  return person ?? referred(pronoun);
}

/** The token after the comma that closes the opening phrase holding date `d` ("Born in Dublin in 1975, he"), or -1. */
function clauseAfter(layer: Language, prose: string, d: DateMention): number {
  const k = firstTokenEndingAfter(layer, d.end);
  return layer.tokens[k] && prose.slice(layer.tokens[k].start, layer.tokens[k].end) === ',' ? k + 1 : -1;
}

/** givenAges and, after them, the ages "the N-year-old" gives (anaphoricGivenAges). */
function allGivenAges(article: Article, layer: Language, entities: readonly EntityMention[]): GivenAge[] {
  const given = givenAges(article, layer, entities);
  return [...given, ...anaphoricGivenAges(article, layer, entities, given)];
}

/** Whole years from `from` to `to` (calendar days). */
function yearsBetween(from: { y: number; m: number; d: number }, to: { y: number; m: number; d: number }): number {
  return to.y - from.y - (to.m < from.m || (to.m === from.m && to.d < from.d) ? 1 : 0);
}

/**
 * The age given nearest before offset `at` in its sentence, or null: a number between commas after a capitalised word
 * ("Kopp, 45,"), "N-year-old" ("The 18-year-old Mirza, who was born in 1984") or "aged N" ("Mirza, aged 18, who was
 * born"). The nearest, so that a relative's age goes with the relative's birth ("Kopp, 45, whose 5-year-old son was
 * born in 2019"); none when a possessive stands after it ("Dunne, aged 40, whose son was born in 2010").
 */
function ageInSentence(article: Article, layer: Language, at: number): { value: number; text: string } | null {
  const i = firstTokenEndingAfter(layer, at);
  const sentence = layer.sentences[layer.tokens[i]?.sentence ?? -1];
  if (!sentence) return null;
  const word = (k: number) => (k >= sentence.first && k <= sentence.last ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end) : '');
  let found: { value: number; text: string } | null = null;
  for (let k = sentence.first; k <= sentence.last && layer.tokens[k].end <= at; k++) {
    const n = word(k);
    // "Dunne, aged 40, whose son was born in 2010": after a possessive the birth is someone else's.
    if (found && RELATIVES_OPENERS.has(n.toLowerCase())) found = null;
    if (!isDigits(n) || +n > MAX_AGE) continue;
    if (word(k - 1) === ',' && word(k + 1) === ',' && isCapitalised(word(k - 2))) found = { value: +n, text: `${word(k - 2)}, ${n},` };
    else if (word(k + 1) === '-' && word(k + 2) === 'year-old') found = { value: +n, text: `${n}-year-old` };
    else if (word(k - 1).toLowerCase() === 'aged') found = { value: +n, text: `${word(k - 1)} ${n}` };
    else if (AGE_OPENERS.has(word(k - 1)) && word(k - 2) === ',' && word(k + 1) === ',' && isCapitalised(word(k - 3))) found = { value: +n, text: `${word(k - 3)}, ${word(k - 1)} ${n},` };
  }
  return found;
}

/** The most lower-case words between "25-year-old" and the name it describes ("25-year-old defending champion Venus Williams"). */
const AGE_MODIFIERS = 3;

/** An age given to a mention: its value, and the words that give it (UTF-16 offsets into the prose). */
interface GivenAge {
  value: number;
  start: number;
  end: number;
  mention: EntityMention;
  /** The words that give it, when the mention is elsewhere ("the 34-year-old"). */
  words?: string;
}

/** Words that may stand between a name's comma or bracket and its age ("Doherty, aged 26,", "Brown, now 53,"). */
const AGE_OPENERS = new Set(['aged', 'now']);
/** Parts of speech after "the N-year-old …" that make it the subject of the verb they open. */
const SUBJECT_VERB_POS = new Set(['VERB', 'AUX']);
/** The words of "the 26-year-old defending champion" after the age. */
const NOUN_PHRASE_POS = new Set(['NOUN', 'ADJ']);
/** How many sentences back "the 26-year-old singer" looks for the person it stands for. */
const ANAPHOR_SENTENCES = 2;

/**
 * Ages given to people, in text order: a number of at most MAX_AGE right after a person's mention between commas or in
 * brackets, perhaps after "aged" or "now" ("Williams, 24,", "Williams (24)", "Doherty, aged 26,"), or "N-year-old"
 * before it with up to AGE_MODIFIERS lower-case words between ("25-year-old defending champion Venus Williams"). A
 * surname that two people of the story share alone ("John Smith, 45, and his son Tom Smith, 12" … "Smith, 45,") gives
 * no age: it names neither.
 */
function givenAges(article: Article, layer: Language, entities: readonly EntityMention[]): GivenAge[] {
  const surnameGroups = new Map<string, Set<string>>();
  for (const m of entities) {
    const words = splitAtSpaces(m.text);
    if (m.type === 'person' && words.length > 1) surnameGroups.set(words[words.length - 1], (surnameGroups.get(words[words.length - 1]) ?? new Set()).add(m.group));
  }
  const shared = (m: EntityMention) => !hasSpace(m.text) && (surnameGroups.get(m.text)?.size ?? 0) > 1;
  const out: GivenAge[] = [];
  const people = entities.filter((m) => m.type === 'person');
  for (const m of [...entities].sort((a, b) => a.start - b.start)) {
    if (m.type !== 'person' || shared(m)) continue;
    const age = ageAfter(article, layer, m) ?? ageBefore(article, layer, m) ?? birthdayAge(article, layer, m) ?? deathAge(article, layer, m, people);
    if (age) out.push(age);
  }
  return out;
}

/** The words that give age `a` with its mention ("Williams, 24", "25-year-old defending champion Venus Williams"). */
function ageWords(article: Article, a: GivenAge): string {
  if (a.words) return a.words;
  return article.text.slice(Math.min(a.start, a.mention.start), Math.max(a.end, a.mention.end));
}

/**
 * One person given two ages: "25-year-old defending champion Venus Williams" … "Williams, 24," (givenAges; mentions of
 * one person share their group, entities/linking.ts). The finding is on each later age that differs from the first
 * one given. Also "The 26-year-old singer" opening a sentence with no name after it (anaphoricAges), standing for the
 * nearest name in the ANAPHOR_SENTENCES sentences before when that is a person's, the article calls that person a
 * "singer" just before one of their names (describedAs; "The 26-year-old" with no noun needs none), the person was
 * given another age, and no one in the article is given this one.
 */
export function twoAgeConflicts(article: Article, entities: readonly EntityMention[]): RuleFinding[] {
  const layer = languageOf(article);
  const ages = givenAges(article, layer, entities);
  const first = new Map<string, GivenAge>();
  const out: RuleFinding[] = [];
  for (const age of ages) {
    const earlier = first.get(age.mention.group);
    if (!earlier) {
      first.set(age.mention.group, age);
      continue;
    }
    if (earlier.value === age.value) continue;
    out.push({ start: age.start, end: age.end, message: `${age.mention.text} is ${age.value} here (“${ageWords(article, age)}”) but ${earlier.value} earlier (“${ageWords(article, earlier)}”).` });
  }
  for (const a of anaphoricAges(article, layer)) {
    if (ages.some((g) => g.start === a.start || g.value === a.value)) continue;
    const person = antecedent(article, layer, entities, a);
    const known = person && first.get(person.group);
    if (!known) continue;
    out.push({ start: a.start, end: a.end, message: `“${a.text}” follows a mention of ${person.text}, who is ${known.value} ${known.start < a.start ? 'earlier' : 'later in the article'} (“${ageWords(article, known)}”); no one in the article is given the age ${a.value}.` });
  }
  return out.sort((x, y) => x.start - y.start);
}

/**
 * The person "the 26-year-old singer" (`a`, anaphoricAges) stands for, or undefined: the nearest name before it in
 * ANAPHOR_SENTENCES sentences that is no place nor a name of type other, an event's or a work's ("completed the
 * heptathlon in Birmingham. The 28-year-old …", "in the New York City Marathon. The 34-year-old …"), when
 * that is a person's, and the article calls them by the phrase's noun, if it has one (describedAs). A name of another
 * type there ("praised Jones. The 26-year-old striker", Jones read as an organisation) is no reason to reach back past it.
 */
function antecedent(article: Article, layer: Language, entities: readonly EntityMention[], a: { start: number; head: string | null }): EntityMention | undefined {
  const sentence = layer.tokens[firstTokenEndingAfter(layer, a.start)].sentence;
  const from = layer.tokens[layer.sentences[Math.max(0, sentence - ANAPHOR_SENTENCES)].first].start;
  const nearest = [...entities].reverse().find((m) => m.end <= a.start && m.start >= from && m.type !== 'place' && m.type !== 'other');
  if (nearest?.type !== 'person' || (a.head && !describedAs(article, layer, entities, nearest.group, a.head))) return undefined;
  return nearest;
}

/**
 * Ages "the N-year-old" gives to the person it stands for (anaphoricAges, antecedent), for the birth comparison: only
 * an age no one else in the article is given (`given`, givenAges), since the phrase may bring in someone new. As an
 * object too ("interested in the 32-year-old", slips53), when the person it would stand for is given no age of their
 * own ("Coach Tom Hale, 45, … hired the 26-year-old" brings in someone else).
 */
function anaphoricGivenAges(article: Article, layer: Language, entities: readonly EntityMention[], given: GivenAge[]): GivenAge[] {
  const out: GivenAge[] = [];
  for (const a of anaphoricAges(article, layer, true)) {
    if (given.some((g) => g.start === a.start || g.value === a.value)) continue;
    // An object stands for the person the article is telling of, as "him" would ("the Ospreys are interested in the
    // 32-year-old" after "Wales hooker Mefin Davies is likely to stay").
    const person = a.subject ? antecedent(article, layer, entities, a) : objectAntecedent(article, layer, entities, a);
    if (!person || (!a.subject && given.some((g) => g.mention.group === person.group))) continue;
    out.push({ value: a.value, start: a.start, end: a.end, mention: person, words: a.text });
  }
  return out;
}

/** The person an object "the N-year-old" stands for (personReferredTo), when the article calls them by its noun, if any (describedAs). */
function objectAntecedent(article: Article, layer: Language, entities: readonly EntityMention[], a: AnaphoricAge): EntityMention | undefined {
  const person = personReferredTo(layer, entities, firstTokenEndingAfter(layer, a.start));
  return person && (!a.head || describedAs(article, layer, entities, person.group, a.head)) ? person : undefined;
}

/** How many tokens before a name its title or role may stand ("Singer Pete Doherty", "the former Libertines singer"). */
const ROLE_REACH = 3;

/**
 * Whether the article calls the person of `group` by the noun `head` (lower case) in a role or title just before one
 * of their names ("Singer Pete Doherty", "coach Tom Hale"): "the 26-year-old singer" can then stand for them, where
 * "the 26-year-old striker" after "coach Tom Hale" is someone else.
 */
function describedAs(article: Article, layer: Language, entities: readonly EntityMention[], group: string, head: string): boolean {
  return entities.some((m) => {
    if (m.group !== group) return false;
    const k = firstTokenEndingAfter(layer, m.start);
    for (let j = k - 1; j >= 0 && j >= k - ROLE_REACH; j--) if (article.prose.slice(layer.tokens[j].start, layer.tokens[j].end).toLowerCase() === head) return true;
    return false;
  });
}

/** Whether token `k` is the first of its sentence's words (an opening quotation mark may stand before it). */
function opensSentence(layer: Language, k: number): boolean {
  const first = layer.sentences[layer.tokens[k].sentence].first;
  return k === first || (k === first + 1 && layer.tokens[first].pos === 'PUNCT');
}

/** The token of an age told before a noun ("26-year-old"). */
const YEAR_OLD = 'year-old';

/** An age "the N-year-old" gives (anaphoricAges); `subject` when the phrase is its clause's subject (subjectAt). */
interface AnaphoricAge { value: number; start: number; end: number; text: string; head: string | null; subject: boolean }

/**
 * "The 26-year-old singer was arrested", "The 26-year-old, who …": a sentence opening "The N-year-old" (a new person
 * brought in later in a sentence is not told this way), with up to AGE_MODIFIERS lower-case adjectives and nouns after
 * it and no name (a name after it is ageBefore's), or such a phrase as the subject of its clause's verb or the speaker
 * after a reporting verb ("said the 34-year-old"). Offsets are the "N-year-old"'s; `text` runs from "The" to the last
 * of those words; `head` is the last of them (lower case), or null when there are none.
 */
function anaphoricAges(article: Article, layer: Language, objects = false): AnaphoricAge[] {
  const out: AnaphoricAge[] = [];
  const word = (i: number) => (layer.tokens[i] ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  for (let k = 1; k + 2 < layer.tokens.length; k++) {
    // (The length first: most tokens are not "year-old", and a length costs no slice.)
    if (layer.tokens[k + 2].end - layer.tokens[k + 2].start !== YEAR_OLD.length || word(k + 2) !== YEAR_OLD || word(k + 1) !== '-' || !isDigits(word(k)) || +word(k) > MAX_AGE || word(k - 1).toLowerCase() !== 'the') continue;
    let j = k + 3;
    // A "noun" with a determiner or pronoun right after it is a verb the tagger misread ("The 28-year-old won/NOUN her
    // first medal").
    const verbLike = (i: number) => layer.tokens[i + 1]?.pos === 'DET' || layer.tokens[i + 1]?.pos === 'PRON';
    while (j < k + 3 + AGE_MODIFIERS && NOUN_PHRASE_POS.has(layer.tokens[j]?.pos) && layer.tokens[j].sentence === layer.tokens[k].sentence && !isCapitalised(word(j)) && !verbLike(j)) j++;
    if (isCapitalised(word(j))) continue;
    const subject = subjectAt(layer, k - 1, j);
    if (!subject && !objects) continue;
    const head = j > k + 3 ? word(j - 1).toLowerCase() : null;
    out.push({ value: +word(k), start: layer.tokens[k].start, end: layer.tokens[k + 2].end, text: article.prose.slice(layer.tokens[k - 1].start, layer.tokens[j - 1].end), head, subject });
  }
  return out;
}

/**
 * Whether "the N-year-old …" (its "the" at token `the`, the token after its words at `after`) is the subject of its
 * clause: opening the sentence, or right before its verb ("In Athens the 34-year-old made it double gold"), or the
 * speaker put after a reporting verb ("…," said the 34-year-old), or in the possessive ("the 31-year-old's career");
 * not an object ("hired the 26-year-old striker").
 */
function subjectAt(layer: Language, the: number, after: number): boolean {
  const before = layer.tokens[the - 1];
  const speaker = !!before && getLexicon().reportingLemmas.has(before.lemma) && isVerb(before);
  // A possessor points back too: "many feared the 31-year-old's career was over" (slips42).
  const possessor = layer.tokens[after]?.pos === 'PART' && after === the + 4;
  return opensSentence(layer, the) || speaker || possessor || SUBJECT_VERB_POS.has(layer.tokens[after]?.pos ?? '');
}

/** "Williams, 24,", "Williams (24)", "Doherty, aged 26,": the age right after mention `m`, or null. */
function ageAfter(article: Article, layer: Language, m: EntityMention): GivenAge | null {
  const k = firstTokenEndingAfter(layer, m.end);
  const word = (i: number) => (layer.tokens[i] ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  // The mark comes right after the name, white space at most between.
  if (!layer.tokens[k] || article.prose.slice(m.end, layer.tokens[k].start).trim() !== '') return null;
  const open = word(k);
  const at = AGE_OPENERS.has(word(k + 1).toLowerCase()) ? k + 2 : k + 1;
  const n = word(at);
  const close = word(at + 1);
  const paired = (open === ',' && close === ',') || (open === '(' && close === ')');
  if (!paired || !isDigits(n) || +n > MAX_AGE) return null;
  return { value: +n, start: layer.tokens[at].start, end: layer.tokens[at].end, mention: m };
}

/**
 * "O'Connor, who celebrated his 25th birthday on Wednesday": the age a birthday told of mention `m` gives, or null. The
 * birthday ("his"/"her" and an ordinal in digits before "birthday") stands within BIRTHDAY_REACH tokens after the
 * name in its sentence with no other name between; told in the past or present perfect it is the age now, told as a
 * future ("will celebrate her 30th birthday next week") one year more than it.
 */
function birthdayAge(article: Article, layer: Language, m: EntityMention): GivenAge | null {
  const after = firstTokenEndingAfter(layer, m.end);
  const sentence = layer.tokens[after]?.sentence;
  const word = (i: number) => article.prose.slice(layer.tokens[i].start, layer.tokens[i].end);
  for (let k = after; k < layer.tokens.length && k < after + BIRTHDAY_REACH && layer.tokens[k].sentence === sentence; k++) {
    if (layer.tokens[k].pos === 'PROPN') return null;
    if (word(k).toLowerCase() !== 'birthday' || !isDigitOrdinal(word(k - 1)) || !['his', 'her'].includes(word(k - 2).toLowerCase())) continue;
    const told = verbGroupsIn(layer, after, k - 1).at(-1);
    const n = +word(k - 1).slice(0, -2);
    const value = told?.tense === 'past' || told?.perfect ? n : told?.tense === 'future' ? n - 1 : null;
    return value === null || value > MAX_AGE ? null : { value, start: layer.tokens[k - 1].start, end: layer.tokens[k].end, mention: m, words: article.prose.slice(layer.tokens[k - 2].start, layer.tokens[k].end) };
  }
  return null;
}
/** How many tokens after a name a birthday told of it may stand (", who celebrated his 25th birthday"). */
const BIRTHDAY_REACH = 8;

/** How many tokens after a name its "died" may stand, past an appositive ("Patsy Rowlands, known to millions for …, has died"). */
const DEATH_REACH = 20;
/** How many tokens after "died" its age may stand ("died at her home in Leeds on Friday, aged 79"). */
const DEATH_AGE_REACH = 12;
/** The earliest number read as a year beside a death ("died in 1990 at the age of 60"). */
const OLDEST_YEAR = 1800;

/**
 * "Actress Patsy Rowlands … has died at the age of 71", "Rowlands died in Hove on Saturday, aged 71": the age at which
 * mention `m` died, told after a "die" within DEATH_REACH tokens after the name in its sentence (no other person of
 * `people` between but one a preposition governs), as "at the age of N", "aged N" or "at N" ending its clause within
 * DEATH_AGE_REACH tokens after it. A death of the story is
 * recent, so the age is the age on the publication date; a sentence that holds a year tells of an older death ("died
 * in 1990 at the age of 60") and gives none. Null otherwise.
 */
function deathAge(article: Article, layer: Language, m: EntityMention, people: readonly EntityMention[]): GivenAge | null {
  const after = firstTokenEndingAfter(layer, m.end);
  const sentence = layer.tokens[after]?.sentence;
  if (sentence === undefined) return null;
  const word = (i: number) => (layer.tokens[i]?.sentence === sentence ? article.prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  const { first, last } = layer.sentences[sentence];
  let died = -1;
  for (let k = after; k <= last && k < after + DEATH_REACH && died < 0; k++) if (layer.tokens[k].lemma === 'die' && isVerb(layer.tokens[k])) died = k;
  // Most names have no "died" after them: the sentence is read further only for those that do.
  if (died < 0) return null;
  for (let k = first; k <= last; k++) if (isDigits(word(k)) && word(k).length === 4 && +word(k) >= OLDEST_YEAR) return null;
  // Another person between may be the one who died ("Smith, whose wife Mary died aged 60"), unless a preposition
  // governs them ("known for her roles in the Carry On films").
  const governed = (p: EntityMention) => {
    let k = firstTokenEndingAfter(layer, p.start) - 1;
    while (k > first && (layer.tokens[k].pos === 'DET' || layer.tokens[k].pos === 'ADJ')) k--;
    return layer.tokens[k]?.pos === 'ADP';
  };
  if (people.some((p) => p.start >= m.end && p.end <= layer.tokens[died].start && p.group !== m.group && !governed(p))) return null;
  for (let j = died + 1; j <= last && j <= died + DEATH_AGE_REACH; j++) {
    const from = ageWordsAt(layer, word, j, last);
    if (from >= 0) return { value: +word(j), start: layer.tokens[j].start, end: layer.tokens[j].end, mention: m, words: article.prose.slice(layer.tokens[from].start, layer.tokens[j].end) };
  }
  return null;
}

/**
 * Where the words that give token `j` as an age start ("at the age of 71", "aged 71", or "at 50" ending its clause:
 * not "at 50 mph", "at 10 Downing Street"), for a number of MAX_AGE at most; -1 when `j` is no such age. `word(k)` is
 * token k's text within the sentence ("" outside it), whose last token is `last`.
 */
function ageWordsAt(layer: Language, word: (k: number) => string, j: number, last: number): number {
  if (!isDigits(word(j)) || +word(j) > MAX_AGE) return -1;
  const before = word(j - 1).toLowerCase();
  if (before === 'of' && word(j - 2).toLowerCase() === 'age' && word(j - 3).toLowerCase() === 'the') return j - 4;
  if (before === 'aged') return j - 1;
  return before === 'at' && (j === last || layer.tokens[j + 1].pos === 'PUNCT') ? j - 1 : -1;
}

/** "25-year-old defending champion Venus Williams": the age before mention `m`, or null. */
function ageBefore(article: Article, layer: Language, m: EntityMention): GivenAge | null {
  const opening = firstTokenEndingAfter(layer, m.start);
  const sentence = layer.tokens[opening]?.sentence;
  const word = (i: number) => article.prose.slice(layer.tokens[i].start, layer.tokens[i].end);
  let k = opening - 1;
  while (k >= 0 && k >= opening - AGE_MODIFIERS && layer.tokens[k].sentence === sentence && layer.tokens[k].kind === 'word' && !isCapitalised(word(k)) && word(k) !== 'year-old') k--;
  if (k < 2 || layer.tokens[k].sentence !== sentence || word(k) !== 'year-old' || word(k - 1) !== '-' || !isDigits(word(k - 2)) || +word(k - 2) > MAX_AGE) return null;
  return { value: +word(k - 2), start: layer.tokens[k - 2].start, end: layer.tokens[k].end, mention: m };
}
