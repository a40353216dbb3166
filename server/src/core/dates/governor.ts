// The verb group that governs a date, read from the linguistic layer (tokens, POS, verb groups, quotations).
import { asideStart, languageOf, quotationAt, verbGroupAt, verbGroupsIn, verbGroupWords, type Language, type Token, type Upos, type VerbGroup } from '../language';
import { inHeadline } from '../entities/headlines';
import type { Article, Span } from '../types';
import type { TenseCue } from './tense';
import { wordList } from './words';
import { contextSet } from './context';
import { monthNumber } from './expr';
import { getLexicon } from '../figures/lexicon';

type GovernorTense = 'past' | 'present' | 'future';

/** The verb group that governs a date, with what the tense rule needs to know about it. */
export interface Governor extends Span {
  tense: GovernorTense;
  /** Future made with will/shall ("will meet", "’ll visit", "won’t open"), not "is due to" or "plans to". */
  will: boolean;
  /** "will have met": a future that may speak of a completed past; the tense rule stays quiet about it. */
  perfect: boolean;
  /** "has eliminated", "have agreed": the present perfect, which tells of something done by now. */
  presentPerfect: boolean;
  /** A plan told in the past: be + -ing ("was leaving") or be + due/going/set … to ("was due to resume"). */
  plan: boolean;
  /** be + -ing in the present, not perfect ("is traveling"): happening now or planned. */
  progressive: boolean;
  /** The clause is reported speech: `past` under "said", `present` under "says"; inside a direct quotation, `past`. */
  reported: 'past' | 'present' | null;
  /** The reporting verb group, when there is one outside the governing group. */
  reporter: Span | null;
  /** "did not rule out", "never met": the group is negated. */
  negated: boolean;
  /** "if in the next few weeks we achieved …": the group's clause opens with a conditional (data "conditionalOpeners"). */
  hypothetical: boolean;
  /** The lemma of the group's main verb ("promise" for "has promised"). */
  lemma: string;
  /**
   * "Huge changes are afoot in 2004, he predicted": the forecasting verb (data/dates-context.json forecastingVerbs)
   * that reports the governing group's present tense, which then looks ahead (tense 'future', a plan); else absent.
   */
  forecastBy?: Span;
  /** "The rights, which expire Nov. 21": a simple present of a timetable's verb with its date right after it (scheduledPresent), read as looking ahead. */
  schedule?: boolean;
}

/** Punctuation that ends a clause. */
const CLAUSE_MARKS = new Set([';', ':', '(', ')', '"', '“', '”', '—', '–']);
/** Farthest a governing verb is looked for, in tokens either side of the date: a verb further off governs another clause. */
const REACH = 60;

const word = (article: Article, t: Token) => article.prose.slice(t.start, t.end);

/** Whether layer token `t` ends a clause: a clause mark (; : ( ) quotation marks), a clause opener ("that", "when") or a dash between spaces. */
export function isBoundary(article: Article, t: Token): boolean {
  const w = word(article, t);
  // Subordinators and relative words (data/language-verb-groups.json "clauseOpeners") open a clause of their own.
  return CLAUSE_MARKS.has(w) || (t.pos !== 'PUNCT' && verbGroupWords().clauseOpeners.has(w.toLowerCase())) || (w === '-' && article.prose[t.start - 1] === ' ');
}


/** A modal of possibility or need with a bare verb (data "forwardModals": "can expect", "could rule"): it looks ahead. */
function looksAhead(g: VerbGroup): boolean {
  return g.modal !== null && !g.perfect && verbGroupWords().forwardModals.has(g.modal);
}

/**
 * A modal that looks ahead, as the tense rule reads it: a future that may not run back to a time already past. Not
 * "could", which is also the past of "can" ("could not attend last week").
 */
function forwardModal(g: VerbGroup): boolean {
  return looksAhead(g) && g.modal !== 'could';
}

/** tenseOf, with a forward modal read as a future. */
function governedTense(g: VerbGroup): GovernorTense | null {
  return tenseOf(g) ?? (forwardModal(g) ? 'future' : null);
}

/** The group's tense as the tense rule reads it; null for a modal without tense ("would", "could") or a non-finite group. */
function tenseOf(g: VerbGroup): GovernorTense | null {
  if (g.modal !== null || g.tense === 'none') return null;
  return g.tense;
}

/** Parts of speech that open an object after an infinitive ("to close the deal"); a close's complement opens otherwise ("to close 12% down", "to end at 120p"). */
const OBJECT_TAGS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'DET', 'PRON']);

/**
 * "Virgin Blue's shares recovered slightly to close 12% down on Wednesday" (review 104): an infinitive of a trading
 * day's close (data/dates-context.json closingInfinitives) with no object, after a past verb of a market's move (data
 * figures-context.json marketVerbs; adverbs between), tells the result of that move, in its time: the past verb
 * group; else null. ("hoped to close the deal" has an object; "wanted to finish" tells no move.)
 */
function movedToClose(layer: Language, g: VerbGroup): VerbGroup | null {
  const after = layer.tokens[g.last + 1];
  if (!contextSet('closingInfinitives').has(layer.tokens[g.last].lemma) || !after || OBJECT_TAGS.has(after.pos)) return null;
  let k = g.first - 2;
  while (k >= 0 && layer.tokens[k].pos === 'ADV') k--;
  const cue = k >= 0 ? verbGroupAt(layer, k) : null;
  return cue && cue.last === k && cue.tense === 'past' && cue.modal === null && getLexicon().marketVerbs.has(layer.tokens[cue.head].lemma) ? cue : null;
}

/**
 * The verb that governs the date at `span` (UTF-16 offsets into the article): the nearest finite verb group before it
 * in its clause ("died on 2 February", "will host the pilgrims again on Sept. 1"), else, for a date at the head of
 * its clause, the first one after it ("On 2 February, he died"). A clause ends at ; : ( ) quotation marks, dashes
 * and clause openers ("that", "when"). An infinitive in between ("hoped to return in 2006") leaves the date untensed
 * unless a future cue governs it ("plans to auction … on 19 December"). Null when no verb governs the date, or when
 * the governing group has no tense (a modal such as "would"). Reads `languageOf(article)`; never throws.
 */
export function governingVerb(article: Article, span: Span): Governor | null {
  const layer = languageOf(article);
  const first = layer.tokenAt(span.start);
  if (first < 0) return null;
  let last = first;
  while (last + 1 < layer.tokens.length && layer.tokens[last + 1].start < span.end) last++;
  const sentence = layer.sentences[layer.tokens[first].sentence];
  // "Then, after extending its offer four times waiting for a ruling, IMA early this month lowered its offer"
  // (slips108): a date between its clause's subject and the finite verb right after it is that verb's.
  let found: VerbGroup | null = interposedBefore(article, layer, first, last);
  // A gerund passed after "after" or "since" tells what came before its verb: a past, whatever that verb's tense.
  let toldBefore = false;
  // Backwards, within the clause.
  for (let i = first - 1; i >= Math.max(sentence.first, first - REACH) && !found; i--) {
    const t = layer.tokens[i];
    // A bracketed aside before the date is passed whole ("following the Devolution (Further Powers) Committee report
    // next week"): the verb inside it is not the date's.
    const open = word(article, t) === ')' ? openingBracket(article, layer, i, sentence.first) : -1;
    if (open >= 0) {
      i = open;
      continue;
    }
    if (isBoundary(article, t)) break;
    const g = verbGroupAt(layer, i);
    if (!g || g.last !== i) continue;
    i = g.first;
    // "hoped to return in 2006": an infinitive; only a future cue before "to" gives it a tense ("plans to auction").
    const to = layer.tokens[g.first - 1];
    if (to && to.lemma === 'to' && to.pos === 'PART') {
      const cue = verbGroupAt(layer, g.first - 2);
      // "will have to spend the weekend in jail": an infinitive after a future is in that future too.
      if (cue && (wordList('dates-future-cues.txt').has(word(article, layer.tokens[cue.last]).toLowerCase()) || (cue.tense === 'future' && !cue.perfect && cue.last === g.first - 2))) {
        // A present cue ("intends to strike on Oct. 20") is read below as a plan told now.
        found = cue.tense === 'present' && !cue.perfect ? cue : { ...cue, tense: 'future' };
        break;
      }
      // "will ask Parliament to renew the law in January": an infinitive after a future verb's object is in that future too.
      const asked = futureBeforeObject(article, layer, g.first - 2, sentence.first);
      if (asked) {
        // (A present verb of planning is read below as a plan told now, as before its own "to".)
        found = asked.tense === 'present' ? asked : { ...asked, tense: 'future' };
        break;
      }
      const moved = movedToClose(layer, g);
      if (moved) { found = moved; break; }
      return null;
    }
    // "Klein, who often argued with the ministry, steps down on 16 January": a verb in a relative clause that closed
    // before the date is not the date's; the verb before the clause may be ("Stern joined the service, which is not
    // governed by US regulators, next year").
    const relative = commaBetween(article, layer.tokens[g.last].end, span.start) ? relativeOpening(article, layer, g.first, sentence.first) : -1;
    if (relative >= 0) {
      i = relative;
      continue;
    }
    // "the appeal, held at the Bristol Academy on 19 February": a bare participle after a comma opens a reduced relative clause.
    if (g.first === g.last && g.tense === 'past' && word(article, layer.tokens[g.first - 1] ?? layer.tokens[g.first]) === ',' && asideStart(layer, article.prose, g.first - 1, sentence.first) < 0 && !isReporting(article, layer, g)) return null;
    // "planned to ship a computer based on the 486 chip early next year": a bare participle right after the object of
    // an infinitive opens a reduced relative clause, and a date past its complement may belong to the infinitive; the
    // date stays untensed. A date right after the participle is its own ("a bid launched next week" is a slip), and
    // after a verb with a tense the noun may be the subject of a reported clause ("said the economy added 358,000 jobs
    // next month" is a slip).
    // After a future, the participle tells of no past ("will review the information contained in the statement over
    // the next week", "will be included in the chart published on 17 April"): the date is untensed.
    const reduced = reducedRelative(article, layer, g, sentence.first);
    if (reduced === 'future' || reduced === 'complement' || (reduced === 'infinitive' && layer.tokens.slice(g.last + 1, first - 1).some((t) => t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'NUM'))) return null;
    // A headline drops its auxiliaries: a bare -ed form after a noun is a passive of no set time ("Stagecoach sees
    // Swebus deal agreed next week": is to be agreed).
    if (g.first === g.last && g.tense === 'past' && (layer.tokens[g.first - 1]?.pos === 'NOUN' || layer.tokens[g.first - 1]?.pos === 'PROPN') && inHeadline(article, span.start)) return null;
    // "will receive backing on Thursday", "stopped working on Monday": a bare -ing form right after a verb is its
    // object or complement; the verb before governs.
    // So does a passive one: "are due to start being phased in last month".
    if (g.tense === 'none' && /ing$/i.test(word(article, layer.tokens[g.first])) && verbGroupAt(layer, g.first - 1)?.last === g.first - 1) continue;
    // "withdrew after missing a test on 12 August", "will speak before leaving on 3 June": a gerund after a
    // preposition has no tense of its own; it happens in the time of the verb its phrase hangs on.
    // "will kill 224 people, including 12 Americans, on Aug. 7": a bare -ing form right after a comma opens an aside
    // that closes before the date; the verb before the aside governs.
    const ingAfterComma = bareIngAfterComma(article, layer, g);
    if (ingAfterComma && commaBetween(article, layer.tokens[g.last].end, span.start)) continue;
    // "sought to soften his words, saying on Saturday that …": a bare -ing form right after a comma, the date right
    // after it (a preposition between at most), tells what went with the finite verb before the comma, in that verb's
    // time. Not when an object stands between ("launching new shows in May": the date may be the object's), nor a
    // participle that works as a preposition ("including his arrest in 1998").
    if (ingAfterComma && first - g.last <= 2 && (first - g.last === 1 || layer.tokens[g.last + 1].pos === 'ADP') && !contextSet('prepositionalParticiples').has(word(article, layer.tokens[g.first]).toLowerCase())) {
      const main = finiteBefore(layer, g.first - 1, sentence.first);
      if (main) { found = main; break; }
    }
    // "gave vociferous support, with Nadal and Moya winning both Friday's singles rubbers" (review 108): a bare -ing
    // form after "with" and its subject, the clause set off by a comma, tells what went with the finite verb before the
    // comma, in that verb's time; the date right after it (determiners, adverbs or a preposition between, two at most) is its own.
    const comma = withAbsolute(article, layer, g, sentence.first);
    if (comma >= 0 && layer.tokens.slice(g.last + 1, first).every((t) => t.pos === 'DET' || t.pos === 'ADP' || t.pos === 'ADV') && first - g.last <= 3) {
      const main = finiteBefore(layer, comma, sentence.first);
      if (main) { found = main; break; }
    }
    if (gerundAfterPreposition(article, layer, g)) {
      toldBefore ||= TOLD_BEFORE.has(word(article, layer.tokens[prepositionBefore(layer, g)]).toLowerCase());
      // "is charged with gunning down the doctor last fall", "the man, accused of stealing a car last week": the act
      // one is charged with, accused of or jailed for is done, whatever the tense of the charging.
      const accuser = accusedAct(article, layer, g);
      if (accuser) {
        const charged = describeGovernor(article, layer, accuser, sentence, span);
        return charged && { ...charged, end: layer.tokens[g.last].end, tense: 'past', will: false, plan: false, progressive: false, perfect: false, presentPerfect: false, lemma: layer.tokens[g.head].lemma };
      }
      continue;
    }
    // "there was a Cabinet discussion following the committee report last week": "following" before a noun phrase
    // is a preposition of what came before, as "after" is; the verb before it governs the date.
    if (toldBeforeParticiple(article, layer, g)) {
      toldBefore = true;
      continue;
    }
    if (governedTense(g) === null) return null;
    found = g;
  }
  const reading = found && isReporting(article, layer, found) ? reportedDate(article, layer, found, first, last) : 'verb';
  if (reading === 'untensed') return null;
  if (reading === 'clause') found = null;
  if (!found) {
    // Forwards: only a date at the head of its clause reaches a verb past a comma.
    let k = first - 1;
    // A place in a fronted phrase stands there too: "In Washington tomorrow, the FAA released …".
    // So do the other end of a range and its day ("Between 1 May and 30 September 2023, …").
    // And so does a prepositional phrase the sentence opens with, closed by a comma after the date: "In another case
    // next October, she pleaded guilty" (BBC slips).
    // (Not "Despite the rejection of the bid last week,": only a phrase of place or occasion sets the clause's time.)
    const phrase = FRAMING_PREPOSITIONS.has(layer.tokens[sentence.first].lemma) && word(article, layer.tokens[last + 1] ?? layer.tokens[last]) === ',';
    const front = (t: Token) => verbGroupWords().clauseFrontWords.has(word(article, t).toLowerCase()) || t.pos === 'PROPN' || t.pos === 'NUM' || monthNumber(word(article, t)) !== null || (phrase && FRONTED_PHRASE.has(t.pos));
    while (k >= sentence.first && !isBoundary(article, layer.tokens[k]) && front(layer.tokens[k])) k--;
    // "Following the death later this year of Kalan Karim, it organised a march" (slips115): a phrase of what came
    // before (TOLD_BEFORE) that opens the sentence dates an event before the main clause's verb, which is past only if
    // that verb is (toldBefore).
    const openedBefore = phraseOfBefore(article, layer, sentence.first, first, last);
    toldBefore ||= openedBefore;
    const fronted = k < sentence.first || isBoundary(article, layer.tokens[k]) || openedBefore;
    for (let i = last + 1, reach = last + REACH; i <= Math.min(sentence.last, reach); i++) {
      const t = layer.tokens[i];
      // A bracketed aside inside the subject ("economists at PricewaterhouseCoopers (PWC) warned") is passed whole.
      const close = word(article, t) === '(' ? closingBracket(article, layer, i, sentence.last) : -1;
      if (close > 0) {
        reach += close - i + 1;
        i = close;
        continue;
      }
      if (isBoundary(article, t)) break;
      // (A date fronted in a clause a subordinator opens, "heard that in September 2023, Wilson will …", is that clause's.)
      if (!fronted && word(article, t) === ',') break;
      const g = verbGroupAt(layer, i);
      if (!g) continue;
      // "Tomorrow afternoon, President Juncker, accompanied by …, will attend": a bare participle after a comma opens
      // an aside; the main verb comes after it.
      // Only when a comma closes the aside before the next verb ("Freeh, on a visit to Mexico, asked officials to
      // help" has none: "asked" is the main verb).
      if (g.first === g.last && g.tense === 'past' && word(article, layer.tokens[g.first - 1]) === ',' && !isReporting(article, layer, g) && asideCloses(article, layer, g.last + 1, sentence.last)) {
        i = g.last;
        continue;
      }
      // "Next week, ministers said, the talks will resume": a reporting clause set off by commas after a fronted
      // date is an aside; the date is the main clause's.
      const asideEnd = fronted ? reportingAsideEnd(article, layer, g, sentence.last) : -1;
      if (asideEnd > 0) {
        i = asideEnd;
        continue;
      }
      if (governedTense(g) === null) return null;
      found = g;
      break;
    }
  }
  const governor = found ? describeGovernor(article, layer, found, sentence, span) : null;
  // "will have surgery on Monday after fracturing his thumb on Saturday": what came before a future may be past.
  return toldBefore && governor?.tense === 'future' ? null : governor;
}

/**
 * The finite verb group (with a tense, not a bare modal) that opens right after a date spanning layer tokens
 * `first`..`last`, when a noun, a name or a pronoun, the subject's head, stands right before the date in its sentence
 * with no verb back to its clause's start (a comma, a boundary or the sentence's start: "IMA early this month lowered
 * its offer", "Shares in Tesco last week fell"); else null.
 */
function interposedBefore(article: Article, layer: Language, first: number, last: number): VerbGroup | null {
  const before = layer.tokens[first - 1];
  const g = verbGroupAt(layer, last + 1);
  if (!before || !g || g.first !== last + 1 || before.sentence !== layer.tokens[first].sentence || !SUBJECT_HEADS.has(before.pos)) return null;
  // The noun must be the subject's, not an object's: no verb between it and its clause's start ("The states which joined
  // the EU last year will see 4.6% growth": the date is the relative clause's).
  const sentenceFirst = layer.sentences[before.sentence].first;
  for (let k = first - 1; k >= sentenceFirst && !isBoundary(article, layer.tokens[k]) && layer.tokens[k].pos !== 'PUNCT'; k--) if (verbGroupAt(layer, k) || layer.tokens[k].pos === 'VERB' || layer.tokens[k].pos === 'AUX') return null;
  return governedTense(g) !== null && g.tense !== 'none' ? g : null;
}
const SUBJECT_HEADS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'PRON']);

/**
 * Whether the date at layer tokens `first`..`last` stands in a phrase of what came before that opens its sentence at
 * token `opening` ("After the vote last week, …", "Following the death later this year of Kalan Karim, …"): the
 * sentence's first word is one of TOLD_BEFORE, and the words up to a comma after the date are nouns, names, numbers,
 * determiners, adjectives and prepositions only.
 */
function phraseOfBefore(article: Article, layer: Language, opening: number, first: number, last: number): boolean {
  if (!TOLD_BEFORE.has(word(article, layer.tokens[opening]).toLowerCase())) return false;
  const noun = (k: number) => FRONTED_PHRASE.has(layer.tokens[k].pos) || layer.tokens[k].pos === 'PROPN' || layer.tokens[k].pos === 'NUM';
  for (let k = opening + 1; k < first; k++) if (!noun(k)) return false;
  for (let k = last + 1; k < layer.tokens.length && layer.tokens[k].sentence === layer.tokens[first].sentence; k++) {
    if (word(article, layer.tokens[k]) === ',') return true;
    if (!noun(k)) return false;
  }
  return false;
}

/** Prepositions of place or occasion that may open such a phrase ("In another case", "At a hearing", "On a visit"). */
const FRAMING_PREPOSITIONS: ReadonlySet<string> = new Set(['in', 'at', 'on', 'during']);
/** Parts of speech of a prepositional phrase that opens a sentence before its date ("In another case next October,"). */
const FRONTED_PHRASE: ReadonlySet<string> = new Set(['ADP', 'DET', 'ADJ', 'NOUN']);

/** The longest bracketed aside, in tokens, passed when reading forwards to a date's verb. */
const MAX_ASIDE = 8;

/** The token of the ")" that closes the "(" at token `open` within MAX_ASIDE tokens and the sentence (ending at token `last`); -1 if none. */
function closingBracket(article: Article, layer: Language, open: number, last: number): number {
  for (let k = open + 1; k <= Math.min(last, open + MAX_ASIDE); k++) if (word(article, layer.tokens[k]) === ')') return k;
  return -1;
}

/** The token of the "(" that opens the ")" at token `close` within MAX_ASIDE tokens and the sentence (from token `first`); -1 if none. */
function openingBracket(article: Article, layer: Language, close: number, first: number): number {
  for (let k = close - 1; k >= Math.max(first, close - MAX_ASIDE); k--) if (word(article, layer.tokens[k]) === '(') return k;
  return -1;
}

/** Prepositions of an event or gerund told as what came before its verb ("after fracturing", "since winning", "following the report"). */
export const TOLD_BEFORE: ReadonlySet<string> = new Set(['after', 'following', 'since']);

/**
 * The Governor governingVerb returns for the verb group `found` that governs the date at `span` in `sentence`: its
 * tense read with the plans, forecasts, reporting verbs and obligations around it; null when it has no tense.
 */
function describeGovernor(article: Article, layer: Language, found: VerbGroup, sentence: { first: number; last: number }, span: Span): Governor | null {
  // "On Tuesday, the League plans to hold a rally": a present verb of planning with "to" after it looks ahead, as it
  // does when the date follows its infinitive (above).
  // "The rights, which expire Nov. 21, can be exercised": a present verb of a timetable with its date right after it
  // tells a schedule, which looks ahead (slips87).
  const schedule = scheduledPresent(article, layer, found, span);
  const presentPlan = presentPlanAhead(article, layer, found) || schedule;
  if (presentPlan) found = { ...found, tense: 'future' };
  const tense = governedTense(found);
  if (tense === null) return null;
  const { reporter, reported, forecast } = reportingOf(article, layer, found, sentence, span, tense);
  const { ahead, plan } = lookingAhead(article, layer, found, tense, sentence, presentPlan || forecast);
  const obligation = found.perfect && gotTo(article, layer, found);
  return {
    start: found.start, end: found.end, tense: obligation ? 'present' : ahead ? 'future' : tense, will: tense === 'future' && WILL.has(layer.tokens[found.first].lemma),
    perfect: found.perfect && tense === 'future', presentPerfect: found.perfect && tense === 'present' && !obligation, plan, reported, progressive: presentProgressive(found, tense, ahead),
    reporter: reporter && { start: reporter.start, end: reporter.end }, negated: found.negated, hypothetical: conditionalClause(article, layer, found.first, sentence.first),
    lemma: layer.tokens[found.head].lemma, ...(forecast && reporter ? { forecastBy: { start: reporter.start, end: reporter.end } } : {}), ...(schedule ? { schedule: true } : {}),
  };
}

/**
 * Who reports the clause of `found` (read as `tense`) that governs the date at `span`: the reporting verb group of
 * its sentence outside it (reporterOf), whether the clause is reported in the past or present (a direct quotation
 * counts as past), and whether that reporter forecasts a present ("… are afoot in 2004, he predicted").
 */
function reportingOf(article: Article, layer: Language, found: VerbGroup, sentence: { first: number; last: number }, span: Span, tense: GovernorTense): { reporter: VerbGroup | null; reported: Governor['reported']; forecast: boolean } {
  const reporter = reporterOf(article, layer, found, sentence);
  const reported: Governor['reported'] = quotationAt(article, span.start) ? 'past' : reporter ? (reporter.tense === 'present' ? 'present' : 'past') : null;
  const forecast = reporter !== null && tense === 'present' && !found.perfect && contextSet('forecastingVerbs').has(layer.tokens[reporter.head].lemma);
  return { reporter, reported, forecast };
}

/** Whether `found`, read as `tense` and looking `ahead` or not, is a present progressive that is not perfect ("is traveling"). */
function presentProgressive(found: VerbGroup, tense: GovernorTense, ahead: boolean): boolean {
  return found.progressive && !found.perfect && tense === 'present' && !ahead;
}

/**
 * Whether the governing group `found` (of tense `tense`) looks ahead from when it is told, and whether it is a plan:
 * a bare participle of a verb of planning ("departures expected in the coming weeks", "a hearing scheduled for 5
 * June") in a clause told in the present or future (participleAhead), or a plan or forecast found already (`forward`:
 * a present verb of planning before "to", a present clause a forecasting verb reports).
 */
function lookingAhead(article: Article, layer: Language, found: VerbGroup, tense: GovernorTense, sentence: { first: number; last: number }, forward: boolean): { ahead: boolean; plan: boolean } {
  const planned = found.first === found.last && tense === 'past' && wordList('dates-future-cues.txt').has(word(article, layer.tokens[found.first]).toLowerCase());
  const ahead = (planned && participleAhead(article, layer, found, sentence.first, sentence.last)) || (forward && tense === 'present');
  return { ahead, plan: planned || forward || found.progressive || found.prospective || forwardModal(found) };
}

/** Most tokens of a verb's object before an infinitive it governs ("will ask the new Parliament to renew"). */
const OBJECT_REACH = 4;
/** Parts of speech of such an object, or of a phrase the verb takes instead ("will not be coming out of retirement to compete"). */
const OBJECT_HEADS = ['NOUN', 'PROPN', 'PRON'];
const OBJECT_WORDS: ReadonlySet<string> = new Set([...OBJECT_HEADS, 'DET', 'ADJ', 'ADP']);

/**
 * The future verb group ("will", not "going to" nor perfect; negated or not), or a present verb of planning or
 * expecting of data/dates-future-cues.txt ("expect", "wants"), whose object ends at token `end`, right
 * before an infinitive's "to" ("will ask Parliament | to renew", "will urge them | to act", "will not be coming out of
 * retirement | to compete"): the object is at most OBJECT_REACH tokens of determiners, adjectives, nouns, names,
 * pronouns and prepositions after the group, in its sentence; null otherwise.
 */
function futureBeforeObject(article: Article, layer: Language, end: number, sentenceFirst: number): VerbGroup | null {
  let k = end;
  while (k >= sentenceFirst && end - k < OBJECT_REACH && OBJECT_WORDS.has(layer.tokens[k].pos)) k--;
  if (k === end || k < sentenceFirst) return null;
  const g = verbGroupAt(layer, k);
  if (!g || g.last !== k || g.prospective || g.perfect) return null;
  // ("Officials expect the road to reopen next week": a present verb of planning or expecting looks ahead as "will" does.)
  const cues = wordList('dates-future-cues.txt');
  const planning = g.tense === 'present' && g.first === g.last && (cues.has(word(article, layer.tokens[k]).toLowerCase()) || cues.has(layer.tokens[k].lemma));
  return g.tense === 'future' || planning ? g : null;
}

/** Whether token `i` stands before "to" read as a preposition ("due to the strike"), not the infinitive's marker ("due to report"). */
function beforePrepositionTo(layer: Language, i: number): boolean {
  const next = layer.tokens[i + 1];
  return next?.lemma === 'to' && next.pos === 'ADP';
}

/** Whether an object of OBJECT_REACH tokens at most, opening at token `k`, comes before an infinitive's "to" ("expect | the road | to reopen"). */
function objectBeforeTo(layer: Language, k: number): boolean {
  let j = k;
  while (j < layer.tokens.length && j - k < OBJECT_REACH && OBJECT_WORDS.has(layer.tokens[j].pos)) j++;
  const to = layer.tokens[j];
  return j > k && to?.lemma === 'to' && to.pos === 'PART' && layer.tokens[j + 1]?.pos === 'VERB';
}

/** The auxiliaries of a future with will ("won’t" is "wo" + "n’t", lemma will). */
const WILL = new Set(['will', 'shall']);

/**
 * Whether `found` is a present verb of planning with "to" or "for" after it, or an object and then "to" ("the League
 * plans to hold a rally", "the Commission is aiming for entry into force next year", "Officials expect the road to
 * reopen"; data/dates-future-cues.txt, as written or by lemma).
 */
function presentPlanAhead(article: Article, layer: Language, found: VerbGroup): boolean {
  const after = layer.tokens[found.last + 1];
  const verb = layer.tokens[found.last];
  const cues = wordList('dates-future-cues.txt');
  const aimed = after !== undefined && ((after.lemma === 'to' && after.pos === 'PART') || (after.lemma === 'for' && after.pos === 'ADP') || objectBeforeTo(layer, found.last + 1));
  return found.tense === 'present' && !found.perfect && aimed && (cues.has(word(article, verb).toLowerCase()) || cues.has(verb.lemma));
}

/**
 * Whether `found` is a simple present of a timetable's verb (data/dates-context.json startVerbs, endVerbs,
 * scheduleVerbs: "opens", "ends", "expire") with the date at `span` right after it, or after "on" ("which expire
 * Nov. 21", "The show opens on 3 March"), outside a headline and a quotation.
 */
function scheduledPresent(article: Article, layer: Language, found: VerbGroup, span: Span): boolean {
  if (found.tense !== 'present' || found.perfect || found.progressive || found.passive || found.modal !== null || found.first !== found.last) return false;
  const lemma = layer.tokens[found.head].lemma;
  // "The election is due last September" (slips112): "be" and "due" tell a timetable as a verb of one does.
  const due = lemma === 'be' && word(article, layer.tokens[found.last + 1] ?? layer.tokens[found.last]).toLowerCase() === 'due';
  if (!due && !contextSet('startVerbs').has(lemma) && !contextSet('endVerbs').has(lemma) && !contextSet('scheduleVerbs').has(lemma)) return false;
  const next = layer.tokens[found.last + (due ? 2 : 1)];
  const dateFollows = !!next && (next.start === span.start || (word(article, next).toLowerCase() === 'on' && layer.tokens[found.last + (due ? 3 : 2)]?.start === span.start));
  return dateFollows && !inHeadline(article, span.start) && !quotationAt(article, span.start);
}

/** The reporting verb group of `sentence` outside `found` ("said … it will go", "will go …, the Treasury has announced"), or null. */
function reporterOf(article: Article, layer: Language, found: VerbGroup, sentence: { first: number; last: number }): VerbGroup | null {
  for (const g of verbGroupsIn(layer, sentence.first, sentence.last)) if (g !== found && isReporting(article, layer, g)) return g;
  return null;
}

/**
 * "I've got to back it up next week": whether the perfect `found` is "have got to" + verb, a present obligation, no
 * perfect (the tagger may read the verb after "to" as an adverb: "back").
 */
function gotTo(article: Article, layer: Language, found: VerbGroup): boolean {
  const next = layer.tokens[found.last + 1];
  return word(article, layer.tokens[found.head]).toLowerCase() === 'got' && next?.lemma === 'to' && ['VERB', 'AUX', 'ADV'].includes(layer.tokens[found.last + 2]?.pos ?? '');
}

/**
 * Whether the bare participle of planning `found` ("There is a meeting planned for 6 January") is told in the present
 * or the future: its clause's nearest finite verb in tokens [first, last] (finiteTenseNear) is, so the plan still lies
 * ahead ("The hearing scheduled for 5 June was postponed" is told in the past). Only a participle with its date's
 * preposition after it, not a finite verb with its object ("Analysts expected December's figure"), nor the term of a
 * comparison ("more than expected in October").
 */
function participleAhead(article: Article, layer: Language, found: VerbGroup, first: number, last: number): boolean {
  if (layer.tokens[found.last + 1]?.pos !== 'ADP' || COMPARATIVES.has(word(article, layer.tokens[found.first - 1] ?? layer.tokens[found.first]).toLowerCase())) return false;
  return ['present', 'future'].includes(finiteTenseNear(layer, first, last, found) ?? '');
}

/** Words that make the participle after them the term of a comparison: "more than expected", "as planned". */
const COMPARATIVES = new Set(['than', 'as']);

/**
 * The tense of the finite verb group nearest `participle` in tokens [first, last] (before it, else after it), leaving
 * out other bare participles; null when there is none.
 */
function finiteTenseNear(layer: Language, first: number, last: number, participle: VerbGroup): VerbGroup['tense'] | null {
  const finite = verbGroupsIn(layer, first, last).filter((g) => g.first !== participle.first && g.tense !== 'none' && !(g.first === g.last && g.tense === 'past' && layer.tokens[g.first].pos === 'VERB'));
  const before = finite.filter((g) => g.last < participle.first).at(-1);
  return (before ?? finite.find((g) => g.first > participle.last))?.tense ?? null;
}

/** Most tokens of the subject between "with" and the -ing form of an absolute clause ("with 18-year-old Nadal and Moya winning"). */
const ABSOLUTE_SUBJECT = 8;
/** Whether a part of speech may stand in an absolute clause's subject: an appositive's (data "appositiveTags"), a pronoun or a mark ("18-year-old"). */
const absoluteSubjectTag = (pos: string) => verbGroupWords().appositiveTags.has(pos as Upos) || pos === 'PRON' || pos === 'PUNCT';

/**
 * The token of the comma before "with" that opens an absolute clause whose predicate is verb group `g`, a lone -ing
 * form with no tense: ", with Nadal and Moya winning" (a subject of ABSOLUTE_SUBJECT tokens at most, each an
 * absoluteSubjectTag, no comma inside); -1 when `g` is no such predicate.
 */
function withAbsolute(article: Article, layer: Language, g: VerbGroup, sentenceFirst: number): number {
  if (g.tense !== 'none' || g.first !== g.last || !/ing$/i.test(word(article, layer.tokens[g.first]))) return -1;
  for (let k = g.first - 1; k >= Math.max(sentenceFirst + 1, g.first - ABSOLUTE_SUBJECT - 1); k--) {
    const w = word(article, layer.tokens[k]).toLowerCase();
    if (w === 'with') return k < g.first - 1 && word(article, layer.tokens[k - 1]) === ',' ? k - 1 : -1;
    if (w === ',' || !absoluteSubjectTag(layer.tokens[k].pos)) return -1;
  }
  return -1;
}

/** Whether verb group `g` is a lone -ing form with no tense right after a comma ("…, including", "…, saying"). */
function bareIngAfterComma(article: Article, layer: Language, g: VerbGroup): boolean {
  return g.tense === 'none' && g.first === g.last && g.first > 0 && word(article, layer.tokens[g.first - 1]) === ',' && /ing$/i.test(word(article, layer.tokens[g.first]));
}

/**
 * The nearest finite verb group that ends before token `before` in the sentence from token `from` (not an infinitive
 * after "to": "sought to soften" is "sought"'s time), or null.
 */
function finiteBefore(layer: Language, before: number, from: number): VerbGroup | null {
  for (let k = before - 1; k >= from; k--) {
    const g = verbGroupAt(layer, k);
    const to = g && layer.tokens[g.first - 1];
    if (g && g.tense !== 'none' && !(to?.lemma === 'to' && to.pos === 'PART')) return g;
    if (g) k = g.first;
  }
  return null;
}

/**
 * The verb group of accusing or punishing (data/dates-context.json accusationVerbs, by lemma) that gerund group `g`
 * follows with "with", "of" or "for" (accusationPrepositions): "is charged with gunning down", "was accused of
 * stealing", "jailed for killing" tell of an act already done. Null when there is none.
 */
function accusedAct(article: Article, layer: Language, g: VerbGroup): VerbGroup | null {
  const preposition = layer.tokens[g.first - 1];
  const verb = verbGroupAt(layer, g.first - 2);
  return !!preposition && !!verb && verb.last === g.first - 2 && contextSet('accusationPrepositions').has(word(article, preposition).toLowerCase()) && contextSet('accusationVerbs').has(layer.tokens[verb.head].lemma) ? verb : null;
}

/**
 * Whether the verb group `g` is a lone -ing form right after a preposition or subordinator that hangs on the verb
 * before it: a gerund, whose time is that verb's ("withdrew after missing", "was found guilty of bringing", "were
 * involved in rebuilding"). After a noun only a preposition of time (data/language-verb-groups.json timePrepositions:
 * "withdrew from the Games after missing") does: "ruled out any chance of winning", "its action by proposing" give
 * the gerund to the noun, and its time is its own.
 */
/** Parts of speech that open the noun phrase after a participle used as a preposition ("following the report"). */
const PHRASE_OPENERS: ReadonlySet<string> = new Set([...OBJECT_HEADS, 'DET', 'ADJ', 'NUM']);

/**
 * Whether verb group `g` is a bare participle of data/dates-context.json prepositionalParticiples that tells what came
 * before ("following", as TOLD_BEFORE has it) and opens a noun phrase: a preposition, not a verb ("following the
 * report"). Not "starting" or "including", which may look ahead of a past verb ("launched a scheme starting next month").
 */
function toldBeforeParticiple(article: Article, layer: Language, g: VerbGroup): boolean {
  const w = word(article, layer.tokens[g.first]).toLowerCase();
  const next = layer.tokens[g.last + 1];
  return g.first === g.last && g.tense === 'none' && TOLD_BEFORE.has(w) && contextSet('prepositionalParticiples').has(w) && !!next && PHRASE_OPENERS.has(next.pos);
}

function gerundAfterPreposition(article: Article, layer: Language, g: VerbGroup): boolean {
  const at = prepositionBefore(layer, g);
  const before = layer.tokens[at];
  if (g.first !== g.last || g.tense !== 'none' || !before || (before.pos !== 'ADP' && before.pos !== 'SCONJ') || !word(article, layer.tokens[g.first]).toLowerCase().endsWith('ing')) return false;
  const head = layer.tokens[at - 1];
  return (head?.pos !== 'NOUN' && head?.pos !== 'PROPN') || verbGroupWords().timePrepositions.has(word(article, before).toLowerCase());
}

/**
 * The token before verb group `g` past adverbs ("before finally landing the crown … in September 1996", slips100):
 * where a gerund's preposition stands. -1 at the text's start.
 */
function prepositionBefore(layer: Language, g: VerbGroup): number {
  let k = g.first - 1;
  while (k > 0 && layer.tokens[k].pos === 'ADV' && layer.tokens[k].sentence === layer.tokens[g.first].sentence) k--;
  return k;
}

/**
 * Whether verb group `g` is a bare past form right after a common noun that is the object of a verb, with no
 * conjunction or comma between them ("to buy shares and Intel closed"): 'infinitive' when that verb is an infinitive
 * ("to ship a computer based on"), 'future' when it is a future ("will review the information contained in"),
 * 'complement' when it takes an object and a participle ("sees Swebus deal agreed"), else null.
 */
function reducedRelative(article: Article, layer: Language, g: VerbGroup, sentenceFirst: number): 'infinitive' | 'future' | 'complement' | null {
  if (g.first !== g.last || g.tense !== 'past' || layer.tokens[g.first - 1]?.pos !== 'NOUN') return null;
  for (let i = g.first - 2; i >= sentenceFirst; i--) {
    const t = layer.tokens[i];
    if (t.pos === 'CCONJ' || word(article, t) === ',' || isBoundary(article, t)) return null;
    const before = verbGroupAt(layer, i);
    if (!before || before.last !== i) continue;
    if (layer.tokens[before.first - 1]?.lemma === 'to') return 'infinitive';
    // "Imports of watches that now will be eligible for duty-free treatment totaled $37m": a verb inside a relative
    // clause is not the one whose object the noun is; the -ed form is the main verb.
    let k = before.first - 1;
    while (k > sentenceFirst && layer.tokens[k].pos === 'ADV') k--;
    if (k >= sentenceFirst && RELATIVE_PRONOUNS.has(word(article, layer.tokens[k]).toLowerCase())) return null;
    // "sees Swebus deal agreed next week", "expects the merger completed by March": a verb that takes an object and a
    // participle (data/dates-context.json objectComplementVerbs) tells no past by the participle.
    if (contextSet('objectComplementVerbs').has(layer.tokens[before.head].lemma)) return 'complement';
    return before.tense === 'future' ? 'future' : null;
  }
  return null;
}

const RELATIVE_PRONOUNS = new Set(['that', 'which', 'who', 'whom', 'whose']);

/** Whether the clause of the verb group starting at token `first` opens with a conditional ("if", "unless"). */
function conditionalClause(article: Article, layer: Language, first: number, sentenceFirst: number): boolean {
  for (let i = first - 1; i >= sentenceFirst; i--) {
    const t = layer.tokens[i];
    if (!isBoundary(article, t)) continue;
    return verbGroupWords().conditionalOpeners.has(word(article, t).toLowerCase());
  }
  return false;
}

/** Whether a comma comes at or after token `from`, within the sentence, before any verb group. */
/**
 * The token of the comma that closes a reporting aside around verb group `g` ("…, ministers said, …", "…, a
 * spokeswoman for the council said, …", "…, said the minister, …", "…, the minister told MPs, …"): a comma before its
 * subject, the subject (nouns, names, pronouns, determiners, adjectives and the prepositions of its phrases: MAX_ASIDE
 * tokens at most) before or after the reporting verb, the person told after a verb of telling, and a comma right
 * after; -1 when `g` is no such aside.
 */
function reportingAsideEnd(article: Article, layer: Language, g: VerbGroup, last: number): number {
  if (!isReporting(article, layer, g) || g.passive) return -1;
  const inPhrase = (k: number, parts: ReadonlySet<string>) => parts.has(layer.tokens[k].pos);
  let before = g.first - 1;
  while (before >= 0 && g.first - before <= MAX_ASIDE && inPhrase(before, ASIDE_SUBJECT)) before--;
  if (before < 0 || word(article, layer.tokens[before]) !== ',') return -1;
  const subjectBefore = before < g.first - 1;
  // After the verb: its subject when none stood before it, or whom a verb of telling tells ("told MPs").
  const object = subjectBefore && layer.tokens[g.head].lemma === 'tell';
  let after = g.last + 1;
  if (!subjectBefore || object) while (after <= last && after - g.last <= MAX_ASIDE && inPhrase(after, ASIDE_NOUN_PHRASE)) after++;
  if (after > last || word(article, layer.tokens[after]) !== ',') return -1;
  return subjectBefore || after > g.last + 1 ? after : -1;
}

/** Parts of speech of a noun phrase in a reporting aside ("ministers", "the prime minister", "she", "Mr Brown"). */
const ASIDE_NOUN_PHRASE = new Set(['NOUN', 'PROPN', 'PRON', 'DET', 'ADJ']);
/** And of a subject before its verb, with the prepositions of its phrases ("a spokeswoman for the council"). */
const ASIDE_SUBJECT = new Set([...ASIDE_NOUN_PHRASE, 'ADP']);

function asideCloses(article: Article, layer: Language, from: number, last: number): boolean {
  for (let i = from; i <= last; i++) {
    if (word(article, layer.tokens[i]) === ',') return true;
    if (verbGroupAt(layer, i)) return false;
  }
  return false;
}

function commaBetween(article: Article, from: number, to: number): boolean {
  return article.prose.slice(from, to).includes(',');
}

function isReporting(article: Article, layer: Language, g: VerbGroup): boolean {
  return wordList('dates-reporting-verbs.txt').has(word(article, layer.tokens[g.head]).toLowerCase());
}

/**
 * Where a date at tokens [first, last] after the reporting verb group `found` belongs: 'clause' when it opens the
 * reported clause ("said Sept. 25 would be a holiday": right after the verb, unless the clause ends or "that" opens it
 * after the date, "said next week that …", "the department said next year.", when it is the time of saying, 'verb');
 * 'untensed' when it stands in a reported clause whose verb the tagger read as an adjective ("Organisers said the
 * championships open on 11 March"), whose tense is not known; else 'verb'.
 */
function reportedDate(article: Article, layer: Language, found: VerbGroup, first: number, last: number): 'clause' | 'untensed' | 'verb' {
  const after = layer.tokens[last + 1];
  const timeOfSaying = !after || after.pos === 'PUNCT' || word(article, after).toLowerCase() === 'that';
  if (found.last === first - 1 && !timeOfSaying) return 'clause';
  return untaggedReportedVerb(article, layer, found.last + 1, first) ? 'untensed' : 'verb';
}

/** Parts of speech of a noun phrase's modifiers and of its nouns. */
const MODIFIER_WORDS = new Set(['ADJ', 'NUM']);
const NOUN_WORDS = new Set(['NOUN', 'PROPN']);

/**
 * Whether tokens [from, to) after a reporting verb are a reported clause's subject and a word the tagger read as an
 * adjective or a verb outside any verb group ("said the championships open", "said that the talks resume"): an
 * optional "that", a pronoun, or a determiner or noun opening a noun phrase that ends in a noun, then that word.
 */
function untaggedReportedVerb(article: Article, layer: Language, from: number, to: number): boolean {
  let i = from;
  if (i < to && layer.tokens[i].pos === 'SCONJ' && layer.tokens[i].lemma === 'that') i++;
  const opener = layer.tokens[i];
  if (i >= to || !['DET', 'PRON', 'NOUN', 'PROPN'].includes(opener.pos)) return false;
  i++;
  if (opener.pos !== 'PRON') {
    // Modifiers, then the nouns the phrase ends with: the word after the last noun is the predicate's.
    while (i < to && MODIFIER_WORDS.has(layer.tokens[i].pos)) i++;
    while (i < to && NOUN_WORDS.has(layer.tokens[i].pos)) i++;
    if (!NOUN_WORDS.has(layer.tokens[i - 1].pos)) return false;
  }
  const predicate = layer.tokens[i];
  return i < to && (predicate.pos === 'ADJ' || predicate.pos === 'VERB') && !verbGroupAt(layer, i) && layer.tokens[i + 1]?.pos === 'ADP' && i + 2 <= to;
}

/**
 * The comma that opens the non-restrictive relative clause (", who", ", which", ", whose", ", whom", ", where") holding
 * layer token `i`, within its clause and not before `sentenceFirst`: its token index, or -1 when `i` is in none.
 */
function relativeOpening(article: Article, layer: Language, i: number, sentenceFirst: number): number {
  for (let j = i - 1; j >= sentenceFirst; j--) {
    const w = word(article, layer.tokens[j]);
    if (w === ',') return -1;
    if (/^(?:who|which|whose|whom|where)$/i.test(w)) return j > sentenceFirst && word(article, layer.tokens[j - 1]) === ',' ? j - 1 : -1;
    if (isBoundary(article, layer.tokens[j])) return -1;
  }
  return -1;
}

/**
 * The nearest clause opener (data/language-verb-groups.json clauseOpeners: "when", "that", "which") before layer token
 * `token` and not before `sentenceFirst`: its token index, or -1 when its sentence has none there.
 */
export function clauseOpenerBefore(article: Article, layer: Language, token: number, sentenceFirst: number): number {
  const openers = verbGroupWords().clauseOpeners;
  for (let i = token - 1; i >= sentenceFirst; i--) if (openers.has(word(article, layer.tokens[i]).toLowerCase())) return i;
  return -1;
}

/** How far (UTF-16 code units) from a date its tense cue is looked for: a cue further off governs another clause. */
const CUE_REACH = 400;
/**
 * How near (UTF-16 code units) a cue inside the date's quotation must stand to be read before the nearest cue outside
 * it: the reach within which the resolver reads a cue that does not govern the date (resolve.ts CUE_REACH), so that a
 * quotation's far verb never hides a near one that resolves it ("said: \"Nike's second-quarter revenues … reached").
 */
const QUOTATION_REACH = 25;

/**
 * The tense cue nearest to the date at `span` within its sentence, from the linguistic layer: a finite verb group
 * (its tense; a present perfect, "has signed", reads as past), or a word of data/dates-future-cues.txt outside any
 * group ("the upcoming vote", "scheduled for"). Ties go to the cue before the date ("met on Wednesday" is the
 * commoner order). Inside a direct quotation a cue of the quotation's within QUOTATION_REACH goes before any outside
 * it. Null when the sentence has none within CUE_REACH, or the date is not on a token. The date resolver reads it to
 * choose a year and a direction.
 */
export function tenseNear(article: Article, span: Span): TenseCue | null {
  const layer = languageOf(article);
  const at = layer.tokenAt(span.start);
  if (at < 0) return null;
  const sentence = layer.sentences[layer.tokens[at].sentence];
  const futureCues = wordList('dates-future-cues.txt');
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  // "He added that the March accession will enable …": a cue before a clause opener that stands before the date
  // belongs to another clause; one after the date in the date's own clause is nearer in grammar, if not in letters.
  const openerAt = clauseOpenerBefore(article, layer, at, sentence.first);
  const opener = openerAt >= 0 ? layer.tokens[openerAt].start : -1;
  // A date inside a direct quotation takes its tense from a cue of the quotation's near enough for the resolver to
  // read (QUOTATION_REACH: "… when we face them on Sunday," he said); else from the nearest cue, inside or out.
  const quotation = quotationAt(article, span.start);
  let insideOnly = quotation !== null;
  const consider = (cue: Span, tense: GovernorTense, perfect: boolean) => {
    if (cue.start < span.end && cue.end > span.start) return;
    if (insideOnly && (cue.start < quotation!.start || cue.end > quotation!.end)) return;
    const distance = cue.end <= span.start ? span.start - cue.end : cue.start - span.end + 0.5;
    if (distance > (insideOnly ? QUOTATION_REACH : CUE_REACH)) return;
    const ranked = distance + (cue.end <= opener ? CUE_REACH : 0);
    if (ranked >= bestDistance) return;
    bestDistance = ranked;
    best = { start: cue.start, end: cue.end, tense, perfect };
  };
  const scan = (): void => {
    for (let i = sentence.first; i <= sentence.last; i++) {
      const t = layer.tokens[i];
      if (t.end < span.start - CUE_REACH) continue;
      if (t.start > span.end + CUE_REACH) break;
      const g = verbGroupAt(layer, i);
      if (g) {
        i = g.last;
        const tense = tenseOf(g);
        // "widely tipped for 5 May", "scheduled for Tuesday": a verb of planning or prediction (data/dates-forward-verbs.txt)
        // with "for" before the date names the time of what is planned or predicted.
        const forPlan = tense === 'past' && g.end <= span.start && /^\s+for\s+(?:the\s+)?$/i.test(article.prose.slice(g.end, span.start)) && wordList('dates-forward-verbs.txt').has(layer.tokens[g.head].lemma);
        // It is the date's own verb, however near another stands ("The vote, predicted for June, was …").
        if (forPlan) { best = { start: g.start, end: g.end, tense: 'future', perfect: false }; bestDistance = -1; }
        else if (tense) consider(g, tense === 'present' && g.perfect ? 'past' : tense, tense === 'future' && g.perfect);
        // "The court could rule as soon as Tuesday": a modal of possibility or need with a bare verb looks ahead (not
        // "would", the future of a past; not "could have ruled").
        else if (looksAhead(g)) consider(g, 'future', false);
        continue;
      }
      // A cue word outside any verb group looks ahead ("the upcoming vote", "due on Monday"), but not as a plain noun:
      // "support for the government plans on Monday evening" tells of the plans, not when they run.
      // Nor before "to" as a preposition: "due to the Thanksgiving holiday" gives a cause, not a time ahead.
      if (futureCues.has(word(article, t).toLowerCase()) && t.pos !== 'NOUN' && !beforePrepositionTo(layer, i)) consider(t, 'future', false);
    }
  };
  scan();
  if (best || !insideOnly) return best;
  insideOnly = false;
  scan();
  return best;
}

/**
 * The verb group nearest the date at `span` with only words of one clause between them — no other verb, clause
 * opener, clause mark or preposition of time — when it has a past or future tense, however far it stands ("surged
 * back above the $47 a barrel mark on Thursday"; not "said the hearing would continue on Thursday", "will have surgery
 * after fracturing his thumb … on Saturday"). A present perfect reads as past. Null when there is none.
 */
export function clauseTense(article: Article, span: Span): TenseCue | null {
  const layer = languageOf(article);
  const first = layer.tokenAt(span.start);
  if (first < 0) return null;
  const sentence = layer.sentences[layer.tokens[first].sentence];
  let last = first;
  while (last + 1 <= sentence.last && layer.tokens[last + 1].start < span.end) last++;
  const words = verbGroupWords();
  const timeWord = (t: Token) => words.timePrepositions.has(word(article, t).toLowerCase());
  const blocks = (t: Token) => isBoundary(article, t) || t.pos === 'SCONJ';
  const reach = (from: number, step: 1 | -1): { g: VerbGroup; distance: number } | 'time' | null => {
    for (let i = from, n = 1; i >= sentence.first && i <= sentence.last; i += step, n++) {
      const t = layer.tokens[i];
      if (t.pos === 'VERB' || t.pos === 'AUX') {
        const g = verbGroupAt(layer, i);
        if (!g) return null;
        // "agreed to buy the holding on Tuesday": an infinitive after a past verb that plans nothing is told in the
        // past, as news tells a weekday ("plans to buy … on Tuesday" has a cue of the future, read elsewhere).
        const to = layer.tokens[g.first - 1];
        const before = step === -1 && to?.lemma === 'to' && to.pos === 'PART' ? verbGroupAt(layer, g.first - 2) : null;
        if (before && tenseOf(before) === 'past' && !before.progressive && !before.prospective
          && !wordList('dates-future-cues.txt').has(word(article, layer.tokens[g.first - 2]).toLowerCase())) return { g: before, distance: n };
        return { g, distance: n };
      }
      if (timeWord(t)) return 'time';
      if (blocks(t)) return null;
    }
    return null;
  };
  const back = reach(first - 1, -1);
  // "Ahead of talks with the LSE on Friday, the bourse said": the date is of an event placed against the clause's.
  if (back === 'time') return null;
  const ahead = reach(last + 1, 1);
  const nearest = [back, ahead === 'time' ? null : ahead].filter((x) => x !== null).sort((x, y) => x.distance - y.distance)[0];
  if (!nearest) return null;
  // "were the big winners at the awards, picking up accolades for best band on Thursday": a bare -ing form after a
  // comma tells what went with the finite verb before the comma, in its time (for the resolver only: the governor
  // leaves such a date alone, as the date may be the object's).
  const main = nearest === back && bareIngAfterComma(article, layer, nearest.g) ? finiteBefore(layer, nearest.g.first - 1, sentence.first) : null;
  const found = main ? { g: main, distance: nearest.distance } : nearest;
  const tense = tenseOf(found.g);
  if (tense !== 'past' && tense !== 'future' && !(tense === 'present' && found.g.perfect)) return null;
  return { start: found.g.start, end: found.g.end, tense: tense === 'future' ? 'future' : 'past', perfect: found.g.perfect, governs: true };
}
