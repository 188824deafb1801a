// Where ОКО remembers what a cell looked like before it marked it: a very hidden sheet
// «ОКО_отметки», one row per marked cell, so that «Снять подсветку» still works in another
// session or on another computer. Every cell is written as text ('@'): a user's note that
// starts with «=» stays a note. The sheet is deleted when its last record is.
import { MarkRecord } from '../../core/roadmap/marks';
import { rangeA1 } from '../../core/grid';
import { Features } from './api';
import { actionBytes, Batcher, jsonBytes, runsUnder } from './chunks';
import { readValues } from './read-pieces';

export const MARKS_SHEET = 'ОКО_отметки';
export const MARKS_HEADER = ['Лист', 'Ячейка', 'Исходная заливка', 'Исходное примечание', 'Заливка ОКО', 'Примечание ОКО'];
const WIDTH = MARKS_HEADER.length;

export interface Store {
  ws: Excel.Worksheet | null;
  /** All records, of every sheet, in the order they were written. */
  records: MarkRecord[];
  /** 0-based index of the first row after the last record. */
  end: number;
}

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v));
const orNull = (v: unknown): string | null => (text(v) === '' ? null : text(v));

function recordOf(row: unknown[]): MarkRecord | null {
  if (text(row[0]) === '' || text(row[1]) === '') return null;
  return { sheet: text(row[0]), cell: text(row[1]), originalFill: orNull(row[2]), originalNote: orNull(row[3]), fill: text(row[4]), note: text(row[5]) };
}

const toRow = (r: MarkRecord): string[] => [r.sheet, r.cell, r.originalFill ?? '', r.originalNote ?? '', r.fill, r.note];

/** The store from its values (row 0 is the header). */
function storeOf(ws: Excel.Worksheet, values: unknown[][]): Store {
  const records: MarkRecord[] = [];
  let end = 1;
  values.forEach((row, r) => {
    if (r === 0) return;
    const rec = recordOf(row);
    if (rec) {
      records.push(rec);
      end = r + 1;
    }
  });
  return { ws, records, end };
}

/** Reads the store: one sync, or pieces when thousands of long notes pass 5 MB on the web. */
export async function readStore(ctx: Excel.RequestContext, exists: boolean): Promise<Store> {
  if (!exists) return { ws: null, records: [], end: 1 };
  const ws = ctx.workbook.worksheets.getItem(MARKS_SHEET);
  return storeOf(ws, await readValues(ctx, ws, MARKS_SHEET));
}

/** Text rows at 0-based row `top`, format first so that nothing is read as a formula. */
async function writeRows(b: Batcher, ws: Excel.Worksheet, top: number, rows: string[][]): Promise<void> {
  const at = (from: number, to: number): Excel.Range => ws.getRange(rangeA1({ top: top + from, left: 0, bottom: top + to - 1, right: WIDTH - 1 }));
  const TEXT = JSON.stringify(Array(WIDTH).fill('@')).length;
  for (const [from, to] of runsUnder(rows.length, (i) => jsonBytes(rows[i]) + TEXT)) {
    const part = rows.slice(from, to);
    await b.room(actionBytes(part) * 2);
    const range = at(from, to);
    range.numberFormat = part.map((r) => r.map(() => '@'));
    range.values = part;
  }
}

export async function appendRecords(ctx: Excel.RequestContext, b: Batcher, f: Features, store: Store, records: MarkRecord[]): Promise<void> {
  let ws = store.ws;
  if (!ws) {
    await b.room(actionBytes(MARKS_HEADER) * 3);
    ws = ctx.workbook.worksheets.add(MARKS_SHEET);
    // Hiding a sheet needs ExcelApi 1.2: in Excel 2016 the records stay in sight.
    if (f.hideSheets) ws.visibility = 'VeryHidden';
    await writeRows(b, ws, 0, [MARKS_HEADER]);
  }
  await writeRows(b, ws, store.end, records.map(toRow));
}

/** Keeps only `kept` (in order) and clears the rows below them, or deletes the sheet. */
export async function rewriteStore(b: Batcher, store: Store, kept: MarkRecord[]): Promise<void> {
  const ws = store.ws;
  if (!ws) return;
  if (kept.length === 0) {
    await b.room(actionBytes());
    ws.delete();
    return;
  }
  await writeRows(b, ws, 1, kept.map(toRow));
  const tail = 1 + kept.length;
  if (store.end > tail) {
    await b.room(actionBytes());
    ws.getRange(rangeA1({ top: tail, left: 0, bottom: store.end - 1, right: WIDTH - 1 })).clear('Contents');
  }
}
