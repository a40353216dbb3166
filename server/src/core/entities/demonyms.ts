// Names of the people of a place ("Londoners", "New Yorkers", "Parisians"), of a faith ("Muslim", "Catholics"), of a
// people or a language ("Kurds", "Hebrew"): LABELLING.md types nationalities and such group names `other`, which no rule
// flags. Read from the place gazetteer and the regular English suffixes, and from data/entity-faiths.txt and
// data/entity-peoples-languages.txt. Names of a party's members ("the Tories") stand for
// the party instead, `org` (data/entity-party-families.txt).
import { lookupPlace } from './gazetteer';
import { isGivenName, isNationality, type RecognizedMention } from './ner';
import { readWordList } from '../dataFiles';
import { splitAtSpaces } from './nameShape';
import { isCapitalised, isLowerInitial } from '../text/shape';
import type { Language } from '../language';

/** Plural suffixes that make a place's name into its people's ("London" + "ers", "Paris" + "ians"), longest first. */
const DEMONYM_SUFFIXES = ['ians', 'ers'];

/**
 * `m` typed `other` (MISC) when its text is a place of the gazetteer (gazetteer.ts lookupPlace) with a demonym suffix
 * (DEMONYM_SUFFIXES) — "Londoners", "New Yorkers", "Parisians" — else `m` unchanged. A name that is itself a place
 * ("Manchester") and one read as a person's ("Walkers": a family) are kept as they are.
 */
export function asDemonym(m: RecognizedMention): RecognizedMention {
  if (m.type === 'other' || m.type === 'person' || lookupPlace(m.text)) return m;
  const suffix = DEMONYM_SUFFIXES.find((s) => m.text.endsWith(s) && m.text.length > s.length + 2);
  if (!suffix || !lookupPlace(m.text.slice(0, -suffix.length))) return m;
  return { ...m, type: 'other', label: 'MISC' };
}

/**
 * Endings of a compass adjective and of a people's noun ("Eastern", "Irishman", "Englishmen"); not "-an" or "-ic",
 * which end places too ("West Lothian", "the Eastern Mediterranean", "the North Atlantic").
 */
const ADJECTIVE_ENDINGS = ['ern', 'man', 'men'];

/**
 * `m` typed `other` (MISC) when it is two words, a region's opener of data/entity-region-openers.txt and a word with
 * a compass adjective's or a people's ending (ADJECTIVE_ENDINGS), a place's name + "ese" ("South Sudanese") or a
 * nationality of the recogniser's gazetteer: "Middle Eastern", "Northern Irishman", "North American" are group
 * adjectives and nouns, not places or bodies. A place of the gazetteer ("South Africa") and a person's name are kept.
 */
export function asRegional(m: RecognizedMention): RecognizedMention {
  const words = splitAtSpaces(m.text);
  if (m.type === 'other' || m.type === 'person' || words.length !== 2 || lookupPlace(m.text) || !readWordList('entity-region-openers.txt').has(words[0])) return m;
  const word = words[1];
  const peoples = word.endsWith('ese') && (!!lookupPlace(word.slice(0, -3)) || !!lookupPlace(`${word.slice(0, -3)}a`));
  return ADJECTIVE_ENDINGS.some((e) => word.endsWith(e)) || peoples || isNationality(word) ? { ...m, type: 'other', label: 'MISC' } : m;
}

/**
 * `m` typed `other` (MISC) when it is one word made of a prefix of data/entity-name-prefixes.txt, a hyphen and a
 * capitalised name ("Anti-Castro", "pro-Kremlin", "Post-Soviet"): an adjective formed from the name, not the name;
 * else `m` unchanged.
 */
export function asPrefixed(m: RecognizedMention): RecognizedMention {
  const hyphen = m.text.indexOf('-');
  if (m.type === 'other' || hyphen < 2 || m.text.includes(' ')) return m;
  const after = m.text[hyphen + 1] ?? '';
  if (after.toLowerCase() === after || !readWordList('entity-name-prefixes.txt').has(m.text.slice(0, hyphen).toLowerCase())) return m;
  return { ...m, type: 'other', label: 'MISC' };
}

/** Whether `word`, or its singular ("Kurds", "Gypsies"), is in the word list `file`. */
function inGroupList(file: string, word: string): boolean {
  const list = readWordList(file);
  return list.has(word) || (word.endsWith('s') && list.has(word.slice(0, -1))) || (word.endsWith('ies') && list.has(`${word.slice(0, -3)}y`));
}

/** A religion or the word for its adherents, singular or plural (data/entity-faiths.txt: "Muslim", "Catholics"). */
const isFaithWord = (word: string): boolean => inGroupList('entity-faiths.txt', word);

/** A language or a people, singular or plural (data/entity-peoples-languages.txt: "Hebrew", "Kurds", "Gypsies"). */
const isPeopleWord = (word: string): boolean => inGroupList('entity-peoples-languages.txt', word);

/**
 * `m` typed `other` (MISC) when its words are all faith, people or language words (isFaithWord, isPeopleWord) or
 * nationalities of the recogniser's gazetteer, one at least of the first kinds: "Muslim", "Sikhs", "Pakistani Muslim",
 * "Greek Orthodox", "Hebrew", "Kurds". A name with another
 * word is a body's or a person's and keeps its type ("Muslim Council of Britain", "Catholic Church", "Christian
 * Democrats", "Christian Slater"), and so does a given name alone that the recogniser read as a person ("Christian
 * said"; a language or people word is typed `other` even so: "Gypsy").
 */
export function asFaith(m: RecognizedMention): RecognizedMention {
  if (m.type === 'other') return m;
  const words = splitAtSpaces(m.text);
  const groupWord = (w: string) => isFaithWord(w) || isPeopleWord(w);
  if (!words.some(groupWord) || !words.every((w) => groupWord(w) || isNationality(w))) return m;
  if (m.type === 'person' && words.length === 1 && isGivenName(words[0]) && !isPeopleWord(words[0])) return m;
  return { ...m, type: 'other', label: 'MISC' };
}

/**
 * Whether `word` (as written) is one member of a political family: the singular of a plural of
 * data/entity-party-families.txt ("Republican" of "Republicans", "Tory" of "Tories").
 */
export function isPartyMember(word: string): boolean {
  const families = readWordList('entity-party-families.txt');
  return families.has(`${word}s`) || (word.endsWith('y') && families.has(`${word.slice(0, -1)}ies`));
}

/**
 * "one grandstanding Indiana Republican", "a Texas Democrat": a known place (gazetteer.ts lookupPlace) and one member
 * of a political family (the singular of a plural of data/entity-party-families.txt) describe a person, and name no
 * one: the mention is cut to the place (review 70). Null when `m` is no such pair.
 */
function placeOfPartyMember(m: RecognizedMention): RecognizedMention | null {
  const words = splitAtSpaces(m.text);
  const last = words[words.length - 1];
  if (words.length < 2 || !isPartyMember(last)) return null;
  const place = m.text.slice(0, m.text.lastIndexOf(last)).trimEnd();
  if (!lookupPlace(place)) return null;
  return { ...m, end: m.start + place.length, text: place, type: 'place', label: 'LOC' };
}

/**
 * `m` typed `org` (ORG) when the recogniser typed it `other` and its words are capitalised and end in a plural name
 * of a political family (data/entity-party-families.txt): "the Tories say", "gains from the Conservatives", "Lib Dems",
 * "Liberal Democrats". Such a plural stands for the party, which LABELLING.md types org (the CoNLL-2003 data the
 * recogniser learned from tags it MISC). So does a name of two or more words read as a person or a place ("the Ulster
 * Unionists", review 70). A place and one party member ("Indiana Republican") is cut to the place
 * (placeOfPartyMember). Else `m` unchanged.
 */
export function asPartyMembers(m: RecognizedMention): RecognizedMention {
  const placed = placeOfPartyMember(m);
  if (placed) return placed;
  const words = splitAtSpaces(m.text);
  // ("the Ulster Unionists", read as a place: a party's name of two or more words is the party whatever it was read as.)
  if (m.type === 'org' || (m.type !== 'other' && words.length < 2)) return m;
  if (!words.every((w) => isCapitalised(w)) || !readWordList('entity-party-families.txt').has(words[words.length - 1])) return m;
  return { ...m, type: 'org', label: 'ORG' };
}

/**
 * "The Welsh scrum", "a French court": a nationality of the recogniser's gazetteer (ner isNationality) or of
 * data/entity-nationality-adjectives.txt (which holds those it lacks: "Welsh", "Scottish", "European") alone, right
 * before a word the tagger reads as a common noun (`layer`, the article's linguistic layer), is an adjective of
 * nationality, typed `other` (LABELLING types nationalities so), whatever the recogniser made of it ("Welsh" is a
 * surname too: "Welsh said" keeps it). `m` unchanged otherwise.
 */
export function asNationalityAdjective(m: RecognizedMention, layer: Language, prose: string): RecognizedMention {
  if (m.type === 'other' || m.text.includes(' ') || !(isNationality(m.text) || readWordList('entity-nationality-adjectives.txt').has(m.text))) return m;
  const k = layer.tokenAt(m.start);
  const next = k >= 0 ? layer.tokens[k + 1] : undefined;
  if (!next || layer.tokens[k].end !== m.end || next.pos !== 'NOUN' || !isLowerInitial(prose.slice(next.start, next.end))) return m;
  return { ...m, type: 'other', label: 'MISC' };
}

/**
 * "Tory Shadow Chancellor Oliver Letwin", "a Tory MP": one member of a political family (the singular of a plural of
 * data/entity-party-families.txt) alone, right before a noun or a name (`layer`, the article's linguistic layer), is
 * the party's adjective, typed `other` (MISC) as the CoNLL-2003 data the recogniser learned from types it, when the
 * recogniser read it as a person or a place (review 118: "Tory" a person). So is a faith word that is a given name too
 * (isFaithWord) right before a common noun in lower case ("But Christian groups say", review 120; "Christian Slater"
 * keeps his name). Else `m` unchanged.
 */
export function asPartyAdjective(m: RecognizedMention, layer: Language, prose: string): RecognizedMention {
  if ((m.type !== 'person' && m.type !== 'place') || m.text.includes(' ')) return m;
  const party = isPartyMember(m.text);
  if (!party && !isFaithWord(m.text)) return m;
  const k = layer.tokenAt(m.start);
  const next = k >= 0 ? layer.tokens[k + 1] : undefined;
  if (!next || layer.tokens[k].end !== m.end) return m;
  const noun = next.pos === 'NOUN' && isLowerInitial(prose.slice(next.start, next.end));
  return noun || (party && (next.pos === 'NOUN' || next.pos === 'PROPN')) ? { ...m, type: 'other', label: 'MISC' } : m;
}
