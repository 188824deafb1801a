// The task pane's host for an .xlsx file opened in a browser (or in Node for tests): the
// same WorkbookHost as Excel, over an ExcelJS copy of the file. The user's file is never
// written; download() returns a new workbook with every input sheet kept and each sheet's
// protection element put back byte for byte (ExcelJS drops the legacy password hash).
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { dayFromExcelSerial, toIso } from '../../core/dates';
import { SheetGrid } from '../../core/grid';
import { SheetInfo, WorkbookHost } from '../../core/host';
import { MarkPlan, MarkRecord, restorePlan } from '../../core/roadmap/marks';
import { REGISTER_HEADERS } from '../../core/roadmap/register-plan';
import { TypedTracking } from '../../core/roadmap/tracking';
import { WritePlan } from '../../core/plan';
import { applyPlan } from './apply-plan';
import { sheetNames } from './inspect';
import { describeProblem } from '../../core/input-problems';
import { InputError } from './input-error';
import { readLean } from './lean-read';
import { loadWorkbook } from './read-workbook';
import { plain, worksheetToGrid } from './to-grid';
import { argbOf } from './colors';

export const MARKS_SHEET = 'ОКО_отметки';
const MARKS_HEADER = ['Лист', 'Ячейка', 'Исходная заливка', 'Исходное примечание', 'Заливка ОКО', 'Примечание ОКО'];


/**
 * Sets a cell's fill on a style of its own: ExcelJS shares one style object between all the
 * cells a file gave the same style, so assigning cell.fill would recolour all of them.
 */
function setFill(cell: ExcelJS.Cell, fill: ExcelJS.Fill): void {
  cell.style = { ...cell.style, fill };
}

/**
 * Removes a cell's note. ExcelJS has no API for it (assigning undefined leaves an empty note),
 * and a note read from a file also lives on in the cell's value model, which is what it writes.
 */
function removeNote(cell: ExcelJS.Cell): void {
  const internals = cell as unknown as { _comment?: unknown; _value?: { model?: { comment?: unknown } } };
  internals._comment = undefined;
  if (internals._value?.model) delete internals._value.model.comment;
}

function fillOf(cell: ExcelJS.Cell): string | null {
  const fill = cell.fill as ExcelJS.FillPattern | undefined;
  if (!fill || fill.type !== 'pattern' || fill.pattern !== 'solid') return null;
  const argb = fill.fgColor?.argb;
  return argb ? `#${argb.slice(-6).toUpperCase()}` : null;
}

function noteOf(cell: ExcelJS.Cell): string | null {
  const note = cell.note as string | ExcelJS.Comment | undefined;
  if (note === undefined || note === null) return null;
  if (typeof note === 'string') return note;
  return (note.texts ?? []).map((t) => t.text).join('');
}

/** A cell's value as text (hyperlinks by their text, rich text joined; dates as serials). */
const text = (v: ExcelJS.CellValue): string => {
  const p = plain(v);
  return p === null ? '' : String(p);
};

export class FileHost implements WorkbookHost {
  readonly kind = 'file';

  private constructor(
    private readonly original: Uint8Array,
    private readonly workbook: ExcelJS.Workbook,
    /** The file has charts or drawings, which ExcelJS does not carry into the downloaded copy. */
    readonly hasDrawings: boolean,
    /** How messages name the file. */
    private readonly name: string,
  ) {}

  static async open(bytes: Uint8Array, name = 'книга'): Promise<FileHost> {
    const workbook = await loadWorkbook(bytes);
    const zip = await JSZip.loadAsync(bytes);
    const hasDrawings = Object.keys(zip.files).some((p) => /^xl\/(charts|drawings|media)\//.test(p));
    return new FileHost(bytes, workbook, hasDrawings, name);
  }

  async listSheets(): Promise<SheetInfo[]> {
    const activeTab = this.workbook.views?.[0]?.activeTab ?? 0;
    return this.workbook.worksheets
      .filter((ws) => ws.state === 'visible' || ws.state === undefined)
      .map((ws) => ({
        name: ws.name,
        active: this.workbook.worksheets.indexOf(ws) === activeTab,
        protected: Boolean((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet),
      }));
  }

  /** Every sheet but ОКО's record of marks; very hidden ones too (the saved template description). */
  async readSheets(): Promise<SheetGrid[]> {
    return this.workbook.worksheets.filter((ws) => ws.name !== MARKS_SHEET).map(worksheetToGrid);
  }

  /**
   * The file as it was opened, read as `oko collect --template` reads a blank (the lean reader
   * keeps unlocked cells and data validation, which the ExcelJS copy does not expose as such).
   */
  async readInputs(): Promise<SheetGrid[]> {
    try {
      return (await readLean(this.original)).sheets;
    } catch (e) {
      throw e instanceof InputError ? new Error(describeProblem(this.name, e.problem)) : e;
    }
  }

  async readRegisterTracking(registerSheet: string): Promise<TypedTracking[]> {
    const ws = this.workbook.getWorksheet(registerSheet);
    if (!ws) return [];
    // The header row is the first row with the activity header in it (a title may stand above).
    let header = 0;
    const cols = new Map<string, number>();
    ws.eachRow((row, n) => {
      if (header) return;
      row.eachCell((cell, c) => cols.set(text(cell.value), c));
      if (cols.has(REGISTER_HEADERS.activity)) header = n;
      else cols.clear();
    });
    if (!header) return [];
    const at = (row: ExcelJS.Row, name: string): ExcelJS.CellValue => (cols.has(name) ? row.getCell(cols.get(name) as number).value : null);
    const out: TypedTracking[] = [];
    for (let n = header + 1; n <= ws.rowCount; n++) {
      const row = ws.getRow(n);
      const done = plain(at(row, REGISTER_HEADERS.doneOn));
      out.push({
        id: text(at(row, REGISTER_HEADERS.id)),
        activity: text(at(row, REGISTER_HEADERS.activity)),
        status: text(at(row, REGISTER_HEADERS.status)),
        doneOn: typeof done === 'number' ? toIso(dayFromExcelSerial(done)) : done === null ? '' : String(done),
        proof: text(at(row, REGISTER_HEADERS.proof)),
      });
    }
    return out;
  }

  async writePlan(plan: WritePlan): Promise<void> {
    applyPlan(this.workbook, plan);
  }

  private marksSheet(): ExcelJS.Worksheet {
    let ws = this.workbook.getWorksheet(MARKS_SHEET);
    if (!ws) {
      ws = this.workbook.addWorksheet(MARKS_SHEET, { state: 'veryHidden' });
      ws.addRow(MARKS_HEADER);
    }
    return ws;
  }

  private records(): { row: number; record: MarkRecord }[] {
    const ws = this.workbook.getWorksheet(MARKS_SHEET);
    if (!ws) return [];
    const out: { row: number; record: MarkRecord }[] = [];
    ws.eachRow((row, n) => {
      if (n === 1) return;
      const v = (i: number): string => text(row.getCell(i).value);
      out.push({
        row: n,
        record: { sheet: v(1), cell: v(2), originalFill: v(3) || null, originalNote: v(4) || null, fill: v(5), note: v(6) },
      });
    });
    return out;
  }

  // A file's protection is not enforced by ExcelJS, and the output is a new file whose
  // protection is restored verbatim: no password is needed to mark a copy.
  async mark(plan: MarkPlan): Promise<void> {
    const ws = this.workbook.getWorksheet(plan.sheet);
    if (!ws) return;
    const log = this.marksSheet();
    for (const m of plan.marks) {
      const cell = ws.getCell(m.cell);
      log.addRow([plan.sheet, m.cell, fillOf(cell) ?? '', noteOf(cell) ?? '', m.fill, m.note]);
      setFill(cell, { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(m.fill) } });
      cell.note = m.note;
    }
  }

  async unmark(sheet: string): Promise<void> {
    const ws = this.workbook.getWorksheet(sheet);
    const mine = this.records().filter((r) => r.record.sheet === sheet);
    if (!ws || mine.length === 0) return;
    const restores = restorePlan(
      mine.map((r) => r.record),
      (address) => ({ fill: fillOf(ws.getCell(address)), note: noteOf(ws.getCell(address)) }),
    );
    for (const r of restores) {
      const cell = ws.getCell(r.cell);
      if (r.fill !== undefined) {
        setFill(cell, r.fill === null ? { type: 'pattern', pattern: 'none' } : { type: 'pattern', pattern: 'solid', fgColor: { argb: argbOf(r.fill) } });
      }
      if (r.note === null) removeNote(cell);
      else if (r.note !== undefined) cell.note = r.note;
    }
    const log = this.workbook.getWorksheet(MARKS_SHEET) as ExcelJS.Worksheet;
    for (const { row } of [...mine].sort((a, b) => b.row - a.row)) log.spliceRows(row, 1);
  }

  async select(): Promise<void> {
    // Nothing to select in a file: the pane shows the cell address itself.
  }

  /** The result workbook: input sheets kept (with their protection exactly as found), ОКО's sheets added. */
  async download(): Promise<Uint8Array> {
    const written = new Uint8Array((await this.workbook.xlsx.writeBuffer()) as ArrayBuffer);
    return restoreProtection(this.original, written);
  }
}

/** Puts each input sheet's <sheetProtection …/> element back into the written package as it was. */
async function restoreProtection(original: Uint8Array, written: Uint8Array): Promise<Uint8Array> {
  const [src, out] = await Promise.all([JSZip.loadAsync(original), JSZip.loadAsync(written)]);
  const srcPaths = invert(await sheetNames(src));
  const outPaths = invert(await sheetNames(out));
  let changed = false;
  for (const [name, srcPath] of srcPaths) {
    const outPath = outPaths.get(name);
    if (!outPath) continue;
    const before = /<sheetProtection\b[^>]*\/>/.exec((await src.file(srcPath)?.async('string')) ?? '')?.[0];
    const xml = (await out.file(outPath)?.async('string')) ?? '';
    const now = /<sheetProtection\b[^>]*\/>/.exec(xml)?.[0];
    if (!before || !now || before === now) continue;
    out.file(outPath, xml.replace(now, before));
    changed = true;
  }
  return changed ? out.generateAsync({ type: 'uint8array', compression: 'DEFLATE' }) : written;
}

const invert = (m: Map<string, string>): Map<string, string> => new Map([...m].map(([path, name]) => [name, path]));
