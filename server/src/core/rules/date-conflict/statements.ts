// date-conflict, statements: one statement of one speaker told twice with two days ("Bush on Tuesday said the U.S. may
// extend its naval quarantine to Aqaba" … "Bush told a news conference on Monday that the naval barricade might be
// extended to Aqaba"): a lead that sums up a later paragraph and was dated apart from it.
import { valueInWords } from '../../dates/describe';
import { governingVerb } from '../../dates/governor';
import { contextSet } from '../../dates/context';
import { wordList } from '../../dates/words';
import { subjectBefore } from '../../figures/attribution';
import { firstTokenEndingAfter, languageOf, quotationAt, type Language } from '../../language';
import { personReferredTo, isPersonalPronoun } from '../../language/anaphora';
import { SpanIndex } from '../../text/spanIndex';
import type { Article, DateMention, EntityMention, Span } from '../../types';
import type { RuleFinding } from '../rule';
import { apart } from './shared';

/** Parts of speech whose lemmas carry what a statement says. */
const CONTENT_POS: ReadonlySet<string> = new Set(['NOUN', 'PROPN', 'VERB', 'ADJ', 'NUM']);
/** Fewest content lemmas two statements share, besides the speaker and the verb of saying, to be one statement. */
const MIN_SHARED = 3;
/** Least share of the shorter statement's content lemmas the two must share. */
const MIN_SHARE = 0.3;
/** Grains of a statement's date: a day, or a month ("In August it warned of losses of £6m" … "In September it warned of losses of £6m"; slips118); two dates compare only when apart. */
const STATEMENT_GRAINS: ReadonlySet<string> = new Set(['day', 'month']);
/** How many earlier statements of one speaker each is compared with: a story tells one statement a few times, and a long document stays linear. */
const COMPARED_BEFORE = 8;

/** Who speaks a statement: the key statements of one speaker share (an entity's group), its text, and its span. */
interface Speaker extends Span {
  key: string;
  text: string;
}

/** The pronoun that speaks for a body ("it warned"). */
const NEUTER_SPEAKER = 'it';

/** A statement dated to one day: its date, its speaker's key and name, and the lemmas of what it says (names and numbers apart too). */
interface Statement {
  date: DateMention;
  speaker: string;
  speakerText: string;
  content: Set<string>;
  names: Set<string>;
}

/** What a sentence says: its content lemmas outside dates (a name or a number as written, lower case), and which of them are names or numbers. */
interface Said {
  content: Set<string>;
  names: Set<string>;
}

/**
 * "Bush on Tuesday said the U.S. may extend its naval quarantine to Jordan's port of Aqaba" … "Bush told a news
 * conference on Monday that the naval barricade … might be extended to … Aqaba" (slips105): two days, each the time
 * of a verb of saying (data/dates-reporting-verbs.txt) in sentences apart, whose speaker is one entity (the subject,
 * a mention of the entity list or a personal pronoun referring to one, anaphora.ts personReferredTo), and whose
 * sentences share at least MIN_SHARED content lemmas (nouns, names, verbs, adjectives, numbers; not the speaker's,
 * the verb of saying's or any date's words), at least MIN_SHARE of the shorter one's and at least one a name or a
 * number: one statement dated twice. A sentence that tells the statement as made again or before (data/dates-context.json
 * repetitionWords and restatingWords: "again", "reiterated", "earlier") is left out, and so is one inside a direct
 * quotation. One statement per sentence (its first such day); each compared with the COMPARED_BEFORE before it of
 * its speaker. One finding at the later date. Days and months (STATEMENT_GRAINS), compared only when apart (a week or a month may hold a day).
 */
export function statementConflicts(article: Article, dates: readonly DateMention[], entities: readonly EntityMention[]): RuleFinding[] {
  const layer = languageOf(article);
  // (In text order: a pronoun's antecedent is the last person before it, anaphora.ts.)
  const named = [...entities].sort((a, b) => a.start - b.start);
  const dateSpans = new SpanIndex([...dates]);
  // (Each sentence read once, however many dates it holds.)
  const saidBySentence = new Map<number, Said | null>();
  const said = (s: number) => {
    if (!saidBySentence.has(s)) saidBySentence.set(s, saidIn(article, layer, s, dateSpans));
    return saidBySentence.get(s)!;
  };
  const bySpeaker = new Map<string, Statement[]>();
  const out: RuleFinding[] = [];
  let lastSentence = -1;
  for (const d of dates) {
    if (d.kind !== 'date' || !STATEMENT_GRAINS.has(d.grain ?? '') || !d.value || d.sentence < 0 || d.sentence === lastSentence || quotationAt(article, d.start)) continue;
    const b = statementOf(article, layer, d, named, said);
    if (!b) continue;
    lastSentence = d.sentence;
    const earlier = bySpeaker.get(b.speaker) ?? [];
    const a = earlier.slice(-COMPARED_BEFORE).find((x) => apart(x.date, b.date) && sameStatement(x, b));
    if (a) {
      out.push({
        start: b.date.start,
        end: b.date.end,
        message: `“${b.date.text}” (${valueInWords(b.date.value!)}) dates what ${b.speakerText} said, but the story told the same statement as made ${valueInWords(a.date.value!)} (“${a.date.text}”).`,
      });
    }
    earlier.push(b);
    bySpeaker.set(b.speaker, earlier);
  }
  return out;
}

/** Whether two statements share enough of what they say (MIN_SHARED, MIN_SHARE, a name or a number among it). */
function sameStatement(a: Statement, b: Statement): boolean {
  const shared = [...a.content].filter((w) => b.content.has(w));
  const smaller = Math.min(a.content.size, b.content.size);
  return shared.length >= MIN_SHARED && shared.length >= MIN_SHARE * smaller && shared.some((w) => a.names.has(w) && b.names.has(w));
}

/**
 * The statement date `d` dates: its governing verb is one of saying, told by the speaker (speakerOf), in a sentence
 * that tells nothing as made again (`saidOf`, saidIn by sentence); null when it dates none.
 */
function statementOf(article: Article, layer: Language, d: DateMention, entities: readonly EntityMention[], saidOf: (s: number) => Said | null): Statement | null {
  const g = governingVerb(article, d);
  if (!g || g.reported) return null;
  const verb = firstTokenEndingAfter(layer, g.start);
  const last = firstTokenEndingAfter(layer, g.end - 1);
  const word = (k: number) => article.prose.slice(layer.tokens[k].start, layer.tokens[k].end);
  if (verb < 0 || last < 0 || !wordList('dates-reporting-verbs.txt').has(word(last).toLowerCase())) return null;
  const found = speakerOf(article, layer, verb, entities);
  if (!found) return null;
  const said = saidOf(layer.tokens[verb].sentence);
  if (!said) return null;
  // The speaker's words and the verb of saying are who and how, not what.
  const own = (k: number) => (layer.tokens[k].start >= found.speaker.start && layer.tokens[k].end <= found.speaker.end) || (k >= found.first && k <= found.head) || (k >= verb && k <= last);
  const sentence = layer.sentences[layer.tokens[verb].sentence];
  const content = new Set(said.content);
  for (let k = sentence.first; k <= sentence.last; k++) if (own(k)) content.delete(lemmaOf(article, layer, k));
  return { date: d, speaker: found.speaker.key, speakerText: found.speaker.text, content, names: said.names };
}

/**
 * Who speaks through the verb of saying at layer token `verb`: the entity mention at the head of its subject
 * (subjectBefore), or a personal pronoun's antecedent, or a name right after the verb ("said Bush"), or "it" as its
 * subject (a body, keyed by the pronoun: its antecedent is too often a noun of the sentence before); with the
 * subject's tokens [first, head]. Null when no entity speaks.
 */
function speakerOf(article: Article, layer: Language, verb: number, entities: readonly EntityMention[]): { speaker: Speaker; first: number; head: number } | null {
  const sentence = layer.sentences[layer.tokens[verb].sentence];
  const subject = subjectBefore(layer, article.prose, verb, sentence.first);
  const inverted = layer.tokens[verb + 1]?.pos === 'PROPN' ? verb + 1 : -1;
  const head = subject ? subject.head : inverted;
  if (head < 0) return null;
  const t = layer.tokens[head];
  const word = article.prose.slice(t.start, t.end);
  const speaker = entities.find((m) => m.start <= t.start && t.end <= m.end)
    ?? (isPersonalPronoun(word.toLowerCase()) ? personReferredTo(layer, entities, head) : null);
  if (speaker) return { speaker: { key: speaker.group || speaker.text.toLowerCase(), text: speaker.text, start: speaker.start, end: speaker.end }, first: subject ? subject.first : head, head };
  // "it warned": a body the story tells of, whichever; the statements must still share a name or a number (sameStatement).
  return word.toLowerCase() === NEUTER_SPEAKER && subject ? { speaker: { key: NEUTER_SPEAKER, text: word, start: t.start, end: t.end }, first: subject.first, head } : null;
}

/** A layer token's content key: a name or a number as written, lower case; any other word's lemma. */
function lemmaOf(article: Article, layer: Language, k: number): string {
  const t = layer.tokens[k];
  return t.pos === 'PROPN' || t.pos === 'NUM' ? article.prose.slice(t.start, t.end).toLowerCase() : t.lemma.toLowerCase();
}

/** What sentence `s` of the layer says outside its dates (Said); null when a word of it tells a statement made again or before. */
function saidIn(article: Article, layer: Language, s: number, dateSpans: SpanIndex<DateMention>): Said | null {
  const again = contextSet('repetitionWords');
  const restating = contextSet('restatingWords');
  const sentence = layer.sentences[s];
  const said: Said = { content: new Set(), names: new Set() };
  for (let k = sentence.first; k <= sentence.last; k++) {
    const t = layer.tokens[k];
    const w = article.prose.slice(t.start, t.end).toLowerCase();
    if (again.has(w) || restating.has(t.lemma) || restating.has(w)) return null;
    if (!CONTENT_POS.has(t.pos) || dateSpans.covering(t as Span)) continue;
    const key = lemmaOf(article, layer, k);
    said.content.add(key);
    if (t.pos === 'PROPN' || t.pos === 'NUM') said.names.add(key);
  }
  return said;
}
