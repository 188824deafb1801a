// An indicator is data: which sums over which fields, combined how. One function evaluates
// any of them over the rows of registers, per school and for the whole district, the same way
// a SUMIFS formula over the register would: pooled sums, never an average of percentages.
import { NumericField, RegisterKind } from './fields';
import { ValueFormat } from './format';
import { FIELD_COUNT, fieldNo, maskOf, RowSums } from './sums';

/** coef × the field's value in a row. */
export interface Term {
  field: NumericField;
  coef: number;
}

export type Combine =
  /** Σnumerator / Σdenominator over the rows. */
  | 'ratio'
  /** 1 − Σnumerator / Σdenominator. */
  | 'one-minus-ratio'
  /** The smallest numerator / denominator of a single row (rows with a zero denominator skipped). */
  | 'min-of-row-ratios';

export interface Indicator {
  /** Stable id, used in the `Пороги` sheet and in JSON: 'vpr.fail'. */
  id: string;
  /** Russian name as users know it: «Доля «2»». */
  name: string;
  /** The register kind it is computed over ('vpr' indicators also run over ОГЭ registers, as 'oge.*'). */
  kind: RegisterKind;
  better: 'higher' | 'lower';
  format: ValueFormat;
  numerator: Term[];
  denominator: Term[];
  /** Fields a row must have (non-empty) to count, beyond those of the terms. */
  rowFilter?: NumericField[];
  combine: Combine;
}

/** The fields an indicator reads: a row counts only when it has all of them. */
export function fieldsOf(ind: Indicator): NumericField[] {
  return [...new Set([...ind.numerator.map((t) => t.field), ...ind.denominator.map((t) => t.field), ...(ind.rowFilter ?? [])])];
}

/** Whether a register's rows can give the indicator: its kind, its columns, and for row-by-row indicators the rows followed. */
export function appliesTo(ind: Indicator, rows: RowSums): boolean {
  const need = maskOf(fieldsOf(ind));
  return rows.kind === ind.kind && (rows.fields & need) === need && (ind.combine !== 'min-of-row-ratios' || rows.rowMins[ind.id] !== undefined);
}

export interface IndicatorValues {
  /** Value per school index; NaN where the school has no rows or a zero denominator. */
  bySchool: Float64Array;
  /** The same formula over every row; null when there is nothing to divide by. */
  district: number | null;
}

/**
 * Evaluates an indicator over the rows of the registers it applies to, per school (indices
 * below schoolCount) and for all rows together. A row counts only when it has every field the
 * indicator reads. Returns null when no register has the indicator's columns.
 */
export function evaluateIndicator(ind: Indicator, registers: readonly RowSums[], schoolCount: number): IndicatorValues | null {
  const usable = registers.filter((r) => appliesTo(ind, r));
  if (usable.length === 0) return null;
  const bySchool = new Float64Array(schoolCount);
  if (ind.combine === 'min-of-row-ratios') {
    bySchool.fill(Infinity);
    let all = Infinity;
    for (const r of usable) {
      const mins = r.rowMins[ind.id];
      for (let s = 0; s < Math.min(schoolCount, r.capacity); s++) if (mins[s] < bySchool[s]) bySchool[s] = mins[s];
    }
    for (let s = 0; s < schoolCount; s++) {
      if (bySchool[s] < all) all = bySchool[s];
      if (bySchool[s] === Infinity) bySchool[s] = NaN;
    }
    return { bySchool, district: all === Infinity ? null : all };
  }
  const need = maskOf(fieldsOf(ind));
  const num = new Float64Array(schoolCount);
  const den = new Float64Array(schoolCount);
  const nf = ind.numerator.map((t) => fieldNo(t.field));
  const df = ind.denominator.map((t) => fieldNo(t.field));
  for (const r of usable) {
    for (const g of r.groups) {
      if ((g.mask & need) !== need) continue;
      const sums = g.sums;
      for (let s = 0; s < Math.min(schoolCount, r.capacity); s++) {
        const base = s * FIELD_COUNT;
        for (let k = 0; k < nf.length; k++) num[s] += ind.numerator[k].coef * sums[base + nf[k]];
        for (let k = 0; k < df.length; k++) den[s] += ind.denominator[k].coef * sums[base + df[k]];
      }
    }
  }
  let totNum = 0;
  let totDen = 0;
  for (let s = 0; s < schoolCount; s++) {
    totNum += num[s];
    totDen += den[s];
    bySchool[s] = combine(ind.combine, num[s], den[s]);
  }
  const district = combine(ind.combine, totNum, totDen);
  return { bySchool, district: Number.isNaN(district) ? null : district };
}

function combine(how: Combine, num: number, den: number): number {
  if (!(den > 0)) return NaN;
  return how === 'ratio' ? num / den : 1 - num / den;
}
