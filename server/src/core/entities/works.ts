// Names the article describes with a noun: titles of works and products ("the film Vera Drake", "the game Halo 2"),
// which LABELLING.md types `other` and no rule flags, and companies and bodies ("investment firm Grant Samuel", "X, a
// British conglomerate,"), typed `org`. The cue is a noun of data/entity-work-nouns.txt, or one that names bodies
// (learned, refine.ts namesBodies), right before the name in its noun phrase or heading an appositive after it, read
// from the linguistic layer; the type then holds for every mention of that name in the article, and a title's for
// names listed before it ("Finding Neverland, The Motorcycle Diaries and British film Vera Drake").
import { readWordList } from '../dataFiles';
import { chunkEndingAt, firstTokenEndingAfter, isReportingGroup, languageOf, verbGroupAt, verbGroupsIn, verbGroupWords, type Language } from '../language';
import { isSportReport } from '../figures/sport';
import { subjectOfClause } from '../figures/attribution';
import type { Article, EntityMention, EntityType, Span } from '../types';
import { endsPossessive, hasSpace, isCapitalised, isDigits, isLowerInitial, lastWordOf, wordsOf } from '../text/shape';
import { isAsciiWordChar, splitAtSpaces } from './nameShape';
import { appositiveWork, BODY_MODIFIERS, titleRun } from './titles';
import { afterCourtesyTitle, describesPeople, isBasedCompound, endsOrgNames, endsOtherNames, hasPersonsNameShape, isCorporateForm, namesBodies, opensPersonNames } from './refine';
import { countryOfCode } from './linking';
import { lookupPlace } from './gazetteer';
import { inHeadline } from './headlines';
import { isGivenName, isNationality } from './ner';
import { isKnownPlace } from './knownPlaces';
import { monthNames, weekdayNames } from '../dates/calendar';
import { WindowMemo } from '../text/segments';
import { GenerationMemo } from '../text/memo';

/** The share of a group's mentions that must follow a work noun for the group to be read as a title. */
const TITLED_SHARE = 0.25;

/** Marks that may stand between a work noun and the title, besides a determiner ("the film The Aviator", "film 'Ray'"). */
const QUOTE_MARKS = new Set(["'", '"', '‘', '“']);

/** What the words around a mention cue (readWorkCues): its title run, and whether it or that run is cued as a title. */
interface WorkCues {
  /** The run of title words around the mention (titles.ts titleRun). */
  run: Span;
  /** The mention itself is cued as a title: after a work noun, the whole run in an appositive work, played in, an owned work, malware. */
  titled: boolean;
  /** The mention is a piece of a longer run that is cued as a title. */
  cuedPiece: boolean;
  /** Outside sports reports: a noun of its credits follows it (creditedBefore), or it stands in a work noun's list of examples (inExampleList). */
  credited: boolean;
  example: boolean;
}

/**
 * Each mention's WorkCues, kept per paragraph window (text/segments.ts WindowMemo): readWorkCues reads the mention's
 * sentence through the layer, and of the mention only its span, text and type; the key adds the genre.
 */
const WORK_CUES = new WindowMemo<WorkCues>();

function shiftWorkCues(c: WorkCues, by: number): WorkCues {
  return { ...c, run: { start: c.run.start + by, end: c.run.end + by } };
}

/** The WorkCues of mention `m` in `prose` (read through `layer`), with the work nouns `works`, in a sports report or not. */
function readWorkCues(layer: Language, prose: string, m: EntityMention, works: ReadonlySet<string>, sport: boolean): WorkCues {
  const run = titleRun(layer, prose, m);
  const whole = run.start === m.start && run.end === m.end;
  // A one-word name read as a person may be a title too ("Supervolcano, a docu-drama about …", review 33); a full name
  // before "a drama …" is a person's ("Jim Smith, a drama teacher", which appositiveWork also leaves).
  const appositive = () => (m.type !== 'person' || !hasSpace(m.text)) && appositiveWork(layer, prose, run, (w) => works.has(w) && !(sport && SPORT_SENSES.has(w)));
  const named = () => !sport && namedBest(layer, prose, run, works);
  const titled = afterWorkNoun(layer, prose, m, works, sport) || (whole && (appositive() || named())) || (!sport && (playedIn(layer, prose, m) || (!personsName(m.text) && !(m.type === 'person' && hasSpace(m.text)) && ownedWork(layer, prose, m, works)))) || namesMalware(layer, prose, m);
  const cuedPiece = !whole && (afterWorkNoun(layer, prose, { ...m, ...run }, works, sport) || appositive() || named() || (!sport && !(m.type === 'person' && hasSpace(m.text)) && awardedFor(layer, prose, layer.tokenAt(run.start) - 1)));
  return { run, titled, cuedPiece, credited: !sport && creditedBefore(layer, prose, m), example: !sport && inExampleList(layer, prose, m, works) };
}

/**
 * Retypes as `other` every untagged mention whose source is the recogniser (`fromRecogniser`) and that names a work:
 * a work noun stands right before it (past a determiner or an opening quotation mark), or before a comma that opens
 * an appositive closed by a comma after the name ("her new film, The Aviator, …"); then the mentions listed before it
 * (joined by a comma or "and") and every mention in its group (linking.ts), when more than TITLED_SHARE of the group's
 * mentions are so cued. Mutates `mentions`; never throws.
 */
export function retypeWorks(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const works = readWordList('entity-work-nouns.txt');
  const candidates = mentions.filter((m) => fromRecogniser(m) && m.type !== 'other');
  const sport = candidates.length > 0 && isSportReport(article);
  // A cue stands before the whole title ("her role in Eternal Sunshine of the Spotless Mind", "The Wedding Date, a
  // comedy"): a mention that is the whole title is titled with its group, as above; a piece of a longer title
  // ("Sunshine", "Caribbean" of "Pirates of the Caribbean") only where it stands, with the other pieces of that title.
  // What each mention's sentence cues, read once per paragraph window (WORK_CUES).
  const cues = new Map(candidates.map((m) => [m, WORK_CUES.get(article.text, prose, m, `${m.type}${sport ? ' sport' : ''}`, () => readWorkCues(layer, prose, m, works, sport), shiftWorkCues)]));
  const runs = new Map(candidates.map((m) => [m, cues.get(m)!.run]));
  const whole = (m: EntityMention) => runs.get(m)!.start === m.start && runs.get(m)!.end === m.end;
  const titled = new Set(candidates.filter((m) => cues.get(m)!.titled));
  const cuedPiece = (m: EntityMention) => cues.get(m)!.cuedPiece;
  const titledRuns = new Set([...titled, ...candidates.filter(cuedPiece)].map((m) => runs.get(m)!.start));
  // The same title again ("Film comedy Meet The Fockers" … "Meet the Fockers topped", "Return of the Wanderers took"
  // … "Return of the Wanderers has taken", where the run cannot take the sentence's first word): a mention that the
  // words of a cued title's run end, or that stands in a run reading as one, in any case, is a piece of that title too.
  const runText = (m: Span) => prose.slice(m.start, m.end).toLowerCase();
  const cuedTitles = [...new Set(candidates.filter(cuedPiece).map((m) => runText(runs.get(m)!)))];
  const pieces = candidates.filter((m) => !titled.has(m) && (titledRuns.has(runs.get(m)!.start) || (!whole(m) && cuedTitles.includes(runText(runs.get(m)!))) || endsTitle(prose, m, cuedTitles)));
  // The titles listed before a title: "Eternal Sunshine, Finding Neverland and British film Vera Drake" (not a
  // country of the gazetteer: "in Uruguay, Cambiemos, an online game"). Only backwards: a name after a title ("the film Ray, Jamie Foxx and …") is as often its star.
  for (let i = candidates.length - 2; i >= 0; i--) {
    const m = candidates[i];
    const n = candidates[i + 1];
    if (!titled.has(m) && titled.has(n) && !lookupPlace(m.text) && !personsName(m.text) && listJoin(prose, m.end, n.start, works)) titled.add(m);
  }
  // A title before a noun of its credits ("Harry Potter author JK Rowling") carries no list: "rapper Twista and Ray
  // actor Jamie Foxx" lists people.
  for (const m of candidates) if (cues.get(m)!.credited) titled.add(m);
  // Examples of a work noun ("older titles such as Total Recall and Rambo", "films including Ray, Sideways and Kinsey"):
  // every name of the list is a title.
  for (const m of candidates) if (cues.get(m)!.example) titled.add(m);
  // A name read as a title once among many plain mentions was a misreading ("the software Microsoft owns", "told the
  // Today programme the US had …"): a group turns `other` only when more than TITLED_SHARE of its mentions are cued.
  retypeCuedGroups(candidates, titled, 'other');
  // The article introduces a title with its work noun and drops the noun after ("abortion drama Vera Drake" …
  // "Imelda Staunton (Vera Drake)"): a group whose first mention in the body is cued as a title is the title's,
  // whatever its share.
  const introduced = new Map<string, string>();
  const seen = new Set<string>();
  for (const m of candidates) {
    // (A headline's verb reads as a work noun, "Weak dollar hits Reuters"; a virus named for someone, "Beckham
    // virus", names the virus only.)
    if (seen.has(m.group) || inHeadline(article, m.start)) continue;
    seen.add(m.group);
    if (cues.get(m)!.titled && !cues.get(m)!.cuedPiece && !namesMalware(layer, prose, m)) introduced.set(m.group, m.text);
  }
  // Only the title as introduced: "Ray Charles", linked to the film "Ray", stays the man, in a group of his own.
  const mixed = new Set(candidates.filter((m) => introduced.has(m.group) && introduced.get(m.group) !== m.text).map((m) => m.group));
  for (const m of candidates) {
    if (introduced.get(m.group) !== m.text) continue;
    m.type = 'other';
    if (mixed.has(m.group)) m.group = `${m.group}/title`;
  }
  // A piece of a title stands apart from a person's full name it was linked to: "Albert" of "Fat Albert" is not
  // "Albert Finney".
  const longer = new Set(mentions.filter((m) => !pieces.includes(m) && m.type === 'person' && wordsOf(m.text).length > 1).map((m) => m.group));
  // A headline clips a title to its last words ("Fockers keeps US box office lead" over "comedy Meet The Fockers";
  // "Keepers ends its run" over "sitcom The Lighthouse Keepers"): a headline's mention that ends a title the body
  // cues is that title's. Not a place ("Rwanda" beside "Hotel Rwanda") nor a person's name.
  const titles = [...cuedTitles, ...[...titled].filter((m) => m.type === 'other' && hasSpace(m.text)).map(runText)];
  for (const m of candidates) if (inHeadline(article, m.start) && !lookupPlace(m.text) && !isKnownPlace(m.text) && !personsName(m.text) && titles.some((t) => t.endsWith(` ${runText(m)}`))) m.type = 'other';
  for (const m of pieces) {
    m.type = 'other';
    if (longer.has(m.group)) m.group = `${m.group}/title`;
  }
}

/**
 * Whether mention `m` ends the words of one of `titles` (lower-cased runs of titles, titleRun) in the prose, from a
 * word's start: "Return of the Wanderers" read as a title also where its first word opens a sentence.
 */
function endsTitle(prose: string, m: Span, titles: readonly string[]): boolean {
  return titles.some((t) => t.length > m.end - m.start && m.end >= t.length && prose.slice(m.end - t.length, m.end).toLowerCase() === t && !isAsciiWordChar(prose[m.end - t.length - 1] ?? ' '));
}

/**
 * Sets `type` on every mention of `candidates` whose group (linking.ts) has more than `share` (TITLED_SHARE unless
 * given) of its candidate mentions in `cued`: one cue among many plain mentions is a misreading, unless the cue is
 * as sure as an employer's (share 0).
 */
function retypeCuedGroups(candidates: readonly EntityMention[], cued: ReadonlySet<EntityMention>, type: EntityType, share = TITLED_SHARE): void {
  const size = new Map<string, number>();
  const count = new Map<string, number>();
  for (const m of candidates) size.set(m.group, (size.get(m.group) ?? 0) + 1);
  for (const m of cued) count.set(m.group, (count.get(m.group) ?? 0) + 1);
  for (const m of candidates) if ((count.get(m.group) ?? 0) > share * size.get(m.group)!) m.type = type;
}

/**
 * Companies and bodies the article says are such ("investment firm Grant Samuel", "Polly Peck, a fast-growing British
 * conglomerate,", "Futurelab is a non-profit organisation", "RJR Nabisco's Del Monte foods unit"): an untagged mention
 * from the recogniser (`fromRecogniser`), no place of the gazetteer, is retyped `org`, with its group as for titles
 * (retypeCuedGroups), when a noun that names bodies (refine.ts namesBodies, learned) stands right before it, heads an
 * appositive or a copula's complement after it, or ends the nouns after it when a possessive stands before it, or a
 * compound in "-based" stands right before it (basedBefore: "Florida-based Winn-Dixie"), or it was read as a place
 * with a body's head (placeWithBodyHead: "the High Court"), or it stands in a list of examples of bodies
 * (exampleOfBodies: "companies such as Nokia, Intel and Alcatel"); not a
 * person's name (personsName) nor one after a courtesy title ("Mr Orlando, the theme park operator,"), nor another
 * mention of them. Mutates
 * `mentions`; never throws.
 */
export function retypeBodies(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const people = peopleGroups(mentions, prose);
  const candidates = mentions.filter((m) => fromRecogniser(m) && m.type !== 'org' && !lookupPlace(m.text) && !people.has(m.group));
  const cued = new Set(candidates.filter((m) => BODY_CUES.get(article.text, prose, m, m.type, () => bodyNounBefore(layer, prose, m) || basedBefore(layer, prose, m) || placeWithBodyHead(layer, prose, m) || reportedIn(layer, prose, m)
    || appositiveWork(layer, prose, m, (w) => namesBodies(w, true), BODY_MODIFIERS, true) || possessiveBody(layer, prose, m) || exampleOfBodies(layer, prose, m))));
  retypeCuedGroups(candidates, cued, 'org');
}

/** Whether the words around a mention cue a body (retypeBodies), by the mention's type, kept per paragraph window: each cue reads the mention's sentence. */
const BODY_CUES = new WindowMemo<boolean>();

/**
 * `m` stands in a list of examples of bodies (exampleListNoun; refine.ts namesBodies, learned): "pledges of support from
 * companies such as Nokia, Intel, Philips, Alcatel and Telefonica" (review 83). Not a nationality the recogniser split
 * from a name ("firms such as Swiss Re").
 */
function exampleOfBodies(layer: Language, prose: string, m: EntityMention): boolean {
  const kind = isNationality(m.text) ? undefined : exampleListNoun(layer, prose, m);
  return !!kind && namesBodies(kind);
}



/**
 * "claimed in the Observer that", "wrote in the Times": a name right after a reporting verb (language isReportingGroup)
 * and "in the" (lower case), read as a place or a person, is where the words were printed or broadcast, an outlet; not a
 * town of the gazetteers nor a nationality (the caller leaves out countries and capitals).
 */
function reportedIn(layer: Language, prose: string, m: EntityMention): boolean {
  const i = layer.tokenAt(m.start);
  if (i < 3 || layer.tokens[i].start !== m.start || (m.type !== 'place' && m.type !== 'person') || isKnownPlace(m.text) || isNationality(m.text)) return false;
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  // A capital "The" may open a place's name ("said in The Hague").
  if (word(i - 1) !== 'the' || word(i - 2) !== 'in' || layer.tokens[i - 3].sentence !== layer.tokens[i].sentence) return false;
  // A name before a noun it modifies is the outlet's only before a noun that names bodies ("the Guardian newspaper",
  // not "the Gershon report", "the Oscar-nominated film").
  const next = firstTokenEndingAfter(layer, m.end);
  // (None after the mention when the copy ends with it, as while typing: "… in the Super Lea".)
  const after = layer.tokens[next];
  if (after && after.pos === 'NOUN' && after.start === m.end + 1 && !namesBodies(word(next).toLowerCase(), true)) return false;
  const group = verbGroupAt(layer, i - 3);
  return !!group && group.last === i - 3 && isReportingGroup(layer, group);
}

/**
 * "at the High Court in London": a name of two words or more read as a place, after "the", whose last word ends
 * organisations' names in the labelled data (refine.ts endsOrgNames: "Court", "Council", "Commission") and is no place
 * itself ("Europe") is a body met at its seat.
 */
function placeWithBodyHead(layer: Language, prose: string, m: EntityMention): boolean {
  const words = splitAtSpaces(m.text.trim());
  if (m.type !== 'place' || words.length < 2 || !endsOrgNames(words[words.length - 1]) || lookupPlace(words[words.length - 1])) return false;
  // After "the", as bodies are named ("the High Court"); places seldom are ("Washington County", "Western Europe").
  const before = layer.tokens[layer.tokenAt(m.start) - 1];
  return !!before && prose.slice(before.start, before.end).toLowerCase() === 'the';
}

/**
 * "Santa Monica-based Activison", "Florida-based Winn-Dixie": a name right after a compound adjective in "-based" (the
 * layer's token before it, in its sentence) is a firm or a body based there; a person so described takes a noun first
 * ("Paris-based designer Lemaire"), and a person's reading of two words or more is left as it is.
 */
function basedBefore(layer: Language, prose: string, m: EntityMention): boolean {
  const i = layer.tokenAt(m.start);
  const before = layer.tokens[i - 1];
  // A person's reading of two words or more stays: people are based somewhere too ("US-based Alistair Cragg").
  if (i <= 0 || !before || (m.type === 'person' && hasSpace(m.text))) return false;
  // Nor a name that modifies a noun after it: "the Windows-based Creative Zen portable media player" is a product.
  return before.sentence === layer.tokens[i].sentence && isBasedCompound(prose.slice(before.start, before.end)) && !modifiesNounAfter(layer, m, before.sentence);
}

/**
 * A speaker is someone or a body: "says Age Concern.", "Stop Stansted Expansion said the White Paper …". An untagged
 * mention from the recogniser (`fromRecogniser`) typed `other`, of two words or more whose last the tagger reads as a
 * noun or name and which ends no learned head of other names ("Mental Capacity Bill", "Hopman Cup"), no place of the
 * gazetteer and opening with no nationality, is retyped `org` with its group when one of its mentions is the subject of
 * a reporting verb group (language isReportingGroup) right after it, or stands after one as the last words of its
 * clause (not after a verb of telling: "told the IPTV World Forum"); one with a person's name's shape (hasPersonsNameShape:
 * "predicts Oliver Irish, editor of …") is retyped `person` instead. A one-word mention the recogniser read unsurely
 * as a place, in neither gazetteer, that speaks or acts (the subject of an active verb other than those of
 * data/entity-stative-verbs.txt: "Tiscali cut its prices") is retyped `org` with its group. Mutates `mentions`; never
 * throws.
 */
export function retypeSpeakers(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const word = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  const candidates = mentions.filter((m) => {
    if (!fromRecogniser(m) || m.type !== 'other' || !hasSpace(m.text) || lookupPlace(m.text)) return false;
    const words = splitAtSpaces(m.text);
    const last = layer.tokens[layer.tokenAt(m.end - 1)];
    return !!last && (last.pos === 'PROPN' || last.pos === 'NOUN') && !endsOtherNames(words[words.length - 1]) && !isNationality(words[0]) && !isNationality(m.text);
  });
  // An active reporting group ("Winning a Golden Globe is said to …" reports nothing of it).
  const reportingAt = (k: number) => { const g = verbGroupAt(layer, k); return !!g && g.first === k && !g.passive && isReportingGroup(layer, g); };
  const speaks = (m: EntityMention) => {
    const after = firstTokenEndingAfter(layer, m.end);
    let before = layer.tokenAt(m.start) - 1;
    if (before >= 0 && word(before).toLowerCase() === 'the') before--;
    // (Not the object of a verb before it: "who presents The Weakest Link tells Cockerell".)
    if (after < layer.tokens.length && reportingAt(after)) return before < 0 || layer.tokens[before].pos !== 'VERB';
    // "…, says Age Concern." — the verb before it (past "the"), the clause ending after it.
    const g = before >= 0 ? verbGroupAt(layer, before) : undefined;
    const closes = after >= layer.tokens.length || layer.tokens[after].pos === 'PUNCT';
    // ("told the IPTV World Forum": whom a verb of telling addresses is no speaker.)
    return !!g && g.last === before && isReportingGroup(layer, g) && !ADDRESSING_LEMMAS.has(layer.tokens[g.head].lemma) && closes;
  };
  const cued = new Set(candidates.filter(speaks));
  // A speaker with a person's name ("predicts Oliver Irish, editor of …") is a person.
  const people = new Set([...cued].filter((m) => hasPersonsNameShape(m.text)));
  retypeCuedGroups(candidates, people, 'person', 0);
  retypeCuedGroups(candidates.filter((m) => m.type === 'other'), new Set([...cued].filter((m) => !people.has(m))), 'org', 0);
  // "Sony said it would cut prices" (reviews 85–87: Sony, Google, Grokster typed place): one word the recogniser read
  // as a place unsurely (UNSURE_PLACE_SPEAKER), no place of either gazetteer, that speaks is a body, as a country of
  // the gazetteer that speaks stays a place ("Turkey said").
  // So is one that does something, the subject of an active verb that tells an act (not one of
  // data/entity-stative-verbs.txt): "Google launched a service", "Sega has cut prices" (review 88: Sega, Fujitsu, Rohm
  // typed place). A town no gazetteer knows is where things happen, seldom who does them.
  const acts = (m: EntityMention) => {
    const after = firstTokenEndingAfter(layer, m.end);
    const g = after < layer.tokens.length ? verbGroupAt(layer, after) : undefined;
    const before = layer.tokens[layer.tokenAt(m.start) - 1];
    return !!g && g.first === after && !g.passive && !readWordList('entity-stative-verbs.txt').has(layer.tokens[g.head].lemma) && layer.tokens[g.head].pos === 'VERB' && (!before || before.sentence !== layer.tokens[after].sentence || !ACT_BLOCKERS.has(before.pos));
  };
  const unsurePlaces = mentions.filter((m) => fromRecogniser(m) && m.type === 'place' && !hasSpace(m.text) && m.confidence < UNSURE_PLACE_SPEAKER && !lookupPlace(m.text) && !isKnownPlace(m.text));
  retypeCuedGroups(unsurePlaces, new Set(unsurePlaces.filter((m) => speaks(m) || acts(m))), 'org', 0);
}

/** Below this confidence the recogniser's reading of one word as a place gives way to its speaking (fixed before measuring). */
const UNSURE_PLACE_SPEAKER = 0.5;

/** Parts of speech before a name that make it no subject of the verb after it ("in Soho opened", "to Devon are"). */
const ACT_BLOCKERS: ReadonlySet<string> = new Set(['ADP', 'VERB', 'AUX']);

/** Reporting verbs whose object after them is whom they address, not who speaks ("told the forum"). */
const ADDRESSING_LEMMAS: ReadonlySet<string> = new Set(['tell', 'ask', 'brief', 'assure', 'reassure']);

/**
 * People the article says are such ("Bollywood composer AR Rahman", "economist Ruth Lea"): an untagged mention from
 * the recogniser (`fromRecogniser`) read as an organisation or a place, no place of the gazetteer, that may name a
 * person (mayNamePerson, or any name right after a singular noun of kin of data/entity-kin-nouns.txt: "wife
 * Ffion"), is retyped `person` with its group as for titles (retypeCuedGroups)
 * when a singular lower-case noun that describes people (refine.ts describesPeople, learned) stands right before it and
 * it modifies no noun after it, or it stands in a list of examples of people ("singers such as Adele and Rihanna").
 * Mutates `mentions`; never throws.
 */
export function retypePeople(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const kinNouns = readWordList('entity-kin-nouns.txt');
  // A name right after a noun of kin is a person's whether or not its first word is a known given name ("wife Ffion").
  const kin = (m: EntityMention) => { const before = describingNounBefore(layer, prose, m); return !!before && kinNouns.has(before.word); };
  // (Read once per mention: both the candidates and their cues ask it.)
  const examples = new Set(mentions.filter((m) => fromRecogniser(m) && (m.type === 'org' || m.type === 'place') && exampleOfPeople(layer, prose, m)));
  const candidates = mentions.filter((m) => fromRecogniser(m) && (m.type === 'org' || m.type === 'place') && (mayNamePerson(m.text) || kin(m) || examples.has(m)) && !lookupPlace(m.text));
  const cued = new Set(candidates.filter((m) => {
    const before = describingNounBefore(layer, prose, m);
    if (!before) return false;
    // A plural before one name describes a body of them ("say analysts Jupiter Research").
    return !(before.word !== before.token.lemma && before.word.endsWith('s')) && (describesPeople(before.word) || kinNouns.has(before.word));
  }));
  // (A name in a list of examples of people is a person's whether or not its first word is a known given name.)
  for (const m of candidates) if (roleAppositive(layer, prose, m) || examples.has(m)) cued.add(m);
  retypeCuedGroups(candidates, cued, 'person');
}

/** `m` stands in a list of examples of people (exampleListNoun; refine.ts describesPeople, learned): "singers such as Adele and Rihanna". */
function exampleOfPeople(layer: Language, prose: string, m: EntityMention): boolean {
  const kind = isNationality(m.text) ? undefined : exampleListNoun(layer, prose, m);
  return !!kind && describesPeople(kind);
}

/** The most words after an appositive's opener up to its head noun ("the | country's | oil minister"). */
const ROLE_REACH = 4;

/**
 * "Fathi Bin Shatwan, Libya's oil minister, told Reuters", "X, the bank's chief executive, said": mention `m` is followed
 * by an appositive closed by a comma that opens with a determiner, a possessive pronoun or a name's possessive and
 * whose head is a singular noun that describes people (refine.ts describesPeople, learned).
 */
function roleAppositive(layer: Language, prose: string, m: EntityMention): boolean {
  const last = layer.tokenAt(m.end - 1);
  if (last < 0) return false;
  const sentence = layer.tokens[last].sentence;
  const token = (k: number) => (layer.tokens[k]?.sentence === sentence ? layer.tokens[k] : undefined);
  const word = (k: number) => prose.slice(token(k)?.start ?? 0, token(k)?.end ?? 0);
  if (word(last + 1) !== ',') return false;
  let k = last + 2;
  if (token(k)?.pos === 'PROPN' && token(k + 1)?.pos === 'PART' && endsPossessive(word(k + 1))) k += 2;
  else if (token(k)?.pos === 'DET' || token(k)?.pos === 'PRON') k++;
  else return false;
  for (const end = k + ROLE_REACH; k < end && token(k); k++) {
    const t = token(k)!;
    if (t.pos === 'PART' && endsPossessive(word(k))) continue;
    if (t.pos !== 'NOUN' && t.pos !== 'ADJ' && t.pos !== 'PROPN') return false;
    if (t.pos === 'NOUN' && word(k + 1) === ',' && word(k).toLowerCase() === t.lemma && describesPeople(t.lemma)) return true;
  }
  return false;
}

/** The share of a group's mentions that must head a noun phrase after "the" for the group to be read as no person's: a
 * name is more often a person's than a title's, so one such mention among plain ones ("the Lopez and Anthony duet" …
 * "Lopez's third husband") is not enough. */
const DETERMINED_SHARE = 0.5;

/** The untagged mentions from the recogniser (`fromRecogniser`) typed person, outside groups with a person's name or a courtesy title in them (peopleGroups). */
function readPeople(mentions: readonly EntityMention[], prose: string, fromRecogniser: (m: EntityMention) => boolean): EntityMention[] {
  const people = peopleGroups(mentions, prose);
  return mentions.filter((m) => fromRecogniser(m) && m.type === 'person' && !people.has(m.group));
}

/** Groups (linking.ts) with a person's name (personsName) or a courtesy title in them: "Simon Fuller" … "Mr Fuller". */
function peopleGroups(mentions: readonly EntityMention[], prose: string): Set<string> {
  return new Set(mentions.filter((m) => personsName(m.text) || afterCourtesyTitle(prose, m.start)).map((m) => m.group));
}

/**
 * A person's name takes no article: an untagged mention from the recogniser (`fromRecogniser`) read as a person's,
 * right after "the" (the layer's determiner, in either case) and heading its noun phrase (it modifies no noun after
 * it), names something else: a work ("The Aviator", "The Phantom of the Opera"), a band ("the Happy Mondays"), a bill
 * ("the Bill was debated"), a nationality ("The Scot was Pompey's first choice"). Such mentions are retyped `other`
 * (LABELLING.md: works, laws and nationalities; a band is a body, but the recogniser's reading gives no sure second
 * type, so it is left unflagged rather than mistyped), with their group when more than DETERMINED_SHARE of its mentions are so read (retypeCuedGroups). "The Bush
 * administration" and "a Steven Gerrard own goal" keep the person: the name modifies a noun. Never in a group with a
 * person's name or a courtesy title in it (peopleGroups: "the Lopez and Anthony duet" … "Jennifer Lopez"). Mutates
 * `mentions`; never throws.
 */
export function retypeDeterminedPeople(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const candidates = readPeople(mentions, prose, fromRecogniser);
  const cued = new Set(candidates.filter((m) => {
    const i = layer.tokenAt(m.start);
    const before = layer.tokens[i - 1];
    if (i < 1 || !before || before.sentence !== layer.tokens[i].sentence || before.pos !== 'DET' || before.lemma !== 'the') return false;
    return !modifiesNounAfter(layer, m, before.sentence);
  }));
  retypeCuedGroups(candidates, cued, 'other', DETERMINED_SHARE);
}

/**
 * A body speaks of its own: an untagged mention from the recogniser (`fromRecogniser`) read as a person's that is the
 * subject of a verb group (the group begins right after it) whose object opens with "its" ("Nike has reported its best
 * quarter", "Kodak will cut its staff") names a body, and its group (linking.ts) is retyped `org` (retypeCuedGroups,
 * as sure as an employer: share 0). A person's own is "his" or "her"; a reporting verb's object may be a clause about
 * something else ("Smith said its profits rose"), so a reporting group (language isReportingGroup) cues only a noun
 * phrase ("Nike has reported its best quarter": no clause's subject, attribution.ts subjectOfClause). Only groups of
 * one-word mentions, never one with a person's name or a courtesy title in it (peopleGroups). Mutates `mentions`;
 * never throws.
 */
/** The most adverbs read between a subject and its verb group ("Wal-Mart only saw its sales rise"). */
const ADVERBS_BEFORE_VERB = 2;

export function retypeOwnersOfIts(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const candidates = readPeople(mentions, prose, fromRecogniser);
  const cued = new Set(candidates.filter((m) => {
    // ("But Wal-Mart only saw its sales rise": an adverb may stand between the subject and its verb.)
    let next = layer.tokenAt(m.end - 1) + 1;
    while (layer.tokens[next]?.pos === 'ADV' && next - layer.tokenAt(m.end - 1) <= ADVERBS_BEFORE_VERB) next++;
    const group = verbGroupAt(layer, next);
    if (!group || group.first !== next || group.passive) return false;
    const object = layer.tokens[group.last + 1];
    if (!object || object.sentence !== layer.tokens[next].sentence || prose.slice(object.start, object.end).toLowerCase() !== 'its') return false;
    return !isReportingGroup(layer, group) || !subjectOfClause(layer, group.last + 1);
  }));
  retypeOneWordGroups(candidates, cued);
}

/**
 * Retypes `org`, as sure as an employer (share 0), the groups of `candidates` that `cued` marks, but only groups of
 * one-word mentions: a person named in full somewhere ("Manuel Millan" … "what Millan calls its infant stage") stays.
 */
function retypeOneWordGroups(candidates: readonly EntityMention[], cued: ReadonlySet<EntityMention>): void {
  const named = new Set(candidates.filter((m) => hasSpace(m.text)).map((m) => m.group));
  retypeCuedGroups(candidates.filter((m) => !named.has(m.group)), new Set([...cued].filter((m) => !named.has(m.group))), 'org', 0);
}

/**
 * A team or a body takes a plural verb in British copy ("Chelsea have sacked Adrian Mutu", "Everton are unbeaten"); a
 * person's name alone never does. An untagged mention from the recogniser (`fromRecogniser`) read as a person's, right
 * before a verb group that opens with a plural finite form (data/language-verb-groups.json pluralFiniteForms) and is
 * not joined to a name before it ("Smith and Jones have", "she and sister Venus are") nor after a determiner ("the
 * Smiths are"), names a body: its group is retyped `org` (retypeCuedGroups, as sure as an employer: share 0). Only
 * groups of one-word mentions, never one with a person's name or a courtesy title in it (readPeople). Mutates
 * `mentions`; never throws.
 */
export function retypePluralSubjects(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const plural = verbGroupWords().pluralFiniteForms;
  const candidates = readPeople(mentions, prose, fromRecogniser);
  const cued = new Set(candidates.filter((m) => {
    const at = layer.tokenAt(m.start);
    const next = layer.tokenAt(m.end - 1) + 1;
    const group = verbGroupAt(layer, next);
    if (at < 0 || !group || group.first !== next || !plural.has(prose.slice(layer.tokens[next].start, layer.tokens[next].end).toLowerCase())) return false;
    // The subject's noun phrase may hold nouns and names before the mention ("she and sister Venus are").
    let k = at - 1;
    while (k >= 0 && layer.tokens[k].sentence === layer.tokens[at].sentence && PHRASE_BEFORE.has(layer.tokens[k].pos)) k--;
    const before = layer.tokens[k];
    return !before || before.sentence !== layer.tokens[at].sentence || !JOINED_BEFORE.has(before.pos);
  }));
  retypeOneWordGroups(candidates, cued);
}

/** Parts of speech before a name's noun phrase that make it part of a plural subject or a determined noun ("and", ",", "the"). */
const JOINED_BEFORE: ReadonlySet<string> = new Set(['CCONJ', 'PUNCT', 'DET', 'SYM']);
/** Parts of speech of the words before a name in its noun phrase ("sister Venus", "Rock outfit Rooster"). */
const PHRASE_BEFORE: ReadonlySet<string> = new Set(['PROPN', 'NOUN', 'ADJ']);

/**
 * Bodies named as a person's employer or side ("Sinn Fein leader Gerry Adams", "William Hill spokesman Rupert Adams",
 * "Chelsea boss Jose Mourinho"): a name right before a lower-case noun that stands right before a person's name says
 * whom that person works for, leads or plays for. In CoNLL-2003 eng.train such a name (a name, one lower-case noun
 * tagged NN*, a person's name) is a person's 8 times in 194, six of them a scorecard's "st" or a verb read as a noun
 * ("Philippoussis beats Woodforde"); the other two take a noun of a person's entourage ("Netanyahu aide", "Clinton
 * adviser"; the class is data/entity-person-dependants.txt). An untagged mention from the recogniser (`fromRecogniser`)
 * typed `person`, so cued (the noun read from the linguistic layer, the name after it a person's, tagged or not), is
 * retyped `org` with its group as for titles (retypeCuedGroups). Left as they are: a group with a person's name or a
 * courtesy title in it ("Johnny Cash manager Holiff" … "Cash's career"; "Bath coach John Connolly rates Barkley", a
 * verb read as a noun), a nationality ("Welsh legend Phil Bennett"), a cue in a headline (where the tagger reads "Fox
 * attacks Blair" as nouns), a work's credit or a work noun ("Harry Potter author", "Michael Keaton thriller";
 * data/entity-work-credits.txt, entity-work-nouns.txt: retypeWorks reads those). Mutates `mentions`; never throws.
 */
export function retypeEmployers(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const layer = languageOf(article);
  const prose = article.prose;
  const notCues = [readWordList('entity-work-credits.txt'), readWordList('entity-work-nouns.txt'), readWordList('entity-person-dependants.txt')];
  const people = new Set(mentions.filter((m) => personsName(m.text) || afterCourtesyTitle(prose, m.start)).map((m) => m.group));
  const candidates = mentions.filter((m) => fromRecogniser(m) && m.type === 'person' && !people.has(m.group) && !isNationality(m.text));
  const byEnd = new Map(candidates.map((m) => [m.end, m]));
  const cued = new Set<EntityMention>();
  const sure = new Set<EntityMention>();
  for (const person of mentions) {
    const noun = person.type === 'person' && !inHeadline(article, person.start) ? roleNounBefore(layer, prose, person) : undefined;
    if (!noun || notCues.some((words) => words.has(noun.lemma))) continue;
    const before = layer.tokens[layer.tokenAt(noun.start) - 1];
    const employer = before && before.sentence === noun.sentence ? byEnd.get(before.end) : undefined;
    if (!employer) continue;
    cued.add(employer);
    // A noun the learned describers say describes people ("boss", "spokesman", "chief"), not a verb the tagger read
    // as a noun ("Fowler overtook Les Ferdinand"): one such cue types the whole group ("Euronext chief Jean-Francois
    // Theodore" among six plain mentions of Euronext).
    if (describesPeople(noun.lemma)) sure.add(employer);
  }
  retypeCuedGroups(candidates, cued, 'org');
  retypeCuedGroups(candidates.filter((m) => m.type === 'person'), sure, 'org', 0);
  // "Paul King, chief security architect at Cisco", "Barry Beal, global security manager for Capgemini,": a person's
  // role, then a preposition, then the employer, which the recogniser may read as a place or a person. Not a place of
  // either gazetteer ("correspondent at Westminster", "minister for Europe"), a place in a sports report ("the villain
  // at Twickenham"), nor a group with a person's name in it ("spokesman for Tony Blair" … "Blair").
  const sport = isSportReport(article);
  const employed = mentions.filter((m) => fromRecogniser(m) && (m.type === 'person' || (m.type === 'place' && !sport)) && !people.has(m.group) && !isNationality(m.text) && !isKnownPlace(m.text));
  const personEnds = new Set(mentions.filter((m) => m.type === 'person').map((m) => m.end));
  const multiWord = new Set(mentions.filter((m) => hasSpace(m.text)).map((m) => m.group));
  retypeCuedGroups(employed, new Set(employed.filter((m) => employerCue(layer, prose, m, personEnds, !multiWord.has(m.group)))), 'org', 0);
}

/** Prepositions between a person's role and the body they work at ("architect at Cisco", "analyst with Daiwa"). */
const EMPLOYER_PREPOSITIONS = new Set(['at', 'with']);

/**
 * Whether mention `m` follows a lower-case noun and a preposition, in one sentence, and modifies no noun after it
 * (modifiesNounAfter: not "an analyst at Cisco Systems' rival"), the noun a role: after "at" or "with", one that
 * describes people (refine.ts describesPeople, learned: "an analyst at Cisco") or heads an appositive after a person's
 * name (`personEnds`, the UTF-16 ends of mentions typed person: "Paul King, chief security architect at Cisco");
 * after "for", only that appositive, and only for a name of one word in every mention (`oneWord`): "best actor for
 * Jamie Foxx", "the campaign spokesman for Spitzer" (of "Eliot Spitzer"), "minister for Wales" are no employers.
 */
function employerCue(layer: Language, prose: string, m: EntityMention, personEnds: ReadonlySet<number>, oneWord: boolean): boolean {
  const i = layer.tokenAt(m.start);
  if (i < 2) return false;
  const [role, preposition] = [layer.tokens[i - 2], layer.tokens[i - 1]];
  const at = EMPLOYER_PREPOSITIONS.has(preposition.lemma);
  if (role.sentence !== layer.tokens[i].sentence || preposition.pos !== 'ADP' || !(at || (preposition.lemma === 'for' && oneWord))) return false;
  if (role.pos !== 'NOUN' || !isLowerInitial(prose.slice(role.start, role.end)) || modifiesNounAfter(layer, m, role.sentence)) return false;
  if (at && describesPeople(role.lemma)) return true;
  // The appositive's noun phrase, past "of" phrases in it ("Priya Natarajan, head of research at Brightwave").
  let chunk = chunkEndingAt(layer, i - 2);
  for (let step = 0; chunk && step < APPOSITIVE_OF_STEPS && layer.tokens[chunk.first - 1]?.lemma === 'of'; step++) chunk = chunkEndingAt(layer, chunk.first - 2);
  const comma = chunk ? layer.tokens[chunk.first - 1] : undefined;
  return !!comma && prose.slice(comma.start, comma.end) === ',' && personEnds.has(layer.tokens[chunk!.first - 2]?.end ?? -1);
}

/** How many "of" phrases inside an appositive are read past to its head ("head of research at"). */
const APPOSITIVE_OF_STEPS = 2;

/**
 * The role noun right before person `m` ("Sinn Fein leader Gerry Adams"): the describing noun (describingNounBefore),
 * or a lower-case word the tagger reads as an adjective that the learned describers say describes people ("Euronext
 * chief Jean-Francois Theodore": "chief" stood before people's names 8 times in 8 in the labels). Undefined otherwise.
 */
function roleNounBefore(layer: Language, prose: string, m: EntityMention): Language['tokens'][number] | undefined {
  const noun = describingNounBefore(layer, prose, m);
  if (noun) return noun.token;
  const i = layer.tokenAt(m.start);
  const before = i > 0 ? layer.tokens[i - 1] : undefined;
  if (!before || before.sentence !== layer.tokens[i].sentence || before.pos !== 'ADJ') return undefined;
  const word = prose.slice(before.start, before.end);
  return isLowerInitial(word) && describesPeople(word) ? before : undefined;
}

/** The most tokens read past a list of names to the malware noun after it ("Netsky, Bagle and MyDoom mass mailers"). */
const MALWARE_LIST_TOKENS = 12;

/**
 * "the Cabir virus", "the Netsky, Bagle and MyDoom mass mailers", "the Skulls Trojan": mention `m` ends in a noun of
 * data/entity-malware-nouns.txt, or stands before one that ends its noun phrase in its sentence, past the other names
 * of a list (capitalised words, commas, "and", "or") and one lower-case modifier ("mass").
 */
function namesMalware(layer: Language, prose: string, m: EntityMention): boolean {
  const malware = readWordList('entity-malware-nouns.txt');
  // "the Skulls Trojan", not "Carlo Trojan", a name read as a person's.
  if (malware.has(lastWordOf(m.text).toLowerCase())) return hasSpace(m.text) && m.type !== 'person' && !personsName(m.text);
  const end = layer.tokenAt(m.end - 1);
  const noun = end < 0 ? -1 : malwareNounAfter(layer, prose, end, malware);
  if (noun < 0) return false;
  // The noun must end its phrase: "Sophos virus expert Graham Cluley", "McAfee virus lab", "Symantec and McAfee virus
  // researchers" name whose work it is (and "the Netsky and Sasser virus families" is left with them). But in a
  // sentence the tagger found no verb in, the "noun" after it is the misread verb ("the Sasser worm spread fast").
  const next = layer.tokens[noun + 1];
  const { first, last } = layer.sentences[layer.tokens[noun].sentence];
  const continues = !!next && next.sentence === layer.tokens[noun].sentence && (next.pos === 'NOUN' || next.pos === 'PROPN');
  return !continues || (next.pos === 'NOUN' && verbGroupsIn(layer, first, last).length === 0);
}

/**
 * The token of a noun of `malware` after token `last` in its sentence, past the other names of a list (capitalised
 * words, commas, "and", "or") and one lower-case adjective or noun; -1 when another word comes first.
 */
function malwareNounAfter(layer: Language, prose: string, last: number, malware: ReadonlySet<string>): number {
  const sentence = layer.tokens[last].sentence;
  let modifiers = 0;
  for (let k = last + 1; k < layer.tokens.length && k <= last + MALWARE_LIST_TOKENS && layer.tokens[k].sentence === sentence; k++) {
    const w = prose.slice(layer.tokens[k].start, layer.tokens[k].end);
    if (malware.has(w.toLowerCase())) return k;
    if (w === ',' || w === 'and' || w === 'or' || isCapitalised(w)) continue;
    if (!isLowerInitial(w) || (layer.tokens[k].pos !== 'ADJ' && layer.tokens[k].pos !== 'NOUN') || ++modifiers > 1) return -1;
  }
  return -1;
}

/**
 * Whether `text` may be a person's name: two to four words, none ending as organisations' names do (endsOrgNames) or
 * in a corporate form, or one word that opens people's names in the labelled data (opensPersonNames); a single other
 * word ("Gartner", "Labour") is as often a body's.
 */
function mayNamePerson(text: string): boolean {
  const words = splitAtSpaces(text);
  if (words.length === 1) return opensPersonNames(words[0]);
  return words.length <= 4 && !endsOrgNames(words[words.length - 1]) && !isCorporateForm(words[words.length - 1]);
}

/** "Jim Taylor", "Michael": a name of up to three words whose first word opens people's names is a person's ("writing partner Jim Taylor"). */
function personsName(text: string): boolean {
  return PERSONS_NAMES.get(text, () => {
    const words = splitAtSpaces(text);
    return words.length <= 3 && opensPersonNames(words[0]);
  });
}

/** A name of two or three words whose first is a given name of the recogniser's lexicon ("Vera Drake", "Jesus Walks"). */
function givenNameFirst(text: string): boolean {
  const words = splitAtSpaces(text);
  return words.length >= 2 && words.length <= 3 && isGivenName(words[0]);
}

/** personsName by the mention's text: several passes ask it of every mention. */
const PERSONS_NAMES = new GenerationMemo<string, boolean>(20000);

/** A lower-case noun that names bodies stands right before `m` in its sentence ("investment firm Grant Samuel"), and `m` modifies no noun after it. */
function bodyNounBefore(layer: Language, prose: string, m: EntityMention): boolean {
  const before = describingNounBefore(layer, prose, m);
  return !!before && namesBodies(before.word);
}

/**
 * The noun right before `m` in its sentence that may say what `m` is ("investment firm Grant Samuel", "composer AR
 * Rahman"), when `m` modifies no noun after it: a lower-case word the tagger reads as a noun, or the sentence's first
 * word, capitalised only as its start ("Singer KT Tunstall won"; the tagger reads it as part of the name), given in
 * lower case. Returns the token and its word; undefined otherwise. Whether the word describes anything is the
 * caller's question, asked of learned counts.
 */
function describingNounBefore(layer: Language, prose: string, m: EntityMention): { token: Language['tokens'][number]; word: string } | undefined {
  // ("Man Utd boss Sir Alex Ferguson": a courtesy title of data/titles.txt between the noun and the name.)
  const i = layer.tokenAt(m.start) - (afterCourtesyTitle(prose, m.start) ? 1 : 0);
  const before = layer.tokens[i - 1];
  if (i < 1 || !before || before.sentence !== layer.tokens[i].sentence || before.kind !== 'word') return undefined;
  const word = prose.slice(before.start, before.end);
  const opening = layer.sentences[before.sentence].first === i - 1 && isCapitalised(word) && (before.pos === 'NOUN' || before.pos === 'PROPN');
  if (!opening && (before.pos !== 'NOUN' || !isLowerInitial(word))) return undefined;
  return modifiesNounAfter(layer, m, before.sentence) ? undefined : { token: before, word: opening ? word.toLowerCase() : word };
}

/** The most nouns read after a name in the possessive's reading ("Del Monte foods unit"). */
const POSSESSIVE_NOUNS = 3;

/**
 * "RJR Nabisco Inc.'s Del Monte foods unit", "Italy's Fiat group": after a possessive, `m` (no place, nor a word the
 * tagger reads as an adjective) is followed by up to POSSESSIVE_NOUNS lower-case nouns whose last names bodies and ends
 * the phrase (no noun after it).
 */
function possessiveBody(layer: Language, prose: string, m: EntityMention): boolean {
  const i = layer.tokenAt(m.start);
  const before = layer.tokens[i - 1];
  if (i < 1 || !before || before.pos !== 'PART' || !endsPossessive(prose.slice(Math.max(0, before.start - 1), before.end))) return false;
  // "the SEC's Boston office", "Orkem's British subsidiary": a place or an adjective before the noun says where.
  // So does a nationality the recogniser read as one word of type other ("Esselte's non-Swedish units").
  if (m.type === 'place' || layer.tokens[i].pos === 'ADJ' || countryOfCode(m.text) || (m.type === 'other' && !hasSpace(m.text))) return false;
  const sentence = layer.tokens[i].sentence;
  const last = layer.tokenAt(m.end - 1);
  for (let k = last + 1; k <= last + POSSESSIVE_NOUNS; k++) {
    const t = layer.tokens[k];
    if (!t || t.sentence !== sentence || t.pos !== 'NOUN' || !isLowerInitial(prose.slice(t.start, t.end))) return false;
    if (namesBodies(prose.slice(t.start, t.end)) && layer.tokens[k + 1]?.pos !== 'NOUN') return true;
  }
  return false;
}

/** A comma, "and" or "or" between two listed names, and a work noun with up to two modifiers ("and British film"). */
const LIST_JOIN = /^\s*(?:,\s*(?:(?:and|or)\s+)?|(?:and|or)\s+)(?:the\s+)?((?:[\p{L}’'-]+\s+){1,3})?$/iu;

/** Whether the words between two mentions, [from, to), join them in a list of titles (LIST_JOIN). */
function listJoin(prose: string, from: number, to: number, works: ReadonlySet<string>): boolean {
  const m = LIST_JOIN.exec(prose.slice(from, to));
  if (!m) return false;
  return !m[1] || works.has(lastWordOf(m[1]).toLowerCase());
}

/**
 * Whether mention `m` is cued as a title: a work noun right before it (past a determiner or an opening quotation
 * mark), a cue of data/entity-work-cues.txt (cuedAsTitle), or a work noun and a comma that opens an appositive.
 */
function afterWorkNoun(layer: Language, prose: string, m: EntityMention, works: ReadonlySet<string>, sport: boolean): boolean {
  const opening = layer.tokenAt(m.start);
  const sentence = layer.tokens[opening]?.sentence;
  const inSentence = (i: number) => i >= 0 && layer.tokens[i].sentence === sentence;
  const word = (i: number) => prose.slice(layer.tokens[i].start, layer.tokens[i].end);
  // "the film The Aviator": the mention may leave out the title's article.
  let k = opening - 1;
  while (inSentence(k) && (layer.tokens[k].pos === 'DET' || QUOTE_MARKS.has(word(k))) && k > opening - 3) k--;
  if (modifiesNounAfter(layer, m, sentence)) return false;
  // ("Comedy Meet The Fockers topped …": a work noun that opens its sentence is capitalised, and the tagger reads it PROPN.)
  const opensSentence = (i: number) => layer.sentences[sentence]?.first === i && layer.tokens[i].pos === 'PROPN';
  const isWork = (i: number) => (layer.tokens[i].pos === 'NOUN' || opensSentence(i)) && works.has(word(i).toLowerCase()) && !(sport && SPORT_SENSES.has(word(i).toLowerCase()));
  if (inSentence(k) && (isWork(k) || cuedAsTitle(layer, prose, m, k, sport))) return true;
  // "an album called Hopes and Fears": a work noun, then a word of naming ("a company called …" names a body); there
  // a noun whatever the tagger read ("a single/ADJ called …").
  const nounBefore = (i: number) => isWork(i) || (layer.tokens[i].pos === 'ADJ' && works.has(word(i).toLowerCase()));
  if (inSentence(k - 1) && NAMING_WORDS.has(word(k).toLowerCase()) && nounBefore(k - 1)) return true;
  // "animated movie Howl's Moving Castle": a title may open with a name's possessive. After a bare work noun the
  // possessive cannot be the work's owner, who stands before the noun ("Miyazaki's film Spirited Away").
  if (k >= 2 && inSentence(k - 2) && layer.tokens[k].pos === 'PART' && endsPossessive(word(k)) && isCapitalised(word(k - 1)) && isWork(k - 2)) return true;
  // "her new film, The Aviator, leads": an appositive title closed by a comma; not "the director of the film, Vinod
  // Pande,", where the name stands for the phrase the work noun ends.
  // At the end of its sentence the title may follow a work noun that ends a prepositional phrase ("in his classic novel,
  // Gulliver's Travels."), though not one inside a longer noun phrase ("the star of the film, Tom Cruise.").
  if (k >= 1 && word(k) === ',' && isWork(k - 1)) {
    if (closesSentence(layer, prose, m)) return !objectOfPreposition(layer, k - 1, 'of');
    // "In his new book, Lawless World, Philippe Sands suggests": a work its owner's determiner gives may stand after
    // any preposition but "of".
    const owned = ownedByDeterminer(layer, prose, k - 1);
    return !objectOfPreposition(layer, k - 1, owned ? 'of' : undefined) && prose.slice(m.end, m.end + 3).trimStart().startsWith(',');
  }
  return false;
}

/** Words of naming that a title follows after a work noun ("an album called …", "a game named …", "a show dubbed …"). */
const NAMING_WORDS = new Set(['called', 'named', 'dubbed']);

/** The most words between a possessive determiner and its work noun ("his new book", "her much-praised second novel"). */
const OWNER_REACH = 3;

/** Whether the work noun at layer token `noun` has a possessive determiner (data/language-verb-groups.json) before it in its noun phrase, adjectives between ("his new book"). */
function ownedByDeterminer(layer: Language, prose: string, noun: number): boolean {
  for (let k = noun - 1; k >= 0 && k >= noun - OWNER_REACH; k--) {
    const t = layer.tokens[k];
    if (t.sentence !== layer.tokens[noun].sentence) return false;
    if (verbGroupWords().possessiveDeterminers.has(prose.slice(t.start, t.end).toLowerCase())) return true;
    if (t.pos !== 'ADJ' && t.pos !== 'NUM' && t.pos !== 'ADV') return false;
  }
  return false;
}

/** Determiners that give a thing its owner, a body ("its Internet Explorer web browser"); "'s" counts too. */
const OWNERS = new Set(['its', 'their']);
/** The most nouns read after a name to the work noun its phrase ends in ("Internet Explorer web browser"). */
const OWNED_NOUNS = 2;

/**
 * "its Internet Explorer web browser", "Sony's PlayStation Portable console": mention `m` right after a body's
 * possessive (OWNERS or "'s") and before up to OWNED_NOUNS nouns that end its noun phrase in a work noun names the
 * owner's product or work, not a second body. Not in sports reports, where a side's "game" is a match; the caller
 * leaves out people's names ("Scorsese's Howard Hughes biopic" is about him: a full name the recogniser reads as a
 * person's, or one whose first word opens people's names).
 */
function ownedWork(layer: Language, prose: string, m: EntityMention, works: ReadonlySet<string>): boolean {
  const opening = layer.tokenAt(m.start);
  const before = layer.tokens[opening - 1];
  if (opening < 1 || !before || before.sentence !== layer.tokens[opening].sentence) return false;
  const owner = prose.slice(before.start, before.end);
  if (!OWNERS.has(owner.toLowerCase()) && !(before.pos === 'PART' && endsPossessive(owner) && namedOwner(layer, prose, opening - 2))) return false;
  const after = layer.tokenAt(m.end - 1) + 1;
  for (let k = after; k < after + OWNED_NOUNS; k++) {
    const t = layer.tokens[k];
    if (!t || t.sentence !== before.sentence || t.pos !== 'NOUN') return false;
    const next = layer.tokens[k + 1];
    if (works.has(prose.slice(t.start, t.end).toLowerCase()) && !(next && next.sentence === t.sentence && next.pos === 'NOUN')) return true;
  }
  return false;
}

/** Layer token `k` is a capitalised word that names no day or month: a body's name before "'s", not "Friday's BBC One show". */
function namedOwner(layer: Language, prose: string, k: number): boolean {
  const t = layer.tokens[k];
  if (!t) return false;
  const word = prose.slice(t.start, t.end);
  return isCapitalised(word) && !weekdayNames().includes(word) && !monthNames().includes(word);
}

/**
 * "older titles such as Total Recall and Rambo: First Blood", "films including Ray, Sideways and Kinsey", "companies
 * such as Nokia, Intel and Alcatel": the noun, lower case, that names the kind of a list of examples mention `m`
 * stands in: a list of capitalised names (joined by commas, "and", "or", and the lower-case small words of titles)
 * that opens after the noun and words that open its examples (data/entity-example-markers.txt). The noun may be the
 * sentence's first word, capitalised only as its start ("Singers such as Adele"). Undefined when `m` is in no such
 * list. What the noun names (works, bodies, people) is the caller's question.
 */
function exampleListNoun(layer: Language, prose: string, m: EntityMention): string | undefined {
  const opening = layer.tokenAt(m.start);
  const sentence = layer.tokens[opening]?.sentence;
  if (sentence === undefined) return undefined;
  const word = (i: number) => (i >= 0 && layer.tokens[i].sentence === sentence ? prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  exampleMarkers ??= [...readWordList('entity-example-markers.txt')].map((line) => splitAtSpaces(line.toLowerCase()));
  markerEnds ??= new Set(exampleMarkers.map((words) => words[words.length - 1]));
  for (let k = opening - 1; k >= 0 && k >= opening - EXAMPLE_LIST_TOKENS; k--) {
    const w = word(k);
    // A marker is matched only where its last word stands.
    const marker = markerEnds.has(w.toLowerCase()) ? exampleMarkers.find((words) => words.every((x, j) => word(k - (words.length - 1) + j).toLowerCase() === x)) : undefined;
    if (marker) return kindNounBefore(layer, prose, k - marker.length, sentence);
    if (!w || !(isCapitalised(w) || LIST_MARKS.has(w) || SMALL_TITLE_WORDS.has(layer.tokens[k].pos) || endsPossessive(w))) return undefined;
  }
  return undefined;
}

/**
 * The noun, lower case, that ends at token `k` of sentence `sentence` across the adjectives before it ("new | films"),
 * or the sentence's first word, capitalised only as its start, that the tagger read as a name ("Singers"); undefined
 * when none stands there.
 */
function kindNounBefore(layer: Language, prose: string, k: number, sentence: number): string | undefined {
  let noun = k;
  while (noun >= 0 && layer.tokens[noun].sentence === sentence && layer.tokens[noun].pos === 'ADJ') noun--;
  if (noun < 0 || layer.tokens[noun].sentence !== sentence) return undefined;
  const first = layer.sentences[sentence].first === noun && layer.tokens[noun].pos === 'PROPN';
  return layer.tokens[noun].pos === 'NOUN' || first ? prose.slice(layer.tokens[noun].start, layer.tokens[noun].end).toLowerCase() : undefined;
}

/** "films including Ray, Sideways and Kinsey": `m` stands in a list of examples of a work noun (exampleListNoun). */
function inExampleList(layer: Language, prose: string, m: EntityMention, works: ReadonlySet<string>): boolean {
  const noun = exampleListNoun(layer, prose, m);
  return !!noun && works.has(noun);
}

/** The most tokens read back from a name to the words that open a list of examples. */
const EXAMPLE_LIST_TOKENS = 30;
/** Marks inside a list of titles ("Rambo: First Blood, Hellboy and …", "What's My Name? and Gin and Juice"). */
const LIST_MARKS = new Set([',', ':', '&', '?', '!']);
/** Parts of speech of the lower-case words inside titles and between them ("House of the Dead", "and", "or"); a
 * clitic "'s" is read with them ("What's My Name?"). */
const SMALL_TITLE_WORDS = new Set(['ADP', 'DET', 'CCONJ', 'PART']);

let exampleMarkers: string[][] | null = null;
/** The last words of the example markers, by which a marker is looked for. */
let markerEnds: Set<string> | null = null;

/**
 * "nominated for playing Howard Hughes in The Aviator", "who portrays Churchill in Darkest Hour": a verb of playing a
 * part (data/entity-role-verbs.txt, by lemma), a capitalised name (the part), "in", then mention `m`, which is no
 * place of the gazetteer ("playing Hamlet in London"), no person's name and not in the possessive. Not in sports
 * reports (the caller's test).
 */
function playedIn(layer: Language, prose: string, m: EntityMention): boolean {
  const opening = layer.tokenAt(m.start);
  const t = layer.tokens[opening];
  // A director's or a writer's name in the possessive opens the phrase, not the title ("played Nellie in Mike Leigh's
  // latest film"); nor is a name the recogniser reads as a person's a title.
  if (!t || m.type === 'person') return false;
  // "in The Aviator": a determiner may stand between "in" and the title.
  const k = layer.tokens[opening - 1]?.pos === 'DET' ? opening - 2 : opening - 1;
  if (k < 1 || layer.tokens[k].lemma !== 'in' || layer.tokens[k].sentence !== t.sentence) return false;
  let j = k - 1;
  const partEnd = j;
  while (j >= 0 && j > partEnd - PART_WORDS && layer.tokens[j].pos === 'PROPN' && layer.tokens[j].sentence === t.sentence) j--;
  const played = j < partEnd && j >= 0 && layer.tokens[j].pos === 'VERB' && readWordList('entity-role-verbs.txt').has(layer.tokens[j].lemma);
  return played && !opensPossessive(prose.slice(m.end, m.end + 3)) && !lookupPlace(m.text);
}

/**
 * "Harry Potter author JK Rowling", "Ray actor Jamie Foxx", "Dead Man's Shoes' star Paddy Considine": mention `m`, or
 * its possessive, right before a noun of a work's credits (data/entity-work-credits.txt) and a capitalised name; not
 * a place ("US actor Bill Murray") nor a name read as a person's. A company's staff take nouns of their own ("Tesco
 * director"), which the list leaves out.
 */
function creditedBefore(layer: Language, prose: string, m: EntityMention): boolean {
  // "US actor Bill Murray", "Hollywood actress": a place before the noun says where the person is from.
  if (m.type === 'place' || m.type === 'person') return false;
  let k = firstTokenEndingAfter(layer, m.end - 1) + 1;
  const sentence = layer.tokens[k - 1]?.sentence;
  const word = (i: number) => (layer.tokens[i]?.sentence === sentence ? prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  if (layer.tokens[k]?.pos === 'PART' && (endsPossessive(word(k)) || word(k) === "'" || word(k) === '’')) k++;
  const credited = layer.tokens[k + 1]?.pos === 'PROPN' && readWordList('entity-work-credits.txt').has(word(k).toLowerCase()) && isCapitalised(word(k + 1));
  return credited && !lookupPlace(m.text);
}

/** The most words of a part's name read before "in" ("playing Howard Hughes in"). */
const PART_WORDS = 4;

/**
 * Mention `m`, with the possessive and capitalised words of its title after it ("Gulliver" of "Gulliver's Travels"),
 * ends its sentence with a full stop.
 */
function closesSentence(layer: Language, prose: string, m: EntityMention): boolean {
  let k = layer.tokenAt(m.end - 1) + 1;
  const sentence = layer.tokens[k - 1]?.sentence;
  const word = (i: number) => (layer.tokens[i] ? prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  if (layer.tokens[k]?.pos === 'PART' && endsPossessive(word(k))) k++;
  while (layer.tokens[k]?.sentence === sentence && layer.tokens[k].kind === 'word' && isCapitalised(word(k))) k++;
  return word(k) === '.' && layer.tokens[k].sentence === sentence && layer.tokens[k + 1]?.sentence !== sentence;
}

/** "the blockbuster West End musicals": the mention modifies a noun right after it in its sentence, so is no title. */
function modifiesNounAfter(layer: Language, m: EntityMention, sentence: number | undefined): boolean {
  const at = layer.tokenAt(m.end - 1) + 1;
  const after = layer.tokens[at];
  if (after?.sentence !== sentence) return false;
  // "a remake of Hollywood classic King Kong": a word the tagger reads as an adjective, before a noun or a name.
  const next = layer.tokens[at + 1];
  return after.pos === 'NOUN' || (after.pos === 'ADJ' && next?.sentence === sentence && (next.pos === 'NOUN' || next.pos === 'PROPN'));
}

/**
 * "her role in Vera Drake", "best actor for Kinsey": a cue of data/entity-work-cues.txt ending at layer token `k`,
 * not in sports reports ("the star of Chelsea"). Awards go to people too ("best actor for Jamie Foxx") and a
 * director's name may open the title ("role in Mike Nichols' Closer"): a name the recogniser reads as a person, or one
 * in the possessive, is no title here.
 */
function cuedAsTitle(layer: Language, prose: string, m: EntityMention, k: number, sport: boolean): boolean {
  if (sport || opensPossessive(prose.slice(m.end, m.end + 3))) return false;
  // No one is dated by a year's possessive, so a name read as a person's may be a title there ("1982's Blade Runner").
  // (What an award was won "for" may be a person: "best director for Alexander Payne". A name that opens as people's
  // names do is read as theirs whatever the recogniser typed it, so that a tag beside it cannot turn it: "Vera Drake".)
  return (m.type !== 'person' && (cueBefore(layer, prose, k) || (awardedFor(layer, prose, k) && !givenNameFirst(m.text)))) || afterYearPossessive(layer, prose, m, k);
}

/** Most tokens between "best" or an award's name and the "for" before the work it was won for ("best actress in a musical/comedy for"). */
const AWARD_REACH = 7;

/**
 * "won best actress in a musical/comedy for Being Julia", "the best original song award for Old Habits Die Hard",
 * "the Golden Globe and Oscar for …": whether layer token `k` is a "for" that "best", an award's name
 * (data/entity-awards.txt) or a noun of prizes (data/entity-award-nouns.txt) stands before, within AWARD_REACH tokens
 * of its sentence and no verb between; what follows is what the award was won for, in arts copy a work.
 */
function awardedFor(layer: Language, prose: string, k: number): boolean {
  const word = (i: number) => prose.slice(layer.tokens[i].start, layer.tokens[i].end);
  if (k < 1 || word(k).toLowerCase() !== 'for') return false;
  const awards = readWordList('entity-awards.txt');
  const nouns = readWordList('entity-award-nouns.txt');
  for (let j = k - 1; j >= 0 && j >= k - AWARD_REACH && layer.tokens[j].sentence === layer.tokens[k].sentence; j--) {
    const w = word(j);
    // ("best actress for", not "what is best for EU citizens".)
    if ((w.toLowerCase() === 'best' && j < k - 1) || awards.has(w) || nouns.has(w.toLowerCase())) return true;
    if (layer.tokens[j].pos === 'VERB' || layer.tokens[j].pos === 'AUX') return false;
  }
  return false;
}

/** Lemmas of naming a winner: "The Aviator has been named best film", "voted best comedy". */
const NAMING_LEMMAS: ReadonlySet<string> = new Set(['name', 'vote']);
/** Most words between "best" and the work noun it names ("best foreign language film"). */
const BEST_REACH = 4;

/**
 * "The Aviator has been named best film", "The Life and Death of Peter Sellers was also named best TV movie": whether
 * the title run `run` is the subject of a verb of naming (NAMING_LEMMAS) followed by "best" and a phrase of BEST_REACH
 * words at most whose head, its last word, is a work noun of `works` (not "Kelly was named best musical actress").
 */
function namedBest(layer: Language, prose: string, run: Span, works: ReadonlySet<string>): boolean {
  const word = (i: number) => (i < layer.tokens.length ? prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase() : '');
  const after = firstTokenEndingAfter(layer, run.end);
  const g = verbGroupAt(layer, after);
  if (!g || g.first !== after || !NAMING_LEMMAS.has(layer.tokens[g.head].lemma) || word(g.last + 1) !== 'best') return false;
  // The phrase's head is its last word: "best TV movie" names a work, "best musical actress" a person.
  let k = g.last + 2;
  while (k < layer.tokens.length && k <= g.last + 1 + BEST_REACH && ['NOUN', 'ADJ', 'PROPN'].includes(layer.tokens[k].pos)) k++;
  return k > g.last + 2 && works.has(word(k - 1));
}

/**
 * "1987's Robocop", "2004's Sideways": a year in the possessive right before the name dates a work or an event (both
 * `other`), not a person or a body; a place of the gazetteer is left alone ("2004's Athens Games" names the games).
 */
function afterYearPossessive(layer: Language, prose: string, m: EntityMention, k: number): boolean {
  const word = (i: number) => (i >= 0 ? prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  return endsPossessive(word(k)) && word(k).length === 2 && isDigits(word(k - 1)) && word(k - 1).length === 4 && !lookupPlace(m.text);
}

/** Work nouns that a sports report uses for its matches ("at the end of the game Andre Nzame III scored"; data/entity-work-sport-senses.txt). */
const SPORT_SENSES = { has: (w: string) => readWordList('entity-work-sport-senses.txt').has(w) };

/**
 * The noun at layer token `noun` ends a prepositional phrase: an adposition before it and its modifiers ("of the
 * film"); with `lemma`, only that adposition.
 */
function objectOfPreposition(layer: Language, noun: number, lemma?: string): boolean {
  let k = noun - 1;
  while (k >= 0 && (layer.tokens[k].pos === 'DET' || layer.tokens[k].pos === 'ADJ' || layer.tokens[k].pos === 'PRON')) k--;
  return k >= 0 && layer.tokens[k].pos === 'ADP' && (lemma === undefined || layer.tokens[k].lemma === lemma);
}

let workCues: string[][] | null = null;

/** Whether the words ending at layer token `last` are a cue of data/entity-work-cues.txt (one of its lines). */
function cueBefore(layer: Language, prose: string, last: number): boolean {
  workCues ??= [...readWordList('entity-work-cues.txt')].map((line) => splitAtSpaces(line.toLowerCase()));
  const word = (i: number) => (i >= 0 ? prose.slice(layer.tokens[i].start, layer.tokens[i].end).toLowerCase() : '');
  return workCues.some((cue) => cue.every((w, j) => word(last - (cue.length - 1) + j) === w));
}

/** `text` (what follows a name) opens with a possessive: an apostrophe and a whole-word "s", or an apostrophe and a space. */
function opensPossessive(text: string): boolean {
  if (text[0] !== "'" && text[0] !== '’') return false;
  return (text[1] === 's' && !isAsciiWordChar(text[2])) || hasSpace(text[1]);
}
