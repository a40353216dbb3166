// Sides named after places in sports reports ("England beat France 24-17", "his club side, Gloucester"): LABELLING.md
// types teams `org`, while the recogniser, trained on CoNLL-2003 (which calls them LOC), reads them as places. The
// cue is read from the linguistic layer: a verb of a match (data/sport-team-verbs.txt) whose subject or object the
// name is, "against"/"v" before it, or a score beside it; the type then holds for every mention of that name.
import { readWordList } from '../dataFiles';
import { languageOf, type Language } from '../language';
import { isSportReport } from '../figures/sport';
import type { Article, EntityMention } from '../types';

/** Words before a name that make it one side of a match ("against France", "England v Wales"). */
const OPPONENT_BEFORE = new Set(['against', 'versus', 'vs', 'v']);
/** Match verbs whose object is a title or an event rather than a side ("won the Boston Marathon", "led the race"). */
const OBJECT_NOT_SIDE = new Set(['win', 'lead']);
/** Words before a ground's name: "at Stamford Bridge 3-1". */
const VENUE_BEFORE = new Set(['at', 'in']);
/** Nouns that a city before them may only place: "the London club" is some club of London. */
const CLUB_NOUNS = new Set(['club', 'side', 'team']);
/** A score as the layer writes it ("24-17", "3-1"). */
const SCORE = /^\d{1,3}[-–]\d{1,3}$/;
/** How far, in tokens, a match verb may stand after its subject ("England, who led at half-time, beat") is not read: only the next word or two. */
const VERB_REACH = 2;

/**
 * Retypes as `org` every untagged place mention whose source is the recogniser (`fromRecogniser`) in an article the
 * sports genre model reads as a sports report (figures/sport.ts), when one mention of its group (linking.ts) is a side
 * in a match: subject of a match verb within VERB_REACH words ("England beat", "Ireland have drawn", "his club side,
 * Gloucester, beat"), its object ("beat France", "face Gloucester"), after "against", "v" or "versus", beside a score
 * ("Wales 24-17"), or before a noun of data/sport-team-nouns.txt ("England tight-head prop", "England's squad") or
 * after one and a comma ("his club side, Gloucester"). Mutates `mentions`; never throws.
 */
export function retypeTeams(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const candidates = mentions.filter((m) => fromRecogniser(m) && m.type === 'place');
  if (candidates.length === 0 || !isSportReport(article)) return;
  const layer = languageOf(article);
  const cues = { verbs: readWordList('sport-team-verbs.txt'), nouns: readWordList('sport-team-nouns.txt') };
  const sides = new Set(candidates.filter((m) => isSide(layer, article.prose, m, cues)).map((m) => m.group));
  for (const m of candidates) if (sides.has(m.group)) m.type = 'org';
}

function isSide(layer: Language, prose: string, m: EntityMention, cues: { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> }): boolean {
  const { verbs, nouns } = cues;
  const first = layer.tokenAt(m.start);
  if (first < 0) return false;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].start < m.end) last++;
  const sentence = layer.tokens[first].sentence;
  const at = (i: number) => (i >= 0 && i < layer.tokens.length && layer.tokens[i].sentence === sentence ? layer.tokens[i] : undefined);
  const word = (i: number) => { const t = at(i); return t ? prose.slice(t.start, t.end).toLowerCase() : ''; };
  // Before it: "against France", "beat France", "beat the Wallabies"; a score "24-17 Wales".
  let b = first - 1;
  if (at(b)?.pos === 'DET') b--;
  if (OPPONENT_BEFORE.has(word(b)) || SCORE.test(word(b))) return true;
  const before = at(b);
  // Not the object of "win" or "lead": a title or an event ("won the Boston Marathon").
  if (before && before.pos === 'VERB' && verbs.has(before.lemma) && !OBJECT_NOT_SIDE.has(before.lemma)) return true;
  // "his club side, Gloucester": a side's noun, then a comma.
  if (word(first - 1) === ',' && nouns.has(word(first - 2))) return true;
  // After it: "England beat", "Ireland have drawn", "Wales 24-17", "England tight-head prop", "England's squad".
  // Not a ground: "at Stamford Bridge 3-1".
  if (SCORE.test(word(last + 1)) && !VENUE_BEFORE.has(word(first - 1))) return true;
  let n = last + 1;
  const owner = word(n) === "'s" || word(n) === '’s';
  if (owner) n++;
  const noun = nouns.has(word(n)) ? word(n) : at(n)?.pos === 'ADJ' && nouns.has(word(n + 1)) ? word(n + 1) : null;
  // "the London club", "a Madrid side": after a determiner, a city that places a club it does not name.
  if (noun && (owner || !CLUB_NOUNS.has(noun) || at(first - 1)?.pos !== 'DET')) return true;
  // "Gloucester, beat Bath": the name as an appositive subject.
  const verbAt = word(last + 1) === ',' && word(first - 1) === ',' ? last + 2 : last + 1;
  for (let k = verbAt; k <= verbAt + VERB_REACH - 1; k++) {
    const t = at(k);
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) break;
    if (t.pos === 'VERB' && verbs.has(t.lemma)) return true;
  }
  return false;
}
