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
