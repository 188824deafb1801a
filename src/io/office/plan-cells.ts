// How a plan value goes into an Excel cell: value, number format and (for http(s) links) a
// hyperlink — by the same rules as the .xlsx writers (core/plan-cells.ts). Every string goes into a cell already
// formatted as text ('@'): Office.js reads a value starting with =, + or - as a formula, and
// General cells turn «001» or «01.09» into numbers and dates. Text from a school's file is data.
import { NUMBER_FORMATS, PlanColumn, PlanValue } from '../../core/plan';
import { listValuesKept, storedCell } from '../../core/plan-cells';

export interface OfficeCell {
  /** For a formula, the formula text (written through Range.formulas). */
  value: string | number | boolean;
  format: string;
  link?: string;
  formula?: boolean;
}

export function officeCell(v: PlanValue, col: PlanColumn): OfficeCell {
  const format = NUMBER_FORMATS[col.kind] ?? 'General';
  const c = storedCell(v, col);
  switch (c.kind) {
    // A formula in a text-formatted cell would stay text: its cell gets the column's number format.
    case 'formula':
      return { value: c.formula, format: format === '@' ? 'General' : format, formula: true };
    case 'empty':
      return { value: '', format };
    case 'number':
      return { value: c.number, format };
    case 'boolean':
      return { value: c.value, format };
    case 'date':
      return { value: c.serial, format };
    case 'link':
      return { value: c.url, format: '@', link: c.url };
    case 'text':
      return { value: c.text, format: '@' };
  }
}

/** A drop-down's source: the values that fit Excel's 255 characters, as the .xlsx writers keep them. */
export const listSource = (values: string[]): string => listValuesKept(values).join(',');

/**
 * Office.js sets column widths in points; the plan gives Excel's character units. With the
 * default font (Calibri 11, 7-pixel digits, 5 pixels of padding) at 96 dpi: (7w + 5) × 0.75.
 */
export const widthInPoints = (chars: number): number => Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
