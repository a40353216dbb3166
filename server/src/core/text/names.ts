// Folding names and file names for comparison: diacritics, ASCII case.

const COMBINING_MARK = /\p{M}/gu;

/** `s` in compatibility decomposition (NFKD) without its combining marks: "Sudanī" → "Sudani", "ﬁ" → "fi". */
export function withoutDiacritics(s: string): string {
  return s.normalize('NFKD').replace(COMBINING_MARK, '');
}

/** True when every character of `s` is printable ASCII, space to "~" (true for ""). */
export function isPrintableAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
  }
  return true;
}

const asciiLower = (c: string | undefined) => (c !== undefined && c >= 'A' && c <= 'Z' ? c.toLowerCase() : c);

/** True when `s` ends with `suffix` (lower-case ASCII), ASCII letters compared without case (".TXT" ends ".txt"). */
function endsWithIgnoringCase(s: string, suffix: string): boolean {
  if (s.length < suffix.length) return false;
  const tail = s.length - suffix.length;
  for (let i = 0; i < suffix.length; i++) if (asciiLower(s[tail + i]) !== suffix[i]) return false;
  return true;
}

/** The file name extensions of articles the command line reads. */
const ARTICLE_EXTENSIONS = ['.md', '.markdown', '.txt'];

/** True when `name` (a path or URI) names an article file: Markdown or plain text, in any ASCII case. */
export function isArticleFileName(name: string): boolean {
  return ARTICLE_EXTENSIONS.some((e) => endsWithIgnoringCase(name, e));
}

/** True when `name` (a path or URI) names a plain-text file (".txt", in any ASCII case). */
export function isTextFileName(name: string): boolean {
  return endsWithIgnoringCase(name, '.txt');
}

/** True when `s` starts with `prefix` (lower-case ASCII), ASCII letters compared without case ("WWW." starts "www."). */
export function startsWithIgnoringCase(s: string, prefix: string): boolean {
  if (s.length < prefix.length) return false;
  for (let i = 0; i < prefix.length; i++) if (asciiLower(s[i]) !== prefix[i]) return false;
  return true;
}

/** A character of a regex word (\w): an ASCII letter or digit, or "_". */
const isWordCharacter = (c: string | undefined) => !!c && ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c === '_');

/** True when `s` ends with the word `word` (lower-case ASCII) in any ASCII case, no letter, digit or "_" before it ("millions of"). */
export function endsWithWord(s: string, word: string): boolean {
  return endsWithIgnoringCase(s, word) && !isWordCharacter(s[s.length - word.length - 1]);
}
