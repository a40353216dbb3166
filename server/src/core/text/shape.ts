// The shape of a word or a character: capitalisation, letters, digits, white space, the possessive ending. Every
// recogniser and rule asks these questions of raw text (a token's text, a character beside a span); answering them
// here, once, keeps the Unicode classes in one place (`\p{Lu}` is an upper-case letter in any script, not [A-Z]).

const UPPER_FIRST = /^\p{Lu}/u;
const LOWER_FIRST = /^\p{Ll}/u;
const ALL_UPPER = /^\p{Lu}+$/u;
const LETTER = /\p{L}/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const DIGIT = /\d/;
const DIGITS = /^\d+$/;
const SPACE = /\s/;
const SPACE_RUN = /\s+/;

/** True when `s` (a word, a token's text; may be undefined past the end of a text) starts with an upper-case letter of any script. */
export function isCapitalised(s: string | undefined): boolean {
  return !!s && UPPER_FIRST.test(s);
}

/** True when `s` starts with a lower-case letter of any script. */
export function isLowerInitial(s: string | undefined): boolean {
  return !!s && LOWER_FIRST.test(s);
}

/** True when every character of `s` is an upper-case letter ("NATO", "UK"); false for "" and for "U.K.". */
export function isAllCapitals(s: string | undefined): boolean {
  return !!s && ALL_UPPER.test(s);
}

/** True when `s` holds at least one letter of any script. */
export function hasLetter(s: string | undefined): boolean {
  return !!s && LETTER.test(s);
}

/** True when `s` holds at least one letter or number of any script (a "word character" that is not ASCII-only). */
export function hasLetterOrDigit(s: string | undefined): boolean {
  return !!s && LETTER_OR_DIGIT.test(s);
}

/** True when `s` holds at least one ASCII digit. */
export function hasDigit(s: string | undefined): boolean {
  return !!s && DIGIT.test(s);
}

/** True when `s` is one or more ASCII digits and nothing else. */
export function isDigits(s: string | undefined): boolean {
  return !!s && DIGITS.test(s);
}

/** True when `ch` (a character, or any string) holds white space; false for undefined (past the end of a text). */
export function hasSpace(ch: string | undefined): boolean {
  // (A plain space answers without the pattern: most strings asked about are one character or start with one.)
  return !!ch && (ch.charCodeAt(0) === 32 || SPACE.test(ch));
}

/** The white-space-separated words of `s`, without empty strings ("  a  b " → ["a", "b"]; "" → []). */
export function wordsOf(s: string): string[] {
  const trimmed = s.trim();
  return trimmed ? trimmed.split(SPACE_RUN) : [];
}

/** The last white-space-separated word of `s` ("" when `s` is blank). Reads back from the end: no split. */
export function lastWordOf(s: string): string {
  const trimmed = s.trimEnd();
  let k = trimmed.length;
  while (k > 0 && !isWhiteSpaceCode(trimmed.charCodeAt(k - 1))) k--;
  return trimmed.slice(k);
}

/** True for a UTF-16 code unit that the regular expression `\s` matches (ECMAScript WhiteSpace and LineTerminator). */
function isWhiteSpaceCode(c: number): boolean {
  if (c <= 0x20) return c === 0x20 || (c >= 0x09 && c <= 0x0d);
  if (c < 0xa0) return false;
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

/** `s` without one final full stop ("Corp." → "Corp"; "U.S." → "U.S"); unchanged when it has none. */
export function withoutFullStop(s: string): string {
  return s.endsWith('.') ? s.slice(0, -1) : s;
}

/** `s` with typographic apostrophes (’, U+2019) made straight ('), so word lists need only one spelling. */
export function straightApostrophes(s: string): string {
  return s.replaceAll('’', "'");
}

/** True when `s` ends with the possessive "'s" or "’s" ("Britain's"). */
export function endsPossessive(s: string): boolean {
  return s.endsWith("'s") || s.endsWith('’s');
}

/** `s` without its possessive "'s" or "’s" ("Cent's" → "Cent"); `s` itself when it has none. */
export function withoutPossessive(s: string): string {
  return endsPossessive(s) ? s.slice(0, -2) : s;
}
