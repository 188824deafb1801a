// A WritePlan says what to write, declaratively; each adapter (ExcelJS, the Office JavaScript API) applies
// it the same way. No adapter decides anything the plan does not say.
import { Listing } from './listing';

/**
 * A cell Excel computes. The formula is in Excel's English syntax with A1 references (the form
 * both the Office JavaScript API's `formulas` and the file format take); `value` is the engine's own figure,
 * stored as the cached result so that a reader that does not recalculate still shows it.
 */
export interface PlanFormula {
  formula: string;
  value: number | string | null;
}

export type PlanValue = string | number | boolean | null | PlanFormula;

export const isFormula = (v: PlanValue): v is PlanFormula => typeof v === 'object' && v !== null;

export type ColumnKind = 'text' | 'number' | 'integer' | 'date' | 'link' | 'percent';

export interface PlanColumn {
  header: string;
  kind: ColumnKind;
  /** Width in Excel character units. */
  width: number;
  /** A drop-down of allowed values (data validation list). */
  list?: string[];
  wrap?: boolean;
}

export interface PlanTable {
  /** Excel table name: letters, digits and underscores, unique in the workbook. */
  name: string;
  columns: PlanColumn[];
  /**
   * Row values in column order; dates as ISO 'YYYY-MM-DD' strings in 'date' columns. An array,
   * or (the CLI's collected register) rows read from disk as they are written.
   */
  rows: Listing<PlanValue[]>;
  style: string;
  /**
   * Cells whose kind differs from their column's, by column index, one entry per row
   * (undefined: the column's): a thresholds table holds shares and marks in one column.
   */
  cellKinds?: Record<number, (ColumnKind | undefined)[]>;
}

/** The column as one of its cells is written: its kind overridden where cellKinds says so. */
export function columnAt(table: PlanTable, row: number, col: number): PlanColumn {
  const kind = table.cellKinds?.[col]?.[row];
  return kind ? { ...table.columns[col], kind } : table.columns[col];
}

/**
 * Conditional formatting by a formula: the fill applies to each cell of the range for which the
 * formula, written for the range's top-left cell (relative references move), is TRUE.
 */
export interface PlanConditionalFormat {
  /** A1 range on the plan's sheet, e.g. «C4:C40». */
  range: string;
  /** Starts with «=». */
  formula: string;
  /** Fill colour, «#RRGGBB». */
  fill: string;
  /** Font colour, «#RRGGBB». */
  font?: string;
}

export interface PlanSheet {
  name: string;
  /** Replace a sheet of this name if it exists (ОКО's own sheets only). */
  replace: boolean;
  /**
   * Leave a sheet of this name alone if it exists: a table ОКО creates once and the user then
   * edits (the thresholds). Takes precedence over `replace`.
   */
  keepExisting?: boolean;
  /** Optional title line above the table. */
  title?: string;
  table: PlanTable;
  /** Freeze everything above the table's first data row. */
  freezeHeader: boolean;
  /**
   * Rows under the table after one blank row, in the table's columns and formats, not part of
   * the table (so filters and ranks over the table leave them out): district, mean, median.
   */
  footer?: PlanValue[][];
  /** In order of priority: the first one is checked first. */
  conditionalFormats?: PlanConditionalFormat[];
  /**
   * 'veryHidden': a sheet only ОКО reads (the saved template description), hidden so that it
   * cannot be unhidden from Excel's menu. Excel before ExcelApi 1.2 leaves it visible.
   */
  visibility?: 'visible' | 'veryHidden';
}

export interface WritePlan {
  sheets: PlanSheet[];
}

/** Formats each host shows a column kind in: Russian users read dd.mm.yyyy. */
export const NUMBER_FORMATS: Record<ColumnKind, string | null> = {
  text: '@',
  number: '0.00',
  integer: '0',
  date: 'dd.mm.yyyy',
  link: null,
  percent: '0.0%',
};

/** The table's first row sits under the title (if any) and one blank line. */
export const tableTopRow = (sheet: PlanSheet): number => (sheet.title ? 2 : 0);

/** Data rows the table is written with: an Excel table needs at least one, so an empty table gets a blank row. */
export const tableRowCount = (sheet: PlanSheet): number => Math.max(1, sheet.table.rows.length);

/** 0-based row of the footer's first row: one blank row under the table. */
export const footerTopRow = (sheet: PlanSheet): number => tableTopRow(sheet) + tableRowCount(sheet) + 2;
