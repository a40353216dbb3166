// Reads the tense that governs a date from the nearest tense cue in its sentence ("arrived", "will", "is").
import type { Span } from '../types';
import { wordList } from './words';

export type Tense = 'past' | 'present' | 'future';

export interface TenseCue extends Span {
  tense: Tense;
  /** "will have" reads as future but may speak of a completed past; rules stay quiet about it. */
  perfect: boolean;
}

const TOKEN = /[A-Za-z]+(?:'[a-z]+)?/g;

function classify(word: string, sentenceInitial: boolean): Tense | null {
  const w = word.toLowerCase();
  if (wordList('dates-future-cues.txt').has(w) || w.endsWith("'ll") || w === "won't") return 'future';
  if (wordList('dates-present-cues.txt').has(w)) return 'present';
  if (wordList('dates-past-verbs.txt').has(w) || w === 'has' || w === 'have') return 'past';
  // A capitalised "-ed" word mid-sentence is a name (Ted, Reed), not a verb.
  if (w.length >= 4 && w.endsWith('ed') && !wordList('dates-ed-exceptions.txt').has(w) && (sentenceInitial || word[0] === w[0])) return 'past';
  return null;
}

/** How far (UTF-16 code units) from a date its tense cue is looked for. */
const CUE_REACH = 400;

/**
 * The tense cue nearest to `span` within `sentence` (ties go to the cue before the date,
 * since "met on Wednesday" is the commoner order); null when the sentence has none.
 */
export function tenseAround(prose: string, sentence: Span, span: Span): TenseCue | null {
  let best: TenseCue | null = null;
  let bestDistance = Infinity;
  // A cue further than CUE_REACH from the date governs another clause: read only that far (linear time on
  // sentences crowded with dates).
  const from = Math.max(sentence.start, span.start - CUE_REACH);
  const text = prose.slice(from, Math.min(sentence.end, span.end + CUE_REACH));
  TOKEN.lastIndex = 0;
  let first = from === sentence.start;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    const start = from + m.index;
    const end = start + m[0].length;
    const initial = first;
    first = false;
    if (start < span.end && end > span.start) continue;
    // Hyphenated compounds ("US-led", "Iran-backed") are adjectives, not verbs.
    if (prose[start - 1] === '-' || prose[end] === '-') continue;
    const tense = classify(m[0], initial);
    if (!tense) continue;
    // "will be held", "must be returned": a participle after "be" takes its tense from the auxiliary before it.
    if (tense === 'past' && /\b(?:be|been|being)\s+$/i.test(prose.slice(Math.max(sentence.start, start - 7), start))) continue;
    const distance = end <= span.start ? span.start - end : start - span.end + 0.5;
    if (distance < bestDistance) {
      bestDistance = distance;
      const perfect = tense === 'future' && /^\s+have\b/i.test(prose.slice(end, end + 6));
      best = { start, end, tense, perfect };
    }
  }
  return best;
}

/** Where a clause's governing verb is looked for: words, and the marks that end a clause. */
const CLAUSE_TOKEN = /[A-Za-z]+(?:['’][a-z]+)?|[;:()"“”—]|\s[-–]\s/g;
/** Words that open a new clause: a verb on the far side of one belongs to another clause. */
const CLAUSE_OPENERS = /^(?:that|which|who|whom|whose|where|when|while|whereas|because|although|though|whether|if|unless|but)$/i;
/** "to" followed by one of these is a preposition ("to the US"), otherwise it may open an infinitive ("to return"). */
const NOT_INFINITIVE = /^(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|some|any|each|every|all|no|both|date|court|power|office|prison|jail|trial|hospital|school|work|market|bed|zero|one|two|three|four|five|six|seven|eight|nine|ten)$/i;
const FRONT_WORDS = /^(?:on|in|at|by|since|from|until|during|early|late|the|of|and|but|then|so|also|back|as|from)$/i;
const AUXILIARIES = /^(?:will|would|shall|should|can|could|may|might|must|has|have|had|is|are|was|were|am|be|been|being|do|does|did|'ll)$/i;
const MODALS_WITHOUT_TENSE = /^(?:would|should|can|could|may|might|must)$/i;

export interface Governor extends TenseCue {
  /** The clause sits in reported speech: `past` under "said", `present` under "says"; direct quotation counts as past (the speaker spoke before publication). */
  reported: 'past' | 'present' | null;
  /** The reporting verb, when there is one outside the clause. */
  reporter: Span | null;
}

interface Word extends Span {
  text: string;
  boundary: boolean;
}

function clauseWords(prose: string, sentence: Span): Word[] {
  const out: Word[] = [];
  const text = prose.slice(sentence.start, sentence.end);
  CLAUSE_TOKEN.lastIndex = 0;
  for (let m = CLAUSE_TOKEN.exec(text); m; m = CLAUSE_TOKEN.exec(text)) {
    const word = /^[A-Za-z]/.test(m[0]);
    out.push({ start: sentence.start + m.index, end: sentence.start + m.index + m[0].length, text: m[0], boundary: !word || CLAUSE_OPENERS.test(m[0]) });
  }
  return out;
}

/**
 * The verb group a word belongs to, read back over adverbs and auxiliaries to its finite element:
 * "had indeed been transferred" → "had" (past), "will have registered" → "will" (future, perfect),
 * "to have registered" → non-finite (null). Returns the finite word's index, or -1 for a non-finite group.
 */
function finiteOf(words: Word[], i: number): number {
  let finite = i;
  for (let j = i - 1; j >= 0 && !words[j].boundary; j--) {
    const w = words[j].text.toLowerCase();
    if (AUXILIARIES.test(w)) finite = j;
    else if (w === 'to' || w === 'having') return -1;
    else if (!(w.endsWith('ly') || wordList('dates-adverbs.txt').has(w))) break;
  }
  return finite;
}

/** The tense a verb group gives its clause, from its finite word; null for modals without tense ("would", "could"). */
function groupTense(words: Word[], i: number, initial: boolean): { at: number; tense: Tense; perfect: boolean } | null {
  const own = classify(words[i].text, initial);
  const finite = own || AUXILIARIES.test(words[i].text) ? finiteOf(words, i) : i;
  if (finite < 0) return null;
  const w = words[finite].text;
  if (MODALS_WITHOUT_TENSE.test(w)) return null;
  const tense = classify(w, finite === 0) ?? (/^(?:do|does)$/i.test(w) ? 'present' : null);
  if (!tense) return null;
  const perfect = tense === 'future' && words[finite + 1]?.text.toLowerCase() === 'have';
  return { at: finite, tense, perfect };
}

/** The word at `i` follows ", who|which|whose|whom|where" with no comma in between: it is inside a parenthetical relative clause. */
function insideRelative(prose: string, words: Word[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    if (prose.slice(words[j].end, words[j + 1].start).includes(',')) return false;
    if (/^(?:who|which|whose|whom|where)$/i.test(words[j].text)) return /,\s*$/.test(prose.slice(Math.max(0, words[j].start - 3), words[j].start));
    if (words[j].boundary) return false;
  }
  return false;
}

/** Inside a direct quotation: an odd number of straight quotes, or more “ than ”, since the paragraph began. */
export function quoted(prose: string, paragraphStart: number, at: number): boolean {
  const { straight, curly } = quoteCounts(prose);
  return (straight[at] - straight[paragraphStart]) % 2 === 1 || curly[at] - curly[paragraphStart] > 0;
}

/** Running counts of straight quotes and of “ minus ” before each offset of the last prose asked about. */
let quoteCache: { prose: string; straight: Int32Array; curly: Int32Array } | null = null;

function quoteCounts(prose: string): { straight: Int32Array; curly: Int32Array } {
  if (quoteCache?.prose === prose) return quoteCache;
  const straight = new Int32Array(prose.length + 1);
  const curly = new Int32Array(prose.length + 1);
  for (let i = 0; i < prose.length; i++) {
    const c = prose[i];
    straight[i + 1] = straight[i] + (c === '"' ? 1 : 0);
    curly[i + 1] = curly[i] + (c === '“' ? 1 : c === '”' ? -1 : 0);
  }
  quoteCache = { prose, straight, curly };
  return quoteCache;
}

/**
 * The verb that governs a date: the nearest tensed verb group before it in its clause ("died on 2 February",
 * "will host the pilgrims again on Sept. 1"), else the first one after it ("On 2 February, he died"). A clause
 * ends at ; : ( ) quotes, dashes and clause openers ("that", "when"). An infinitive in between ("hoped to
 * return in 2006") leaves the date untensed, unless a future cue governs it ("due to auction … on 19 December").
 * Also says whether the clause is reported speech, which the tense rule treats differently.
 */
export function governingVerb(prose: string, sentence: Span, span: Span, paragraphStart = sentence.start): Governor | null {
  // The clause is read within CUE_REACH of the date; where that cuts the sentence, the cut acts as a clause
  // boundary (a verb further off governs another clause), and a sentence crowded with dates stays linear.
  const from = Math.max(sentence.start, span.start - CUE_REACH);
  const words = clauseWords(prose, { start: from, end: Math.min(sentence.end, span.end + CUE_REACH) });
  if (from > sentence.start) words.unshift({ start: from, end: from, text: '', boundary: true });
  const before = words.filter((w) => w.end <= span.start);
  const after = words.filter((w) => w.start >= span.end);
  let found: { at: number; tense: Tense; perfect: boolean } | null = null;
  let list = words;
  // The date sits in a clause that a "which"/"when" opened: its verb is not after the clause's closing comma.
  let opener = false;
  for (let i = before.length - 1; i >= 0 && !found; i--) {
    const w = before[i];
    if (w.boundary) {
      opener = CLAUSE_OPENERS.test(w.text);
      break;
    }
    if (prose[w.start - 1] === '-' || prose[w.end] === '-') continue;
    const next = before[i + 1] ?? after[0];
    if (w.text.toLowerCase() === 'to' && next && /^[a-z]+$/.test(next.text) && !NOT_INFINITIVE.test(next.text)) {
      const governor = before[i - 1];
      if (governor && wordList('dates-future-cues.txt').has(governor.text.toLowerCase())) found = { at: i - 1, tense: 'future', perfect: false };
      else return null;
      break;
    }
    // "closes on 7 February", "starts on 17 January": a word in -s right before the date's preposition is a present-tense verb.
    if (i === before.length - 2 && /^(?:on|in)$/i.test(before[i + 1].text) && /^[a-z]{3,}[^su']s$/.test(w.text)) return null;
    if (!classify(w.text, i === 0) && !AUXILIARIES.test(w.text)) continue;
    // "Klein, who often argued with the ministry, steps down on 16 January": a verb inside a relative clause that closed
    // before the date is not the date's; the clause's own verb was not recognised, so the date is left untensed.
    if (prose.slice(w.end, span.start).includes(',') && insideRelative(prose, before, i)) return null;
    // "the appeal, held at the Bristol Academy on 19 February": a bare participle after a comma opens a reduced relative clause.
    // After ", who … ," or ", 45," the comma closes an aside and the word is the main verb ("Carson, who hosted …, died on 2 February").
    if (/,\s*$/.test(prose.slice(Math.max(0, w.start - 3), w.start)) && !/,\s*(?:who|which|whose|whom|\d+)\b[^,;]*,\s*$/i.test(prose.slice(sentence.start, w.start)) && classify(w.text, false) === 'past' && finiteOf(before, i) === i && !wordList('dates-reporting-verbs.txt').has(w.text.toLowerCase())) return null;
    // A participle after "be"/"have" takes the auxiliary's tense; a modal without tense ends the search.
    const group = groupTense(before, i, i === 0);
    if (group) found = group;
    else if (classify(w.text, i === 0) || MODALS_WITHOUT_TENSE.test(w.text)) return null;
    list = before;
  }
  // "said Sept. 25 would be a holiday": a date right after a reporting verb opens the reported clause, whose verb follows it.
  if (found && list[found.at].end <= span.start && /^\s+$/.test(prose.slice(list[found.at].end, span.start)) && wordList('dates-reporting-verbs.txt').has(list[found.at].text.toLowerCase())) found = null;
  // Only a date at the head of its clause ("On 10 March, military chiefs asked") reaches a verb past a comma.
  let k = before.length - 1;
  while (k >= 0 && !before[k].boundary && FRONT_WORDS.test(before[k].text)) k--;
  const fronted = k < 0 || before[k].boundary;
  if (!found) {
    for (let i = 0; i < after.length && !found; i++) {
      const w = after[i];
      if ((w.boundary && i > 0) || ((opener || !fronted) && prose.slice(span.end, w.start).includes(','))) break;
      if (w.boundary || prose[w.start - 1] === '-' || prose[w.end] === '-') continue;
      if (!classify(w.text, false) && !AUXILIARIES.test(w.text)) continue;
      const group = groupTense(after, i, false);
      if (!group) return null;
      found = group;
      list = after;
    }
  }
  if (!found) return null;
  const cue = list[found.at];
  // The reporting verb stands outside the governing verb group ("said … it will go", "will go …, the Treasury has announced").
  const group = cue.start < span.start ? { start: cue.start, end: span.start } : { start: span.end, end: cue.end };
  const reporting = wordList('dates-reporting-verbs.txt');
  const reporterWord = words.find((w) => !(w.start >= group.start && w.end <= group.end) && reporting.has(w.text.toLowerCase()));
  let reported: Governor['reported'] = null;
  if (reporterWord) reported = /s$/i.test(reporterWord.text) ? 'present' : 'past';
  if (quoted(prose, paragraphStart, span.start)) reported = 'past';
  return { start: cue.start, end: cue.end, tense: found.tense, perfect: found.perfect, reported, reporter: reporterWord ? { start: reporterWord.start, end: reporterWord.end } : null };
}
