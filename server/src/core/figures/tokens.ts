// Splits prose into number, word and symbol tokens with offsets, so the figure grammar can read phrases.

export type TokenKind = 'num' | 'word' | 'sym';

export interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  text: string;
  /** Lower-cased, curly apostrophe folded to a straight one. */
  lower: string;
  /** Whitespace (or blanked markup) stands before this token. */
  gap: boolean;
}

// Digits keep their thousands separators and decimals ("2,500", "1.13"); words keep internal apostrophes ("Iraq’s").
const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

/**
 * Tokens of `prose` between `from` and `to` (UTF-16 offsets). With `text` (the article text `prose` blanks markup
 * in), a possessive parted from its name only by blanked markup (":org[Microsoft]'s two tools") stays one word,
 * "Microsoft's", as the writer sees it.
 */
export function tokenize(prose: string, from = 0, to = prose.length, text?: string): Token[] {
  const tokens: Token[] = [];
  const source = from === 0 && to === prose.length ? prose : prose.slice(0, to);
  TOKEN.lastIndex = from;
  let prevEnd = -1;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const word = m[0];
    const start = m.index;
    tokens.push({
      kind: m[1] ? 'num' : m[2] ? 'word' : 'sym',
      start,
      end: start + word.length,
      text: word,
      lower: m[2] ? word.toLowerCase().replace(/’/g, "'") : word,
      gap: start !== prevEnd,
    });
    prevEnd = start + word.length;
  }
  return text === undefined ? tokens : joinPossessives(tokens, prose, text);
}

function joinPossessives(tokens: Token[], prose: string, text: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const [w, apostrophe, s] = [out[out.length - 1], tokens[i], tokens[i + 1]];
    const clitic = w?.kind === 'word' && apostrophe.kind === 'sym' && (apostrophe.text === "'" || apostrophe.text === '’') && apostrophe.gap
      && s?.kind === 'word' && s.lower === 's' && !s.gap && onlyMarkupBetween(prose, text, w.end, apostrophe.start);
    if (!clitic) { out.push(apostrophe); continue; }
    out[out.length - 1] = { ...w, end: s.end, text: `${w.text}'s`, lower: `${w.lower}'s` };
    i++;
  }
  return out;
}

/** Every character between `from` and `to` is markup blanked in `prose` (not a space the writer typed). */
function onlyMarkupBetween(prose: string, text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (prose[i] !== ' ' || /\s/.test(text[i])) return false;
  return true;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
