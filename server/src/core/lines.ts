// The one converter between UTF-16 offsets and LSP-style positions (0-based line, UTF-16 character), and the one
// line-break model: \r\n, \r and \n each end a line, as LSP and vscode-languageserver-textdocument count them.
export interface Position {
  line: number;
  character: number;
}

export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(private readonly text: string) {
    for (let i = 0; i < text.length; i++) {
      const ch = text.charCodeAt(i);
      if (ch === 13 /* \r */) {
        if (text.charCodeAt(i + 1) === 10) i++;
        this.starts.push(i + 1);
      } else if (ch === 10) this.starts.push(i + 1);
    }
  }

  /** The line break the text uses first (\r\n, \r or \n); \n when it has none. Fixes write new lines with it. */
  get eol(): string {
    if (this.starts.length < 2) return '\n';
    const at = this.starts[1];
    return this.text[at - 1] === '\n' && this.text[at - 2] === '\r' ? '\r\n' : this.text[at - 1];
  }

  /** Offset of the start of the line holding `offset` (after the \r, \n or \r\n that ends the line before). */
  lineStartAt(offset: number): number {
    return this.starts[this.positionAt(offset).line];
  }

  /** Line `line`'s text range, without its line break (`end`), and where the next line starts (`next`). */
  lineRange(line: number): { start: number; end: number; next: number } {
    const start = this.starts[Math.max(0, Math.min(line, this.starts.length - 1))];
    const next = line + 1 < this.starts.length ? this.starts[line + 1] : this.text.length;
    let end = next;
    if (end > start && this.text.charCodeAt(end - 1) === 10) end--;
    if (end > start && this.text.charCodeAt(end - 1) === 13) end--;
    return { start, end, next };
  }

  /** Number of lines (a text ending in a line break has an empty last line). */
  get lineCount(): number {
    return this.starts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= clamped) lo = mid;
      else hi = mid - 1;
    }
    // Between the \r and \n of one line break is still the end of the line, as TextDocument.positionAt reads it.
    let at = clamped;
    while (at > this.starts[lo] && (this.text.charCodeAt(at - 1) === 13 || this.text.charCodeAt(at - 1) === 10)) at--;
    return { line: lo, character: at - this.starts[lo] };
  }

  /**
   * `span` widened so that neither end falls inside a \r\n pair or a surrogate pair: the start moves back, the end
   * forward. Every finding passes through it, so no range splits what LSP counts as one character or one break.
   */
  snap(span: { start: number; end: number }): { start: number; end: number } {
    const t = this.text;
    const inside = (i: number) => i > 0 && i < t.length && ((t.charCodeAt(i - 1) === 13 && t.charCodeAt(i) === 10) || (t.charCodeAt(i - 1) >= 0xd800 && t.charCodeAt(i - 1) <= 0xdbff && t.charCodeAt(i) >= 0xdc00 && t.charCodeAt(i) <= 0xdfff));
    const start = inside(span.start) ? span.start - 1 : span.start;
    const end = inside(span.end) ? span.end + 1 : span.end;
    return { start, end: Math.max(start, end) };
  }

  offsetAt(position: Position): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.text.length;
    const lineStart = this.starts[position.line];
    const next = position.line + 1 < this.starts.length ? this.starts[position.line + 1] : this.text.length;
    let lineEnd = next;
    // A position past the end of a line's text lands before its line break, as LSP requires.
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 10) lineEnd--;
    if (lineEnd > lineStart && this.text.charCodeAt(lineEnd - 1) === 13) lineEnd--;
    return Math.min(lineStart + Math.max(0, position.character), lineEnd);
  }

  range(start: number, end: number): { start: Position; end: Position } {
    return { start: this.positionAt(start), end: this.positionAt(end) };
  }
}
