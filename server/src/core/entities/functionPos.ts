// The parts of speech the entity finder reads as function words, from data/entity-function-pos.json.
import { readDataJson } from '../dataFiles';
import type { Upos } from '../language';

/**
 * Which function words: `neverName`, words that are never a name on their own (a pronoun and its clitic, "She’ll",
 * "Alternatively"); `headline`, words left out of the count of a headline mention's words; `opening`, words
 * capitalised only because they open a sentence or quotation ("Neither", "If", "However"; a determiner other than an
 * article: "The Times" keeps its); `neverInside`, words in lower case that stand inside no name ("if", "was", "she"), and
 * `neverInsideOpen`, open classes whose words copy writes in lower case stand inside none either ("bank", "lose");
 * `openingCommon`, what a capitalised word that opens a sentence is read as when it is no name ("Retaliating").
 */
export type FunctionPosList = 'neverName' | 'headline' | 'opening' | 'neverInside' | 'neverInsideOpen' | 'openingCommon';

let lists: Record<FunctionPosList, ReadonlySet<Upos>> | null = null;

/** The parts of speech of one list of data/entity-function-pos.json (read once). */
export function functionPos(list: FunctionPosList): ReadonlySet<Upos> {
  if (!lists) {
    const json = readDataJson<Record<FunctionPosList, Upos[]>>('entity-function-pos.json');
    lists = {
      neverName: new Set(json.neverName),
      headline: new Set(json.headline),
      opening: new Set(json.opening),
      neverInside: new Set(json.neverInside),
      neverInsideOpen: new Set(json.neverInsideOpen),
      openingCommon: new Set(json.openingCommon),
    };
  }
  return lists[list];
}
