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
 * pair so that a lookup touches one cache line.
 */
export class HashTable {
  private readonly slots: Int32Array;
  private readonly shift: number;
  private readonly mask: number;

  constructor(keys: ArrayLike<number>, values: ArrayLike<number>) {
    let bits = 4;
    while (1 << bits < keys.length * 2) bits++;
    this.shift = 32 - bits;
    this.mask = (1 << bits) - 1;
    this.slots = new Int32Array(2 << bits).fill(-1);
    for (let i = 0; i < keys.length; i++) {
      if (values[i] < 0) throw new Error('HashTable values must be non-negative');
      const key = keys[i] | 0;
      let slot = this.slot(key);
      while (this.slots[2 * slot + 1] >= 0 && this.slots[2 * slot] !== key) slot = (slot + 1) & this.mask;
      this.slots[2 * slot] = key;
      this.slots[2 * slot + 1] = values[i];
    }
  }

  get(key: number): number {
    const slots = this.slots;
    const k = key | 0;
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

/** Growable map from pairs of non-negative int32 keys to non-negative int32 values; lookups miss with -1. */
export class PairTable {
  private keys = new Int32Array(2 << 10);
  private values = new Int32Array(1 << 10).fill(-1);
  private mask = (1 << 10) - 1;
  private count = 0;

  get size(): number {
    return this.count;
  }

  get(a: number, b: number): number {
    const { keys, values, mask } = this;
    for (let slot = pairSlot(a, b) & mask; ; slot = (slot + 1) & mask) {
      const v = values[slot];
      if (v < 0 || (keys[2 * slot] === a && keys[2 * slot + 1] === b)) return v;
    }
  }

  /** Adds a pair that get() just missed. */
  add(a: number, b: number, value: number): void {
    if (2 * (this.count + 1) > this.values.length) this.grow();
    const { keys, values, mask } = this;
    let slot = pairSlot(a, b) & mask;
    while (values[slot] >= 0) slot = (slot + 1) & mask;
    keys[2 * slot] = a;
    keys[2 * slot + 1] = b;
    values[slot] = value;
    this.count++;
  }

  private grow(): void {
    const { keys, values } = this;
    this.keys = new Int32Array(keys.length * 2);
    this.values = new Int32Array(values.length * 2).fill(-1);
    this.mask = this.values.length - 1;
    this.count = 0;
    for (let slot = 0; slot < values.length; slot++) if (values[slot] >= 0) this.add(keys[2 * slot], keys[2 * slot + 1], values[slot]);
  }
}

/** Mixes both keys into all bits (murmur3 finaliser steps), since the table uses the low ones. */
function pairSlot(a: number, b: number): number {
  let h = Math.imul(a, 0x9e3779b1) ^ b;
  h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
  return h ^ (h >>> 13);
}
