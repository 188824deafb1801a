// Excel on the web refuses a request (and a response) over 5 MB. Writes are therefore queued
// through a Batcher that syncs before the estimated payload of one request passes 4 MB.

/** What one sync may carry, with a margin under the 5 MB the host enforces. */
export const SYNC_BUDGET = 4 * 1024 * 1024;

/** What one queued action adds to a request besides its arguments (its JSON and object path). */
export const ACTION_BYTES = 256;

/** UTF-8 length of a string without allocating (Cyrillic text is two bytes a letter). */
export function utf8Bytes(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    // A surrogate pair is 4 bytes: 2 for each half.
    n += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return n;
}

/** Bytes of a value as JSON, the form in which Office.js sends it. */
export const jsonBytes = (v: unknown): number => (v === undefined ? 0 : utf8Bytes(JSON.stringify(v) ?? ''));

/** The request bytes of an action whose arguments are `args`. */
export const actionBytes = (args?: unknown): number => ACTION_BYTES + jsonBytes(args);

/**
 * Counts the bytes of queued actions and syncs before a request would pass the budget,
 * so that the number of syncs grows with the data size only (1 per 4 MB), never per row.
 */
export class Batcher {
  private pending = 0;

  constructor(private readonly ctx: Excel.RequestContext, private readonly budget = SYNC_BUDGET) {}

  /** Call before queuing actions of about `bytes`: syncs what is queued if they would not fit. */
  async room(bytes: number): Promise<void> {
    if (this.pending > 0 && this.pending + bytes > this.budget) await this.flush();
    this.pending += bytes;
  }

  async flush(): Promise<void> {
    await this.ctx.sync();
    this.pending = 0;
  }
}

/**
 * Splits rows into consecutive runs whose estimated bytes stay under the budget
 * (a single row over it still gets a run of its own). Returns [start, end) pairs.
 */
export function runsUnder(count: number, bytesOf: (i: number) => number, budget = SYNC_BUDGET - 64 * 1024): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let i = 0; i < count; i++) {
    const b = bytesOf(i);
    if (i > start && size + b > budget) {
      out.push([start, i]);
      start = i;
      size = 0;
    }
    size += b;
  }
  if (count > start) out.push([start, count]);
  return out;
}
