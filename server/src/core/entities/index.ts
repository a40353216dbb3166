// Finds entity mentions: the journalist's tags, names the article or registry already knows, then the trained recogniser; links mentions of one entity.
import { retypeBodies, retypeDeterminedPeople, retypeEmployers, retypeOwnersOfIts, retypePeople, retypePluralSubjects, retypeSpeakers, retypeWorks } from './works';
import { joinConstituencies } from './constituencies';
import { isKnownPlace, retypeKnownPlaces, retypeKnownTowns } from './knownPlaces';
import { linkStormNames } from './storms';
import { headlineCommonWords, inHeadline } from './headlines';
import { retypeTeams } from './teams';
import { retypeByContext } from './contextTypes';
import { retypePossessedTitles } from './possessedTitles';
import { withOwnPossessives } from './possessiveNames';
import { joinNameParticles } from './particles';
import { agreeWithLegalNames, joinNationalOpener } from './companyNames';
import { retypeHolidays } from './holidays';
import { agreeInLists, agreeOrgPlaceLists } from './lists';
import { joinCommonOwners, joinKnownPlaces, joinPartnerNames, splitCoordinated } from './coordination';
import { regroupAfterNationality } from './nationalityBefore';
import { normaliseName } from '../registry';
import type { Registry } from '../rules/rule';
import type { Config } from '../config';
import type { Article, EntityMention, EntityType, Span } from '../types';
import { isMostlyCapitalised, isNationality, isOftenLowerCase, recognizeApart, recognizeEntities, type RecognizedMention } from './ner';
import { countryOfCode, linkMentions } from './linking';
import { afterCourtesyTitle, isCorporateForm, refineMention, withoutFunctionWords, withoutLowerCaseOpening, withoutLowerCaseTail } from './refine';
import { joinLawNames, retypeLawModifiers } from './lawNames';
import { joinHeadOfNames, joinTrailingAnd, tailOfHeadOfName } from './headOf';
import { addNumberedNames, joinAcrossNumber, joinNumberedHeads, joinNumberWordOpeners, joinTrailingNumber } from './numbered';
import { joinWeekdayTitles } from './weekdayTitles';
import { isSportReport } from '../figures/sport';
import { agreeWithLongForms, retypeAcronyms } from './abbreviations';
import { lookupPlace } from './gazetteer';
import { readWordList } from '../dataFiles';
import { contextSet, isAsciiCapital } from '../dates/context';
import { WEEKDAY_INDEX } from '../dates/expr';
import { weekdayStartsName } from '../dates/names';
import { SpanIndex } from '../text/spanIndex';
import { detached, GenerationMemo } from '../text/memo';
import { blankLineSegments, segmentId, textIdOfProseSegment, WindowMemo } from '../text/segments';
import { firstTokenEndingAfter, languageOf, quotationAt, verbGroupWords, type Language, type TokenKind } from '../language';
import { hasDigit, hasLetter, hasLetterOrDigit, hasSpace, isAllCapitals, isCapitalised, isLowerInitial, lastWordOf, wordsOf } from '../text/shape';
import { functionPos } from './functionPos';
import { hasNumber, isCapitals, leadingBlanks, leadingLettersAndDigits, splitAtSpaces, trailingBlanks } from './nameShape';

export type Recognizer = (prose: string, sentences: Span[]) => RecognizedMention[];

const TAG_TYPES: Record<string, EntityType> = { person: 'person', org: 'org', place: 'place', entity: 'other' };

/**
 * Every token of the layer under `span` is a function word (data/entity-function-pos.json `neverName`: a pronoun and its clitic, "She’ll", "Alternatively"); false when no token is. A word in
 * capitals ("OFT", which the tagger reads as "oft") is an acronym, never a function word, unless the tagger reads it
 * as an interjection ("it will be OK", "LOL").
 */
function functionWordsOnly(layer: Language, prose: string, span: Span): boolean {
  let i = layer.tokenAt(span.start);
  if (i < 0) return false;
  for (; i < layer.tokens.length && layer.tokens[i].start < span.end; i++) {
    const t = layer.tokens[i];
    // (An acronym the tagger reads as a function word stays a name, "US" as "us"; not an interjection: "be OK".)
    if (!functionPos('neverName').has(t.pos) || (t.pos !== 'INTJ' && isCapitals(prose.slice(t.start, t.end), 2))) return false;
  }
  return true;
}

/**
 * "the Archbishop of Canterbury", "Diana, princess of Wales", "Lord Faulkner of Worcester": a title of
 * data/territorial-titles.txt (with the holder's name between, or none), "of" and a place make a title, which names a
 * person; neither the place after "of", nor the title word alone, nor the whole title is a mention to tag.
 */
function inTerritorialTitle(layer: Language, prose: string, span: Span): boolean {
  const titles = readWordList('territorial-titles.txt');
  const word = (i: number) => (i >= 0 && layer.tokens[i] ? prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase() : '');
  const capitalised = (i: number) => i >= 0 && layer.tokens[i] !== undefined && isCapitalised(prose.slice(layer.tokens[i].start, layer.tokens[i].end));
  const first = layer.tokenAt(span.start);
  if (first < 0 || layer.tokens[first].start !== span.start) return false;
  if (word(first - 1) === 'of' && (titles.has(word(first - 2)) || (capitalised(first - 2) && titles.has(word(first - 3))))) return true;
  const last = layer.tokenAt(span.end - 1);
  return titles.has(word(first)) && word(first + 1) === 'of' && layer.tokens[first + 2] !== undefined && (last === first || last === first + 2);
}

/**
 * "Retaliating 13 days after the bombings, …", "Born in 1950, …": one word that opens its sentence, which the tagger
 * reads, capital and all, as an inflected word of a common class (data/entity-function-pos.json `openingCommon`: a
 * verb; its lemma is not the word), is no name, unless the recogniser's lexicon finds it mostly capitalised ("Spurs")
 * or the article writes it capitalised inside a sentence too.
 */
function commonOpeningWord(layer: Language, prose: string, span: Span): boolean {
  const i = layer.tokenAt(span.start);
  const t = layer.tokens[i];
  if (!t || t.start !== span.start || t.end !== span.end || layer.sentences[t.sentence].first !== i) return false;
  const word = prose.slice(t.start, t.end);
  if (!functionPos('openingCommon').has(t.pos) || t.lemma === word.toLowerCase() || isMostlyCapitalised(word)) return false;
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) {
    const k = layer.tokenAt(at);
    if (k >= 0 && layer.tokens[k].start === at && layer.tokens[k].end === at + word.length && layer.sentences[layer.tokens[k].sentence].first !== k) return false;
  }
  return true;
}

/**
 * "Law enforcement authorities say …" (review 89, in an article that names the "Southern Poverty Law Center"): one
 * word that opens its sentence right before a lower-case noun it modifies, or a word the recogniser's lexicon finds
 * often in lower case right before a lower-case verb whose subject it is (isOftenLowerCase), read unsurely (below UNSURE_OPENING), no
 * acronym, known place or word the recogniser's lexicon finds mostly capitalised, that the article writes with a
 * capital inside a sentence only after another capitalised word of a longer name (which lends the recogniser its
 * document-level evidence), never alone or first, is a common noun capitalised by its place.
 */
function unsureOpeningModifier(layer: Language, prose: string, m: RecognizedMention, surnames: () => ReadonlySet<string>): boolean {
  const i = layer.tokenAt(m.start);
  const t = layer.tokens[i];
  if (m.confidence >= UNSURE_OPENING || !t || t.start !== m.start || t.end !== m.end || layer.sentences[t.sentence].first !== i) return false;
  const next = layer.tokens[i + 1];
  if (!next || next.sentence !== t.sentence || !isLowerInitial(prose.slice(next.start, next.end))) return false;
  const word = prose.slice(t.start, t.end);
  // ("Magistrates imposed a curfew", in an article that names "Highbury Corner Magistrates Court" (review 107): a word
  // copy writes in lower case, as the subject right before its verb, is that common noun too; not the last word of a
  // person's name read elsewhere, a surname alone: "Mardy Fish" … "Fish went".)
  const subject = (next.pos === 'VERB' || next.pos === 'AUX') && isOftenLowerCase(word) && !surnames().has(word);
  if (next.pos !== 'NOUN' && !subject) return false;
  return !isAllCapitals(word) && !lookupPlace(word) && !isKnownPlace(word) && !isMostlyCapitalised(word) && onlyInsideLongerNames(layer, prose, word);
}

/**
 * Whether `word` stands with a capital inside a sentence of `prose` at least once, and each time after another
 * capitalised word of its sentence (no determiner, no courtesy title): inside a longer name, never alone or first.
 */
function onlyInsideLongerNames(layer: Language, prose: string, word: string): boolean {
  // (Not a word capitalised only as its sentence's opener: "Only Seat and Porsche had fewer".)
  const capitalisedBefore = (j: number, k: number) => !!layer.tokens[j] && layer.tokens[j].sentence === layer.tokens[k].sentence && isCapitalised(prose.slice(layer.tokens[j].start, layer.tokens[j].end))
    && (layer.sentences[layer.tokens[j].sentence].first !== j || layer.tokens[j].pos === 'PROPN');
  let insideNames = 0;
  for (let at = prose.indexOf(word); at >= 0; at = prose.indexOf(word, at + 1)) {
    const k = layer.tokenAt(at);
    if (k < 0 || layer.tokens[k].start !== at || layer.tokens[k].end !== at + word.length || layer.sentences[layer.tokens[k].sentence].first === k) continue;
    // ("Riggs Bank" … "Riggs spokesman", "The Scotsman" … "Scotsman journalist": a name's first word is its short form;
    // "Ms Okonjo" … "Okonjo spokesman": a title names the word alone.)
    if (!capitalisedBefore(k - 1, k) || layer.tokens[k - 1].pos === 'DET' || afterCourtesyTitle(prose, at)) return false;
    insideNames++;
  }
  return insideNames > 0;
}

/** Below this confidence a one-word reading at a sentence's opening gives way to the word's place (fixed before measuring). */
const UNSURE_OPENING = 0.6;

/**
 * "sales on the High Street", "High Street retailers": a street name copy also uses as a common noun
 * (data/entity-generic-streets.txt), after no house number and no capitalised word (a town's: "Oxford High Street"),
 * names no street. Reads the words just before the mention only.
 */
function genericStreet(prose: string, span: Span): boolean {
  if (!readWordList('entity-generic-streets.txt').has(prose.slice(span.start, span.end))) return false;
  const previous = lastWordOf(prose.slice(Math.max(0, span.start - 24), span.start).trimEnd());
  return !hasDigit(previous) && (previous === '' || previous === 'The' || !isCapitalised(previous));
}

/**
 * "Nationwide, there are about ten thousand patients waiting", "Unsurprisingly, this prompted speculation": one word
 * that opens its sentence, then a comma and a pronoun that opens the clause (no relative pronoun: "Ford, which has
 * sold"; no comma soon after it: not an aside, "Smith, he said, …"), modifies the sentence; it names nothing. A name so placed heads a list or an appositive ("Sony,
 * Microsoft and Nintendo", "Nationwide, the UK's biggest building society,").
 */
function sentenceAdverbial(layer: Language, prose: string, span: Span): boolean {
  const i = layer.tokenAt(span.start);
  const t = layer.tokens[i];
  if (!t || t.start !== span.start || t.end !== span.end || layer.sentences[t.sentence].first !== i) return false;
  const comma = layer.tokens[i + 1];
  const subject = layer.tokens[i + 2];
  if (!comma || !subject || subject.sentence !== t.sentence || prose.slice(comma.start, comma.end) !== ',' || subject.pos !== 'PRON') return false;
  // A relative pronoun opens a clause about the name ("Ford, which has sold 4,000"); "you" follows a name called out
  // ("Taylor, you're my director of the year").
  const pronoun = prose.slice(subject.start, subject.end).toLowerCase();
  if (verbGroupWords().clauseOpeners.has(pronoun) || pronoun === 'you') return false;
  // An aside ends in a comma soon after ("Iraq, they insisted, would not", "Tinseltown, it seems, likes").
  for (let k = i + 3; k <= i + ASIDE_WORDS + 2; k++) {
    const w = layer.tokens[k];
    if (!w || w.sentence !== t.sentence) return k > i + 3;
    if (prose.slice(w.start, w.end) === ',') return false;
  }
  return true;
}

/** The most words of an aside after a pronoun ("they insisted,", "it seems,"). */
const ASIDE_WORDS = 2;

/**
 * '"Hallelujah," she said': one word that is a whole closed quotation with a speaker or a reporting verb, with one mark
 * after it inside the marks, is something said, not a name. (Reads the quotation's paragraph only.)
 */
function quotedExclamation(article: Article, span: Span): boolean {
  const q = quotationAt(article, span.start);
  if (!q || !q.closed || q.inner.start !== span.start || hasSpace(article.prose.slice(span.start, span.end))) return false;
  // A mark inside the marks and a reporting verb or speaker: what someone said ('"Hallelujah," she said'), not a word
  // in scare quotes ('the "Urban" awards', 'Antonio "LA" Reid').
  const rest = article.prose.slice(span.end, q.inner.end);
  return rest.length === 1 && !hasLetterOrDigit(rest) && (q.speaker !== null || q.verb !== null);
}

/** A generational suffix after a person's name (data/entity-generational-suffixes.txt: "III", "IV", "Jr", "Sr"). */
const isGenerational = (word: string) => readWordList('entity-generational-suffixes.txt').has(word);

/** A mention that is a generational suffix alone, with or without a full stop. */
const isGenerationalMention = (text: string) => isGenerational(text) || (text.endsWith('.') && isGenerational(text.slice(0, -1)));

/**
 * The length of a space and a generational suffix that `text` (the characters after a name) opens with, its full
 * stop left out (it may end the sentence too), or 0: the suffix is a whole word, no letter or digit after it.
 */
function generationalAfter(text: string): number {
  if (text[0] !== ' ') return 0;
  const word = leadingLettersAndDigits(text.slice(1));
  return isGenerational(word) ? word.length + 1 : 0;
}

/**
 * "James M. Trotter III": a generational suffix the recogniser read as a name of its own, right after an untagged
 * person's name with one space between, is the end of that name. Mutates `mentions` (sorted by start): the person's
 * mention grows over the suffix, whose own mention is dropped.
 */
function joinGenerationalSuffixes(mentions: EntityMention[], prose: string): void {
  for (let i = mentions.length - 1; i >= 0; i--) {
    const person = mentions[i];
    if (person.tagged || person.type !== 'person') continue;
    const next = mentions[i + 1];
    if (next && !next.tagged && isGenerationalMention(next.text) && prose.slice(person.end, next.start) === ' ') {
      person.end = next.end;
      mentions.splice(i + 1, 1);
    } else {
      // A suffix the recogniser left out of every mention.
      const suffix = generationalAfter(prose.slice(person.end, person.end + 6));
      if (!suffix || (next && next.start < person.end + suffix)) continue;
      person.end += suffix;
    }
    person.text = prose.slice(person.start, person.end);
  }
}

/**
 * "Lord Roberts of Conwy" read as one name "Roberts of Conwy": after a title of data/territorial-titles.txt, the name
 * ends before "of"; the place after it is the title's (inTerritorialTitle). Other mentions are returned as they are.
 */
function withoutTerritory<M extends Span & { text: string }>(layer: Language, prose: string, m: M): M {
  const first = layer.tokenAt(m.start);
  const before = first > 0 ? layer.tokens[first - 1] : undefined;
  if (first < 0 || !before || !readWordList('territorial-titles.txt').has(prose.slice(before.start, before.end).toLowerCase())) return m;
  for (let k = first + 1; k < layer.tokens.length && layer.tokens[k].start < m.end; k++) {
    if (prose.slice(layer.tokens[k].start, layer.tokens[k].end) !== 'of') continue;
    const end = layer.tokens[k - 1].end;
    return { ...m, end, text: prose.slice(m.start, end) };
  }
  return m;
}

/**
 * "US TV", "British TV", "UK CD": a place or a nationality before an acronym that is a common noun (commonAcronym) is
 * the noun's modifier, not one name with it: the mention ends before the acronym, typed `place` (a known place,
 * gazetteer.ts lookupPlace or the recogniser's gazetteer) or `other` (a nationality, ner isNationality). Names that end
 * in such an acronym after other words ("Court TV", "Sony DVD") are returned as they are.
 */
function withoutCommonAcronymTail(m: RecognizedMention): RecognizedMention {
  const words = splitAtSpaces(m.text);
  if (words.length < 2 || !commonAcronym(words[words.length - 1])) return m;
  const text = words.slice(0, -1).join(' ');
  if (!m.text.startsWith(text)) return m;
  const place = isKnownPlace(text);
  if (!place && !isNationality(text)) return m;
  return { ...m, end: m.start + text.length, text, type: place ? 'place' : 'other', label: place ? 'LOC' : 'MISC' };
}

/**
 * An acronym that is a common noun, or its plural ("the PC", "their TVs"; data/common-acronyms.txt, learned from how
 * copy counts them): no name, whatever the recogniser read.
 */
function commonAcronym(text: string): boolean {
  const common = readWordList('common-acronyms.txt');
  return common.has(text) || (text.endsWith('s') && common.has(text.slice(0, -1))) || PLURAL_ACRONYM.test(text);
}

/**
 * "PDAs", "NGOs", "SUVs": capitals and a lower-case plural s. A name does not take a plural; a count of things an
 * acronym names does, so the plural is a common noun whatever the acronym.
 */
const PLURAL_ACRONYM = /^\p{Lu}{2,6}s$/u;

/**
 * "PDAs (Personal Digital Assistants)": the long form in brackets right after a plural acronym spells out a common
 * noun (mention `m` fills the bracket).
 */
function spelledOutPlural(prose: string, m: Span): boolean {
  if (prose[m.end] !== ')') return false;
  const before = prose.slice(Math.max(0, m.start - 10), m.start).trimEnd();
  if (!before.endsWith('(')) return false;
  return PLURAL_ACRONYM.test(before.slice(0, -1).trimEnd().split(' ').pop() ?? '');
}

/**
 * How far refineMention reads outside a paragraph, in code units: back to the character before a name and "the "
 * before it (withHeadNoun), forward over the words after it (withHeadNoun, 60). Its other reads stay on the name's line.
 */
const REFINE_BEFORE = 8;
const REFINE_AFTER = 64;

/**
 * refineMention's readings of the recogniser's mentions, kept per paragraph with what refineMention may read around
 * it (text and prose), each by its mention relative to the paragraph: a keystroke refines the paragraph it changed.
 */
const REFINED = new GenerationMemo<string, RefinedParagraph>(4096);

/** The refined mentions of one paragraph, with the prose it was read in (the key is its text) and where it starts. */
interface RefinedParagraph {
  prose: string;
  at: number;
  /** By the recogniser's mention (start × 2^21 + end, relative to the window), with what else it read. */
  mentions: Map<number, { read: RecognizedMention; refined: RecognizedMention | null }>;
}

/** Sets how many paragraphs' refined mentions are kept (0 for a batch over an archive, which reads each once). */
export function limitEntityMemo(capacity: number): void {
  REFINED.limit(capacity);
}

/**
 * refineMention(r, article) for each of `reads` (in text order), through REFINED: the same result as calling it
 * directly, with offsets and texts of the article.
 */
function refineAll(reads: readonly (RecognizedMention | null)[], article: Article): (RecognizedMention | null)[] {
  const segments = blankLineSegments(article.prose);
  const out: (RecognizedMention | null)[] = [];
  let s = 0;
  let seen: RefinedParagraph['mentions'] | null = null;
  let base = 0;
  for (const r of reads) {
    if (!r) { out.push(null); continue; }
    while (s < segments.length && segments[s].end <= r.start) { s++; seen = null; }
    const seg = segments[s];
    // (A paragraph of a million characters or more is refined directly: the memo's numeric keys assume less.)
    if (!seg || r.start < seg.start || r.end > seg.end || seg.end - seg.start >= 2 ** 20) { out.push(refineMention(r, article)); continue; }
    if (!seen) {
      base = Math.max(0, seg.start - REFINE_BEFORE);
      const to = Math.min(article.text.length, seg.end + REFINE_AFTER);
      // Keyed by the paragraph's ids (text/segments.ts: its prose and its text, hashed once per version for every
      // memo) and the few characters of the window around it; the prose, which blanks markup, and the paragraph's
      // place in that window are checked.
      const prose = article.prose.slice(base, to);
      const at = seg.start - base;
      const key = `${segmentId(article.prose, s)} ${textIdOfProseSegment(article.text, article.prose, s)} ${article.text.slice(base, seg.start)}\u0000${article.text.slice(seg.end, to)}`;
      const paragraph: RefinedParagraph = REFINED.get(key, () => ({ prose: detached(prose), at, mentions: new Map() }));
      if (paragraph.at !== at || paragraph.prose !== prose) {
        paragraph.prose = detached(prose);
        paragraph.at = at;
        paragraph.mentions = new Map();
      }
      seen = paragraph.mentions;
    }
    const key = (r.start - base) * 2 ** 21 + (r.end - base);
    let kept = seen.get(key);
    if (kept === undefined || kept.read.label !== r.label || kept.read.type !== r.type || kept.read.confidence !== r.confidence) {
      const refined = refineMention(r, article);
      kept = { read: { ...r, text: '' }, refined: refined && { ...refined, start: refined.start - base, end: refined.end - base, text: detached(refined.text) } };
      seen.set(key, kept);
    }
    const refined = kept.refined;
    out.push(refined && { ...refined, start: refined.start + base, end: refined.end + base });
  }
  return out;
}

/**
 * Whether a span's own words and their line rule out a name there (function words only, a spelled-out plural, a
 * territorial title, the tail of a head of a name, a wire service's credit, a bracketed date word), kept per paragraph
 * window (text/segments.ts WindowMemo): each reads the span's sentence or line, nothing of the rest of the document.
 */
const NOT_NAMES_HERE = new WindowMemo<boolean>();

/** The `source` of a mention the recogniser read (its CoNLL label), as against a tag, registry or workspace name. */
const RECOGNISER_LABELS: ReadonlySet<string> = new Set(['PER', 'ORG', 'LOC', 'MISC']);

/** Layer tokens that hold no taggable name. */
const ADDRESS_KINDS: ReadonlySet<TokenKind> = new Set(['email', 'url', 'handle', 'hashtag']);

/**
 * "Leeds v Saracens (Fri)": an abbreviated weekday or month alone in brackets (data/dates-context.json
 * abbreviationsBeforeStop) is a fixture's date, not a name; one in capitals is an acronym ("(DEC)").
 */
function bracketedDateWord(prose: string, m: Span): boolean {
  const word = prose.slice(m.start, m.end);
  // An acronym in capitals is a name's short form: "the Disasters Emergency Committee (DEC)".
  return prose[m.start - 1] === '(' && prose[m.end] === ')' && !isAllCapitals(word) && contextSet('abbreviationsBeforeStop').has(word.toLowerCase());
}

/**
 * Tags outrank everything: a name tagged once is known everywhere in the article (and, through
 * `knownNames`, the workspace); then registry names and aliases; the recogniser fills the rest.
 * `notNames` are spans of other mentions (dates, figures): words inside them ("Mon., June 13", "HK$327m") are
 * not names.
 */
export function findEntities(
  article: Article,
  registry: Registry,
  config: Config,
  knownNames: ReadonlyMap<string, EntityType> = new Map(),
  recognize: Recognizer = recognizeEntities,
  notNames: readonly Span[] = [],
): EntityMention[] {
  const mentions: EntityMention[] = [];
  const fixedTaken: Span[] = [];
  const ignored = new Set(config.ignoreNames.map(normaliseName));

  const names = new Map<string, { type: EntityType; id: string | null; source: string; form?: string }>();
  for (const [name, type] of knownNames) names.set(name, { type, id: registry.byName.get(name)?.id ?? null, source: 'workspace-tag' });
  for (const [name, entry] of registry.byName) names.set(name, { type: entry.type, id: entry.id, source: 'registry', form: [entry.name, ...entry.aliases].find((a) => normaliseName(a) === name) });

  const tagOwners = new Map<number, EntityMention>();
  for (const tag of article.tags) {
    const type = TAG_TYPES[tag.kind];
    if (!type || tag.label.end <= tag.label.start) continue;
    const text = article.text.slice(tag.label.start, tag.label.end);
    const key = normaliseName(tag.text);
    const id = tag.attributes.id ?? registry.byName.get(key)?.id ?? null;
    const mention: EntityMention = { start: tag.label.start, end: tag.label.end, text, type, tagged: true, id, group: '', confidence: 1, source: 'tag' };
    mentions.push(mention);
    tagOwners.set(tag.start, mention);
    fixedTaken.push({ start: tag.start, end: tag.end });
    if (key) names.set(key, { type, id, source: 'tag', form: tag.text });
  }
  for (const c of article.citations) fixedTaken.push(c);
  // An e-mail address, a URL, a handle or a hashtag is one token of the linguistic layer: no name inside it is
  // taggable ("press@Reuters.example.com", "@ReutersBiz", "#Brexit"); a tag would break it.
  for (const t of languageOf(article).tokens) if (ADDRESS_KINDS.has(t.kind)) fixedTaken.push(t);

  // Taken: tags and citations (indexed), then names as they are accepted (marked per character; names are short).
  const tagged = new SpanIndex(fixedTaken);
  const knownAt = new Uint8Array(article.text.length);
  const overlapsTaken = (s: Span) => tagged.overlapping(s) !== undefined || knownAt.subarray(s.start, s.end).includes(1);
  // A weekday or month abbreviation inside a date ("Mon., June 13"), a currency prefix inside a figure ("HK$327m"):
  // part of that mention, not a name.
  const others = new SpanIndex(notNames);
  const withNumber = new SpanIndex(notNames.filter((d) => hasNumber(article.prose.slice(d.start, d.end))));
  const insideOther = (s: Span) => others.covering(s) !== undefined;

  // The recogniser reads first, so that a known name inside a longer name it finds ("Louisiana" in "Louisiana
  // Department of Environmental Quality", "Denver" in "North Denver") stays part of that name.
  const entityTags = new SpanIndex(article.tags.filter((t) => t.kind !== 'cite' && t.label.end > t.label.start));
  // A name the recogniser read across "and" and split is read again in its sentence, apart at the join (only with the
  // recogniser whose document facts recognizeApart uses).
  const readApart = recognize === recognizeEntities ? (s: Span, apart: readonly Span[]) => recognizeApart(article.prose, s, apart) : undefined;
  // "Order" + "of the" + "Bath": a name head before "of" makes one longer name with the name after it.
  // "Organisation for Economic Co-operation" + "and Development": a common word after "and" ends the name.
  const inTag = (s: Span) => entityTags.overlapping(s) !== undefined;
  // "the Freedom of Access" + "to" + "Clinic Entrances Act": the pieces of a law's title are one title.
  const joined = joinLawNames(joinTrailingAnd(joinHeadOfNames(joinCountryBodies(joinHyphenated(withOpeningInitials(recognize(article.prose, article.sentences), article.prose, languageOf(article), inTag), article.prose), article.prose), article.prose, languageOf(article), inTag), article.prose, languageOf(article), inTag), article.prose, languageOf(article), inTag);
  // "BBC Radio" + "4's": a number that ends a name, no figure or date.
  // "Pier" + "1" + "Imports": a number inside a name the recogniser read apart around it.
  const notName = (s: Span) => others.overlapping(s) !== undefined;
  // "BBC Radio" + "1 DJ": the number a station is named by, whatever follows — after "BBC Radio" + "5" + "Live" is read
  // as one name across its number.
  const across = joinAcrossNumber(joinNationalOpener(regroupAfterNationality(joined, article.prose, inTag), article.prose, inTag), article.prose, languageOf(article), inTag, notName, () => isSportReport(article));
  const numbered = addNumberedNames(joinTrailingNumber(joinNumberedHeads(across, article.prose, languageOf(article), inTag), article.prose, languageOf(article), inTag, notName, () => isSportReport(article)), article.prose, languageOf(article), inTag);
  // "the Three Gorges Dam": a capitalised number word opens the name after it.
  // "the Mail" + "on Sunday": a newspaper named for a weekday is one title.
  const counted = joinWeekdayTitles(joinNumberWordOpeners(numbered, article.prose, languageOf(article), inTag, (at) => inHeadline(article, at)), article.prose, inTag);
  // "the Black Gay Men" + "'s" + "Advisory Group": a name owned by a plural common noun is one name.
  const split = joinCommonOwners(splitCoordinated(joinKnownPlaces(counted, article.prose), article.prose, languageOf(article), readApart), article.prose, languageOf(article));
  // "Donaldson, Lufkin & Jenrette": a firm's partners before its "A & B", unless a partner's name is read alone again.
  const readTimes = new Map<string, number>();
  for (const r of split) readTimes.set(r.text, (readTimes.get(r.text) ?? 0) + 1);
  const raws = joinPartnerNames(split, article.prose, languageOf(article), (name) => (readTimes.get(name) ?? 0) > 1);
  const rawSpans = new SpanIndex(raws);
  const reads = raws.map((read) => {
    // A name read across a tag ("Mr :person[Greenspan]") or right beside one with only a space between ("Ainum Mohd
    // :person[Saaid]") is read with that tag.
    const tag = entityTags.overlapping(read) ?? tagBeside(read, entityTags, article.text);
    const raw = tag ? read : overHyphens(read, article.prose, rawSpans);
    return { raw, tag, outside: tag ? null : outsideOther(raw, withNumber, article.prose) };
  });
  // Function words that only open a sentence ("Neither Ask Jeeves") are cut with the whole article in view.
  const refinedReads = refineAll(reads.map((r) => r.outside), article).map((r) => r && withoutFunctionWords(withoutLowerCaseTail(withoutLowerCaseOpening(r)), article));
  const recognised = reads.map(({ raw, tag }, i) => ({ raw, tag, refined: grownInto(refinedReads[i], refinedReads[i + 1], article.prose) }));
  const refinedSpans = new SpanIndex(recognised.flatMap(({ refined }) => (refined ? [refined] : [])));
  const insideLongerName = (s: Span) => {
    const r = refinedSpans.covering(s);
    return r !== undefined && r.end - r.start > s.end - s.start && !overlapsTaken(r);
  };
  for (const match of findKnownNames(article.prose, names)) {
    if (overlapsTaken(match) || ignored.has(match.key) || insideLongerName(match)) continue;
    const known = names.get(match.key)!;
    mentions.push({ start: match.start, end: match.end, text: article.text.slice(match.start, match.end), type: known.type, tagged: false, id: known.id, group: '', confidence: 1, source: known.source });
    knownAt.fill(1, match.start, match.end);
  }

  const layer = languageOf(article);
  const headlineWords = headlineCommonWords(article);
  // The last words of the names of two words or more read as people's ("Fish" of "Mardy Fish"), read once.
  let lastNames: Set<string> | null = null;
  const surnames = () => (lastNames ??= new Set(recognised.flatMap(({ refined }) => (refined?.type === 'person' && hasSpace(refined.text) ? [refined.text.slice(refined.text.lastIndexOf(' ') + 1)] : []))));
  // "NAIROBI, Kenya (AP) _", "BUDAPEST, January 21 (Xinhua) --": a wire service's credit in a dateline is no mention.
  const wireCredit = (m: Span) => /(?:^|\n)[ \t]*\p{Lu}{2,}[^\n(]{0,40}\($/u.test(article.prose.slice(Math.max(0, m.start - 48), m.start))
    && /^\)[ \t]*(?:_|--?|—|–)/.test(article.prose.slice(m.end, m.end + 4));
  // What the words in and around a mention rule out, read once per paragraph window (NOT_NAMES_HERE).
  const noNameHere = (m: Span) => NOT_NAMES_HERE.get(article.text, article.prose, m, '', () => functionWordsOnly(layer, article.prose, m) || spelledOutPlural(article.prose, m)
    || inTerritorialTitle(layer, article.prose, m) || tailOfHeadOfName(layer, article.prose, m) || wireCredit(m) || bracketedDateWord(article.prose, m) || quotedExclamation(article, m) || sentenceAdverbial(layer, article.prose, m) || genericStreet(article.prose, m));
  const usable = (m: RecognizedMention | null): m is RecognizedMention => !!m && !overlapsTaken(m) && !ignored.has(normaliseName(m.text)) && !insideOther(m) && !commonOpeningWord(layer, article.prose, m) && !unsureOpeningModifier(layer, article.prose, m, surnames) && !commonAcronym(m.text) && !headlineWords(m) && !noNameHere(m);
  for (const { raw, tag, refined } of recognised) {
    // The recogniser read words beside a tag as one name with it ("Mr :person[Greenspan]", ":person[Alex]
    // Kapranos"): what stands outside the tag is a title (dropped) or part of that name (linked to it).
    if (tag) {
      const pieces = [{ start: raw.start, end: tag.start }, { start: tag.end, end: raw.end }];
      for (const piece of pieces) {
        if (!hasLetter(article.prose.slice(piece.start, piece.end))) continue;
        const m = refineMention(trimmed(raw, piece, article.prose), article);
        if (!usable(m)) continue;
        const owner = tagOwners.get(tag.start)!;
        mentions.push({ start: m.start, end: m.end, text: m.text, type: owner.type, tagged: false, id: owner.id, group: '', confidence: m.confidence, source: m.label, partOf: owner.start });
      }
      continue;
    }
    const m = refined && withoutCommonAcronymTail(withoutTerritory(layer, article.prose, refined));
    if (!usable(m)) continue;
    mentions.push({ start: m.start, end: m.end, text: m.text, type: m.type, tagged: false, id: null, group: '', confidence: m.confidence, source: m.label });
    // Two pieces the recogniser read apart ("Anglo" and "French") may have grown into one name: it is kept once.
    knownAt.fill(1, m.start, m.end);
  }

  mentions.sort((a, b) => a.start - b.start);
  joinGenerationalSuffixes(mentions, article.prose);
  const fromRecogniser = (m: EntityMention) => !m.tagged && m.partOf === undefined && RECOGNISER_LABELS.has(m.source);
  joinConstituencies(mentions, article.prose, fromRecogniser);
  // "St Mary's High School", "Macy's": a possessive that is part of the name. "Osama" + "bin" + "Laden": one name.
  const owned = joinNameParticles(withOwnPossessives(mentions, article, fromRecogniser), article, fromRecogniser);
  // "General Mills Inc." … "General Mills' share": a company's short name is its legal name's.
  const legal = agreeWithLegalNames(owned, article, fromRecogniser);
  // "Memorandum of Understanding (MOU)": a defined abbreviation is what its long form is, wherever it stands.
  const agreed = agreeWithLongForms(legal, article.prose, fromRecogniser);
  // A one-word name the tagger reads as an adjective ("Palestinian leader") opens no longer name's group.
  const adjective = (m: EntityMention) => { const t = layer.tokens[layer.tokenAt(m.start)]; return !!t && t.start === m.start && t.end === m.end && t.pos === 'ADJ'; };
  // A name before a noun it modifies ("Tory government", "Green MSP").
  const modifier = (m: EntityMention) => { const t = layer.tokens[firstTokenEndingAfter(layer, m.end)]; return !!t && t.start > m.end && (t.pos === 'NOUN' || (t.pos === 'PROPN' && isAllCapitals(article.prose.slice(t.start, t.end)))); };
  linkMentions(agreed, registry, adjective, article.prose, modifier);
  retypeKnownPlaces(agreed, article, fromRecogniser);
  retypeKnownTowns(agreed, article, fromRecogniser);
  retypeAcronyms(agreed, article.prose, fromRecogniser, (name) => isKnownPlace(name) || readWordList('city-abbreviations.txt').has(name));
  retypeBodies(agreed, article, fromRecogniser);
  retypeByContext(agreed, article, fromRecogniser);
  retypeSpeakers(agreed, article, fromRecogniser);
  retypePeople(agreed, article, fromRecogniser);
  retypeDeterminedPeople(agreed, article, fromRecogniser);
  retypeOwnersOfIts(agreed, article, fromRecogniser);
  retypePluralSubjects(agreed, article, fromRecogniser);
  retypeEmployers(agreed, article, fromRecogniser);
  retypeWorks(agreed, article, fromRecogniser);
  retypePossessedTitles(agreed, article, fromRecogniser);
  retypeHolidays(agreed, article.prose, fromRecogniser);
  retypeLawModifiers(agreed, article, fromRecogniser);
  linkStormNames(agreed, fromRecogniser);
  retypeTeams(agreed, article, fromRecogniser);
  const read = [...raws].sort((a, b) => a.start - b.start);
  agreeInLists(agreed, read, article, fromRecogniser);
  agreeOrgPlaceLists(agreed, read, article, fromRecogniser);
  return agreed;
}

/** The entity tag that `m` touches with only spaces or tabs between, after it or before it, if any. */
/**
 * "Brazilian" + "Institute for Geography and Statistics": a mention refinement grew over the first words of the next
 * one ("Brazilian Institute", a name head taken) runs on to that one's end, so the name is not cut inside; the next is
 * then dropped as taken. Only a one-word mention grows so. `m` unchanged when it stops short of `next` or covers it; both refined, UTF-16 offsets into
 * `prose`.
 */
function grownInto(m: RecognizedMention | null, next: RecognizedMention | null | undefined, prose: string): RecognizedMention | null {
  // (Only one word grown over: "Atticus Capital and UK-based TCI Fund" + "Management" stays as it was.)
  if (!m || !next || m.end <= next.start || m.end >= next.end || m.start >= next.start || hasSpace(prose.slice(m.start, next.start).trim())) return m;
  return { ...m, end: next.end, text: prose.slice(m.start, next.end) };
}

function tagBeside(m: Span, tags: SpanIndex<Span>, text: string): Span | undefined {
  const gapAfter = leadingBlanks(text.slice(m.end, m.end + 4));
  if (gapAfter) {
    const next = tags.overlapping({ start: m.end + gapAfter, end: m.end + gapAfter + 1 });
    if (next?.start === m.end + gapAfter) return next;
  }
  const gapBefore = trailingBlanks(text.slice(Math.max(0, m.start - 4), m.start));
  if (gapBefore) {
    const previous = tags.overlapping({ start: m.start - gapBefore - 1, end: m.start - gapBefore });
    if (previous?.end === m.start - gapBefore) return previous;
  }
  return undefined;
}

/**
 * "on 10 January Cellnet launched", "succeed Daniel P. Davison Feb. 1": the recogniser ran a name into a date or figure
 * beside it; the name is what stands outside that mention ("Cellnet", "Daniel P. Davison"); null when no word is left.
 */
function outsideOther(r: RecognizedMention, withNumber: SpanIndex, prose: string): RecognizedMention | null {
  // Only a mention that begins before the name and has a number in it: a season or a named day begins many names
  // ("Winter Olympic Games"), and a number ends many ("Euro 2004", "Apollo 11").
  const into = withNumber.straddling(r.start);
  // "will succeed Daniel P. Davison Feb. 1": a date that begins inside the mention and runs past it ends the name.
  const onto = withNumber.straddling(r.end);
  if (!into && !(onto && onto.start > r.start)) return r;
  const cut = trimmed(r, { start: into ? Math.min(into.end, r.end) : r.start, end: onto && onto.start > r.start ? Math.max(onto.start, r.start) : r.end }, prose);
  return hasLetter(cut.text) ? cut : null;
}

/**
 * "U.S." + "Senate", "UK" + "Treasury": a country's code read as a place right before a one-word body's name read as an
 * organisation, one space between, is that country's body, one name ("the U.S. Senate", as "the U.S. Supreme Court" is
 * read whole; review 75). Not before an acronym, which names the body alone ("US FBI agents"). `raws` in text order.
 */
function joinCountryBodies(raws: RecognizedMention[], prose: string): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (const r of raws) {
    const last = out[out.length - 1];
    const joins = !!last && last.type === 'place' && r.type === 'org' && r.start === last.end + 1 && prose[last.end] === ' ' && !hasSpace(r.text) && !isAllCapitals(r.text) && countryOfCode(last.text) !== null;
    if (joins) out[out.length - 1] = { ...r, start: last.start, text: prose.slice(last.start, r.end), confidence: Math.min(last.confidence, r.confidence) };
    else out.push(r);
  }
  return out;
}

/**
 * "Vanguard Group Inc. and T. Rowe Price Associates Inc." (review 96): a name's initials right before it ("T. ", one
 * capital and a full stop, one space after), which the layer reads as proper nouns of the name's sentence, open the
 * name; the recogniser sometimes leaves them out after a conjunction. So does a weekday the name owns, which it
 * leaves out when no "the" comes before ("by Sunday Telegraph journalist …", review 99). Not across a tag, a line or
 * another mention. `raws` in text order; the others are returned as they are.
 */
function withOpeningInitials(raws: RecognizedMention[], prose: string, layer: Language, inTag: (s: Span) => boolean): RecognizedMention[] {
  return raws.map((r, i) => {
    let start = r.start;
    const first = layer.tokenAt(r.start);
    if (first < 0 || (r.type !== 'org' && r.type !== 'person')) return r;
    let k = first - 1;
    for (; k >= 0 && isOpeningInitial(layer, prose, k, first); k--) start = layer.tokens[k].start;
    // ("by Sunday Telegraph journalist Robert Peston": a weekday the date recogniser reads as part of a name opens it.)
    if (start === r.start && k >= 0 && isNamingWeekday(layer, prose, k, first)) return widenedTo(r, layer.tokens[k].start, prose, i > 0 ? raws[i - 1] : null, inTag);
    // ("a grade B. Rowe said", "Plan B. Smith": a letter after a common noun or a number is a label, its full stop the sentence's.)
    if (k >= 0 && LABELLED_BY_LETTER.has(layer.tokens[k].pos)) return r;
    return widenedTo(r, start, prose, i > 0 ? raws[i - 1] : null, inTag);
  });
}

/** Mention `r` opened at `start` instead, unless that is where it starts already, or the wider span enters a tag or the mention `before` it. */
function widenedTo(r: RecognizedMention, start: number, prose: string, before: RecognizedMention | null, inTag: (s: Span) => boolean): RecognizedMention {
  if (start === r.start || inTag({ start, end: r.end }) || (before && before.end > start)) return r;
  return { ...r, start, text: prose.slice(start, r.end) };
}

/**
 * Whether layer token `k`, one space before mention token `first` in its sentence, is a weekday that the name after it
 * owns ("Sunday Telegraph", "Sunday Mirror": dates/names.ts weekdayStartsName, the date recogniser's own reading).
 */
function isNamingWeekday(layer: Language, prose: string, k: number, first: number): boolean {
  const t = layer.tokens[k];
  const w = prose.slice(t.start, t.end);
  // ("The Daily and Sunday Telegraph": a weekday after a conjunction shares the name with the word before it, whose join reads the two whole.)
  if (k > 0 && layer.tokens[k - 1].pos === 'CCONJ') return false;
  return t.sentence === layer.tokens[first].sentence && isAsciiCapital(w[0]) && WEEKDAY_INDEX[w.toLowerCase()] !== undefined && prose.slice(t.end, layer.tokens[first].start) === ' ' && weekdayStartsName(prose.slice(t.end, layer.tokens[first].end));
}

/** Parts of speech after which a capital letter is a label ("grade B", "Plan B", "Type 2 A"), not a name's initial. */
const LABELLED_BY_LETTER = new Set(['NOUN', 'ADJ', 'NUM', 'PROPN']);

/** Whether layer token `k` is an initial ("T.") in the sentence of token `first`, a proper noun, one space before the token after it. */
function isOpeningInitial(layer: Language, prose: string, k: number, first: number): boolean {
  const t = layer.tokens[k];
  const w = prose.slice(t.start, t.end);
  return t.sentence === layer.tokens[first].sentence && t.pos === 'PROPN' && w.length === 2 && w[1] === '.' && isAsciiCapital(w[0]) && prose.slice(t.end, layer.tokens[k + 1].start) === ' ';
}

/**
 * "Blu" + "-" + "Ray Association": the recogniser read the two sides of one hyphenated word as two names. They are
 * one name, typed as its second part when that has the head noun ("Ray Association", "Doping Agency") or when
 * both are single words and the second is no name of a person, body or place ("Anglo-Dutch"), else as its first
 * ("Wal" of "Wal-Mart", "Henin" of "Henin-Hardenne": the second half of a double name is read less surely), unless either side is a known place or a name the recogniser reads
 * on its own elsewhere in the article: "the Israel-Hamas war", "US-China talks" join two names; a corporate form
 * after the second ends one company's name whatever is read alone ("Anheuser-Busch Cos." … "Anheuser"). `raws` in text order.
 */
function joinHyphenated(raws: RecognizedMention[], prose: string): RecognizedMention[] {
  const hyphenPair = (a: RecognizedMention | undefined, b: RecognizedMention | undefined) => !!a && !!b && b.start === a.end + 1 && prose[a.end] === '-' && !hasSpace(prose[a.start]) && !hasSpace(prose[b.start]);
  // How often each name is read on its own, outside such a pair ("RK-S" twice is no "RK" read alone).
  // A piece that runs into a hyphenated word ("Owusu" of "(Owusu-Abeyie 45)", where the second half went unread) is
  // not read alone either.
  const hyphenated = (r: RecognizedMention) => (prose[r.end] === '-' && hasLetter(prose[r.end + 1])) || (prose[r.start - 1] === '-' && hasLetter(prose[r.start - 2]));
  const alone = new Map<string, number>();
  raws.forEach((r, i) => { if (!hyphenPair(raws[i - 1], r) && !hyphenPair(r, raws[i + 1]) && !hyphenated(r)) alone.set(r.text, (alone.get(r.text) ?? 0) + 1); });
  // ("Anheuser-Busch Cos." with "Anheuser" alone after it: a corporate form after the pair ends one company's name,
  // and the pair without it names that company wherever else it stands: "Anheuser-Busch announced".)
  const companies = new Set<string>();
  raws.forEach((r, i) => {
    const words = splitAtSpaces(r.text);
    if (i > 0 && hyphenPair(raws[i - 1], r) && words.length > 1 && isCorporateForm(words[words.length - 1])) companies.add(`${raws[i - 1].text}-${words.slice(0, -1).join(' ')}`);
  });
  const out: RecognizedMention[] = [];
  for (const r of raws) {
    const last = out[out.length - 1];
    const joins = hyphenPair(last, r);
    const company = joins && (isCorporateForm(lastWordOf(r.text)) || companies.has(prose.slice(last.start, r.end)));
    if (joins && !lookupPlace(last.text) && !lookupPlace(r.text) && ((!alone.has(last.text) && !alone.has(r.text)) || company)) {
      const head = wordsOf(r.text).length > 1 || (wordsOf(last.text).length === 1 && r.type === 'other') ? r : last;
      out[out.length - 1] = { ...head, start: last.start, end: r.end, text: prose.slice(last.start, r.end), confidence: Math.min(last.confidence, r.confidence) };
    } else out.push(r);
  }
  return out;
}

const HYPHEN_BEFORE_CAPITAL = /^-\p{Lu}[\p{L}\p{M}]*/u;
const CAPITAL_BEFORE_HYPHEN = /(?<![\p{L}\p{M}\p{N}])\p{Lu}[\p{L}\p{M}]*-$/u;

/**
 * "Blu" of "Blu-Ray", "French" of "Anglo-French": a name does not stop at a hyphen joining capitalised parts, so
 * `r` grows over them, unless a part is a name the recogniser read on its own ("Israel-Hamas war" is two names)
 * or a known place ("US-China talks").
 * A lower-case part ("pro-Kremlin", "Kremlin-backed") is not part of the name.
 */
function overHyphens(r: RecognizedMention, prose: string, read: SpanIndex): RecognizedMention {
  let { start, end } = r;
  // Most names touch no hyphen: nothing to read.
  if (prose[end] !== '-' && prose[start - 1] !== '-') return r;
  for (let part = HYPHEN_BEFORE_CAPITAL.exec(prose.slice(end, end + 40)); part; part = HYPHEN_BEFORE_CAPITAL.exec(prose.slice(end, end + 40))) {
    if (read.overlapping({ start: end + 1, end: end + part[0].length }) || lookupPlace(part[0].slice(1))) break;
    end += part[0].length;
  }
  for (let part = CAPITAL_BEFORE_HYPHEN.exec(prose.slice(Math.max(0, start - 40), start)); part; part = CAPITAL_BEFORE_HYPHEN.exec(prose.slice(Math.max(0, start - 40), start))) {
    if (read.overlapping({ start: start - part[0].length, end: start - 1 }) || lookupPlace(part[0].slice(0, -1))) break;
    start -= part[0].length;
  }
  return start === r.start && end === r.end ? r : { ...r, start, end, text: prose.slice(start, end) };
}

/** `r` cut to `piece`, without the blank (markup) or space at either end. */
function trimmed(r: RecognizedMention, piece: Span, prose: string): RecognizedMention {
  let { start, end } = piece;
  while (start < end && hasSpace(prose[start])) start++;
  while (end > start && hasSpace(prose[end - 1])) end--;
  return { ...r, start, end, text: prose.slice(start, end) };
}

interface NameMatch extends Span {
  key: string;
}

/** Whole-word, case-sensitive-on-first-letter occurrences of known names, longest first. */
function findKnownNames(prose: string, names: ReadonlyMap<string, { form?: string }>): NameMatch[] {
  if (names.size === 0) return [];
  const byFirstWord = new Map<string, string[]>();
  for (const key of names.keys()) {
    const first = key.split(' ')[0];
    const list = byFirstWord.get(first) ?? [];
    list.push(key);
    byFirstWord.set(first, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.length - a.length);
  const matches: NameMatch[] = [];
  for (let at = 0, m = nameWordFrom(prose, at); m; m = nameWordFrom(prose, at)) {
    at = m.index + m[0].length;
    // Names start with a capital (or a non-cased script): "the president" is not "President".
    if (m[0][0] === m[0][0].toLowerCase() && m[0][0] !== m[0][0].toUpperCase()) continue;
    const first = normaliseName(withoutTrailing(m[0], NAME_WORD_ENDINGS));
    const candidates = byFirstWord.get(first);
    if (!candidates) continue;
    for (const key of candidates) {
      const end = matchName(prose, m.index, key, names.get(key)?.form);
      if (end !== -1) {
        matches.push({ start: m.index, end, key });
        at = end;
        break;
      }
    }
  }
  return matches;
}

/**
 * End offset if `key` (normalised) is spelt at `start` as whole words, else -1. With `form` (the name as the tag
 * or registry writes it), a word capitalised there must be capitalised here: "the V festival" and "the Middle Way
 * group" use a common noun, they do not repeat "V Festival" or "Middle Way Group"; an acronym matches as written.
 */
function matchName(prose: string, start: number, key: string, form?: string): number {
  const words = key.split(' ');
  const formWords = form === undefined ? undefined : splitAtSpaces(form.trim());
  const capitals = formWords?.map((w) => w[0] !== w[0].toLowerCase());
  const aligned = formWords && capitals && capitals.length === words.length;
  let at = start;
  for (let i = 0; i < words.length; i++) {
    if (i > 0) {
      if (!hasSpace(prose[at] ?? '')) return -1;
      while (hasSpace(prose[at] ?? '')) at++;
    }
    let token = nameWordAt(prose, at, MAX_NAME_WORD);
    if (!token) return -1;
    // Trailing punctuation or a possessive belongs to the sentence, not the name.
    const stripped = withoutTrailing(token, NAME_WORD_ENDINGS, true);
    if (normaliseName(stripped) === words[i]) token = stripped;
    else if (normaliseName(token) !== words[i]) return -1;
    if (aligned && capitals[i] && token[0] === token[0].toLowerCase() && token[0] !== token[0].toUpperCase()) return -1;
    // An acronym is written as it is: "US" is not "Us", "WHO" is not "Who", "MMORPGs" is not "MMORPGS".
    if (aligned && isAcronymOrPlural(formWords[i]) && token !== formWords[i]) return -1;
    at += token.length;
  }
  return at;
}

/** A word as names are matched: a letter or digit, then letters, digits, marks, apostrophes, full stops and hyphens. */
const NAME_WORD = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*/gu;
/** The longest word of a name matchName reads, in UTF-16 code units. */
const MAX_NAME_WORD = 80;
/** What may end a word of a name but belongs to the sentence: full stops, apostrophes, hyphens (and a possessive). */
const NAME_WORD_ENDINGS: ReadonlySet<string> = new Set(['.', '’', "'", '-']);

/** The first name word (NAME_WORD) of `prose` at or after `from`, or null. */
function nameWordFrom(prose: string, from: number): RegExpExecArray | null {
  NAME_WORD.lastIndex = from;
  return NAME_WORD.exec(prose);
}

/**
 * The name word (NAME_WORD) that starts at `at` in `prose`, read no further than `max` code units (not splitting a
 * character), or "" when none starts there.
 */
function nameWordAt(prose: string, at: number, max: number): string {
  const m = nameWordFrom(prose, at);
  if (!m || m.index !== at) return '';
  if (m[0].length <= max) return m[0];
  const high = m[0].charCodeAt(max - 1);
  return m[0].slice(0, high >= 0xd800 && high <= 0xdbff ? max - 1 : max);
}

/** `word` without the characters of `endings` at its end, nor, with `possessive`, the possessive "'s" or "’s" among them. */
function withoutTrailing(word: string, endings: ReadonlySet<string>, possessive = false): string {
  let end = word.length;
  for (;;) {
    if (endings.has(word[end - 1])) end--;
    else if (possessive && end >= 2 && word[end - 1] === 's' && (word[end - 2] === "'" || word[end - 2] === '’')) end -= 2;
    else return word.slice(0, end);
  }
}

/** An acronym as written, or its plural: two or more capitals and an optional "s" ("US", "MMORPGs"). */
function isAcronymOrPlural(word: string): boolean {
  return isCapitals(word, 2) || (word.endsWith('s') && isCapitals(word.slice(0, -1), 2));
}
