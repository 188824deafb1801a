// Applies a WritePlan to an ExcelJS workbook: sheets, Excel tables with filters, frozen
// header, number formats, drop-down lists. Only ОКО's own sheets are replaced.
import ExcelJS from 'exceljs';
import { fromIso } from '../../core/dates';
import { columnAt, footerTopRow, isFormula, NUMBER_FORMATS, PlanColumn, PlanConditionalFormat, PlanSheet, PlanValue, tableTopRow, WritePlan } from '../../core/plan';
import { columnLetters } from '../../core/grid';
import { argbOf } from './colors';

const MS_PER_DAY = 86_400_000;

/**
 * A formula as the file stores it: without its «=», and functions newer than Excel 2007 under
 * their «_xlfn.» name (Excel shows #NAME? for a bare RANK.EQ read from a file; Office.js and
 * the formula bar take the plain name).
 */
const fileFormula = (f: string): string => f.replace(/^=/, '').replace(/(^|[^.\w])(RANK\.EQ)\(/g, '$1_xlfn.$2(');

function cellValue(v: PlanValue, col: PlanColumn): ExcelJS.CellValue {
  if (isFormula(v)) {
    // The engine's figure is the cached result.
    const formula = fileFormula(v.formula);
    return v.value === null ? ({ formula } as ExcelJS.CellFormulaValue) : ({ formula, result: v.value } as ExcelJS.CellFormulaValue);
  }
  if (v === null || v === '') return null;
  if (col.kind === 'date' && typeof v === 'string') {
    const day = fromIso(v);
    // A date cell that held text the engine could not read stays as the user's text.
    return day === null ? v : new Date(day * MS_PER_DAY);
  }
  if (col.kind === 'link' && typeof v === 'string' && /^https?:\/\/\S+$/i.test(v)) return { text: v, hyperlink: v };
  return v;
}

/** Excel caps an inline list at 255 characters: keep the first values that fit. */
function listFormula(values: string[]): string {
  const kept: string[] = [];
  for (const v of values) {
    const clean = v.replace(/[",]/g, ' ').trim();
    if ([...kept, clean].join(',').length > 253) break;
    kept.push(clean);
  }
  return `"${kept.join(',')}"`;
}

function addConditionalFormats(ws: ExcelJS.Worksheet, list: PlanConditionalFormat[]): void {
  list.forEach((cf, i) =>
    ws.addConditionalFormatting({
      ref: cf.range,
      rules: [
        {
          type: 'expression',
          priority: i + 1,
          formulae: [fileFormula(cf.formula)],
          style: {
            fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argbOf(cf.fill) } },
            ...(cf.font ? { font: { color: { argb: argbOf(cf.font) } } } : {}),
          },
        },
      ],
    }),
  );
}

/** Rows under the table, in its columns' formats; the first column (the row's label) in bold. */
function addFooter(ws: ExcelJS.Worksheet, sheet: PlanSheet): void {
  const top = footerTopRow(sheet) + 1;
  sheet.footer?.forEach((row, k) => {
    row.forEach((v, i) => {
      const col = sheet.table.columns[i];
      const cell = ws.getCell(top + k, i + 1);
      cell.value = cellValue(v, col);
      const fmt = NUMBER_FORMATS[col.kind];
      if (fmt && (isFormula(v) || typeof v === 'number')) cell.numFmt = fmt;
    });
    ws.getCell(top + k, 1).font = { bold: true };
  });
}

function addSheet(wb: ExcelJS.Workbook, sheet: PlanSheet): void {
  const existing = wb.getWorksheet(sheet.name);
  if (existing && sheet.keepExisting) return;
  if (existing) {
    if (!sheet.replace) throw new Error(`Лист «${sheet.name}» уже есть в книге.`);
    wb.removeWorksheet(existing.id);
  }
  const ws = wb.addWorksheet(sheet.name, sheet.visibility === 'veryHidden' ? { state: 'veryHidden' } : {});
  const { table } = sheet;
  const top = tableTopRow(sheet) + 1; // 1-based header row
  if (sheet.title) {
    ws.getCell(1, 1).value = sheet.title;
    ws.getCell(1, 1).font = { bold: true, size: 12 };
  }
  // An Excel table needs at least one data row; an empty result gets one blank row.
  const rows = table.rows.length ? table.rows : [table.columns.map(() => null)];
  ws.addTable({
    name: table.name,
    ref: `A${top}`,
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    // The label shows only if a user turns the totals row on; ExcelJS would write «Total».
    columns: table.columns.map((c, i) => ({ name: c.header, filterButton: true, ...(i === 0 ? { totalsRowLabel: 'Итого' } : {}) })),
    rows: rows.map((r, k) => r.map((v, i) => cellValue(v, columnAt(table, k, i)))),
  });
  const last = top + rows.length;
  table.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    for (let r = top + 1; r <= last; r++) {
      const cell = ws.getCell(r, i + 1);
      const kind = columnAt(table, r - top - 1, i).kind;
      const fmt = NUMBER_FORMATS[kind];
      if (fmt && !(kind === 'date' && typeof cell.value === 'string')) cell.numFmt = fmt;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
    }
    if (c.list) {
      const letter = columnLetters(i);
      // ExcelJS has this API but not in its typings.
      (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${top + 1}:${letter}${Math.max(last, top + 1000)}`, {
        type: 'list',
        allowBlank: true,
        showErrorMessage: false,
        formulae: [listFormula(c.list)],
      });
    }
  });
  ws.getRow(top).font = { bold: true };
  addFooter(ws, sheet);
  if (sheet.conditionalFormats) addConditionalFormats(ws, sheet.conditionalFormats);
  if (sheet.freezeHeader) ws.views = [{ state: 'frozen', xSplit: 0, ySplit: top, topLeftCell: `A${top + 1}`, activeCell: `A${top + 1}` }];
}

export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): void {
  for (const sheet of plan.sheets) addSheet(wb, sheet);
}

export async function planToXlsx(plan: WritePlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'ОКО';
  applyPlan(wb, plan);
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}
