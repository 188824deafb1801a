// Finds repeated rows (school × class × subject × student) among a million without making a
// string or an object per row: an open-addressing hash table over four small integers.

export class KeySet {
  private mask: number;
  private k0: Int32Array;
  private k1: Int32Array;
  private k2: Int32Array;
  private k3: Int32Array;
  /** The value stored under each slot's key, plus one (0: the slot is free). */
  private v: Int32Array;
  private used = 0;

  constructor(expected: number) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.mask = cap - 1;
    this.k0 = new Int32Array(cap);
    this.k1 = new Int32Array(cap);
    this.k2 = new Int32Array(cap);
    this.k3 = new Int32Array(cap);
    this.v = new Int32Array(cap);
  }

  /** The value already stored under the key, or -1 after storing `value` (≥ 0) under it. */
  addOrGet(a: number, b: number, c: number, d: number, value: number): number {
    if ((this.used + 1) * 2 > this.v.length) this.grow();
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ d ^ (h >>> 13), 0xc2b2ae35);
    h ^= h >>> 16;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const stored = this.v[i];
      if (stored === 0) {
        this.k0[i] = a;
        this.k1[i] = b;
        this.k2[i] = c;
        this.k3[i] = d;
        this.v[i] = value + 1;
        this.used++;
        return -1;
      }
      if (this.k0[i] === a && this.k1[i] === b && this.k2[i] === c && this.k3[i] === d) return stored - 1;
    }
  }

  private grow(): void {
    const { k0, k1, k2, k3, v } = this;
    const cap = v.length * 2;
    this.mask = cap - 1;
    this.k0 = new Int32Array(cap);
    this.k1 = new Int32Array(cap);
    this.k2 = new Int32Array(cap);
    this.k3 = new Int32Array(cap);
    this.v = new Int32Array(cap);
    this.used = 0;
    for (let i = 0; i < v.length; i++) if (v[i] !== 0) this.addOrGet(k0[i], k1[i], k2[i], k3[i], v[i] - 1);
  }
}
