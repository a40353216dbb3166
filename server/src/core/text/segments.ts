// Per-paragraph reuse for recognisers whose findings in one stretch of prose depend on that stretch alone, so that a
// keystroke costs the paragraph it changed (the whole-document passes after them stay whole).
import type { Span } from '../types';
import { GenerationMemo } from './memo';

/** The last text segmented and its segments: the stages of one analysis ask for the same prose's. */
let lastText: string | null = null;
let lastSegments: readonly Span[] = [];

/**
 * The stretches of `text` between blank lines (a line holding only spaces and tabs), each from its first to its last
 * non-blank character's line: offsets into `text`, in order, covering every non-blank character. Linear; the last
 * text's segments are kept, so the stages of one analysis segment its prose once. Callers must not change the result.
 */
export function blankLineSegments(text: string): readonly Span[] {
  if (text === lastText) return lastSegments;
  lastSegments = segment(text);
  lastText = text;
  return lastSegments;
}

function segment(text: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    let lineEnd = lineStart;
    let blank = true;
    for (let c = text.charCodeAt(lineEnd); lineEnd < text.length && c !== 10 && c !== 13; c = text.charCodeAt(++lineEnd)) {
      if (c !== 32 && c !== 9) blank = false;
    }
    if (!blank) {
      if (start < 0) start = lineStart;
      end = lineEnd;
    } else if (start >= 0) {
      out.push({ start, end });
      start = -1;
    }
    if (lineEnd >= text.length) break;
    lineStart = lineEnd + (text.charCodeAt(lineEnd) === 13 && text.charCodeAt(lineEnd + 1) === 10 ? 2 : 1);
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/**
 * Items a recogniser finds in each segment of a text, kept per segment text: `find(segment)` gives items with offsets
 * into the segment, `shift(item, by)` a copy moved `by` code units (called for every item returned, so callers may change what they get). A segment seen in the last two passes is not read
 * again (GenerationMemo, `capacity` segments per generation; 0 keeps nothing, for a batch over an archive).
 */
export class SegmentMemo<T> {
  private readonly memo: GenerationMemo<string, readonly T[]>;

  constructor(capacity: number) {
    this.memo = new GenerationMemo(capacity);
  }

  /** Every item of every segment of `text` (blankLineSegments), offsets into `text`, in segment order. */
  collect(text: string, find: (segment: string) => T[], shift: (item: T, by: number) => T): T[] {
    const out: T[] = [];
    for (const s of blankLineSegments(text)) {
      const items = this.memo.get(text.slice(s.start, s.end), find);
      for (const item of items) out.push(shift(item, s.start));
    }
    return out;
  }

  /** Sets segments per generation and drops what is kept. */
  limit(capacity: number): void {
    this.memo.limit(capacity);
  }
}

/** A match of a pattern: its offset (UTF-16, into the text searched) and the text it matched. */
export interface TextMatch {
  index: number;
  text: string;
}

/** Every ParagraphMatches made, so that one call limits them all (limitParagraphMatches). */
const allParagraphMatches: ParagraphMatches[] = [];

/**
 * The matches of a global pattern in a text, read segment by segment (blankLineSegments) through a SegmentMemo, so a
 * keystroke re-reads only the paragraph it changed; the last text's matches are kept whole, for the several checks of
 * one analysis that ask for them. Exact only for a pattern that never matches across a line break (no `\s`, `.` or
 * negated class that admits one) and reads a line break as it reads the edge of a text (`\b`, lookarounds that
 * exclude it): every pattern given must be such.
 */
export class ParagraphMatches {
  private readonly memo: SegmentMemo<TextMatch>;
  private lastText: string | null = null;
  private last: readonly TextMatch[] = [];

  /** `pattern`: a regular expression with the `g` flag; `capacity`: segments kept per generation (GenerationMemo). */
  constructor(private readonly pattern: RegExp, capacity = 4096) {
    if (!pattern.global) throw new Error(`ParagraphMatches needs a global pattern: ${pattern}`);
    this.memo = new SegmentMemo(capacity);
    allParagraphMatches.push(this);
  }

  /** The matches in `text`, in order (callers must not change them). */
  in(text: string): readonly TextMatch[] {
    if (text === this.lastText) return this.last;
    this.last = this.memo.collect(text, (s) => [...s.matchAll(this.pattern)].map((m) => ({ index: m.index, text: m[0] })), (m, by) => ({ index: m.index + by, text: m.text }));
    this.lastText = text;
    return this.last;
  }

  /** Sets segments per generation and drops what is kept, the last text's matches too. */
  limit(capacity: number): void {
    this.memo.limit(capacity);
    this.lastText = null;
    this.last = [];
  }
}

/** Sets how many segments every ParagraphMatches keeps (0 for a batch over an archive, which reads each text once). */
export function limitParagraphMatches(capacity: number): void {
  for (const m of allParagraphMatches) m.limit(capacity);
}
