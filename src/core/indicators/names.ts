// Names as keys: «МБОУ «СОШ № 1»» and «мбоу «сош № 1» » are one school. Rows of a large register
// repeat a few names, so a name is folded only the first time its exact text is seen.
import { CellValue } from '../grid';
import { fold } from '../text';

export class NameIndex {
  /** Each name as first written (trimmed), by index. */
  readonly names: string[] = [];
  private readonly exact = new Map<string | number, number>();
  private readonly folded = new Map<string, number>();

  get size(): number {
    return this.names.length;
  }

  /** The name's index, adding it when new; -1 for an empty cell. */
  indexOf(v: CellValue): number {
    if (v === null || typeof v === 'boolean') return -1;
    const hit = this.exact.get(v);
    if (hit !== undefined) return hit;
    const text = typeof v === 'number' ? String(v) : v.trim();
    if (text === '') return -1;
    const key = fold(text);
    let i = this.folded.get(key);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(text);
      this.folded.set(key, i);
    }
    this.exact.set(v, i);
    return i;
  }
}
