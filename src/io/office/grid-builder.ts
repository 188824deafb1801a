// Assembles a SheetGrid from what Office.js returns for a range (or for several row pieces of
// it): values with dates already as serial numbers, number formats, hyperlinks, merged areas.
import { CellRange, CellValue, cellKey, SheetGrid, SheetProtection } from '../../core/grid';

/** Office.js gives '' for an empty cell; the engine wants null. */
const plain = (v: unknown): CellValue => (v === '' || v === null || v === undefined ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v));

/** Only the allow-* switches: selectionMode is not a boolean and the grid does not carry it. */
export function protectionOf(p: Excel.WorksheetProtection | null): SheetProtection | null {
  if (!p || !p.protected) return null;
  const options: Record<string, boolean> = {};
  for (const [k, v] of Object.entries(p.options ?? {})) if (typeof v === 'boolean') options[k] = v;
  // Whether a password is set is not readable outside Excel on the web (isPasswordProtected is
  // ExcelApiOnline only): assume one, so that the task pane asks rather than fails.
  return { protected: true, hasPassword: true, options };
}

export class GridBuilder {
  private readonly values: CellValue[][] = [];
  private readonly numberFormats = new Map<string, string>();
  private readonly links = new Map<string, string>();
  private readonly merges: CellRange[] = [];

  constructor(private readonly name: string) {}

  /**
   * A block read at (top, left), 0-based. Number formats are kept for cells with a value, and
   * with `emptyFormats` for empty ones too: a blank's inputs are empty, and typed by format.
   */
  put(top: number, left: number, values: unknown[][], formats?: unknown[][], props?: Excel.CellProperties[][], emptyFormats = false): void {
    values.forEach((row, i) => {
      const r = top + i;
      const out = (this.values[r] ??= []);
      row.forEach((v, j) => {
        const c = left + j;
        const value = plain(v);
        const fmt = formats?.[i]?.[j];
        if (value === null) {
          if (emptyFormats && typeof fmt === 'string' && fmt !== 'General') this.numberFormats.set(cellKey(r, c), fmt);
          return;
        }
        out[c] = value;
        if (typeof fmt === 'string' && fmt !== 'General') this.numberFormats.set(cellKey(r, c), fmt);
        const link = props?.[i]?.[j]?.hyperlink?.address;
        if (link) this.links.set(cellKey(r, c), link);
      });
    });
  }

  addMerges(list: CellRange[]): void {
    this.merges.push(...list);
  }

  build(protection: SheetProtection | null): SheetGrid {
    const values = this.values;
    // Holes left by skipped empty cells become null; trailing empty rows are dropped.
    for (let r = 0; r < values.length; r++) {
      const row = (values[r] ??= []);
      for (let c = 0; c < row.length; c++) if (row[c] === undefined) row[c] = null;
    }
    while (values.length && values[values.length - 1].length === 0) values.pop();
    const merges = [...this.merges].sort((a, b) => a.top - b.top || a.left - b.left);
    return { name: this.name, values, numberFormats: this.numberFormats, links: this.links, merges, protection };
  }
}
