// Date recognition for news copy: chrono-node plus news patterns, resolved against the publication date and the tense.
import type { Article, DateMention, Span } from '../types';
import { parseIsoDay, type Ymd } from './calendar';
import { chronoCandidates } from './chronoAdapter';
import type { Candidate } from './expr';
import { newsCandidates } from './patterns';
import { resolveCandidate } from './resolve';
import { tenseAround } from './tense';

export { describeDate, inlayHintLabel } from './describe';

/** Longest span wins; on equal spans the news pattern beats chrono-node. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  for (const c of sorted) if (!kept.some((k) => k.start < c.end && c.start < k.end)) kept.push(c);
  return kept.sort((a, b) => a.start - b.start);
}

/** chrono-node needs some reference day even when relative results will be discarded. */
const NO_PUBLICATION_REF: Ymd = { y: 2000, m: 1, d: 1 };

/**
 * Every date, duration and time reference in the article's prose, offsets into `article.text`.
 * `published` (YYYY-MM-DD) anchors relative expressions; without it they get value null.
 */
export function extractDates(article: Article, published: string | null): DateMention[] {
  const pub = parseIsoDay(published);
  const prose = article.prose;
  const sentences = article.sentences;
  const candidates = choose([...newsCandidates(prose), ...chronoCandidates(prose, pub ?? NO_PUBLICATION_REF)]);
  const sentenceOf = (offset: number): { index: number; span: Span | null } => {
    let lo = 0;
    let hi = sentences.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (sentences[mid].end <= offset) lo = mid + 1;
      else if (sentences[mid].start > offset) hi = mid - 1;
      else return { index: mid, span: sentences[mid] };
    }
    return { index: -1, span: null };
  };
  const ctx = {
    prose,
    pub,
    sentenceOf,
    tenseAt: (sentence: Span | null, span: Span) => tenseAround(prose, sentence ?? { start: 0, end: prose.length }, span),
  };
  return candidates.map((c) => resolveCandidate(c, ctx));
}
