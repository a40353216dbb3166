// Two names the recogniser read as one: split at a word that stands inside no name ("Lords if Conservative", "Qwest
// or Verizon", "UK bank Barclays"), and across "and" or a comma where the article shows two names: the first ends in a
// word that ends organisations' names in the labelled data ("the Economic Research Council and the Centre for Policy
// Studies"), the second repeats the first's words ("Outlook and Outlook Express"), or a side is a name the recogniser
// reads alone elsewhere in the article or a known place ("Google and Ask Jeeves"). "Marks and Spencer", "Procter &
// Gamble" and "Department of Trade and Industry" stay one name.
import { endsLawTitle } from './lawNames';
import { isGivenName, isMostlyCapitalised, isOftenLowerCase, type RecognizedMention } from './ner';
import { endsOrgNames, hasPersonsNameShape, isCorporateForm, NAME_JOINERS, namesBodies, opensPersonNames } from './refine';
import { lookupPlace } from './gazetteer';
import { isPartyMember } from './demonyms';
import { functionPos } from './functionPos';
import { readWordList } from '../dataFiles';
import type { Language } from '../language';
import type { Span } from '../types';
import { hasDigit, isCapitalised, isLowerInitial } from '../text/shape';
import { isCapitals, splitAtSpaces } from './nameShape';

/** ", " / " and " / ", and " then an optional "the", between the two names; group 1 is the second name. */
const JOIN = /(?:,\s+(?:and\s+)?|\s+and\s+)(?:the\s+)?(?=\p{Lu})/gu;

/**
 * `raws` (in text order) with each mention that joins two names split into the two: first at words inside it that
 * stand in no name (insideNoName), then across "and" or a comma where the article gives evidence of two names (the
 * second typed by its own last word when that is an org head). A second name of one word that is itself only a head
 * ("the Centre", cut off from "Centre for Policy Studies") is dropped rather than flagged as a fragment. Offsets are
 * UTF-16 offsets into `prose`, which `layer` tags; never throws.
 */
export function splitCoordinated(raws: RecognizedMention[], prose: string, layer: Language, readApart?: ReadApart): RecognizedMention[] {
  const cut = raws.map((r) => atWordsOfNoName(r, prose, layer));
  const alone = new Set(cut.flat().map((r) => r.text));
  const readWhole = new Set(raws.map((r) => r.text));
  // "Bank" of "Bank of England": the head before "of" of a name read in the article goes by itself ("the Bank's").
  const opensOfName = new Set(raws.flatMap((r) => { const of = r.text.indexOf(' of '); return of > 0 ? [withoutThe(r.text.slice(0, of))] : []; }));
  // The surnames of the people the article names in full ("Tim Henman" → "Henman").
  const surnames = new Set(raws.filter((r) => r.type === 'person' && r.text.includes(' ')).map((r) => r.text.slice(r.text.lastIndexOf(' ') + 1)));
  const out: RecognizedMention[] = [];
  raws.forEach((r, i) => {
    // A law's title holds its own commas and "and"s ("the Financial Institutions Reform, Recovery and Enforcement Act").
    if (r.type === 'other' && endsLawTitle(r.text)) { out.push(r); return; }
    const pair = surnamePair(r, surnames);
    if (pair) { out.push(...pair); return; }
    const pieces = cut[i].flatMap((p) => atConjunctions(p, prose, (name) => alone.has(name) && name !== p.text)).flatMap((p) => atOwner(p, prose, (name) => alone.has(name) || opensOfName.has(name)))
      .flatMap((p) => atPreposition(p, prose, layer, (name) => alone.has(withoutThe(name)) && name !== p.text));
    const split = pieces.length !== 1 || pieces[0] !== r;
    out.push(...(split ? ownTypes(r, pieces, layer, readApart, readWhole) : pieces));
  });
  return out;
}

/**
 * "Henman & Murray win awards" (review 119): two surnames joined by an ampersand, each the surname of a person the
 * article names in full (`surnames`), are those two people, not a firm; null for any other mention.
 */
function surnamePair(r: RecognizedMention, surnames: ReadonlySet<string>): RecognizedMention[] | null {
  const amp = r.text.indexOf(' & ');
  if (amp < 0) return null;
  const [left, right] = [r.text.slice(0, amp), r.text.slice(amp + 3)];
  if (left.includes(' ') || right.includes(' ') || !surnames.has(left) || !surnames.has(right)) return null;
  const person = { type: 'person' as const, label: 'PER' as const };
  return [{ ...r, ...person, end: r.start + amp, text: left }, { ...r, ...person, start: r.start + amp + 3, text: right }];
}

/**
 * Two names the recogniser read apart that are one: "Saint Kitts" + "and" + "Nevis", "Antigua" + "and" + "Barbuda"
 * (joined by "and" alone, a place the gazetteer knows whole, lookupPlace) are one place; "BBC Radio" + "Scotland" (an
 * organisation's name of two words or more, then one space and a place, as the recogniser read them) is one
 * organisation, that body's service or branch there; two names joined by " & " are one ("David Rubin & Partners" an
 * organisation, "Serbia & Montenegro" a place), unless both are people; two that together are one member of a party's
 * family ("Liberal" "Democrat", partyNameWithMember) are one member of that party, typed other. `raws` in text order;
 * returns a new array.
 */
export function joinKnownPlaces(raws: readonly RecognizedMention[], prose: string): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (let i = 0; i < raws.length; i++) {
    const r = raws[i];
    const next = raws[i + 1];
    const between = next ? prose.slice(r.end, next.start) : '';
    const joined = (type: 'place' | 'org') => ({ ...r, end: next.end, text: prose.slice(r.start, next.end), type, label: type === 'place' ? 'LOC' as const : 'ORG' as const, confidence: Math.min(r.confidence, next.confidence) });
    if (between === ' and ' && lookupPlace(prose.slice(r.start, next.end))) out.push(joined('place'));
    // ("David Rubin & Partners", "Marsh & McLennan": an ampersand joins the words of a firm's name; two places joined
    // are one, "Serbia & Montenegro"; two people stay two, "Matt Lucas & David Walliams".)
    else if (next && ampersandJoined(between, next.text) && !(r.type === 'person' && next.type === 'person')) out.push(joined(r.type === 'place' && next.type === 'place' ? 'place' : 'org'));
    else if (between === ' ' && r.type === 'org' && next.type === 'place' && splitAtSpaces(r.text).length >= 2) out.push(joined('org'));
    // ("Liberal" "Democrat" before "leader": read apart, a word and one member of a party's family after it are one
    // member of that party, typed as "Tory" is (other); not after a place, "Texas Democrat", or a person.)
    else if (between === ' ' && partyNameWithMember(r, next.text)) out.push({ ...joined('org'), type: 'other', label: 'MISC' });
    else { out.push(r); continue; }
    i++;
  }
  return out;
}

/** Whether one-word mention `r`, not a place or a person, and the word `member` after it, one member of a party's family (demonyms.ts isPartyMember), name one member of a party ("Liberal Democrat"). */
function partyNameWithMember(r: RecognizedMention, member: string): boolean {
  return !r.text.includes(' ') && !member.includes(' ') && isPartyMember(member) && r.type !== 'person' && lookupPlace(r.text) === null;
}

/** Whether two mentions are joined by an ampersand: " & " between them, or one space before a mention that opens with "& " ("David Rubin" "& Partners"). */
function ampersandJoined(between: string, second: string): boolean {
  return between === ' & ' || (between === ' ' && second.startsWith('& '));
}

/**
 * What the recogniser reads in a sentence (a span of the prose) when the spans `apart` stand outside every name
 * (ner recognizeApart).
 */
export type ReadApart = (sentence: Span, apart: readonly Span[]) => RecognizedMention[];

/**
 * The pieces of `whole`, each typed as a name of its own where it shows its own type, rather than with the type of
 * the name the recogniser read across them ("Ben Stiller comedy Meet The Parents": "Ben Stiller" a person, not a
 * title): learned heads and given names (a piece ending in an org head is an organisation, endsInOrgHead; one with a
 * person's name's shape a person, hasPersonsNameShape, its first word a given name of the labelled data or of the
 * recogniser's gazetteer), the gazetteer (a known place, lookupPlace), or the
 * recogniser's own reading of the piece in its sentence once the words between the pieces stand outside every name
 * (`readApart`), when it is sure of it (APART_SURE). A piece the recogniser reads alone elsewhere in the article
 * (`readWhole`: the texts of its mentions) is left to those mentions, with which linking groups it ("Lib Dem" after
 * "Tory and Lib Dem"). Otherwise the whole's type, which says what the coordinated names
 * are as a pair ("Fiat and General Motors"). The rest of the pipeline types each piece further as any name: its
 * other mentions (linking, where the piece votes), learned heads (refineMention), known places, works and teams.
 */
function ownTypes(
  whole: RecognizedMention,
  pieces: RecognizedMention[],
  layer: Language,
  readApart: ReadApart | undefined,
  readWhole: ReadonlySet<string>,
): RecognizedMention[] {
  const at = layer.tokenAt(whole.start);
  const sentence = at >= 0 ? layer.sentences[layer.tokens[at].sentence] : undefined;
  const inSentence = !!sentence && whole.end <= sentence.end && pieces.length > 0;
  const apart = inSentence && readApart ? readApart(sentence, pieces.slice(1).map((p, k) => ({ start: pieces[k].end, end: p.start }))) : [];
  return pieces.map((p) => {
    // A name the recogniser reads alone elsewhere in the article: those mentions type it (linking).
    if (endsInOrgHead(p.text) || readWhole.has(p.text)) return p;
    if (hasPersonsNameShape(p.text, opensNames)) return { ...p, type: 'person', label: 'PER' };
    if (lookupPlace(p.text)) return { ...p, type: 'place', label: 'LOC' };
    const own = apart.find((m) => m.start === p.start && m.end === p.end && m.confidence >= APART_SURE);
    return own ? { ...p, type: own.type, label: own.label, confidence: own.confidence } : p;
  });
}

/**
 * A word that opens people's names in the labelled data, or a given name of the recogniser's gazetteer that its
 * lexicon finds mostly capitalised ("Ben", "Christopher"; not "Von", "Grant", "Will").
 */
const opensNames = (word: string) => opensPersonNames(word) || (isGivenName(word) && isMostlyCapitalised(word));

/**
 * How sure the recogniser must be of a piece read apart to type it: its reading of a coordinated name's pieces is
 * otherwise no better than the whole's type (over the BBC corpus, at lower confidence "Google" read a place, "Kyoto
 * Protocol" a place, "Robocop" a place).
 */
const APART_SURE = 0.9;

/**
 * "Lords if Conservative", "Qwest or Verizon", "Phoenix was Amazon", "UK bank Barclays": a word in lower case between
 * two capitalised words of a mention that stands inside no name (insideNoName) cuts it; each side that holds a
 * capitalised word is a mention of its own, with the recogniser's type.
 */
function atWordsOfNoName(r: RecognizedMention, prose: string, layer: Language): RecognizedMention[] {
  const first = layer.tokenAt(r.start);
  if (first < 0) return [r];
  const out: RecognizedMention[] = [];
  let from = r.start;
  for (let i = first + 1; i < layer.tokens.length && layer.tokens[i].end < r.end; i++) {
    if (!insideNoName(layer, prose, i) || !capitalisedBetween(layer, prose, from, i)) continue;
    out.push({ ...r, start: from, end: layer.tokens[i - 1].end, text: prose.slice(from, layer.tokens[i - 1].end) });
    from = layer.tokens[i + 1].start;
  }
  if (from === r.start) return [r];
  const rest = { ...r, start: from, end: r.end, text: prose.slice(from, r.end) };
  return isCapitalised(rest.text) ? [...out, rest] : out;
}

/** Some token from offset `from` up to token `i` (exclusive) is capitalised, and so is token i + 1. */
function capitalisedBetween(layer: Language, prose: string, from: number, i: number): boolean {
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  if (!layer.tokens[i + 1] || !isCapitalised(word(i + 1))) return false;
  for (let k = i - 1; k >= 0 && layer.tokens[k].start >= from; k--) if (isCapitalised(word(k))) return true;
  return false;
}

/**
 * Token i is a word in lower case that stands inside no name: a function word of a class that joins no name's parts
 * (data/entity-function-pos.json `neverInside`: "if", "was", "she"; a conjunction other than "and", which joins "Marks
 * and Spencer": "or", "but"), or a
 * word of an open class (`neverInsideOpen`: "bank", "lose", "well") that copy writes in lower case
 * (data/common-words.txt, learned; foreign particles the tagger reads as nouns, "sans", "della", are not in it), or
 * seldom between two capitalised words (data/outside-name-words.txt, learned: "US magazine Rolling Stone", "Human
 * Rights group Liberty"; "des", "es" stand there in most of their uses).
 */
function insideNoName(layer: Language, prose: string, i: number): boolean {
  const t = layer.tokens[i];
  const word = prose.slice(t.start, t.end);
  // "Internet Corporation for Assigned Names": the words that join a name's parts, whatever the tagger reads them as.
  if (!isLowerInitial(word) || NAME_JOINERS.has(word)) return false;
  if (t.pos === 'CCONJ') return true;
  if (functionPos('neverInside').has(t.pos)) return true;
  return functionPos('neverInsideOpen').has(t.pos) && (readWordList('common-words.txt').has(word) || readWordList('outside-name-words.txt').has(word));
}

/** `r` split across "and" or a comma where the sides are two names; `readAlone(name)`: the recogniser reads it alone. */
function atConjunctions(r: RecognizedMention, prose: string, readAlone: (name: string) => boolean): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  const whole = lookupPlace(r.text) !== null;
  let from = r.start;
  JOIN.lastIndex = 0;
  const text = prose.slice(r.start, r.end);
  // The mention stands in a list: a comma before it, or a comma or "and" and another name after it (the last of a
  // list after "and" holds no comma of the list: "Forest Research and Royal Botanic Gardens, Kew").
  const inList = /,\s*$/u.test(prose.slice(Math.max(0, r.start - 4), r.start)) || /^\s*(?:,|and)\s+(?:the\s+)?\p{Lu}/u.test(prose.slice(r.end, r.end + 40));
  let m: RegExpExecArray | null;
  while ((m = JOIN.exec(text))) {
    const left = prose.slice(from, r.start + m.index);
    const right = prose.slice(r.start + m.index + m[0].length, r.end);
    const headed = endsInOrgHead(left);
    if (!headed && (whole || !twoNames(left, right, m[0], readAlone, inList))) continue;
    out.push({ ...r, start: from, end: r.start + m.index, text: left, ...(headed ? { type: 'org' as const, label: 'ORG' as const } : {}) });
    from = r.start + m.index + m[0].length;
  }
  if (from === r.start) return [r];
  const rest = prose.slice(from, r.end);
  if (!rest.includes(' ') && endsOrgNames(rest)) return out;
  out.push({ ...r, start: from, end: r.end, text: rest });
  return out;
}

/**
 * "the Bank's Monetary Policy Committee", "Channel 4's Supernanny", "Metallica's Madly": a name the recogniser read
 * across a possessive is two, the owner and what it owns, when the owner is a name of its own — read alone elsewhere
 * in the article or the head before "of" of a name read there (`readAlone`: "Bank" of "Bank of England"), or a
 * broadcaster's or body's name that ends in capitals or a number ("BBC2", "Radio 4", "ITV1"; not "US People's Choice
 * Awards") — and what follows is a name too, not one word copy writes in lower case ("Dead Man's Shoes", "Queen's
 * Club", "Information Commissioner's Office", "People's Party" stay whole: their owner is a common noun or their last
 * word is), nor one word and what follows ending in a corporate form ("Sotheby's Holdings Inc."). Only the first
 * possessive followed by a space splits; the owner's "'s" is dropped from both pieces.
 */
function atOwner(r: RecognizedMention, prose: string, readAlone: (name: string) => boolean): RecognizedMention[] {
  const text = prose.slice(r.start, r.end);
  const at = possessiveSpaceIn(text);
  if (at < 0) return [r];
  const owner = text.slice(0, at);
  const rest = text.slice(at + 3);
  const ownerWords = splitAtSpaces(owner);
  const restWords = splitAtSpaces(rest);
  if (!isCapitalised(rest) || (restWords.length === 1 && isOftenLowerCase(rest))) return [r];
  // "Sotheby's Holdings Inc.", "Hudson's Bay Co.": one word's "'s" opening a legal name is the firm's own.
  if (ownerWords.length === 1 && restWords.length >= 2 && isCorporateForm(restWords[restWords.length - 1])) return [r];
  const last = ownerWords[ownerWords.length - 1];
  const named = readAlone(withoutThe(owner)) || isCapitals(last, 2) || hasDigit(last);
  if (!named) return [r];
  return [{ ...r, end: r.start + at, text: owner }, { ...r, start: r.start + at + 3, text: rest }];
}

/**
 * "brought back to the BBC from Channel 4", "the Lords in Labour" (review 127): a name the recogniser read across a
 * preposition in lower case that joins no name's parts (not NAME_JOINERS: "of", "for", "on") is two when the words
 * before the preposition are a name the article reads alone elsewhere (`readAlone`; "Breakfast with Frost", "Investors
 * in People UK", "Right to Life Party" open with no such name and stay whole) and a capitalised word follows it. Only
 * the first such preposition splits; the preposition belongs to neither piece.
 */
function atPreposition(r: RecognizedMention, prose: string, layer: Language, readAlone: (name: string) => boolean): RecognizedMention[] {
  const first = layer.tokenAt(r.start);
  if (first < 0) return [r];
  for (let k = first + 1; k + 1 < layer.tokens.length && layer.tokens[k + 1].end <= r.end; k++) {
    const t = layer.tokens[k];
    const word = prose.slice(t.start, t.end);
    if (t.pos !== 'ADP' || !isLowerInitial(word) || NAME_JOINERS.has(word)) continue;
    const next = layer.tokens[k + 1];
    const left = prose.slice(r.start, layer.tokens[k - 1].end);
    if (!isCapitalised(prose.slice(next.start, next.end)) || !readAlone(left)) return [r];
    return [{ ...r, end: layer.tokens[k - 1].end, text: left }, { ...r, start: next.start, text: prose.slice(next.start, r.end) }];
  }
  return [r];
}

/** `name` without a leading "The " ("The Bank" → "Bank"). */
function withoutThe(name: string): string {
  return name.startsWith('The ') ? name.slice(4) : name;
}

/** Where the first possessive "'s" (or "’s") followed by a space stands in `text`, or -1. */
function possessiveSpaceIn(text: string): number {
  for (let i = 1; i + 3 < text.length; i++) {
    if ((text[i] === "'" || text[i] === '’') && text[i + 1] === 's' && text[i + 2] === ' ') return i;
  }
  return -1;
}

/**
 * `left` is a name of two or more words ending in an org head (learned, refine.ts endsOrgNames, or a noun the labels
 * saw describing bodies, namesBodies); "Department for Education and Skills": a head after "for" or "of" is that
 * phrase's noun, not the name's head.
 */
function endsInOrgHead(left: string): boolean {
  const words = splitAtSpaces(left);
  const last = words[words.length - 1];
  // ("Black Rebel Motorcycle Club and Bloc Party", review 117: a noun the labels saw describing bodies, "club", ends one too.)
  return words.length >= 2 && (endsOrgNames(last) || namesBodies(last.toLowerCase())) && !isLowerInitial(words[words.length - 2]);
}

/**
 * Across "and" (not "and the": "Harry Potter and the Goblet of Fire"), `left` and the name that opens `right` are two:
 * the right repeats the left's words and more ("Outlook and Outlook Express"; "Johnson & Johnson" is no such join), or
 * either side is read alone elsewhere in the article or is a known place, or both end in a party's family name or
 * in the same head of two words or more (sameHead). Across a comma a known place on either side
 * makes one ("Washington, D.C."), and only a side read alone makes two ("Yobo, Stubbs" in a team sheet). Before a name
 * that ends in an org head, a side with no head of its own shares that head ("U.S. Immigration and Naturalization
 * Service"), unless the article reads that side alone ("Innopac and Mobil Corp."). Only the right's words up to the
 * next join are its name. A one-word left side that names a known place with the right's last words shares them
 * ("North and South Carolina").
 */
function twoNames(left: string, right: string, join: string, readAlone: (name: string) => boolean, inList: boolean): boolean {
  if (join.trimEnd().endsWith('the')) return false;
  JOIN_END.lastIndex = 0;
  const next = JOIN_END.exec(right);
  const second = next ? right.slice(0, next.index) : right;
  // ("Innopac and Mobil Corp.": a left side the article names alone is a name of its own, head or none.)
  if (endsInOrgHead(second) && !endsInOrgHead(left) && !readAlone(left)) return false;
  if (join.includes(',')) return (![left, second].some((name) => lookupPlace(name) !== null) && [left, second].some(readAlone)) || listComma(left, second, second === right && !inList);
  if (second.startsWith(`${left} `)) return true;
  // "Smith & Nephew and Ernst & Young": a name joined by its own ampersand is not joined again by "and".
  if (left.includes('&') || second.includes('&')) return true;
  // "the Conservatives and Liberal Democrats": two parties named by their members (data/entity-party-families.txt).
  if (partyFamily(left) && partyFamily(second)) return true;
  if (sharesLastWords(left, second, readAlone)) return false;
  if (sameHead(left, second)) return true;
  return [left, second].some((name) => readAlone(name) || lookupPlace(name) !== null);
}

/**
 * "North and South Carolina", "the Daily and Sunday Telegraph": whether one-word `left` shares the last words of
 * `second` — with them it names a known place (as `second` is one), or a name the article reads alone ("The Daily
 * Telegraph and The Sunday Telegraph", review 99).
 */
function sharesLastWords(left: string, second: string, readAlone: (name: string) => boolean): boolean {
  if (left.includes(' ') || !second.includes(' ')) return false;
  const whole = `${left} ${second.slice(second.indexOf(' ') + 1)}`;
  return (lookupPlace(second) !== null && lookupPlace(whole) !== null) || readAlone(whole);
}

/**
 * "Sony Music and Universal Music", "Leeds General Infirmary and Bradford Royal Infirmary": two names of two words or more
 * each that end in the same capitalised word name two bodies of one kind; one name would not repeat its head (review 122).
 */
function sameHead(left: string, second: string): boolean {
  const a = splitAtSpaces(left);
  const b = splitAtSpaces(second);
  return a.length >= 2 && b.length >= 2 && a[a.length - 1] === b[b.length - 1] && isCapitalised(a[a.length - 1]) && a.join(' ') !== b.join(' ');
}

/** Whether `name` ends in the plural name of a political family ("Conservatives", "Liberal Democrats"; data/entity-party-families.txt). */
function partyFamily(name: string): boolean {
  const words = splitAtSpaces(name);
  return readWordList('entity-party-families.txt').has(words[words.length - 1]);
}
const JOIN_END = /,\s|\s+and\s/gu;

/** Lower-case words after which a comma lists a portfolio inside one name ("Ministry of Economy, Trade and Industry"). */
const PORTFOLIO_OPENERS = /\s(?:of|for|to)\s/u;

/**
 * A comma between two names of a list the recogniser read as one ("House of Fraser, Marks & Spencer", "Lorillard
 * Tobacco, Liggett Group", "Prisoner of Azkaban, Finding Nemo"): a comma inside a name lists a portfolio after "of",
 * "for" or "to" that "and" closes ("Department of the Environment, Food and Rural Affairs", "Global Fund to Fight AIDS,
 * Tuberculosis and Malaria"; or cut short: "Department for Culture, Media"), its next item one word, or adds a qualifier, a word with
 * a full stop or of QUALIFIER_LISTS ("Washington, D.C.", "Washington, DC", "Henry M. Paulson, Jr", "Heritage-Crystal
 * Clean, LLC"), or names the place of an institution of two words or more, one word ending the mention outside any
 * list (`lastAlone`: "Royal Botanic Gardens, Kew"); any other comma separates two names. `left` is the name before the
 * comma, `second` the next name of the mention after it.
 */
function listComma(left: string, second: string, lastAlone: boolean): boolean {
  const words = splitAtSpaces(second);
  // An institution and its place, outside any list ("Royal Botanic Gardens, Kew", "Trinity College, Dublin").
  if (lastAlone && words.length === 1 && splitAtSpaces(left).length >= 2) return false;
  // A portfolio's items are single words ("Economy, Trade and Industry"; "Department for Culture, Media", cut short).
  if (PORTFOLIO_OPENERS.test(` ${left}`) && words.length === 1) return false;
  return !(words.length === 1 && (second.includes('.') || QUALIFIER_LISTS.some((list) => readWordList(list).has(second))));
}

/** Word lists of what a comma adds to a name as a qualifier: a company's designator, a generation, a city's abbreviation ("Washington, DC"). */
const QUALIFIER_LISTS = ['company-designators.txt', 'entity-generational-suffixes.txt', 'city-abbreviations.txt', 'country-abbreviations.txt'];

/** Most partners' names read back over commas before a firm's "A & B" ("Skadden, Arps, Slate, Meagher & Flom": three). */
const PARTNER_REACH = 5;

/**
 * "Donaldson, Lufkin & Jenrette", "Skadden, Arps, Slate, Meagher & Flom": a firm named for its partners lists their
 * surnames with commas and joins the last two with "&", which the recogniser reads as a name or two, a place, a
 * person. A mention whose text opens with one word, " & " and more (after joinKnownPlaces) grows back over the
 * single names before it, each a proper noun of one token with ", " after it (one, or up to PARTNER_REACH before a name
 * ending in a corporate form): one organisation.
 * Not over a place the gazetteer knows ("France, Germany & Italy"), a name `readAlone` says the article uses by itself
 * or the recogniser read alone as a body ("Tesco, Asda, Marks & Spencer"), nor for a name a list goes on after
 * ("…, Marks & Spencer and Boots"). Mentions the grown one covers are dropped; `raws` in text order,
 * UTF-16 offsets into `prose`, which `layer` tags; returns a new array.
 */
export function joinPartnerNames(raws: readonly RecognizedMention[], prose: string, layer: Language, readAlone: (name: string) => boolean): RecognizedMention[] {
  const grown = new Map<RecognizedMention, number>();
  // Single names the recogniser read as bodies of their own: items of a list of firms ("Tesco, Asda, Marks & Spencer").
  const bodies = new Set(raws.filter((r) => r.type === 'org' && !r.text.includes(' ')).map((r) => r.start));
  // Words that end a longer name the recogniser read ("Kinky Afro, McAlmont & Butler": a song, then the duo).
  const inLonger = new Set(raws.filter((r) => r.text.includes(' ')).map((r) => r.end));
  for (const r of raws) {
    const words = splitAtSpaces(r.text);
    if (words.length < 3 || words[1] !== '&' || listGoesOn(prose, r.end)) continue;
    let k = layer.tokenAt(r.start) - 1;
    let start = r.start;
    // (More than one partner before "A & B" only for a firm's legal name, "…, Pierce, Fenner & Smith Inc.": "Boots,
    // Dixons, Marks & Spencer" is a list.)
    const reach = isCorporateForm(words[words.length - 1]) ? PARTNER_REACH : 1;
    for (let n = 0; n < reach && k >= 1 && prose.slice(layer.tokens[k].start, layer.tokens[k].end) === ','; n++, k -= 2) {
      const t = layer.tokens[k - 1];
      const name = prose.slice(t.start, t.end);
      if (t.pos !== 'PROPN' || t.sentence !== layer.tokens[k].sentence || !isCapitalised(name) || hasDigit(name) || name.includes('-') || lookupPlace(name) || readAlone(name) || bodies.has(t.start) || inLonger.has(t.end) || prose.slice(t.end, layer.tokens[k].start) !== '') break;
      start = t.start;
    }
    // (A list stopped the reading at a name before a comma: "Tesco, Asda, Marks & Spencer" is three shops.)
    const stoppedAtComma = k >= 0 && layer.tokens[k].start < start && prose.slice(layer.tokens[k].start, layer.tokens[k].end) === ',';
    if (start < r.start && !stoppedAtComma) grown.set(r, start);
  }
  if (grown.size === 0) return [...raws];
  const spans = [...grown].map(([r, start]) => ({ start, end: r.end }));
  const out: RecognizedMention[] = [];
  for (const r of raws) {
    const start = grown.get(r);
    if (start !== undefined) out.push({ ...r, start, text: prose.slice(start, r.end), type: 'org', label: 'ORG' });
    else if (!spans.some((s) => s.start <= r.start && r.end <= s.end)) out.push(r);
  }
  return out;
}

/**
 * "the Black Gay Men's Advisory Group", "Bow Street Magistrates' Court": a name owned by a plural common noun, which
 * the recogniser reads in two pieces, or only before or after the possessive. At each possessive mark of the layer
 * ("'s", "’s", or "'" after a plural's s) whose owner is a capitalised plural common noun (commonPlural: "Men",
 * "Magistrates") and after which stand capitalised words ending in an organisation's head (refine.ts endsOrgNames or
 * namesBodies: "Advisory Group", "Benevolent Fund", "Court") that are no person's name and open with no place, where a mention covers the owner or those words, one
 * organisation runs from the start of the mention or capitalised words that end at the owner to the end of those
 * words. Not after a name of its own ("the Liberal Democrats' Charles Kennedy", "the Democrats' London Office"), nor a singular
 * owner ("Britain's Labour Party"). `raws` in text order, UTF-16 offsets into `prose`, which `layer` tags; returns a
 * new array (review 123).
 */
export function joinCommonOwners(raws: readonly RecognizedMention[], prose: string, layer: Language): RecognizedMention[] {
  const tokens = layer.tokens;
  const word = (k: number) => prose.slice(tokens[k].start, tokens[k].end);
  const capitalised = (k: number) => tokens[k] !== undefined && (tokens[k].pos === 'PROPN' || tokens[k].pos === 'NOUN') && isCapitalised(word(k));
  const joins: RecognizedMention[] = [];
  for (let m = 1; m + 1 < tokens.length; m++) {
    const mark = word(m);
    const owner = m - 1;
    if (!OWNER_MARKS.has(mark) || tokens[owner].end !== tokens[m].start || tokens[owner].sentence !== tokens[m].sentence) continue;
    if (!capitalised(owner) || !commonPlural(word(owner)) || (mark.length === 1 && !word(owner).toLowerCase().endsWith('s'))) continue;
    let last = m;
    while (capitalised(last + 1) && tokens[last + 1].sentence === tokens[m].sentence) last++;
    if (last === m || !(endsOrgNames(word(last)) || namesBodies(word(last).toLowerCase()))) continue;
    // ("the Liberal Democrats' Charles Kennedy", "the Democrats' New York office": a name of its own after the owner.)
    const owned = prose.slice(tokens[m + 1].start, tokens[last].end);
    if (hasPersonsNameShape(owned, opensNames) || lookupPlace(owned) || (!isOftenLowerCase(word(m + 1)) && lookupPlace(word(m + 1)))) continue;
    const covering = raws.filter((r) => r.start < tokens[last].end && tokens[owner].start < r.end);
    if (covering.length === 0) continue;
    let first = owner;
    while (capitalised(first - 1) && tokens[first - 1].sentence === tokens[m].sentence) first--;
    const start = Math.min(tokens[first].start, ...covering.map((r) => r.start));
    const end = Math.max(tokens[last].end, ...covering.map((r) => r.end));
    joins.push({ ...covering[0], start, end, text: prose.slice(start, end), type: 'org', label: 'ORG' });
  }
  if (joins.length === 0) return [...raws];
  const kept = raws.filter((r) => !joins.some((j) => j.start < r.end && r.start < j.end));
  return [...kept, ...joins].sort((a, b) => a.start - b.start);
}

/** Possessive marks a plural owner may take ("Men's", "Magistrates'"). */
const OWNER_MARKS = new Set(["'s", '’s', "'", '’']);

/** Whether capitalised `word` is a plural common noun ("Men", "Magistrates", "Children"): often written in lower case, and a plural's ending. */
function commonPlural(word: string): boolean {
  const lower = word.toLowerCase();
  return isOftenLowerCase(lower) && (lower.endsWith('s') || lower.endsWith('men') || lower === 'children' || lower === 'people');
}

/** Words after a name that go on with a list it is an item of ("…, Marks & Spencer and Boots"). */
const LIST_WORDS = new Set(['and', 'or']);

/** Whether a list goes on after UTF-16 offset `end` of `prose`: a comma or white space, then "and" or "or". */
function listGoesOn(prose: string, end: number): boolean {
  let i = end;
  while (i < prose.length && (prose[i] === ',' || prose[i] === ' ')) i++;
  let j = i;
  while (j < prose.length && isLowerInitial(prose[j])) j++;
  return LIST_WORDS.has(prose.slice(i, j));
}
