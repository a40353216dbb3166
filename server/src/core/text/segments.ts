// Per-paragraph reuse for recognisers whose findings in one stretch of prose depend on that stretch alone, so that a
// keystroke costs the paragraph it changed (the whole-document passes after them stay whole).
import type { Span } from '../types';
import { detached, GenerationMemo } from './memo';

/** segment() for a text with no carriage return: lines found by indexOf, each read only up to its first non-blank character. */
function segmentLines(text: string): Span[] {
  const out: Span[] = [];
  let start = -1;
  let end = -1;
  for (let lineStart = 0; lineStart <= text.length;) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl < 0 ? text.length : nl;
    let k = lineStart;
    while (k < lineEnd && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 9)) k++;
    if (k < lineEnd) {
      if (start < 0) start = lineStart;
      end = lineEnd;
    } else if (start >= 0) {
      out.push({ start, end });
      start = -1;
    }
    if (nl < 0) break;
    lineStart = nl + 1;
  }
  if (start >= 0) out.push({ start, end });
  return out;
}

/** A text cut by blankLineSegments, with each segment's id once asked for (segmentId). */
interface Segmented {
  text: string;
  segments: readonly Span[];
  ids: number[];
}

/** The last text segmented: the stages of one analysis ask for the same prose's. (One only: a second would keep an earlier version of a document alive.) */
let last: Segmented | null = null;

function segmented(text: string): Segmented {
  if (last?.text === text) {
    // Equal, perhaps another string of the same text (a new analysis of an unchanged document): keep the one asked
    // about, so that the next calls compare one pointer, not every character.
    last.text = text;
    return last;
  }
  last = { text, segments: segment(text), ids: [] };
  return last;
}

/**
 * The stretches of `text` between blank lines (a line holding only spaces and tabs), each from its first to its last
 * non-blank character's line: offsets into `text`, in order, covering every non-blank character. Linear; the last
 * text's segments are kept, so the stages of one analysis segment its prose once. Callers must not change the result.
 */
export function blankLineSegments(text: string): readonly Span[] {
  return segmented(text).segments;
}

/** Segment ids by the segment's text. */
const SEGMENT_IDS = new GenerationMemo<string, number>(16384);
let nextSegmentId = 0;

/**
 * A number for segment `i` of `text` (blankLineSegments) that every version of a document, and every memo, shares
 * while the segment's text is the same: the text is hashed once per version, and memos keep their values by number.
 * Two different texts never share a number.
 */
export function segmentId(text: string, i: number): number {
  const s = segmented(text);
  const known = s.ids[i];
  if (known !== undefined) return known;
  const seg = s.segments[i];
  return (s.ids[i] = idOfText(text.slice(seg.start, seg.end)));
}

/** The id of a stretch of text: the same number for the same text while it is kept (SEGMENT_IDS). */
function idOfText(slice: string): number {
  return SEGMENT_IDS.get(slice, () => nextSegmentId++);
}

function segment(text: string): Span[] {
  if (text.indexOf('\r') < 0) return segmentLines(text);
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
  private readonly memo: GenerationMemo<number, readonly T[]>;
  private capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
    this.memo = new GenerationMemo(capacity);
  }

  /** Every item of every segment of `text` (blankLineSegments), offsets into `text`, in segment order. */
  collect(text: string, find: (segment: string) => T[], shift: (item: T, by: number) => T): T[] {
    const out: T[] = [];
    const segments = blankLineSegments(text);
    for (let i = 0; i < segments.length; i++) {
      const s = segments[i];
      const items = this.capacity === 0 ? find(text.slice(s.start, s.end)) : this.memo.get(segmentId(text, i), () => find(detached(text.slice(s.start, s.end))));
      for (const item of items) out.push(shift(item, s.start));
    }
    return out;
  }

  /** Sets segments per generation and drops what is kept. */
  limit(capacity: number): void {
    this.capacity = Math.max(0, Math.floor(capacity));
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
    if (text === this.lastText) {
      this.lastText = text;
      return this.last;
    }
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
  SEGMENT_IDS.limit(capacity === 0 ? 0 : 4 * capacity);
}

/** The segments of the last prose read by a WindowMemo, and each one's window id, made once per document version. */
interface Windows {
  text: string;
  prose: string;
  segments: readonly Span[];
  /** Per segment, once asked for: the id of its window (windowId). */
  ids: number[];
  /** Per segment, once asked for: the id of the article text over the prose segment's span (idOfText). */
  textIds: number[];
}

let lastWindows: Windows | null = null;

function windowsOf(text: string, prose: string): Windows {
  if (lastWindows && lastWindows.text === text && lastWindows.prose === prose) {
    // (As in segmented: the strings asked about from now on, so that equal texts are compared once.)
    lastWindows.text = text;
    lastWindows.prose = prose;
    return lastWindows;
  }
  const segments = blankLineSegments(prose);
  lastWindows = { text, prose, segments, ids: new Array<number>(segments.length).fill(-1), textIds: [] };
  return lastWindows;
}

/** The window of segment `i`: from the start of the segment before it (or the text's start) to the end of the one after it (or the text's end). */
function windowOf(w: Windows, i: number): Span {
  return { start: i > 0 ? w.segments[i - 1].start : 0, end: i + 1 < w.segments.length ? w.segments[i + 1].end : w.text.length };
}

/** Window ids by their segments' ids and the text between them. */
const WINDOW_IDS = new GenerationMemo<string, number>(8192);
let nextWindowId = 0;

/**
 * A number for the window of segment `i` (windowOf) that two versions share when the window's text and prose are the
 * same: read from the segments' ids (segmentId, of the text and of the prose) and the blank lines between them, once
 * per version, so that every WindowMemo looks its values up by number, not by the window's text.
 */
function windowId(w: Windows, i: number): number {
  if (w.ids[i] >= 0) return w.ids[i];
  const span = windowOf(w, i);
  const parts: (string | number)[] = [];
  let at = span.start;
  for (let k = Math.max(0, i - 1); k <= Math.min(w.segments.length - 1, i + 1); k++) {
    const seg = w.segments[k];
    parts.push(w.text.slice(at, seg.start), w.prose.slice(at, seg.start), textIdOfProseSegment(w.text, w.prose, k), segmentId(w.prose, k));
    at = seg.end;
  }
  parts.push(w.text.slice(at, span.end), w.prose.slice(at, span.end));
  return (w.ids[i] = WINDOW_IDS.get(parts.join('\u0000'), () => nextWindowId++));
}

/**
 * The id of the article text over segment `i` of the prose (blankLineSegments(prose)): with segmentId(prose, i), what
 * a memo of a paragraph's reading keys on when the reading looks at markup too. Hashed once per version.
 */
export function textIdOfProseSegment(text: string, prose: string, i: number): number {
  const w = windowsOf(text, prose);
  const known = w.textIds[i];
  if (known !== undefined) return known;
  const seg = w.segments[i];
  const slice = text.slice(seg.start, seg.end);
  // Most paragraphs hold no markup: their text is their prose, whose id is known (comparing costs less than hashing).
  return (w.textIds[i] = slice === prose.slice(seg.start, seg.end) ? segmentId(prose, i) : idOfText(slice));
}

/** The index of the segment holding all of `s`, or -1 (a span across a blank line, or outside every segment). */
function segmentHolding(segments: readonly Span[], s: Span): number {
  let lo = 0;
  let hi = segments.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].end < s.start) lo = mid + 1;
    else if (segments[mid].start > s.start) hi = mid - 1;
    else return s.end <= segments[mid].end ? mid : -1;
  }
  return -1;
}

/** What a WindowMemo keeps for one window: values by the caller's key, then by span relative to the window. */
type WindowEntry<V> = Map<string, Map<number, V>>;

/** Every WindowMemo made, so that one call limits them all (limitWindowMemos). */
const allWindowMemos: WindowMemo<unknown>[] = [];

/** The most code units a window may hold for its spans to be kept by number (start × 2^21 + end). */
const MAX_WINDOW = 2 ** 21;

/**
 * Values read around spans of an article's prose, kept per paragraph window: the paragraph (blankLineSegments) that
 * holds the span with the paragraph before and the paragraph after it, known by that window's text and prose (which
 * blanks markup), the span relative to the window, and a caller's key of whatever else the value depends on. A
 * keystroke re-reads the spans of the three windows that hold the paragraph it changed.
 *
 * Exact only for a `compute` that reads nothing outside the window but what the caller's key names (a document-level
 * flag, the publication date): every caller must keep to that. A span across a blank line is computed directly.
 */
export class WindowMemo<V> {
  private readonly memo: GenerationMemo<number, WindowEntry<V>>;
  private capacity: number;
  /** The window asked for last, for runs of spans in one paragraph. */
  private last: { windows: Windows; segment: number; base: number; entry: WindowEntry<V> } | null = null;

  /** `capacity`: windows kept per generation (GenerationMemo; 0 keeps nothing). */
  constructor(capacity = 4096) {
    this.capacity = capacity;
    this.memo = new GenerationMemo(capacity);
    allWindowMemos.push(this as WindowMemo<unknown>);
  }

  /**
   * `compute()` for span `s` (UTF-16 offsets into `text` and `prose`, which have one length), or what it gave for the
   * same span of the same window with the same `key`. `shift(value, by)` gives a copy of a value with its offsets
   * moved `by` code units (omit it for values that hold no offsets); a value returned may be shared: do not change it.
   */
  get(text: string, prose: string, s: Span, key: string, compute: () => V, shift?: (value: V, by: number) => V): V {
    const windows = windowsOf(text, prose);
    let last = this.last;
    if (!last || last.windows !== windows || s.start < windows.segments[last.segment].start || s.end > windows.segments[last.segment].end) {
      const segment = segmentHolding(windows.segments, s);
      if (segment < 0 || this.capacity === 0) return compute();
      const base = windowOf(windows, segment).start;
      if (windowOf(windows, segment).end - base >= MAX_WINDOW) return compute();
      last = this.last = { windows, segment, base, entry: this.memo.get(windowId(windows, segment), () => new Map()) };
    }
    let byKey = last.entry.get(key);
    if (!byKey) last.entry.set(key, (byKey = new Map()));
    const at = (s.start - last.base) * MAX_WINDOW + (s.end - last.base);
    const kept = byKey.get(at);
    if (kept !== undefined) return shift ? shift(kept, last.base) : kept;
    const value = compute();
    byKey.set(at, shift ? shift(value, -last.base) : value);
    return value;
  }

  /** Sets windows per generation and drops what is kept. */
  limit(capacity: number): void {
    this.capacity = Math.max(0, Math.floor(capacity));
    this.memo.limit(capacity);
    this.last = null;
  }
}

/** Sets how many windows every WindowMemo keeps (0 for a batch over an archive, which reads each text once). */
export function limitWindowMemos(capacity: number): void {
  for (const m of allWindowMemos) m.limit(capacity);
  WINDOW_IDS.limit(capacity === 0 ? 0 : 2 * capacity);
}
