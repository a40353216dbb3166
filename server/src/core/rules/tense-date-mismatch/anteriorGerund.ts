// tense-date-mismatch, a gerund told before its clause: "Since going on sale in Japan and the US at the end of 2005,
// Nintendo has sold almost 4m DS consoles" in a story of 11 March 2005 (slips123: "2004" rewritten "2005"). A gerund
// after "since", "after" or "upon" tells something done before the verb of its clause; when that verb is told
// as past or in the perfect, the gerund's date lies before publication too, and one after it is a slip. The gerund has
// no tense of its own, so the date had no verb to govern it.
import { formatDay, type Ymd } from '../../dates/calendar';
import { contextSet } from '../../dates/context';
import { dateInWords } from '../../dates/describe';
import { languageOf, verbGroupAt, verbGroupsIn, type VerbGroup } from '../../language';
import type { Article, DateMention, Span } from '../../types';
import type { RuleFinding } from '../rule';

/**
 * Date `d`, whose days (toDays numbers) `span` all lie after publication (`pub`, a toDays number), inside a gerund
 * phrase opened by a preposition of data/dates-context.json anteriorGerundOpeners, in a sentence whose finite verb
 * outside the phrase is told as past or in the perfect: one finding at the date naming the gerund and that verb, else
 * null. The phrase runs from the gerund to the date with no other verb and no punctuation between; the clause's verb
 * has no modal and is no progressive or plan ("was going to"), which may look ahead.
 */
export function anteriorGerundFinding(article: Article, d: DateMention, span: readonly [number, number], pub: number, published: Ymd): RuleFinding | null {
  if (span[0] <= pub) return null;
  const phrase = gerundPhrase(article, d);
  if (!phrase) return null;
  const layer = languageOf(article);
  const sentence = layer.sentences[layer.tokens[phrase.gerund.first].sentence];
  const main = verbGroupsIn(layer, sentence.first, sentence.last).find((g) => (g.last < phrase.opener || g.first > phrase.dateFirst) && toldBefore(g));
  if (!main) return null;
  const gerund = article.text.slice(layer.tokens[phrase.opener].start, phrase.gerund.end);
  const verb = article.text.slice(main.start, main.end);
  return {
    start: d.start,
    end: d.end,
    message: `“${gerund}” tells of something done before “${verb}”, about ${dateInWords(d)}, which is after the publication date (${formatDay(published)}).`,
  };
}

/** A finite group told as past or in the perfect, with no modal, not progressive and no plan ("was going to"). */
function toldBefore(g: VerbGroup): boolean {
  return g.modal === null && !g.progressive && !g.prospective && (g.tense === 'past' || (g.perfect && g.tense !== 'future'));
}

/**
 * The gerund group (no tense, an -ing head) whose phrase holds date `d`, the token index of the preposition that opens
 * it, and the date's first token; null when a verb other than the gerund, or punctuation, stands between them, or the
 * word before the gerund is no anterior opener.
 */
function gerundPhrase(article: Article, d: Span): { gerund: VerbGroup; opener: number; dateFirst: number } | null {
  const layer = languageOf(article);
  const dateFirst = layer.tokenAt(d.start);
  if (dateFirst < 1) return null;
  const first = layer.sentences[layer.tokens[dateFirst].sentence].first;
  for (let k = dateFirst - 1; k > first; k--) {
    const t = layer.tokens[k];
    if (t.pos === 'PUNCT') return null;
    if (t.pos !== 'VERB' && t.pos !== 'AUX') continue;
    // ("since being sold in 2006": the group opens with the gerund.)
    const group = verbGroupAt(layer, k);
    if (!group || group.tense !== 'none' || group.first < first + 1) return null;
    const lead = layer.tokens[group.first];
    const opener = group.first - 1;
    const before = article.prose.slice(layer.tokens[opener].start, layer.tokens[opener].end).toLowerCase();
    return article.prose.slice(lead.start, lead.end).toLowerCase().endsWith('ing') && contextSet('anteriorGerundOpeners').has(before) ? { gerund: group, opener, dateFirst } : null;
  }
  return null;
}
