// An indicator is data: which sums over which fields, combined how. One function evaluates
// any of them over a set of rows, per school and for the whole district, the same way a
// SUMIFS formula over the register would: pooled sums, never an average of percentages.
import { NumericField, RegisterKind } from './fields';
import { ValueFormat } from './format';
import { RowTable } from './rows';

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

/** Whether a table has every column the indicator reads. */
export const appliesTo = (ind: Indicator, table: RowTable): boolean => table.kind === ind.kind && fieldsOf(ind).every((f) => table.fields[f] !== undefined);

export interface IndicatorValues {
  /** Value per school index; NaN where the school has no rows or a zero denominator. */
  bySchool: Float64Array;
  /** The same formula over every row; null when there is nothing to divide by. */
  district: number | null;
}

/**
 * Evaluates an indicator over the rows of the tables it applies to, grouped by school
 * (school indices < schoolCount). A row counts only when every field the indicator reads is
 * present in it. Returns null when no table has the indicator's columns.
 */
export function evaluateIndicator(ind: Indicator, tables: readonly RowTable[], schoolCount: number): IndicatorValues | null {
  const usable = tables.filter((t) => appliesTo(ind, t));
  if (usable.length === 0) return null;
  const byMin = ind.combine === 'min-of-row-ratios';
  const num = new Float64Array(schoolCount);
  const den = new Float64Array(schoolCount);
  if (byMin) num.fill(Infinity); // num holds the smallest row ratio so far
  let totNum = byMin ? Infinity : 0;
  let totDen = 0;
  const nCoef = ind.numerator.map((t) => t.coef);
  const dCoef = ind.denominator.map((t) => t.coef);
  for (const table of usable) {
    const nCols = ind.numerator.map((t) => table.fields[t.field] as Float64Array);
    const dCols = ind.denominator.map((t) => table.fields[t.field] as Float64Array);
    const fCols = (ind.rowFilter ?? []).map((f) => table.fields[f] as Float64Array);
    const school = table.school;
    rows: for (let r = 0; r < table.count; r++) {
      for (let k = 0; k < fCols.length; k++) if (fCols[k][r] !== fCols[k][r]) continue rows;
      let n = 0;
      for (let k = 0; k < nCols.length; k++) n += nCoef[k] * nCols[k][r];
      let d = 0;
      for (let k = 0; k < dCols.length; k++) d += dCoef[k] * dCols[k][r];
      if (n !== n || d !== d) continue; // NaN: a field of this row has no data
      const s = school[r];
      if (byMin) {
        if (d > 0) {
          const q = n / d;
          if (q < num[s]) num[s] = q;
          if (q < totNum) totNum = q;
          den[s] = 1;
        }
      } else {
        num[s] += n;
        den[s] += d;
        totNum += n;
        totDen += d;
      }
    }
  }
  if (byMin) totDen = totNum === Infinity ? 0 : 1;
  const bySchool = new Float64Array(schoolCount);
  for (let s = 0; s < schoolCount; s++) bySchool[s] = combine(ind.combine, num[s], den[s]);
  const district = combine(ind.combine, totNum, totDen);
  return { bySchool, district: Number.isNaN(district) ? null : district };
}

function combine(how: Combine, num: number, den: number): number {
  if (!(den > 0)) return NaN;
  if (how === 'min-of-row-ratios') return num;
  return how === 'ratio' ? num / den : 1 - num / den;
}
