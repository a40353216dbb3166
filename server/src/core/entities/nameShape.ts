// The shape of the words of a name, as the entity finder and the entity rules ask it: runs of capitals, initials with
// full stops, trailing punctuation. Built on text/shape.ts; each answer reads a word by code points, as a `u` pattern
// would.
import { hasLetter, hasLetterOrDigit, isAllCapitals, isCapitalised, isDigits, isLowerInitial } from '../text/shape';

const SPACE_RUN = /\s+/;
const NON_SPACE_RUN = /\S+/g;
const SPACE_OR_HYPHEN_RUN = /[\s-]+/;
const NUMBER = /\p{N}/u;

/** `s` split at every run of white space, as `s.split(/\s+/)` (a leading or trailing space gives an empty word). */
export function splitAtSpaces(s: string): string[] {
  return s.split(SPACE_RUN);
}

/** `s` split at every run of white space or hyphens ("US Anti-Doping Agency" → US, Anti, Doping, Agency). */
export function splitAtSpacesAndHyphens(s: string): string[] {
  return s.split(SPACE_OR_HYPHEN_RUN);
}

/** The runs of non-space characters of `s`, each with its offset (`index`) in `s`. */
export function wordMatches(s: string): RegExpExecArray[] {
  return [...s.matchAll(NON_SPACE_RUN)];
}

/** True when `s` holds a number character of any script (`\p{N}`: digits, "½", "Ⅳ"). */
export function hasNumber(s: string | undefined): boolean {
  return !!s && NUMBER.test(s);
}

/** True when `s` holds an upper-case letter of any script. */
export function hasCapital(s: string): boolean {
  for (const ch of s) if (isCapitalised(ch)) return true;
  return false;
}

/** True when `s` is all capitals ("UN", "USADA"), between `min` and `max` letters long. */
export function isCapitals(s: string, min: number, max = Infinity): boolean {
  if (!isAllCapitals(s)) return false;
  const letters = [...s].length;
  return letters >= min && letters <= max;
}

/** True when `s` is a capital and then `min` to `max` lower-case letters ("Fed", "Mr"). */
export function isTitleCaseWord(s: string, min = 1, max = Infinity): boolean {
  const [first, ...rest] = [...s];
  return isCapitalised(first) && rest.length >= min && rest.length <= max && rest.every((ch) => isLowerInitial(ch));
}

/** True when `s` is `min` to `max` letters of any script and nothing else. */
export function isLetterRun(s: string, min: number, max: number): boolean {
  const chars = [...s];
  return chars.length >= min && chars.length <= max && chars.every((ch) => hasLetter(ch));
}

/** True when `s` is one or more lower-case letters and nothing else. */
export function isLowerWord(s: string): boolean {
  return s.length > 0 && [...s].every((ch) => isLowerInitial(ch));
}

/** True when the first letter of `s`, past any other characters, is a capital ("“Boy's" yes, "'til" no). */
export function firstLetterIsCapital(s: string): boolean {
  for (const ch of s) if (hasLetter(ch)) return isCapitalised(ch);
  return false;
}

/** How many UTF-16 code units of `s` are letters ("U.S." → 2). */
export function letterLength(s: string): number {
  let n = 0;
  for (const ch of s) if (hasLetter(ch)) n += ch.length;
  return n;
}

/** The letters `s` opens with ("Annual Management" → "Annual"), or "" when it opens with none. */
export function leadingLetters(s: string): string {
  return leadingRun(s, hasLetter);
}

/** The run of code points `s` opens with that `accept` takes. */
function leadingRun(s: string, accept: (ch: string) => boolean): string {
  let out = '';
  for (const ch of s) {
    if (!accept(ch)) break;
    out += ch;
  }
  return out;
}

/**
 * True when `word` is `min` to `max` initials, each a letter that `letter` accepts and a full stop ("U.S.", "S.A.";
 * not "U.S" or "US").
 */
export function isDottedInitials(word: string, letter: (ch: string) => boolean, min: number, max = Infinity): boolean {
  const chars = [...word];
  if (chars.length % 2 !== 0 || chars.length < 2 * min || chars.length > 2 * max) return false;
  for (let i = 0; i < chars.length; i += 2) if (!letter(chars[i]) || chars[i + 1] !== '.') return false;
  return true;
}

/** `word` without one final full stop or comma ("Minister," → "Minister"). */
export function withoutFinalPunctuation(word: string): string {
  return word.endsWith('.') || word.endsWith(',') ? word.slice(0, -1) : word;
}

/** `word` without one final "s" ("Airports" → "Airport"); unchanged when it has none. */
export function withoutFinalS(word: string): string {
  return word.endsWith('s') ? word.slice(0, -1) : word;
}

/** How many times the character `ch` occurs in `s`. */
export function countOf(s: string, ch: string): number {
  return s.split(ch).length - 1;
}

/** How many spaces and tabs `s` opens with. */
export function leadingBlanks(s: string): number {
  let n = 0;
  while (s[n] === ' ' || s[n] === '\t') n++;
  return n;
}

/** How many spaces and tabs `s` ends with. */
export function trailingBlanks(s: string): number {
  let n = 0;
  while (s[s.length - 1 - n] === ' ' || s[s.length - 1 - n] === '\t') n++;
  return n;
}

/** True when `ch` is a letter, digit or underscore of ASCII (a word character of a pattern without the `u` flag). */
export function isAsciiWordChar(ch: string | undefined): boolean {
  return !!ch && ch.length === 1 && (ch === '_' || (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'));
}

/** True when `s` is one to three digits. */
export function isShortNumber(s: string): boolean {
  return isDigits(s) && s.length <= 3;
}

/** True when `s` is a score as the layer writes it ("24-17", "3–1"): one to three digits on each side of a dash. */
export function isScore(s: string): boolean {
  const hyphen = s.indexOf('-');
  const en = s.indexOf('–');
  const dash = hyphen < 0 ? en : en < 0 ? hyphen : Math.min(hyphen, en);
  return dash >= 0 && isShortNumber(s.slice(0, dash)) && isShortNumber(s.slice(dash + 1));
}

/** The code point of `s` that ends at UTF-16 offset `end` (exclusive), or "" at the start. */
export function codePointBefore(s: string, end: number): string {
  if (end <= 0) return '';
  const low = s.charCodeAt(end - 1);
  const high = end >= 2 ? s.charCodeAt(end - 2) : 0;
  return low >= 0xdc00 && low <= 0xdfff && high >= 0xd800 && high <= 0xdbff ? s.slice(end - 2, end) : s.slice(end - 1, end);
}

/** The run of letters and digits `s` opens with, read by code points ("Jr." → "Jr"). */
export function leadingLettersAndDigits(s: string): string {
  return leadingRun(s, hasLetterOrDigit);
}
