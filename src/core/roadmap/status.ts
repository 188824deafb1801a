// The tracking columns: execution mark, date done, confirming link.
import { Day, dayFromExcelSerial, dayOf, fromIso, fullYear, isValidDate } from '../dates';
import { CellValue } from '../grid';
import { foldLoose } from '../text';

export type StatusState = 'done' | 'cancelled' | 'open' | 'none';

const DONE = /^(исполнено|исполнен[оа]?|выполнено|выполнен[оа]?|сделано|готово|завершено|проведено|да|done|\+|✓|✔|v)$/;
const CANCELLED = /^(отменено|отменен[оа]?|перенесено|перенесен[оа]?|не актуально|исключено)/;

// A register repeats a handful of marks («исполнено», «в работе») thousands of times, and
// several rules ask about each item: read each distinct mark once.
const stateOf = new Map<string, StatusState>();

export function statusState(text: string): StatusState {
  let state = stateOf.get(text);
  if (state === undefined) {
    state = readState(text);
    if (stateOf.size >= 1000) stateOf.clear(); // free text is not a mark: keep the cache small
    stateOf.set(text, state);
  }
  return state;
}

function readState(text: string): StatusState {
  const t = foldLoose(text);
  if (t === '') return 'none';
  if (DONE.test(t)) return 'done';
  if (CANCELLED.test(t)) return 'cancelled';
  return 'open';
}

/**
 * A date-done cell: an Excel date (serial number), or text «25.08.2021» / «2021-10-29».
 * Returns undefined for an empty cell and null for something that is not a date.
 */
export function readDoneOn(v: CellValue): Day | null | undefined {
  if (v === null || (typeof v === 'string' && v.trim() === '')) return undefined;
  if (typeof v === 'number') return v > 0 && v < 2_958_466 ? dayFromExcelSerial(v) : null;
  if (typeof v !== 'string') return null;
  const s = v.trim().replace(/\s*г\.?$/, '');
  const iso = fromIso(s);
  if (iso !== null) return iso;
  const m = /^(\d{1,2})[./](\d{1,2})[./](\d{2}|\d{4})$/.exec(s);
  if (!m) return null;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), fullYear(Number(m[3]))];
  return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
}

/** Every link in a proof cell; the cell is fine only if each one is http(s). */
export function splitLinks(text: string): string[] {
  return text.split(/[\s,;]+/).filter((s) => s !== '');
}

export const isHttpLink = (s: string): boolean => /^https?:\/\/[^\s/?#]+\.[^\s]*$|^https?:\/\/localhost\b/i.test(s);

/** Whether every link in a proof cell is http(s). Most cells hold one link: it is tested without splitting. */
export function allHttpLinks(text: string): boolean {
  return /[\s,;]/.test(text) ? splitLinks(text).every(isHttpLink) : text === '' || isHttpLink(text);
}
