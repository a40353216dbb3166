// The linguistic layer: one reading of an article's prose that recognisers and rules share. Tokens (UTF-16 offsets into
// `article.prose`), Universal POS and lemmas from the tagger, sentences, noun chunks, verb groups with tense, aspect
// and modality, and quotations with their speakers. Built once per Article (one document version), paragraph by
// paragraph through a cache keyed on the paragraph's text, so an edit re-tags only the paragraphs it changed.
import { readDataJson, readWordList } from '../dataFiles';
import { getLexicon } from '../figures/lexicon';
import type { Article, Span } from '../types';
import { firstAtLeast } from '../text/spanIndex';
import { detached } from '../text/memo';
import { tagText, type TaggedToken, type TokenKind, type Upos } from './tagger';
import { hasDigit, hasLetter, hasSpace, isCapitalised, isDigits, isLowerInitial, straightApostrophes, withoutFullStop, wordsOf } from '../text/shape';

export type { TokenKind, Upos } from './tagger';

/** A token of the prose; `start`/`end` are UTF-16 offsets into `article.prose` (and `article.text`). */
export interface Token extends Span {
  kind: TokenKind;
  pos: Upos;
  /** Lower-case lemma ("said" → "say", "’ll" → "will"). */
  lemma: string;
  /** Index into Language.sentences. */
  sentence: number;
}

/** A sentence of the layer: its span and its tokens [first, last] (inclusive indices into Language.tokens). */
interface LanguageSentence extends Span {
  first: number;
  last: number;
  paragraph: number;
}

/** A base noun phrase ("the shop's 65-inch screens", "Iranian President Masoud Pezeshkian", "she"). */
interface NounChunk extends Span {
  first: number;
  last: number;
  /** The head noun or pronoun: the chunk's last noun, proper noun, pronoun or number. */
  head: number;
}

/** The tense of a verb group's finite verb; "future" for will/shall/'ll and "is due to", "is going to". */
type Tense = 'past' | 'present' | 'future' | 'none';

/** A verb group: auxiliaries, adverbs and negation up to the main verb ("will soon be filing", "had been", "is due to visit"). */
export interface VerbGroup extends Span {
  first: number;
  last: number;
  /** The main verb, or the last auxiliary when the group is a copula ("is"). */
  head: number;
  tense: Tense;
  /** have + participle. */
  perfect: boolean;
  /** be + -ing. */
  progressive: boolean;
  /** be + participle as the main verb. */
  passive: boolean;
  negated: boolean;
  /** The lemma of a modal other than will/shall ("would", "could", "may", "must"), or null. */
  modal: string | null;
  /** be + a future word + to + verb ("is due to resume", "was going to close"): a future seen from the tense of "be". */
  prospective: boolean;
}

/** A quotation: its marks and what lies between them, and who is reported as saying it. */
export interface Quotation extends Span {
  /** The quoted words, without the marks; for a statement without marks after "X said:" (press-release style), the whole paragraph. */
  inner: Span;
  /** False when the paragraph ends before a closing mark (news style leaves the close off a quote that runs on). */
  closed: boolean;
  /** The noun chunk that speaks it ("the manager" in "“Cheap,” the manager said."), or null. A paragraph that opens
   * with a mark while the one before ended inside a quotation continues it and takes its speaker. */
  speaker: Span | null;
  /** The reporting verb group, or null. */
  verb: Span | null;
}

/** The linguistic layer of one article version. */
export interface Language {
  tokens: Token[];
  sentences: LanguageSentence[];
  chunks: NounChunk[];
  verbGroups: VerbGroup[];
  quotations: Quotation[];
  /** The index of the token covering UTF-16 offset `offset` in the prose, or -1. O(log n). */
  tokenAt(offset: number): number;
}

/** The closed classes of data/language-verb-groups.json. */
export interface VerbGroupWords {
  futureModals: Set<string>;
  pastForms: Set<string>;
  participleForms: Set<string>;
  periphrasticFuture: Set<string>;
  periphrasticNeedsTo: Set<string>;
  negators: Set<string>;
  clauseOpeners: Set<string>;
  clauseFrontWords: Set<string>;
  conditionalOpeners: Set<string>;
  forwardModals: Set<string>;
  possessiveDeterminers: Set<string>;
  /** Prepositions that place an event in time against another ("after", "ahead of", "following"). */
  timePrepositions: Set<string>;
  /** Universal POS tags an appositive after a noun may hold ("chief executive of Acme", "45", "a spokesman"). */
  appositiveTags: ReadonlySet<Upos>;
  /** Universal POS tags that may stand between a noun and the verb it is the subject of: its modifiers and an "of" phrase ("quarter of 2025 were"). */
  subjectTailTags: ReadonlySet<Upos>;
  /** Parts of speech of a capitalised word that opens a sentence after an abbreviation closing a name ("Bros. However"). */
  sentenceOpenerTags: ReadonlySet<Upos>;
  /** Adverb particles of phrasal verbs ("steps down", "takes over"). */
  phrasalParticles: Set<string>;
  /** Verbs whose past form is their base form ("beat", "set"): written so, either tense. */
  unchangedPasts: Set<string>;
  /** Irregular past forms that are also nouns or adjectives, each to its lemma ("fell" → "fall"), which the lite tagger may misread right after a number. */
  nounLikePasts: ReadonlyMap<string, string>;
  /** Universal POS tags inside a noun phrase before its head ("the new Acme"), walked back over to find what stands before a subject. */
  nounPhraseTags: ReadonlySet<Upos>;
  /** Third-person singular subject pronouns ("he", "she", "it"). */
  singularSubjectPronouns: Set<string>;
  /** Words that set two sides against each other ("Wales v England"), lower case. */
  versusWords: Set<string>;
  /** Words that end a title after its noun ("attorney general", "president elect"): nouns, not adjectives. */
  postpositiveTitleWords: Set<string>;
  /** Finite forms of "be" and "have" that agree only with a plural subject ("have", "are", "were"). */
  pluralFiniteForms: Set<string>;
}

let verbWords: VerbGroupWords | null = null;

/**
 * data/language-verb-groups.json, read once; throws if a key is missing or not a list of strings, or a pair of
 * "nounLikePasts" is not written "form/lemma".
 */
export function verbGroupWords(): VerbGroupWords {
  if (verbWords) return verbWords;
  const raw = readDataJson<Record<string, unknown>>('language-verb-groups.json');
  const list = (key: keyof VerbGroupWords): Set<string> => {
    const v = raw[key];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) throw new Error(`data/language-verb-groups.json: "${key}" must be a list of strings`);
    return new Set(v as string[]);
  };
  const pairs = (key: keyof VerbGroupWords): Map<string, string> => new Map([...list(key)].map((pair) => {
    const [form, lemma, ...rest] = pair.split('/');
    if (!form || !lemma || rest.length) throw new Error(`data/language-verb-groups.json: "${key}" holds "${pair}", not "form/lemma"`);
    return [form, lemma];
  }));
  verbWords = { futureModals: list('futureModals'), pastForms: list('pastForms'), participleForms: list('participleForms'), periphrasticFuture: list('periphrasticFuture'), periphrasticNeedsTo: list('periphrasticNeedsTo'), negators: list('negators'), clauseOpeners: list('clauseOpeners'), clauseFrontWords: list('clauseFrontWords'), conditionalOpeners: list('conditionalOpeners'), forwardModals: list('forwardModals'), possessiveDeterminers: list('possessiveDeterminers'), timePrepositions: list('timePrepositions'), appositiveTags: list('appositiveTags') as Set<Upos>, subjectTailTags: list('subjectTailTags') as Set<Upos>, sentenceOpenerTags: list('sentenceOpenerTags') as Set<Upos>, phrasalParticles: list('phrasalParticles'), unchangedPasts: list('unchangedPasts'), nounLikePasts: pairs('nounLikePasts'), singularSubjectPronouns: list('singularSubjectPronouns'), nounPhraseTags: list('nounPhraseTags') as Set<Upos>, versusWords: list('versusWords'), postpositiveTitleWords: list('postpositiveTitleWords'), pluralFiniteForms: list('pluralFiniteForms') };
  return verbWords;
}

/** Occurrences before a noun, and the share of them as its modifier, that make an -ing word a modifier. */
const MIN_MODIFIER_SEEN = 2;
const MIN_MODIFIER_RATIO = 2 / 3;
let modifierIng: ReadonlySet<string> | null = null;

/**
 * -ing words that stand before a noun as its modifier ("operating profit", "growing demand", "the existing contract"),
 * not as a verb with an object ("taking control"): those of data/language-attributive-ing.json (learned from
 * CoNLL-2003's POS and chunk columns by scripts/train-attributive-ing.ts) seen at least MIN_MODIFIER_SEEN times as a
 * modifier and at least MIN_MODIFIER_RATIO of the time. Read once.
 * @throws Error when the file's `words` is not a map of word → [modifier count, verb count].
 */
function modifierIngWords(): ReadonlySet<string> {
  modifierIng ??= learnedWords('language-attributive-ing.json', 'modifier count, verb count', ([modifier, verb]) => modifier >= MIN_MODIFIER_SEEN && modifier >= MIN_MODIFIER_RATIO * (modifier + verb));
  return modifierIng;
}

/**
 * The words of a learned data file `file` (`words`: word → [count, count]) whose pair of counts `keep` accepts.
 * @throws Error when `words` is not a map of word → two counts (named `shape` in the message).
 */
function learnedWords(file: string, shape: string, keep: (counts: [number, number]) => boolean): ReadonlySet<string> {
  const raw = readDataJson<{ words?: Record<string, unknown> }>(file);
  const words = new Set<string>();
  for (const [word, v] of Object.entries(raw.words ?? {})) {
    if (!Array.isArray(v) || v.length !== 2 || !v.every((n) => Number.isInteger(n) && n >= 0)) throw new Error(`data/${file}: "${word}" must be [${shape}]`);
    if (keep(v as [number, number])) words.add(word);
  }
  return words;
}

/**
 * Whether tokens[i], a lone verb form right before a noun, is the noun's modifier rather than a clause's verb: after a
 * determiner, number, adjective or possessive no finite verb can stand ("a revamped version", "the 54th ranked
 * Chinese", "the company's existing stores"), nor a past participle after a preposition ("a number of dissatisfied
 * customers"). An -ing form after a preposition or opening its clause may be a verb with its object ("by cutting
 * costs"): a modifier only when the corpus reads it as one ("of operating profit", modifierIngWords).
 */
function modifiesNoun(prose: string, tokens: Token[], i: number, last: number): boolean {
  const t = tokens[i];
  if (t.pos !== 'VERB' || i + 1 > last) return false;
  const next = tokens[i + 1];
  const word = prose.slice(t.start, t.end).toLowerCase();
  const form = formOf(word, t.lemma, verbGroupWords());
  const ing = form === 'ing';
  // "such as Come Tomorrow": a base or present form is no modifier ("long-delayed", lemmatised whole, is a participle).
  if (form !== 'ing' && form !== 'past' && form !== 'participle' && !word.endsWith('ed')) return false;
  if (next.pos !== 'NOUN' && !(next.pos === 'PROPN' && !ing)) return false;
  const previous = tokens[i - 1];
  const before = previous ? prose.slice(previous.start, previous.end) : '';
  const pos = previous?.pos;
  const possessive = (pos === 'PART' && straightApostrophes(before) === "'s") || (pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(before.toLowerCase()));
  const determiner = pos === 'DET' || pos === 'NUM' || pos === 'ADJ' || isDigitOrdinal(before) || possessive;
  if (determiner || (pos === 'ADP' && !ing)) return true;
  if (!ing || next.pos !== 'NOUN' || pos === 'AUX' || pos === 'VERB' || pos === 'PART') return false;
  return modifierIngWords().has(word) || afterNamedModifier(tokens, i);
}

/**
 * Whether the -ing form tokens[i] (before a noun) follows a run of proper nouns that a determiner opens: "the European
 * qualifying mark", "a Premier League winning goal". A determiner cannot open a clause whose verb comes after a name,
 * so the -ing form is the noun's modifier.
 */
function afterNamedModifier(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && tokens[k].pos === 'PROPN') k--;
  return k < i - 1 && k >= 0 && tokens[k].pos === 'DET';
}

/** A paragraph's reading, offsets relative to the paragraph start; cached on the paragraph's text. */
interface ParagraphReading {
  /** Its key in the cache: the paragraph's text, a string of its own. */
  key?: string;
  tokens: TaggedToken[];
  sentences: [number, number][];
  /** The paragraph as last placed in a document (absolute offsets and indices): reused while it stays where it was. */
  placed?: Placed;
}

/** A paragraph's part of the layer, at a given offset, token index, sentence index and paragraph index. */
interface Placed {
  start: number;
  base: number;
  sentenceBase: number;
  index: number;
  tokens: Token[];
  sentences: LanguageSentence[];
  chunks: NounChunk[];
  verbGroups: VerbGroup[];
}

let cacheLimit = 4000;
const cache = new Map<string, ParagraphReading>();

/**
 * Sets how many paragraph readings the layer keeps (default 4,000: every paragraph of the documents an editor has
 * open, so a keystroke re-tags one). A batch over an archive, which reads each paragraph once, keeps few: each
 * reading holds its tokens (tens of kilobytes), and 4,000 of them are hundreds of megabytes.
 */
export function limitParagraphCache(limit: number): void {
  cacheLimit = Math.max(0, Math.floor(limit));
  while (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
}

/** How many paragraphs the tagger has read since the process started (cache hits excluded): what an edit cost. */
export const languageStats = { taggedParagraphs: 0 };

/**
 * Tags one paragraph's prose, through the cache (most recently used last; the oldest evicted past the limit).
 * `source` is the same stretch of the article text (markup not blanked): what stands between two tokens there
 * decides whether they touch (":org[Warner Bros]." is "Bros" and its full stop).
 */
function readParagraph(prose: string, source: string): ParagraphReading {
  const key = source === prose ? prose : `${prose}\u0000${source}`;
  const hit = cache.get(key);
  if (hit) {
    // Kept under the key it was first stored with, a string of its own (a slice of this document would keep it alive).
    cache.delete(key);
    cache.set(hit.key ?? key, hit);
    return hit;
  }
  const own = detached(prose);
  const ownSource = source === prose ? own : detached(source);
  const reading = repairParticipleModifiers(own, repairTimePrepositions(own, repairPluralNouns(own, repairPossessedNouns(own, repairCompoundHeads(own, repairNamesAfterPrepositions(own, repairVerbsInsideNames(own, repairPresentParticiples(own, repairPresentVerbs(own, repairPastsAfterNumbers(own, repairPastParticiples(own, repairTitleHeads(own, boundSentences(own, repairSentences(own, ownSource, joinHyphenated(own, tagText(own))))))))))))))));
  reading.key = source === prose ? own : `${prose}\u0000${source}`;
  languageStats.taggedParagraphs++;
  cache.set(reading.key, reading);
  if (cache.size > cacheLimit) cache.delete(cache.keys().next().value!);
  return reading;
}

/** Digits and an ordinal suffix ("21st", "3rd"). */
export function isDigitOrdinal(w: string): boolean {
  return ['st', 'nd', 'rd', 'th'].some((suffix) => w.endsWith(suffix)) && isDigits(w.slice(0, -2));
}

/** Letters a–z only, at least `min` of them before `suffix` ("retired" with "ed"): a lower-case English word form. */
function plainWordEnding(w: string, suffix: string, min: number): boolean {
  const stem = w.slice(0, -suffix.length);
  return w.endsWith(suffix) && stem.length >= min && [...stem].every((c) => c >= 'a' && c <= 'z');
}

/**
 * "The attorney general warned ministers", "the president elect": a title's last word after its noun (data
 * "postpositiveTitleWords") read as an adjective, or as a verb before the subject's verb, by the lite tagger is part
 * of the noun: retagged NOUN, so that the subject ends there and an -ed word after it may be the verb. Mutates and
 * returns `reading`.
 */
function repairTitleHeads(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  const titleWords = verbGroupWords().postpositiveTitleWords;
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i];
    const noun = tokens[i - 1].pos === 'NOUN' || tokens[i - 1].pos === 'PROPN';
    // Read as a verb only where a verb follows, the subject's ("The president elect named"; "voters elect a mayor").
    const misread = t.pos === 'ADJ' || (t.pos === 'VERB' && (tokens[i + 1]?.pos === 'VERB' || tokens[i + 1]?.pos === 'AUX'));
    if (misread && noun && titleWords.has(prose.slice(t.start, t.end).toLowerCase())) t.pos = 'NOUN';
  }
  return reading;
}

/**
 * A clause's only verb read as an adjective by the lite tagger: "Ms Ortiz retired next spring" (retired/ADJ), where
 * an -ed word follows its subject (a noun, name or personal pronoun) and no verb or auxiliary stands before it in the
 * sentence; or a relative clause's verb right after its subject "who" ("Eliot Spitzer, who alleged that …", wherever
 * the clause stands). Retagged VERB so that the clause has a verb group and a tense. Mutates and returns `reading`.
 */
function repairPastParticiples(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  const pastEd = (t: TaggedToken) => t.pos === 'ADJ' && plainWordEnding(prose.slice(t.start, t.end), 'ed', 2);
  for (const [first, last] of reading.sentences) {
    for (let i = first + 1; i <= last; i++) {
      const t = tokens[i];
      const before = tokens[i - 1];
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      if (!pastEd(t)) continue;
      // After a possessive determiner an -ed word is an adjective ("his retired colleague").
      const subject = before.pos === 'PROPN' || before.pos === 'NOUN' || (before.pos === 'PRON' && !verbGroupWords().possessiveDeterminers.has(before.lemma));
      if (subject) { asPastVerb(prose, t); break; }
    }
    for (let i = first + 1; i <= last; i++) if (pastEd(tokens[i]) && tokens[i - 1].pos === 'PRON' && tokens[i - 1].lemma === 'who') asPastVerb(prose, tokens[i]);
  }
  return reading;
}

/** Retags the -ed token `t` a verb; the lemma only needs to differ from the word for the verb group to read a past form (-ied → -y, else the stem). */
function asPastVerb(prose: string, t: TaggedToken): void {
  const w = prose.slice(t.start, t.end);
  t.pos = 'VERB';
  t.lemma = w.endsWith('ied') ? `${w.slice(0, -3)}y` : w.slice(0, -2);
}

/** Times a word must have been tagged a base or present verb in CoNLL-2003 to be read as one (presentVerbWords). */
const MIN_PRESENT_VERB_SEEN = 2;
let presentVerbs: ReadonlySet<string> | null = null;

/**
 * Words seen at least MIN_PRESENT_VERB_SEEN times as a base or present verb (VB, VBP, VBZ) in CoNLL-2003 eng.train:
 * data/language-present-verbs.json, learned by scripts/train-present-verbs.ts. Read once.
 * @throws Error when the file's `words` is not a map of word → [verb count, noun count].
 */
function presentVerbWords(): ReadonlySet<string> {
  presentVerbs ??= learnedWords('language-present-verbs.json', 'verb count, noun count', ([verb]) => verb >= MIN_PRESENT_VERB_SEEN);
  return presentVerbs;
}

/**
 * A clause's only verb, in the present, read as a noun by the lite tagger: "The council signs the deal on Monday",
 * "Residents face a long wait", "Officials estimate the cost at £5m" (signs/NOUN, face/NOUN, estimate/NOUN), so the
 * clause had no verb group: no tense for its date, no reporting verb for its figure. A common noun right after the
 * sentence's opening noun phrase (a determiner or possessive, adjectives, numbers, nouns and names, with no verb before
 * it) that agrees with it as a verb would (an -s form after a singular head, the base form after a plural one), whose
 * form or lemma the corpus has seen as a verb (presentVerbWords), with an article or possessive determiner after it
 * opening its object (not a span of time: "Car sales a year earlier"), is retagged VERB. Mutates and returns `reading`.
 */
function repairPresentVerbs(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  const { possessiveDeterminers } = verbGroupWords();
  for (const [first, last] of reading.sentences) {
    let i = first;
    while (i <= last && (tokens[i].pos === 'DET' || (tokens[i].pos === 'PRON' && possessiveDeterminers.has(tokens[i].lemma)))) i++;
    const phraseStart = i;
    while (i <= last && SUBJECT_WORD_TAGS.has(tokens[i].pos)) i++;
    // The phrase's last word is the verb read as a noun, the one before it the subject's head, then the object opens.
    if (i - 2 >= phraseStart && i + 1 <= last && presentVerbBetween(prose, tokens, i - 1)) tokens[i - 1].pos = 'VERB';
    else {
      const k = verbBetweenNames(prose, tokens, phraseStart, i, last);
      if (k >= 0) tokens[k].pos = 'VERB';
    }
  }
  return reading;
}

/** Tags that may end a clause's object: an adposition, a conjunction, punctuation. */
const AFTER_OBJECT_TAGS: ReadonlySet<Upos> = new Set(['ADP', 'SCONJ', 'CCONJ', 'PUNCT']);

/**
 * "England face France on Sunday", "Rangers visit Kilmarnock unless they win": a fixture's verb between two names,
 * read as a noun by the lite tagger (face/NOUN), so the sentence had no verb and its date no tense. In a sentence
 * opening with a run of names and nouns (tokens[from, to), nothing else before it), the one lower-case word in it,
 * a noun with names on both sides, the run closed by an adposition, a conjunction or punctuation (not a verb: "Wales
 * coach Mike Ruddock said"), whose form the corpus has seen as a present verb often enough against its use as a
 * noun (fixtureVerbWords; a team takes either agreement: "England face", "Chelsea faces"). The index of that noun, or -1.
 */
function verbBetweenNames(prose: string, tokens: readonly TaggedToken[], from: number, to: number, last: number): number {
  if (from >= to || tokens[from].pos !== 'PROPN' || (to <= last && !AFTER_OBJECT_TAGS.has(tokens[to].pos))) return -1;
  // A capitalised word read as a noun is part of a name ("Cardiff City/NOUN").
  const lower = [];
  for (let k = from; k < to; k++) if (tokens[k].pos !== 'PROPN' && !isCapitalised(prose.slice(tokens[k].start, tokens[k].end))) lower.push(k);
  if (lower.length !== 1) return -1;
  const k = lower[0];
  const word = prose.slice(tokens[k].start, tokens[k].end);
  if (k === from || k === to - 1 || tokens[k].pos !== 'NOUN' || word !== word.toLowerCase()) return -1;
  return fixtureVerbWords().has(word) ? k : -1;
}

/** How many times more often than as a verb a fixture's verb may have been seen as a noun ("visit": 21 and 47). */
const FIXTURE_NOUN_RATIO = 3;
let fixtureVerbs: ReadonlySet<string> | undefined;
/**
 * Forms seen at least MIN_PRESENT_VERB_SEEN times as a present verb in CoNLL-2003 eng.train (data/language-present-verbs.json)
 * and at most FIXTURE_NOUN_RATIO times as often as a noun ("face", "visit", "meet"; not "police", "head", "record"). Read once.
 * @throws Error when the file's `words` is not a map of word → [verb count, noun count].
 */
function fixtureVerbWords(): ReadonlySet<string> {
  fixtureVerbs ??= learnedWords('language-present-verbs.json', 'verb count, noun count', ([verb, noun]) => verb >= MIN_PRESENT_VERB_SEEN && verb * FIXTURE_NOUN_RATIO >= noun);
  return fixtureVerbs;
}

/** Whether tokens[k], read NOUN, is a present verb between its subject's head (k - 1) and an object opening at k + 1. */
function presentVerbBetween(prose: string, tokens: readonly TaggedToken[], k: number): boolean {
  const [head, t, object] = [tokens[k - 1], tokens[k], tokens[k + 1]];
  if ((head.pos !== 'NOUN' && head.pos !== 'PROPN') || t.pos !== 'NOUN') return false;
  const word = prose.slice(t.start, t.end);
  const opens = object.pos === 'DET' ? ARTICLES.has(prose.slice(object.start, object.end).toLowerCase()) : object.pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(object.lemma);
  if (!opens || word !== word.toLowerCase() || getLexicon().timeUnits.has(prose.slice(tokens[k + 2].start, tokens[k + 2].end).toLowerCase())) return false;
  const headWord = prose.slice(head.start, head.end).toLowerCase();
  const plural = plainWordEnding(headWord, 's', 3) && !headWord.endsWith('ss');
  const agrees = plural ? word === t.lemma && !word.endsWith('s') : plainWordEnding(word, 's', 3) && word !== t.lemma;
  return agrees && (presentVerbWords().has(word) || presentVerbWords().has(t.lemma));
}
/** Tags a word of a sentence's opening noun phrase may carry after its determiner (the phrase's modifiers and head). */
const SUBJECT_WORD_TAGS: ReadonlySet<Upos> = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * A clause's only verb read as a noun or an adjective by the lite tagger right after a number: "Sales in 1990 fell 5%",
 * "Capital expenditure in 1990 rose slightly" (fell/NOUN, rose/NOUN), so the date had no verb to take its tense from.
 * An irregular past form of data "nounLikePasts" right after a number, with no verb or auxiliary before it in its
 * sentence and an adverb, a number, an adposition or punctuation after it (not a noun it could modify: "the 1990 rose
 * garden"), is retagged VERB with the lemma the list gives. Mutates and returns `reading`.
 */
function repairPastsAfterNumbers(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  const pasts = verbGroupWords().nounLikePasts;
  for (const [first, last] of reading.sentences) {
    for (let i = first + 1; i < last; i++) {
      const t = tokens[i];
      if (t.pos === 'VERB' || t.pos === 'AUX') break;
      const lemma = pasts.get(prose.slice(t.start, t.end));
      if (lemma === undefined || (t.pos !== 'NOUN' && t.pos !== 'ADJ') || tokens[i - 1].pos !== 'NUM' || !AFTER_PAST.has(tokens[i + 1].pos)) continue;
      t.pos = 'VERB';
      t.lemma = lemma;
      break;
    }
  }
  return reading;
}

/** Parts of speech after a past form that leave it no noun's modifier ("fell 5%", "rose slightly", "fell in March"). */
const AFTER_PAST: ReadonlySet<Upos> = new Set(['ADV', 'NUM', 'ADP', 'PUNCT']);

/**
 * A plural noun read as a verb by the lite tagger: "Sony will release new consoles last month" (consoles/VERB), so the
 * date hung on a verb "consoles" in the present. A word in -s right after an adjective (or a word read as an adverb
 * there) that itself follows a determiner, a number, an adposition or a verb (an attributive adjective, inside a noun
 * phrase) is the noun that adjective modifies: retagged NOUN, lemma without the -s. Mutates and returns `reading`.
 */
function repairPluralNouns(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    // (The tagger may read the adjective as an adverb too: "release new/ADV consoles/VERB".)
    if (t.pos !== 'VERB' || (tokens[i - 1].pos !== 'ADJ' && tokens[i - 1].pos !== 'ADV') || !NOUN_PHRASE_OPENERS.has(tokens[i - 2].pos)) continue;
    const word = prose.slice(t.start, t.end);
    if (!plainWordEnding(word, 's', 3) || word.endsWith('ss')) continue;
    t.pos = 'NOUN';
    t.lemma = word.slice(0, -1);
  }
  return reading;
}
/**
 * A noun read as a verb by the lite tagger right after a possessive: "The band's hit Dry Your Eyes" (hit/VERB), so the
 * title after it was read without its work noun. A word right after a noun or a name and the possessive "'s" (PART, not
 * the "has" or "is" of a contraction), in its base form or in -s, with no determiner or pronoun after it (as a verb's
 * object would open: "Smith's hit the post" is read as a contraction), is the possessed noun: retagged NOUN. Mutates and
 * returns `reading`.
 */
function repairPossessedNouns(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  for (let i = 2; i < tokens.length; i++) {
    const t = tokens[i];
    const mark = tokens[i - 1];
    if (t.pos !== 'VERB' || mark.pos !== 'PART' || !isPossessiveMark(prose.slice(mark.start, mark.end)) || (tokens[i - 2].pos !== 'NOUN' && tokens[i - 2].pos !== 'PROPN')) continue;
    const word = prose.slice(t.start, t.end);
    const next = tokens[i + 1];
    if ((word !== t.lemma && !plainWordEnding(word, 's', 3)) || (next && (next.pos === 'DET' || next.pos === 'PRON'))) continue;
    t.pos = 'NOUN';
  }
  return reading;
}
const isPossessiveMark = (w: string) => w === "'s" || w === '’s';

/**
 * A noun phrase's head read as a verb by the lite tagger: "at the Wales v England rugby union match on Saturday"
 * (match/VERB). A word in its base form right after a singular noun or a name (or any name of a fixture's two
 * sides, "the Celtic v Rangers match"), in a phrase a determiner opens right after a
 * preposition, has no subject to be the verb of (the object of a preposition is none; "on the day the storm hit" has
 * a noun before its determiner): retagged NOUN. Mutates and returns `reading`.
 */
function repairCompoundHeads(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  for (const [first, last] of reading.sentences) {
    for (let i = first + 2; i <= last; i++) {
      const t = tokens[i];
      const before = tokens[i - 1];
      const word = prose.slice(t.start, t.end);
      if (t.pos !== 'VERB' || word !== t.lemma || (before.pos !== 'NOUN' && before.pos !== 'PROPN')) continue;
      let k = i - 1;
      let versus = false;
      // A common noun before a name may end a phrase whose relative clause the name opens ("on the day England play").
      for (; k > first && inPhraseBody(prose, tokens, k); k--) versus ||= verbGroupWords().versusWords.has(prose.slice(tokens[k].start, tokens[k].end).toLowerCase());
      // A plural before it may be the subject ("in the summer prices rise"), unless two sides make it a fixture's name.
      const plural = prose.slice(before.start, before.end).endsWith('s') && !versus;
      if (!plural && tokens[k].pos === 'DET' && k > first && tokens[k - 1].pos === 'ADP') t.pos = 'NOUN';
    }
  }
  return reading;
}
/**
 * A word of a name read as a verb by the lite tagger: "in the Northern Ireland Cross Country Championships in Coleraine
 * yesterday" (Cross/VERB), so a date hung on a present "Cross"; "Brad Adams, of Human Rights Watch, said" (Watch/VERB),
 * so the speaker's aside held a verb. A capitalised word, not its sentence's first, right after a capitalised word, in
 * a sentence that is not in Title Case (some noun, verb, adjective or adverb in it opens in
 * lower case: a headline's "Labour Wins Vote Over Budget" keeps its verb), is part of the name: retagged PROPN, lemma
 * the word. Mutates and returns `reading`.
 */
const CONTENT_POS: ReadonlySet<Upos> = new Set(['NOUN', 'VERB', 'ADJ', 'ADV']);

function repairVerbsInsideNames(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  const word = (k: number) => prose.slice(tokens[k].start, tokens[k].end);
  for (const [first, last] of reading.sentences) {
    // A sentence with no content word in lower case is in Title Case (a headline): its capitals say nothing of names.
    let lowerContent = false;
    for (let i = first; i <= last && !lowerContent; i++) lowerContent = CONTENT_POS.has(tokens[i].pos) && isLowerInitial(word(i));
    if (!lowerContent) continue;
    for (let i = first + 1; i <= last; i++) {
      if (tokens[i].pos !== 'VERB' || !isCapitalised(word(i)) || !isCapitalised(word(i - 1))) continue;
      tokens[i].pos = 'PROPN';
      tokens[i].lemma = word(i);
    }
  }
  return reading;
}

/**
 * A place or club name read as a verb by the lite tagger: "after a heavy defeat at Hull on Saturday" (Hull/VERB), so
 * the date hung on a verb "Hull" in the present. A capitalised word right after a lower-case preposition or a "v"
 * between sides (data "versusWords": "the Leeds v Hull game"), not the sentence's first, is no finite verb (a preposition takes a noun phrase, and a gerund after it is lower case):
 * retagged PROPN, lemma the word. Mutates and returns `reading`.
 */
function repairNamesAfterPrepositions(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  for (const [first, last] of reading.sentences) {
    for (let i = first + 1; i <= last; i++) {
      const t = tokens[i];
      const before = tokens[i - 1];
      const joins = before.pos === 'ADP' || verbGroupWords().versusWords.has(prose.slice(before.start, before.end));
      if (t.pos !== 'VERB' || !joins || !isCapitalised(prose.slice(t.start, t.end)) || !isLowerInitial(prose.slice(before.start, before.end))) continue;
      t.pos = 'PROPN';
      t.lemma = prose.slice(t.start, t.end);
    }
  }
  return reading;
}

/** Tags inside a noun phrase before its head: "the Wales v England rugby union match". */
const PHRASE_BODY: ReadonlySet<Upos> = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM']);

/**
 * Whether token `k` may stand inside a noun phrase before its head: a noun, name, adjective or number, or a word that
 * sets two sides against each other ("v", "versus"; data "versusWords"). Not a name after a common noun, which may open
 * a clause of its own ("on the day England play").
 */
function inPhraseBody(prose: string, tokens: readonly TaggedToken[], k: number): boolean {
  const t = tokens[k];
  if (verbGroupWords().versusWords.has(prose.slice(t.start, t.end).toLowerCase())) return true;
  if (!PHRASE_BODY.has(t.pos)) return false;
  const before = tokens[k - 1];
  return !(t.pos === 'PROPN' && before.pos === 'NOUN' && !verbGroupWords().versusWords.has(prose.slice(before.start, before.end).toLowerCase()));
}

/** Articles: before one, an -ed word and a noun make a noun phrase ("the best animated film"). */
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * An -ed word inside a noun phrase read as a verb by the lite tagger: "compete in the best animated film category on
 * 29 February" (animated/VERB), so the date hung on a past "animated" instead of "will compete". After an article, an
 * adjective or a possessive determiner (an adverb between passed over), or a hyphenated noun ("stock-market listed
 * football club"), and before a noun, it modifies that noun: retagged ADJ. Not after "this" or "that", which may be
 * the subject ("This prompted concern"). An -ing word right after a possessive "'s" and before a noun is retagged ADJ
 * too ("this month's shooting death", "Saturday's opening ceremony"). Mutates and returns `reading`.
 */
function repairParticipleModifiers(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (tokens[i].pos === 'VERB' && tokens[i + 1].pos === 'NOUN' && participleModifies(prose, tokens, i)) tokens[i].pos = 'ADJ';
  }
  return reading;
}

/** Whether tokens[i], an -ed or -ing word read VERB before a noun, modifies that noun (repairParticipleModifiers). */
function participleModifies(prose: string, tokens: readonly TaggedToken[], i: number): boolean {
  const own = prose.slice(tokens[i].start, tokens[i].end);
  // An adverb of degree between them is passed over ("the best/ADV animated film", "the most wanted man").
  const k = tokens[i - 1].pos === 'ADV' && i >= 2 ? i - 2 : i - 1;
  const before = tokens[k];
  const word = prose.slice(before.start, before.end).toLowerCase();
  // After a possessive "'s" an -ing word before a noun modifies it too ("this month's shooting death", slips107).
  if (plainWordEnding(own, 'ing', 2)) return k === i - 1 && before.pos === 'PART' && isPossessiveMark(word);
  if (!plainWordEnding(own, 'ed', 2)) return false;
  // "Germany's only stock-market listed football club": a hyphenated compound noun before it is its modifier too
  // (review 101: "listed" was read as a verb of data, the club's "source").
  const compound = before.pos === 'NOUN' && k === i - 1 && word.includes('-');
  return compound || before.pos === 'ADJ' || (before.pos === 'DET' && ARTICLES.has(word)) || (before.pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(word));
}

/** Parts of speech that open the noun phrase a preposition takes ("following a car chase", "pending their appeal"). */
const PREPOSITION_OBJECT_OPENERS: ReadonlySet<Upos> = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'PROPN']);

/**
 * An -ing preposition of time (data/language-verb-groups.json timePrepositions: "following", "pending", "during") read
 * as a verb by the lite tagger: "took action following a car chase on 19 January" (following/VERB), so the date hung
 * on a verb with no tense instead of "took". Before a noun phrase and after no auxiliary ("was following the case" is
 * a verb), it is retagged ADP, lemma the word. Mutates and returns `reading`.
 */
function repairTimePrepositions(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  const { timePrepositions, possessiveDeterminers } = verbGroupWords();
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'VERB' || (i > 0 && tokens[i - 1].pos === 'AUX')) continue;
    const word = prose.slice(t.start, t.end).toLowerCase();
    if (!word.endsWith('ing') || !timePrepositions.has(word)) continue;
    const next = tokens[i + 1];
    if (PREPOSITION_OBJECT_OPENERS.has(next.pos) || (next.pos === 'PRON' && possessiveDeterminers.has(next.lemma))) {
      t.pos = 'ADP';
      t.lemma = word;
    }
  }
  return reading;
}

/** Parts of speech before an attributive adjective: what opens a noun phrase or takes one as its object. */
const NOUN_PHRASE_OPENERS: ReadonlySet<Upos> = new Set(['DET', 'NUM', 'ADP', 'VERB']);

/**
 * An -ing word after a comma with a determiner, a number or a possessive after it, read as an adjective by the lite
 * tagger: "Piotti said, promising a major overhaul of the police next month" (promising/ADJ). An adjective takes no
 * determiner after it, so the word is a participle opening a clause of its own: retagged VERB (lemma without -ing),
 * so that the clause has a verb group and dates in it are not the main verb's. Mutates and returns `reading`.
 */
function repairPresentParticiples(prose: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (t.pos !== 'ADJ' || prose.slice(tokens[i - 1].start, tokens[i - 1].end) !== ',') continue;
    const word = prose.slice(t.start, t.end);
    const next = tokens[i + 1];
    if (plainWordEnding(word, 'ing', 3) && (next.pos === 'DET' || next.pos === 'NUM' || (next.pos === 'PRON' && verbGroupWords().possessiveDeterminers.has(next.lemma)))) {
      t.pos = 'VERB';
      t.lemma = word.slice(0, -3);
    }
  }
  return reading;
}

/**
 * Sentence boundaries the tagger misses or puts where news copy has none. Missed: after a full stop split off a
 * number ("a predicted extra £250m. Turnover rose") and after a month or weekday abbreviation before a capitalised
 * word ("Ant and Dec. Holly"). Not boundaries: where no white space stands between the sentences in the article text
 * ("Bagle.:org[BB]"), after an abbreviation that data/abbreviations.txt lists ("said Army Maj. Bruce Carter")
 * unless it closes a name (data/abbreviations-sentence-final.txt) and a capitalised function word follows
 * (data/language-verb-groups.json sentenceOpenerTags: "of Warner Bros. However", not "Warner Bros. Pictures"), after
 * a currency code, an abbreviation of data/abbreviations-before-numbers.txt or a short title-case word before digits
 * ("Rp. 40 trillion", "Dh. 5 million"), and before a word in lower case ("most U.S. residents"). Tokens touch when no
 * white space stands between them in `source`, the article text (markup between them does not part them).
 */
const NUMBER_FIRST = /^\p{N}/u;
/** A number of any script opens `w` ("5", "½"). */
const startsWithNumber = (w: string) => NUMBER_FIRST.test(w);

/** One to three letters, an upper-case one and lower-case ones ("Rp", "Dh", "No"). */
function isShortTitleWord(w: string): boolean {
  const letters = [...w];
  return letters.length <= 3 && isCapitalised(letters[0]) && letters.slice(1).every((c) => isLowerInitial(c));
}

/** Most letters of a title-case abbreviation of a state or province ("Calif.", "Mass.", "Ont."). */
const PLACE_ABBREVIATION_LETTERS = 5;

/**
 * "shot in his home in Buffalo, N.Y. Slepian provided …", "in Sacramento, Calif. Jones said": whether token `i`, an
 * abbreviation with its full stop (two or more capitals with full stops, "N.Y.", or a title-case word of PLACE_ABBREVIATION_LETTERS
 * letters at most, "Calif."), follows a comma after a capitalised word, as a state or province follows its city.
 * News style sets a comma after such a pair inside a sentence ("Buffalo, N.Y., on Friday"), so a capitalised word
 * right after it opens the next sentence.
 */
function placeAbbreviationAfterComma(text: string, tokens: readonly Span[], i: number): boolean {
  if (i < 2 || text.slice(tokens[i - 1].start, tokens[i - 1].end) !== ',' || !isCapitalised(text.slice(tokens[i - 2].start, tokens[i - 2].end))) return false;
  const letters = text.slice(tokens[i].start, tokens[i].end - 1);
  // ("Campbell, S. Best": one capital is an initial.)
  const dotted = letters.includes('.') && letters.split('.').every((part) => part.length === 1 && isCapitalised(part));
  const short = [...letters].length >= 2 && [...letters].length <= PLACE_ABBREVIATION_LETTERS && isCapitalised(letters[0]) && [...letters.slice(1)].every((c) => isLowerInitial(c));
  return dotted || short;
}

function repairSentences(text: string, source: string, reading: ParagraphReading): ParagraphReading {
  const abbreviations = readWordList('abbreviations.txt');
  const sentenceFinal = readWordList('abbreviations-sentence-final.txt');
  const { tokens } = reading;
  const touch = (x: Span, y: Span) => x.end <= y.start && !hasSpace(source.slice(x.end, y.start));
  const split: [number, number][] = [];
  const beforeNumbers = readWordList('abbreviations-before-numbers.txt');
  const { months, weekdays } = getLexicon();
  const dateWord = (w: string) => startsWithNumber(w) || months.has(w) || weekdays.has(w) || beforeNumbers.has(w);
  for (const [a, b] of reading.sentences) {
    let first = a;
    for (let i = a; i < b; i++) {
      const t = tokens[i];
      // "hosted by Ant and Dec. Holly Willoughby joined": a month or weekday abbreviation ends the sentence unless
      // a number or a date word follows ("Dec. 5", "Sun., June 13").
      const w = text.slice(t.start, t.end);
      const stop = w.endsWith('.') && w.length > 1 ? i : w === '.' && i > a && touch(tokens[i - 1], t) ? i : -1;
      if (stop >= 0) {
        const bare = (w === '.' ? text.slice(tokens[i - 1].start, tokens[i - 1].end) : w.slice(0, -1)).toLowerCase();
        const next = text.slice(tokens[i + 1].start, tokens[i + 1].end);
        const closesPlace = stop === i && !abbreviations.has(bare) && placeAbbreviationAfterComma(text, tokens, i);
        if ((beforeNumbers.has(bare) || closesPlace) && isCapitalised(next) && !dateWord(withoutFullStop(next).toLowerCase()) && !touch(t, tokens[i + 1])) {
          split.push([first, i]);
          first = i + 1;
          continue;
        }
      }
      if (i === a) continue;
      const before = tokens[i - 1];
      const onNumber = startsWithNumber(text.slice(before.start, before.end)) || (i >= 2 && tokens[i - 2].kind === 'number' && touch(tokens[i - 2], before));
      if (text[t.start] === '.' && t.end === t.start + 1 && touch(before, t) && onNumber && isCapitalised(text[tokens[i + 1].start]) && !touch(t, tokens[i + 1])) {
        split.push([first, i]);
        first = i + 1;
      }
    }
    split.push([first, b]);
  }
  const merged: [number, number][] = [];
  for (const [a, b] of split) {
    const previous = merged[merged.length - 1];
    if (previous) {
      // The abbreviation is one token ("Maj.") or a word and a full stop against it ("Maj" ".", ":org[Warner Bros].").
      const last = tokens[previous[1]];
      const beforeStop = tokens[previous[1] - 1];
      let word = text.slice(last.start, last.end);
      if (word === '.' && beforeStop && previous[1] - 1 >= previous[0] && touch(beforeStop, last)) word = `${text.slice(beforeStop.start, beforeStop.end)}.`;
      const bare = word.slice(0, -1).toLowerCase();
      const next = text.slice(tokens[a].start, tokens[a].end);
      // "Rp. 40 trillion", "Dh. 5 million", "No. 6", "Dec. 5": an abbreviation before digits. News style does not open a
      // sentence with digits after a short title-case word; the data lists give the longer ones ("Sept.").
      const beforeNumber = startsWithNumber(next) && (beforeNumbers.has(bare) || getLexicon().currencyCodes.has(bare) || isShortTitleWord(word.slice(0, -1)));
      // "of Warner Bros. However, critics …": an abbreviation that closes a name ends a sentence before a word that opens one.
      const ends = sentenceFinal.has(bare) && isCapitalised(next) && verbGroupWords().sentenceOpenerTags.has(tokens[a].pos);
      if ((word.endsWith('.') && ((abbreviations.has(bare) && !ends) || beforeNumber)) || isLowerInitial(next) || touch(last, tokens[a])) {
        previous[1] = b;
        continue;
      }
    }
    merged.push([a, b]);
  }
  return { tokens: reading.tokens, sentences: merged };
}

/**
 * The longest sentence the checks read (UTF-16 code units): news sentences stay far below it (the longest in the
 * 2,225 BBC articles is about 1,000), and checks that scan a sentence around each mention stay linear.
 */
const MAX_SENTENCE = 2000;
const CLAUSE_ENDS = new Set([',', ';', ')', ']']);

/**
 * A sentence longer than MAX_SENTENCE (a squad list, a pasted table row) is cut after every comma, semicolon and
 * closing bracket, so that the cuts depend on the words and not on where a length limit falls (a tag written in the
 * list does not move them); a clause still longer is cut every MAX_SENTENCE code units at a token boundary.
 */
function boundSentences(text: string, reading: ParagraphReading): ParagraphReading {
  const { tokens } = reading;
  if (!reading.sentences.some(([a, b]) => tokens[b].end - tokens[a].start > MAX_SENTENCE)) return reading;
  const out: [number, number][] = [];
  for (const [a, b] of reading.sentences) {
    if (tokens[b].end - tokens[a].start <= MAX_SENTENCE) { out.push([a, b]); continue; }
    let first = a;
    for (let i = a; i <= b; i++) {
      const clauseEnd = i < b && CLAUSE_ENDS.has(text.slice(tokens[i].start, tokens[i].end));
      const tooLong = i < b && tokens[i + 1].end - tokens[first].start > MAX_SENTENCE;
      if (clauseEnd || tooLong || i === b) {
        out.push([first, i]);
        first = i + 1;
      }
    }
  }
  return { tokens, sentences: out };
}

const HYPHENS = new Set(['-', '\u2010']);
const isWordy = (t: TaggedToken) => t.kind === 'word' && t.pos !== 'PUNCT';

/**
 * One token for a hyphenated word the tagger split ("Jean-Luc", "Martin-Dubois", "well-known"), as the Penn Treebank
 * and Universal Dependencies tokenise them: word, hyphen, word with no space between. A proper noun part makes the
 * whole a proper noun; otherwise it takes the last part's POS.
 */
function joinHyphenated(text: string, tagged: { tokens: TaggedToken[]; sentences: [number, number][] }): ParagraphReading {
  const { tokens } = tagged;
  const out: TaggedToken[] = [];
  // The tagger's token index → ours (a joined token takes the indices of all its parts).
  const newIndex = new Int32Array(tokens.length + 1);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const hyphen = out[out.length - 1];
    const head = out[out.length - 2];
    if (isWordy(t) && head && isWordy(head) && HYPHENS.has(text.slice(hyphen.start, hyphen.end)) && hyphen.start === head.end && t.start === hyphen.end) {
      out.length -= 1;
      const pos: Upos = head.pos === 'PROPN' || t.pos === 'PROPN' ? 'PROPN' : t.pos;
      out[out.length - 1] = { start: head.start, end: t.end, kind: 'word', pos, lemma: text.slice(head.start, t.end).toLowerCase() };
      newIndex[i - 1] = out.length - 1;
      newIndex[i] = out.length - 1;
      continue;
    }
    newIndex[i] = out.length;
    out.push(t);
  }
  newIndex[tokens.length] = out.length;
  const sentences: [number, number][] = [];
  for (const [a, b] of tagged.sentences) {
    const first = newIndex[a];
    const last = newIndex[b];
    const prevLast = sentences.length ? sentences[sentences.length - 1][1] : -1;
    if (last >= first && first > prevLast) sentences.push([first, last]);
  }
  return { tokens: out, sentences };
}

/**
 * The linguistic layer of `article`, built on first request and kept for the Article object (one document version).
 * Only prose inside `article.paragraphs` is read. Never throws on any text.
 */
export function languageOf(article: Article): Language {
  let layer = layers.get(article);
  if (!layer) {
    layer = buildLanguage(article.prose, article.paragraphs, article.text);
    layers.set(article, layer);
  }
  return layer;
}

const layers = new WeakMap<Article, Language>();

/** Records `layer` as the linguistic layer of `article` (parseArticle builds it to take the article's sentences from it). */
export function rememberLanguage(article: Article, layer: Language): void {
  layers.set(article, layer);
}

/** The most items buildLanguage appends with one spread push (V8 passes arguments on the stack). */
const SPREAD_LIMIT = 4096;

/**
 * The layer for `prose` read paragraph by paragraph (`paragraphs` in text order, not overlapping). `text` is the
 * article text `prose` blanks markup in (same length): a quotation mark next to a tag (`":person[Ana Lopes] …`)
 * is next to a word, not to white space.
 */
export function buildLanguage(prose: string, paragraphs: readonly Span[], text: string = prose): Language {
  const tokens: Token[] = [];
  const sentences: LanguageSentence[] = [];
  const chunks: NounChunk[] = [];
  const verbGroups: VerbGroup[] = [];
  // push(...items), a builtin, is about twice as fast as pushing one by one; a paragraph's items past SPREAD_LIMIT
  // (an argument list that long may overflow the stack) are pushed one by one.
  const append = <T>(into: T[], items: readonly T[]) => {
    if (items.length <= SPREAD_LIMIT) into.push(...items);
    else for (const item of items) into.push(item);
  };
  paragraphs.forEach((p, index) => {
    const reading = readParagraph(prose.slice(p.start, p.end), text.slice(p.start, p.end));
    const base = tokens.length;
    const sentenceBase = sentences.length;
    const placed = reading.placed;
    // Unchanged and in the same place (a keystroke after it): the
    // objects built last time are this version's too (the layer is read-only).
    if (placed && placed.start === p.start && placed.base === base && placed.sentenceBase === sentenceBase && placed.index === index) {
      append(tokens, placed.tokens);
      append(sentences, placed.sentences);
      append(chunks, placed.chunks);
      append(verbGroups, placed.verbGroups);
      return;
    }
    const next: Placed = { start: p.start, base, sentenceBase, index, tokens: [], sentences: [], chunks: [], verbGroups: [] };
    for (const [a, b] of reading.sentences) {
      const sentence = sentenceBase + next.sentences.length;
      for (let i = a; i <= b; i++) {
        const t = reading.tokens[i];
        next.tokens.push({ start: p.start + t.start, end: p.start + t.end, kind: t.kind, pos: t.pos, lemma: t.lemma, sentence });
      }
      next.sentences.push({ start: p.start + reading.tokens[a].start, end: p.start + reading.tokens[b].end, first: base + a, last: base + b, paragraph: index });
    }
    append(tokens, next.tokens);
    append(sentences, next.sentences);
    for (const s of next.sentences) {
      repairPlanningVerbs(prose, tokens, s);
      repairReportingVerbs(prose, tokens, s);
      repairRelativeReporting(prose, tokens, s);
      repairPhrasalVerbs(prose, tokens, s);
      findChunks(tokens, s, next.chunks);
      findVerbGroups(prose, tokens, s, next.verbGroups);
    }
    append(chunks, next.chunks);
    append(verbGroups, next.verbGroups);
    reading.placed = next;
  });
  const tokenAt = (offset: number): number => {
    let lo = 0;
    let hi = tokens.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else if (tokens[mid].start > offset) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const layer: Language = { tokens, sentences, chunks, verbGroups, quotations: [], tokenAt };
  layer.quotations = findQuotations(prose, text, paragraphs, layer);
  return layer;
}

/**
 * "The League plans to hold a rally": the tagger reads a verb of planning (data/dates-forward-verbs.txt) in its -s
 * form as a plural noun when a name stands before it. With "to" and a bare verb after it, no verb before it in the
 * sentence and no auxiliary after (which would make it the noun of "Government plans to cut taxes were dropped"), it
 * is the sentence's verb. After a determiner and a word read as an adjective ("The firm plans to open", subjectBeforePlan)
 * no verb at all may follow, and the adjective is read as the subject noun. Mutates the tokens' pos.
 */
function repairPlanningVerbs(prose: string, tokens: Token[], s: LanguageSentence): void {
  const forward = readWordList('dates-forward-verbs.txt');
  let verbBefore = false;
  for (let i = s.first + 1; i + 2 <= s.last; i++) {
    const t = tokens[i];
    if (isVerb(tokens[i - 1])) verbBefore = true;
    if (verbBefore || t.pos !== 'NOUN' || !forward.has(t.lemma) || prose.slice(t.start, t.end) !== `${t.lemma}s`) continue;
    const subject = subjectBeforePlan(tokens, i, s.first);
    if (!subject || tokens[i + 1].lemma !== 'to' || tokens[i + 2].pos !== 'VERB') continue;
    // With an adjective before it the noun is as likely ("The new plans to open a store angered residents"): no verb
    // at all may follow the infinitive's.
    const misread = subject === 'misread';
    if (!tokens.slice(i + 3, s.last + 1).some((x) => x.pos === 'AUX' || (misread && x.pos === 'VERB'))) {
      t.pos = 'VERB';
      if (misread) tokens[i - 1].pos = 'NOUN';
    }
    return;
  }
}

/**
 * The subject before a verb of planning at token `i` the tagger read as a noun: 'noun' for a noun or a name, 'misread'
 * for an adjective after a determiner ("The firm plans to open": the tagger may read the subject noun so), else null.
 */
function subjectBeforePlan(tokens: readonly Token[], i: number, first: number): 'noun' | 'misread' | null {
  const before = tokens[i - 1].pos;
  if (before === 'NOUN' || before === 'PROPN') return 'noun';
  return before === 'ADJ' && i - 2 >= first && tokens[i - 2].pos === 'DET' ? 'misread' : null;
}

/** Most tokens inside an aside between commas after a subject ("needless to say", "of course", "however"). */
const ASIDE_TOKENS = 5;

/**
 * When token `i` follows a comma that closes an aside opened by a comma after a noun or name (", needless to say,"),
 * `i`; else -1. The aside holds no other comma and at most ASIDE_TOKENS tokens.
 */
function asideBefore(prose: string, tokens: readonly Token[], i: number, first: number): number {
  if (i - 1 <= first || prose.slice(tokens[i - 1].start, tokens[i - 1].end) !== ',') return -1;
  const open = shortAsideOpening(prose, tokens, i - 1, first);
  return open > first && (tokens[open - 1].pos === 'PROPN' || tokens[open - 1].pos === 'NOUN') ? i : -1;
}

/** The index of the comma that opens a short aside (ASIDE_TOKENS, any words) whose closing comma is token `close`, or -1. */
function shortAsideOpening(prose: string, tokens: readonly Token[], close: number, first: number): number {
  for (let k = close - 1; k > first && k >= close - ASIDE_TOKENS - 1; k--) if (prose.slice(tokens[k].start, tokens[k].end) === ',') return k < close - 1 ? k : -1;
  return -1;
}

/**
 * "Organizers state the two days … is expected to draw": the tagger reads a reporting verb (figures lexicon
 * reportingLemmas) in its bare or -s form as a noun after its subject, a plural noun or a singular one. With no verb before it in the
 * sentence, a determiner, a pronoun, a number or "that" after it opening the reported clause ("Campaigners claim 4,000
 * homes will go"), and a verb in that clause, it is
 * the sentence's verb ("The Organizers' state championship" has none of these). Mutates the tokens' pos.
 */
/**
 * Whether token `next` can open the clause a reporting verb reports: a determiner, a pronoun, a number or "that"
 * ("Campaigners claim 4,000 homes will go"), or a gerund ("research claims cutting the limit would save 65 lives"),
 * which the tagger reads as a verb or a noun ("Campaigners claim closing/NOUN the ward would cost").
 */
function opensReportedClause(prose: string, next: Token): boolean {
  if (['DET', 'PRON', 'SCONJ', 'NUM'].includes(next.pos)) return true;
  return (next.pos === 'VERB' || next.pos === 'NOUN') && plainWordEnding(prose.slice(next.start, next.end), 'ing', 3);
}

/** Relative pronouns that are the subject of the clause they open ("the government, which claims …"). */
const SUBJECT_RELATIVES: ReadonlySet<string> = new Set(['which', 'who', 'that']);

/**
 * "the government, which claims the oil giant owes more than $27bn" (review 119): a reporting word the tagger read as a
 * plural noun (data/figures-attribution.json reportingLemmas, written as its lemma + "s") right after a relative
 * pronoun that is its subject, before a reported clause (opensReportedClause) with a verb in it, is the relative
 * clause's verb. So is one (written as its lemma or with "s") after a relative and a short subject, right before the
 * relative clause's own verb ("which its makers claim is"). Mutates the tokens' pos.
 */
function repairRelativeReporting(prose: string, tokens: Token[], s: LanguageSentence): void {
  const reporting = getLexicon().reportingLemmas;
  for (let i = s.first + 1; i + 2 <= s.last; i++) {
    const t = tokens[i];
    const w = prose.slice(t.start, t.end);
    if (t.pos !== 'NOUN' || !reporting.has(t.lemma) || (w !== `${t.lemma}s` && w !== t.lemma)) continue;
    if (w !== t.lemma ? reportsAfterRelative(prose, tokens, i, s) : reportsInsideRelative(prose, tokens, i, s)) t.pos = 'VERB';
  }
}

/** Whether a relative pronoun at token `k` of `prose` is one of SUBJECT_RELATIVES. */
function isSubjectRelative(prose: string, tokens: readonly Token[], k: number): boolean {
  return SUBJECT_RELATIVES.has(prose.slice(tokens[k].start, tokens[k].end).toLowerCase());
}

/** "which claims the oil giant owes": the reporting word at token `i` right after the relative, a reported clause with a verb after it. */
function reportsAfterRelative(prose: string, tokens: readonly Token[], i: number, s: LanguageSentence): boolean {
  if (!isSubjectRelative(prose, tokens, i - 1) || !opensReportedClause(prose, tokens[i + 1])) return false;
  for (let k = i + 2; k <= s.last; k++) if (isVerb(tokens[k])) return true;
  return false;
}

/**
 * "which its makers claim is almost four times as fast": the reporting word at token `i` after a relative and a short
 * subject that ends in its noun or pronoun (in "that the project was" the reporting lemma is the subject's noun), right
 * before the relative clause's own verb.
 */
function reportsInsideRelative(prose: string, tokens: readonly Token[], i: number, s: LanguageSentence): boolean {
  if (!SUBJECT_ENDS.has(tokens[i - 1].pos) || !isVerb(tokens[i + 1])) return false;
  let k = i - 1;
  while (k > s.first && i - k <= OBJECT_RELATIVE_SUBJECT && !isSubjectRelative(prose, tokens, k) && OBJECT_RELATIVE_WORDS.has(tokens[k].pos)) k--;
  return isSubjectRelative(prose, tokens, k);
}

/** Most words of a subject between an object relative and its reporting verb ("which | its makers | claim is"). */
const OBJECT_RELATIVE_SUBJECT = 3;
/** Parts of speech of such a subject. */
const OBJECT_RELATIVE_WORDS: ReadonlySet<string> = new Set(['PRON', 'DET', 'ADJ', 'NOUN', 'PROPN']);
/** Parts of speech such a subject ends in. */
const SUBJECT_ENDS: ReadonlySet<string> = new Set(['PRON', 'NOUN', 'PROPN']);

function repairReportingVerbs(prose: string, tokens: Token[], s: LanguageSentence): void {
  const reporting = getLexicon().reportingLemmas;
  for (let i = s.first + 1; i + 2 <= s.last; i++) {
    // "The group, whose businesses range from jet engines to NBC, forecast growth of 10%" (review 104): a relative
    // clause between commas after the subject is passed over, verbs and all; the word after it is the subject's verb
    // whenever it can be one, whatever its form ("forecast" is its own past).
    const relative = relativeClauseEnd(prose, tokens, i, s);
    if (relative > 0) {
      const t = tokens[relative + 1];
      const w = prose.slice(t.start, t.end);
      if (t.pos === 'NOUN' && reporting.has(t.lemma) && (w === t.lemma || w === `${t.lemma}s`) && tokens[relative + 2].pos !== 'PUNCT') t.pos = 'VERB';
      return;
    }
    // "Labour, needless to say, claim …": an aside between commas after the subject is passed over, verbs and all.
    const afterAside = asideBefore(prose, tokens, i, s.first) > 0;
    const t = tokens[i];
    const b = afterAside ? shortAsideOpening(prose, tokens, i - 1, s.first) - 1 : i - 1;
    if (isVerb(tokens[b]) && asideBefore(prose, tokens, i + 1, s.first) < 0) return;
    const w = prose.slice(t.start, t.end);
    if (t.pos !== 'NOUN' || !reporting.has(t.lemma) || (w !== t.lemma && w !== `${t.lemma}s`)) continue;
    const opens = opensReportedClause(prose, tokens[i + 1]);
    let verbAfter = false;
    for (let k = i + 2; k <= s.last && !verbAfter; k++) verbAfter = isVerb(tokens[k]);
    if (agreesWithSubject(prose, tokens, b, w === t.lemma, s.first) && opens && verbAfter) t.pos = 'VERB';
    return;
  }
}

/**
 * When token `i` is a comma after a noun or name that opens a relative clause (", which", ", who", ", whose", ", whom")
 * closed by a comma within ASIDE_REACH tokens of sentence `s`, with a word after that closing comma, the closing
 * comma's index; else -1.
 */
function relativeClauseEnd(prose: string, tokens: readonly Token[], i: number, s: LanguageSentence): number {
  const word = (k: number) => prose.slice(tokens[k].start, tokens[k].end);
  if (word(i) !== ',' || !nounEndsAt(tokens, prose, i - 1) || !ASIDE_RELATIVES.has(word(i + 1).toLowerCase())) return -1;
  for (let k = i + 2; k + 1 < s.last && k <= i + ASIDE_REACH; k++) if (word(k) === ',') return asideOpening(tokens, prose, k, s.first) === i ? k : -1;
  return -1;
}

/**
 * Whether the noun or name at token `b` can be the subject of a verb in its bare form (`bare`) or its -s form: the verb
 * agrees with it ("Organizers state", "the agency states"); a capitalised first word before an -s form is as often a
 * noun phrase's modifier ("Member states that fail to comply"). A name that opens the sentence (token `first`) may
 * name a body, which British copy makes plural ("Labour claim his savings do not add up").
 */
function agreesWithSubject(prose: string, tokens: readonly Token[], b: number, bare: boolean, first: number): boolean {
  const before = tokens[b];
  if (before.pos !== 'NOUN' && before.pos !== 'PROPN') return false;
  const plural = prose.slice(before.start, before.end).endsWith('s') || (before.pos === 'PROPN' && b === first);
  return bare ? plural : !plural && b > first;
}

/**
 * "when Mr Klein steps down on 17 January": the tagger reads a phrasal verb's -s form after a name as a plural noun.
 * Right after a proper noun, before an adverb particle (data "phrasalParticles") that is no noun's modifier, and with
 * no verb between its clause's opening (the sentence start, a comma or a clause opener such as "when") and it, the
 * word is its clause's verb. Mutates the tokens' pos.
 */
function repairPhrasalVerbs(prose: string, tokens: Token[], s: LanguageSentence): void {
  const words = verbGroupWords();
  let verbInClause = false;
  for (let i = s.first; i + 1 <= s.last; i++) {
    const t = tokens[i];
    const w = prose.slice(t.start, t.end);
    if (w === ',' || words.clauseOpeners.has(w.toLowerCase())) { verbInClause = false; continue; }
    if (isVerb(t)) verbInClause = true;
    if (verbInClause || i === s.first || t.pos !== 'NOUN' || !afterName(prose, tokens, i, s.first) || !plainWordEnding(w, 's', 3) || w.endsWith('ss')) continue;
    const next = tokens[i + 1];
    const after = tokens[i + 2];
    if (!words.phrasalParticles.has(prose.slice(next.start, next.end)) || (after && (after.pos === 'NOUN' || after.pos === 'PROPN') && next.pos === 'ADJ')) continue;
    t.pos = 'VERB';
    t.lemma = w.slice(0, -1);
    verbInClause = true;
  }
}

/** Whether token `i` follows a proper noun, directly or past an aside after it ("David Klein, who often argued, steps"). */
function afterName(prose: string, tokens: readonly Token[], i: number, sentenceFirst: number): boolean {
  if (tokens[i - 1].pos === 'PROPN') return true;
  if (prose.slice(tokens[i - 1].start, tokens[i - 1].end) !== ',') return false;
  const open = asideOpening(tokens, prose, i - 1, sentenceFirst);
  return open > sentenceFirst && tokens[open - 1].pos === 'PROPN';
}

const CHUNK_BODY = new Set<Upos>(['ADJ', 'NUM', 'NOUN', 'PROPN']);
const CHUNK_HEAD = new Set<Upos>(['NOUN', 'PROPN', 'PRON', 'NUM']);

/** Base noun phrases of one sentence: (DET | possessive PRON)? (ADJ | NUM | NOUN | PROPN | possessive 's)* ending on a head. */
function findChunks(tokens: Token[], s: LanguageSentence, out: NounChunk[]): void {
  let i = s.first;
  while (i <= s.last) {
    const t = tokens[i];
    if (!(t.pos === 'DET' || t.pos === 'PRON' || CHUNK_BODY.has(t.pos))) { i++; continue; }
    const { last, head } = chunkFrom(tokens, s, i);
    if (head >= 0) out.push({ start: tokens[i].start, end: tokens[head].end, first: i, last: head, head });
    i = Math.max(last, head) + 1;
  }
}

/** The last token of the noun phrase that opens at token `i` of sentence `s`, and its head (-1 when it has none). */
function chunkFrom(tokens: Token[], s: LanguageSentence, i: number): { last: number; head: number } {
  const t = tokens[i];
  let j = i;
  let head = CHUNK_HEAD.has(t.pos) ? i : -1;
  // A pronoun is a chunk of its own unless it is a possessive before a noun ("his decision").
  const extend = t.pos !== 'PRON' || (i < s.last && CHUNK_BODY.has(tokens[i + 1].pos));
  while (extend && j < s.last && (CHUNK_BODY.has(tokens[j + 1].pos) || possessiveWithin(tokens, s, j + 1))) {
    j++;
    if (CHUNK_HEAD.has(tokens[j].pos)) head = j;
  }
  return { last: j, head };
}

/**
 * A possessive at token `k` with the noun phrase going on after it in sentence `s`: an 's ("the shop's 65-inch
 * screens") or a plural's bare apostrophe against a noun ending in s ("the farmers' union", which the tagger reads as
 * punctuation).
 */
function possessiveWithin(tokens: Token[], s: LanguageSentence, k: number): boolean {
  const n = tokens[k];
  if (k + 1 > s.last || !CHUNK_BODY.has(tokens[k + 1].pos)) return false;
  if (n.pos === 'PART' && (n.lemma === "'s" || n.lemma === '’s')) return true;
  const owner = tokens[k - 1];
  // A plural the lemma shortened ("farmers" → "farmer") or a name ending in s ("Jones'").
  const plural = !!owner && (owner.lemma.endsWith('s') || owner.lemma.length < owner.end - owner.start);
  return (n.lemma === "'" || n.lemma === '’') && k > s.first && plural && owner.end === n.start && n.end < tokens[k + 1].start
    && (owner.pos === 'NOUN' || owner.pos === 'PROPN');
}

type Form = 'base' | 'present' | 'past' | 'participle' | 'ing';

/** The form of a verb or auxiliary token, from its text and lemma. */
function formOf(word: string, lemma: string, words: VerbGroupWords): Form {
  const w = straightApostrophes(word.toLowerCase());
  if (lemma === 'be') return w === 'be' ? 'base' : w === 'been' ? 'participle' : w === 'being' ? 'ing' : words.pastForms.has(w) ? 'past' : 'present';
  if (w === lemma) return 'base';
  if (w.endsWith('ing')) return 'ing';
  if (w === `${lemma}s` || w === `${lemma}es` || (lemma.endsWith('y') && w === `${lemma.slice(0, -1)}ies`) || w === "'s" || w === "'ve" || w === 'has' || w === 'does') return 'present';
  return words.pastForms.has(w) || !words.participleForms.has(w) ? 'past' : 'participle';
}

/** Whether token `t` is a verb or an auxiliary (Universal POS). */
export const isVerb = (t: Token): boolean => t.pos === 'VERB' || t.pos === 'AUX';
/** The "to" of an infinitive. */
const isInfinitiveMarker = (t: Token, word: string) => t.pos === 'PART' && word.toLowerCase() === 'to';
/** A modal auxiliary: an auxiliary other than be, have and do. */
const isModal = (lemma: string, words: VerbGroupWords) => words.futureModals.has(lemma) || !['be', 'have', 'do'].includes(lemma);

/**
 * Whether token `i`, a capitalised word after a lower-case one and before a capitalised one, opens a name: "Intel and
 * Advanced Micro Devices", "shares of United Airlines" (the tagger reads "Advanced", "United" as verbs). Not in a
 * Title-Case line, where the word before is capitalised too.
 */
function opensName(prose: string, tokens: Token[], i: number, s: LanguageSentence): boolean {
  if (i <= s.first || i >= s.last) return false;
  const word = (k: number) => prose.slice(tokens[k].start, tokens[k].end);
  return isCapitalised(word(i)) && isLowerInitial(word(i - 1)) && isCapitalised(word(i + 1)) && tokens[i + 1].start === tokens[i].end + 1;
}

/** Verb groups of one sentence, left to right. */
function findVerbGroups(prose: string, tokens: Token[], s: LanguageSentence, out: VerbGroup[]): void {
  const words = verbGroupWords();
  let i = s.first;
  while (i <= s.last) {
    if (!isVerb(tokens[i]) || modifiesNoun(prose, tokens, i, s.last) || opensName(prose, tokens, i, s)) { i++; continue; }
    const first = i;
    let last = i;
    let negated = false;
    // Auxiliaries, adverbs and "not" run on to the main verb; a main verb ends the group.
    for (let j = i; j <= s.last; j++) {
      const t = tokens[j];
      const word = prose.slice(t.start, t.end);
      // "is due to visit", "was going to close": be + a future word + to + verb.
      if (j > first && tokens[j - 1].lemma === 'be' && words.periphrasticFuture.has(word.toLowerCase()) && j + 2 <= s.last && tokens[j + 1].lemma === 'to' && isVerb(tokens[j + 2])) {
        last = j + 2;
        if (tokens[j + 2].pos !== 'AUX') break;
        // "are due to be sentenced", "is set to be rolled out": the infinitive's auxiliaries run on to its verb.
        j += 2;
        continue;
      }
      // "is to resume", "were to meet": be + to + verb, an arrangement (the tense of "be" sees it).
      if (j === last + 1 && tokens[last].lemma === 'be' && isInfinitiveMarker(t, word) && j + 1 <= s.last && isVerb(tokens[j + 1]) && formOf(prose.slice(tokens[last].start, tokens[last].end), 'be', words) !== 'base') {
        last = j + 1;
        if (tokens[j + 1].pos !== 'AUX') break;
        j += 1;
        continue;
      }
      if (t.pos === 'AUX') { last = j; continue; }
      if (t.pos === 'VERB') { last = j; break; }
      if (words.negators.has(t.lemma) || words.negators.has(word.toLowerCase())) { negated = true; continue; }
      if (t.pos === 'ADV' && j + 1 <= s.last && (isVerb(tokens[j + 1]) || tokens[j + 1].pos === 'ADV' || tokens[j + 1].pos === 'PART')) continue;
      // The tagger sometimes reads the verb after an auxiliary as a noun or adjective ("been filing", "won't open");
      // English grammar leaves no choice: be + -ing is a verb, and a modal takes a bare verb.
      const previous = tokens[last];
      const lower = isLowerInitial(word);
      if (lower && (t.pos === 'NOUN' || t.pos === 'ADJ') && previous.pos === 'AUX' && ((previous.lemma === 'be' && word.endsWith('ing')) || (isModal(previous.lemma, words) && t.lemma === word.toLowerCase()))) {
        last = j;
        break;
      }
      break;
    }
    out.push(verbGroup(prose, tokens, first, last, negated, words, s.first));
    i = last + 1;
  }
}

/** Words after which a word of periphrasticNeedsTo looks ahead ("is set to close", "is tipped for the title"). */
const LOOKING_AHEAD_TO: ReadonlySet<string> = new Set(['to', 'for']);

/**
 * Whether the word of periphrasticFuture at token `k` looks ahead: always, but for a word of periphrasticNeedsTo, which
 * does only before "to" or "for" ("is set to close"; not "has been set out by the government", slips77).
 */
function lookingAheadFrom(tokens: Token[], k: number, text: (k: number) => string, words: VerbGroupWords): boolean {
  return !words.periphrasticNeedsTo.has(text(k).toLowerCase()) || (k + 1 < tokens.length && LOOKING_AHEAD_TO.has(text(k + 1).toLowerCase()));
}

function verbGroup(prose: string, tokens: Token[], first: number, last: number, negated: boolean, words: VerbGroupWords, sentenceFirst: number): VerbGroup {
  const verbs: number[] = [];
  for (let k = first; k <= last; k++) if (isVerb(tokens[k]) || (k === last && (tokens[k].pos === 'NOUN' || tokens[k].pos === 'ADJ'))) verbs.push(k);
  const text = (k: number) => prose.slice(tokens[k].start, tokens[k].end);
  const head = verbs[verbs.length - 1] ?? last;
  const lead = verbs[0] ?? first;
  const finite = tenseOf(tokens[lead], text(lead), words);
  // "The firm cut jobs": a verb whose past is its base form, after a singular subject, is past (the present takes -s).
  if (finite.tense === 'present' && lead === first && words.unchangedPasts.has(text(lead).toLowerCase()) && singularSubjectBefore(prose, tokens, first, sentenceFirst, words)) finite.tense = 'past';
  // "is due to visit", "was going to close": a future seen from the tense of "be" (a present one is the future).
  let prospective = false;
  for (let k = first + 1; k <= last; k++) {
    if (tokens[k - 1].lemma === 'be' && ((words.periphrasticFuture.has(text(k).toLowerCase()) && lookingAheadFrom(tokens, k, text, words)) || isInfinitiveMarker(tokens[k], text(k)))) prospective = true;
  }
  const tense = prospective && finite.tense === 'present' ? 'future' : finite.tense;
  const { perfect, progressive, passive } = aspectOf(tokens, verbs, head, text, words);
  return { start: tokens[first].start, end: tokens[last].end, first, last, head, tense, perfect, progressive, passive, negated, modal: finite.modal, prospective };
}

/** The tense a verb group's first verb `lead` (written `word`) gives it, and the modal it is when a modal. */
function tenseOf(lead: Token, word: string, words: VerbGroupWords): { tense: Tense; modal: string | null } {
  const lemma = lead.lemma;
  if (words.futureModals.has(lemma)) return { tense: 'future', modal: null };
  if (lead.pos === 'AUX' && !['be', 'have', 'do'].includes(lemma)) return { tense: 'none', modal: lemma };
  const form = formOf(word, lemma, words);
  return { tense: form === 'past' ? 'past' : form === 'present' || form === 'base' ? 'present' : 'none', modal: null };
}

/**
 * Whether the words right before token `i` (adverbs passed over, not before `sentenceFirst`) are a third-person
 * singular subject: "he", "she", "it", a singular common noun (its word its lemma) or a name not ending in -s, in a
 * noun phrase that no verb stands right before ("helped the firm cut costs": there the firm is an object and "cut" a
 * bare infinitive).
 */
function singularSubjectBefore(prose: string, tokens: Token[], i: number, sentenceFirst: number, words: VerbGroupWords): boolean {
  let k = i - 1;
  while (k >= sentenceFirst && tokens[k].pos === 'ADV') k--;
  if (k < sentenceFirst) return false;
  const t = tokens[k];
  const word = prose.slice(t.start, t.end).toLowerCase();
  if (t.pos === 'PRON') return words.singularSubjectPronouns.has(word);
  const singular = (t.pos === 'NOUN' && word === t.lemma) || (t.pos === 'PROPN' && !word.endsWith('s'));
  if (!singular) return false;
  // ("got our work cut out": a possessive determiner is inside the phrase.)
  while (k - 1 >= sentenceFirst && (words.nounPhraseTags.has(tokens[k - 1].pos) || words.possessiveDeterminers.has(prose.slice(tokens[k - 1].start, tokens[k - 1].end).toLowerCase()))) k--;
  return !(k - 1 >= sentenceFirst && isVerb(tokens[k - 1]));
}

/** The aspect and voice of a verb group with verb tokens `verbs` and main verb `head`: have + participle, be + -ing, be + participle. */
function aspectOf(tokens: Token[], verbs: number[], head: number, text: (k: number) => string, words: VerbGroupWords): { perfect: boolean; progressive: boolean; passive: boolean } {
  let perfect = false;
  let progressive = false;
  let passive = false;
  for (let v = 0; v + 1 < verbs.length; v++) {
    const aux = tokens[verbs[v]].lemma;
    const next = formOf(text(verbs[v + 1]), tokens[verbs[v + 1]].lemma, words);
    // ("has cut", "have set": a participle whose form never changes.)
    if (aux === 'have' && (next === 'participle' || next === 'past' || (next === 'base' && words.unchangedPasts.has(text(verbs[v + 1]).toLowerCase()))) && !possessiveGot(tokens, verbs[v + 1], head, text, words)) perfect = true;
    if (aux === 'be' && next === 'ing') progressive = true;
    if (aux === 'be' && (next === 'participle' || next === 'past' || unchangedParticiple(text(verbs[v + 1]), next, words, lookingAheadFrom(tokens, verbs[v + 1], text, words))) && verbs[v + 1] === head) passive = true;
  }
  return { perfect, progressive, passive };
}

/**
 * Whether "got" at token `k`, the group's main verb `head` after "have", is the British "have got" of possession or
 * obligation, a present ("I have got the enthusiasm", "we've got to win"): a noun phrase (data nounPhraseTags, or a
 * pronoun) or "to" follows it, not an adjective ("has got worse", a perfect of becoming).
 */
function possessiveGot(tokens: Token[], k: number, head: number, text: (k: number) => string, words: VerbGroupWords): boolean {
  const next = tokens[k + 1];
  if (k !== head || text(k).toLowerCase() !== 'got' || !next || next.sentence !== tokens[k].sentence) return false;
  return next.pos === 'PRON' || (next.pos !== 'ADJ' && words.nounPhraseTags.has(next.pos));
}

/**
 * Whether a verb after "be" written as its base form is a participle whose form never changes ("are forecast to rise",
 * "was cut", "is hit"; data unchangedPasts), not a word of the periphrastic future looking ahead (`ahead`: "are set to
 * rise"; "was set at 2.25 million" is a passive).
 */
function unchangedParticiple(word: string, form: Form, words: VerbGroupWords, ahead: boolean): boolean {
  const w = word.toLowerCase();
  return form === 'base' && words.unchangedPasts.has(w) && !(words.periphrasticFuture.has(w) && ahead);
}

/** Chunks and verb groups by their first and last token, and the first token at or after an offset: O(1) or O(log n) lookups for the quotation pass. */
/**
 * The item of `items` (chunks or verb groups of the layer: in text order, none inside another) whose `at` token index
 * is `i`, found by binary search (no index built per analysis); undefined when none.
 */
function spanOfTokens<T extends { first: number; last: number }>(items: readonly T[], at: 'first' | 'last', i: number): T | undefined {
  let lo = 0;
  let hi = items.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const k = items[mid][at];
    if (k < i) lo = mid + 1;
    else if (k > i) hi = mid - 1;
    else return items[mid];
  }
  return undefined;
}

class Links {
  constructor(readonly layer: Language, readonly prose: string) {}

  /** The noun chunk whose first (`at` 'first') or last ('last') token is token `i`, or undefined. */
  chunk(at: 'first' | 'last', i: number): NounChunk | undefined {
    return spanOfTokens(this.layer.chunks, at, i);
  }

  /** The verb group whose first (`at` 'first') or last ('last') token is token `i`, or undefined. */
  group(at: 'first' | 'last', i: number): VerbGroup | undefined {
    return spanOfTokens(this.layer.verbGroups, at, i);
  }

  /** The index of the first token that ends after `offset`, or tokens.length. */
  firstEndingAfter(offset: number): number {
    const tokens = this.layer.tokens;
    let lo = 0;
    let hi = tokens.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tokens[mid].end <= offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Each opening mark and the marks that close it: copy pasted through a CMS often mixes straight and curly doubles. */
const OPENERS: Record<string, string> = { '“': '”"', '"': '"”', '«': '»', '‘': '’' };
/** Every mark of OPENERS, opening or closing. */
const QUOTE_MARKS = /[“”"«»‘’]/g;
/** The quotation marks QUOTE_MARKS finds, one by one. */
const QUOTE_CHARACTERS: ReadonlySet<string> = new Set(['“', '”', '"', '«', '»', '‘', '’']);

/**
 * Quotations in each paragraph: curly and straight double marks, guillemets, and curly single marks that open a word
 * and close one (not apostrophes). A straight mark right after a digit with no quotation open is an inch or
 * seconds mark ('65" screens'), not an opening. A quotation left open runs to the end of its paragraph.
 */
function findQuotations(prose: string, text: string, paragraphs: readonly Span[], layer: Language): Quotation[] {
  const out: Quotation[] = [];
  // Built on the first quotation: most paragraphs have none.
  let linked: Links | null = null;
  const links = () => (linked ??= new Links(layer, prose));
  // The speaker of the paragraph before, when it ended inside a quotation ("“… \n\n“… ,” she said" runs on) or with
  // "X said:" introducing this paragraph.
  let runsOn: { speaker: Span; verb: Span | null } | null = null;
  let introduced: { speaker: Span; verb: Span } | null = null;
  // Run-on pieces whose speaker `continued` carried from the piece before (one sentence only).
  const carried = new Set<Quotation>();
  // Quotations left open at the ends of paragraphs, with no speaker yet, that the next paragraph goes on with.
  let awaiting: Quotation[] = [];
  for (const p of paragraphs) {
    const first = out.length;
    const lead = prose.slice(p.start, Math.min(p.end, p.start + 4)).trimStart()[0];
    const opensWithMark = !!lead && '“"«‘'.includes(lead);
    if (introduced && !opensWithMark && p.end > p.start) {
      // Press-release style: "Ms Todd said:" then the statement as a paragraph of its own, without marks.
      out.push({ start: p.start, end: p.end, inner: { start: p.start, end: p.end }, closed: false, speaker: introduced.speaker, verb: introduced.verb });
      introduced = null;
      runsOn = null;
      awaiting = [];
      continue;
    }
    introduced = null;
    let open = -1;
    let close = '';
    // Only quote marks matter: the scan jumps from one to the next.
    QUOTE_MARKS.lastIndex = p.start;
    for (let found = QUOTE_MARKS.exec(prose); found && found.index < p.end; found = QUOTE_MARKS.exec(prose)) {
      const i = found.index;
      const c = prose[i];
      if (open < 0) {
        if (!(c in OPENERS)) continue;
        if (c === '"' && i > p.start && hasDigit(text[i - 1])) continue;
        if (c === '‘' && !(i === p.start || hasSpace(text[i - 1]) || '([{—–-'.includes(text[i - 1]))) continue;
        if (i + 1 >= p.end || hasSpace(text[i + 1])) continue;
        open = i;
        close = OPENERS[c];
      } else if (close.includes(c) && !(c === '’' && i + 1 < p.end && hasLetter(text[i + 1]))) {
        // 'said: "The government … by 2013. "If Britain's proposal …': a straight mark after a sentence's end and a
        // space, before a word, opens the next sentence of the same quotation (paragraphs run together), not a close.
        if (c === '"' && opensAgain(text, i, p.end)) {
          out.push(continued(quotation(open, i, false, links()), out, first, carried, prose));
          open = i;
          continue;
        }
        out.push(continued(quotation(open, i + 1, true, links()), out, first, carried, prose));
        open = -1;
      }
    }
    if (open >= 0) out.push(continued(quotation(open, p.end, false, links()), out, first, carried, prose));
    // A quotation that opens this paragraph, with no speaker of its own, continues the one left open before it.
    if (runsOn && opensWithMark && out.length > first && out[first].speaker === null) { out[first].speaker = runsOn.speaker; out[first].verb = runsOn.verb; }
    // And one left open with no speaker before a paragraph that goes on with the quotation takes the speaker named
    // there ("“… 5,000 polygons doesn't sell the emotion.\n\n“With PS3 …,” he said.", review 127).
    const goesOn = opensWithMark && out.length > first;
    if (goesOn && out[first].speaker) for (const q of awaiting) { q.speaker = out[first].speaker; q.verb = out[first].verb; }
    const last = out.length > first ? out[out.length - 1] : null;
    const stillAwaiting = goesOn && out[first].speaker === null && out.length === first + 1 ? awaiting : [];
    awaiting = last && !last.closed && last.speaker === null ? [...stillAwaiting, last] : [];
    runsOn = last && !last.closed && last.speaker ? { speaker: last.speaker, verb: last.verb } : null;
    if (!last || last.end < p.end - 1) introduced = introducesStatement(prose, p, links);
  }
  return out;
}

/** Characters that open inline markup before a word: a directive tag, a link, emphasis. */
const MARKUP_OPENERS: ReadonlySet<string> = new Set([':', '[', '*', '_']);

/**
 * Whether the straight mark at `i` of `text` opens a quotation's next sentence rather than closing it: white space
 * before it after a sentence's final stop ("2013. ") or a colon ("said: "), and a letter or digit right after it,
 * before `end`.
 */
function opensAgain(text: string, i: number, end: number): boolean {
  // A word, or markup that opens one: an entity tag (":person[…"), a link ("[…"), emphasis.
  const next = text[i + 1];
  if (i + 1 >= end || !hasSpace(text[i - 1]) || !(hasLetter(next) || hasDigit(next) || MARKUP_OPENERS.has(next))) return false;
  let k = i - 1;
  while (k > 0 && hasSpace(text[k])) k--;
  // After "said:" too: a quotation left open where the paragraphs ran together ('… for the country. In reference to
  // …, Mr Milburn said: "Michael Howard is …', review 61) is followed by a new one, not closed by its mark.
  return '.!?:'.includes(text[k]);
}

/**
 * `q`, given the speaker of the quotation before it in `out` (from index `first`, this paragraph's) when it has none
 * and either that one was left open where `q` begins (a sentence of one quotation whose marks run on: opensAgain) or
 * its sentence ends with its own reporting clause right before `q` ('"…," says Mr Dean. "Our DVDs …"': the next
 * sentence of the same speaker, as a paragraph run together reads). The speaker is carried one sentence only, from a
 * piece that names it itself: LABELLING.md sources a quotation's figures when its speaker is named in the same or the
 * adjacent sentence. `carried` holds the pieces whose speaker was carried so; `prose` is the article's prose.
 */
function continued(q: Quotation, out: readonly Quotation[], first: number, carried: Set<Quotation>, prose: string): Quotation {
  const before = out.length > first ? out[out.length - 1] : null;
  if (q.speaker === null && before && before.speaker && !carried.has(before) && (before.closed ? taggedJustBefore(before, q, prose) : before.end === q.start)) {
    q.speaker = before.speaker;
    q.verb = before.verb;
    carried.add(q);
  }
  return q;
}

/**
 * Whether closed quotation `before` is tagged by a reporting clause after it that ends its sentence right where `q`
 * opens (nothing but a full stop and white space between the clause's last word and `q`: '…," says Mr Dean. "Our'),
 * or by one before it with `q` opening right after its closing mark.
 */
function taggedJustBefore(before: Quotation, q: Quotation, prose: string): boolean {
  const speaker = before.speaker!;
  // 'Mr Kemp said: "It would be … 1 January." "Let us never forget …': paragraphs of one statement run together, the
  // next opening right after the last closed (review 98), or after the full stop that closes the sentence of a quoted
  // phrase ('he said the system must "provide the right incentives". "No-one is talking …', review 118).
  if (speaker.end <= before.start) return ['', '.'].includes(prose.slice(before.end, q.start).trim());
  if (speaker.start < before.end) return false;
  const clauseEnd = Math.max(speaker.end, before.verb?.end ?? speaker.end);
  if (clauseEnd > q.start) return false;
  // ('…," a detective said of the robbers. "They', '…," says Mr Dean, who runs the firm. "Our': the clause may run on
  // a few words to its sentence's end.)
  const rest = prose.slice(clauseEnd, q.start).trim();
  return rest.endsWith('.') && wordsOf(rest).filter(hasLetter).length <= TAG_TAIL_WORDS && ![...rest.slice(0, -1)].some((c) => SENTENCE_MARKS.has(c) || QUOTE_CHARACTERS.has(c));
}

/**
 * Most words a reporting clause may run on after its verb and speaker before the next quotation opens (counted in
 * words with letters, not characters, so a tag written into the prose, blanked to spaces, does not lengthen it).
 */
const TAG_TAIL_WORDS = 10;
/** Marks that end a sentence. */
const SENTENCE_MARKS: ReadonlySet<string> = new Set(['.', '!', '?']);

/** "Ms Todd said:" / "Rebecca Evans, Minister for Finance, said:" closing paragraph `p`: the speaker of the next one. */
function introducesStatement(prose: string, p: Span, links: () => Links): { speaker: Span; verb: Span } | null {
  let end = p.end;
  while (end > p.start && hasSpace(prose[end - 1])) end--;
  if (prose[end - 1] !== ':') return null;
  return speakerBefore(end + 1, links());
}

function quotation(start: number, end: number, closed: boolean, links: Links): Quotation {
  const q: Quotation = { start, end, inner: { start: start + 1, end: closed ? end - 1 : end }, closed, speaker: null, verb: null };
  // After a quotation that ends a sentence ('… £1,400." She said ministers would …'), a reporting clause that goes on
  // is a new statement, not the quotation's tag ('…," she said.').
  const after = speakerAfter(end, links);
  const tag = after && (!closed || !['.', '!', '?'].includes(links.prose[end - 2]) || endsClause(Math.max(after.speaker.end, after.verb.end), links)) ? after : null;
  const found = tag ?? speakerBefore(start, links) ?? reportedSpeaker(start, links);
  if (found) { q.speaker = found.speaker; q.verb = found.verb; }
  return q;
}

/** Farthest back, in tokens, a quoted phrase's reporting verb is looked for in its sentence ("he said the system must “…”"). */
const REPORTED_REACH = 25;

/**
 * 'he said the tax and welfare system must "provide the right incentives"': a quotation inside the reported clause of
 * a reporting verb earlier in its sentence, with its subject right before it, is that subject's words. Back from the
 * opening mark within REPORTED_REACH tokens, no quotation mark, colon or semicolon between; the nearest reporting
 * verb group with a noun chunk right before it.
 */
function reportedSpeaker(start: number, links: Links): { speaker: Span; verb: Span } | null {
  const { tokens } = links.layer;
  const at = links.firstEndingAfter(start);
  const sentence = tokens[at]?.sentence;
  for (let i = at - 1; i >= 0 && i >= at - REPORTED_REACH && tokens[i].sentence === sentence; i--) {
    const w = links.prose.slice(tokens[i].start, tokens[i].end);
    if (QUOTE_CHARACTERS.has(w) || w === ':' || w === ';') return null;
    const g = links.group('last', i);
    if (!g || !isReportingGroup(links.layer, g)) continue;
    const c = links.chunk('last', g.first - 1);
    return c ? { speaker: c, verb: g } : null;
  }
  return null;
}

/** Whether the group's main verb is a reporting verb (data/figures-attribution.json "reportingLemmas", or a listed form). */
export function isReportingGroup(layer: Language, g: VerbGroup): boolean {
  const t = layer.tokens[g.head];
  const lex = getLexicon();
  return lex.reportingLemmas.has(t.lemma) || lex.reportingVerbs.has(t.lemma);
}

/** "…,” the manager said." / "…,” said the spokeswoman, who declined to be named." — right after the closing mark. */
function speakerAfter(end: number, links: Links): { speaker: Span; verb: Span } | null {
  const { tokens } = links.layer;
  let i = links.firstEndingAfter(end);
  while (i < tokens.length && tokens[i].pos === 'PUNCT' && tokens[i].start < end + 3) i++;
  if (i >= tokens.length) return null;
  const g = links.group('first', i);
  if (g && isReportingGroup(links.layer, g)) {
    const c = links.chunk('first', g.last + 1);
    return c ? { speaker: c, verb: g } : null;
  }
  const c = links.chunk('first', i);
  const v = c ? links.group('first', afterSpeakerAside(c.last + 1, links)) : undefined;
  return c && v && isReportingGroup(links.layer, v) ? { speaker: c, verb: v } : null;
}

/** Most tokens of an aside between a quotation's speaker and the verb ("a detective, speaking on condition of anonymity, said"). */
const SPEAKER_ASIDE_TOKENS = 10;

/**
 * The token after an aside set off by commas that opens at token `i` ("a detective, who asked not to be named, said":
 * the token after the closing comma), or `i` when none does: within SPEAKER_ASIDE_TOKENS, no quotation mark inside.
 */
function afterSpeakerAside(i: number, links: Links): number {
  const { tokens } = links.layer;
  const word = (k: number) => links.prose.slice(tokens[k].start, tokens[k].end);
  if (i >= tokens.length || word(i) !== ',') return i;
  for (let k = i + 1; k < tokens.length && k <= i + SPEAKER_ASIDE_TOKENS && tokens[k].sentence === tokens[i].sentence; k++) {
    const w = word(k);
    if (QUOTE_CHARACTERS.has(w)) return i;
    if (w === ',') return k + 1;
  }
  return i;
}

/** The token after UTF-16 offset `end` is punctuation (or there is none): a clause ends there. */
function endsClause(end: number, links: Links): boolean {
  const next = links.layer.tokens[links.firstEndingAfter(end)];
  return !next || next.pos === 'PUNCT';
}

/** "The minister said: “…”" / "He told reporters, “…”" — a reporting verb just before the opening mark. */
function speakerBefore(start: number, links: Links): { speaker: Span; verb: Span } | null {
  const { tokens } = links.layer;
  let i = links.firstEndingAfter(start) - 1;
  while (i >= 0 && tokens[i].pos === 'PUNCT' && tokens[i].end > start - 3) i--;
  if (i < 0) return null;
  // The verb, or the verb and its indirect object ("told reporters").
  let g = links.group('last', i);
  if (!g) {
    const object = links.chunk('last', i);
    if (object) g = links.group('last', object.first - 1);
  }
  if (!g || !isReportingGroup(links.layer, g)) return null;
  const c = links.chunk('last', g.first - 1) ?? appositionHead(g.first - 1, links);
  return c ? { speaker: c, verb: g } : null;
}

/** Farthest back, in tokens, the name before an apposition is looked for ("Rebecca Evans, Minister for Finance, said"). */
const APPOSITION_REACH = 16;

/** For a comma at token `comma` closing an apposition, the noun chunk before the comma that opens it, or undefined. */
function appositionHead(comma: number, links: Links): NounChunk | undefined {
  const { tokens } = links.layer;
  const prose = links.prose;
  if (comma < 1 || prose.slice(tokens[comma].start, tokens[comma].end) !== ',') return undefined;
  for (let j = comma - 1; j > 0 && j >= comma - APPOSITION_REACH; j--) {
    const w = prose.slice(tokens[j].start, tokens[j].end);
    if (w === ',') return links.chunk('last', j - 1);
    if (tokens[j].pos === 'PUNCT' || tokens[j].pos === 'VERB' || tokens[j].sentence !== tokens[comma].sentence) return undefined;
  }
  return undefined;
}

/**
 * The quotation of `article` whose quoted words hold UTF-16 offset `offset`, or null. O(log n) after the layer is
 * built. Quotation marks themselves are outside (`inner` excludes them).
 */
export function quotationAt(article: Article, offset: number): Quotation | null {
  const quotations = languageOf(article).quotations;
  let lo = 0;
  let hi = quotations.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const q = quotations[mid];
    if (q.inner.end <= offset) lo = mid + 1;
    else if (q.inner.start > offset) hi = mid - 1;
    else return q;
  }
  return null;
}

/** The verb group covering token `token` of `layer`, or undefined. O(1) after a first call that indexes the layer. */
/**
 * The index of the first token of `layer` that ends after UTF-16 offset `offset`: the token covering it, else the next
 * one (`layer.tokens.length` when none). A binary search, O(log n); `tokenAt` gives -1 between tokens.
 */
export function firstTokenEndingAfter(layer: Language, offset: number): number {
  return firstAtLeast(layer.tokens, (t) => t.end, offset + 1);
}

/** The verb group holding token index `token`, or undefined; an index of token → group is built once per layer. */
export function verbGroupAt(layer: Language, token: number): VerbGroup | undefined {
  let index = groupIndexes.get(layer);
  if (!index) {
    index = new Map();
    for (const g of layer.verbGroups) for (let i = g.first; i <= g.last; i++) index.set(i, g);
    groupIndexes.set(layer, index);
  }
  return index.get(token);
}
const groupIndexes = new WeakMap<Language, Map<number, VerbGroup>>();

/**
 * The noun chunk of `layer` whose last token is token index `token`, or undefined. Chunks are in text order and do
 * not overlap, so this is a binary search, O(log n).
 */
export function chunkEndingAt(layer: Language, token: number): Language['chunks'][number] | undefined {
  const c = layer.chunks[firstAtLeast(layer.chunks, (x) => x.last, token)];
  return c?.last === token ? c : undefined;
}

/** The verb groups of `layer` that start within tokens [first, last] (groups are in text order: binary search). */
export function verbGroupsIn(layer: Language, first: number, last: number): VerbGroup[] {
  const groups = layer.verbGroups;
  const lo = firstAtLeast(groups, (g) => g.first, first);
  let end = lo;
  while (end < groups.length && groups[end].first <= last) end++;
  return groups.slice(lo, end);
}

/** Relative pronouns that open a comma-bounded aside after a noun ("The firm, which employs 500 people, said"). */
const ASIDE_RELATIVES = new Set(['who', 'which', 'whose', 'whom']);
/** How far back, in tokens, the comma that opens an aside is looked for. */
const ASIDE_REACH = 24;

/**
 * For the comma at layer token `close`, the comma that opens an aside ending there, searched within ASIDE_REACH
 * tokens of the sentence (`sentenceFirst` is its first token); -1 when there is none. An aside is a relative clause
 * (", which runs the scheme,") or an appositive after a noun ("John Smith, chief executive of Acme,", "Mr Smith, 45,",
 * "Kopp, a 44-year-old protester,"): a noun phrase with no verb, or a past participle before one ("Nashua Corp.,
 * rumored a potential takeover target for six months,"). `prose` is the article's prose; never throws.
 */
export function asideStart(layer: Language, prose: string, close: number, sentenceFirst: number): number {
  return asideOpening(layer.tokens, prose, close, sentenceFirst);
}

/**
 * For the comma at layer token `close`, the comma that opens a short aside of comment ending there (", however,",
 * ", needless to say,", ", of course,": at most ASIDE_TOKENS words, none a finite verb, a verb only after "to"), when a
 * noun or name stands before it; -1 otherwise. A commenting aside does not part a subject from its verb.
 */
export function commentAsideStart(layer: Language, prose: string, close: number, sentenceFirst: number): number {
  const tokens = layer.tokens;
  const open = shortAsideOpening(prose, tokens, close, sentenceFirst);
  if (open <= sentenceFirst || !(tokens[open - 1].pos === 'PROPN' || tokens[open - 1].pos === 'NOUN')) return -1;
  for (let k = open + 1; k < close; k++) if ((tokens[k].pos === 'VERB' && tokens[k - 1].pos !== 'PART') || tokens[k].pos === 'AUX') return -1;
  return open;
}

/**
 * Whether token `k` is a full stop that markup parts from the name before it, blanked to a space in `prose`
 * (":org[Shoney's Inc]." reads "Shoney's Inc ."): an abbreviation's full stop, which belongs to the name, not a
 * sentence's end. Token indices into `tokens`, offsets into `prose`.
 */
export function isStrandedFullStop(tokens: readonly Token[], prose: string, k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!t || !before || t.end !== t.start + 1 || prose[t.start] !== '.' || !(before.pos === 'PROPN' || before.pos === 'NOUN')) return false;
  const gap = t.start - before.end;
  return gap >= 1 && gap <= MAX_TAG_CLOSE && prose.slice(before.end, t.start).trim() === '';
}
/** Most blanked characters a tag's close leaves between a name and its full stop ("]", "]{id=\"shoneys\"}"). */
const MAX_TAG_CLOSE = 64;

/** Whether token `k` is a noun or name, or a name's full stop a tag's markup parts from it (isStrandedFullStop). */
function nounEndsAt(tokens: readonly Token[], prose: string, k: number): boolean {
  const t = tokens[isStrandedFullStop(tokens, prose, k) ? k - 1 : k];
  return t.pos === 'PROPN' || t.pos === 'NOUN';
}

/** asideStart over the tokens alone, for the layer's own repairs before the layer is whole. */
function asideOpening(tokens: readonly Token[], prose: string, close: number, sentenceFirst: number): number {
  let nounPhrase = true;
  // Whether the words after the opening comma, but the first, are a noun phrase: ", rumored a potential target,".
  let restNounPhrase = true;
  for (let j = close - 1; j > sentenceFirst && j >= close - ASIDE_REACH; j--) {
    const x = prose.slice(tokens[j].start, tokens[j].end);
    if (x === ',') {
      const first = tokens[j + 1];
      if (ASIDE_RELATIVES.has(prose.slice(first.start, first.end).toLowerCase())) return j;
      const afterNoun = j + 1 < close && nounEndsAt(tokens, prose, j - 1);
      // A participle phrase: "Nashua Corp., rumored a potential takeover target for six months, said".
      const participle = first.pos === 'VERB' && PARTICIPLE_ENDINGS.some((e) => prose.slice(first.start, first.end).endsWith(e)) && first.lemma !== prose.slice(first.start, first.end).toLowerCase();
      return afterNoun && (nounPhrase || (participle && restNounPhrase)) ? j : -1;
    }
    restNounPhrase = nounPhrase;
    if (!verbGroupWords().appositiveTags.has(tokens[j].pos) && x !== '-' && x !== '&' && !asideModifier(tokens[j], x) && !attributiveIng(tokens, prose, j, close) && !nounsInfinitive(tokens, prose, j)) nounPhrase = false;
  }
  return -1;
}

/**
 * Whether a token of word `x` may stand inside an aside's noun phrase beyond its tags (appositiveTags): an adverb
 * ("snapping back to profitability"), a possessive determiner ("after its first loss"), or a past participle
 * ("closely held companies owned by …").
 */
function asideModifier(t: Token, x: string): boolean {
  if (t.pos === 'ADV') return true;
  if (t.pos === 'PRON') return verbGroupWords().possessiveDeterminers.has(x.toLowerCase());
  return t.pos === 'VERB' && (x.endsWith('ed') || x.endsWith('en')) && t.lemma !== x.toLowerCase();
}

/**
 * Whether token `j` is the "to" or the verb of an infinitive right after a noun, its complement ("Israel's decision to
 * expand Jewish settlements": an aside's noun phrase holds it; slips100).
 */
function nounsInfinitive(tokens: readonly Token[], prose: string, j: number): boolean {
  const to = (k: number) => tokens[k]?.pos === 'PART' && prose.slice(tokens[k].start, tokens[k].end).toLowerCase() === 'to';
  if (to(j)) return tokens[j + 1]?.pos === 'VERB' && tokens[j - 1]?.pos === 'NOUN';
  return tokens[j].pos === 'VERB' && to(j - 1) && tokens[j - 2]?.pos === 'NOUN';
}

/**
 * Whether token `j` is an -ing form right before a noun of the same aside (closing at token `close`) that it modifies:
 * "founder and controlling shareholder of Magna", "the acting chairman" (slips87).
 */
function attributiveIng(tokens: readonly Token[], prose: string, j: number, close: number): boolean {
  const t = tokens[j];
  return t.pos === 'VERB' && prose.slice(t.start, t.end).endsWith('ing') && j + 1 < close && tokens[j + 1].pos === 'NOUN';
}

/** The endings of a past participle that opens an aside ("rumored", "based", "known", "driven"). */
const PARTICIPLE_ENDINGS = ['ed', 'en', 'wn', 'ne', 'ing'];
