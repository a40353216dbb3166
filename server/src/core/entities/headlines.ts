// Title-Case headlines ("U.S. Issuing Arrest Warrant for Abortion Foe Linked", "Cuba Presses for Boy's Repatriation"):
// every word is capitalised, so the recogniser reads common words as names. The article itself says which words are
// common: the ones its body writes in lower case ("arrest", "warrant", "boy"); and so does the language, for a short
// article whose body never uses them ("Albright Praises African Cooperation in Bombing Probe"; data/common-words.txt).
import { firstTokenEndingAfter, languageOf, type Language } from '../language';
import type { Article, Span } from '../types';
import { readWordList } from '../dataFiles';
import { withoutPossessive } from '../text/shape';
import { functionPos } from './functionPos';
import { firstLetterIsCapital, isLowerWord, isTitleCaseWord, letterLength, splitAtSpaces } from './nameShape';

/** Words of at least this many letters decide whether a line is in Title Case. */
const MIN_LETTERS = 4;
/** The share of such words that are capitalised in a Title-Case line, and how many it must have. */
const TITLE_CASE_SHARE = 0.8;
const MIN_TITLE_WORDS = 3;

/**
 * A predicate over spans: true for a span inside a Title-Case line (a heading, or a first paragraph of one line, with
 * no full stop at its end and at least TITLE_CASE_SHARE of its words of MIN_LETTERS letters or more capitalised) when
 * at least half of its content words are written in lower case elsewhere in the article or in copy at large
 * (data/common-words.txt, learned by scripts/train-common-words.ts) and the span itself is not (capitalised) in the
 * rest of the article. Such a span is a headline's common words, not a name.
 */
export function headlineCommonWords(article: Article): (span: Span) => boolean {
  const layer = languageOf(article);
  const prose = article.prose;
  // Headings, and a first paragraph of one line (a headline pasted as text).
  const first = article.paragraphs[0];
  const lines = article.paragraphs.filter((p) => (p === first || isHeading(article.text, p.start)) && isTitleCaseLine(prose.slice(p.start, p.end)));
  if (lines.length === 0) return () => false;
  const inLine = (start: number) => lines.some((p) => p.start <= start && start < p.end);
  const lower = new Set<string>();
  for (const t of layer.tokens) {
    const w = prose.slice(t.start, t.end);
    if (isLowerWord(w) && !inLine(t.start)) lower.add(w);
  }
  let body = '';
  let at = 0;
  for (const p of lines) { body += prose.slice(at, p.start); at = p.end; }
  body += prose.slice(at);
  // A span the body writes capitalised too is a name ("Hotel Rwanda", "United States"), whatever its words.
  return (span) => inLine(span.start) && !body.includes(prose.slice(span.start, span.end)) && mostlyCommon(layer, prose, span, lower);
}

/** Longest a headline pasted as text runs, in UTF-16 code units: a story pasted as one line is no headline. */
const MAX_HEADLINE = 200;

/**
 * Whether paragraph `p` of `article` is a headline: a Markdown heading, or a first paragraph of one short line
 * (MAX_HEADLINE) with no full stop at its end (a headline pasted as text; "Can Smith work Scottish wonders?" is one).
 * News style writes surnames alone there.
 */
function isHeadline(article: Article, p: Span): boolean {
  if (isHeading(article.text, p.start)) return true;
  if (p !== article.paragraphs[0]) return false;
  const line = article.prose.slice(p.start, p.end).trim();
  return line.length > 0 && line.length <= MAX_HEADLINE && !line.includes('\n') && !endsInMark(line, FULL_STOP);
}

/** Whether offset `at` lies in the article's headline (isHeadline: a Markdown heading, or a first paragraph of one line without a full stop). */
export function inHeadline(article: Article, at: number): boolean {
  const p = article.paragraphs.find((q) => q.start <= at && at < q.end);
  return !!p && isHeadline(article, p);
}

/** Whether the paragraph at `start` is a Markdown heading: "#" past spaces and tabs (read in place, no copy of the paragraph). */
function isHeading(text: string, start: number): boolean {
  let at = start;
  while (text[at] === ' ' || text[at] === '\t') at++;
  return text[at] === '#';
}

const FULL_STOP: ReadonlySet<string> = new Set(['.']);
const SENTENCE_ENDS: ReadonlySet<string> = new Set(['.', '!', '?']);
const CLOSING_QUOTES: ReadonlySet<string> = new Set(['"', '”', '’']);

/** `line` ends in one of `marks`, or in one of them and a closing quotation mark ('done."'). */
function endsInMark(line: string, marks: ReadonlySet<string>): boolean {
  const end = CLOSING_QUOTES.has(line[line.length - 1]) && marks.has(line[line.length - 2]) ? line.length - 1 : line.length;
  return marks.has(line[end - 1]);
}

function isTitleCaseLine(text: string): boolean {
  const line = text.trim();
  if (line.includes('\n') || endsInMark(line, SENTENCE_ENDS)) return false;
  const words = splitAtSpaces(line).filter((w) => letterLength(w) >= MIN_LETTERS);
  if (words.length < MIN_TITLE_WORDS) return false;
  const capitalised = words.filter((w) => firstLetterIsCapital(w)).length;
  return capitalised >= TITLE_CASE_SHARE * words.length;
}

function mostlyCommon(layer: Language, prose: string, span: Span, lower: ReadonlySet<string>): boolean {
  let content = 0;
  let common = 0;
  for (let i = firstTokenEndingAfter(layer, span.start); i < layer.tokens.length && layer.tokens[i].start < span.end; i++) {
    const t = layer.tokens[i];
    if (t.end <= span.start || functionPos('headline').has(t.pos)) continue;
    const token = prose.slice(t.start, t.end);
    const w = withoutPossessive(token);
    content++;
    if (isTitleCaseWord(w) && (lower.has(w.toLowerCase()) || readWordList('common-words.txt').has(w.toLowerCase()))) common++;
  }
  return content > 0 && common * 2 >= content;
}
