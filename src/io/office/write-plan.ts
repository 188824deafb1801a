// Applies a WritePlan with Office.js as io/xlsx/apply-plan.ts does with ExcelJS: ОКО's own
// sheets replaced, one Excel table each, text as text, dates as dates, drop-down lists, frozen
// header. One sync to learn which sheets exist, then writes batched by size (1 sync per 4 MB);
// a column's formula filled down is sent once (fill-down.ts), so the summary's size in the
// request does not grow with its formulas.
import { a1, quoteSheet, rangeA1 } from '../../core/grid';
import { columnAt, footerTopRow, PlanSheet, tableTopRow, WritePlan } from '../../core/plan';
import { listRows } from '../../core/plan-cells';
import { ExcelApi, Features } from './api';
import { actionBytes, Batcher, jsonBytes, runsUnder } from './chunks';
import { FillRun, fillRuns } from './fill-down';
import { listSource, officeCell, OfficeCell, widthInPoints } from './plan-cells';

/** Excel sheet names are unique regardless of case. */
const key = (name: string): string => name.toLocaleLowerCase('ru');

export async function writePlan(api: ExcelApi, f: Features, plan: WritePlan): Promise<void> {
  await api.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const existing = new Map(sheets.items.map((ws) => [key(ws.name), ws]));
    // Checked before anything is written: a user's sheet is never replaced.
    for (const s of plan.sheets) if (existing.has(key(s.name)) && !s.replace && !s.keepExisting) throw new Error(`Лист «${s.name}» уже есть в книге.`);
    const b = new Batcher(ctx);
    for (const s of plan.sheets) {
      const old = existing.get(key(s.name));
      if (old && s.keepExisting) continue; // the user's own edits of a table ОКО once created
      await writeSheet(ctx, b, f, s, old);
    }
    await b.flush();
  });
}

/** A row's values and formats, and its hyperlinks (an action each), as sent. */
const rowBytes = (row: OfficeCell[], links: boolean): number => {
  let n = jsonBytes(row.map((c) => c.value)) + jsonBytes(row.map((c) => c.format));
  if (links) for (const c of row) if (c.link) n += actionBytes({ address: c.link, textToDisplay: c.link });
  return n;
};

async function writeSheet(ctx: Excel.RequestContext, b: Batcher, f: Features, sheet: PlanSheet, old: Excel.Worksheet | undefined): Promise<void> {
  const { table } = sheet;
  const width = table.columns.length;
  const top = tableTopRow(sheet); // 0-based header row
  // An Excel table needs at least one data row; an empty result gets one blank row.
  // Into a workbook in memory: the rows are an array already, or made one here.
  const rows = table.rows.length ? Array.from(table.rows) : [table.columns.map(() => null)];
  const last = top + rows.length;
  const written = rows.map((r, k) => table.columns.map((_c, i) => officeCell(r[i] ?? null, columnAt(table, k, i))));
  const fills = f.autoFill ? fillRuns(written.length, width, (r, c) => (written[r][c].formula ? String(written[r][c].value) : null), (r) => top + 1 + r) : [];
  const cells = withoutFilled(written, fills);
  const across = (from: number, to: number, left = 0, right = width - 1): string => rangeA1({ top: from, left, bottom: to, right });

  await b.room(actionBytes([sheet.name, sheet.title]) + actionBytes(table.columns) * 2 + 8 * actionBytes());
  old?.delete();
  const ws = ctx.workbook.worksheets.add(sheet.name);
  // Setting visibility needs ExcelApi 1.2: Excel 2016 shows the sheet.
  if (sheet.visibility === 'veryHidden' && f.hideSheets) ws.visibility = 'VeryHidden';
  if (sheet.title) {
    const t = ws.getRange('A1');
    t.numberFormat = [['@']];
    t.values = [[sheet.title]];
    t.format.font.bold = true;
    t.format.font.size = 12;
  }
  const header = ws.getRange(across(top, top));
  header.numberFormat = [table.columns.map(() => '@')];
  header.values = [table.columns.map((c) => c.header)];
  header.format.font.bold = true;

  // Rows go in runs that fit one request with their hyperlinks.
  for (const [from, to] of runsUnder(cells.length, (i) => rowBytes(cells[i], f.hyperlinks))) {
    const part = cells.slice(from, to);
    let bytes = 2 * actionBytes();
    for (const row of part) bytes += rowBytes(row, f.hyperlinks);
    await b.room(bytes);
    const range = ws.getRange(across(top + 1 + from, top + to));
    range.numberFormat = part.map((row) => row.map((c) => c.format)); // before the values: see plan-cells.ts
    setCells(range, part);
    if (!f.hyperlinks) continue; // Excel 2016: the address stays readable as text
    part.forEach((row, i) =>
      row.forEach((c, j) => {
        if (c.link) ws.getRange(a1(top + 1 + from + i, j)).hyperlink = { address: c.link, textToDisplay: c.link };
      }),
    );
  }

  // The first cell of each run holds its formula; the fill writes the rest, moving relative rows.
  for (const run of mergeColumns(fills)) {
    const from = top + 1 + run.from;
    await b.room(2 * actionBytes([sheet.name, 'FillCopy']));
    ws.getRange(across(from, from, run.col, run.last)).autoFill(across(from, top + 1 + run.to, run.col, run.last), 'FillCopy');
  }

  await b.room(actionBytes([table.name, table.style]) + actionBytes(table.columns) + actionBytes() * 6 * width);
  // An address without a sheet name would put the table on the active sheet (see the docs of
  // TableCollection.add); a Range object needs ExcelApi 1.3. The sheet's name it is.
  const t = ws.tables.add(`${quoteSheet(sheet.name)}!${across(top, last)}`, true);
  t.name = table.name;
  t.style = table.style;
  table.columns.forEach((c, i) => {
    const body = ws.getRange(across(top + 1, last, i, i));
    body.format.verticalAlignment = 'Top';
    if (c.wrap) body.format.wrapText = true;
    if (f.columnWidth) ws.getRange(a1(top, i)).format.columnWidth = widthInPoints(c.width);
    if (c.list && f.validation) {
      // Room below the table for rows users add, as the .xlsx writers leave.
      const [first, end] = listRows(top, last);
      const dv = ws.getRange(across(first, end, i, i)).dataValidation;
      dv.rule = { list: { inCellDropDown: true, source: listSource(c.list) } };
      dv.ignoreBlanks = true;
      dv.errorAlert = { showAlert: false, style: 'Stop', title: '', message: '' };
    }
  });
  if (sheet.freezeHeader && f.freeze) ws.freezePanes.freezeRows(top + 1);
  await writeFooter(b, ws, sheet);
  if (sheet.conditionalFormats && f.conditionalFormats) {
    // One rule per range, never one per cell: relative references move with each cell.
    // ConditionalFormatCollection.add puts a format at the top priority: added last to first,
    // the plan's first («риск») ends on top and wins where both apply.
    for (const cf of [...sheet.conditionalFormats].reverse()) {
      await b.room(actionBytes(cf) + 5 * actionBytes());
      const rule = ws.getRange(cf.range).conditionalFormats.add('Custom');
      rule.custom.rule.formula = cf.formula;
      rule.custom.format.fill.color = cf.fill;
      if (cf.font) rule.custom.format.font.color = cf.font;
    }
  }
}

/** The cells as sent: those a fill down writes go empty. */
function withoutFilled(cells: OfficeCell[][], fills: FillRun[]): OfficeCell[][] {
  if (!fills.length) return cells;
  const out = cells.map((row) => [...row]);
  for (const run of fills) for (let r = run.from + 1; r <= run.to; r++) out[r][run.col] = { value: '', format: cells[r][run.col].format };
  return out;
}

/** Runs of neighbouring columns over the same rows, filled by one call: [col, last] columns. */
function mergeColumns(fills: FillRun[]): (FillRun & { last: number })[] {
  const sorted = [...fills].sort((a, b) => a.from - b.from || a.to - b.to || a.col - b.col);
  const out: (FillRun & { last: number })[] = [];
  for (const run of sorted) {
    const prev = out[out.length - 1];
    if (prev && prev.from === run.from && prev.to === run.to && prev.last === run.col - 1) prev.last = run.col;
    else out.push({ ...run, last: run.col });
  }
  return out;
}

/** Values, or formulas where the cells have any: Range.formulas takes plain values too. */
function setCells(range: Excel.Range, rows: OfficeCell[][]): void {
  const matrix = rows.map((row) => row.map((c) => c.value));
  if (rows.some((row) => row.some((c) => c.formula))) range.formulas = matrix;
  else range.values = matrix;
}

/** The rows under the table (district, mean, median), as apply-plan.ts writes them. */
async function writeFooter(b: Batcher, ws: Excel.Worksheet, sheet: PlanSheet): Promise<void> {
  if (!sheet.footer?.length) return;
  const { columns } = sheet.table;
  const cells = sheet.footer.map((r) => columns.map((c, i) => officeCell(r[i] ?? null, c)));
  let bytes = 3 * actionBytes();
  for (const row of cells) bytes += rowBytes(row, false);
  await b.room(bytes);
  const top = footerTopRow(sheet);
  const range = ws.getRange(rangeA1({ top, left: 0, bottom: top + cells.length - 1, right: columns.length - 1 }));
  range.numberFormat = cells.map((row) => row.map((c) => c.format));
  setCells(range, cells);
  ws.getRange(rangeA1({ top, left: 0, bottom: top + cells.length - 1, right: 0 })).format.font.bold = true;
}
