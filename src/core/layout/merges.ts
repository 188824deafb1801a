// Merged ranges as a per-row index, so that «which merge covers this cell» costs a short
// scan of that row's merges instead of a search over the whole sheet.
import { CellRange, SheetGrid, CellValue, valueAt, valueText } from '../grid';

export class MergeIndex {
  /**
   * The merges that cross row r are merges[order[k]] for k from first[r] to first[r + 1] - 1,
   * in the order given: looked up for every cell read, and built in two passes over the merges
   * without an array per row (a big roadmap has tens of thousands of merged rows).
   */
  private readonly first: Uint32Array;
  private readonly order: Uint32Array;
  private readonly merges: CellRange[];
  /** Rows the index covers: up to the last row a merge reaches, at most maxRow. */
  private readonly rows: number;

  constructor(merges: CellRange[], maxRow: number) {
    this.merges = merges.slice();
    // Indexed loops (see colCount() in grid.ts): tens of thousands of merges, once per sheet.
    let last = -1;
    for (let i = 0; i < merges.length; i++) if (merges[i].bottom > last) last = merges[i].bottom;
    const rows = (this.rows = Math.max(0, Math.min(last, maxRow) + 1));
    const first = (this.first = new Uint32Array(rows + 1));
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top, bottom = Math.min(m.bottom, rows - 1); r <= bottom; r++) first[r + 1]++;
    }
    for (let r = 0; r < rows; r++) first[r + 1] += first[r];
    const order = (this.order = new Uint32Array(first[rows]));
    const next = first.slice(0, rows);
    for (let i = 0; i < merges.length; i++) {
      const m = merges[i];
      for (let r = m.top, bottom = Math.min(m.bottom, rows - 1); r <= bottom; r++) order[next[r]++] = i;
    }
  }

  /** The merge that covers the cell, or null. */
  at(row: number, col: number): CellRange | null {
    if (!(row >= 0 && row < this.rows)) return null;
    for (let k = this.first[row], end = this.first[row + 1]; k < end; k++) {
      const m = this.merges[this.order[k]];
      if (col >= m.left && col <= m.right) return m;
    }
    return null;
  }

  /** How many merges cross the row; mergeInRow(row, k) gives each (no array per row). */
  countInRow(row: number): number {
    return row >= 0 && row < this.rows ? this.first[row + 1] - this.first[row] : 0;
  }

  mergeInRow(row: number, k: number): CellRange {
    return this.merges[this.order[this.first[row] + k]];
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
    return valueText(this.value(row, col));
  }

  /** The cell's own text: '' for a cell covered by a merge that starts elsewhere. */
  ownText(row: number, col: number): string {
    const m = this.merges.at(row, col);
    if (m && (m.top !== row || m.left !== col)) return '';
    return valueText(valueAt(this.grid, row, col));
  }

  /**
   * The row's first `width` cells at once, as value() and ownText() give them one by one:
   * `values[c]` is what the cell shows, `top[c]` the row its value comes from, and
   * `covered[c]` 1 for a cell inside a merge that starts elsewhere. For scans of every row: one
   * pass over the row's merges instead of a lookup per cell.
   */
  readRow(row: number, width: number, values: CellValue[], top: Int32Array, covered: Uint8Array): void {
    const cells = this.grid.values[row];
    const own = cells === undefined ? 0 : Math.min(width, cells.length);
    for (let c = 0; c < own; c++) values[c] = (cells as CellValue[])[c] ?? null;
    for (let c = own; c < width; c++) values[c] = null;
    top.fill(row, 0, width);
    covered.fill(0, 0, width);
    // Backwards, so that where merges overlap (Excel forbids it) the one at() finds wins.
    for (let k = this.merges.countInRow(row) - 1; k >= 0; k--) {
      const m = this.merges.mergeInRow(row, k);
      const v = valueAt(this.grid, m.top, m.left);
      for (let c = m.left, right = Math.min(m.right, width - 1); c <= right; c++) {
        values[c] = v;
        top[c] = m.top;
        covered[c] = m.top !== row || m.left !== c ? 1 : 0;
      }
    }
  }

  /** The top-left cell that holds this cell's value. */
  origin(row: number, col: number): { row: number; col: number } {
    const m = this.merges.at(row, col);
    return m ? { row: m.top, col: m.left } : { row, col };
  }
}
