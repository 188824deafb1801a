// A register's rows, summed per school as they are read: nothing is kept per row, so a
// million-row register costs a few small arrays, not a copy of itself.
//
// A row counts for an indicator only when it has every field the indicator reads, so rows
// are summed in groups of rows that have the same fields filled in (almost always one
// group, sometimes a few). Indicators that need single rows (the lowest participation of any
// procedure) are given to the builder and followed row by row.
import { NUMERIC_FIELDS, NumericField, RegisterKind } from './fields';
import type { Indicator } from './indicator';

export const FIELD_COUNT = NUMERIC_FIELDS.length;
const FIELD_NO = new Map<NumericField, number>(NUMERIC_FIELDS.map((f, i) => [f, i]));
export const fieldNo = (f: NumericField): number => FIELD_NO.get(f) as number;

/** Bit i set: field NUMERIC_FIELDS[i]. */
export const maskOf = (fields: readonly NumericField[]): number => fields.reduce((m, f) => m | (1 << fieldNo(f)), 0);

export interface SumGroup {
  /** The fields every row of the group has (bits as in maskOf). */
  mask: number;
  rows: number;
  /** sums[school × FIELD_COUNT + field number]: the field summed over the school's rows of the group. */
  sums: Float64Array;
}

export interface RowSums {
  sheet: string;
  kind: RegisterKind;
  /** The fields the register has columns for (as in maskOf). */
  fields: number;
  /** Rows that went into the sums. */
  rows: number;
  groups: SumGroup[];
  /** Per row-by-row indicator id: the smallest row ratio per school (Infinity: no row). */
  rowMins: Record<string, Float64Array>;
  /** Schools the arrays have room for (indices at or above have no rows here). */
  capacity: number;
}

interface RowRule {
  id: string;
  need: number;
  num: Int32Array;
  numCoef: Float64Array;
  den: Int32Array;
  denCoef: Float64Array;
  mins: Float64Array;
}

export class SumsBuilder {
  readonly result: RowSums;
  private lastMask = -1;
  private last: SumGroup | null = null;
  private readonly rules: RowRule[];
  /** The field numbers of the register's fields, so that a row is summed over its columns only. */
  private readonly present: Int32Array;

  /** `rowWise`: the 'min-of-row-ratios' indicators to follow (those the fields allow). */
  constructor(sheet: string, kind: RegisterKind, fields: number, rowWise: readonly Indicator[]) {
    const capacity = 64;
    this.result = { sheet, kind, fields, rows: 0, groups: [], rowMins: {}, capacity };
    this.present = Int32Array.from(NUMERIC_FIELDS.map((_f, i) => i).filter((i) => (fields >> i) & 1));
    this.rules = [];
    for (const ind of rowWise) {
      const need = maskOf([...ind.numerator.map((t) => t.field), ...ind.denominator.map((t) => t.field), ...(ind.rowFilter ?? [])]);
      if ((need & fields) !== need) continue;
      const mins = new Float64Array(capacity).fill(Infinity);
      this.result.rowMins[ind.id] = mins;
      this.rules.push({
        id: ind.id,
        need,
        num: Int32Array.from(ind.numerator, (t) => fieldNo(t.field)),
        numCoef: Float64Array.from(ind.numerator, (t) => t.coef),
        den: Int32Array.from(ind.denominator, (t) => fieldNo(t.field)),
        denCoef: Float64Array.from(ind.denominator, (t) => t.coef),
        mins,
      });
    }
  }

  /** Adds a row of school `s`: `val` by field number, NaN where the row has no data. */
  add(s: number, val: Float64Array): void {
    const r = this.result;
    if (s >= r.capacity) this.grow(s);
    const present = this.present;
    let mask = 0;
    for (let k = 0; k < present.length; k++) {
      const f = present[k];
      if (val[f] === val[f]) mask |= 1 << f;
    }
    let g = this.last;
    if (mask !== this.lastMask || g === null) {
      g = this.group(mask);
      this.last = g;
      this.lastMask = mask;
    }
    g.rows++;
    r.rows++;
    const sums = g.sums;
    const base = s * FIELD_COUNT;
    for (let k = 0; k < present.length; k++) {
      const f = present[k];
      if ((mask >> f) & 1) sums[base + f] += val[f];
    }
    for (let i = 0; i < this.rules.length; i++) {
      const rule = this.rules[i];
      if ((mask & rule.need) !== rule.need) continue;
      let n = 0;
      for (let k = 0; k < rule.num.length; k++) n += rule.numCoef[k] * val[rule.num[k]];
      let d = 0;
      for (let k = 0; k < rule.den.length; k++) d += rule.denCoef[k] * val[rule.den[k]];
      if (d > 0 && n / d < rule.mins[s]) rule.mins[s] = n / d;
    }
  }

  private group(mask: number): SumGroup {
    const r = this.result;
    let g = r.groups.find((x) => x.mask === mask);
    if (!g) {
      g = { mask, rows: 0, sums: new Float64Array(r.capacity * FIELD_COUNT) };
      r.groups.push(g);
    }
    return g;
  }

  private grow(s: number): void {
    const r = this.result;
    let capacity = r.capacity;
    while (capacity <= s) capacity *= 2;
    for (const g of r.groups) {
      const sums = new Float64Array(capacity * FIELD_COUNT);
      sums.set(g.sums);
      g.sums = sums;
    }
    for (const rule of this.rules) {
      const mins = new Float64Array(capacity).fill(Infinity);
      mins.set(rule.mins);
      rule.mins = mins;
      r.rowMins[rule.id] = mins;
    }
    r.capacity = capacity;
  }
}
