// Splits prose into sentences inside each paragraph, aware of abbreviations, initials, decimals and closing quotes.
import { readWordList } from './dataFiles';
import { SpanIndex } from './text/spanIndex';
import type { Article, Sentence, Span } from './types';

const CLOSERS = new Set(['"', '\u201d', '\u2019', "'", ')', ']', '\u00bb']);
const OPENERS = new Set(['"', '\u201c', '\u2018', "'", '(', '[', '\u00ab', '\u2014', '-']);

/** Sentences of each paragraph, trimmed of surrounding whitespace; `prose` has markup blanked, `text` is what it blanks (a full stop after a tag follows the tag's last word: ":org[Warner Bros]." is an abbreviation). */
export function splitSentences(prose: string, paragraphs: Span[], text: string = prose): Sentence[] {
  const abbrev = readWordList('abbreviations.txt');
  const sentences: Sentence[] = [];
  paragraphs.forEach((para, index) => {
    let start = para.start;
    for (let i = para.start; i < para.end; i++) {
      const ch = prose[i];
      if (ch !== '.' && ch !== '!' && ch !== '?') continue;
      let end = i + 1;
      while (end < para.end && (prose[end] === '.' || prose[end] === '!' || prose[end] === '?')) end++;
      while (end < para.end && CLOSERS.has(prose[end])) end++;
      let next = end;
      while (next < para.end && /\s/.test(prose[next])) next++;
      if (next === end && end < para.end) continue; // "3.5", "U.S.-led", "e.g.x": no space, no boundary
      if (next < para.end && !startsSentence(prose, next)) continue;
      if (ch === '.' && end === i + 1 && isAbbreviation(prose, markupBefore(prose, text, i), abbrev)) continue;
      pushTrimmed(prose, start, end, index, sentences);
      start = next;
      i = next - 1;
    }
    pushTrimmed(prose, start, para.end, index, sentences);
  });
  return sentences;
}

function startsSentence(prose: string, at: number): boolean {
  const ch = prose[at];
  if (OPENERS.has(ch)) return true;
  if (/\d/.test(ch)) return true;
  return ch !== ch.toLowerCase() || /[\u0600-\u06ff]/.test(ch);
}

/** Where the word before a full stop ends, past any markup blanked between them (":org[Warner Bros]."). */
function markupBefore(prose: string, text: string, dot: number): number {
  let at = dot;
  while (at > 0 && dot - at < 40 && prose[at - 1] === ' ' && !/\s/.test(text[at - 1])) at--;
  return at;
}

/** The full stop at `dot` closes an abbreviation, an initial or a dotted acronym ("Inc.", "J.", "U.S."), per data/abbreviations.txt. */
export function closesAbbreviation(prose: string, dot: number): boolean {
  return prose[dot] === '.' && isAbbreviation(prose, dot, readWordList('abbreviations.txt'));
}

function isAbbreviation(prose: string, dot: number, abbrev: ReadonlySet<string>): boolean {
  // Abbreviations are short: look back a few characters only (a 50,000-character "a.a.a…" stays linear).
  let s = dot;
  while (s > 0 && dot - s < 24 && /[\p{L}.]/u.test(prose[s - 1])) s--;
  const word = prose.slice(s, dot).toLowerCase();
  if (!word) return false;
  if (abbrev.has(word)) return true;
  if (readWordList('abbreviations-before-numbers.txt').has(word)) return beforeNumberOrDate(prose, dot + 1);
  // Single initials ("J. Smith") and dotted acronyms ("U.N.") do not end sentences.
  return /^\p{L}$/u.test(word) && word !== word.toUpperCase() ? false : /^(\p{Lu}|(\p{L}\.)+\p{L})$/u.test(prose.slice(s, dot));
}

const MONTH_OR_WEEKDAY = /^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|mon(?:day)?|tue(?:s|sday)?|wed(?:nesday)?|thu(?:r|rs|rsday)?|fri(?:day)?|sat(?:urday)?|sun(?:day)?)$/;

/** After `at` (past spaces and a comma) comes a number, a month or a weekday: "Dec. 5", "Sun. June 13", "No. 10". */
function beforeNumberOrDate(prose: string, at: number): boolean {
  const next = /^[\s,]*(\p{N}|\p{L}+)/u.exec(prose.slice(at, at + 24));
  if (!next) return false;
  return /\p{N}/u.test(next[1]) || MONTH_OR_WEEKDAY.test(next[1].toLowerCase());
}

/**
 * The longest sentence the checks read, in UTF-16 code units. News sentences stay far below it (the longest of the
 * 2,225 BBC articles is about 1,000); a longer run without a full stop (a pasted table, a list on one line,
 * hostile input) is cut at whitespace into pieces of this size, so that checks which scan a sentence around each
 * mention stay linear in the article.
 */
export const MAX_SENTENCE = 2000;

function pushTrimmed(prose: string, start: number, end: number, paragraph: number, out: Sentence[]): void {
  while (start < end && /\s/.test(prose[start])) start++;
  while (end > start && /\s/.test(prose[end - 1])) end--;
  while (end - start > MAX_SENTENCE) {
    let cut = start + MAX_SENTENCE;
    while (cut > start + MAX_SENTENCE / 2 && !/\s/.test(prose[cut])) cut--;
    if (!/\s/.test(prose[cut])) cut = start + MAX_SENTENCE;
    // Never between the halves of a surrogate pair.
    if (/[\udc00-\udfff]/.test(prose[cut])) cut--;
    pushTrimmed(prose, start, cut, paragraph, out);
    start = cut;
    while (start < end && /\s/.test(prose[start])) start++;
  }
  if (end > start) out.push({ start, end, paragraph });
}

const paragraphIndexes = new WeakMap<Article, SpanIndex>();

/** Start (UTF-16 offset) of the paragraph holding `offset`, or 0 when none does; O(log n), indexed once per article. */
export function paragraphStartAt(article: Article, offset: number): number {
  let index = paragraphIndexes.get(article);
  if (!index) {
    index = new SpanIndex(article.paragraphs);
    paragraphIndexes.set(article, index);
  }
  return index.covering({ start: offset, end: offset + 1 })?.start ?? 0;
}
