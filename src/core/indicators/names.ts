// Names as keys: «МБОУ «СОШ № 1»» and «мбоу «сош № 1» » are one school. Rows of a large register
// repeat a few names, so a name is folded only the first time its exact text is seen (texts and
// numbers are looked up in maps of their own, which keeps each lookup monomorphic and cheap).
import { CellValue } from '../grid';
import { fold } from '../text';

export class NameIndex {
  /** Each name as first written (trimmed), by index. */
  readonly names: string[] = [];
  private readonly texts = new Map<string, number>();
  private readonly numbers = new Map<number, number>();
  private readonly folded = new Map<string, number>();
  /** The last text asked for: rows of one school come together, so most lookups are this one. */
  private lastText: string | null = null;
  private lastIndex = -1;

  get size(): number {
    return this.names.length;
  }

  /** The name's index, adding it when new; -1 for an empty cell (or TRUE/FALSE). */
  indexOf(v: CellValue): number {
    return typeof v === 'string' ? this.indexOfText(v) : typeof v === 'number' ? this.indexOfNumber(v) : -1;
  }

  indexOfText(v: string): number {
    if (v === this.lastText) return this.lastIndex;
    let i = this.texts.get(v);
    if (i === undefined) {
      i = this.add(v.trim());
      this.texts.set(v, i);
    }
    this.lastText = v;
    this.lastIndex = i;
    return i;
  }

  indexOfNumber(v: number): number {
    const hit = this.numbers.get(v);
    if (hit !== undefined) return hit;
    const i = this.add(String(v));
    this.numbers.set(v, i);
    return i;
  }

  private add(text: string): number {
    if (text === '') return -1;
    const key = fold(text);
    let i = this.folded.get(key);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(text);
      this.folded.set(key, i);
    }
    return i;
  }
}
