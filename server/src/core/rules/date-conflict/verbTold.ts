// date-conflict, events told through a verb: "On Wednesday 12 September, Juncker will deliver his State of the Union
// Address" dates the address; "On Thursday, the Commissioners will meet members of the Government of Georgia" dates
// a meeting. Read from the linguistic layer for eventConflicts (events.ts).
import { contextSet, isAsciiCapital } from '../../dates/context';
import { wordClasses } from '../../dates/words';
import { languageOf, verbGroupAt, type Language, type VerbGroup } from '../../language';
import type { Article, DateMention } from '../../types';

/** An event noun a date reaches through its verb: the noun as written (or the verb's nominalisation), where it starts, and whether it stands in the text (false for a nominalisation). */
export interface VerbToldNoun {
  noun: string;
  start: number;
  written: boolean;
}

/** Parts of speech of the words a noun phrase's head may have before it ("fourth State"). */
const MODIFIERS = ['ADJ', 'NUM', 'PROPN', 'NOUN'];
/** Parts of speech of the words of a verb's object up to its head ("his fourth State of the Union Address"). */
const OBJECT_WORDS = new Set([...MODIFIERS, 'DET', 'PRON', 'PART']);
/** Parts of speech between a verb and a date after it that keep the date the verb's (its object and prepositional phrases). */
const BETWEEN = new Set([...OBJECT_WORDS, 'ADP', 'CCONJ']);
/** Most tokens read between a verb and its date, or through its object. */
const REACH = 16;

/**
 * The event noun date `d` reaches through the verb it dates, or null. The date opens its sentence (perhaps after a
 * preposition) and dates the first finite verb group after it, not a participle after a comma ("the Commissioners,
 * headed by …"); or it follows its verb in the clause across the object and prepositional phrases. A verb of taking
 * part (data/dates-context.json partakingVerbs: "deliver", "hold", "attend") dates its object when the object's head
 * is an event noun of data/dates-event-nouns.txt ("will deliver his fourth State of the Union Address": a name's last
 * word is its head, "of the" inside it passed over); a verb of data "eventVerbNouns" ("meet meeting") tells the event
 * its noun names in either voice ("was sentenced yesterday": a sentence), standing nowhere in the text (`written`
 * false, at the verb's start).
 */
export function verbToldNoun(article: Article, d: DateMention): VerbToldNoun | null {
  const layer = languageOf(article);
  const first = layer.tokenAt(d.start);
  if (first < 0) return null;
  const group = datedGroup(article, layer, d, first);
  if (!group || group.negated) return null;
  const lemma = layer.tokens[group.head].lemma;
  if (contextSet('partakingVerbs').has(lemma)) return group.passive ? null : objectHead(article, layer, group);
  // ("was sentenced yesterday" tells a sentence as "sentenced him yesterday" does.)
  const told = nominalisations().get(lemma);
  return told ? { noun: told, start: layer.tokens[group.head].start, written: false } : null;
}

/** data/dates-context.json eventVerbNouns as verb lemma → noun ("meet" → "meeting"), read once. */
function nominalisations(): Map<string, string> {
  if (!nominal) {
    nominal = new Map();
    for (const pair of contextSet('eventVerbNouns')) {
      const [verb, noun] = pair.split(' ');
      nominal.set(verb, noun);
    }
  }
  return nominal;
}
let nominal: Map<string, string> | null = null;

/** The verb group date `d` (first token `first`) dates: the first finite one after an opening date, or the one before it in its clause. */
function datedGroup(article: Article, layer: Language, d: DateMention, first: number): VerbGroup | null {
  const tokens = layer.tokens;
  const sentence = layer.sentences[tokens[first].sentence];
  const text = (k: number) => article.prose.slice(tokens[k].start, tokens[k].end);
  const opens = first === sentence.first || (first === sentence.first + 1 && tokens[sentence.first].pos === 'ADP');
  if (opens) {
    for (let k = first + 1; k <= sentence.last && k <= first + REACH * 2; k++) {
      if (tokens[k].start < d.end) continue;
      const g = verbGroupAt(layer, k);
      if (!g || g.first !== k) continue;
      // ("the Commissioners, headed by President Juncker, will meet": a participle after a comma is an aside.)
      const aside = g.first === g.last && g.tense === 'past' && text(g.first - 1) === ',';
      if (!aside) return g;
    }
    return null;
  }
  for (let k = first - 1; k >= sentence.first && k >= first - REACH; k--) {
    const g = verbGroupAt(layer, k);
    if (g) return g;
    if (!BETWEEN.has(tokens[k].pos)) return null;
  }
  return null;
}

/**
 * The head of the object of verb group `group` when it is an event noun of data/dates-event-nouns.txt: the last noun
 * or name of the words after the verb (OBJECT_WORDS), through "of" and "the" between capitalised words of one name
 * ("State of the Union Address"); null when the object's head names no event or there is no object.
 */
function objectHead(article: Article, layer: Language, group: VerbGroup): VerbToldNoun | null {
  const tokens = layer.tokens;
  const text = (k: number) => article.prose.slice(tokens[k].start, tokens[k].end);
  const capital = (k: number) => !!tokens[k] && isAsciiCapital(text(k)[0]);
  const last = layer.sentences[tokens[group.head].sentence].last;
  let head = -1;
  for (let k = group.last + 1; k <= last && k <= group.last + REACH; k++) {
    if (OBJECT_WORDS.has(tokens[k].pos)) {
      if (tokens[k].pos === 'NOUN' || tokens[k].pos === 'PROPN') head = k;
      continue;
    }
    // "State of the Union Address": "of" (and "the") between capitalised words of one name.
    const within = text(k) === 'of' && capital(k - 1) && (capital(k + 1) || (text(k + 1) === 'the' && capital(k + 2)));
    if (!within) break;
    if (text(k + 1) === 'the') k++;
  }
  if (head < 0 || !wordClasses('dates-event-nouns.txt').has(text(head).toLowerCase())) return null;
  return { noun: text(head), start: tokens[head].start, written: true };
}
