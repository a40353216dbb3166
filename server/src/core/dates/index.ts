// Date recognition for news copy: chrono-node plus news patterns, resolved against the publication date and the tense.
import { SpanIndex } from '../text/spanIndex';
import { SegmentMemo } from '../text/segments';
import type { Article, DateMention, Span } from '../types';
import { parseIsoDay, type Ymd } from './calendar';
import { chronoCandidates } from './chronoAdapter';
import type { Candidate } from './expr';
import { namedEventCandidates } from './names';
import { newsCandidates } from './patterns';
import { resolveCandidate } from './resolve';
import { governingVerb, tenseNear } from './governor';
import type { TenseCue } from './tense';
import { impossibleMonths, impossibleNumericDays } from './written';

export { describeDate, inlayHintLabel } from './describe';

/** Longest span wins; on equal spans a named event beats the news patterns, which beat chrono-node. */
function choose(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start);
  const kept: Candidate[] = [];
  // Offsets already taken by a kept candidate: checking a candidate costs its own length, not the number kept.
  const taken = new Set<number>();
  for (const c of sorted) {
    let free = true;
    for (let i = c.start; i < c.end && free; i++) free = !taken.has(i);
    if (!free) continue;
    kept.push(c);
    for (let i = c.start; i < c.end; i++) taken.add(i);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/**
 * The news patterns read one paragraph at a time (a date never runs across a blank line), each paragraph's
 * candidates kept by its text: a keystroke re-reads the paragraph it changed.
 */
const NEWS = new SegmentMemo<Candidate>(4096);

/** A candidate moved `by` code units, its weekday's span with it. */
function shiftCandidate(c: Candidate, by: number): Candidate {
  const expr = c.expr.t === 'cal' && c.expr.wdSpan ? { ...c.expr, wdSpan: [c.expr.wdSpan[0] + by, c.expr.wdSpan[1] + by] as [number, number] } : c.expr;
  return { ...c, start: c.start + by, end: c.end + by, expr };
}

/** Sets how many paragraphs' news-pattern candidates are kept (0 for a batch over an archive, which reads each once). */
export function limitNewsMemo(capacity: number): void {
  NEWS.limit(capacity);
}

/** chrono-node needs some reference day even when relative results will be discarded. */
const NO_PUBLICATION_REF: Ymd = { y: 2000, m: 1, d: 1 };

/**
 * Every date, duration and time reference in the article's prose, offsets into `article.text`.
 * `published` (YYYY-MM-DD) anchors relative expressions; without it they get value null.
 */
export function extractDates(article: Article, published: string | null): DateMention[] {
  const pub = parseIsoDay(published);
  // Past the document's date budget (article.ts) no date is read: the text there is left out, offsets unchanged.
  const prose = article.dateLimit === undefined ? article.prose : article.prose.slice(0, article.dateLimit);
  const sentences = article.sentences;
  const candidates = choose([...NEWS.collect(prose, newsCandidates, shiftCandidate), ...namedEventCandidates(prose), ...chronoCandidates(prose, pub ?? NO_PUBLICATION_REF, article.text.slice(0, prose.length), article.paragraphs.filter((p) => p.end <= prose.length), sentences)]);
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
    tenseAt: (_sentence: Span | null, span: Span) => (span as Candidate).expr?.t === 'cal' ? tenseAt(article, span) : tenseNear(article, span),
  };
  // A date in numbers that does not exist ("2024-13-01", which chrono-node reads as 13 January; "02/30/2024") is no
  // date: impossible-date reports it.
  // So is a stock price's fraction ("rose 4 5/8 to 112 5/8": not 8 May).
  const impossible = [...impossibleMonths(prose), ...impossibleNumericDays(prose), ...mixedFractions(prose)];
  const impossibleIndex = new SpanIndex(impossible);
  const real = impossible.length ? candidates.filter((c) => !impossibleIndex.overlapping(c)) : candidates;
  return comparePeriods(real.map((c) => resolveCandidate(c, ctx)));
}

/**
 * The tense a date is resolved in: its governing verb group (governingVerb, as the tense rule reads it), where a
 * present arrangement looks ahead ("is meeting Ms Furse on Thursday", "is due to report on Friday"), and a past
 * governor with no other cue nearer looks back, however far; else, or when a future cue stands just before the date,
 * the nearest tense cue in the sentence (tenseNear). Calendar dates only: a period ("the third quarter") more often hangs on a noun than on the verb.
 */
function tenseAt(article: Article, span: Span): TenseCue | null {
  const near = tenseNear(article, span);
  // A cue of planning just before the date is its own ("widely tipped for 5 May", "the upcoming 5 May vote").
  if (near?.tense === 'future' && near.end <= span.start && /^\s+(?:for\s+)?$/i.test(article.prose.slice(near.end, span.start))) return near;
  const g = governingVerb(article, span);
  // The governor's forward readings, which the nearest cue misses or mistakes: a future or a present arrangement.
  if (!g) return near;
  // A past governor decides however far from the date when no other cue is nearer ("announced their support for the
  // government plans on Monday evening").
  if ((!near || (near.start === g.start && near.tense === 'past')) && g.tense === 'past' && !g.plan) return { start: g.start, end: g.end, tense: 'past', perfect: false, governs: true };
  if (!(g.tense === 'future' || (g.tense === 'present' && g.plan && !g.presentPerfect))) return near;
  return { start: g.start, end: g.end, tense: 'future', perfect: g.tense === 'future' && g.perfect, governs: true };
}

/** A whole number and a fraction in halves to sixty-fourths, as US share prices were quoted ("31 7/8"). */
const MIXED_FRACTION = /(?<![\d.,/])\d{1,4} [1-9]\d?\/(?:2|4|8|16|32|64)(?![\d/])/g;

/** The spans of `prose` that are such mixed numbers (figures/numbers.ts reads them as one number). */
function mixedFractions(prose: string): Span[] {
  const out: Span[] = [];
  for (const m of prose.matchAll(MIXED_FRACTION)) {
    const [n, d] = m[0].split(' ')[1].split('/').map(Number);
    if (n < d) out.push({ start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const YEAR_BEFORE = /^(?:(?:the\s+)?(?:comparable\s+)?year[- ](?:ago|earlier)(?:\s+\w+)?|a year (?:ago|earlier)|prior[- ]year)$/i;

/**
 * Results copy compares a period with "a year ago" / "the year-earlier quarter": the same
 * quarter (or half) one year before the one last named, not just the previous calendar year.
 */
function comparePeriods(dates: DateMention[]): DateMention[] {
  let period: DateMention | null = null;
  for (const d of dates) {
    if ((d.grain === 'quarter' || d.grain === 'half') && d.value && !YEAR_BEFORE.test(d.text)) period = d;
    else if (period && d.value && d.grain === 'year' && YEAR_BEFORE.test(d.text)) {
      const shifted = `${Number(period.value!.slice(0, 4)) - 1}${period.value!.slice(4)}`;
      d.explanation = `a year before the ${period.text.replace(/^the\s+/i, '')} named earlier (${period.value}): ${shifted}`;
      d.value = shifted;
      d.grain = period.grain;
    }
  }
  return dates;
}
