// The words beside a date, read as whole words: the phrase that ends the text before a span or opens the text after
// it, and the closed word classes of data/dates-context.json those phrases are looked up in.
import { readDataJson } from '../dataFiles';
import { hasSpace } from '../text/shape';

/** A word character as `\w` reads one: an ASCII letter or digit, or "_". */
export function isWordChar(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0);
  return (k >= 48 && k <= 57) || (k >= 65 && k <= 90) || (k >= 97 && k <= 122) || k === 95;
}

/** An ASCII letter (A–Z, a–z). */
export function isAsciiLetter(c: string | undefined): boolean {
  if (!c) return false;
  const k = c.charCodeAt(0) | 32;
  return k >= 97 && k <= 122;
}


/** The end of the run of word characters starting at `from`, or `from` when there is none. */
function wordEnd(text: string, from: number): number {
  let i = from;
  while (i < text.length && isWordChar(text[i])) i++;
  return i;
}

/**
 * The whole words (runs of word characters, a full stop right after one kept: "vs.") that end `text`, the last first,
 * lower-cased, at most `max`: the last followed by white space to the end of `text` (or by none, with `bare`), each
 * joined to the next by white space only.
 */
export function wordsAtEnd(text: string, max: number, bare = false): string[] {
  const out: string[] = [];
  let i = text.length;
  while (out.length < max) {
    let j = i;
    while (j > 0 && hasSpace(text[j - 1])) j--;
    if (j === i && (out.length > 0 || !bare)) break;
    let k = text[j - 1] === '.' && isWordChar(text[j - 2]) ? j - 1 : j;
    while (k > 0 && isWordChar(text[k - 1])) k--;
    if (k === j) break;
    out.push(text.slice(k, j).toLowerCase());
    i = k;
  }
  return out;
}

/**
 * The whole words that open `text`, first first, lower-cased, at most `max`: the first after white space (or none, with
 * `bare`), each joined to the next by white space only.
 */
function wordsAtStart(text: string, max: number, bare = false): string[] {
  const out: string[] = [];
  let i = 0;
  while (out.length < max) {
    let j = i;
    while (j < text.length && hasSpace(text[j])) j++;
    if (j === i && (out.length > 0 || !bare)) break;
    const k = wordEnd(text, j);
    if (k === j) break;
    out.push(text.slice(j, k).toLowerCase());
    i = k;
  }
  return out;
}

/** The run of word characters `text` starts with, lower-cased ('' when it starts with none). */
export function firstWord(text: string): string {
  return text.slice(0, wordEnd(text, 0)).toLowerCase();
}

/** The whole words of `text` (runs of word characters), lower-cased, in order. */
export function wordsIn(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!isWordChar(text[i])) continue;
    const end = wordEnd(text, i);
    out.push(text.slice(i, end).toLowerCase());
    i = end;
  }
  return out;
}

/** Whether one of the whole words of `text` is in `words` (lower case). */
export function hasWordOf(text: string, words: ReadonlySet<string>): boolean {
  return wordsIn(text).some((w) => words.has(w));
}

/** A set of phrases (lower case, words joined by one space) and the most words one has. */
export interface Phrases {
  has(phrase: string): boolean;
  readonly longest: number;
}

/**
 * Every phrase made of one of `heads` and then, in order, one or none of each slot of `optional` ("by" with ["the"] and
 * ["end of"]: "by", "by the", "by end of", "by the end of").
 */
export function phrases(heads: readonly string[], ...optional: readonly (readonly string[])[]): Phrases {
  let all = [...heads];
  for (const slot of optional) all = all.flatMap((p) => [p, ...slot.map((w) => `${p} ${w}`)]);
  const set = new Set(all);
  return { has: (p) => set.has(p), longest: Math.max(...all.map((p) => p.split(' ').length)) };
}

/** Whether `text` ends in one of `list` and then white space (a pattern's /\b(?:…)\s+$/i). */
export function endsWithPhrase(text: string, list: Phrases): boolean {
  const words = wordsAtEnd(text, list.longest);
  for (let n = 1; n <= words.length; n++) if (list.has(words.slice(0, n).reverse().join(' '))) return true;
  return false;
}

/** Whether a possessive "'s" or "’s" stands at `at` in `text` with no word character after it (/^['’]s\b/). */
export function possessiveAt(text: string, at: number): boolean {
  return (text[at] === "'" || text[at] === '’') && text[at + 1] === 's' && !isWordChar(text[at + 2]);
}

let lists: Readonly<Record<string, readonly string[]>> | null = null;

/** A closed word class of data/dates-context.json by its key, lower case. */
function contextWords(key: string): readonly string[] {
  lists ??= readDataJson<Record<string, readonly string[]>>('dates-context.json');
  const list = lists[key];
  if (!list) throw new Error(`Newsdesk data file dates-context.json has no list ${key}`);
  return list;
}

const sets = new Map<string, ReadonlySet<string>>();

/** contextWords as a set. */
export function contextSet(key: string): ReadonlySet<string> {
  let set = sets.get(key);
  if (!set) {
    set = new Set(contextWords(key));
    sets.set(key, set);
  }
  return set;
}

/** The maximal runs of `text` whose characters all pass `inRun`, in order. */
export function runsOf(text: string, inRun: (c: string) => boolean): { text: string; start: number }[] {
  const out: { text: string; start: number }[] = [];
  for (let i = 0; i < text.length; i++) {
    if (!inRun(text[i])) continue;
    let j = i;
    while (j < text.length && inRun(text[j])) j++;
    out.push({ text: text.slice(i, j), start: i });
    i = j;
  }
  return out;
}

/** The phrases of the list `key` of data/dates-context.json, with `optional` slots (see phrases), built on first use. */
export function phrasesOf(key: string, ...optional: readonly (readonly string[])[]): () => Phrases {
  let built: Phrases | null = null;
  return () => (built ??= phrases(contextWords(key), ...optional));
}

/**
 * Whether `between` (the text between two dates) is one of `marks` with white space around it, and perhaps one of
 * `words` and white space after ("; ", " (on ", " – in "): the two stand side by side.
 */
export function joinedBy(between: string, marks: readonly string[], words: readonly string[]): boolean {
  const s = between.trimStart();
  if (!marks.includes(s[0])) return false;
  const rest = s.slice(1).trimStart();
  const word = rest.trimEnd();
  return rest === '' || (word !== rest && words.includes(word));
}

/** The words of `text` when it is nothing but whole words joined by white space ("next Thursday"), lower-cased; else null. */
export function onlyWords(text: string): string[] | null {
  if (hasSpace(text[0]) || hasSpace(text[text.length - 1])) return null;
  const words = wordsAtStart(text, Infinity, true);
  let spaces = 0;
  for (let i = 0; i < text.length; i++) if (hasSpace(text[i])) spaces++;
  return words.reduce((n, w) => n + w.length, 0) + spaces === text.length ? words : null;
}

/** An ASCII capital (A–Z). */
export function isAsciiCapital(c: string | undefined): boolean {
  return !!c && c >= 'A' && c <= 'Z';
}

/**
 * The run of ASCII letters that ends `text` once any characters other than word characters are dropped from its end
 * ("Mr. " → "Mr"), or null when a digit or "_" ends it (a pattern's /([A-Za-z]+)\W*$/).
 */
export function lastLetters(text: string): string | null {
  let i = text.length;
  while (i > 0 && !isWordChar(text[i - 1])) i--;
  let k = i;
  while (k > 0 && isAsciiLetter(text[k - 1])) k--;
  return k < i ? text.slice(k, i) : null;
}

/** The run of ASCII letters right before the white space that ends `text` ("on Black " → "Black"), or null (/([A-Za-z]+)\s+$/). */
export function lettersBeforeSpace(text: string): string | null {
  let i = text.length;
  while (i > 0 && hasSpace(text[i - 1])) i--;
  if (i === text.length) return null;
  let k = i;
  while (k > 0 && isAsciiLetter(text[k - 1])) k--;
  return k < i ? text.slice(k, i) : null;
}

/** The length of the word of `words` and the white space after it that open `text` ("on ", "the "), or 0. */
export function leadingWordLength(text: string, words: ReadonlySet<string>): number {
  const w = firstWord(text);
  if (!words.has(w)) return 0;
  let i = w.length;
  while (hasSpace(text[i])) i++;
  return i > w.length ? i : 0;
}

/** Whether `text` opens with one of `words` and a white-space character ("last Friday": /^(?:last|…)\s/i). */
export function opensWith(text: string, words: ReadonlySet<string>): boolean {
  const w = firstWord(text);
  return words.has(w) && hasSpace(text[w.length]);
}

/** Whether `phrase` (lower-case ASCII) stands in `text` as whole words, in any case of its ASCII letters ("from now"). */
export function hasPhrase(text: string, phrase: string): boolean {
  for (let i = 0; i + phrase.length <= text.length; i++) {
    if (isWordChar(text[i - 1]) || isWordChar(text[i + phrase.length])) continue;
    let same = true;
    for (let k = 0; k < phrase.length && same; k++) same = text.charCodeAt(i + k) < 128 && text[i + k].toLowerCase() === phrase[k];
    if (same) return true;
  }
  return false;
}

/** Whether `text` opens with white space and then a capital and a small letter, both ASCII ("  Telegraph": /^\s+[A-Z][a-z]/). */
export function opensCapitalisedWord(text: string): boolean {
  let i = 0;
  while (hasSpace(text[i])) i++;
  return i > 0 && isAsciiCapital(text[i]) && !!text[i + 1] && text[i + 1] >= 'a' && text[i + 1] <= 'z';
}

/** The run of word characters right after the white space that opens `text`, as written, and where it ends; null without both. */
export function wordAfterSpace(text: string): { word: string; end: number } | null {
  let i = 0;
  while (hasSpace(text[i])) i++;
  const end = wordEnd(text, i);
  return i > 0 && end > i ? { word: text.slice(i, end), end } : null;
}

/** Whether `word` is an ASCII capital and then one or more ASCII small letters, nothing else ("Telegraph": /^[A-Z][a-z]+$/). */
export function isTitleWord(word: string): boolean {
  if (word.length < 2 || !isAsciiCapital(word[0])) return false;
  for (let i = 1; i < word.length; i++) if (word[i] < 'a' || word[i] > 'z') return false;
  return true;
}

/** The run of ASCII letters that ends `text`, or null when it ends in anything else. */
export function trailingAsciiLetters(text: string): string | null {
  let k = text.length;
  while (k > 0 && isAsciiLetter(text[k - 1])) k--;
  return k < text.length ? text.slice(k) : null;
}

/** The run of ASCII letters that opens `text`, or '' when it opens with anything else. */
export function leadingAsciiLetters(text: string): string {
  let k = 0;
  while (k < text.length && isAsciiLetter(text[k])) k++;
  return text.slice(0, k);
}

/** Whether `text` opens with `prefix` (lower-case ASCII), in any case of its ASCII letters ("Percent" for "percent"). */
export function opensWithCaseless(text: string, prefix: string): boolean {
  if (text.length < prefix.length) return false;
  for (let k = 0; k < prefix.length; k++) if (text.charCodeAt(k) >= 128 || text[k].toLowerCase() !== prefix[k]) return false;
  return true;
}

/**
 * The hedge (data/dates-context.json yearCountHedges) that ends `text` before white space, lower case and single-spaced,
 * or null: "more than 40 years after" claims no exact number.
 */
export function countHedgeBefore(text: string): string | null {
  const words = wordsAtEnd(text, 2);
  for (let n = words.length; n >= 1; n--) {
    const phrase = words.slice(0, n).reverse().join(' ');
    if (contextSet('yearCountHedges').has(phrase)) return phrase;
  }
  return null;
}

/**
 * Whether the time that may have passed, `low` to `high` (in the count's unit: years from the end of a year or decade
 * to its start, or days, weeks, months between two dates), fits a
 * count `n` under `hedge` (one of countHedgeBefore's): "more than" / "over" / "at least" a lower bound, "less than" /
 * "under" an upper bound, "nearly" / "almost" / "close to" an upper bound within a fifth, "about" / "around" / "some"
 * / "roughly" within a fifth either way.
 */
export function fitsCountHedge(hedge: string, n: number, low: number, high: number): boolean {
  switch (hedgeSense(hedge)) {
    case 'above': return high >= n;
    case 'below': return low <= n;
    case 'short': return low <= n && high >= 0.8 * n;
    default: return high >= 0.8 * n && low <= 1.2 * n;
  }
}

/** How a hedge of countHedgeBefore's bounds its count: at least it, at most it, up to a fifth short of it, or about it. */
export type HedgeSense = 'above' | 'below' | 'short' | 'about';
const HEDGE_SENSES: Readonly<Record<string, HedgeSense>> = { 'more than': 'above', over: 'above', 'at least': 'above', 'less than': 'below', under: 'below', nearly: 'short', almost: 'short', 'close to': 'short' };

/** The sense of `hedge` (fitsCountHedge's readings); "about", "around", "some", "roughly" and any other are 'about'. */
export function hedgeSense(hedge: string): HedgeSense {
  return HEDGE_SENSES[hedge] ?? 'about';
}
