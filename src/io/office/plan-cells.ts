// How a plan value goes into an Excel cell: value, number format and (for http(s) links) a
// hyperlink — the same result as io/xlsx/apply-plan.ts. Every string goes into a cell already
// formatted as text ('@'): Office.js reads a value starting with =, + or - as a formula, and
// General cells turn «001» or «01.09» into numbers and dates. Text from a school's file is data.
import { excelSerialFromDay, fromIso } from '../../core/dates';
import { isFormula, NUMBER_FORMATS, PlanColumn, PlanValue } from '../../core/plan';

export interface OfficeCell {
  /** For a formula, the formula text (written through Range.formulas). */
  value: string | number | boolean;
  format: string;
  link?: string;
  formula?: boolean;
}

const HTTP_LINK = /^https?:\/\/\S+$/i;

export function officeCell(v: PlanValue, col: PlanColumn): OfficeCell {
  const format = NUMBER_FORMATS[col.kind] ?? 'General';
  // A formula in a text-formatted cell would stay text: its cell gets the column's number format.
  if (isFormula(v)) return { value: v.formula, format: format === '@' ? 'General' : format, formula: true };
  if (v === null || v === '') return { value: '', format };
  if (typeof v !== 'string') return { value: v, format };
  if (col.kind === 'date') {
    const day = fromIso(v);
    // A date cell that held text the engine could not read stays the user's text.
    if (day !== null) return { value: excelSerialFromDay(day), format };
  }
  if (col.kind === 'link' && HTTP_LINK.test(v)) return { value: v, format: '@', link: v };
  return { value: v, format: '@' };
}

/** Excel caps an inline list at 255 characters: the first values that fit (as apply-plan.ts). */
export function listSource(values: string[]): string {
  const kept: string[] = [];
  for (const v of values) {
    const clean = v.replace(/[",]/g, ' ').trim();
    if ([...kept, clean].join(',').length > 255) break;
    kept.push(clean);
  }
  return kept.join(',');
}

/**
 * Office.js sets column widths in points; the plan gives Excel's character units. With the
 * default font (Calibri 11, 7-pixel digits, 5 pixels of padding) at 96 dpi: (7w + 5) × 0.75.
 */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
