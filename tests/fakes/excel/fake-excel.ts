// A small, faithful in-memory Excel for the Office.js adapter's tests: a document (model.ts),
// proxies with load/sync semantics (proxy.ts, objects.ts), requests counted and measured
// (context.ts), and the requirement sets of a chosen Excel version.
import { CellRange, DataValidation, parseA1, SheetGrid } from '../../../src/core/grid';
import { describeFormats } from './conditional-formats';
import { FakeContext } from './context';
import { SyncStat } from './wire';
import { DEFAULT_PROTECTION, ProtectionOptions, SheetModel, WorkbookModel } from './model';

/** The highest ExcelApi set of each Excel a district office may run. */
export const EXCEL_VERSIONS = { 'Excel 2016': '1.1', 'Excel 2019': '1.8', 'Excel 2021': '1.14', 'Microsoft 365': '1.18' } as const;
export type ExcelVersion = keyof typeof EXCEL_VERSIONS;

export const MB = 1024 * 1024;

export interface FakeExcelOptions {
  /** Which Excel to be (default Microsoft 365). */
  version?: ExcelVersion;
  /** The highest ExcelApi set, when it is none of those versions' (e.g. '1.5'). */
  api?: string;
  /** Excel on the web also refuses responses over 5 MB; the desktop does not. */
  web?: boolean;
}

const cmp = (a: string, b: string): number => {
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] - y[0] || (x[1] ?? 0) - (y[1] ?? 0);
};

export class FakeExcel {
  readonly book = new WorkbookModel();
  readonly syncs: SyncStat[] = [];
  readonly api: string;
  readonly requestLimit = 5 * MB;
  readonly responseLimit: number;

  constructor(opts: FakeExcelOptions = {}) {
    this.api = opts.api ?? EXCEL_VERSIONS[opts.version ?? 'Microsoft 365'];
    this.responseLimit = opts.web ? 5 * MB : Infinity;
  }

  /** Office.context.requirements.isSetSupported for this Excel. */
  readonly supports = (set: string, version: string): boolean => set === 'ExcelApi' && cmp(version, this.api) <= 0;

  /** Excel.run: a fresh context; what is still queued when the batch ends is synced. */
  readonly run = async <T>(batch: (ctx: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new FakeContext(this);
    const out = await batch(ctx as unknown as Excel.RequestContext);
    if (ctx.pending > 0) await ctx.sync();
    return out;
  };

  resetStats(): void {
    this.syncs.length = 0;
  }

  get syncCount(): number {
    return this.syncs.length;
  }

  sheet(name: string): SheetModel {
    const s = this.book.find(name);
    if (!s) throw new Error(`no sheet «${name}» in the fake`);
    return s;
  }

  /** A sheet holding a SheetGrid: values, number formats, links, merges, protection. */
  loadGrid(grid: SheetGrid, opts: { password?: string } = {}): SheetModel {
    const s = this.book.addSheet(grid.name);
    grid.values.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) s.ensure(r, c).v = v;
      }),
    );
    for (const [key, fmt] of grid.numberFormats ?? []) {
      const [r, c] = key.split(',').map(Number);
      s.ensure(r, c).fmt = fmt;
    }
    for (const [key, url] of grid.links ?? []) {
      const [r, c] = key.split(',').map(Number);
      s.ensure(r, c).link = { address: url, textToDisplay: String(s.cell(r, c)?.v ?? url) };
    }
    for (const key of grid.unlocked ?? []) {
      const [r, c] = key.split(',').map(Number);
      s.ensure(r, c).unlocked = true;
    }
    s.merges = grid.merges.map((m: CellRange) => ({ ...m }));
    s.validations = (grid.validations ?? []).flatMap((v) => {
      const rule = officeRule(v);
      return rule ? [{ rect: { ...v.range }, rule, ignoreBlanks: v.allowBlank ?? true }] : [];
    });
    if (grid.protection?.protected) {
      s.protection = { protected: true, options: { ...DEFAULT_PROTECTION, ...(grid.protection.options as Partial<ProtectionOptions>) }, password: opts.password ?? null };
    }
    return s;
  }

  /**
   * The user types a value into a cell: the cell changes, then every handler registered with
   * worksheets.onChanged is called on its own turn, as Excel calls an add-in's handlers.
   */
  edit(sheet: string, cell: string, value: string | number | boolean | null): void {
    const s = this.sheet(sheet);
    const { row, col } = at(cell);
    s.enter(row, col, value);
    const args = { type: 'WorksheetChanged', changeType: 'RangeEdited', source: 'Local', address: cell, worksheetId: s.id } as const;
    for (const handler of [...this.book.changeHandlers]) setTimeout(() => void handler(args), 0);
  }

  /** How many onChanged handlers are registered now. */
  get changeHandlerCount(): number {
    return this.book.changeHandlers.size;
  }

  /** A cell's fill as the user sees it (null: none) and its note (null: none). */
  fill(sheet: string, cell: string): string | null {
    const { row, col } = at(cell);
    return this.sheet(sheet).cell(row, col)?.fill ?? null;
  }

  note(sheet: string, cell: string): string | null {
    return this.sheet(sheet).notes.get(cell) ?? null;
  }

  /** A sheet's conditional formats in priority order (the first is checked first). */
  conditionalFormats(sheet: string): ReturnType<typeof describeFormats> {
    return describeFormats(this.sheet(sheet));
  }

  /** A cell's formula (null: none). */
  formula(sheet: string, cell: string): string | null {
    const { row, col } = at(cell);
    return this.sheet(sheet).cell(row, col)?.f ?? null;
  }

  /** Everything the document holds, for «nothing changed» comparisons. */
  snapshot(): string {
    return JSON.stringify({
      sheets: this.book.sheets.map((s) => ({ ...s, notes: [...s.notes], columnWidths: [...s.columnWidths] })),
      tables: this.book.tables.map((t) => ({ ...t, sheet: t.sheet.name })),
      active: this.book.active?.name,
      selection: this.book.selection,
    });
  }
}

function at(cell: string): { row: number; col: number } {
  const p = parseA1(cell);
  if (!p) throw new Error(`bad cell ${cell}`);
  return p;
}

/** The file format's operator names as Office.js spells them. */
const OFFICE_OPERATORS: Record<string, string> = {
  between: 'Between',
  notBetween: 'NotBetween',
  equal: 'EqualTo',
  notEqual: 'NotEqualTo',
  greaterThan: 'GreaterThan',
  lessThan: 'LessThan',
  greaterThanOrEqual: 'GreaterThanOrEqualTo',
  lessThanOrEqual: 'LessThanOrEqualTo',
};

const CRITERIA: Partial<Record<DataValidation['type'], string>> = { whole: 'wholeNumber', decimal: 'decimal', date: 'date', time: 'time', textLength: 'textLength' };

/** A validation read from a file as Excel holds it: Office.js's DataValidationRule shape (null for «any value»). */
function officeRule(v: DataValidation): Record<string, unknown> | null {
  if (v.type === 'list') return { list: { inCellDropDown: true, source: v.values ? v.values.join(',') : `=${v.formula1 ?? ''}` } };
  if (v.type === 'custom') return { custom: { formula: `=${v.formula1 ?? ''}` } };
  const key = CRITERIA[v.type];
  if (!key) return null;
  return { [key]: { formula1: `=${v.formula1 ?? ''}`, ...(v.formula2 !== undefined ? { formula2: `=${v.formula2}` } : {}), operator: OFFICE_OPERATORS[v.operator ?? 'between'] } };
}
