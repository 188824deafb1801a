// ExcelJS worksheet → SheetGrid: plain values (dates as Excel serials), merges, links,
// number formats, unlocked cells and the sheet's protection.
import ExcelJS from 'exceljs';
import { CellRange, CellValue, cellKey, SheetGrid, SheetProtection } from '../../core/grid';
import { excelSerialFromDay } from '../../core/dates';

const MS_PER_DAY = 86_400_000;

/** ExcelJS reads dates as UTC midnight; keep fractions of a day for date-times. */
const serialOf = (d: Date): number => excelSerialFromDay(0) + d.getTime() / MS_PER_DAY;

export function plain(v: ExcelJS.CellValue): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (v instanceof Date) return serialOf(v);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('hyperlink' in v) return typeof v.text === 'string' ? v.text : plain(v.text as ExcelJS.CellValue);
    if ('formula' in v || 'sharedFormula' in v) return plain((v as ExcelJS.CellFormulaValue).result as ExcelJS.CellValue);
    if ('error' in v) return String(v.error);
  }
  return String(v);
}

// Office.js names the protection options allowX; ExcelJS names them x with the same meaning.
const PROTECTION_OPTIONS: [keyof ExcelJS.WorksheetProtection, string][] = [
  ['formatCells', 'allowFormatCells'],
  ['formatColumns', 'allowFormatColumns'],
  ['formatRows', 'allowFormatRows'],
  ['insertColumns', 'allowInsertColumns'],
  ['insertRows', 'allowInsertRows'],
  ['insertHyperlinks', 'allowInsertHyperlinks'],
  ['deleteColumns', 'allowDeleteColumns'],
  ['deleteRows', 'allowDeleteRows'],
  ['sort', 'allowSort'],
  ['autoFilter', 'allowAutoFilter'],
  ['pivotTables', 'allowPivotTables'],
  ['objects', 'allowEditObjects'],
  ['scenarios', 'allowEditScenarios'],
];

function protectionOf(ws: ExcelJS.Worksheet): SheetProtection | null {
  const sp = (ws as unknown as { sheetProtection?: Record<string, unknown> | null }).sheetProtection;
  if (!sp || !sp.sheet) return null;
  const options: Record<string, boolean> = {};
  for (const [from, to] of PROTECTION_OPTIONS) {
    // In ExcelJS's model «objects» and «scenarios» are false when protected, undefined otherwise.
    const v = sp[from];
    options[to] = from === 'objects' || from === 'scenarios' ? v !== false : v === true;
  }
  return { protected: true, hasPassword: Boolean(sp.hashValue), options };
}

export function worksheetToGrid(ws: ExcelJS.Worksheet): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats = new Map<string, string>();
  const links = new Map<string, string>();
  const unlocked = new Set<string>();
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const r = rowNumber - 1;
    const out: CellValue[] = [];
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      const c = colNumber - 1;
      if (cell.type === ExcelJS.ValueType.Merge) return; // the value lives in the merge's first cell
      const v = cell.value;
      out[c] = plain(v);
      if (cell.numFmt && cell.numFmt !== 'General') numberFormats.set(cellKey(r, c), cell.numFmt);
      if (v && typeof v === 'object' && 'hyperlink' in v && v.hyperlink) links.set(cellKey(r, c), v.hyperlink);
      if (cell.protection && cell.protection.locked === false) unlocked.add(cellKey(r, c));
    });
    for (let c = 0; c < out.length; c++) if (out[c] === undefined) out[c] = null;
    values[r] = out;
  });
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const merges: CellRange[] = [];
  const internal = (ws as unknown as { _merges: Record<string, { top: number; left: number; bottom: number; right: number }> })._merges;
  for (const m of Object.values(internal)) {
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return { name: ws.name, values, numberFormats, links, unlocked, merges, protection: protectionOf(ws) };
}
