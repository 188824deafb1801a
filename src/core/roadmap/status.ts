// The tracking columns: execution mark, date done, confirming link.
import { Day, dayFromExcelSerial, dayOf, fromIso, fullYear, isValidDate } from '../dates';
import { CellValue } from '../grid';
import { foldLoose } from '../text';

export type StatusState = 'done' | 'cancelled' | 'open' | 'none';

// A mark is done when it is one of these words, or starts with one and goes on with a note
// («Исполнено 12.04.2022, приказ № 5»), unless the note says it was done only in part.
const DONE = /^(?:(?:исполнен[оа]?|выполнен[оа]?|сделано|готово|завершен[оа]?|проведен[оа]?|да|done)(?![а-яёa-z])|[+✓✔]|v$)/;
const PARTLY = /частичн|не в полном|не полностью|не до конца/;
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
  if (DONE.test(t)) return PARTLY.test(t) ? 'open' : 'done';
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

/**
 * Where a table has only an execution mark («Отметка об исполнении (дата, ссылка)»), people
 * write the date done and the link into it: «Исполнено 12.04.2022, https://…». The first
 * date in the mark, as written, or null.
 */
export function dateInMark(mark: string): string | null {
  const m = /(?<!\d)\d{1,2}[./]\d{1,2}[./](?:\d{4}|\d{2})(?!\d)/.exec(mark);
  return m ? m[0] : null;
}

/** The links written in a mark (anything with a scheme, or www.…), space-separated; '' for none. */
export function linksInMark(mark: string): string {
  const found = mark.match(/\b[a-z][a-z0-9+.-]*:\/\/\S+|\bwww\.\S+/gi);
  return found === null ? '' : found.map((l) => l.replace(/[.,;:)»"]+$/, '')).join(' ');
}
