import { hasLetter, hasSpace, isCapitalised, straightApostrophes } from '../../text/shape';
import { codePointBefore, isCapitals, isDottedInitials, isTitleCaseWord } from '../nameShape';
// Splits news prose into CoNLL-style tokens with exact UTF-16 offsets, normalising typographic quotes and dashes.

export interface Token {
  start: number;
  end: number;
  /** The token as the model sees it: curly quotes straightened, dashes as CoNLL writes them. */
  norm: string;
}

// Word characters run through internal hyphens, apostrophes, periods and ampersands (Iran-backed, O'Neill, U.S, AT&T)
// and commas or periods between digits (2,500 / 1.13).
const WORD = /[\p{L}\p{M}\p{N}]+(?:(?:[-'’.&]|(?<=\p{N}),(?=\p{N}))[\p{L}\p{M}\p{N}]+)*/uy;
const SPACE = /\s+/uy;
/** ASCII punctuation whose runs ("--", "...") are one token, as in CoNLL. */
const RUN_PUNCTUATION: ReadonlySet<string> = new Set(['-', '.', '!', '?']);

/** Normalises a punctuation or word token to the CoNLL spelling the model was trained on. */
function normalizeToken(text: string): string {
  switch (text) {
    case '“': case '”': case '„': case '«': case '»': return '"';
    case '‘': case '’': case '‚': case '`': return "'";
    case '—': case '–': case '―': return '--';
    case '…': return '...';
  }
  return text.includes('’') ? straightApostrophes(text) : text;
}

/**
 * Tokenises text[from, to). `splitHyphen(left, right)` decides whether a capitalised X-Y compound is two names
 * (Israel-Hamas) rather than one (Coca-Cola); CoNLL itself keeps hyphenated words whole.
 */
export function tokenize(
  text: string,
  from = 0,
  to = text.length,
  splitHyphen: (left: string, right: string) => boolean = () => false,
): Token[] {
  const tokens: Token[] = [];
  const push = (start: number, end: number) => tokens.push({ start, end, norm: normalizeToken(text.slice(start, end)) });
  let i = from;
  while (i < to) {
    SPACE.lastIndex = i;
    if (SPACE.test(text)) { i = Math.min(SPACE.lastIndex, to); continue; }
    WORD.lastIndex = i;
    const m = WORD.exec(text);
    if (m) {
      pushWord(text, i, Math.min(i + m[0].length, to), to, push, splitHyphen);
      i = tokens[tokens.length - 1].end;
      continue;
    }
    const cp = text.codePointAt(i)!;
    const len = cp > 0xffff ? 2 : 1;
    // Runs of the same ASCII punctuation ("--", "...") are one token, as in CoNLL.
    let end = i + len;
    if (len === 1 && RUN_PUNCTUATION.has(text[i])) while (end < to && text[end] === text[i]) end++;
    push(i, end);
    i = end;
  }
  return tokens;
}

function pushWord(
  text: string,
  start: number,
  end: number,
  limit: number,
  push: (s: number, e: number) => void,
  splitHyphen: (left: string, right: string) => boolean,
): void {
  let word = text.slice(start, end);
  // Possessive and negation clitics are tokens of their own: Pezeshkian’s → Pezeshkian ’s, don't → do n't.
  let clitic = 0;
  if (endsWithClitic(word, POSSESSIVE)) clitic = 2;
  else if (endsWithClitic(word, NEGATION)) clitic = 3;
  if (clitic) { pushParts(text, start, end - clitic, push, splitHyphen); push(end - clitic, end); return; }
  // A trailing period belongs to initials (U.S.), a middle initial and short capitalised titles before a name (Mr. Smith).
  if (end < limit && text[end] === '.') {
    const next = firstNonSpace(text.slice(end + 1, Math.min(limit, end + 8)));
    // A middle initial keeps its period too (Paul M. Abbate, as CoNLL writes "M."), when a capitalised word follows.
    const initial = isCapitals(word, 1, 1) && isCapitalised(next);
    if (isDottedInitials(`${word}.`, hasLetter, 2) || initial || (isTitleCaseWord(word, 1, 2) && isCapitalised(next))) {
      end++;
      word += '.';
    }
  }
  pushParts(text, start, end, push, splitHyphen);
}

function pushParts(
  text: string,
  start: number,
  end: number,
  push: (s: number, e: number) => void,
  splitHyphen: (left: string, right: string) => boolean,
): void {
  const word = text.slice(start, end);
  const dash = word.indexOf('-');
  if (dash > 0 && word.indexOf('-', dash + 1) < 0) {
    const left = word.slice(0, dash);
    const right = word.slice(dash + 1);
    if (isCapitalised(left) && isCapitalised(right) && splitHyphen(left, right)) {
      push(start, start + dash);
      push(start + dash, start + dash + 1);
      push(start + dash + 1, end);
      return;
    }
  }
  push(start, end);
}

/** The possessive clitic: an apostrophe and "s" (each character's accepted forms, in order). */
const POSSESSIVE = [["'", '’'], ['s', 'S']];
/** The negation clitic: "n", an apostrophe and "t". */
const NEGATION = [['n', 'N'], ["'", '’'], ['t', 'T']];

/** `word` ends in `clitic` (POSSESSIVE or NEGATION) right after a letter ("Pezeshkian’s", "don't"). */
function endsWithClitic(word: string, clitic: string[][]): boolean {
  const from = word.length - clitic.length;
  return from > 0 && clitic.every((forms, k) => forms.includes(word[from + k])) && hasLetter(codePointBefore(word, from));
}

/** The first code point of `text` that is no white space, or undefined. */
function firstNonSpace(text: string): string | undefined {
  for (const ch of text) if (!hasSpace(ch)) return ch;
  return undefined;
}
