// Trims what the recogniser reports to the name a journalist would tag: no markup, brackets, titles or numbers; group nouns retype.
import { getLexicon } from '../figures/lexicon';
import { readDataJson, readWordList } from '../dataFiles';
import type { Article, Span } from '../types';
import { lookupPlace } from './gazetteer';
import { isGivenName, isMostlyCapitalised, isOftenLowerCase, type RecognizedMention } from './ner';
import { firstTokenEndingAfter, languageOf } from '../language';
import { asDemonym, asFaith, asNationalityAdjective, asPartyAdjective, asPartyMembers, asPrefixed, asRegional, isPartyMember } from './demonyms';
import { asStorm } from './storms';
import { isSportReport } from '../figures/sport';
import { asAward } from './awards';
import { endsPossessive, hasDigit, hasLetter, hasSpace, isAllCapitals, isCapitalised, isDigits, isLowerInitial, lastWordOf, withoutFullStop } from '../text/shape';
import { functionPos } from './functionPos';
import { monthNumber, WEEKDAY_INDEX } from '../dates/expr';
import { countOf, hasNumber, isAsciiWordChar, isCapitals, isDottedInitials, isLetterRun, splitAtSpaces, wordMatches, withoutFinalPunctuation, withoutFinalS } from './nameShape';

const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
/** Marks that open a quotation or an aside: a word right after one opens it ("“However", "(Neither"). */
const OPENING_MARKS: ReadonlySet<string> = new Set(['“', '"', '‘', "'", '(', '[', '—', '–']);

/** Whether `word` is a compound adjective that says where something is based ("Oslo-based", "Santa Monica-based"). */
export const isBasedCompound = (word: string): boolean => word.toLowerCase().endsWith('-based');

/**
 * "board of Navigation Mixte" → "Navigation Mixte": the recogniser may open a name with lower-case words ("board",
 * "of"), which no name opens with but a particle of data/entity-name-particles-inside.txt ("de Vaux", "van Gogh").
 * Cut up to the first word with a capital; `m` unchanged when its first word has one or when no word has one.
 */
export function withoutLowerCaseOpening(m: RecognizedMention): RecognizedMention {
  const particles = readWordList('entity-name-particles-inside.txt');
  let cut = 0;
  for (const run of m.text.matchAll(/\S+\s*/gu)) {
    const word = run[0].trimEnd();
    // ("David Rubin & Partners": an ampersand joins a name's words.)
    if (word !== word.toLowerCase() || particles.has(word) || word === '&') break;
    cut += run[0].length;
  }
  if (cut === 0 || cut >= m.text.length) return m;
  return { ...m, start: m.start + cut, text: m.text.slice(cut) };
}

/**
 * "BBC radio" → "BBC", "Bank of America subsidiaries" → "Bank of America" (review 96): a name ends with a word that
 * has a capital (or a digit); lower-case words the recogniser read on after it are the noun phrase's, not the name's;
 * a place the gazetteer knows is left typed a place (lookupPlace); a single word left must be a name by itself (an
 * acronym or a given name). A lower-case corporate form ends a company's name ("Tesco plc";
 * isCorporateForm), and so does an organisation's head noun as copy writes it ("the UK government", "the
 * Conservative party"; data/org-head-nouns.txt, as the open-news labels read them). `m` unchanged when its last word
 * has a capital or when no word has one.
 */
export function withoutLowerCaseTail(m: RecognizedMention): RecognizedMention {
  const words = splitAtSpaces(m.text);
  let keep = words.length;
  const heads = readWordList('org-head-nouns.txt');
  while (keep > 1 && words[keep - 1] === words[keep - 1].toLowerCase() && hasLetter(words[keep - 1]) && !hasDigit(words[keep - 1]) && !isCorporateForm(words[keep - 1]) && !heads.has(words[keep - 1])) keep--;
  if (keep === words.length || words.slice(0, keep).every((w) => w === w.toLowerCase())) return m;
  // ("A levels", "World tour", "Korean peninsula", "Gibraltar point", "Srebrenica genocide": one word left alone must
  // be a name by itself — an acronym or a given name — else the lower-case word is read as the name's own, as the
  // open-news labels read those.)
  const single = keep === 1 ? words[0] : null;
  if (single !== null && !(single.length > 1 && isAllCapitals(single)) && !isGivenName(single)) return m;
  const end = m.start + m.text.indexOf(words[keep - 1], words.slice(0, keep - 1).join(' ').length) + words[keep - 1].length;
  const text = m.text.slice(0, end - m.start);
  // (What is left may be a place the gazetteer knows: "US" of "US airlines".)
  return { ...m, end, text, ...(lookupPlace(text) ? { type: 'place' as const, label: 'LOC' as const } : {}) };
}

/**
 * "Neither Ask Jeeves" → "Ask Jeeves", "World I'm" → "World": a word the tagger reads as a function word is no part of
 * the name when it opens the sentence or a quotation and the name (data/entity-function-pos.json `opening`; with the function words
 * after it: "Oh no Bill"), nor is a pronoun and its clitic at the end ("I'm", "you’re"; but "Do They Know It" and
 * "The Who" keep their pronouns). A word in capitals ("OFT") is an acronym, not a function word. Words the article
 * also writes together with the next one inside a sentence are a name's ("All Blacks captain Tama Umaga" … "the All
 * Blacks"). A compound in "-based" before the name is no part of it ("Oslo-based Norvik"), and a name that runs into one
 * is none ("Kansas City-based"). Reads the whole article
 * (not one paragraph): call it after the per-paragraph refinement. Null when nothing is left.
 */
export function withoutFunctionWords(m: RecognizedMention, article: Article): RecognizedMention | null {
  const layer = languageOf(article);
  const opening = layer.tokenAt(m.start);
  if (opening < 0 || layer.tokens[opening].start !== m.start) return m;
  let first = opening;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].end <= m.end) last++;
  if (layer.tokens[last].end !== m.end) return m;
  const acronym = (i: number) => isCapitals(article.prose.slice(layer.tokens[i].start, layer.tokens[i].end), 2);
  const opens = (i: number) => {
    const t = layer.tokens[i];
    const previous = layer.tokens[i - 1];
    return layer.sentences[t.sentence].first === i || (previous !== undefined && previous.pos === 'PUNCT' && OPENING_MARKS.has(article.prose.slice(previous.start, previous.end)));
  };
  // The definite article may open a name ("The Hague"); the indefinite one opens a noun phrase whose noun follows the
  // name ("A Brooklyn woman"), and is no initial ("A Titterrell (Sale Sharks)").
  const after = layer.tokens[last + 1];
  // "Kansas City-based Garmin", "the Salt Lake City-based lender": a name running into a compound in "-based" is the
  // compound's first words, no name of its own, as "Oslo-based" is none.
  if (after && after.start === m.end + 1 && isBasedCompound(article.prose.slice(after.start, after.end)) && isCapitalised(article.prose.slice(after.start, after.end))) return null;
  const nounAfter = !!after && (after.pos === 'NOUN' || after.pos === 'ADJ') && isLowerInitial(article.prose.slice(after.start, after.end));
  const indefinite = (i: number) => nounAfter && INDEFINITE_ARTICLES.has(article.prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase());
  const functionWord = (i: number) => functionPos('opening').has(layer.tokens[i].pos) && (!ARTICLES.has(layer.tokens[i].lemma) || indefinite(i));
  // The article writes the word and the next one together inside a sentence too: they are one name.
  const writtenInside = (i: number) => {
    const pair = article.prose.slice(layer.tokens[i].start, layer.tokens[i + 1].end);
    for (let at = article.prose.indexOf(pair); at >= 0; at = article.prose.indexOf(pair, at + 1)) {
      const k = layer.tokenAt(at);
      if (k >= 0 && k !== i && layer.tokens[k].start === at && !opens(k)) return true;
    }
    return false;
  };
  // "Previous Star Wars games", "Many Labour MPs": an adjective copy writes in lower case (the recogniser's lexicon),
  // capitalised only because it opens the sentence, is no part of the name the article writes without it elsewhere
  // ("Next Generation Secure Computing Base", never written without "Next", keeps it).
  const restElsewhere = (i: number) => {
    const rest = article.prose.slice(layer.tokens[i + 1].start, m.end);
    const at = article.prose.indexOf(rest);
    return at >= 0 && (at !== layer.tokens[i + 1].start || article.prose.indexOf(rest, at + 1) >= 0);
  };
  // Only a word the tagger reads as an adjective: one it reads as part of the name ("Previous/PROPN Star Wars") is as
  // often a name's own ("Real Madrid", "Snow Patrol", "Bill Gates": tried and dropped over the BBC corpus).
  const openingAdjective = (i: number) => i === opening && layer.tokens[i].pos === 'ADJ' && opens(i)
    && isOftenLowerCase(article.prose.slice(layer.tokens[i].start, layer.tokens[i].end)) && restElsewhere(i);
  // "Oslo-based Norvik": a compound in "-based" says where the name is based, and is no part of it, wherever it stands.
  if (first < last && isBasedCompound(article.prose.slice(layer.tokens[first].start, layer.tokens[first].end))) first++;
  const clitic = (i: number) => isClitic(article.prose.slice(layer.tokens[i].start, layer.tokens[i].end)) && layer.tokens[i].pos !== 'PROPN';
  // ("No, I'm Jewish": a subject pronoun and its clitic never open a name, wherever they stand; a question's
  // "Who's" or "What'd" may open a title: "Who's Your Daddy", "What'd I Say".)
  const subjectPronoun = (i: number) => getLexicon().subjectPronouns.has(article.prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase());
  const contracted = (i: number) => (i > opening && clitic(i) && subjectPronoun(i - 1)) || (i + 1 < last && subjectPronoun(i) && clitic(i + 1));
  while (first < last && ((functionWord(first) || openingAdjective(first)) && (opens(first) || first > opening) && !acronym(first) && !writtenInside(first) || contracted(first))) first++;
  if (last > first + 1 && clitic(last) && layer.tokens[last - 1].pos === 'PRON') last -= 2;
  const start = layer.tokens[first].start;
  const end = layer.tokens[last].end;
  if (start === m.start && end === m.end) return m;
  // What is left may be a group word the recogniser's type never saw alone ("I'm Jewish" → "Jewish": `other`).
  return hasLetter(article.text.slice(start, end)) ? asFaith(asDemonym({ ...m, start, end, text: article.text.slice(start, end) })) : null;
}

/**
 * A name never runs into markup: "**Joe** Biden" or "Merkel&amp;Co" end where the writer's plain words end,
 * so a tag fix cannot straddle emphasis or an entity reference. Titles and the head-noun retyping apply after.
 */
export function refineMention(r: RecognizedMention, article: Article): RecognizedMention | null {
  let end = r.start;
  while (end < r.end && (article.prose[end] === article.text[end] || hasSpace(article.text[end]))) end++;
  while (end > r.start && hasSpace(article.text[end - 1])) end--;
  // "Shameless (Channel": a bracket the name does not close ends it.
  const text = article.text.slice(r.start, end);
  const open = firstBracket(text);
  if (open >= 0 && countOf(text, '(') !== countOf(text, ')')) end = r.start + open;
  while (end > r.start && hasSpace(article.text[end - 1])) end--;
  // "3.35m Euros" is money, not a name.
  if (end <= r.start || hasNumber(article.text[r.start])) return null;
  const start = r.start;
  // A name is whole words: "Ai" of "Ain't" (the tokeniser's n't) or "Mac" of "MacBook" is a piece of a word.
  if (isWordChar(article.text, start - 1) || isWordChar(article.text, end)) return null;
  // "U2's": the possessive belongs to the sentence, not the name (LABELLING.md spans).
  if (end - start > 2 && endsPossessive(article.text.slice(start, end))) end -= 2;
  // "was Tim." at a sentence's end: the full stop is the sentence's, unless the name ends in an abbreviation
  // (data/abbreviations.txt: "Corp.", "Jr.") or an initial ("John F.", "U.S.").
  if (endsSentence(article.text.slice(start, end))) end -= 1;
  const cut = end === r.end ? r : { ...r, start, end, text: article.text.slice(start, end) };
  const dated = withoutWeekdays(cut);
  if (!dated) return null;
  const named = withoutPostNominals(withoutPronounI(withoutPartyLabel(withoutJudicialTitle(withoutTitle(afterInnerTitle(beforeOfficePrefix(beforeListedOffice(beforeJudicialTitle(dated, article.prose), article.prose), article.prose))), article.prose)), article));
  // ("DJ" alone, "The DJ admitted": a role's title names no one.)
  if (!named || rankPrefixAlone(named, article.prose) || ROLE_TITLES.has(named.text)) return null;
  // "Col", "Mr", "The" alone are no names; "Missouri Gov", "U.S. Army Gen" describe the title of the name that
  // follows them, they are not a name of their own.
  const words = titleWords(named.text);
  const last = words[words.length - 1];
  // ("Hun Sen staged a coup": a last word that could be a short title's abbreviation, with no name after it, ends a
  // name; "My Fair Lady" does not.)
  if (words.every((w) => w.title) || (last.title && withoutFullStop(last.word) !== 'The' && !endsWithNameLikeTitle(last.word, article.prose, named.end))) return null;
  // "(Japan) Inc.": a corporate form alone names no company; it ends one. One in capitals may be an acronym ("SA" for
  // South Africa).
  if (words.every((w) => isCorporateForm(w.word) && !isCapitals(w.word, 2))) return null;
  // "Education Secretary", "Prime Minister": a phrase that ends in an office names no one (learned: such words are
  // capitalised inside sentences and outside every labelled name, data/entity-heads.json); nor does the office alone
  // ("a Dame Commander of the Order").
  if (isOfficeWord(last.word)) return null;
  // "Commissioner for Migration, Home Affairs and Citizenship": a portfolio names no body or place.
  if (isPortfolio(named, article.prose)) return null;
  const refined = asStreet(asLawTitle(asModel(asRegnal(asCompany(asPartyMembers(asPrefixed(asStorm(asAward(asFaith(asRegional(asDemonym(asPatronymic(withInitialAndSurname(withGivenName(withHeadPrior(withTopic(withLongerName(withHeadNoun(withListedInitial(named, article), article.prose), article.prose, sentenceEnd(named, article)), article.prose, sentenceEnd(named, article)))), article))))), article.prose), article.prose))))), article), article.prose));
  return asGerundTitle(asPartyAdjective(asNationalityAdjective(refined, languageOf(article), article.prose), languageOf(article), article.prose), article);
}

/** Marks after which a word is capitalised as an opening, not as a title's (asGerundTitle): quotation marks, a bracket, a colon, dashes. */
const GERUND_OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '(', ':', '—', '–', '-']);
/** Fewest letters of a capitalised -ing form read as a title's opening (asGerundTitle): not "King", "Ring". */
const MIN_GERUND_LETTERS = 5;

/**
 * "Finding Nemo", "Being Julia" (review 108): a capitalised -ing form inside its sentence (not its first token) that
 * the tagger reads as a verb, right before a name the recogniser read without it (one space between), opens the title
 * of a work: the name grows back over it and is `other`. One the recogniser read inside the name keeps the name's
 * type ("Downing Street", "the Rolling Stones", "the Sentencing Guidelines Council").
 */
function asGerundTitle(m: RecognizedMention | null, article: Article): RecognizedMention | null {
  if (!m) return m;
  const layer = languageOf(article);
  const first = layer.tokenAt(m.start);
  if (first < 0 || layer.tokens[first].start !== m.start) return m;
  const gerund = (k: number) => {
    const t = layer.tokens[k];
    const w = t ? article.prose.slice(t.start, t.end) : '';
    return !!t && (t.pos === 'VERB' || t.pos === 'AUX') && w.length >= MIN_GERUND_LETTERS && w.endsWith('ing') && isCapitalised(w) && layer.sentences[t.sentence].first !== k;
  };
  const title = { type: 'other' as const, label: 'MISC' as const };
  const before = layer.tokens[first - 1];
  if (!before || before.end + 1 !== m.start || before.sentence !== layer.tokens[first].sentence || !gerund(first - 1)) return m;
  // Not a word capitalised as the first of a quotation or an aside ("\"Making Michael Howard leader …"), a rank's
  // prefix ("Acting U.S. Attorney", data/entity-office-prefixes.txt), or a club's name in a sports report ("Racing
  // Santander").
  const opener = layer.tokens[first - 2];
  const word = article.prose.slice(before.start, before.end);
  if ((opener && GERUND_OPENERS.has(article.prose.slice(opener.start, opener.end))) || readWordList('entity-office-prefixes.txt').has(word) || isSportReport(article)) return m;
  return { ...m, ...title, start: before.start, text: article.text.slice(before.start, m.end) };
}

/**
 * "Osama Bin Laden", "Mohammed bin Salman", "Bin Laden": `m` typed `person` when a patronymic particle
 * (data/entity-patronymics.txt) stands before a capitalised word of it, whatever the recogniser read (review 74: "Osama
 * Bin Laden" read as an organisation); else `m` unchanged.
 */
function asPatronymic(m: RecognizedMention): RecognizedMention {
  if (m.type === 'person') return m;
  const patronymics = readWordList('entity-patronymics.txt');
  const words = splitAtSpaces(m.text);
  const particle = words.some((w, k) => k < words.length - 1 && patronymics.has(w.toLowerCase()) && isCapitalised(words[k + 1]));
  return particle ? { ...m, type: 'person', label: 'PER' } : m;
}

/** Longest title word ending a name that may be a name's own word ("Sen" of "Hun Sen"). */
const NAME_LIKE_TITLE_LENGTH = 3;

/**
 * Whether the title word `word` ending a name at UTF-16 offset `end` of `prose` is the name's own word: short, written
 * with no full stop, and with no capitalised word after it (a name it would be the title of), past the blanks a tag's
 * markup leaves (":person[Matt Blunt]" after "Missouri Gov").
 */
function endsWithNameLikeTitle(word: string, prose: string, end: number): boolean {
  if (word.length > NAME_LIKE_TITLE_LENGTH || withoutFullStop(word) !== word) return false;
  let k = prose[end] === '.' ? end + 1 : end;
  if (prose[k] !== ' ') return true;
  while (prose[k] === ' ' && k < end + MAX_BLANKS_BEFORE_NAME) k++;
  return !isCapitalised(prose[k]);
}
/** Most blanks between a title word and the name after it (a space, and a tag's opening blanked: ":person["). */
const MAX_BLANKS_BEFORE_NAME = 16;

/**
 * "Elizabeth II", "Charles III": given names (opensPersonNames, or the recogniser's gazetteer's given names its
 * lexicon finds mostly capitalised) and a generational or regnal numeral
 * (data/entity-generational-suffixes.txt) name a person, whatever body or place the recogniser read; not "Rocky II"
 * typed as a work, nor "England XV".
 */
function asRegnal(m: RecognizedMention): RecognizedMention {
  if (m.type !== 'org' && m.type !== 'place') return m;
  const words = m.text.split(' ');
  const numeral = words[words.length - 1];
  if (words.length < 2 || !readWordList('entity-generational-suffixes.txt').has(numeral) || numeral.endsWith('r')) return m;
  const given = (w: string) => opensPersonNames(w) || (isGivenName(w) && isMostlyCapitalised(w));
  return words.slice(0, -1).every(given) ? { ...m, type: 'person', label: 'PER' } : m;
}

/** The fewest digits of a model number written alone ("Nokia 6600", "Boeing 747"); fewer may be a team's score or a channel ("Channel 4"). */
const MODEL_DIGITS = 3;
/** The letter of an age grade ("U21", "U19"): a team's, no model's. */
const AGE_GRADE = 'U';
/** Years a number of four digits may be ("Euro 2004", "Windows 2000" are an event's or a product's year, not a model). */
const YEARS = { from: 1800, to: 2099 };

/** Endings that make digits an ordinal ("21st", "3rd"), not a model's code. */
const ORDINAL_ENDINGS = ['st', 'nd', 'rd', 'th'];

/**
 * Whether `word` is a model number: letters and digits mixed ("P900", "A380", "V3", "350D"; not an age grade "U21", an
 * ordinal "21st" or "WW1"), or MODEL_DIGITS digits or more that are no year ("6600", "747").
 */
function isModelNumber(word: string): boolean {
  const isLetter = (c: string) => c.toLowerCase() !== c.toUpperCase();
  const letters = [...word].filter(isLetter).join('');
  const digits = [...word].filter((c) => !isLetter(c)).join('');
  if (!isDigits(digits)) return false;
  // ("Iceland U21": an age grade.)
  // (One digit takes one letter: "V3", "G4"; "WW1" names a war.)
  if (letters.length > 0) return (letters.length === 1 || digits.length >= 2) && !(word.startsWith(AGE_GRADE) && letters === AGE_GRADE) && !ORDINAL_ENDINGS.some((e) => word.toLowerCase() === `${digits}${e}`);
  const value = Number(digits);
  return digits.length >= MODEL_DIGITS && !(digits.length === 4 && value >= YEARS.from && value <= YEARS.to);
}

/**
 * "SonyEricsson P900", "Nokia 6600", "Airbus A380", "XDA II" (review 78): a name of two words or more that ends in a
 * model number (isModelNumber), a name a model number follows (not a person's or a place's, nor in a sports report:
 * a minute or a score), or two words or more ending in a sequel's numeral (data/entity-generational-suffixes.txt) after
 * words that are no given names, names a product or a work, which LABELLING.md types `other`; else `m` unchanged.
 * ("Henry VIII" is asRegnal's; "England XV" takes no numeral of the list.)
 */
function asModel(m: RecognizedMention, article: Article): RecognizedMention {
  if (m.type === 'other') return m;
  const words = splitAtSpaces(m.text);
  const last = words[words.length - 1];
  // (A number after a person's name or in a sports report is a minute or a score: "Drogba 107", "(Pitman 105)"; a
  // code after a place is what it has: "its Isle of Man 3G network".)
  const after = m.type !== 'person' && !lookupPlace(m.text) && !isSportReport(article) ? /^ ([A-Za-z]*\d+[A-Za-z]*)\b(?![.,]\d)/.exec(article.prose.slice(m.end, m.end + 12)) : null;
  const model = (words.length >= 2 && isModelNumber(last)) || (!!after && isModelNumber(after[1]));
  const sequel = words.length >= 2 && readWordList('entity-generational-suffixes.txt').has(last) && isCapitals(last, 1) && !words.slice(0, -1).some((w) => isGivenName(w));
  return model || sequel ? { ...m, type: 'other', label: 'MISC' } : m;
}

/**
 * "Downing St", "Hollywood Boulevard", "Williams Ave" (review 78): a name of two words or more ending in a street's
 * type (data/entity-street-types.txt) is a place, whatever person or body the recogniser read; a work's title
 * ("Coronation Street", typed other) keeps its type. Else `m` unchanged.
 */
function asStreet(m: RecognizedMention): RecognizedMention {
  if (m.type === 'other' || m.type === 'place' || !hasSpace(m.text)) return m;
  return readWordList('entity-street-types.txt').has(withoutFullStop(lastWordOf(m.text))) ? { ...m, type: 'place', label: 'LOC' } : m;
}

/** Prepositions after a law's title word that open what it is of or on ("Treaty of Rome", "Convention on Human Rights"). */
const LAW_OF: ReadonlySet<string> = new Set(['of', 'on']);
const CONVENTION = 'Convention';

/**
 * "the European Convention on Human Rights" (review 78), "the Act of Settlement", "Convention on the | Rights of the
 * Child": a law's title word (data/entity-law-heads.txt) followed by "of" or "on", inside the name or right before it
 * in `prose` (the recogniser read the rest alone), titles a law or a treaty, which LABELLING.md types `other`; else `m`
 * unchanged. (A later retyping from context may still read one as a body: "cited the Treaty of Rome" ends `org`.)
 */
function asLawTitle(m: RecognizedMention, prose: string): RecognizedMention {
  if (m.type === 'other') return m;
  const heads = readWordList('entity-law-heads.txt');
  const words = splitAtSpaces(m.text);
  // ("the Convention of Scottish Local Authorities" is a body: a convention is a treaty only "on" something.)
  const titled = (head: string, preposition: string) => heads.has(head) && LAW_OF.has(preposition) && (head !== CONVENTION || preposition === 'on');
  const inside = words.some((w, i) => i + 1 < words.length && titled(w, words[i + 1]));
  const before = splitAtSpaces(prose.slice(Math.max(0, m.start - LAW_LEAD), m.start)).slice(-3);
  const led = before.length >= 2 && (titled(before[before.length - 2], before[before.length - 1]) || (before.length === 3 && titled(before[0], before[1]) && before[2] === 'the'));
  return inside || led ? { ...m, type: 'other', label: 'MISC' } : m;
}
/** How far before a name (UTF-16 code units) a law's title word and its preposition are read ("Convention on the "). */
const LAW_LEAD = 24;

/**
 * "Jim Pattison Industries Ltd", "Fluor Corp": a name of two words or more that ends in a corporate form
 * (data/company-designators.txt) is a company's, whatever the recogniser read; not a place before a two-letter form,
 * which may be a state's ("Adelaide SA").
 */
function asCompany(m: RecognizedMention): RecognizedMention {
  if (m.type === 'org' || !hasSpace(m.text)) return m;
  const last = m.text.slice(m.text.lastIndexOf(' ') + 1);
  if (!isCorporateForm(last) || (m.type === 'place' && withoutFullStop(last).length <= 2)) return m;
  return { ...m, type: 'org', label: 'ORG' };
}

/**
 * data/entity-heads.json (scripts/train-entity-heads.ts): head word → counts by type [person, org, place, other];
 * capitalised word → [times outside names, times seen, times outside names right before a person's name].
 */
interface EntityHeads {
  heads: Record<string, [number, number, number, number]>;
  common: Record<string, [number, number, number]>;
  /** First word of a labelled name of two or more words → counts by type [person, org, place, other]. */
  firsts: Record<string, [number, number, number, number]>;
  /** A lower-case noun that says what a labelled name is (before it, or heading an appositive after it) → counts by the name's type. */
  describers: Record<string, [number, number, number, number]>;
}
let entityHeads: EntityHeads | null = null;
const priors = (): EntityHeads => (entityHeads ??= readDataJson<EntityHeads>('entity-heads.json'));
/**
 * Shares the priors must reach, and how often their word must have been seen: fixed before measuring, except
 * OTHER_SHARE (first 0.75), raised after reading its changes over the BBC corpus (README, sixth session).
 */
const OTHER_SHARE = 0.8;
const MIN_HEAD_SEEN = 2;
const OFFICE_SHARE = 0.9;
const MIN_OFFICE_SEEN = 5;
const BEFORE_PERSON_SHARE = 0.2;
/** A learned head lengthens a name only when seen this often (it then moves the name's end, not just its type). */
const MIN_LEARNED_EXTENSION = 3;

/**
 * An office: a capitalised word seen at least MIN_OFFICE_SEEN times inside sentences, at least OFFICE_SHARE of them
 * outside any name, and BEFORE_PERSON_SHARE of those right before a person's name ("Minister", "Secretary"; not
 * "Wednesday" or "May", which end "Sheffield Wednesday" and "Theresa May").
 */
export function isOfficeWord(word: string): boolean {
  const row = priors().common[withoutFinalPunctuation(word)];
  return !!row && row[1] >= MIN_OFFICE_SEEN && row[0] / row[1] >= OFFICE_SHARE && row[2] / row[0] >= BEFORE_PERSON_SHARE;
}

/**
 * The capitalised words after an office and "for" name its portfolio: "Minister for Finance and Local Government",
 * "Commissioner for Migration, Home Affairs and Citizenship", "responsible for Jobs, Growth and Investment", and the
 * office with them ("Commissioner for Economic and Financial Affairs"). A known place stays a place ("Minister for
 * Europe"), a person a person, and "for the" starts a body's name ("Minister for the Cabinet Office").
 */
function isPortfolio(m: RecognizedMention, prose: string): boolean {
  if (m.type === 'person' || lookupPlace(m.text)) return false;
  const words = splitAtSpaces(m.text);
  if (words.length > 2 && words[1] === 'for' && isOffice(words[0]) && isCapitalised(words[2])) return true;
  // Back from the mention over the portfolio's other parts (capitalised words, commas, "and", "&") to "for".
  const before = prose.slice(Math.max(0, m.start - 160), m.start);
  const stretch = /(?:^|[^\p{L}])([\p{L}-]+)[ \t]+for[ \t]+((?:\p{Lu}[\p{L}'’-]*(?:[ \t]*,[ \t]*|[ \t]+(?:and|&)[ \t]+|[ \t]+))*)$/u.exec(before);
  return !!stretch && (isOffice(stretch[1]) || stretch[1] === 'responsible');
}

/** An office word, or a hyphenated one ending in it ("Vice-President"). */
const isOffice = (word: string) => isOfficeWord(word.split('-').pop()!);

/**
 * "Juncker Plan", "State Pension", "Growth Pact": a name of two or more words whose last word ends mostly
 * programmes, laws, events and other things that are no person, organisation or place in the labelled data
 * (share OTHER_SHARE of at least MIN_HEAD_SEEN names) is typed other; the recogniser's organisation or place gives way.
 */
function withHeadPrior(m: RecognizedMention): RecognizedMention {
  if ((m.type !== 'org' && m.type !== 'place') || !hasSpace(m.text)) return m;
  const words = splitAtSpaces(m.text);
  // "BBC Radio Four": the number a numbered head takes (data/entity-numbered-heads.txt) is no head; "Radio" is.
  const numbered = words.length >= 3 && headTypesOf('entity-numbered-heads.txt').has(words[words.length - 2]);
  return endsOtherNames(words[words.length - (numbered ? 2 : 1)]) ? { ...m, type: 'other', label: 'MISC' } : m;
}

/**
 * `word` opens people's names in the labelled data (data/entity-heads.json firsts: GIVEN_SHARE of at least
 * MIN_GIVEN_SEEN names of two or more words): "Michael", "Jim"; not "Grant" or "Polly", too rare there to tell.
 */
export function opensPersonNames(word: string): boolean {
  const first = priors().firsts[word];
  if (!first) return false;
  const seen = first[0] + first[1] + first[2] + first[3];
  return seen >= MIN_GIVEN_SEEN && first[0] / seen >= GIVEN_SHARE;
}

/**
 * A courtesy or rank title of data/titles.txt stands right before offset `start` of `prose` ("Mr Lincoln", "Gen.
 * Cienfuegos"); a leading "The", which that list holds too, is none.
 */
export function afterCourtesyTitle(prose: string, start: number): boolean {
  const before = withoutFullStop(lastWordOf(prose.slice(Math.max(0, start - 12), start)));
  return before !== 'The' && readWordList('titles.txt').has(before);
}

/** A given name opens people's names in the labelled data this often, in this share, to make a name a person's. */
const MIN_GIVEN_SEEN = 5;
const GIVEN_SHARE = 0.9;
/** A last word that ends at least this share of other types' names in the labelled data keeps the recogniser's type. */
const NON_PERSON_HEAD_SHARE = 0.5;

/**
 * "Robert De Niro", "John Smith": a name of two or more words that the recogniser typed organisation or place, whose
 * first word opens people's names in the labelled data (GIVEN_SHARE of at least MIN_GIVEN_SEEN names) and whose last
 * word does not mostly end other names ("Robert Fleming Holdings", "John Lewis Partnership" keep theirs), is a person.
 */
function withGivenName(m: RecognizedMention): RecognizedMention {
  if ((m.type !== 'org' && m.type !== 'place') || !hasSpace(m.text)) return m;
  return hasPersonsNameShape(m.text) ? { ...m, type: 'person', label: 'PER' } : m;
}

/**
 * "J Robinson (Sale Sharks, capt)", "D Chin (Birchfield Harriers)": an initial and a surname (initialAndSurname) that
 * the recogniser typed organisation or place, before a bracket as a team sheet or a results list gives a player's or
 * athlete's club, is a person; so is one of any type in a list of such names ("G Rowntree, S Thompson, P Vickery",
 * listedInitialName).
 * Elsewhere such a pair is as often a title ("X Factor", "Q Magazine").
 */
function withInitialAndSurname(m: RecognizedMention, article: Article): RecognizedMention {
  if (m.type === 'person') return m;
  const prose = article.prose;
  const bracket = prose[m.end] === '(' || (prose[m.end] === ' ' && prose[m.end + 1] === '(');
  return (bracket && m.type !== 'other' && initialAndSurname(m.text)) || listedInitialName(m, article) ? { ...m, type: 'person', label: 'PER' } : m;
}

/** What separates the items of a list of names: a comma, a semicolon (a team sheet's line between positions). */
const LIST_SEPARATORS: ReadonlySet<string> = new Set([',', ';']);

/**
 * A team sheet's or a scorecard's initial: one capital letter, with or without a full stop ("H", "M."), or two joined
 * by a hyphen ("J-P"). In a list of such names "A" and "I" are initials too ("A Titterrell, A Sheridan").
 */
function isListInitial(word: string): boolean {
  const bare = withoutFullStop(word);
  if (bare.length === 1) return isAllCapitals(bare);
  return bare.length === 3 && bare[1] === '-' && isAllCapitals(bare[0]) && isAllCapitals(bare[2]);
}

/**
 * Tokens [first, last] of the linguistic layer make an initial and a capitalised word no known place: "H Ellis".
 * `word(k)` is token k's text ('' out of range).
 */
function initialNameAt(first: number, last: number, word: (k: number) => string): boolean {
  return last === first + 1 && isListInitial(word(first)) && isCapitalised(word(last)) && !isListInitial(word(last)) && !lookupPlace(word(last));
}

/**
 * Tokens [first, last] are an item of a list of initialled names: an initial and a surname (initialNameAt), opening
 * its sentence or after a comma, semicolon or colon, before a comma or semicolon, a bracket or the sentence's end, with
 * another such item beside it across a separator, past the bracket an item may carry ("C Hodgson, H Ellis; G
 * Rowntree" in a team sheet, "J Smith, K Jones" in a byline).
 */
function inInitialledList(first: number, last: number, article: Article): boolean {
  const layer = languageOf(article);
  const word = (k: number) => (k >= 0 && k < layer.tokens.length ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end) : '');
  const sentence = layer.sentences[layer.tokens[first].sentence];
  // (A colon opens a list: "Replacements: A Titterrell (Sale Sharks), P Vickery".)
  const opensItem = first === sentence.first || LIST_SEPARATORS.has(word(first - 1)) || word(first - 1) === ':';
  const after = word(last + 1);
  const closesItem = last === sentence.last || LIST_SEPARATORS.has(after) || after === '(' || after === '.';
  if (!initialNameAt(first, last, word) || !opensItem || !closesItem) return false;
  // (An item may carry its club in brackets: "H Ellis (Leicester), O Barkley (Bath)", review 107.)
  const beforeBracket = word(first - 2) === ')' ? bracketOpening(first - 2, sentence.first, word) : first - 1;
  const before = beforeBracket - 2 >= sentence.first && initialNameAt(beforeBracket - 2, beforeBracket - 1, word);
  const separator = after === '(' ? bracketClosing(last + 1, sentence.last, word) + 1 : last + 1;
  const next = separator > last && LIST_SEPARATORS.has(word(separator)) && separator + 2 <= sentence.last && initialNameAt(separator + 1, separator + 2, word);
  return before || next;
}

/** Most tokens a bracket after a listed name may hold ("(Sale Sharks, capt)"). */
const LIST_BRACKET_REACH = 6;

/** The token of the "(" that the ")" at token `close` closes, not before `from` and within LIST_BRACKET_REACH; `close` + 1 when none (no item before). */
function bracketOpening(close: number, from: number, word: (k: number) => string): number {
  for (let k = close - 1; k >= Math.max(from, close - LIST_BRACKET_REACH - 1); k--) if (word(k) === '(') return k;
  return close + 1;
}

/** The token of the ")" that closes the "(" at token `open`, not past `to` and within LIST_BRACKET_REACH; -2 when none (no item after). */
function bracketClosing(open: number, to: number, word: (k: number) => string): number {
  for (let k = open + 1; k <= Math.min(to, open + LIST_BRACKET_REACH + 1); k++) if (word(k) === ')') return k;
  return -2;
}

/** Where the sentence of the linguistic layer that `m` starts in ends (the prose's end when none holds it). */
function sentenceEnd(m: Span, article: Article): number {
  const layer = languageOf(article);
  const at = layer.tokenAt(m.start);
  return at >= 0 ? layer.sentences[layer.tokens[at].sentence].end : article.prose.length;
}

/** The tokens of the layer that `m` covers exactly, [first, last]; null when it starts or ends inside one. */
function tokensOf(m: Span, article: Article): [number, number] | null {
  const layer = languageOf(article);
  const first = layer.tokenAt(m.start);
  if (first < 0 || layer.tokens[first].start !== m.start) return null;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].end <= m.end) last++;
  return layer.tokens[last].end === m.end ? [first, last] : null;
}

/** `m` is an item of a list of initialled names (inInitialledList). */
function listedInitialName(m: Span, article: Article): boolean {
  const tokens = tokensOf(m, article);
  return !!tokens && inInitialledList(tokens[0], tokens[1], article);
}

/**
 * "C Hodgson, H Ellis; G Rowntree": in a list of initialled names the recogniser may read a surname without its
 * initial ("Ellis"); the name is the item, initial and all, one space apart.
 */
function withListedInitial(m: RecognizedMention, article: Article): RecognizedMention {
  const tokens = tokensOf(m, article);
  if (!tokens || tokens[0] !== tokens[1] || tokens[0] === 0) return m;
  const layer = languageOf(article);
  const initial = layer.tokens[tokens[0] - 1];
  if (initial.end + 1 !== m.start || initial.sentence !== layer.tokens[tokens[0]].sentence || !inInitialledList(tokens[0] - 1, tokens[0], article)) return m;
  return { ...m, start: initial.start, text: article.text.slice(initial.start, m.end) };
}

/**
 * "M Cueto", "J. Robinson" (a team sheet's "J Robinson (Sale Sharks, capt)"): one capital initial, with or without a
 * full stop, then one capitalised word that ends no other kind of name (hasPersonsNameShape) and is no known place, is
 * a person's name. Two words only: "W H Smith" is a shop.
 */
export function initialAndSurname(text: string): boolean {
  const words = splitAtSpaces(text);
  return words.length === 2 && isInitial(words[0]) && !lookupPlace(words[1]) && hasPersonsNameShape(text, isInitial);
}

/** One capital letter, with or without a full stop ("J", "M."), that is no word ("A", "I"). */
const isInitial = (word: string) => (word.length === 1 || (word.length === 2 && word[1] === '.')) && isAllCapitals(word[0]) && word[0] !== 'A' && word[0] !== 'I';

/**
 * `text` is two or three capitalised words (lower-case name particles inside passed over), with no joiner, whose first opens people's names (`opens`; by default in
 * the labelled data, opensPersonNames) and whose last mostly ends no other kind of name (learned heads, data/entity-heads.json; no
 * corporate form, no head of data/name-heads.txt): "Robert De Niro", "Christopher Oram"; not "John Lewis Partnership".
 */
export function hasPersonsNameShape(text: string, opens: (word: string) => boolean = opensPersonNames): boolean {
  // (A particle inside the name, data/entity-name-particles-inside.txt, is passed over: "Robert de Niro", review 89.)
  const all = splitAtSpaces(text);
  const words = all.filter((w, k) => k === 0 || k === all.length - 1 || !readWordList('entity-name-particles-inside.txt').has(w));
  // Every word capitalised and no joiner: "Bill of Rights", "Richard & Judy", "Award For Comedy" are no one's name.
  if (words.length < 2 || words.length > 3 || words.some((w) => !isCapitalised(w) || NAME_JOINERS.has(w.toLowerCase()))) return false;
  if (!opens(words[0])) return false;
  const last = withoutFinalPunctuation(words[words.length - 1]);
  const head = priors().heads[last];
  if (head && (head[1] + head[2] + head[3]) / (head[0] + head[1] + head[2] + head[3]) >= NON_PERSON_HEAD_SHARE) return false;
  return !(isCorporateForm(last) || nameHeads().has(last) || nameHeads().has(withoutFinalS(last)) || endsOtherNames(last));
}

/** A corporate form that ends a company's legal name ("Corp", "Inc", "plc"; data/company-designators.txt; a trailing full stop is dropped). */
export function isCorporateForm(word: string): boolean {
  const designators = readWordList('company-designators.txt');
  // "S.A.", "N.V.": a designator written with full stops.
  return designators.has(withoutFullStop(word)) || (isDottedInitials(word, isCapitalised, 2, 3) && designators.has(word.replaceAll('.', '')));
}

/** The word ends names of type other in the labelled data (OTHER_SHARE of at least `minSeen` names). */
export function endsOtherNames(word: string, minSeen = MIN_HEAD_SEEN): boolean {
  const row = priors().heads[withoutFinalPunctuation(word)];
  if (!row) return false;
  const seen = row[0] + row[1] + row[2] + row[3];
  return seen >= minSeen && row[3] / seen >= OTHER_SHARE;
}

/**
 * How often, and in what share, a word must end organisations' names in the labelled data to be read as an org head.
 * First 3; raised to 5 after reading the splits over the BBC corpus, where words seen 3 times ("Securities",
 * "Education", "Health") end the first half of one name ("US Securities and Exchange Commission").
 */
const MIN_ORG_HEAD_SEEN = 5;
const ORG_HEAD_SHARE = 0.8;

/**
 * The word ends organisations' names in the labelled data (data/entity-heads.json): "Council", "Authority",
 * "Commission" (ORG_HEAD_SHARE of at least MIN_ORG_HEAD_SEEN names); not "Bank" (as often a place's) or "Spencer".
 */
export function endsOrgNames(word: string): boolean {
  const row = priors().heads[withoutFinalPunctuation(word)];
  if (!row) return false;
  const seen = row[0] + row[1] + row[2] + row[3];
  return seen >= MIN_ORG_HEAD_SEEN && row[1] / seen >= ORG_HEAD_SHARE;
}

/**
 * A describing noun names bodies when seen this often, in this share, describing organisations' names. First 2;
 * raised after reading the changes over the corpora, where "partner" (seen twice) describes people ("writing partner
 * Jim Taylor").
 */
const MIN_DESCRIBER_SEEN = 3;
const DESCRIBER_ORG_SHARE = 0.8;
/** A noun whose capitalised form ends organisations' names this often (ORG_HEAD_SHARE of them) names bodies too. */
const MIN_BODY_HEAD_SEEN = 3;

/**
 * The lower-case noun (singular or a regular plural) names companies or bodies, as learned in data/entity-heads.json:
 * it describes organisations' names in the labelled data ("investment firm Grant Samuel", "X, a British company,";
 * DESCRIBER_ORG_SHARE of at least MIN_DESCRIBER_SEEN), or, with `byHeads` and never seen describing a name, it ends them
 * capitalised ("Organisation"; ORG_HEAD_SHARE of at least MIN_BODY_HEAD_SEEN; a weaker sign, read only where an article
 * and a copula or an appositive's comma make the noun a description: "radio DJs", "the SEC's Boston office" are none). Not "rival", which describes people as often, nor "star".
 * A noun for a group of performers ("band", "orchestra": data/entity-ensemble-nouns.txt) names bodies too.
 */
export function namesBodies(noun: string, byHeads = false): boolean {
  const word = noun.length > 4 && noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun;
  const share = (row: TypeCounts | undefined, min: number, part: number) => hasShare(row, min, part, ORG);
  // A noun the labelled data saw describing names decides by what it described ("star" describes people, though
  // "Stars" ends a team's name); only an unseen one is read by the names it ends.
  return [word, withoutFinalS(word)].some((w) => {
    // A group of performers (data/entity-ensemble-nouns.txt: "band", "orchestra"), which the labelled data rarely saw.
    if (readWordList('entity-ensemble-nouns.txt').has(w)) return true;
    const described = priors().describers[w];
    if (described) return share(described, MIN_DESCRIBER_SEEN, DESCRIBER_ORG_SHARE);
    // A noun the labels never saw: what the recogniser's reading of unlabelled news says it describes ("retailer").
    if (share(readDescribers()[w], MIN_READ_SEEN, READ_ORG_SHARE)) return true;
    return byHeads && share(priors().heads[w.charAt(0).toUpperCase() + w.slice(1)], MIN_BODY_HEAD_SEEN, ORG_HEAD_SHARE);
  });
}

/**
 * data/entity-describers-read.json (scripts/train-read-describers.ts): a lower-case noun → counts by type [person, org,
 * place, other] of the names the recogniser reported right after it in unlabelled news; read once.
 * @throws Error when the file is missing or is not JSON (readDataJson).
 */
function readDescribers(): Record<string, TypeCounts> {
  return (readDescribersData ??= readDataJson<{ describers: Record<string, TypeCounts> }>('entity-describers-read.json').describers);
}
let readDescribersData: Record<string, TypeCounts> | undefined;

/**
 * Names a noun read from unlabelled news must have stood before (data/entity-describers-read.json) for its counts to
 * decide, and the share of people's among them for it to describe people. The reading is the recogniser's own, so
 * more is asked of it than of the labels.
 */
const MIN_READ_SEEN = 5;
const DESCRIBER_PERSON_SHARE = 0.9;
/**
 * The share of people's names a noun read from unlabelled news must have stood before to describe people. Lower than
 * DESCRIBER_PERSON_SHARE: the reading is the recogniser's, and its commonest slip right after such a noun is the very
 * one this corrects, a person read as a body ("singer KT Tunstall", "author JK Rowling": "singer" counts 63 people and
 * 8 bodies, "author" 9 and 2).
 */
const READ_PERSON_SHARE = 0.8;
/** The share of organisations' names a read noun must have stood before to name bodies ("ruling", 4 of 5, does not). */
const READ_ORG_SHARE = 0.85;

/**
 * Whether the lower-case noun (singular or a regular plural) describes people ("composer AR Rahman", "striker Alan
 * Shearer"): DESCRIBER_PERSON_SHARE of the names it stood before were people's, in the labelled data
 * (data/entity-heads.json describers, at least MIN_DESCRIBER_SEEN) or, for a noun the labels never saw,
 * READ_PERSON_SHARE of them in the recogniser's reading of unlabelled news (data/entity-describers-read.json, at least
 * MIN_READ_SEEN).
 */
export function describesPeople(noun: string): boolean {
  const word = noun.length > 4 && noun.endsWith('ies') ? `${noun.slice(0, -3)}y` : noun;
  return [word, withoutFinalS(word)].some((w) => {
    const labelled = priors().describers[w];
    return labelled ? hasShare(labelled, MIN_DESCRIBER_SEEN, DESCRIBER_PERSON_SHARE, PERSON) : hasShare(readDescribers()[w], MIN_READ_SEEN, READ_PERSON_SHARE, PERSON);
  });
}

/** Counts of names by type, [person, org, place, other], and the columns read here. */
type TypeCounts = [number, number, number, number];
const PERSON = 0;
const ORG = 1;

/** Whether `row` counts at least `min` names, `part` or more of them in column `column` (PERSON or ORG). */
function hasShare(row: TypeCounts | undefined, min: number, part: number, column: number): boolean {
  const seen = row ? row[0] + row[1] + row[2] + row[3] : 0;
  return !!row && seen >= min && row[column] / seen >= part;
}

/** The recogniser's CoNLL label of each entity type. */
export const NER_LABEL = { person: 'PER', org: 'ORG', place: 'LOC', other: 'MISC' } as const;
/** Lower-case words that may join the capitalised words of a longer name ("Museum of London", "Fund for Peace"). */
export const NAME_JOINERS: ReadonlySet<string> = new Set(['of', 'for', 'and', 'the', 'on']);
/** Farthest, in words, a name head may stand after a mention ("Gilman International Scholarship Program"). */
const NAME_HEAD_REACH = 5;

/**
 * A word list of "Head type" lines (data/name-heads.txt, data/entity-of-heads.txt): head word (as written) → the type
 * of the name it heads (org, place or other; other lines are skipped). Read once per file.
 */
export function headTypesOf(file: string): ReadonlyMap<string, 'org' | 'place' | 'other'> {
  let heads = headTypeFiles.get(file);
  if (!heads) {
    heads = new Map();
    for (const line of readWordList(file)) {
      const [head, type] = splitAtSpaces(line);
      if (type === 'org' || type === 'place' || type === 'other') heads.set(head, type);
    }
    headTypeFiles.set(file, heads);
  }
  return heads;
}
const headTypeFiles = new Map<string, Map<string, 'org' | 'place' | 'other'>>();

/** data/name-heads.txt: head word (as written) → the type of the name it ends. */
const nameHeads = () => headTypesOf('name-heads.txt');

/**
 * "Jean Lesage International Airport", "Benjamin A. Gilman International Scholarship Program": a name followed on
 * its line by capitalised words that end in a name head (data/name-heads.txt, or a learned head of names of type
 * other for a mention that is no person: "Glasgow Climate Pact") is part of that longer name, which
 * becomes the mention, typed by its last head. Only spaces, capitalised words and a few joiners ("of") may stand
 * between, inside the mention's sentence (ending at `limit`); anything else leaves the mention as it was.
 */
function withLongerName(m: RecognizedMention, prose: string, limit = prose.length): RecognizedMention {
  const heads = nameHeads();
  let end = -1;
  let type: 'person' | 'org' | 'place' | 'other' | null = null;
  const re = /[ \t]+([\p{L}][\p{L}\p{M}'’.-]*)/uy;
  re.lastIndex = m.end;
  // A learned head (see below) counts only over capitalised words: no joiner, no full stop on the way.
  let direct = m.type !== 'person';
  // A name that already ends in a head is complete: "and" after it joins another name ("the Economic Research
  // Council and the Centre for Policy Studies").
  const lastWord = withoutFullStop(splitAtSpaces(m.text).pop()!);
  const complete = hasSpace(m.text) && (heads.has(lastWord) || endsOrgNames(lastWord));
  let previousWord = '';
  for (let n = 0; n < NAME_HEAD_REACH; n++) {
    const w = re.exec(prose);
    // The longer name stays in the mention's sentence ("Loose Women on Tuesday. The Fed's Open" is no name).
    if (!w || re.lastIndex > limit) break;
    const word = withoutFullStop(w[1]);
    // "Tesco plc": a corporate form right after the name ends a company's name, in any case.
    if (n === 0 && m.type !== 'person' && isCorporateForm(word)) { end = re.lastIndex - (w[1].length - word.length); type = 'org'; break; }
    if (!isCapitalised(word) && !NAME_JOINERS.has(word)) break;
    if (complete && word === 'and') break;
    // "James Zogby of the Arab American Institute": a person, then "of" and the body they speak for, are two names.
    if (n === 0 && m.type === 'person' && NAME_JOINERS.has(word)) break;
    // "the" joins only after another joiner ("Museum of the Moving Image"), not right after a name ("Nagano the
    // Winter Olympic Games" is two names).
    // Nor after "and": "the University of Leeds and the London School of Economics" are two names.
    if (word === 'the' && (!NAME_JOINERS.has(previousWord) || previousWord === 'and')) break;
    previousWord = word;
    // "Glasgow" + "Climate Pact": a learned head of names of type other ends the longer name too, when the mention
    // is no person and only capitalised words stand between ("Merrill Lynch and Credit Suisse" is two names).
    const learned = direct && word.length >= 3 && endsOtherNames(word, MIN_LEARNED_EXTENSION) ? 'other' : undefined;
    const head = heads.get(word) ?? heads.get(withoutFinalS(word)) ?? learned;
    if (head) { end = re.lastIndex - (w[1].length - word.length); type = head; }
    if (NAME_JOINERS.has(word) || w[1].endsWith('.')) direct = false;
  }
  if (end < 0 || !type) {
    // The recogniser already took the whole name ("Nelson Mandela Children’s Hospital"): its head still types it.
    const own = heads.get(withoutFullStop(splitAtSpaces(m.text).pop()!));
    return own && hasSpace(m.text) && own !== m.type ? { ...m, type: own, label: NER_LABEL[own] } : m;
  }
  return { ...m, end, text: prose.slice(m.start, end), type, label: NER_LABEL[type] };
}

/** Most capitalised words of a body's topic after "on" ("Working Group on Afghan Women"). */
const TOPIC_REACH = 4;

/**
 * "the International Working Group on Afghan Women", "the Committee on Foreign Relations": a body's name that ends
 * in a head of organisations' names (endsOrgNames: "Group", "Committee") runs on over "on" and the capitalised words
 * of its topic (joined by "and" or "of"), inside the mention's sentence (ending at `limit`). Not a weekday or month
 * ("the Commission on Monday"), nor a known place alone ("the Council on Iraq"), nor a possessive.
 */
function withTopic(m: RecognizedMention, prose: string, limit = prose.length): RecognizedMention {
  if (m.type !== 'org' || !hasSpace(m.text) || !endsOrgNames(withoutFullStop(splitAtSpaces(m.text).pop()!))) return m;
  const re = /[ \t]+([\p{L}][\p{L}\p{M}'’-]*)/uy;
  re.lastIndex = m.end;
  const on = re.exec(prose);
  if (!on || on[1] !== 'on') return m;
  let end = -1;
  const topic: string[] = [];
  for (let n = 0; n < TOPIC_REACH; n++) {
    const w = re.exec(prose);
    if (!w || re.lastIndex > limit) break;
    if (w[1] === 'and' || w[1] === 'of') continue;
    if (!isCapitalised(w[1]) || monthNumber(w[1]) !== null || WEEKDAY_INDEX[w[1].toLowerCase()] !== undefined) break;
    topic.push(w[1]);
    end = re.lastIndex;
  }
  if (end < 0 || endsPossessive(prose.slice(m.start, end + 2)) || (topic.length === 1 && lookupPlace(topic[0]))) return m;
  return { ...m, end, text: prose.slice(m.start, end) };
}

/**
 * "BBC Mr Howard", "Sun Bruce Willis": a courtesy title inside a span starts the name (what comes before it is
 * another name or a source the model ran into); the span is cut to begin at the title.
 */
function afterInnerTitle(m: RecognizedMention): RecognizedMention {
  const titles = readWordList('titles.txt');
  const words = wordMatches(m.text);
  for (let k = 1; k < words.length - 1; k++) {
    const w = withoutFullStop(words[k][0]);
    if (w !== 'The' && titles.has(w) && isCapitalised(words[k + 1][0])) {
      const at = words[k].index!;
      return { ...m, start: m.start + at, text: m.text.slice(at) };
    }
  }
  return m;
}

/** The words of a span, each marked when it is a courtesy or rank title or a leading article (data/titles.txt). */
function titleWords(text: string): { word: string; title: boolean }[] {
  const titles = readWordList('titles.txt');
  return splitAtSpaces(text.trim()).map((word) => ({ word, title: titles.has(withoutFullStop(word)) }));
}

/** `text` ends in a full stop after a word of two or more letters that is no abbreviation (data/abbreviations.txt). */
function endsSentence(text: string): boolean {
  const last = /(?:^|[\s-])([\p{L}][\p{L}\p{M}'’]+)\.$/u.exec(text);
  return !!last && !readWordList('abbreviations.txt').has(last[1].toLowerCase()) && !isAllCapitals(last[1]);
}

/** A letter, digit or mark, or an invisible format character inside a word (soft hyphen, zero-width joiner, word joiner). */
function isWordChar(text: string, i: number): boolean {
  return i >= 0 && i < text.length && /[\p{L}\p{N}\p{M}\p{Cf}]/u.test(text[i]);
}

/**
 * "the Islamic State jihadist group": a multi-word name that is no known country or capital, after "the" and
 * before an organisation noun (one modifier allowed), names an organisation whatever the model read from its words.
 */
function withHeadNoun(m: RecognizedMention, prose: string): RecognizedMention {
  if (m.type !== 'place' || !hasSpace(m.text) || lookupPlace(m.text)) return m;
  if (!endsWithThe(prose.slice(Math.max(0, m.start - 5), m.start))) return m;
  const orgHeads = readWordList('org-head-nouns.txt');
  const words = /^\s+(\p{Ll}[\p{Ll}-]*)(?:\s+(\p{Ll}+))?(?:\s+(\p{Ll}+))?/u.exec(prose.slice(m.end, m.end + 60));
  if (!words) return m;
  // "the X group said" or "the X jihadist group": the noun must end the phrase, not begin a compound ("group stage").
  const enders = readWordList('entity-phrase-enders.txt');
  const ends = (w: string | undefined) => w === undefined || enders.has(w);
  const direct = orgHeads.has(words[1]) && ends(words[2]);
  const modified = words[2] !== undefined && orgHeads.has(words[2]) && ends(words[3]);
  if (!direct && !modified) return m;
  return { ...m, type: 'org', label: 'ORG' };
}

/**
 * "Mr. Drabinsky and Vice" before "Chairman Myron Gottlieb": a name read on across "and" into a rank's prefix
 * (data/entity-office-prefixes.txt) before an office (a learned office word, isOfficeWord, or a capitalised noun that
 * describes people, describesPeople, right after the mention: "Chairman") ends before the "and"; after a courtesy title
 * (data/titles.txt) it is a person's (review 75). Else `m` unchanged.
 */
function beforeListedOffice(m: RecognizedMention, prose: string): RecognizedMention {
  const and = m.text.lastIndexOf(' and ');
  // (Only over a rank's prefix: "Trade and Industry Secretary" is a portfolio, one name.)
  if (and <= 0 || !readWordList('entity-office-prefixes.txt').has(m.text.slice(and + ' and '.length)) || !officeAfter(prose, m.end)) return m;
  const text = m.text.slice(0, and);
  const person = afterCourtesyTitle(prose, m.start) ? { type: 'person' as const, label: 'PER' as const } : {};
  return { ...m, ...person, end: m.start + and, text };
}

/**
 * "Tory Shadow" before "Chancellor Oliver Letwin" (review 118): a name read on into a rank's prefix
 * (data/entity-office-prefixes.txt) before an office (officeAfter), perhaps after a capitalised portfolio word ("Home
 * Secretary"), ends before that prefix, which opens the office.
 * Else `m` unchanged.
 */
function beforeOfficePrefix(m: RecognizedMention, prose: string): RecognizedMention {
  const space = m.text.lastIndexOf(' ');
  // ("Office of the Deputy" before "Prime Minister": the prefix there is inside a body's name that goes on.)
  if (space <= 0 || !readWordList('entity-office-prefixes.txt').has(m.text.slice(space + 1)) || isLowerInitial(m.text.slice(m.text.lastIndexOf(' ', space - 1) + 1, space))) return m;
  // ("Shadow Home Secretary": the office may be a capitalised portfolio word and its office.)
  const portfolio = /^\s+\p{Lu}\p{Ll}+/u.exec(prose.slice(m.end, m.end + 30));
  if (!officeAfter(prose, m.end) && !(portfolio && officeAfter(prose, m.end + portfolio[0].length))) return m;
  return { ...m, end: m.start + space, text: m.text.slice(0, space) };
}

/** "Vice" of "Vice Chairman Myron Gottlieb", read alone: a rank's prefix (data/entity-office-prefixes.txt) before an office (officeAfter) names no one. */
function rankPrefixAlone(m: RecognizedMention, prose: string): boolean {
  return readWordList('entity-office-prefixes.txt').has(m.text) && officeAfter(prose, m.end);
}

/** Whether the word after UTF-16 offset `end` is an office: a learned office word (isOfficeWord) or a capitalised noun that describes people ("Chairman"). */
function officeAfter(prose: string, end: number): boolean {
  const next = /^\s+([\p{L}.]+)/u.exec(prose.slice(end, end + 30));
  return !!next && (isOfficeWord(next[1]) || (isCapitalised(next[1]) && describesPeople(next[1].toLowerCase())));
}

/** "Mr Blunkett" → "Blunkett", "Mr van Gogh" → "van Gogh", "The Home Office" → "Home Office": the name is what gets tagged and linked. */
function withoutTitle(m: RecognizedMention): RecognizedMention {
  const titles = readWordList('titles.txt');
  // (Or a lower-case particle inside a name, then a capital: "Mr van Gogh", "Ms de Souza"; review 112.)
  const match = /^(\p{Lu}\p{L}*)\.?\s+(?=\p{Lu}|(\p{Ll}+)\s+\p{Lu})/u.exec(m.text);
  if (!match || !titles.has(match[1]) || (match[2] !== undefined && !readWordList('entity-name-particles-inside.txt').has(match[2]))) return m;
  const cut = match[0].length;
  // "Sir Menzies", "Gen Jackson": a courtesy or rank title names a person; "The" names nothing in particular.
  const person = match[1] !== 'The' ? { type: 'person' as const, label: 'PER' as const } : {};
  return { ...m, ...person, start: m.start + cut, text: m.text.slice(cut) };
}

/** Titles of a role that open a mention but are no part of the name when a given name follows (withoutJudicialTitle). */
const ROLE_TITLES: ReadonlySet<string> = new Set(['Justice', 'Justices', 'DJ']);
/** The judges' titles among ROLE_TITLES, which may end a court's name read on into them (beforeJudicialTitle). */
const JUDGES_TITLES: ReadonlySet<string> = new Set(['Justice', 'Justices']);

/**
 * "Supreme Court Justice" before "Stephen Breyer" (review 128): a body's name read on into a judge's title
 * (JUDGES_TITLES) that a given name follows ends before the title, which opens the judge's name. Else `m` unchanged.
 */
function beforeJudicialTitle(m: RecognizedMention, prose: string): RecognizedMention {
  const words = splitAtSpaces(m.text);
  const last = words[words.length - 1];
  if (words.length < 2 || !JUDGES_TITLES.has(last)) return m;
  const next = /^ (\p{Lu}[\p{L}'’-]*)/u.exec(prose.slice(m.end, m.end + 40));
  if (!next || !(isGivenName(next[1]) || opensPersonNames(next[1]))) return m;
  const text = m.text.slice(0, m.text.length - last.length).trimEnd();
  return { ...m, end: m.start + text.length, text };
}

/**
 * "Mr Justice Eady" → "Eady", "Justice John Paul Stevens" → "John Paul Stevens": after a courtesy title (data/titles.txt),
 * or before a given name, a judge's title ("Justice", "Justices") opens the mention but is no part of the name; the
 * mention is the judge's, a person. "Justice Department" (no title before, no given name after) is left. So too a
 * disc jockey's "DJ" before a given name ("DJ Norman Cook" → "Norman Cook", review 97), where a stage name keeps it
 * ("DJ Shadow").
 */
function withoutJudicialTitle(m: RecognizedMention, prose: string): RecognizedMention {
  const words = splitAtSpaces(m.text);
  if (words.length < 2 || !ROLE_TITLES.has(words[0])) return m;
  // ("Justice John Paul Stevens", "Justices Sandra Day O'Connor": a given name after the title says a judge is named.)
  if (!afterCourtesyTitle(prose, m.start) && !(words.length > 2 && (isGivenName(words[1]) || opensPersonNames(words[1])))) return m;
  const cut = m.text.indexOf(words[1]);
  return { ...m, type: 'person', label: 'PER', start: m.start + cut, text: m.text.slice(cut) };
}

/**
 * "Tory Edward Turnour" → "Edward Turnour", "Democrat Nancy Pelosi" → "Nancy Pelosi" (review 96): one member of a
 * political family (demonyms.ts isPartyMember) before a given name describes the person, as a title does, and is no
 * part of the name, nor is a party's name of two words before it ("Liberal Democrat Charles Kennedy"); the mention is
 * the person's. "Republican Party" (no given name after) is left.
 */
function withoutPartyLabel(m: RecognizedMention): RecognizedMention {
  const words = splitAtSpaces(m.text);
  // ("Liberal Democrat Charles Kennedy": the label may be a party's name of two words, its member word last.)
  const given = (w: string | undefined) => !!w && (isGivenName(w) || opensPersonNames(w));
  const member = [0, 1].find((k) => isPartyMember(words[k] ?? '') && given(words[k + 1]) && words.length - k >= 3);
  if (member === undefined) return m;
  const cut = m.text.indexOf(` ${words[member + 1]}`, words.slice(0, member + 1).join(' ').length - 1) + 1;
  return { ...m, type: 'person', label: 'PER', start: m.start + cut, text: m.text.slice(cut) };
}

/**
 * "a great fan of Kilroy I do agree" → "Kilroy": a last word "I" before a verb in its base form ("do", "think", "am":
 * the forms "I" takes, which a king's numeral does not: "Henry I was", "Henry I died") is the pronoun opening the next
 * clause, not a regnal numeral.
 */
function withoutPronounI(m: RecognizedMention, article: Article): RecognizedMention {
  const words = splitAtSpaces(m.text);
  if (words.length < 2 || words[words.length - 1] !== 'I') return m;
  const layer = languageOf(article);
  const next = layer.tokens[firstTokenEndingAfter(layer, m.end)];
  const word = next ? article.prose.slice(next.start, next.end) : '';
  if (!next || (next.pos !== 'VERB' && next.pos !== 'AUX') || (word !== next.lemma && word !== 'am')) return m;
  const text = m.text.slice(0, m.text.lastIndexOf(' I')).trimEnd();
  return { ...m, end: m.start + text.length, text };
}

/**
 * "Wednesdays and Sundays on Radio" → "Radio": weekday names in the plural, or joined ("Monday and Tuesday"), with the
 * words that join them (closed classes: figures-context.json "weekdays", data/entity-weekday-joiners.txt), at the start of a mention belong to a time
 * phrase, not the name. A single weekday before a name is left to it ("Sunday Times"). Null when nothing else is left.
 */
function withoutWeekdays(m: RecognizedMention): RecognizedMention | null {
  const weekdays = getLexicon().weekdays;
  const joiners = readWordList('entity-weekday-joiners.txt');
  const isWeekday = (w: string) => weekdays.has(w) || (w.endsWith('s') && weekdays.has(w.slice(0, -1)));
  const words = wordMatches(m.text);
  let k = 0;
  while (k < words.length && (isWeekday(words[k][0].toLowerCase()) || (k > 0 && joiners.has(words[k][0].toLowerCase())))) k++;
  // A single weekday may open a name ("Sunday Times", "Monday Night Football"); a plural or joined ones do not.
  if (k === 0 || !words.slice(0, k).some((w) => !weekdays.has(w[0].toLowerCase()))) return m;
  if (k === words.length) return null;
  const cut = words[k].index!;
  return { ...m, start: m.start + cut, text: m.text.slice(cut) };
}

/**
 * "Margaret Moran MP" → "Margaret Moran", "Jane Smith QC" → "Jane Smith": post-nominal letters (data/post-nominals.txt,
 * plural "MPs" too) end the span. A span of nothing else ("MP", "MEPs") is no name: returns null.
 */
function withoutPostNominals(m: RecognizedMention): RecognizedMention | null {
  const letters = readWordList('post-nominals.txt');
  const isPostNominal = (w: string) => letters.has(w) || (w.endsWith('s') && letters.has(w.slice(0, -1)));
  const words = wordMatches(m.text);
  let k = words.length;
  while (k > 0 && isPostNominal(withoutFinalPunctuation(words[k - 1][0]))) k--;
  if (k === words.length) return m;
  if (k === 0) return null;
  const end = words[k - 1].index! + words[k - 1][0].length;
  const text = withoutFinalComma(m.text.slice(0, end));
  return { ...m, end: m.start + text.length, text };
}


/** The offset of the first bracket, round or square, in `text`; -1 when there is none. */
function firstBracket(text: string): number {
  for (let i = 0; i < text.length; i++) if (BRACKETS.has(text[i])) return i;
  return -1;
}
const BRACKETS: ReadonlySet<string> = new Set(['(', ')', '[', ']']);

function withoutFinalComma(text: string): string {
  return text.endsWith(',') ? text.slice(0, -1) : text;
}

/** A clitic as the layer writes it: an apostrophe and one or two letters ("'m", "’re"). */
function isClitic(word: string): boolean {
  return (word[0] === "'" || word[0] === '’') && isLetterRun(word.slice(1), 1, 2);
}

/** `text` ends in the word "the" (any case) and white space after it. */
function endsWithThe(text: string): boolean {
  const trimmed = text.trimEnd();
  return trimmed !== text && trimmed.slice(-3).toLowerCase() === 'the' && !isAsciiWordChar(trimmed[trimmed.length - 4]);
}
