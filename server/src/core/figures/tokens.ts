import { straightApostrophes } from '../text/shape';
// Splits prose into number, word and symbol tokens with offsets, so the figure grammar can read phrases.

type TokenKind = 'num' | 'word' | 'sym';

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

// Digits keep their thousands separators and decimals ("2,500", "1.13"), and a decimal written without its leading zero
// after a space or a sign keeps its point (".02 outside his best", "$.50"; review 110); words keep internal apostrophes
// ("Iraq’s").
const TOKEN = /(\d+(?:,\d{3})*(?:\.\d+)?|(?<![\p{L}\p{N}.,])\.\d+)|(\p{L}+(?:['’]\p{L}+)*)|(\S)/gu;

export function tokenize(prose: string, from = 0, to = prose.length): Token[] {
  const tokens: Token[] = [];
  const source = from === 0 && to === prose.length ? prose : prose.slice(0, to);
  TOKEN.lastIndex = from;
  let prevEnd = -1;
  for (let m = TOKEN.exec(source); m; m = TOKEN.exec(source)) {
    const text = m[0];
    const start = m.index;
    tokens.push({
      kind: m[1] ? 'num' : m[2] ? 'word' : 'sym',
      start,
      end: start + text.length,
      text,
      lower: m[2] ? straightApostrophes(text.toLowerCase()) : text,
      gap: start !== prevEnd,
    });
    prevEnd = start + text.length;
  }
  return tokens;
}

export const isCapitalised = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.text[0] !== t.lower[0];
