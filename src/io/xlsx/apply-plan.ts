// Applies a WritePlan to an ExcelJS workbook that already exists (a user's file): sheets, Excel tables with filters, frozen
// header, number formats, drop-down lists. Only ОКО's own sheets are replaced.
import ExcelJS from 'exceljs';
import { dayFromExcelSerial } from '../../core/dates';
import { columnAt, footerTopRow, PlanConditionalFormat, PlanSheet, tableTopRow, WritePlan } from '../../core/plan';
import { columnLetters } from '../../core/grid';
import { argbOf } from './colors';
import { footerFormatOf, listRows, numberFormatOf, StoredCell, storedCell } from '../../core/plan-cells';
import { fileFormula, listFormula } from './file-formulas';

const MS_PER_DAY = 86_400_000;

function excelValue(c: StoredCell): ExcelJS.CellValue {
  switch (c.kind) {
    case 'empty':
      return null;
    case 'text':
      return c.text;
    case 'number':
      return c.number;
    case 'boolean':
      return c.value;
    case 'date':
      return new Date(dayFromExcelSerial(c.serial) * MS_PER_DAY);
    case 'link':
      return { text: c.url, hyperlink: c.url };
    case 'formula':
      // The engine's figure is the cached result.
      const formula = fileFormula(c.formula);
      return (c.cached === null ? { formula } : { formula, result: c.cached }) as ExcelJS.CellFormulaValue;
  }
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
      const stored = storedCell(v, col);
      cell.value = excelValue(stored);
      const fmt = footerFormatOf(stored, col);
      if (fmt) cell.numFmt = fmt;
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
  // Into a workbook in memory: the rows are an array already, or made one here.
  const rows = table.rows.length ? Array.from(table.rows) : [table.columns.map(() => null)];
  const stored = rows.map((r, k) => r.map((v, i) => storedCell(v, columnAt(table, k, i))));
  ws.addTable({
    name: table.name,
    ref: `A${top}`,
    headerRow: true,
    style: { theme: table.style as ExcelJS.TableStyleProperties['theme'], showRowStripes: true },
    // The label shows only if a user turns the totals row on; ExcelJS would write «Total».
    columns: table.columns.map((c, i) => ({ name: c.header, filterButton: true, ...(i === 0 ? { totalsRowLabel: 'Итого' } : {}) })),
    rows: stored.map((r) => r.map(excelValue)),
  });
  const last = top + rows.length;
  table.columns.forEach((c, i) => {
    const column = ws.getColumn(i + 1);
    column.width = c.width;
    for (let r = top + 1; r <= last; r++) {
      const cell = ws.getCell(r, i + 1);
      const k = r - top - 1;
      const fmt = numberFormatOf(stored[k][i], columnAt(table, k, i));
      if (fmt) cell.numFmt = fmt;
      if (c.wrap) cell.alignment = { wrapText: true, vertical: 'top' };
      else cell.alignment = { vertical: 'top' };
    }
    if (c.list) {
      const letter = columnLetters(i);
      const [first, end] = listRows(top, last);
      // ExcelJS has this API but not in its typings.
      (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations.add(`${letter}${first}:${letter}${end}`, {
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
