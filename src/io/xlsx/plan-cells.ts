// How a plan's values are stored in an .xlsx, whichever writer stores them (ExcelJS into an
// open workbook, or the streamed writer of new workbooks): one set of rules, so that the two
// files read back the same.
import { excelSerialFromDay, fromIso } from '../../core/dates';
import { isFormula, NUMBER_FORMATS, PlanColumn, PlanValue } from '../../core/plan';

export type StoredCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'boolean'; value: boolean }
  /** A day as Excel's serial number. */
  | { kind: 'date'; serial: number }
  | { kind: 'link'; url: string }
  /** The formula as the file stores it; `cached` is the engine's own figure. */
  | { kind: 'formula'; formula: string; cached: number | string | null };

/**
 * A formula as the file stores it: without its «=», and functions newer than Excel 2007 under
 * their «_xlfn.» name (Excel shows #NAME? for a bare RANK.EQ read from a file; Office.js and
 * the formula bar take the plain name).
 */
export const fileFormula = (f: string): string => f.replace(/^=/, '').replace(/(^|[^.\w])(RANK\.EQ)\(/g, '$1_xlfn.$2(');

const URL = /^https?:\/\/\S+$/i;

/** Text is always stored as text: a school's «=SUM(…)» never becomes a formula. */
export function storedCell(v: PlanValue, col: PlanColumn): StoredCell {
  if (isFormula(v)) return { kind: 'formula', formula: fileFormula(v.formula), cached: v.value };
  if (v === null || v === '') return { kind: 'empty' };
  if (typeof v === 'boolean') return { kind: 'boolean', value: v };
  if (typeof v === 'number') return Number.isFinite(v) ? { kind: 'number', number: v } : { kind: 'empty' };
  if (col.kind === 'date') {
    const day = fromIso(v);
    // A date cell that held text the engine could not read stays as the user's text.
    if (day !== null) return { kind: 'date', serial: excelSerialFromDay(day) };
  }
  if (col.kind === 'link' && URL.test(v)) return { kind: 'link', url: v };
  return { kind: 'text', text: v };
}

/** The number format a stored cell is shown in: its column's, except for text left in a date column. */
export function numberFormatOf(cell: StoredCell, col: PlanColumn): string | null {
  if (col.kind === 'date' && cell.kind === 'text') return null;
  return NUMBER_FORMATS[col.kind];
}

/** Excel caps an inline list at 255 characters: keep the first values that fit. */
export function listFormula(values: string[]): string {
  const kept: string[] = [];
  for (const v of values) {
    const clean = v.replace(/[",]/g, ' ').trim();
    if ([...kept, clean].join(',').length > 253) break;
    kept.push(clean);
  }
  return `"${kept.join(',')}"`;
}

/** The drop-down's range: the table's data rows, and at least a thousand for rows added later (1-based rows). */
export const listRows = (headerRow: number, lastRow: number): [number, number] => [headerRow + 1, Math.max(lastRow, headerRow + 1000)];

/** A footer row (district, mean, median) is formatted only where it holds a figure. */
export const footerFormatOf = (cell: StoredCell, col: PlanColumn): string | null =>
  cell.kind === 'formula' || cell.kind === 'number' ? NUMBER_FORMATS[col.kind] : null;
