// Finds repeated rows (school × class × subject × student) among a million without keeping a
// key per row. Registers list a school's rows together, so only the current block of one
// school's rows is kept, in one table reused from block to block (it stays in the cache and
// nothing is allocated per school). A school that comes back after its block closed is rare:
// its earlier rows are keyed again from the sheet (`rekey`), once, into a table of its own.

/** An open-addressing hash table over three integers with a row number per key. */
class TripleTable {
  private mask: number;
  private keys: Int32Array;
  private rows: Int32Array;
  /** A slot is taken when its stamp is the table's generation: clearing is one increment. */
  private stamps: Int32Array;
  private gen = 1;
  private used = 0;

  constructor(capacity: number) {
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * 3);
    this.rows = new Int32Array(capacity);
    this.stamps = new Int32Array(capacity);
  }

  clear(): void {
    this.gen++;
    this.used = 0;
  }

  /** The row already stored under the key, or -1 after storing `row` under it. */
  addOrGet(a: number, b: number, c: number, row: number): number {
    if ((this.used + 1) * 2 > this.mask + 1) this.grow();
    let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b);
    h = Math.imul(h ^ b ^ (h >>> 13), 0xc2b2ae35);
    h = Math.imul(h ^ c ^ (h >>> 16), 0x85ebca6b);
    h ^= h >>> 13;
    const { keys, stamps, gen } = this;
    for (let i = h & this.mask; ; i = (i + 1) & this.mask) {
      const p = i * 3;
      if (stamps[i] !== gen) {
        keys[p] = a;
        keys[p + 1] = b;
        keys[p + 2] = c;
        this.rows[i] = row;
        stamps[i] = gen;
        this.used++;
        return -1;
      }
      if (keys[p] === a && keys[p + 1] === b && keys[p + 2] === c) return this.rows[i];
    }
  }

  private grow(): void {
    const { keys, rows, stamps, gen } = this;
    const capacity = (this.mask + 1) * 2;
    this.mask = capacity - 1;
    this.keys = new Int32Array(capacity * 3);
    this.rows = new Int32Array(capacity);
    this.stamps = new Int32Array(capacity);
    this.gen = 1;
    this.used = 0;
    for (let i = 0; i < stamps.length; i++) if (stamps[i] === gen) this.addOrGet(keys[i * 3], keys[i * 3 + 1], keys[i * 3 + 2], rows[i]);
  }
}

function grown(a: Int32Array<ArrayBuffer>, need: number, fill: number): Int32Array<ArrayBuffer> {
  if (need <= a.length) return a;
  const b = new Int32Array(Math.max(need, a.length * 2)).fill(fill);
  b.set(a);
  return b;
}

export class KeySet {
  private readonly block = new TripleTable(64);
  private blockSchool = -1;
  private blockStart = 0;
  /** The table of the current school when it came back after its block (null: the block table). */
  private current: TripleTable | null = null;
  private readonly comeback = new Map<number, TripleTable>();
  /** Closed blocks, as lists per school: first block of each school, then start, end, next. */
  private firstBlock = new Int32Array(64).fill(-1);
  private blockFrom = new Int32Array(64);
  private blockTo = new Int32Array(64);
  private blockNext = new Int32Array(64);
  private blocks = 0;
  /** Rows stored (not repeats, not rows left out before the check), by row − start. */
  private readonly stored: Uint8Array;
  private readonly scratch = new Int32Array(3);

  /**
   * Rows `start`…`start + size − 1`. `rekey(row, out)` writes a row's three keys into `out`
   * the same way they were given to addOrGet.
   */
  constructor(
    private readonly start: number,
    size: number,
    private readonly rekey: (row: number, out: Int32Array) => void,
  ) {
    this.stored = new Uint8Array(size);
  }

  /** The earlier row with the same key, or -1 after storing this one. Rows come in order. */
  addOrGet(school: number, a: number, b: number, c: number, row: number): number {
    if (school !== this.blockSchool) this.switchTo(school, row);
    const first = (this.current ?? this.block).addOrGet(a, b, c, row);
    if (first < 0) this.stored[row - this.start] = 1;
    return first;
  }

  private switchTo(school: number, row: number): void {
    if (this.blockSchool >= 0 && this.current === null) this.closeBlock(row);
    this.blockSchool = school;
    this.blockStart = row;
    let table = this.comeback.get(school);
    if (!table && school < this.firstBlock.length && this.firstBlock[school] >= 0) table = this.takeBack(school);
    this.current = table ?? null;
    if (!table) this.block.clear();
  }

  private closeBlock(end: number): void {
    const s = this.blockSchool;
    const b = this.blocks++;
    this.firstBlock = grown(this.firstBlock, s + 1, -1);
    this.blockFrom = grown(this.blockFrom, b + 1, 0);
    this.blockTo = grown(this.blockTo, b + 1, 0);
    this.blockNext = grown(this.blockNext, b + 1, 0);
    this.blockFrom[b] = this.blockStart;
    this.blockTo[b] = end;
    this.blockNext[b] = this.firstBlock[s];
    this.firstBlock[s] = b;
  }

  /** A school seen again: its stored rows, keyed again from the sheet, into a table of its own. */
  private takeBack(school: number): TripleTable {
    const table = new TripleTable(64);
    const out = this.scratch;
    const blocks: number[] = [];
    for (let b = this.firstBlock[school]; b >= 0; b = this.blockNext[b]) blocks.unshift(b);
    for (const b of blocks) {
      for (let r = this.blockFrom[b]; r < this.blockTo[b]; r++) {
        if (this.stored[r - this.start] !== 1) continue;
        this.rekey(r, out);
        table.addOrGet(out[0], out[1], out[2], r);
      }
    }
    this.firstBlock[school] = -1;
    this.comeback.set(school, table);
    return table;
  }
}
