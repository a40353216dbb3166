// A bounded memo for results that are pure functions of their key, for the checks that run at every keystroke.

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

  /** The value for `key`, computing and keeping it when absent. */
  get(key: K, compute: (key: K) => V): V {
    let value = this.newer.get(key);
    if (value !== undefined) return value;
    value = this.older.get(key) ?? compute(key);
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
