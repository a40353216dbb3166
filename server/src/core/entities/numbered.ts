// Names that end in a number: "BBC Radio 4", "BBC News 24", "Band Aid 20", "Halo 2".
import type { Span } from '../types';
import type { Language } from '../language';
import type { RecognizedMention } from './ner';
import { endsPossessive, isCapitalised, isDigits } from '../text/shape';
import { isKnownPlace } from './knownPlaces';
import { getLexicon } from '../figures/lexicon';
import { headTypesOf, NER_LABEL } from './refine';
import { SpanIndex } from '../text/spanIndex';
import { lastWordOf } from '../text/shape';

/** The most digits a number inside a name has here: "Radio 4", "News 24", "Hot 100" (not a year: "Euro 2004" is read whole). */
const NAME_NUMBER_DIGITS = 3;
/** Parts of speech a name's last word has ("Radio", "Aid", "Halo"). */
const NAME_POS = new Set(['PROPN', 'NOUN']);
/** Parts of speech after a number that make it a count or a measure ("30 people", "20 new", "5 %"); after any other it counts nothing. */
const COUNTED = new Set(['NOUN', 'PROPN', 'ADJ', 'NUM', 'SYM']);

/**
 * "He told BBC Radio 4's Today programme", "He told BBC News 24:", "Band Aid 20 topped the charts": a name the
 * recogniser ended before a bare number of up to NAME_NUMBER_DIGITS digits right after it (one space, same sentence of
 * `layer`) takes the number in when the number is no figure or date (`notName` says a span is one) and counts nothing:
 * a possessive follows it ("Radio 4's"), or a word that opens no noun phrase of its own (a verb, a preposition, a
 * conjunction, punctuation, the sentence's end), or, after "the", a singular noun that says what the named thing is
 * ("the PlayStation 2 console", "the Spider-Man 2 film"). Not before another noun ("in Iraq 30 people died": a count), "of" ("gave
 * Microsoft 20 of the seats") or a capitalised word; not in a sports report (`sportReport`: "Arsenal 2 Chelsea 1" is a
 * result) unless a possessive follows; not a person's name and a number closing a bracket (a team sheet's minute:
 * "(Adeyemi-Roth 81)"); not after a word that is no name's (a pronoun or verb: "when I'm 74"). A mention `tagged`
 * overlaps is left as it is. `raws` in text order; returns a new array.
 */
export function joinTrailingNumber(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean, notName: (s: Span) => boolean, sportReport: () => boolean): RecognizedMention[] {
  const text = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  return raws.map((r, n) => {
    const last = layer.tokenAt(r.end - 1);
    const number = last + 1;
    const t = layer.tokens[number];
    // The name must end in a name's word: "when I'm 74" is an age after a verb.
    if (last < 0 || tagged(r) || !NAME_POS.has(layer.tokens[last].pos) || !t || t.sentence !== layer.tokens[last].sentence || t.start !== r.end + 1 || prose[r.end] !== ' ') return r;
    const digits = text(number);
    if (!isDigits(digits) || digits.length > NAME_NUMBER_DIGITS || notName(t) || (raws[n + 1] && raws[n + 1].start < t.end + 2)) return r;
    const after = layer.tokens[number + 1];
    const sameSentence = after !== undefined && after.sentence === t.sentence;
    const possessive = sameSentence && after.start === t.end && endsPossessive(`x${text(number + 1)}`);
    // "gave Microsoft 20 of the seats": a number before "of" counts a part of something.
    const kindOf = sameSentence && namesItsKind(r, prose, layer, number);
    const endsName = !sameSentence || kindOf || (!COUNTED.has(after.pos) && !isCapitalised(text(number + 1)) && text(number + 1).toLowerCase() !== 'of');
    // "(Adeyemi-Roth 81)" on a team sheet: a person's name and a minute closing a bracket.
    const minute = r.type === 'person' && sameSentence && text(number + 1) === ')';
    if (!possessive && (!endsName || minute || sportReport())) return r;
    return { ...r, end: t.end, text: prose.slice(r.start, t.end) };
  });
}

/**
 * "BBC Radio 1 DJ Trevor Nelson", "BBC Radio Four's PM programme", "a former Australian Formula 3 champion": a name the
 * recogniser ended on a numbered head (data/entity-numbered-heads.txt) takes in the number one space after it (in digits
 * or a capitalised word, numberedHead), whatever follows. A mention `tagged` overlaps, or one the next mention
 * reaches into, is left as it is. `raws` in text order; returns a new array.
 */
export function joinNumberedHeads(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean): RecognizedMention[] {
  return raws.map((r, n) => {
    const last = layer.tokenAt(r.end - 1);
    const t = layer.tokens[last + 1];
    if (last < 0 || !t || tagged(r) || t.start !== r.end + 1 || prose[r.end] !== ' ' || t.sentence !== layer.tokens[last].sentence) return r;
    if (!numberedHead(prose.slice(layer.tokens[last].start, layer.tokens[last].end), prose.slice(t.start, t.end)) || (raws[n + 1] && raws[n + 1].start < t.end)) return r;
    return { ...r, end: t.end, text: prose.slice(r.start, t.end) };
  });
}

/**
 * "helped lift Channel 4's January audience share", "on Radio 5 Live": a numbered head (data/entity-numbered-heads.txt,
 * capitalised as written) and its number (numberedHead) that no mention of `raws` touches and no tag overlaps
 * (`tagged`) are read as a name of the head's type (review 115: the recogniser had read nothing there). `raws` in text
 * order; returns a new array in text order.
 */
export function addNumberedNames(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean): RecognizedMention[] {
  const heads = headTypesOf('entity-numbered-heads.txt');
  const spans = new SpanIndex(raws);
  const added: RecognizedMention[] = [];
  for (let k = 0; k + 1 < layer.tokens.length; k++) {
    const [head, number] = [layer.tokens[k], layer.tokens[k + 1]];
    const type = heads.get(prose.slice(head.start, head.end));
    if (!type || number.start !== head.end + 1 || number.sentence !== head.sentence || !numberedHead(prose.slice(head.start, head.end), prose.slice(number.start, number.end))) continue;
    const span = { start: head.start, end: number.end };
    if (spans.overlapping(span) || tagged(span)) continue;
    added.push({ ...span, text: prose.slice(span.start, span.end), label: NER_LABEL[type], type, confidence: 1 });
  }
  return added.length ? [...raws, ...added].sort((a, b) => a.start - b.start) : [...raws];
}

/**
 * Whether `number` (a token as written) after a name's last word `head` is that name's identifier: `head` is one of
 * data/entity-numbered-heads.txt ("Radio", "Channel", "Formula") and `number` is up to NAME_NUMBER_DIGITS digits or a
 * capitalised cardinal in words ("Four"; data/figures-numbers.json).
 */
function numberedHead(head: string, number: string): boolean {
  if (!headTypesOf('entity-numbered-heads.txt').has(head)) return false;
  return (isDigits(number) && number.length <= NAME_NUMBER_DIGITS) || (isCapitalised(number) && getLexicon().cardinals.has(number.toLowerCase()));
}

/**
 * "the PlayStation 2 console", "the Spider-Man 2 film": after "the", a singular noun after the number at layer token
 * `number` says what the named thing `r` is, not what the number counts (review 92). Not a plural ("the Halo 2
 * soldiers"), a noun of people, the number 1, or a known place before it.
 */
function namesItsKind(r: RecognizedMention, prose: string, layer: Language, number: number): boolean {
  const text = (k: number) => prose.slice(layer.tokens[k].start, layer.tokens[k].end).toLowerCase();
  const first = layer.tokenAt(r.start);
  const after = layer.tokens[number + 1];
  if (first <= 0 || text(first - 1) !== 'the' || after?.pos !== 'NOUN' || text(number) === '1' || isKnownPlace(r.text)) return false;
  const noun = text(number + 1);
  return after.lemma === noun && !noun.endsWith('s') && !getLexicon().personNouns.has(noun);
}

/** The most tokens the name before a number has when a name after it continues it ("Pier 1 Imports", "Channel 4 News"). */
const LEAD_TOKENS = 2;

/**
 * "Pier 1 Imports", "Channel 4 News", "Formula 1 Racing": two mentions the recogniser read apart around a bare number
 * of one or two digits (single spaces, one sentence of `layer`) are one name when the number is no figure or date
 * (`notName` says a span is one), the first mention has at most LEAD_TOKENS words ending in a name's word and is no known
 * place ("in Iraq 30 Britons died"), and the second is read as an organisation ("Imports", "News"), whose type it keeps. Not in a sports
 * report (`sportReport`: "Arsenal 2 Chelsea 1"); a mention `tagged` overlaps is left as it is. `raws` in text order;
 * returns a new array.
 */
export function joinAcrossNumber(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean, notName: (s: Span) => boolean, sportReport: () => boolean): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  for (let n = 0; n < raws.length; n++) {
    const r = raws[n];
    const next = raws[n + 1];
    const number = next ? numberBetween(r, next, prose, layer) : -1;
    if (number < 0 || next.type !== 'org' || isKnownPlace(r.text) || tagged(r) || tagged(next) || notName(layer.tokens[number]) || sportReport()) {
      out.push(r);
      continue;
    }
    out.push({ ...next, start: r.start, text: prose.slice(r.start, next.end) });
    n++;
  }
  return out;
}

/** The token index of a bare number of one or two digits standing alone between mentions `r` and `next` (one space either side, one sentence), when `r` ends in a name's word and has at most LEAD_TOKENS words; else -1. */
function numberBetween(r: RecognizedMention, next: RecognizedMention, prose: string, layer: Language): number {
  // Cheap first: a space, one or two digits, a space, then the next mention.
  if (prose[r.end] !== ' ' || next.start - r.end > 4 || next.start - r.end < 3 || !isDigits(prose.slice(r.end + 1, next.start - 1))) return -1;
  const last = layer.tokenAt(r.end - 1);
  const first = layer.tokenAt(r.start);
  const k = last + 1;
  const t = layer.tokens[k];
  if (last < 0 || first < 0 || last - first + 1 > LEAD_TOKENS || !NAME_POS.has(layer.tokens[last].pos) || !t) return -1;
  if (t.start !== r.end + 1 || next.start !== t.end + 1 || prose[r.end] !== ' ' || prose[t.end] !== ' ') return -1;
  const digits = prose.slice(t.start, t.end);
  if (!isDigits(digits) || digits.length > 2 || t.sentence !== layer.tokens[last].sentence || layer.tokens[k + 1]?.sentence !== t.sentence) return -1;
  return k;
}

/**
 * "the Three Gorges Dam", "near Three Mile Island": a spelled-out number (data/figures-numbers.json cardinals) written
 * with a capital inside a sentence of `layer`, one space before a name the recogniser read, opens that name; the
 * recogniser reads no number into a name. The name then takes the type its last word heads (data/name-heads.txt:
 * "Dam", "Island" are places), else keeps its own. Not the sentence's first word ("Three Labour MPs said"), whose
 * capital is the sentence's, nor one inside a headline (`inHeadline`), nor one another mention ends on; a mention
 * `tagged` overlaps is left as it is. `raws` in text order; returns a new array.
 */
export function joinNumberWordOpeners(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean, inHeadline: (at: number) => boolean): RecognizedMention[] {
  const cardinals = getLexicon().cardinals;
  const heads = headTypesOf('name-heads.txt');
  return raws.map((r, i) => {
    const first = layer.tokenAt(r.start);
    const before = layer.tokens[first - 1];
    if (first <= 0 || layer.tokens[first].start !== r.start || tagged(r) || before.sentence !== layer.tokens[first].sentence || layer.sentences[before.sentence].first === first - 1) return r;
    const word = prose.slice(before.start, before.end);
    if (!isCapitalised(word) || !cardinals.has(word.toLowerCase()) || prose.slice(before.end, r.start) !== ' ' || inHeadline(before.start) || (i > 0 && raws[i - 1].end === before.end)) return r;
    const type = heads.get(lastWordOf(r.text)) ?? r.type;
    return { ...r, start: before.start, text: prose.slice(before.start, r.end), type, label: NER_LABEL[type] };
  });
}
