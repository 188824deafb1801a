// The open workbook as a blank to learn a template from: every sheet with, besides its values
// and merges, which cells are unlocked and the data validation of each of them. Reading only;
// nothing is unprotected.
//
// Syncs: 1 for the sheets and their protection, 1 for the used ranges' size, 1 for values,
// number formats and locked flags (getCellProperties, ExcelApi 1.9), then 1 per 2 000 input
// cells for their data validation (usually 1: a blank has tens of inputs, not thousands).
import { CellRange, DataValidation, SheetGrid, ValidationType } from '../../core/grid';
import { MergeIndex } from '../../core/layout/merges';
import { SAVED_TEMPLATE_SHEET } from '../../core/templates/description';
import { ExcelApi, Features } from './api';
import { parseAreas } from './addresses';
import { GridBuilder, protectionOf } from './grid-builder';
import { MARKS_SHEET } from './mark-store';
import { loadSheetHandles } from './read-sheets';

/** A blank is a form: a sheet this big is a register, and its locked flags would not fit one response. */
export const MAX_BLANK_CELLS = 200_000;
/** Input cells whose data validation is asked for in one sync. */
const VALIDATIONS_PER_SYNC = 2_000;

const TYPES: Record<string, ValidationType> = {
  WholeNumber: 'whole',
  Decimal: 'decimal',
  List: 'list',
  Date: 'date',
  Time: 'time',
  TextLength: 'textLength',
  Custom: 'custom',
};

/** Office.js operator names → the file format's (the engine's) names. */
const OPERATORS: Record<string, string> = {
  Between: 'between',
  NotBetween: 'notBetween',
  EqualTo: 'equal',
  NotEqualTo: 'notEqual',
  GreaterThan: 'greaterThan',
  LessThan: 'lessThan',
  GreaterThanOrEqualTo: 'greaterThanOrEqual',
  LessThanOrEqualTo: 'lessThanOrEqual',
};

/** Office.js returns rule operands as formulas («=10», «=$H$1:$H$3»); the engine keeps them without «=». */
const operand = (f: unknown): string | undefined => (f === undefined || f === null || f === '' ? undefined : String(f).replace(/^=/, ''));

/** A list source as Office.js returns it: «Да,Нет» inline, or «=$H$1:$H$3» a range. */
function listOf(source: unknown): Pick<DataValidation, 'values' | 'formula1'> {
  const s = String(source ?? '');
  if (s.startsWith('=')) return { formula1: s.slice(1) };
  return { values: s.split(',').map((v) => v.trim()).filter((v) => v !== '') };
}

/** One cell's validation in the engine's shape; null for none, and for what a single cell cannot have (Inconsistent). */
export function validationOf(range: CellRange, type: string, rule: Excel.DataValidationRule | null | undefined, ignoreBlanks: boolean): DataValidation | null {
  const kind = TYPES[type];
  if (!kind || !rule) return null;
  const base = { range, type: kind, allowBlank: ignoreBlanks };
  if (kind === 'list') return rule.list ? { ...base, ...listOf(rule.list.source) } : null;
  if (kind === 'custom') return rule.custom ? { ...base, ...(operand(rule.custom.formula) !== undefined ? { formula1: operand(rule.custom.formula) } : {}) } : null;
  const basic = rule.wholeNumber ?? rule.decimal ?? rule.textLength ?? rule.date ?? rule.time;
  if (!basic) return null;
  const formula1 = operand(basic.formula1);
  const formula2 = operand(basic.formula2);
  return {
    ...base,
    operator: OPERATORS[String(basic.operator)] ?? 'between',
    ...(formula1 !== undefined ? { formula1 } : {}),
    ...(formula2 !== undefined ? { formula2 } : {}),
  };
}

/** Every sheet but ОКО's own record of marks and saved description, for learning a template. */
export async function readInputSheets(api: ExcelApi, f: Features): Promise<SheetGrid[]> {
  if (!f.cellProperties) {
    throw new Error('Эта версия Excel не сообщает надстройкам, какие ячейки защищены (нужен ExcelApi 1.9: Excel 2021 или Microsoft 365). Выберите бланк файлом — результат будет тот же.');
  }
  return api.run(async (ctx) => {
    const handles = (await loadSheetHandles(ctx, f)).filter((h) => h.name !== MARKS_SHEET && h.name !== SAVED_TEMPLATE_SHEET);
    // Not values only: an empty unlocked cell is formatted (its protection is a format), and in
    // a blank every input is empty.
    const used = handles.map((h) => h.ws.getUsedRange().load('rowIndex,columnIndex,rowCount,columnCount'));
    await ctx.sync();
    used.forEach((u, i) => {
      if (u.rowCount * u.columnCount > MAX_BLANK_CELLS) {
        throw new Error(`Лист «${handles[i].name}» слишком велик для бланка (${u.rowCount} × ${u.columnCount} ячеек): бланк — это форма для заполнения. Откройте сам бланк или выберите его файлом.`);
      }
    });
    const loads = handles.map((h, i) => {
      const range = used[i].load('values,numberFormat');
      const props = range.getCellProperties({ format: { protection: true } });
      const merged = f.merges ? range.getMergedAreasOrNullObject().load('address') : null;
      return { h, range, props, merged };
    });
    await ctx.sync();

    const grids = loads.map(({ h, range, props, merged }) => {
      const b = new GridBuilder(h.name);
      b.put(range.rowIndex, range.columnIndex, range.values, range.numberFormat, undefined, true);
      if (merged && !merged.isNullObject) b.addMerges(parseAreas(merged.address));
      const grid = b.build(protectionOf(h.protection));
      grid.unlocked = new Set<string>();
      props.value.forEach((row, i) =>
        row.forEach((p, j) => {
          if (p.format?.protection?.locked === false) grid.unlocked?.add(`${range.rowIndex + i},${range.columnIndex + j}`);
        }),
      );
      grid.validations = [];
      return grid;
    });
    if (f.validation) await readValidations(ctx, handles.map((h) => h.ws), grids);
    return grids;
  });
}

/** The data validation of every input cell (the top-left one of a merged input). */
async function readValidations(ctx: Excel.RequestContext, sheets: Excel.Worksheet[], grids: SheetGrid[]): Promise<void> {
  const cells: { s: number; row: number; col: number }[] = [];
  grids.forEach((g, s) => {
    const merges = new MergeIndex(g.merges, g.merges.reduce((n, m) => Math.max(n, m.bottom), g.values.length - 1));
    for (const key of g.unlocked ?? []) {
      const [row, col] = key.split(',').map(Number);
      if (!merges.isCovered(row, col)) cells.push({ s, row, col });
    }
  });
  for (let start = 0; start < cells.length; start += VALIDATIONS_PER_SYNC) {
    const part = cells.slice(start, start + VALIDATIONS_PER_SYNC);
    const dvs = part.map(({ s, row, col }) => sheets[s].getCell(row, col).dataValidation.load('type,rule,ignoreBlanks'));
    await ctx.sync();
    part.forEach(({ s, row, col }, k) => {
      const dv = dvs[k];
      const v = validationOf({ top: row, left: col, bottom: row, right: col }, dv.type, dv.type === 'None' ? null : dv.rule, dv.ignoreBlanks);
      if (v) grids[s].validations?.push(v);
    });
  }
}
