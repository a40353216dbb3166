// 32-bit FNV-1a hashing of feature strings and an open-addressing table from hashes to small integers.

export const FNV_OFFSET = 0x811c9dc5;

/** Continues an FNV-1a hash over the UTF-16 units of `s`, after a separator so that ("ab","c") ≠ ("a","bc"). */
export function hashStr(h: number, s: string): number {
  h = Math.imul(h ^ 0x1f, 0x01000193);
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/** Continues an FNV-1a hash over `s` without a separator, so that hashMore(hashStr(h, a), b) = hashStr(h, a + b). */
export function hashMore(h: number, s: string): number {
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

export function hashInt(h: number, n: number): number {
  h = Math.imul(h ^ 0x1e, 0x01000193);
  h = Math.imul(h ^ (n & 0xffff), 0x01000193);
  return Math.imul(h ^ (n >>> 16), 0x01000193) >>> 0;
}

/**
 * Read-only map from uint32 keys to non-negative int32 values; lookups miss with -1. Key and value share a slot
 * pair so that a lookup touches one cache line. Most feature lookups miss, so a bitmap of 8 bits per key, small
 * enough to stay in cache, answers most misses without touching the table.
 */
export class HashTable {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;
  private readonly filter: Int32Array;
  private readonly filterShift: number;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    let filterBits = 10;
    while (1 << filterBits < keys.length * 8) filterBits++;
    this.filterShift = 32 - filterBits;
    this.filter = new Int32Array(1 << (filterBits - 5));
    for (let i = 0; i < keys.length; i++) {
      if (values[i] < 0) throw new Error('HashTable values must be non-negative');
      const key = keys[i] | 0;
      const bit = Math.imul(key, 0x85ebca6b) >>> this.filterShift;
      this.filter[bit >>> 5] |= 1 << (bit & 31);
      let slot = this.slot(key);
      while (this.slots[2 * slot + 1] >= 0 && this.slots[2 * slot] !== key) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = values[i];
    }
  }

  get(key: number): number {
    const k = key | 0;
    const bit = Math.imul(k, 0x85ebca6b) >>> this.filterShift;
    if ((this.filter[bit >>> 5] & (1 << (bit & 31))) === 0) return -1;
    const slots = this.slots;
    let slot = this.slot(k);
    for (;;) {
      const v = slots[2 * slot + 1];
      if (v < 0 || slots[2 * slot] === k) return v;
      slot = (slot + 1) & this.mask;
    }
  }

  private slot(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }
}
