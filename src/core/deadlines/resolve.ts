// Turns deadline terms into calendar intervals against the programme period.
// A month written without a year belongs to the academic year (Sept–Dec: its first
// calendar year, Jan–Aug: its second) and, in a multi-year programme, recurs every year.
import { Day, dayOf, daysInMonth, Interval, isValidDate, mergeIntervals, ymd } from '../dates';
import { Period } from './period';
import { Point, Term } from './terms';

export interface Resolved {
  intervals: Interval[];
  /** A range whose start is after its end («16-13.09.2021», «май 2022 – сентябрь 2021»). */
  inverted: boolean;
  /** Some term named no month or no real date («31.02.2022», «15-го»). */
  invalid: boolean;
  /** The text left the year out and the programme spans several years: one interval per year. */
  repeats: boolean;
}

const yearOfCycle = (m: number, cycleFirstYear: number): number => (m >= 9 ? cycleFirstYear : cycleFirstYear + 1);

function startOf(p: Point, y: number): Day | null {
  if (p.m === undefined) return null;
  const d = p.d ?? 1;
  return isValidDate(y, p.m, d) ? dayOf(y, p.m, d) : null;
}

function endOf(p: Point, y: number): Day | null {
  if (p.m === undefined) return null;
  const m = p.m2 ?? p.m;
  const d = p.d ?? daysInMonth(y, m);
  return isValidDate(y, m, d) ? dayOf(y, m, d) : null;
}

/** The academic years (by their first calendar year) that overlap the period. */
function cycles(period: Period): number[] {
  const first = (day: Day): number => {
    const { y, m } = ymd(day);
    return m >= 9 ? y : y - 1;
  };
  const out: number[] = [];
  for (let y = first(period.start); y <= first(period.end); y++) out.push(y);
  return out;
}

type One = { iv?: Interval; inverted?: boolean; invalid?: boolean };

/** One term in one cycle (cycle = null when every year is written out). */
function resolveOnce(term: Term, period: Period, cycle: number | null): One {
  const a = term.start;
  const b = term.end;
  const yearOf = (p: Point): number | null =>
    p.y ?? (cycle !== null && p.m !== undefined ? yearOfCycle(p.m, cycle) : null);
  const ya = yearOf(a);
  if (ya === null) return { invalid: true };
  if (!b) {
    const s = startOf(a, ya);
    const e = endOf(a, ya);
    if (s === null || e === null) return { invalid: true };
    if (term.since) return { iv: { start: s, end: Math.max(s, period.end) } };
    if (!term.until) return { iv: { start: s, end: e } };
    const from = cycle === null ? period.start : Math.max(period.start, dayOf(cycle, 9, 1));
    return { iv: { start: Math.min(from, e), end: e } };
  }
  let yb = yearOf(b);
  if (yb === null) return { invalid: true };
  const s = startOf(a, ya);
  let e = endOf(b, yb);
  if (s === null || e === null) return { invalid: true };
  if (e < s && b.y === undefined && a.y === undefined) {
    // «декабрь – май»: a range written without years runs on into the next year.
    yb += 1;
    e = endOf(b, yb);
    if (e === null) return { invalid: true };
  }
  if (e < s) return { inverted: true };
  return { iv: { start: s, end: e } };
}

const needsCycle = (term: Term): boolean =>
  (term.start.y === undefined && term.start.m !== undefined) ||
  (term.end !== undefined && term.end.y === undefined && term.end.m !== undefined);

export function resolveTerms(terms: Term[], period: Period): Resolved {
  const all: Interval[] = [];
  let inverted = false;
  let invalid = false;
  let repeats = false;
  for (const term of terms) {
    if (!needsCycle(term)) {
      const r = resolveOnce(term, period, null);
      if (r.iv) all.push(r.iv);
      inverted ||= !!r.inverted;
      invalid ||= !!r.invalid;
      continue;
    }
    const found: Interval[] = [];
    for (const c of cycles(period)) {
      const r = resolveOnce(term, period, c);
      if (r.iv) found.push(r.iv);
      inverted ||= !!r.inverted;
      invalid ||= !!r.invalid;
    }
    // Keep the occurrences that lie in the period; if none does, those that touch it; else all.
    const inside = found.filter((iv) => iv.start >= period.start && iv.end <= period.end);
    const touching = found.filter((iv) => iv.end >= period.start && iv.start <= period.end);
    const kept = inside.length ? inside : touching.length ? touching : found;
    if (kept.length > 1) repeats = true;
    all.push(...kept);
  }
  return { intervals: mergeIntervals(all), inverted, invalid, repeats };
}
