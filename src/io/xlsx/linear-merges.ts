// ExcelJS checks each merge it loads against every merge loaded before it (O(n²)): a sheet
// with 10 000 merged ranges takes over ten seconds to open. The merges in a saved file are
// already disjoint, so when loading we apply them without that check. Same effect, linear.
// This is also where a sheet with more merges (or merged cells) than ОКО reads is refused:
// before ExcelJS creates an object for every merged cell.
import ExcelJS from 'exceljs';
import { InputError } from './input-error';
import { LIMITS } from './limits';

interface RangeLike {
  top: number;
  left: number;
  bottom: number;
  right: number;
}
interface CellLike {
  address: string;
  merge(master: CellLike, ignoreStyle: boolean): void;
}
interface WorksheetInternals {
  name: string;
  _merges: Record<string, RangeLike>;
  getCell(row: number, col: number): CellLike;
  _parseMergeCells(model: { mergeCells?: string[] }): void;
}

let installed = false;

export function installLinearMergeLoading(): void {
  if (installed) return;
  installed = true;
  // ExcelJS exports neither its Worksheet nor its Range class; take both from a scratch sheet.
  const scratch = new ExcelJS.Workbook().addWorksheet('scratch') as unknown as WorksheetInternals & ExcelJS.Worksheet;
  scratch.mergeCells('A1:B1');
  const RangeCtor = scratch._merges.A1.constructor as new (ref: string) => RangeLike;
  const proto = Object.getPrototypeOf(scratch) as WorksheetInternals;
  proto._parseMergeCells = function parseMergeCellsLinear(this: WorksheetInternals, model) {
    const refs = model.mergeCells ?? [];
    if (refs.length > LIMITS.mergesPerSheet) {
      throw new InputError({ kind: 'too-many-merges', sheet: this.name, count: refs.length, limit: LIMITS.mergesPerSheet });
    }
    const ranges = refs.map((ref) => new RangeCtor(ref));
    const area = ranges.reduce((sum, r) => sum + (r.bottom - r.top + 1) * (r.right - r.left + 1), 0);
    if (area > LIMITS.mergedCellsPerSheet) {
      throw new InputError({ kind: 'too-many-merged-cells', sheet: this.name, count: area, limit: LIMITS.mergedCellsPerSheet });
    }
    for (const range of ranges) {
      const master = this.getCell(range.top, range.left);
      for (let r = range.top; r <= range.bottom; r++) {
        for (let c = range.left; c <= range.right; c++) {
          if (r !== range.top || c !== range.left) this.getCell(r, c).merge(master, true);
        }
      }
      this._merges[master.address] = range;
    }
  };
}
