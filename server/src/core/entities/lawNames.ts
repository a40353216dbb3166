// Titles of laws the recogniser reads in pieces: "the Freedom of Access" + "to" + "Clinic Entrances Act", "the
// Financial Institutions Reform" + "," + "Recovery and Enforcement Act". One title, typed `other` (LABELLING.md).
import type { Article, EntityMention, Span } from '../types';
import { languageOf, type Language } from '../language';
import type { RecognizedMention } from './ner';
import { NER_LABEL } from './refine';
import { readWordList } from '../dataFiles';
import { lastWordOf } from '../text/shape';
import { lookupPlace } from './gazetteer';

/**
 * Joins each run of recognised pieces that ends in a law's title (its last word in data/entity-law-heads.txt: "Act",
 * "Treaty", "Charter") into one mention of type `other`: the pieces stand in one sentence of `layer`, one joiner token
 * between each two (data/entity-law-joiners.txt: "to", "and", "of", a comma; "Reform, Recovery"), and the run opens right after "the" ("passed the Freedom of Access
 * to Clinic Entrances Act"), which marks the whole as one title and keeps "Britain and the Human Rights Act" apart. A
 * piece that `tagged` says overlaps a tag is left alone. `raws` in text order; returns a new array, `raws` untouched.
 */
export function joinLawNames(raws: readonly RecognizedMention[], prose: string, layer: Language, tagged: (s: Span) => boolean): RecognizedMention[] {
  const heads = readWordList('entity-law-heads.txt');
  const joiners = readWordList('entity-law-joiners.txt');
  const word = (i: number) => (i >= 0 && i < layer.tokens.length ? prose.slice(layer.tokens[i].start, layer.tokens[i].end) : '');
  const out: RecognizedMention[] = [];
  for (const r of raws) {
    const last = out[out.length - 1];
    if (!last || tagged(r) || tagged(last) || !heads.has(lastWordOf(r.text))) { out.push(r); continue; }
    // The run of pieces before r, each one joiner from the next, back to one that opens after "the".
    let from = out.length - 1;
    let next: Span = r;
    let opens = -1;
    while (from >= 0) {
      const piece = out[from];
      const after = layer.tokenAt(piece.end - 1);
      const before = layer.tokenAt(next.start);
      // A piece that is a title of its own ends the run: "the Texas Electronic Mail and Solicitation Act and Texas
      // Deceptive Trade Practices Act" are two laws.
      if (heads.has(lastWordOf(piece.text))) break;
      if (after < 0 || before !== after + 2 || !joiners.has(word(after + 1).toLowerCase()) || layer.tokens[after].sentence !== layer.tokens[before].sentence || tagged(piece)) break;
      const first = layer.tokenAt(piece.start);
      if (first > 0 && word(first - 1).toLowerCase() === 'the' && layer.tokens[first - 1].sentence === layer.tokens[first].sentence) opens = from;
      next = piece;
      from--;
    }
    if (opens < 0) { out.push(r); continue; }
    const start = out[opens].start;
    const confidence = Math.min(r.confidence, ...out.slice(opens).map((p) => p.confidence));
    out.splice(opens);
    out.push({ ...r, start, text: prose.slice(start, r.end), type: 'other', label: NER_LABEL.other, confidence });
  }
  return out;
}

/** Whether `text` (a name as written) ends with a law's title word (data/entity-law-heads.txt): "… Enforcement Act". */
export function endsLawTitle(text: string): boolean {
  return readWordList('entity-law-heads.txt').has(lastWordOf(text));
}

/**
 * "the Kyoto treaty", "the Maastricht treaty" (review 106: "Kyoto" flagged as a place where only the treaty is
 * named): a mention from the recogniser (`fromRecogniser`) read as a place, after "the" and right before a law's title
 * word in small letters (data/entity-law-heads.txt, lower-cased, singular or plural) that ends its noun phrase, names
 * the law, not the place: typed `other` (LABELLING.md), with every mention of its group when all are the recogniser's
 * and all stand so. Not a place of the gazetteer (countries, their capitals), whose laws are its own ("new US laws",
 * the oracle's first reading), nor one before another noun ("the Paris convention centre"). `mentions` mutated.
 */
export function retypeLawModifiers(mentions: EntityMention[], article: Article, fromRecogniser: (m: EntityMention) => boolean): void {
  const heads = new Set([...readWordList('entity-law-heads.txt')].map((h) => h.toLowerCase()));
  const layer = languageOf(article);
  const word = (k: number) => (layer.tokens[k] ? article.prose.slice(layer.tokens[k].start, layer.tokens[k].end) : '');
  const namesLaw = (m: EntityMention) => {
    const k = layer.tokenAt(m.end - 1) + 1;
    const w = word(k);
    const singular = w.endsWith('s') ? w.slice(0, -1) : w;
    const next = layer.tokens[k + 1];
    const the = word(layer.tokenAt(m.start) - 1).toLowerCase() === 'the';
    return the && m.type === 'place' && fromRecogniser(m) && !lookupPlace(m.text) && w === w.toLowerCase() && (heads.has(w) || heads.has(singular)) && article.prose[m.end] === ' ' && !(next && next.pos === 'NOUN' && next.sentence === layer.tokens[k].sentence);
  };
  const groups = new Set(mentions.filter(namesLaw).map((m) => m.group));
  for (const g of groups) {
    const members = mentions.filter((m) => m.group === g);
    if (members.every(namesLaw)) for (const m of members) m.type = 'other';
  }
}
