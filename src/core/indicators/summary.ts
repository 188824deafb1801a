// Beside the district's value: the mean and the median of the school values, and each
// school's place as Excel's RANK.EQ gives it (1 = best, ties share the lowest place).
import { IndicatorValues } from './indicator';

export interface IndicatorSummary {
  /** The indicator's formula over every row of the district. */
  district: number | null;
  /** Mean of the school values (schools without a value are left out). */
  mean: number | null;
  median: number | null;
  /** Place per school name; schools without a value have none. */
  rank: Record<string, number>;
}

/**
 * RANK.EQ: 1 + how many values are strictly better. NaN (no value) gets 0, meaning no place.
 * `better` 'higher' ranks the largest first; pass the opposite to rank from the worst.
 */
export function rankValues(values: ArrayLike<number>, better: 'higher' | 'lower', sorted = presentSorted(values)): Int32Array {
  const n = sorted.length;
  const rank = new Int32Array(values.length);
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (Number.isNaN(v)) continue;
    // Ascending order: values below v are [0, lower); values above v are [upper, n).
    rank[i] = better === 'higher' ? 1 + n - bound(sorted, v, true) : 1 + bound(sorted, v, false);
  }
  return rank;
}

/** The values that are not NaN, ascending (a typed array sorts numerically and fast). */
function presentSorted(values: ArrayLike<number>): Float64Array {
  let n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) n++;
  const out = new Float64Array(n);
  n = 0;
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) out[n++] = values[i];
  return out.sort();
}

/** First index whose value is above v (`upper`) or not below v. */
function bound(sorted: Float64Array, v: number, upper: boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (upper ? sorted[mid] <= v : sorted[mid] < v) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

export function summarise(values: IndicatorValues, better: 'higher' | 'lower', schools: readonly string[]): { summary: IndicatorSummary; rank: Int32Array } {
  const sorted = presentSorted(values.bySchool);
  const n = sorted.length;
  let mean: number | null = null;
  let median: number | null = null;
  if (n > 0) {
    let sum = 0;
    for (let s = 0; s < values.bySchool.length; s++) if (!Number.isNaN(values.bySchool[s])) sum += values.bySchool[s];
    mean = sum / n;
    const mid = n >> 1;
    median = n % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  const rank = rankValues(values.bySchool, better, sorted);
  const byName: Record<string, number> = {};
  for (let s = 0; s < schools.length; s++) if (rank[s] > 0) byName[schools[s]] = rank[s];
  return { summary: { district: values.district, mean, median, rank: byName }, rank };
}
