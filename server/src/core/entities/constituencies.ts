// Electoral areas: "the Glasgow Kelvin MP", "the constituency of Bethnal Green and Bow", "St Dunstan's and Stepney
// Green ward". The recogniser reads their pieces apart and types them by their words ("Kelvin" a person, "Bethnal
// Green" other); the noun beside them (data/entity-constituency-nouns.txt) says they name one area, a place.
import { readWordList } from '../dataFiles';
import { isCapitalised } from '../text/shape';
import type { EntityMention } from '../types';
import { isKnownPlace } from './knownPlaces';
import { splitAtSpaces } from './nameShape';
import { endsOrgNames, opensPersonNames } from './refine';

/** What may join two pieces of one area's name: "Bethnal Green and Bow", "St Dunstan's and Stepney Green". */
const JOINS = new Set([' and ', "'s and ", '’s and ', ' & ']);

const constituencyNouns = (): ReadonlySet<string> => readWordList('entity-constituency-nouns.txt');

/** The word after `end` in `prose` (after one space), or ''. */
function wordAfter(prose: string, end: number): string {
  if (prose[end] !== ' ') return '';
  let k = end + 1;
  while (k < prose.length && prose[k] !== ' ' && prose[k] !== ',' && prose[k] !== '.' && prose[k] !== ';') k++;
  return prose.slice(end + 1, k);
}

/** Whether "constituency of " or "ward of " (a noun of the list, then "of") ends right before `start`. */
function afterNounOf(prose: string, start: number): boolean {
  const before = prose.slice(Math.max(0, start - 20), start);
  if (!before.endsWith(' of ')) return false;
  const words = splitAtSpaces(before.trim());
  return words.length >= 2 && constituencyNouns().has(words[words.length - 2].toLowerCase());
}

/** Whether the name's first word is a known place (gazetteer.ts lookupPlace, or the recogniser's gazetteer). */
const opensWithPlace = (m: EntityMention) => { const first = splitAtSpaces(m.text)[0]; return isKnownPlace(first); };

/** A name alone before "MP" that is an area: it opens with a known place ("Glasgow Kelvin") and ends as no body's ("UK Independence Party"). */
function loneArea(m: EntityMention): boolean {
  return opensWithPlace(m) && !endsOrgNames(splitAtSpaces(m.text).at(-1) ?? '');
}

/**
 * A piece of a joined area's name: a place, a name opening with a known place ("Slough"), or a name of two or more
 * words read as no body and as no one with a given name ("Bethnal Green", "Stepney Green"); not a party or an
 * adjective ("Tory and Lib Dem MPs", "Scottish and Welsh MPs"), nor a person ("Tony Blair and Gordon Brown MPs").
 */
function areaPiece(m: EntityMention): boolean {
  const words = splitAtSpaces(m.text);
  if (readWordList('entity-party-families.txt').has(words[words.length - 1])) return false;
  if (m.type === 'place' || opensWithPlace(m)) return true;
  return words.length >= 2 && m.type !== 'org' && !(m.type === 'person' && opensPersonNames(words[0]));
}

/**
 * Joins and retypes electoral areas among `mentions` (sorted by start; untagged ones from the recogniser, as
 * `fromRecogniser` says): a run of capitalised mentions joined by "and" (JOINS) that a constituency noun follows ("…
 * Stepney Green ward") or that "constituency of" opens is one place when every piece may be part of an area's name
 * (areaPiece); so is a lone mention before such a noun that opens with a known place (loneArea: "the Glasgow Kelvin
 * MP"). Mutates `mentions` (pieces are replaced by the joined mention); never throws.
 */
export function joinConstituencies(mentions: EntityMention[], prose: string, fromRecogniser: (m: EntityMention) => boolean): void {
  for (let i = 0; i < mentions.length; i++) {
    if (!fromRecogniser(mentions[i]) || !isCapitalised(mentions[i].text)) continue;
    let j = i;
    while (j + 1 < mentions.length && fromRecogniser(mentions[j + 1]) && JOINS.has(prose.slice(mentions[j].end, mentions[j + 1].start))) j++;
    const last = mentions[j];
    const area = constituencyNouns().has(wordAfter(prose, last.end)) || (j > i && afterNounOf(prose, mentions[i].start));
    if (!area) continue;
    const pieces = mentions.slice(i, j + 1);
    if (j === i ? !loneArea(mentions[i]) : !pieces.every(areaPiece)) continue;
    const joined: EntityMention = { ...mentions[i], end: last.end, text: prose.slice(mentions[i].start, last.end), type: 'place', confidence: Math.min(...pieces.map((m) => m.confidence)) };
    mentions.splice(i, j - i + 1, joined);
  }
}
