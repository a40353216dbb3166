import { straightApostrophes } from '../../text/shape';
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
const INITIALS = /^(?:\p{L}\.)+\p{L}$/u;
const SHORT_TITLE = /^\p{Lu}\p{Ll}{1,2}$/u;
const UPPER_START = /^\p{Lu}/u;

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
    if (len === 1 && /[-.!?]/.test(text[i])) while (end < to && text[end] === text[i]) end++;
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
  if (/\p{L}['’][sS]$/u.test(word)) clitic = 2;
  else if (/\p{L}[nN]['’][tT]$/u.test(word)) clitic = 3;
  if (clitic) { pushParts(text, start, end - clitic, push, splitHyphen); push(end - clitic, end); return; }
  // A trailing period belongs to initials (U.S.), a middle initial and short capitalised titles before a name (Mr. Smith).
  if (end < limit && text[end] === '.') {
    const next = /\S/u.exec(text.slice(end + 1, Math.min(limit, end + 8)));
    // A middle initial keeps its period too (Paul M. Abbate, as CoNLL writes "M."), when a capitalised word follows.
    const initial = /^\p{Lu}$/u.test(word) && next !== null && UPPER_START.test(next[0]);
    if (INITIALS.test(word) || initial || (SHORT_TITLE.test(word) && next !== null && UPPER_START.test(next[0]))) {
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
    if (UPPER_START.test(left) && UPPER_START.test(right) && splitHyphen(left, right)) {
      push(start, start + dash);
      push(start + dash, start + dash + 1);
      push(start + dash + 1, end);
      return;
    }
  }
  push(start, end);
}
