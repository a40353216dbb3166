// Interval queries over a fixed set of spans in O(log n) each, so per-mention checks stay linear in the article.
import type { Span } from '../types';

/**
 * The index of the first of `items` (sorted ascending by `key`) whose key is at least `value` (`items.length` when
 * none): a binary search, O(log n).
 */
export function firstAtLeast<T>(items: readonly T[], key: (item: T) => number, value: number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * A fixed set of spans (UTF-16 offsets, end exclusive; they may overlap or nest), sorted by start with the
 * running maximum of their ends. Each query is one binary search: O(log n). Built in O(n log n).
 */
export class SpanIndex<T extends Span = Span> {
  private readonly items: T[];
  /** `reach[i]`: the item with the largest end among items[0..i]. */
  private readonly reach: T[];

  constructor(spans: Iterable<T>) {
    this.items = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
    this.reach = [];
    this.items.forEach((s, i) => this.reach.push(i > 0 && this.reach[i - 1].end >= s.end ? this.reach[i - 1] : s));
  }

  /** Index of the last item whose start is below `offset` (`orEqual`: at most `offset`); -1 when none. */
  private lastStarting(offset: number, orEqual: boolean): number {
    let lo = 0;
    let hi = this.items.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const s = this.items[mid].start;
      if (s < offset || (orEqual && s === offset)) lo = mid + 1;
      else hi = mid;
    }
    return lo - 1;
  }

  /** Of the items that overlap `s` (share at least one offset), the one reaching furthest; undefined when none. */
  overlapping(s: Span): T | undefined {
    const i = this.lastStarting(s.end, false);
    const r = i >= 0 ? this.reach[i] : undefined;
    return r && r.end > s.start ? r : undefined;
  }

  /** Of the items that cover all of `s` (start ≤ s.start, s.end ≤ end), the one reaching furthest; undefined when none. */
  covering(s: Span): T | undefined {
    const i = this.lastStarting(s.start, true);
    const r = i >= 0 ? this.reach[i] : undefined;
    return r && r.end >= s.end ? r : undefined;
  }

  /** Of the items that begin before `offset` and end after it, the one reaching furthest; undefined when none. */
  straddling(offset: number): T | undefined {
    const i = this.lastStarting(offset, false);
    const r = i >= 0 ? this.reach[i] : undefined;
    return r && r.end > offset ? r : undefined;
  }
}
