// A second opinion on what a name is, from how the article uses it rather than from the name itself: the words
// around every mention of one name in the article ("shares in Google", "rival Sony", "Sony has billed …", "Sony's new
// PSP"), read together as one document-level decision (the non-local features of Ratinov & Roth 2009, "Design
// challenges and misconceptions in named entity recognition", CoNLL 2009). The recogniser reads a name it has never
// seen by its shape and its sentence; a company's name it has never seen ("Sony", "Google", "Nintendo") it often
// calls a place or a person, and every mention of the group agrees with it. The model is a multinomial logistic
// regression over the mentions' context features, trained by scripts/train-context-types.ts on the labelled names of
// CoNLL-2003 eng.train (weights only ship: data/entity-context-model.json).
import { readDataJson } from '../dataFiles';
import { languageOf, type Language } from '../language';
import { isSportReport } from '../figures/sport';
import { isKnownPlace } from './knownPlaces';
import { afterCourtesyTitle, describesPeople, opensPersonNames } from './refine';
import { hasSpace } from '../text/shape';
import type { Article, EntityMention, EntityType } from '../types';

/** The model's classes, in the order of its weight rows. */
export const CONTEXT_TYPES: readonly EntityType[] = ['person', 'org', 'place', 'other'];

/** Universal POS tags a verb may be reached across, after a name ("Sony has already billed"). */
const BEFORE_VERB_AFTER = new Set(['AUX', 'ADV', 'PART']);
/** Universal POS tags a verb may be reached across, before a name ("bought the struggling Rover"). */
const BEFORE_NAME = new Set(['DET', 'ADJ', 'NUM', 'ADP']);
/** A possessive after a name, as tokenised. */
const POSSESSIVES = new Set(["'s", '’s', "'"]);
/** Universal POS tags between a possessive and the noun it owns. */
const ACROSS_TO_OWNED = new Set(['ADJ', 'NUM', 'ADV']);
/** How far, in tokens, a governing verb may stand from the name. */
const VERB_REACH = 3;

/**
 * One sentence's tokens as the features read them: `word(k)` the token's text, `pos(k)` its Universal POS tag, for
 * k in [0, length). The trainer builds it from CoNLL-2003 tokens (PTB tags mapped by data/ptb-upos.json), the
 * analysis from the linguistic layer.
 */
export interface SentenceTokens {
  length: number;
  word(k: number): string;
  pos(k: number): string;
  /** The type of another name that token k is part of, if any (the labels in training, the recogniser's reading in the analysis). */
  nameType(k: number): EntityType | undefined;
}

/** Words that join the items of a list ("Microsoft, Sony and Nintendo"). */
const COORDINATORS = new Set([',', 'and', 'or', '&']);

/**
 * The context features of one mention spanning tokens [first, last] of `sentence` (indices into it): the words
 * either side and their pairs, the preposition before it and the noun that governs that preposition ("shares in"),
 * the noun a possessive after it owns ("Sony's … console"), the verb after it that it is the subject of and the verb
 * before it whose object it is, whether it opens its sentence, and the name's length and head word. Strings, each a
 * feature name; lower-cased words. Never throws for indices inside the sentence.
 */
export function mentionContextFeatures(sentence: SentenceTokens, first: number, last: number): string[] {
  const lower = lowerOf(sentence);
  const pos = (k: number) => (k < 0 || k >= sentence.length ? '' : sentence.pos(k));
  const features = [`p1:${lower(first - 1)}`, `p2:${lower(first - 2)}_${lower(first - 1)}`, `n1:${lower(last + 1)}`, `n2:${lower(last + 1)}_${lower(last + 2)}`];
  if (first === 0) features.push('bos');
  if (pos(first - 1) === 'ADP') features.push(`prep:${lower(first - 1)}_${pos(first - 2) === 'NOUN' ? lower(first - 2) : pos(first - 2)}`);
  features.push(...verbFeatures(sentence, first, last), ...listFeatures(sentence, first, last));
  const owned = possessed(sentence, last);
  if (owned) features.push(`poss:${owned}`);
  const words = last - first + 1;
  features.push(`len:${Math.min(words, 3)}`);
  if (words > 1) features.push(`head:${lower(last)}`);
  const text = sentence.word(first);
  if (words === 1 && text.length > 1 && text === text.toUpperCase()) features.push('acronym');
  return features;
}

/** Token k's text in lower case, "<s>" before the sentence and "</s>" after it. */
function lowerOf(sentence: SentenceTokens): (k: number) => string {
  return (k) => (k < 0 ? '<s>' : k >= sentence.length ? '</s>' : sentence.word(k).toLowerCase());
}

/** The noun a possessive after token `last` owns, across adjectives, numbers and adverbs ("Sony's new console"); null if none. */
function possessed(sentence: SentenceTokens, last: number): string | null {
  const lower = lowerOf(sentence);
  if (!POSSESSIVES.has(lower(last + 1))) return null;
  for (let k = last + 2; k <= last + 4 && k < sentence.length; k++) {
    if (sentence.pos(k) === 'NOUN') return lower(k);
    if (!ACROSS_TO_OWNED.has(sentence.pos(k))) return null;
  }
  return null;
}

/** The verb after the name that it is the subject of ("va:"), and the verb before it whose object it is ("vb:"). */
function verbFeatures(sentence: SentenceTokens, first: number, last: number): string[] {
  const lower = lowerOf(sentence);
  const features: string[] = [];
  for (let k = last + 1; k <= last + VERB_REACH && k < sentence.length; k++) {
    if (sentence.pos(k) === 'VERB') {
      features.push(`va:${lower(k)}`);
      break;
    }
    if (!BEFORE_VERB_AFTER.has(sentence.pos(k)) || POSSESSIVES.has(lower(k))) break;
  }
  for (let k = first - 1; k >= first - VERB_REACH && k >= 0; k--) {
    if (sentence.pos(k) === 'VERB') {
      features.push(`vb:${lower(k)}`);
      break;
    }
    if (!BEFORE_NAME.has(sentence.pos(k))) break;
  }
  return features;
}

/** A list's items are mostly of one kind: the type of the name beside it across a comma, "and" or "or" ("coord:"). */
function listFeatures(sentence: SentenceTokens, first: number, last: number): string[] {
  const lower = lowerOf(sentence);
  const features: string[] = [];
  const before = first >= 2 && COORDINATORS.has(lower(first - 1)) ? sentence.nameType(first - 2) : undefined;
  if (before) features.push(`coord:${before}`);
  const after = last + 2 < sentence.length && COORDINATORS.has(lower(last + 1)) ? sentence.nameType(last + 2) : undefined;
  if (after) features.push(`coord:${after}`);
  return features;
}

/** data/entity-context-model.json: the feature weights, one row per CONTEXT_TYPES class, and the class biases. */
interface ContextModel {
  bias: number[];
  weights: Record<string, number[]>;
}
let model: ContextModel | undefined;

/**
 * The model's probability of each CONTEXT_TYPES class (same order, summing to 1) for a name whose mentions together
 * show `features` (each feature counted once, however many mentions show it). Reads
 * data/entity-context-model.json once.
 * @throws Error when the model file is missing or is not JSON.
 */
export function contextTypeProbabilities(features: Iterable<string>): number[] {
  model ??= readDataJson<ContextModel>('entity-context-model.json');
  const scores = [...model.bias];
  for (const f of new Set(features)) {
    const row = model.weights[f];
    if (row) for (let c = 0; c < scores.length; c++) scores[c] += row[c];
  }
  const top = Math.max(...scores);
  const exps = scores.map((s) => Math.exp(s - top));
  const sum = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / sum);
}

/**
 * The probability the context model must give `org` for a group read as a place or as a person to be retyped. A
 * person's one-word name is asked more: a given name alone ("Elvis", "Mukesh") in copy about a business reads like a
 * company to the model (0.8 retyped five such, and 0.9 none, over the BBC and open-news corpora).
 */
const ORG_PROBABILITY: Readonly<Record<'place' | 'person', number>> = { place: 0.8, person: 0.9 };

/**
 * Retypes `org` every group (linking.ts) of untagged mentions from the recogniser (`fromRecogniser`) read as a place
 * or a person, all of one type, whose context across the article says it is a company or a body
 * (contextTypeProbabilities gives `org` at least ORG_PROBABILITY): "Shares in Google have fallen", "search engine
 * Google", "Sony has billed the machine as …". Not a known place (knownPlaces.ts isKnownPlace: "Turkey has set itself a
 * target" is a country acting), not a given name nor a name after a courtesy title (eligible), not a place the article
 * sets something in (setInPlace) nor a person a noun describes (describedAsPerson), and not in a sports report, where
 * teams.ts reads clubs and players. Mutates `mentions`; never throws but for
 * a missing model file.
 */
export function retypeByContext(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.group);
    if (list) list.push(m);
    else groups.set(m.group, [m]);
  }
  let layer: Language | undefined;
  for (const list of groups.values()) {
    const type = list[0].type;
    if ((type !== 'place' && type !== 'person') || !list.every((m) => fromRecogniser(m) && m.type === type && eligible(m, article.prose))) continue;
    if (isSportReport(article)) return;
    layer ??= languageOf(article);
    if (list.some((m) => (type === 'place' ? setInPlace(layer!, article.prose, m) : describedAsPerson(layer!, article.prose, m)))) continue;
    const features = list.flatMap((m) => featuresOf(layer!, article.prose, m, mentions));
    if (features.length === 0) continue;
    if (contextTypeProbabilities(features)[CONTEXT_TYPES.indexOf('org')] >= ORG_PROBABILITY[type]) for (const m of list) m.type = 'org';
  }
}

/** Prepositions that set what follows them in a place ("rallies throughout Scotland", "a lecture in Kirkcaldy"). */
const PLACE_PREPOSITIONS = new Set(['in', 'throughout', 'across', 'near', 'around']);

/**
 * The article sets mention `m` in a place: a preposition of PLACE_PREPOSITIONS before it, across adjectives ("in
 * Indian-administered Kashmir"), that no noun, name or number governs ("shares in Google", "investors in Google", "a
 * 5% stake in Sina" are shares of a firm).
 */
function setInPlace(layer: Language, prose: string, m: EntityMention): boolean {
  let k = layer.tokenAt(m.start) - 1;
  while (k >= 0 && layer.tokens[k].pos === 'ADJ') k--;
  if (k < 1 || layer.tokens[k].pos !== 'ADP' || !PLACE_PREPOSITIONS.has(prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase())) return false;
  const governor = layer.tokens[k - 1].pos;
  return governor !== 'NOUN' && governor !== 'PROPN' && governor !== 'NUM';
}

/** A noun that describes people (refine.ts describesPeople, learned) stands right before mention `m` ("rock'n'roll legend Elvis"). */
function describedAsPerson(layer: Language, prose: string, m: EntityMention): boolean {
  const before = layer.tokens[layer.tokenAt(m.start) - 1];
  return !!before && before.pos === 'NOUN' && describesPeople(prose.slice(before.start, before.end).toLowerCase());
}

/**
 * A name the context model is asked about, in training and in the analysis: one word ("Sony"; a full name the
 * given-name lexicon does not know, "Hilary Swank", is a person's whatever the verbs around it), no known place
 * (knownPlaces.ts isKnownPlace: a country acts as a body does, "Turkey has set itself a target") and no given name
 * that opens people's names in the labelled data (refine.ts opensPersonNames).
 */
function contextTypeable(name: string): boolean {
  return !hasSpace(name) && !isKnownPlace(name) && !opensPersonNames(name);
}

/** A mention the context may retype: contextTypeable, and no courtesy title before it ("Mr Orlando"). */
function eligible(m: EntityMention, prose: string): boolean {
  return contextTypeable(m.text) && !afterCourtesyTitle(prose, m.start);
}

/** The context features of mention `m` over the layer's tokens of its sentence; none when its edges fall inside tokens. */
function featuresOf(layer: Language, prose: string, m: EntityMention, mentions: readonly EntityMention[]): string[] {
  const first = layer.tokenAt(m.start);
  const last = layer.tokenAt(m.end - 1);
  if (first < 0 || last < first || layer.tokens[first].start !== m.start || layer.tokens[last].end !== m.end) return [];
  const sentence = layer.sentences[layer.tokens[first].sentence];
  const sentenceTokens: SentenceTokens = {
    length: sentence.last - sentence.first + 1,
    word: (k) => prose.slice(layer.tokens[sentence.first + k].start, layer.tokens[sentence.first + k].end),
    pos: (k) => layer.tokens[sentence.first + k].pos,
    nameType: (k) => {
      const t = layer.tokens[sentence.first + k];
      return mentions.find((other) => other !== m && other.start <= t.start && t.end <= other.end)?.type;
    },
  };
  return mentionContextFeatures(sentenceTokens, first - sentence.first, last - sentence.first);
}
