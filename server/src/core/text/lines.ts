// Line breaks and line openings in raw text: "\r\n", a lone "\r" and "\n" are each one break, as in CommonMark and
// YAML. Offsets are UTF-16 offsets into the string given.

/** The offset of the first line break ("\r" or "\n") in `s` at or after `from`, or -1 when there is none. */
export function firstLineBreak(s: string, from = 0): number {
  const r = s.indexOf('\r', from);
  const n = s.indexOf('\n', from);
  return r < 0 ? n : n < 0 ? r : Math.min(r, n);
}

/** True when `s` holds a line break ("\r" or "\n"). */
export function hasLineBreak(s: string): boolean {
  return s.includes('\n') || s.includes('\r');
}

/** True when `s` starts with a line break. */
export function startsWithLineBreak(s: string): boolean {
  return s[0] === '\r' || s[0] === '\n';
}

/** The line break at offset `i` of `s`: "\r\n", "\r" or "\n"; "" when none starts there. */
export function lineBreakAt(s: string, i: number): string {
  if (s.startsWith('\r\n', i)) return '\r\n';
  return s[i] === '\r' || s[i] === '\n' ? s[i] : '';
}

/** `s` with every character but the line breaks made a space (same length, so offsets hold). */
export function blankKeepingLineBreaks(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== '\r' && c !== '\n') continue;
    out += ' '.repeat(i - from) + c;
    from = i + 1;
  }
  return out + ' '.repeat(s.length - from);
}

/** `s` with each "\r" and "\n" made a space (same length). */
export function lineBreaksAsSpaces(s: string): string {
  return s.replaceAll('\r', ' ').replaceAll('\n', ' ');
}

/** `s` with each lone "\r" (not before "\n") made "\n" (same length). */
export function loneCarriageReturnsAsNewlines(s: string): string {
  return s.split('\r\n').map((part) => part.replaceAll('\r', '\n')).join('\r\n');
}

/** The spaces and tabs that open `line`. */
export function indentationOf(line: string): string {
  let n = 0;
  while (line[n] === ' ' || line[n] === '\t') n++;
  return line.slice(0, n);
}

/**
 * The length of a front matter's opening fence at the start of `text`: an optional byte-order mark, "---", spaces or
 * tabs, and a line break (or, when `atEnd`, the end of the text). -1 when the text does not open with one.
 */
export function openingFenceLength(text: string, atEnd = false): number {
  let i = text.startsWith('\ufeff') ? 1 : 0;
  if (!text.startsWith('---', i)) return -1;
  i += 3;
  while (text[i] === ' ' || text[i] === '\t') i++;
  const lineBreak = lineBreakAt(text, i);
  if (lineBreak) return i + lineBreak.length;
  return atEnd && i === text.length ? i : -1;
}

/** `s` without the spaces and tabs at either end (other white space stays). */
export function trimBlanks(s: string): string {
  let start = 0;
  let end = s.length;
  while (s[start] === ' ' || s[start] === '\t') start++;
  while (end > start && (s[end - 1] === ' ' || s[end - 1] === '\t')) end--;
  return s.slice(start, end);
}
