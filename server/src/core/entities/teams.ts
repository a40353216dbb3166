// Sides named after places in sports reports ("England beat France 24-17", "his club side, Gloucester"): LABELLING.md
// types teams `org`, while the recogniser, trained on CoNLL-2003 (which calls them LOC), reads them as places. The
// cue is read from the linguistic layer: a verb of a match (data/sport-team-verbs.txt) whose subject or object the
// name is, "against"/"v" before it, a score beside it, or a player's name after its possessive; the type then holds
// for every mention of that name.
import { readWordList } from '../dataFiles';
import { languageOf, type Language, type Token } from '../language';
import { isSportReport } from '../figures/sport';
import type { Article, EntityMention } from '../types';
import { isScore } from './nameShape';
import { lookupPlace } from './gazetteer';
import { hasDigit, wordsOf } from '../text/shape';

/** Words before a name that make it one side of a match ("against France", "England v Wales"). */
const OPPONENT_BEFORE = new Set(['against', 'versus', 'vs', 'v']);
/** Match verbs whose object is a title or an event rather than a side ("won the Boston Marathon", "led the race"). */
const OBJECT_NOT_SIDE = new Set(['win', 'lead']);
/** Words before a ground's name: "at Stamford Bridge 3-1". */
const VENUE_BEFORE = new Set(['at', 'in']);
/** Nouns that a city before them may only place: "the London club" is some club of London. */
const CLUB_NOUNS = new Set(['club', 'side', 'team']);
/** How far, in tokens, a match verb may stand after its subject ("England, who led at half-time, beat") is not read: only the next word or two. */
const VERB_REACH = 2;

/**
 * Retypes as `org` every untagged place mention whose source is the recogniser (`fromRecogniser`) in an article the
 * sports genre model reads as a sports report (figures/sport.ts), when one mention of its group (linking.ts) is a side
 * in a match: subject of a match verb within VERB_REACH words ("England beat", "Ireland have drawn", "his club side,
 * Gloucester, beat"), its object ("beat France", "face Gloucester"), after "against", "v" or "versus", beside a score
 * ("Wales 24-17"), or before a noun of data/sport-team-nouns.txt ("England tight-head prop", "England's squad") or
 * after one and a comma ("his club side, Gloucester"), or in brackets right after a player's name, as a team sheet gives
 * a player's club ("M Tait (Newcastle), J Noon (Newcastle)"), or in its possessive before a player's name
 * ("Leicester's Harry Ellis"; not a country's, ownsPlayer) once another cue found a side. Mutates `mentions`; never
 * throws.
 */
export function retypeTeams(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const oneWordPeople = oneWordGroups(mentions);
  const candidates = mentions.filter((m) => fromRecogniser(m) && (m.type === 'place' || (m.type === 'person' && oneWordPeople.has(m.group))));
  if (candidates.length === 0 || !isSportReport(article)) return;
  const layer = languageOf(article);
  const cues: Cues = { verbs: readWordList('sport-team-verbs.txt'), nouns: readWordList('sport-team-nouns.txt') };
  const players = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.end));
  const playerStarts = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.start));
  // A one-word name read as a person is a side only by what no player is: a side's noun after it, not owned ("Chelsea
  // manager", not "Souness's side"), "v" before it, or a club's bracket after a player's name; a player also scores,
  // beats and plays against.
  const side = (m: EntityMention) => (m.type === 'person' ? clubCue(layer, article.prose, m, cues) : isSide(layer, article.prose, m, cues)) || playersClub(article.prose, m, players);
  const sides = new Set(candidates.filter(side).map((m) => m.group));
  // "who replaced Leicester's Harry Ellis": a player's club by its possessive, once the report is of a game between
  // sides (one side found above); in a report of athletes, "Trinidad's Hasely Crawford" is where he is from.
  if (sides.size > 0) for (const m of candidates) if (ownsPlayer(article.prose, m, playerStarts)) sides.add(m.group);
  // (A club by its name too: a mention of it not yet linked to its group.)
  const clubNames = new Set(mentions.filter((o) => o.type === 'org' || sides.has(o.group)).map((o) => o.text));
  const clubs = mentions.filter((o) => clubNames.has(o.text));
  for (const m of candidates) if (m.type === 'place' && transferredFrom(layer, article.prose, m, clubs)) sides.add(m.group);
  // "Switzerland, Ireland, France and Israel are all now tied on five points": a side's list holds only sides.
  // ("games in France, Britain and Ireland" lists places.) So does a fixture's choice of sides: "Burnley or Blackburn v
  // Leicester", where the recogniser read Blackburn as a body and Burnley as a place (review 86).
  const candidateSet = new Set(candidates);
  const listed = mentions.filter((o) => fromRecogniser(o) && (o.type === 'org' || candidateSet.has(o)));
  const isListedSide = (m: EntityMention) => sides.has(m.group) || (m.type === 'org' && (isSide(layer, article.prose, m, cues) || clubCue(layer, article.prose, m, cues)));
  for (const list of listsOf(listed, article.prose)) {
    const before = layer.tokens[layer.tokenAt(list[0].start) - 1];
    // (A person in the list is a side only by a cue of its own: "Ronaldo and England captain David Beckham".)
    if (list.some(isListedSide) && !(before && VENUE_BEFORE.has(article.prose.slice(before.start, before.end).toLowerCase()))) for (const m of list) if (m.type === 'place') sides.add(m.group);
  }
  for (const m of candidates) if (sides.has(m.group)) m.type = 'org';
}

/** Lemmas of a player's move between clubs ("moved to Chelsea from Anderlecht", "joined Arsenal from Lyon"). */
const TRANSFER_LEMMAS = new Set(['join', 'sign', 'move', 'transfer', 'loan']);

/**
 * "he moved to Chelsea for £2.25m from Anderlecht": place mention `m` right after "from", in a sentence with a verb of
 * a player's move (TRANSFER_LEMMAS) and another club among `clubs`, is the club he left; not a country or capital of
 * the gazetteer ("signed from Brazil").
 */
function transferredFrom(layer: Language, prose: string, m: EntityMention, clubs: readonly EntityMention[]): boolean {
  const i = layer.tokenAt(m.start);
  if (i < 1 || prose.slice(layer.tokens[i - 1].start, layer.tokens[i - 1].end).toLowerCase() !== 'from' || lookupPlace(m.text)) return false;
  const sentence = layer.sentences[layer.tokens[i].sentence];
  let moved = false;
  for (let k = sentence.first; k <= sentence.last && !moved; k++) moved = layer.tokens[k].pos === 'VERB' && TRANSFER_LEMMAS.has(layer.tokens[k].lemma);
  return moved && clubs.some((o) => o.group !== m.group && o.start >= sentence.start && o.end <= sentence.end);
}

/**
 * Groups (linking.ts) of untagged mentions read as people whose every mention is one word: "Chelsea
 * won … Chelsea face Barcelona". News gives a player's full name at first mention ("Roger Federer" … "Federer"), a
 * club none, so such a group that is a side in a match is a club the recogniser took for a given name.
 */
function oneWordGroups(mentions: readonly EntityMention[]): Set<string> {
  const out = new Set<string>();
  const named = new Set<string>();
  for (const m of mentions) {
    if (m.type !== 'person') continue;
    if (wordsOf(m.text).length > 1 || m.tagged) named.add(m.group);
    else out.add(m.group);
  }
  for (const g of named) out.delete(g);
  // "Katerina Thanou" read apart from "Thanou" (another group, another type) still names her.
  const surnames = new Set(mentions.filter((m) => wordsOf(m.text).length > 1).map((m) => wordsOf(m.text).pop()!));
  for (const m of mentions) if (out.has(m.group) && surnames.has(m.text)) out.delete(m.group);
  return out;
}

/** A possessive and one space after a name ("Leicester's Harry Ellis"), straight or curly. */
const OWNER_BEFORE_NAME = /^['’]s /;

/**
 * "who replaced Leicester's Harry Ellis": mention `m`, in its possessive, right before a person's name starting at an
 * offset of `personStarts`, is the player's club; not a country or capital of the gazetteer ("France's Nathalie
 * Dechy" in tennis is her country).
 */
function ownsPlayer(prose: string, m: EntityMention, personStarts: ReadonlySet<number>): boolean {
  const owner = OWNER_BEFORE_NAME.exec(prose.slice(m.end, m.end + 3));
  return !!owner && personStarts.has(m.end + owner[0].length) && !lookupPlace(m.text);
}

/** Most code units between a club's name and the bracket that closes after it ("Windsor, Slough, Eton and Hounslow AC)"). */
const CLUB_BRACKET = 60;

/** What joins two listed names: a comma, "and", or both; "or" between a fixture's possible sides. */
const LIST_GAPS = new Set([', ', ' and ', ', and ', ' or ']);

/**
 * Runs of two or more of `mentions` (in text order) joined only by LIST_GAPS in `prose`, the last by "and" (a list
 * closes so: "in Paris, Ireland face" is no list).
 */
function listsOf(mentions: readonly EntityMention[], prose: string): EntityMention[][] {
  const lists: EntityMention[][] = [];
  let run: EntityMention[] = [];
  let closed = false;
  for (const m of mentions) {
    const last = run[run.length - 1];
    const gap = last ? prose.slice(last.end, m.start) : '';
    if (last && LIST_GAPS.has(gap) && !closed) {
      run.push(m);
      closed = gap !== ', ';
      continue;
    }
    if (closed) lists.push(run);
    run = [m];
    closed = false;
  }
  if (closed) lists.push(run);
  return lists;
}

/**
 * "M Tait (Newcastle)", "J McIlroy (Windsor, Slough, Eton and Hounslow AC)": mention `m` opens a bracket that follows,
 * with at most one space, a person's name ending at an offset of `personEnds`, and closes within CLUB_BRACKET code
 * units with no digit in it (a substitute's minute) nor, for a name read as a person, a comma (an aside).
 */
function playersClub(prose: string, m: EntityMention, personEnds: ReadonlySet<number>): boolean {
  const open = prose[m.start - 1] === '(' ? m.start - 1 : -1;
  // ("Gallas (Kezman 74)" is a substitute and his minute, no club; "(Cardiff AAC)" is one.)
  const close = prose.indexOf(')', m.end);
  // ("Gareth (Thomas, the Wales captain)": a name read as a person, then a comma, is an aside about a person.)
  const inside = close < 0 ? '' : prose.slice(m.end, close);
  if (open < 1 || close < 0 || close - m.end > CLUB_BRACKET || hasDigit(inside) || (m.type === 'person' && inside.includes(','))) return false;
  return personEnds.has(open) || (prose[open - 1] === ' ' && personEnds.has(open - 1));
}

/** Where a mention stands among the layer's tokens: its first and last token, and its sentence's tokens and words. */
interface Place {
  first: number;
  last: number;
  /** Token i when it is in the mention's sentence. */
  at: (i: number) => Token | undefined;
  /** Token i's text in lower case when it is in the mention's sentence, else "". */
  word: (i: number) => string;
}

type Cues = { verbs: ReadonlySet<string>; nouns: ReadonlySet<string> };

/** Whether mention `m` is one side of a match, by the words before it (sideBefore) or after it (sideAfter). */
function isSide(layer: Language, prose: string, m: EntityMention, cues: Cues): boolean {
  const place = placeOf(layer, prose, m);
  return !!place && (sideBefore(place, cues) || sideAfter(place, cues));
}

/** Words before a club's name in a fixture list that no player's name takes ("Chelsea v Birmingham" reads both ways). */
const FIXTURE_WORDS = new Set(['v', 'vs', 'versus']);

/**
 * Whether mention `m` is named as a club, as no player is: a side's noun right after it, not after a possessive
 * ("Chelsea manager Jose Mourinho", "Chelsea left-back"), or a fixture's "v" beside it ("Chelsea v Birmingham").
 */
function clubCue(layer: Language, prose: string, m: EntityMention, cues: Cues): boolean {
  const place = placeOf(layer, prose, m);
  if (!place) return false;
  const { first, last, word } = place;
  return FIXTURE_WORDS.has(word(first - 1)) || FIXTURE_WORDS.has(word(last + 1)) || cues.nouns.has(word(last + 1));
}

/** Where mention `m` stands among the layer's tokens (Place), or null when it starts on none. */
function placeOf(layer: Language, prose: string, m: EntityMention): Place | null {
  const first = layer.tokenAt(m.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].start < m.end) last++;
  const sentence = layer.tokens[first].sentence;
  const at = (i: number) => (i >= 0 && i < layer.tokens.length && layer.tokens[i].sentence === sentence ? layer.tokens[i] : undefined);
  const word = (i: number) => { const t = at(i); return t ? prose.slice(t.start, t.end).toLowerCase() : ''; };
  return { first, last, at, word };
}

/**
 * Before it: "against France", "beat France", "beat the Wallabies" (not the object of "win" or "lead": a title or an
 * event, "won the Boston Marathon"); a score "24-17 Wales", or a score and "to" ("lost 17-5 to Tunisia"); "his club
 * side, Gloucester": a side's noun, then a comma.
 */
function sideBefore(place: Place, { verbs, nouns }: Cues): boolean {
  const { first, last, at, word } = place;
  const b = beforeArticle(place);
  if (OPPONENT_BEFORE.has(word(b)) || isScore(word(b))) return true;
  const before = at(b);
  // (Not "beat Sweden's Thomas Enqvist": a possessive after it makes the name the player's country, the object him.)
  if (before && before.pos === 'VERB' && verbs.has(before.lemma) && !OBJECT_NOT_SIDE.has(before.lemma) && !POSSESSIVES.has(word(last + 1))) return true;
  // "take on Ireland": a match verb and its particle (data/sport-team-verbs.txt lists the pair).
  const verb = at(b - 1);
  if (verb && verb.pos === 'VERB' && verbs.has(`${verb.lemma} ${word(b)}`)) return true;
  // "their 18-17 defeat to France", "a win over Wales", "the draw with Italy": a result and the side it was against.
  if (RESULT_PREPOSITIONS.has(word(b)) && readWordList('sport-team-results.txt').has(word(b - 1))) return true;
  // "Ireland lost 17-5 to Tunisia", "went down 2-1 to Chelsea": a score and the side it was lost to; not a player's
  // country ("went down 6-2 7-5 to France's Nathalie Dechy").
  if (word(b) === 'to' && isScore(word(b - 1)) && !POSSESSIVES.has(word(last + 1))) return true;
  return word(first - 1) === ',' && nouns.has(word(first - 2));
}

/** The token before the name, past a determiner ("against the Wallabies", "of the Czech Republic"). */
function beforeArticle({ first, at }: Place): number {
  return at(first - 1)?.pos === 'DET' ? first - 2 : first - 1;
}

/** The possessive's token, straight or curly. */
const POSSESSIVES = new Set(["'s", '’s']);

/** Prepositions that give where a player is from ("Jan Hernych of the Czech Republic", "Kim from the US"). */
const ORIGIN_BEFORE = new Set(['of', 'from']);

/** Prepositions after a result noun that name the other side ("defeat to France", "win over Wales", "draw with Italy"). */
const RESULT_PREPOSITIONS = new Set(['to', 'over', 'with']);

/**
 * After it: "Wales 24-17" (not a ground: "at Stamford Bridge 3-1"; not a player's country: "of the Czech Republic 7-5"), "England tight-head prop", "England's squad",
 * "England beat", "Ireland have drawn".
 */
function sideAfter(place: Place, cues: Cues): boolean {
  const { first, last, word } = place;
  // (Not a player's country before his score: "beat Jan Hernych of the Czech Republic 7-5 6-3", review 127.)
  if (isScore(word(last + 1)) && !VENUE_BEFORE.has(word(first - 1)) && !ORIGIN_BEFORE.has(word(beforeArticle(place)))) return true;
  return teamNounAfter(place, cues.nouns) || matchVerbAfter(place, cues.verbs);
}

/**
 * A side's noun after the name, or after its possessive or an adjective ("England's squad", "England tight-head
 * prop"); after a determiner, a city before "club", "side" or "team" only places it ("the London club", "a Madrid side").
 */
function teamNounAfter({ first, last, at, word }: Place, nouns: ReadonlySet<string>): boolean {
  let n = last + 1;
  const owner = word(n) === "'s" || word(n) === '’s';
  if (owner) n++;
  const noun = nouns.has(word(n)) ? word(n) : at(n)?.pos === 'ADJ' && nouns.has(word(n + 1)) ? word(n + 1) : null;
  return !!noun && (owner || !CLUB_NOUNS.has(noun) || at(first - 1)?.pos !== 'DET');
}

/** Parts of speech that open a verb's object ("face minnows", "face the Faroes", "face Wales"). */
const NOMINAL_OBJECT = new Set(['NOUN', 'PROPN', 'DET']);

/** A match verb within VERB_REACH words after the name, past auxiliaries ("England beat", "Ireland have drawn"), or after it as an appositive subject ("Gloucester, beat Bath"). */
function matchVerbAfter({ first, last, at, word }: Place, verbs: ReadonlySet<string>): boolean {
  const verbAt = word(last + 1) === ',' && word(first - 1) === ',' ? last + 2 : last + 1;
  // "Ireland face minnows the Faroe Islands": a side as a plural subject, its verb read as a noun of a compound.
  const opensClause = !at(first - 1) || word(first - 1) === ',';
  if (opensClause && at(verbAt)?.pos === 'NOUN' && verbs.has(word(verbAt)) && NOMINAL_OBJECT.has(at(verbAt + 1)?.pos ?? '')) return true;
  for (let k = verbAt; k <= verbAt + VERB_REACH - 1; k++) {
    const t = at(k);
    if (!t || (t.pos !== 'VERB' && t.pos !== 'AUX')) break;
    if (t.pos === 'VERB' && verbs.has(t.lemma)) return true;
  }
  return false;
}

