// How a plan's values are stored in cells, whichever adapter writes them (a new .xlsx, ExcelJS
// into a user's workbook, the Office JavaScript API into the open one): one set of rules, so
// that all three read back the same. Text is always stored as text: a school's «=SUM(…)» never
// becomes a formula.
import { excelSerialFromDay, fromIso } from './dates';
import { isFormula, NUMBER_FORMATS, PlanColumn, PlanValue } from './plan';

export type StoredCell =
  | { kind: 'empty' }
  | { kind: 'text'; text: string }
  | { kind: 'number'; number: number }
  | { kind: 'boolean'; value: boolean }
  /** A day as Excel's serial number. */
  | { kind: 'date'; serial: number }
  | { kind: 'link'; url: string }
  /** The formula as the plan gives it (with «=»); `cached` is the engine's own figure. */
  | { kind: 'formula'; formula: string; cached: number | string | null };

const URL = /^https?:\/\/\S+$/i;

export function storedCell(v: PlanValue, col: PlanColumn): StoredCell {
  if (isFormula(v)) return { kind: 'formula', formula: v.formula, cached: v.value };
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

/** The number format a table cell is shown in: its column's, except for text left in a date column. */
export function numberFormatOf(cell: StoredCell, col: PlanColumn): string | null {
  if (col.kind === 'date' && cell.kind === 'text') return null;
  return NUMBER_FORMATS[col.kind];
}

/** A footer row (district, mean, median) is formatted only where it holds a figure. */
export const footerFormatOf = (cell: StoredCell, col: PlanColumn): string | null =>
  cell.kind === 'formula' || cell.kind === 'number' ? NUMBER_FORMATS[col.kind] : null;

/** Excel caps a drop-down's inline list at 255 characters, quotes included: the first values that fit. */
export function listValuesKept(values: string[]): string[] {
  const kept: string[] = [];
  for (const v of values) {
    const clean = v.replace(/[",]/g, ' ').trim();
    if ([...kept, clean].join(',').length > 253) break;
    kept.push(clean);
  }
  return kept;
}

/** A drop-down's rows: the table's data rows, and at least a thousand for rows added later (1-based). */
export const listRows = (headerRow: number, lastRow: number): [number, number] => [headerRow + 1, Math.max(lastRow, headerRow + 1000)];
