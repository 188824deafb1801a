// A template description: what ОКО learned from a blank copy of a schools' template. Plain,
// serialisable JSON (no Maps, no functions), so it can be saved with the workbook or a
// register and read back without the blank.

/**
 * How an input's value is read. text: kept as entered; yesno: a «Да/Нет» list; list: one of
 * `options`; number / integer: a number (with «,» or «.»); percent: a share 0…1 (written
 * «96 %», «0,96» or «96»); date: an ISO date.
 */
export type FieldType = 'text' | 'yesno' | 'list' | 'number' | 'integer' | 'percent' | 'date';

export interface ValueRule {
  type: FieldType;
  /** The allowed values of a list (as the template spells them). */
  options?: string[];
  min?: number;
  max?: number;
  /** Text length limit (a «Длина текста» validation). */
  maxLength?: number;
  /** An empty value is a problem (comments and notes are optional). */
  required: boolean;
}

/** A locked, non-empty cell of the template (the top-left cell of a merge). */
export interface LockedCell {
  cell: string;
  /** 0-based. */
  row: number;
  col: number;
  text: string;
}

/** One input of the template: an unlocked cell (or the first cell of an unlocked merge). */
export interface TemplateField extends ValueRule {
  /** Stable id: sheet number (1-based) and the template cell, «1.D8». */
  id: string;
  label: string;
  sheet: string;
  /** A1 address in the template. */
  cell: string;
  row: number;
  col: number;
  /** Other locked text in the input's row under its column header: «Критерий: Да». */
  notes?: string[];
  /** A minimum share the row's criterion states («Не менее 90% в каждой процедуре» → 0.9). */
  minShare?: number;
}

export interface TemplateColumn extends ValueRule {
  /** «2.A4:E23/B»: the table's id and the column's letter. */
  id: string;
  label: string;
  col: number;
}

/** A tabular block: rows of unlocked cells under a locked header, one record per row. */
export interface TemplateTable {
  id: string;
  label: string;
  sheet: string;
  /** 0-based rows: the header, and the block's first and last input rows. */
  headerRow: number;
  firstRow: number;
  lastRow: number;
  columns: TemplateColumn[];
  /** Participation columns, when the block is a list of procedures: participants ÷ enrolled ≥ minShare. */
  participation?: { enrolled: string; participants: string; minShare: number };
}

export interface TemplateSheet {
  name: string;
  /** Position among the workbook's sheets, 0-based. */
  index: number;
  protected: boolean;
  locked: LockedCell[];
  /** FNV-1a of the sheet's locked texts and their cells, 8 hex digits. */
  fingerprint: string;
}

export interface TemplateDescription {
  format: 'oko.template';
  version: 1;
  /** FNV-1a over every sheet's fingerprint: equal for templates whose locked cells are equal. */
  fingerprint: string;
  /** Only the sheets that have inputs. */
  sheets: TemplateSheet[];
  fields: TemplateField[];
  tables: TemplateTable[];
  /** The field that names the school («Наименование ОО»), when there is one. */
  schoolField?: string;
}

/** The very hidden sheet a description is saved on, in the blank and every copy made of it (see saved.ts). */
export const SAVED_TEMPLATE_SHEET = 'ОКО_шаблон';

/** FNV-1a, 32 bits, as 8 hex digits: a short, deterministic fingerprint (not a security hash). */
export function fnv1a(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 16777619);
  return (h >>> 0).toString(16).padStart(8, '0');
}
