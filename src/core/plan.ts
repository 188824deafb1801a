// A WritePlan says what to write, declaratively; each adapter (ExcelJS, the Office JavaScript API) applies
// it the same way. No adapter decides anything the plan does not say.

export type PlanValue = string | number | boolean | null;

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
  /** Row values in column order; dates as ISO 'YYYY-MM-DD' strings in 'date' columns. */
  rows: PlanValue[][];
  style: string;
}

export interface PlanSheet {
  name: string;
  /** Replace a sheet of this name if it exists (ОКО's own sheets only). */
  replace: boolean;
  /** Optional title line above the table. */
  title?: string;
  table: PlanTable;
  /** Freeze everything above the table's first data row. */
  freezeHeader: boolean;
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
