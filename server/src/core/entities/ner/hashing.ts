// 32-bit FNV-1a hashing of feature strings and an open-addressing table from hashes to small integers.

export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over the UTF-16 units of `s`, after a separator so that ("ab","c") ≠ ("a","bc"). */
export function hashStr(h: number, s: string): number {
  h = Math.imul(h ^ 0x1f, 0x01000193);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function hashInt(h: number, n: number): number {
  h = Math.imul(h ^ 0x1e, 0x01000193);
  h = Math.imul(h ^ (n & 0xffff), 0x01000193);
  return Math.imul(h ^ (n >>> 16), 0x01000193) >>> 0;
}

/** Read-only map from uint32 keys to int32 values; lookups miss with -1. */
export class HashTable {
  private readonly keys: Uint32Array;
  private readonly vals: Int32Array;
  private readonly used: Uint8Array;
  private readonly shift: number;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    const size = 1 << bits;
    this.shift = 32 - bits;
    this.keys = new Uint32Array(size);
    this.vals = new Int32Array(size);
    this.used = new Uint8Array(size);
    for (let i = 0; i < keys.length; i++) {
      let slot = this.slot(keys[i]);
      while (this.used[slot] && this.keys[slot] !== keys[i]) slot = (slot + 1) & (size - 1);
      this.used[slot] = 1;
      this.keys[slot] = keys[i];
      this.vals[slot] = values[i];
    }
  }

  get(key: number): number {
    const mask = this.used.length - 1;
    let slot = this.slot(key);
    while (this.used[slot]) {
      if (this.keys[slot] === key) return this.vals[slot];
      slot = (slot + 1) & mask;
    }
    return -1;
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}
