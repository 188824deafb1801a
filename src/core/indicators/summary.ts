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
export function rankValues(values: ArrayLike<number>, better: 'higher' | 'lower'): Int32Array {
  const idx: number[] = [];
  for (let i = 0; i < values.length; i++) if (!Number.isNaN(values[i])) idx.push(i);
  idx.sort(better === 'higher' ? (a, b) => values[b] - values[a] : (a, b) => values[a] - values[b]);
  const rank = new Int32Array(values.length);
  for (let k = 0; k < idx.length; k++) rank[idx[k]] = k > 0 && values[idx[k]] === values[idx[k - 1]] ? rank[idx[k - 1]] : k + 1;
  return rank;
}

export function summarise(values: IndicatorValues, better: 'higher' | 'lower', schools: readonly string[]): { summary: IndicatorSummary; rank: Int32Array } {
  const present: number[] = [];
  for (const v of values.bySchool) if (!Number.isNaN(v)) present.push(v);
  let mean: number | null = null;
  let median: number | null = null;
  if (present.length > 0) {
    mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sorted = [...present].sort((a, b) => a - b);
    const mid = sorted.length >> 1;
    median = sorted.length % 2 === 1 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  }
  const rank = rankValues(values.bySchool, better);
  const byName: Record<string, number> = {};
  for (let s = 0; s < schools.length; s++) if (rank[s] > 0) byName[schools[s]] = rank[s];
  return { summary: { district: values.district, mean, median, rank: byName }, rank };
}
