// Calendar arithmetic on whole days, in UTC so that no time zone can shift a date.
// A Day is the number of days since 1970-01-01; ISO strings are what leaves the engine.

export type Day = number;

const MS_PER_DAY = 86_400_000;

export const dayOf = (y: number, m: number, d: number): Day => Date.UTC(y, m - 1, d) / MS_PER_DAY;

/** The calendar day a host's clock shows locally (hosts pass `new Date()`; core never reads the clock). */
export const localDay = (now: Date): Day => dayOf(now.getFullYear(), now.getMonth() + 1, now.getDate());

export function ymd(day: Day): { y: number; m: number; d: number } {
  const t = new Date(day * MS_PER_DAY);
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}

export const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

export const isValidDate = (y: number, m: number, d: number): boolean =>
  m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

const isoCache = new Map<Day, string>();

export function toIso(day: Day): string {
  let s = isoCache.get(day);
  if (s === undefined) {
    const { y, m, d } = ymd(day);
    s = `${pad(y, 4)}-${pad(m)}-${pad(d)}`;
    if (isoCache.size < 100_000) isoCache.set(day, s);
  }
  return s;
}

/** 'YYYY-MM-DD' → Day, or null when it is not a real date. */
export function fromIso(s: string): Day | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

const ruCache = new Map<Day, string>();

/** Russian display form: 05.09.2021. (Messages repeat a few dates thousands of times: cached.) */
export function toRu(day: Day): string {
  let s = ruCache.get(day);
  if (s === undefined) {
    const { y, m, d } = ymd(day);
    s = `${pad(d)}.${pad(m)}.${y}`;
    if (ruCache.size < 100_000) ruCache.set(day, s);
  }
  return s;
}

// Excel's serial 25569 is 1970-01-01 (the 1900 leap-year bug only affects serials below 61).
const EXCEL_EPOCH_OFFSET = 25569;
export const dayFromExcelSerial = (serial: number): Day => Math.floor(serial) - EXCEL_EPOCH_OFFSET;
export const excelSerialFromDay = (day: Day): number => day + EXCEL_EPOCH_OFFSET;

/** Two-digit years in Russian documents are this century's. */
export const fullYear = (y: number): number => (y < 100 ? 2000 + y : y);

export interface Interval {
  start: Day;
  end: Day;
}

/** Sorts and joins intervals that overlap or touch, so 24.08 and 25.08 become 24–25.08. */
export function mergeIntervals(list: Interval[]): Interval[] {
  const sorted = [...list].sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Interval[] = [];
  for (const iv of sorted) {
    const last = out[out.length - 1];
    if (last && iv.start <= last.end + 1) last.end = Math.max(last.end, iv.end);
    else out.push({ ...iv });
  }
  return out;
}
