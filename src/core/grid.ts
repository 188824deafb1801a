// The one shape in which every host hands a worksheet to the engine.
// Rows and columns are 0-based here; A1 addresses are made only for messages and output.

/** A cell value as the hosts agree to deliver it: dates arrive as Excel serial numbers. */
export type CellValue = string | number | boolean | null;

/** An inclusive, 0-based rectangle. */
export interface CellRange {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** Sheet protection exactly as found, so that it can be put back with the same options. */
export interface SheetProtection {
  protected: boolean;
  /** Whether a password is set (the password itself is never known to ОКО). */
  hasPassword: boolean;
  /** The allow-* options as the host names them (e.g. formatCells: false). */
  options: Record<string, boolean>;
}

export interface SheetGrid {
  name: string;
  /** values[row][col]; rows may be shorter than the widest row. */
  values: CellValue[][];
  /** Number formats, sparse: only cells whose format is not General. Key: "row,col". */
  numberFormats?: Map<string, string>;
  /** Hyperlink targets, sparse. Key: "row,col". */
  links?: Map<string, string>;
  /** Unlocked cells, sparse (locked is Excel's default). Key: "row,col". */
  unlocked?: Set<string>;
  merges: CellRange[];
  protection: SheetProtection | null;
  /** Data validation rules as the sheet has them, one entry per range; hosts that cannot read them leave this out. */
  validations?: DataValidation[];
}

export type ValidationType = 'list' | 'whole' | 'decimal' | 'date' | 'time' | 'textLength' | 'custom' | 'any';

/** A data validation rule on one range (a rule on «D8 D9» gives two entries). */
export interface DataValidation {
  range: CellRange;
  type: ValidationType;
  /** between, notBetween, equal, greaterThan… (Excel's names; between when absent). */
  operator?: string;
  /** An inline list («"Да,Нет"» → ['Да', 'Нет']). */
  values?: string[];
  /** formula1/formula2 as written, without «=» («0», «1», «$H$1:$H$3», «Списки!$A$1:$A$5»). */
  formula1?: string;
  formula2?: string;
  allowBlank?: boolean;
}

export const cellKey = (row: number, col: number): string => `${row},${col}`;

/** Column index (0-based) to letters: 0 → A, 27 → AB. */
export function columnLetters(col: number): string {
  let s = '';
  let n = col + 1;
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

/** 0-based row/col to an A1 address: (5, 2) → C6. */
export const a1 = (row: number, col: number): string => `${columnLetters(col)}${row + 1}`;

export function rangeA1(r: CellRange): string {
  const tl = a1(r.top, r.left);
  const br = a1(r.bottom, r.right);
  return tl === br ? tl : `${tl}:${br}`;
}

/** Parses "C6" or "$C$6" to 0-based coordinates; null when it is not an address. */
export function parseA1(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

export function parseRangeA1(ref: string): CellRange | null {
  const [a, b] = ref.split(':');
  const p = parseA1(a);
  const q = b === undefined ? p : parseA1(b);
  if (!p || !q) return null;
  return {
    top: Math.min(p.row, q.row),
    left: Math.min(p.col, q.col),
    bottom: Math.max(p.row, q.row),
    right: Math.max(p.col, q.col),
  };
}

/** Sheet name quoted for a formula or a source reference: 'Приложение 1'!B6. */
export function quoteSheet(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
}

export const rowCount = (grid: SheetGrid): number => grid.values.length;

export function colCount(grid: SheetGrid): number {
  let n = 0;
  // Indexed loops over rows and items: a for-of that runs once per call is not optimised
  // early, and its iterator allocates a result object per step (100 000 rows → megabytes).
  for (let r = 0; r < grid.values.length; r++) if (grid.values[r].length > n) n = grid.values[r].length;
  return n;
}

export const valueAt = (grid: SheetGrid, row: number, col: number): CellValue =>
  grid.values[row]?.[col] ?? null;

/** A cell value as trimmed text ('' for empty). Numbers keep JavaScript's notation. */
export const valueText = (v: CellValue): string => (v === null ? '' : typeof v === 'string' ? v.trim() : String(v));

/** The cell's value as trimmed text ('' for empty). */
export const textAt = (grid: SheetGrid, row: number, col: number): string => valueText(valueAt(grid, row, col));

export function isBlankRow(grid: SheetGrid, row: number): boolean {
  const r = grid.values[row];
  if (!r) return true;
  for (const v of r) if (v !== null && !(typeof v === 'string' && v.trim() === '')) return false;
  return true;
}
