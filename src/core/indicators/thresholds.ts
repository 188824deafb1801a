// Risk thresholds: a school crosses one → it is in the risk list with the reason, said the way
// a methodologist would say it: «Доля «2» 27,4 % ≥ 25 %». Absolute thresholds compare the
// value; a relative one («в 10 % худших») takes the worst-placed schools of the district.
import { Indicator } from './indicator';
import { formatLimit, formatValue, numberRu } from './format';
import { rankValues } from './summary';

export type Comparison = '≥' | '≤' | '>' | '<' | 'worst-percent';
export type RiskLevel = 'внимание' | 'риск';

export interface Threshold {
  /** Indicator id: 'vpr.fail'. */
  indicator: string;
  comparison: Comparison;
  /**
   * What the value is compared with, in the indicator's own units: a share for percentages
   * (0.25 = 25 %), the number itself otherwise. For 'worst-percent', the share of schools (0.1).
   */
  value: number;
  level: RiskLevel;
  /** Why this threshold: shown beside it in the `Пороги` sheet. */
  note: string;
}

export interface Risk {
  school: string;
  indicator: string;
  value: number;
  /** The threshold as displayed: «≥ 25 %», «в 10 % худших». */
  threshold: string;
  level: RiskLevel;
  /** «Доля «2» 27,4 % ≥ 25 %». */
  message: string;
}

/** An indicator as computed: its value and RANK.EQ place per school index (NaN / 0: none). */
export interface ComputedIndicator {
  indicator: Indicator;
  values: Float64Array;
  rank: Int32Array;
}

const LEVEL_ORDER: Record<RiskLevel, number> = { риск: 0, внимание: 1 };

/** The threshold as a reader sees it: «≥ 25 %», «< 3,5», «в 10 % худших». */
export function thresholdText(t: Threshold, ind: Indicator): string {
  if (t.comparison === 'worst-percent') return `в ${numberRu(t.value * 100)} % худших`;
  return `${t.comparison} ${formatLimit(t.value, ind.format)}`;
}

/** How many schools «в N % худших» takes out of `count`: ceil(N % × count). */
export function worstCount(share: number, count: number): number {
  return Math.max(0, Math.ceil(share * count - 1e-9)); // 0.07 × 100 is 7.000000000000001, still 7
}

function crosses(c: Exclude<Comparison, 'worst-percent'>, v: number, limit: number): boolean {
  switch (c) {
    case '≥':
      return v >= limit;
    case '≤':
      return v <= limit;
    case '>':
      return v > limit;
    case '<':
      return v < limit;
  }
}

/**
 * Every school that crosses a threshold, one risk per school and indicator: the most severe
 * level it reaches (among equals, the first threshold in the table). Sorted: «риск» first,
 * then schools in the order of the registers, then indicators in the order given.
 */
export function evaluateThresholds(thresholds: readonly Threshold[], computed: readonly ComputedIndicator[], schools: readonly string[]): Risk[] {
  const found: { risk: Risk; level: number; school: number; ind: number }[] = [];
  const chosen = new Map<number, number>(); // school × indicators + indicator → index in found
  computed.forEach((c, ci) => {
    const ind = c.indicator;
    let worst: Int32Array | null = null;
    let count = 0;
    for (const v of c.values) if (!Number.isNaN(v)) count++;
    for (const t of thresholds) {
      if (t.indicator !== ind.id) continue;
      let k = 0;
      if (t.comparison === 'worst-percent') {
        worst ??= rankValues(c.values, ind.better === 'higher' ? 'lower' : 'higher');
        k = worstCount(t.value, count);
      }
      const shown = thresholdText(t, ind);
      for (let s = 0; s < c.values.length; s++) {
        const v = c.values[s];
        if (Number.isNaN(v)) continue;
        const hit = t.comparison === 'worst-percent' ? (worst as Int32Array)[s] <= k : crosses(t.comparison, v, t.value);
        if (!hit) continue;
        const key = s * computed.length + ci;
        const before = chosen.get(key);
        if (before !== undefined && found[before].level <= LEVEL_ORDER[t.level]) continue;
        const valueText = `${ind.name} ${formatValue(v, ind.format)}`;
        const message =
          t.comparison === 'worst-percent' ? `${valueText} — ${shown} по району (место ${c.rank[s]} из ${count})` : `${valueText} ${shown}`;
        const entry = { risk: { school: schools[s], indicator: ind.id, value: v, threshold: shown, level: t.level, message }, level: LEVEL_ORDER[t.level], school: s, ind: ci };
        if (before !== undefined) found[before] = entry;
        else {
          chosen.set(key, found.length);
          found.push(entry);
        }
      }
    }
  });
  found.sort((a, b) => a.level - b.level || a.school - b.school || a.ind - b.ind);
  return found.map((f) => f.risk);
}
