// Loads the figure word lists (data/figures-*.json) once into the sets and maps the parser reads.
import { readDataJson, readWordList } from '../dataFiles';

export interface Lexicon {
  cardinals: Map<string, number>;
  scaleWords: Map<string, number>;
  scaleSuffixes: Map<string, number>;
  fractions: Map<string, number>;
  vague: Set<string>;
  /** Each vague quantifier and the unit it counts in ("hundreds" → 100). */
  vagueBase: Map<string, number>;
  currencySymbols: Map<string, string>;
  prefixedSymbols: Map<string, string>;
  currencyCodes: Map<string, string>;
  currencyWords: Map<string, string>;
  qualifiedCurrencyWords: Map<string, string>;
  minorUnits: Map<string, [string, number]>;
  measure: Map<string, string>;
  measureQualifiers: Set<string>;
  /** Units of a device's or service's capacity and speed ("gb", "mbps"; data/figures-units.json specUnits). */
  specUnits: Set<string>;
  /** Lemmas of holding or having, and "with", before a capacity that is a product's spec ("can hold 6GB"; data/figures-context.json capacityLemmas). */
  capacityLemmas: Set<string>;
  /** Nouns of what a device or service can do, before "of" and a capacity ("speeds of 3.6Mbps"; data/figures-context.json capacityNouns). */
  capacityNouns: Set<string>;
  /** Words that make a capacity a measurement over users ("average speeds"; data/figures-context.json averageWords). */
  averageWords: Set<string>;
  timeUnits: Set<string>;
  percentWords: Set<string>;
  approximators: PhraseIndex;
  months: Set<string>;
  weekdays: Set<string>;
  /** Units a commodity is priced in ("barrel", "ounce"; data/figures-context.json commodityUnits). */
  commodityUnits: Set<string>;
  /** Goods traded on commodity markets ("crude", "gold"; data/figures-context.json commodityNouns): closed class. */
  commodityNouns: Set<string>;
  /** Nouns of a traded price ("price", "futures"; data/figures-context.json priceNouns). */
  priceNouns: Set<string>;
  timeWords: Set<string>;
  ageWords: Set<string>;
  ordinalSuffixes: Set<string>;
  scoreNouns: Set<string>;
  labelNouns: Set<string>;
  setDeterminers: Set<string>;
  chunkStops: Set<string>;
  irregularPlurals: Set<string>;
  knownNames: PhraseIndex;
  streetWords: Set<string>;
  raceDistances: Set<number>;
  eventWords: Set<string>;
  resultUnits: Set<string>;
  sportsCues: Set<string>;
  /** Notes after a goal's minute in a football summary ("Dunne 75 og", "Lampard 12 pen"): no counted noun. */
  scoringNotes: Set<string>;
  lifeStageWords: Set<string>;
  ageVerbs: Set<string>;
  publicSetNouns: Set<string>;
  /** Counted nouns of a game's statistics ("27 points", "three wickets") and the lemmas of the verbs that score them. */
  resultNouns: Set<string>;
  resultVerbs: Set<string>;
  /** Nouns of an election's result and the verbs that win them ("won 166 seats", "a majority of 167"). */
  electionNouns: Set<string>;
  electionVerbs: Set<string>;
  /** Counted nouns of a vote's tally ("11 abstentions", "310 votes") and the lemmas of the verbs that hold or decide a vote ("voted", "passed"). */
  voteNouns: Set<string>;
  voteVerbs: Set<string>;
  /** Words before a power of ten that make it the base a rate is quoted per ("per", "for every": "12 deaths per 100,000 people"). */
  rateBaseOpeners: Set<string>;
  /** Words that name a share market or its shares ("shares", "FTSE", "Nikkei"; lower case), the lemmas of the verbs of
   * a trading day ("close", "rise", "shed"), and the words that give a move's direction after "be" ("were down 10%"). */
  marketSubjects: Set<string>;
  marketVerbs: Set<string>;
  marketDirections: Set<string>;
  /** Lemmas of the verbs that give a price a stock ended or began the day at ("closed at $5.25"). */
  closingVerbs: Set<string>;
  /** A trading session that makes a move or price a market quote: a noun after "in" ("in composite trading"), a market
   * place ("on the Big Board"; phrases, lower case), and the nouns of "on volume of N shares". */
  marketSessionNouns: Set<string>;
  marketPlaces: PhraseIndex;
  /** Nouns that count the issues of a trading day's breadth ("declining issues", "gainers"). */
  marketBreadthNouns: Set<string>;
  tradingVolumeWords: Set<string>;
  /** Phrases right after a number of shares that make it a session's volume ("a million shares changing hands"). */
  tradingVolumeAfter: Set<string>;
  /** Nouns of people that an age bracket follows ("people over 60", "those under 18"). */
  personNouns: Set<string>;
  /** Nouns of a ranked list ("rankings", "standings", "charts"): a bare number before "in the … rankings" is a place in it. */
  rankingNouns: Set<string>;
  /** Nouns of a step in a ranking ("two places", "three spots"). */
  rankingSteps: Set<string>;
  /** Verbs of rising or falling that move a name up or down a ranking ("fell", "climbed"), lemmas. */
  rankingMoveVerbs: Set<string>;
  /** The largest count read as a fixed fact of record after a possessive ("the borough's 17 wards"). */
  recordMax: number;
  /** Words right before a figure that make it a restatement of the figure before it ("equivalent to", "an annual rate of"). */
  restatementLeads: Set<string>;
  /** The largest count read as a named body's make-up ("all 148 WTO members", "the 193 UN member states"). */
  memberCountMax: number;
  /** Nouns of membership that make a count before "of" and a name a body's make-up ("12 members of NATO"). */
  memberNouns: Set<string>;
  /** Phrases of a body's make-up before a count of its members ("made up of", "consists of"; data/figures-context.json makeUpPhrases). */
  makeUpPhrases: Set<string>;
  /** Nouns of a charge sheet that make a count before "of" the court's record ("10 charges of abuse"). */
  chargeNouns: Set<string>;
  /** Lemmas of a court's outcome or charge sheet before a count of charges ("found guilty of two offences", "admitted three counts"). */
  courtOutcomeLemmas: Set<string>;
  /** "a coalition of 12 charities": nouns of a body made of bodies, whose count of members is a fact of record. */
  collectiveNouns: Set<string>;
  /** Formal bodies of people whose size is a fact of record ("a panel of nine law lords", "a jury of 12"). */
  peopleBodyNouns: Set<string>;
  /** Nouns of a rule ("rules", "law", "pact") whose limits, after a rule lead ("Under EU rules", "by law"), are facts of record. */
  ruleNouns: Set<string>;
  /** Prepositions that open a rule's phrase ("under", "by"). */
  ruleLeads: Set<string>;
  /** Modals of obligation ("must", "shall") with which a rule sets its limits. */
  obligationModals: Set<string>;
  /** Words right before a figure that make it a limit ("below 3%", "exceed 70mph", "at least 20", "limited to 10"). */
  limitWords: Set<string>;
  /** Compass words that place one place from another ("30 miles southwest of Belfast"). */
  compassWords: Set<string>;
  /** Normalised units of distance (data/figures-units.json) a place's distance is given in. */
  distanceUnits: Set<string>;
  /** Nouns of young people whose "of" and a number give their age ("kids of 15, 16, 17"). */
  youngPeopleNouns: Set<string>;
  /** Words of a penalty the law sets ("a fine of", "fined", "penalties of"). */
  penaltyWords: Set<string>;
  /** Phrases that make a penalty the most the law allows ("up to", "a maximum of", "maximum"). */
  penaltyLimits: Set<string>;
  /** Nouns after "market" that name a listed company's worth at its share price ("market value", "market capitalisation"). */
  marketValueNouns: Set<string>;
  publicSetMax: number;
  /** Counted nouns of honours ("14 nominations", "three personal bests", "35 medals"): public record up to honourMax. */
  honourNouns: Set<string>;
  honourMax: number;
  /** The largest count in words read as a count of the story's own subjects ("Two UK gamers"; storyCount). */
  storyCountMax: number;
  /** Words before a count that make it a statistic ("up from just four", "more than five", "another three"). */
  statisticLeads: Set<string>;
  /** Lemmas of harm and loss whose counts a desk sources (SPEC: counts of people affected, injured or killed). */
  harmLemmas: Set<string>;
  /** Words before a fraction word that make it part of a period ("the first half", "the last quarter"). */
  periodPreceders: Set<string>;
  /** Words of position before a bare "half" that make it a part of a thing ("the bottom half of a Segway"), not a figure. */
  partPreceders: Set<string>;
  /** Words after a bare fraction that make it a figure ("a third of", "half the"). */
  fractionFollowers: Set<string>;
  /** Personal pronouns whose clause ends in an age after "be" or "turns" ("she will be 34."). */
  subjectPronouns: Set<string>;
  reportingVerbs: Set<string>;
  /** Lemmas of reporting verbs, matched against the tagger's lemma of a verb ("suggests", "asks", "points out"). */
  reportingLemmas: Set<string>;
  dataVerbs: Set<string>;
  /** Lemmas of verbs of gathering data, whose passive with a "by" agent sources its count ("were surveyed by Music Choice"). */
  collectionLemmas: Set<string>;
  /** Those of collectionLemmas that police and courts use too ("quizzed by ICM", "quizzed by police"): they source a count only with a named agent. */
  questioningLemmas: Set<string>;
  /** Lemmas of verbs by which a subject forecasts what its object clause says ("Hyundai expects its sales to grow 16%"). */
  forecastLemmas: Set<string>;
  /** Forecast lemmas of belief ("believe"): they source a forecast only for a named subject or a pronoun for one, not "analysts". */
  beliefLemmas: Set<string>;
  /** Lemmas (or "lemma particle") of verbs by which a subject states its demand, sourced as a forecast is ("demanded a 5% rise", "called for a £6 minimum wage"). */
  demandLemmas: Set<string>;
  /** Lemmas of verbs whose passive with a "by" agent forecasts the figures after it ("were forecast by the CBI to fall 3%"). */
  passiveForecastLemmas: Set<string>;
  /** Words and marks that end a clause and open another ("but", "while", ";"): the reach of a forecast's subject. */
  clauseBreaks: Set<string>;
  /** What a body writes or files ("petition", "filing", "annual report"): "In its … petition" opening a sentence sources it. */
  documentNouns: Set<string>;
  /** Words or lemmas of a body's reported results ("net income", "earnings", "earned"; data/accounts-words.txt). */
  accountsLemmas: Set<string>;
  /** Lemmas of the verbs by which a body reports its results ("reported", "posted"; resultsReportLemmas). */
  resultsReportLemmas: Set<string>;
  /** Lemmas of verbs that name what something is ("what Dimension Data calls an alarming development"). */
  namingLemmas: Set<string>;
  dataNouns: Set<string>;
  /** Data a body gives of itself after its own verb ("raised its estimate"; data/figures-attribution.json ownDataNouns). */
  ownDataNouns: Set<string>;
  /** A body's goals, its own figures that other figures are compared with ("the Bank's 2% target"; data/figures-attribution.json targetNouns; not a verb's own data: in "missed its target, turning in a 2.5% increase" the figure is a result). */
  targetNouns: Set<string>;
  /** Nouns of a claim whose claimant stands before them ("Labour's claim", "Tory claims"; data/figures-attribution.json claimNouns). */
  claimNouns: Set<string>;
  /** Data nouns that name the numbers themselves ("figures", "data"), not a document ("report", "survey"). */
  measurementNouns: Set<string>;
  sourcePhrases: PhraseIndex;
  passiveAuxiliaries: Set<string>;
  skipBeforeVerb: Set<string>;
  speakerPronouns: Set<string>;
  futureMarkers: Set<string>;
  /** Determiners before a reporting verb's participle that make it an adjective ("a reported $70m"). */
  nounDeterminers: Set<string>;
  /** Determiners that open the speaker after an inverted reporting verb ("said the ministry"). */
  inversionDeterminers: Set<string>;
  /** Past participles of reporting verbs not ending in "-ed" ("said", "told", "forecast"): with an auxiliary, a passive. */
  reportedParticiples: Set<string>;
  /** Conjunctions and prepositions a speaker before its reporting verb does not reach past. */
  speakerBoundaries: Set<string>;
}

let lexicon: Lexicon | null = null;

function read(name: string): Record<string, unknown> {
  return readDataJson<Record<string, unknown>>(name);
}

const map = <T>(o: unknown) => new Map(Object.entries(o as Record<string, T>));
const set = (o: unknown) => new Set(o as string[]);
/** Phrases by first word, longest first, so a lookup at each token costs one map access. */
export type PhraseIndex = Map<string, string[][]>;
const phrases = (o: unknown): PhraseIndex => {
  const index: PhraseIndex = new Map();
  for (const p of (o as string[]).map((x) => x.split(' ')).sort((a, b) => b.length - a.length)) {
    const list = index.get(p[0]) ?? [];
    list.push(p);
    index.set(p[0], list);
  }
  return index;
};

export function getLexicon(): Lexicon {
  if (lexicon) return lexicon;
  const numbers = read('figures-numbers.json');
  const currencies = read('figures-currencies.json');
  const units = read('figures-units.json');
  const context = read('figures-context.json');
  const attribution = read('figures-attribution.json');
  lexicon = {
    cardinals: map<number>(numbers.cardinals),
    scaleWords: new Map([...map<number>(numbers.scaleWords), ...map<number>(numbers.hundred), ...map<number>(numbers.dozen)]),
    scaleSuffixes: map<number>(numbers.scaleSuffixes),
    fractions: map<number>(numbers.fractions),
    vague: new Set(Object.keys(numbers.vagueQuantifiers as object)),
    vagueBase: new Map(Object.entries(numbers.vagueQuantifiers as Record<string, number>)),
    currencySymbols: map<string>(currencies.symbols),
    prefixedSymbols: map<string>(currencies.prefixedSymbols),
    currencyCodes: map<string>(currencies.codes),
    currencyWords: map<string>(currencies.words),
    qualifiedCurrencyWords: map<string>(currencies.qualifiedWords),
    minorUnits: map<[string, number]>(currencies.minorUnits),
    measure: map<string>(units.measure),
    measureQualifiers: new Set(Object.keys(units.measureQualifiers as object)),
    specUnits: set(units.specUnits),
    capacityLemmas: set(context.capacityLemmas),
    capacityNouns: set(context.capacityNouns),
    averageWords: set(context.averageWords),
    timeUnits: set(units.time),
    percentWords: new Set(Object.keys(units.percent as object)),
    approximators: phrases(context.approximators),
    months: set(context.months),
    weekdays: set(context.weekdays),
    commodityUnits: set(context.commodityUnits),
    commodityNouns: set(context.commodityNouns),
    priceNouns: set(context.priceNouns),
    timeWords: set(context.timeWords),
    ageWords: set(context.ageWords),
    ordinalSuffixes: set(context.ordinalSuffixes),
    scoreNouns: set(context.scoreNouns),
    labelNouns: set(context.labelNouns),
    setDeterminers: set(context.setDeterminers),
    chunkStops: set(context.chunkStops),
    irregularPlurals: set(context.irregularPlurals),
    knownNames: phrases(context.knownNames),
    streetWords: set(context.streetWords),
    raceDistances: new Set(context.raceDistances as number[]),
    eventWords: set(context.eventWords),
    resultUnits: set(context.resultUnits),
    sportsCues: set(context.sportsCues),
    scoringNotes: set(context.scoringNotes),
    lifeStageWords: set(context.lifeStageWords),
    ageVerbs: set(context.ageVerbs),
    publicSetNouns: set(context.publicSetNouns),
    publicSetMax: context.publicSetMax as number,
    honourNouns: set(context.honourNouns),
    honourMax: context.honourMax as number,
    storyCountMax: context.storyCountMax as number,
    statisticLeads: set(context.statisticLeads),
    harmLemmas: set(context.harmLemmas),
    resultNouns: set(context.resultNouns),
    resultVerbs: set(context.resultVerbs),
    electionNouns: set(context.electionNouns),
    electionVerbs: set(context.electionVerbs),
    voteNouns: set(context.voteNouns),
    voteVerbs: set(context.voteVerbs),
    rateBaseOpeners: set(context.rateBaseOpeners),
    marketSubjects: set(context.marketSubjects),
    marketVerbs: set(context.marketVerbs),
    marketDirections: set(context.marketDirections),
    closingVerbs: set(context.closingVerbs),
    marketSessionNouns: set(context.marketSessionNouns),
    marketPlaces: phrases(context.marketPlaces),
    marketBreadthNouns: set(context.marketBreadthNouns),
    tradingVolumeWords: set(context.tradingVolumeWords),
    tradingVolumeAfter: set(context.tradingVolumeAfter),
    personNouns: set(context.personNouns),
    rankingNouns: set(context.rankingNouns),
    rankingSteps: set(context.rankingSteps),
    rankingMoveVerbs: set(context.rankingMoveVerbs),
    recordMax: context.recordMax as number,
    restatementLeads: set(context.restatementLeads),
    memberCountMax: context.memberCountMax as number,
    memberNouns: set(context.memberNouns),
    makeUpPhrases: set(context.makeUpPhrases),
    chargeNouns: set(context.chargeNouns),
    courtOutcomeLemmas: set(context.courtOutcomeLemmas),
    collectiveNouns: set(context.collectiveNouns),
    peopleBodyNouns: set(context.peopleBodyNouns),
    ruleNouns: set(context.ruleNouns),
    ruleLeads: set(context.ruleLeads),
    obligationModals: set(context.obligationModals),
    limitWords: set(context.limitWords),
    compassWords: set(context.compassWords),
    distanceUnits: set(context.distanceUnits),
    youngPeopleNouns: set(context.youngPeopleNouns),
    penaltyWords: set(context.penaltyWords),
    penaltyLimits: set(context.penaltyLimits),
    marketValueNouns: set(context.marketValueNouns),
    periodPreceders: set(context.periodPreceders),
    partPreceders: set(context.partPreceders),
    fractionFollowers: set(context.fractionFollowers),
    subjectPronouns: set(context.subjectPronouns),
    reportingVerbs: set(attribution.reportingVerbs),
    reportingLemmas: set(attribution.reportingLemmas),
    dataVerbs: set(attribution.dataVerbs),
    collectionLemmas: set(attribution.collectionLemmas),
    questioningLemmas: set(attribution.questioningLemmas),
    namingLemmas: set(attribution.namingLemmas),
    forecastLemmas: set(attribution.forecastLemmas),
    beliefLemmas: set(attribution.beliefLemmas),
    demandLemmas: set(attribution.demandLemmas),
    passiveForecastLemmas: set(attribution.passiveForecastLemmas),
    clauseBreaks: set(attribution.clauseBreaks),
    documentNouns: set(attribution.documentNouns),
    accountsLemmas: new Set(readWordList('accounts-words.txt')),
    resultsReportLemmas: set(attribution.resultsReportLemmas),
    dataNouns: set(attribution.dataNouns),
    ownDataNouns: set(attribution.ownDataNouns),
    targetNouns: set(attribution.targetNouns),
    claimNouns: set(attribution.claimNouns),
    measurementNouns: set(attribution.measurementNouns),
    sourcePhrases: phrases(attribution.sourcePhrases),
    passiveAuxiliaries: set(attribution.passiveAuxiliaries),
    skipBeforeVerb: set(attribution.skipBeforeVerb),
    speakerPronouns: set(attribution.speakerPronouns),
    futureMarkers: set(attribution.futureMarkers),
    nounDeterminers: set(attribution.nounDeterminers),
    inversionDeterminers: set(attribution.inversionDeterminers),
    reportedParticiples: set(attribution.reportedParticiples),
    speakerBoundaries: set(attribution.speakerBoundaries),
  };
  return lexicon;
}
