// The document behind the fake: what Excel holds, with none of the request machinery.
// Tests set it up and inspect it directly; the proxies in objects.ts read and change it only
// while a sync executes.
import { CellRange, columnLetters, parseA1, parseRangeA1, quoteSheet, rangeA1 } from '../../../src/core/grid';
import { officeError } from './errors';
import type { ChangeHandler } from './events';

export type Scalar = string | number | boolean;

export interface Cell {
  v?: Scalar;
  /** A formula, when the cell holds one; v is then its value (absent where the fake cannot compute it). */
  f?: string;
  fmt?: string;
  fill?: string;
  wrap?: boolean;
  bold?: boolean;
  size?: number;
  valign?: string;
  link?: { address?: string; textToDisplay?: string };
  /** Locked is Excel's default; only unlocked cells take values on a protected sheet. */
  unlocked?: boolean;
}

export interface ProtectionOptions {
  allowAutoFilter: boolean;
  allowDeleteColumns: boolean;
  allowDeleteRows: boolean;
  allowEditObjects: boolean;
  allowEditScenarios: boolean;
  allowFormatCells: boolean;
  allowFormatColumns: boolean;
  allowFormatRows: boolean;
  allowInsertColumns: boolean;
  allowInsertHyperlinks: boolean;
  allowInsertRows: boolean;
  allowPivotTables: boolean;
  allowSort: boolean;
  selectionMode: string;
}

/** What protect() without options gives in Excel: only selecting cells is allowed. */
export const DEFAULT_PROTECTION: ProtectionOptions = {
  allowAutoFilter: false,
  allowDeleteColumns: false,
  allowDeleteRows: false,
  allowEditObjects: false,
  allowEditScenarios: false,
  allowFormatCells: false,
  allowFormatColumns: false,
  allowFormatRows: false,
  allowInsertColumns: false,
  allowInsertHyperlinks: false,
  allowInsertRows: false,
  allowPivotTables: false,
  allowSort: false,
  selectionMode: 'Normal',
};

export interface TableModel {
  name: string;
  sheet: SheetModel;
  rect: CellRange;
  style: string;
}

export interface CommentModel {
  id: string;
  cell: string;
  content: string;
}

/**
 * A conditional format on a range. A sheet keeps its formats in priority order: index 0 is
 * checked first, and add() puts a new one there, as Excel does.
 */
export interface ConditionalFormatModel {
  id: string;
  /** Excel.ConditionalFormatType: 'Custom', 'CellValue'… */
  type: string;
  rect: CellRange;
  stopIfTrue: boolean;
  /** A Custom format's rule, A1, written for the range's top-left cell (relative references move). */
  formula?: string;
  fill?: string;
  font?: string;
}

export interface ValidationModel {
  rect: CellRange;
  rule?: unknown;
  errorAlert?: unknown;
  ignoreBlanks?: boolean;
}

/** What a write needs from sheet protection: content of locked cells, or a permission. */
export type GuardKind = 'content' | 'format' | 'columns' | 'objects';

const NUMBER = /^\s*[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i;

/** Excel refuses a formula longer than this (in characters, the «=» included). */
export const FORMULA_MAX = 8192;

/** A function call (SUMIFS(…), RANK.EQ(…)) or a cell reference (A4, $B$2, 'Лист'!C3). */
const COMPUTED_ELSEWHERE = /[A-Za-z][A-Za-z0-9.]*\(|\$?\b[A-Za-z]{1,3}\$?\d+\b|!/;

/**
 * The value of a formula, as far as the fake knows it: simple arithmetic is computed; a formula
 * with functions or references is not (the fake is no spreadsheet engine): its value is unknown
 * (undefined, read as ''); anything else names something Excel does not know: #NAME?.
 */
export function evaluate(formula: string): Scalar | undefined {
  const body = formula.replace(/^=/, '');
  if (!/^[\d\s.+\-*/()]+$/.test(body)) return COMPUTED_ELSEWHERE.test(body) ? undefined : '#NAME?';
  try {
    const v = Function(`"use strict"; return (${body});`)() as unknown;
    return typeof v === 'number' && Number.isFinite(v) ? v : '#VALUE!';
  } catch {
    return '#NAME?';
  }
}

export class SheetModel {
  visibility: 'Visible' | 'Hidden' | 'VeryHidden' = 'Visible';
  readonly rows: (Cell | undefined)[][] = [];
  merges: CellRange[] = [];
  protection: { protected: boolean; options: ProtectionOptions; password: string | null } = { protected: false, options: { ...DEFAULT_PROTECTION }, password: null };
  readonly notes = new Map<string, string>();
  comments: CommentModel[] = [];
  freezeRows = 0;
  readonly columnWidths = new Map<number, number>();
  validations: ValidationModel[] = [];
  /** In priority order: the first is checked first. */
  conditionalFormats: ConditionalFormatModel[] = [];

  constructor(public name: string, readonly id: string) {}

  cell(r: number, c: number): Cell | undefined {
    return this.rows[r]?.[c];
  }

  ensure(r: number, c: number): Cell {
    const row = (this.rows[r] ??= []);
    return (row[c] ??= {});
  }

  /** A1 address of a rectangle with this sheet's name, as Office.js writes it. */
  address(rect: CellRange): string {
    return `${quoteSheet(this.name)}!${rangeA1(rect)}`;
  }

  /** The cells that hold something (a value, or also a format unless valuesOnly). */
  usedRect(valuesOnly: boolean): CellRange | null {
    let rect: CellRange | null = null;
    this.rows.forEach((row, r) => {
      if (!row) return;
      row.forEach((cell, c) => {
        if (!cell) return;
        // An unlocked cell is a formatted one (protection is part of its format), even when empty.
        const used = cell.v !== undefined || cell.f !== undefined || (!valuesOnly && (cell.fmt !== undefined || cell.fill !== undefined || cell.link !== undefined || cell.unlocked === true));
        if (!used) return;
        if (!rect) rect = { top: r, left: c, bottom: r, right: c };
        else {
          rect.top = Math.min(rect.top, r);
          rect.left = Math.min(rect.left, c);
          rect.bottom = Math.max(rect.bottom, r);
          rect.right = Math.max(rect.right, c);
        }
      });
    });
    return rect;
  }

  /** What Range.values shows: '' for an empty cell (and for the hidden cells of a merge). */
  shown(r: number, c: number): Scalar {
    return this.cell(r, c)?.v ?? '';
  }

  /**
   * A value typed into a cell, as Excel takes it from Range.values: a cell formatted as text
   * keeps any text; elsewhere text starting with = (or +, -) becomes a formula and text that
   * looks like a number becomes one.
   */
  enter(r: number, c: number, x: unknown): void {
    const cell = this.ensure(r, c);
    delete cell.f;
    if (x === '' || x === null || x === undefined) {
      delete cell.v;
      return;
    }
    if (typeof x === 'number' || typeof x === 'boolean') {
      cell.v = x;
      return;
    }
    const s = String(x);
    if (cell.fmt === '@') cell.v = s;
    else if (NUMBER.test(s)) cell.v = Number(s);
    else if (/^[=+-]./s.test(s)) this.setFormula(cell, s.startsWith('=') ? s : `=${s}`);
    else cell.v = s;
  }

  /**
   * Range.formulas: a string starting with = is a formula, except in a cell formatted as text
   * ('@'), where Excel keeps whatever is typed as text; anything else is entered as by values.
   */
  enterFormula(r: number, c: number, x: unknown): void {
    if (typeof x === 'string' && x.startsWith('=') && this.cell(r, c)?.fmt !== '@') this.setFormula(this.ensure(r, c), x);
    else this.enter(r, c, x);
  }

  private setFormula(cell: Cell, formula: string): void {
    if (formula.length > FORMULA_MAX) throw officeError('InvalidArgument', `The formula is longer than ${FORMULA_MAX} characters.`);
    cell.f = formula;
    const v = evaluate(formula);
    if (v === undefined) delete cell.v;
    else cell.v = v;
  }

  /** Throws like Excel when a protected sheet refuses the change. */
  guard(kind: GuardKind, rect?: CellRange): void {
    const p = this.protection;
    if (!p.protected) return;
    const refuse = (): never => {
      throw officeError('AccessDenied', `The cell or chart you're trying to change is on a protected sheet («${this.name}»).`);
    };
    if (kind === 'format' && !p.options.allowFormatCells) refuse();
    if (kind === 'columns' && !p.options.allowFormatColumns) refuse();
    if (kind === 'objects' && !p.options.allowEditObjects) refuse();
    if (kind === 'content') {
      if (!rect) refuse();
      else forEachCell(rect, (r, c) => {
        if (!this.cell(r, c)?.unlocked) refuse();
      });
    }
  }
}

/**
 * A formula copied by (rows, cols), as Excel moves it when a cell is copied or filled: relative
 * references move, absolute ones ($B$2) stay; text in quotes and quoted sheet names are left alone.
 */
export function shiftFormula(formula: string, rows: number, cols: number): string {
  const TOKEN = /"(?:[^"]|"")*"|'(?:[^']|'')*'|(?<![\w.$])(\$?)([A-Z]{1,3})(\$?)(\d+)(?![\w(.!])|[\w.]+/g;
  return formula.replace(TOKEN, (m, colAbs?: string, col?: string, rowAbs?: string, row?: string) => {
    if (col === undefined || row === undefined) return m;
    const c = colAbs ? col : columnLetters(Math.max(0, columnIndex(col) + cols));
    const r = rowAbs ? Number(row) : Number(row) + rows;
    if (r < 1) return '#REF!';
    return `${colAbs}${c}${rowAbs}${r}`;
  });
}

const columnIndex = (letters: string): number => [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;

export function forEachCell(rect: CellRange, fn: (r: number, c: number) => void): void {
  for (let r = rect.top; r <= rect.bottom; r++) for (let c = rect.left; c <= rect.right; c++) fn(r, c);
}

export const overlaps = (a: CellRange, b: CellRange): boolean => a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;

/** "B2", "B2:C3", "$B$2" → a rectangle; anything else is refused as Excel refuses it. */
export function rectOf(address: string): CellRange {
  const local = address.slice(address.lastIndexOf('!') + 1);
  const r = parseRangeA1(local.replace(/\$/g, ''));
  if (!r) throw officeError('InvalidArgument', `The argument is invalid or missing or has an incorrect format: «${address}».`);
  return r;
}

export const cellOf = (address: string): { row: number; col: number } => {
  const p = parseA1(address.slice(address.lastIndexOf('!') + 1));
  if (!p) throw officeError('InvalidArgument', `Not a cell address: «${address}».`);
  return p;
};

export class WorkbookModel {
  readonly sheets: SheetModel[] = [];
  readonly tables: TableModel[] = [];
  active: SheetModel | null = null;
  selection: { sheet: string; address: string } | null = null;
  /** Handlers registered with worksheets.onChanged (events.ts). */
  readonly changeHandlers = new Set<ChangeHandler>();
  private ids = 0;

  nextId(prefix: string): string {
    this.ids += 1;
    return `${prefix}${this.ids}`;
  }

  /** Sheet names are unique regardless of case, as in Excel. */
  find(name: string): SheetModel | null {
    const key = name.toLocaleLowerCase();
    return this.sheets.find((s) => s.name.toLocaleLowerCase() === key) ?? null;
  }

  addSheet(name: string): SheetModel {
    if (this.find(name)) throw officeError('ItemAlreadyExists', `A sheet named «${name}» already exists.`);
    if (!name || name.length > 31 || /[\\/?*[\]:]/.test(name)) throw officeError('InvalidArgument', `Invalid sheet name «${name}».`);
    const sheet = new SheetModel(name, this.nextId('sheet'));
    this.sheets.push(sheet);
    if (!this.active) this.active = sheet;
    return sheet;
  }

  deleteSheet(sheet: SheetModel): void {
    const visible = this.sheets.filter((s) => s.visibility === 'Visible');
    if (visible.length === 1 && visible[0] === sheet) throw officeError('InvalidOperation', 'A workbook must contain at least one visible worksheet.');
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i].sheet === sheet) this.tables.splice(i, 1);
    if (this.active === sheet) this.active = this.sheets.find((s) => s.visibility === 'Visible') ?? null;
  }
}
