// A bounded memo for results that are pure functions of their key, for the checks that run at every keystroke.

/** V8 keeps a slice of 13 or more code units as a view of the string it was cut from. */
const SLICE_VIEW_LENGTH = 13;

/**
 * `s` as a string of its own. V8 keeps a slice of a long string as a view of the whole, so a paragraph sliced from a
 * document and kept in a memo keeps that whole document alive: one copy per keystroke, hundreds of megabytes after an
 * hour's typing in a long feature. Whatever a memo keeps (its key, and strings sliced from the text it read) must be
 * cut from a string of its own. Copying costs the length of `s` (the concatenation is flattened before it is sliced).
 */
export function detached(s: string): string {
  return s.length < SLICE_VIEW_LENGTH ? s : (' ' + s).slice(1);
}

/**
 * Keeps values by key in two generations: when the newer holds `capacity` entries it becomes the older and the
 * oldest generation is dropped, so what the last two passes over a document used survives and memory stays within
 * about 2 × capacity entries (a least-recently-used list at the cost of a Map per generation, no per-entry links).
 * A value found in the older generation moves to the newer.
 */
export class GenerationMemo<K, V> {
  private newer = new Map<K, V>();
  private older = new Map<K, V>();

  /** `capacity`: entries per generation (≥ 0; 0 keeps nothing). */
  constructor(private capacity: number) {}

  /**
   * The value for `key`, computing and keeping it when absent. A string key is kept, and handed to `compute`, as a
   * string of its own (detached): `compute` should read that, not the text the key was sliced from.
   */
  get(key: K, compute: (key: K) => V): V {
    let value = this.newer.get(key);
    if (value !== undefined) return value;
    value = this.older.get(key);
    if (value === undefined) {
      if (typeof key === 'string') key = detached(key) as K;
      value = compute(key);
    }
    if (this.capacity === 0) return value;
    if (this.newer.size >= this.capacity) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, value);
    return value;
  }

  /** Sets entries per generation and drops what is kept (a batch over an archive reads each text once). */
  limit(capacity: number): void {
    this.capacity = Math.max(0, Math.floor(capacity));
    this.newer = new Map();
    this.older = new Map();
  }
}
