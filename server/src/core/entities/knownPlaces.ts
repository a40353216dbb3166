// Known places the recogniser typed as people ("The Dallas oil and gas concern", "embassies in Nairobi and Dar es
// Salaam"): its gazetteer holds many places whose names are given names too, and it reads them as a person's; and
// towns it typed as organisations (its training data is half sport, where a town is a club).
import { lookupPlace } from './gazetteer';
import { isGazetteerPlace } from './ner';
import { afterCourtesyTitle, opensPersonNames } from './refine';
import { isReportingGroup, languageOf, verbGroupAt, type Language } from '../language';
import { isSportReport } from '../figures/sport';
import { isLowerInitial } from '../text/shape';
import type { Article, EntityMention } from '../types';

/** Prepositions of place whose object, a known place, is read as the place ("embassies in Dar es Salaam"). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'near', 'outside']);

/**
 * Retypes `place` every group (linking.ts) of untagged mentions from the recogniser (`fromRecogniser`) typed person
 * whose every mention is the name of a known place (gazetteer.ts lookupPlace, or the recogniser's gazetteer: ner
 * isGazetteerPlace) and one of which the article uses as a place (placeUse), with no evidence for a person: no
 * courtesy title before a mention ("Mr Lincoln"), no given name that opens people's names in the labelled data
 * ("David", "Mary"; refine.ts opensPersonNames), no person's full name in the group ("Jordan" after "Jordan
 * Henderson"). Sports reports are left to teams.ts ("Chelsea" is a club). Mutates `mentions`.
 */
export function retypeKnownPlaces(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const candidates = mentions.filter((m) => fromRecogniser(m) && m.type === 'person');
  if (candidates.length === 0 || isSportReport(article)) return;
  const layer = languageOf(article);
  const prose = article.prose;
  const place = (m: EntityMention) => fromRecogniser(m) && m.type === 'person' && !opensPersonNames(m.text) && isKnownPlace(m.text) && !afterCourtesyTitle(prose, m.start);
  retypeGroups(mentions, place, (m) => placeUse(layer, prose, m));
}

/**
 * Retypes `place` every group (linking.ts) of untagged mentions from the recogniser (`fromRecogniser`) typed `org`
 * whose every mention is the name of a known place (gazetteer.ts lookupPlace, or the recogniser's gazetteer: ner
 * isGazetteerPlace) and one of which the article sets in a place (townUse: "gather in Blackpool", "Exeter, England"),
 * when no mention speaks ("Halifax said house prices rose": a reporting verb group, language isReportingGroup, right
 * after it). The recogniser learned many towns as football clubs (CoNLL-2003 is half sport); outside sports reports a
 * town is a place, and LABELLING.md types a town standing for its council a place too. Firms named after places
 * ("Orange", "Halifax", "Delta") keep their type unless the article itself puts them in a place. Sports reports are
 * left to teams.ts. Mutates `mentions`; never throws.
 */
export function retypeKnownTowns(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const town = (m: EntityMention) => fromRecogniser(m) && m.type === 'org' && isKnownPlace(m.text);
  if (!mentions.some(town) || isSportReport(article)) return;
  const layer = languageOf(article);
  const prose = article.prose;
  retypeGroups(mentions, (m) => town(m) && !speaks(layer, m), (m) => townUse(layer, prose, m));
}

/** A name of a known place: gazetteer.ts lookupPlace, or the recogniser's gazetteer (ner isGazetteerPlace). */
export function isKnownPlace(name: string): boolean {
  return lookupPlace(name) !== null || isGazetteerPlace(name);
}

/** Retypes `place` every group (linking.ts) of `mentions` whose every mention is a `member` and one of which is `used` as a place. */
function retypeGroups(mentions: readonly EntityMention[], member: (m: EntityMention) => boolean, used: (m: EntityMention) => boolean): void {
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) {
    const list = groups.get(m.group);
    if (list) list.push(m);
    else groups.set(m.group, [m]);
  }
  for (const list of groups.values()) if (list.every(member) && list.some(used)) for (const m of list) m.type = 'place';
}

/**
 * The article sets mention `m` in a place: after a preposition of place (PLACE_PREPOSITIONS but "at", which also names
 * an employer: "engineers at Toyota") that no noun governs ("a stake in Orange" is a share of a firm), joined by "and"
 * or "or" to a one-word known place ("Birmingham and Newcastle"), or before a comma and a known place ("Exeter,
 * England").
 */
function townUse(layer: Language, prose: string, m: EntityMention): boolean {
  const first = layer.tokenAt(m.start);
  const last = layer.tokenAt(m.end - 1);
  if (first < 2 || last < 0) return false;
  const word = (k: number) => (layer.tokens[k] ? prose.slice(layer.tokens[k].start, layer.tokens[k].end) : '');
  const preposition = word(first - 1);
  if (layer.tokens[first - 1].pos === 'ADP' && preposition !== 'at' && PLACE_PREPOSITIONS.has(preposition)) return layer.tokens[first - 2].pos !== 'NOUN';
  // "will move to Birmingham and Newcastle" (review 87): joined by "and" or "or" to one word that is a known place.
  const joinedPlace = (join: number, other: number) => COORDINATORS.has(word(join)) && layer.tokens[other]?.pos === 'PROPN' && isKnownPlace(word(other))
    && layer.tokens[other + (other < join ? -1 : 1)]?.pos !== 'PROPN';
  if (joinedPlace(first - 1, first - 2) || joinedPlace(last + 1, last + 2)) return true;
  return word(last + 1) === ',' && lookupPlace(word(last + 2)) !== null;
}

/** Words that join two names as one list's items. */
const COORDINATORS: ReadonlySet<string> = new Set(['and', 'or']);

/** A reporting verb group (language isReporting) begins right after mention `m`: "Halifax said", "Orange reported". */
function speaks(layer: Language, m: EntityMention): boolean {
  const group = verbGroupAt(layer, layer.tokenAt(m.end - 1) + 1);
  return !!group && group.first === layer.tokenAt(m.end - 1) + 1 && isReportingGroup(layer, group);
}

/**
 * The article uses mention `m` as a place: after a preposition of place (PLACE_PREPOSITIONS), before a comma and a
 * known place ("Dar es Salaam, Tanzania"), or between a determiner and a common noun it modifies ("The Dallas oil and
 * gas concern").
 */
function placeUse(layer: Language, prose: string, m: EntityMention): boolean {
  const first = layer.tokenAt(m.start);
  const last = layer.tokenAt(m.end - 1);
  if (first < 1 || last < 0) return false;
  const word = (k: number) => (layer.tokens[k] ? prose.slice(layer.tokens[k].start, layer.tokens[k].end) : '');
  const before = layer.tokens[first - 1];
  const after = layer.tokens[last + 1];
  if (before.pos === 'ADP' && PLACE_PREPOSITIONS.has(word(first - 1))) return true;
  if (word(last + 1) === ',' && lookupPlace(word(last + 2)) !== null) return true;
  return before.pos === 'DET' && after?.pos === 'NOUN' && isLowerInitial(word(last + 1));
}
