// Merged ranges as a per-row index, so that «which merge covers this cell» costs a short
// scan of that row's merges instead of a search over the whole sheet.
import { CellRange, SheetGrid, CellValue, valueAt } from '../grid';

export class MergeIndex {
  /** byRow[r]: the merges that cross row r (an array indexed by row: looked up for every cell read). */
  private readonly byRow: (CellRange[] | undefined)[] = [];

  constructor(merges: CellRange[], maxRow: number) {
    for (const m of merges) {
      const bottom = Math.min(m.bottom, maxRow);
      for (let r = m.top; r <= bottom; r++) {
        const list = this.byRow[r];
        if (list) list.push(m);
        else this.byRow[r] = [m];
      }
    }
  }

  /** The merge that covers the cell, or null. */
  at(row: number, col: number): CellRange | null {
    const list = this.byRow[row];
    if (!list) return null;
    for (const m of list) if (col >= m.left && col <= m.right) return m;
    return null;
  }

  /** True when the cell is inside a merge but is not its top-left cell. */
  isCovered(row: number, col: number): boolean {
    const m = this.at(row, col);
    return m !== null && (m.top !== row || m.left !== col);
  }
}

/** A view of a sheet in which every cell of a merge reads as the merge's top-left value. */
export class MergedView {
  readonly merges: MergeIndex;

  constructor(readonly grid: SheetGrid) {
    this.merges = new MergeIndex(grid.merges, grid.values.length - 1);
  }

  value(row: number, col: number): CellValue {
    const m = this.merges.at(row, col);
    return m ? valueAt(this.grid, m.top, m.left) : valueAt(this.grid, row, col);
  }

  text(row: number, col: number): string {
    const v = this.value(row, col);
    if (v === null) return '';
    return typeof v === 'string' ? v.trim() : String(v);
  }

  /** The cell's own text: '' for a cell covered by a merge that starts elsewhere. */
  ownText(row: number, col: number): string {
    const m = this.merges.at(row, col);
    if (m && (m.top !== row || m.left !== col)) return '';
    const v = valueAt(this.grid, row, col);
    if (v === null) return '';
    return typeof v === 'string' ? v.trim() : String(v);
  }

  /** The top-left cell that holds this cell's value. */
  origin(row: number, col: number): { row: number; col: number } {
    const m = this.merges.at(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }
}
