// Known places the recogniser typed as people ("The Dallas oil and gas concern", "embassies in Nairobi and Dar es
// Salaam"): its gazetteer holds many places whose names are given names too, and it reads them as a person's.
import { lookupPlace } from './gazetteer';
import { isGazetteerPlace } from './ner';
import { afterCourtesyTitle, opensPersonNames } from './refine';
import { languageOf, type Language } from '../language';
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
  const groups = new Map<string, EntityMention[]>();
  for (const m of mentions) groups.set(m.group, [...(groups.get(m.group) ?? []), m]);
  const layer = languageOf(article);
  const prose = article.prose;
  const place = (m: EntityMention) => fromRecogniser(m) && m.type === 'person' && !opensPersonNames(m.text) && (lookupPlace(m.text) !== null || isGazetteerPlace(m.text));
  for (const list of groups.values()) {
    if (list.every((m) => place(m) && !afterCourtesyTitle(prose, m.start)) && list.some((m) => placeUse(layer, prose, m))) for (const m of list) m.type = 'place';
  }
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
