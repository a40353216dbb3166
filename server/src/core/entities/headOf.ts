// Names built as "<head> of <name>": "Order of the Bath", "Isle of Wight", "National Museum of Scotland".
import type { Span } from '../types';
import type { Language } from '../language';
import type { RecognizedMention } from './ner';
import { headTypesOf, NER_LABEL } from './refine';
import { splitAtSpaces, withoutFinalS } from './nameShape';
import { isCapitalised } from '../text/shape';
import { isOftenLowerCase } from './ner';

type HeadType = 'org' | 'place' | 'other';

/**
 * The type of the name head that `word` is, as written, singular or plural (data/entity-of-heads.txt, then
 * data/name-heads.txt); undefined if none.
 */
function headType(word: string): HeadType | undefined {
  for (const heads of [headTypesOf('entity-of-heads.txt'), headTypesOf('name-heads.txt')]) {
    const type = heads.get(word) ?? heads.get(withoutFinalS(word));
    if (type) return type;
  }
  return undefined;
}

/**
 * "Order of the Bath", "Isle of Wight", "National Museum of Scotland": a capitalised name head of data/entity-of-heads.txt or
 * data/name-heads.txt ("Order", "Isle", "Museum"), then "of" or "of the", then a name the recogniser read, are one longer name, typed by
 * that head (an honour or a treaty is `other`, which no rule flags; the place after "of" is part of the name, no
 * mention of its own). The head may end a name the recogniser read apart ("National Museum" + "Scotland": the two
 * are joined) or stand outside any ("Order" + "Bath": the name grows back over it). A name read whole that opens with
 * such a head ("Isle of Wight" read as an organisation) takes the head's type. The three words must be adjacent
 * tokens of one sentence of `layer`; a mention that `tagged` says overlaps a tag is left as it is.
 * `raws` in text order; returns a new array, `raws` untouched.
 */
export function joinHeadOfNames(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean): RecognizedMention[] {
  const out: RecognizedMention[] = [];
  const word = tokenWord(layer, prose);
  for (const r of raws) {
    const first = layer.tokenAt(r.start);
    if (first < 0 || layer.tokens[first].start !== r.start || tagged(r)) { out.push(r); continue; }
    // A name read whole: "Isle of Wight".
    const own = word(first + 1) === 'of' && layer.tokens[first + 1].end < r.end ? headType(word(first)) : undefined;
    if (own) { out.push(own === r.type ? r : { ...r, type: own, label: NER_LABEL[own] }); continue; }
    const head = headBefore(layer, word, first);
    if (!head) { out.push(r); continue; }
    const last = out[out.length - 1];
    const joinsLast = last !== undefined && last.end === layer.tokens[head.at].end && !tagged(last);
    if (joinsLast) out.pop();
    const start = joinsLast ? last.start : layer.tokens[head.at].start;
    const confidence = joinsLast ? Math.min(last.confidence, r.confidence) : r.confidence;
    out.push({ ...r, start, text: prose.slice(start, r.end), type: head.type, label: NER_LABEL[head.type], confidence });
  }
  return out;
}

/**
 * The name head that stands before token `first` with "of" or "of the" between, in the same sentence and
 * capitalised: its token index and type; null when there is none. `word(i)` is token i's text ('' outside).
 */
function headBefore(layer: Language, word: (i: number) => string, first: number): { at: number; type: HeadType } | null {
  const of = word(first - 1) === 'the' ? first - 2 : first - 1;
  const at = of - 1;
  if (word(of) !== 'of' || at < 0 || layer.tokens[at].sentence !== layer.tokens[first].sentence || !isCapitalised(word(at))) return null;
  const type = headType(word(at));
  return type ? { at, type } : null;
}

/**
 * Whether `span` starts a name right after a name head and "of" or "of the" ("Phoenix" of "Order of the Phoenix"):
 * the tail of a longer name that joinHeadOfNames could not join (the recogniser read it into a tag beside it, "the
 * Phoenix was :place[Amazon]'s"), no mention of its own.
 */
export function tailOfHeadOfName(layer: Language, prose: string, span: Span): boolean {
  const first = layer.tokenAt(span.start);
  return first >= 0 && layer.tokens[first].start === span.start && headBefore(layer, tokenWord(layer, prose), first) !== null;
}

/** Token i's text in `prose`, '' outside the layer's tokens. */
function tokenWord(layer: Language, prose: string): (i: number) => string {
  return (i) => (i >= 0 && i < layer.tokens.length ? prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
}

/**
 * "Organisation for Economic Co-operation and Development", "Department for Culture, Media and Sport": an
 * organisation's name with "of" or "for" in it that the recogniser ended before "and" and one capitalised word that
 * the recogniser's lexicon finds often in lower case (isOftenLowerCase: "Development", "Sport"), which no name of its
 * own opens, and after which the name ends (no capitalised word follows), takes that word in. Mentions in text order,
 * adjacent tokens of one sentence of `layer`; a mention `tagged` overlaps is left as it is. Returns a new array.
 */
export function joinTrailingAnd(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean): RecognizedMention[] {
  const word = tokenWord(layer, prose);
  return raws.map((r, n) => {
    const last = layer.tokenAt(r.end - 1);
    const tail = last + 2;
    if (r.type !== 'org' || last < 0 || tagged(r) || !splitAtSpaces(r.text).some((w) => w === 'of' || w === 'for') || word(last + 1) !== 'and') return r;
    const joined = layer.tokens[tail];
    const sameSentence = joined && joined.sentence === layer.tokens[last].sentence;
    if (!sameSentence || !isCapitalised(word(tail)) || !isOftenLowerCase(word(tail)) || isCapitalised(word(tail + 1))) return r;
    if (raws[n + 1] && raws[n + 1].start < joined.end) return r;
    return { ...r, end: joined.end, text: prose.slice(r.start, joined.end) };
  });
}
