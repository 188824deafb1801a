// Where the template's columns are in a school's sheet when the school unprotected it and
// inserted (or deleted) columns. Each column of locked text is looked for, left to right, near
// where it should be, by the texts it holds in any row (rows may have moved as well); a column
// without locked text moves with the nearest one on its left.
import { SheetGrid } from '../grid';
import { fold } from '../text';
import { LockedCell } from './description';
import { followShifts } from './follow-shifts';

export interface ColumnMap {
  of(templateCol: number): number;
  /** The first column found elsewhere, with a locked cell of it, for the message; null: none moved. */
  shifted: { from: number; to: number; locked: LockedCell } | null;
}

export const SAME_COLUMNS: ColumnMap = { of: (c) => c, shifted: null };

/** How far (in columns) a column of locked text is looked for from where it should be. */
const MAX_COLUMN_SHIFT = 50;
/** A column is found where at least this share of its locked texts is. */
const FOUND_SHARE = 0.5;

const textOf = (v: unknown): string => (typeof v === 'string' ? fold(v.trim()) : typeof v === 'number' ? String(v) : '');

/** The column map, or null when every column of locked text is where the template has it (or nowhere). */
export function mapColumns(locked: readonly LockedCell[], grid: SheetGrid): ColumnMap | null {
  const byCol = new Map<number, { texts: Set<string>; first: LockedCell }>();
  for (const l of locked) {
    const t = textOf(l.text);
    if (!t) continue;
    const col = byCol.get(l.col);
    if (col) col.texts.add(t);
    else byCol.set(l.col, { texts: new Set([t]), first: l });
  }
  const wanted = new Set<string>();
  for (const { texts } of byCol.values()) for (const t of texts) wanted.add(t);
  // Which of the template's texts each column of the school's sheet holds.
  const inColumn = new Map<number, Set<string>>();
  for (const row of grid.values) {
    for (let c = 0; c < row.length; c++) {
      const t = textOf(row[c]);
      if (!t || !wanted.has(t)) continue;
      const set = inColumn.get(c);
      if (set) set.add(t);
      else inColumn.set(c, new Set([t]));
    }
  }
  const holds = (texts: Set<string>, c: number): boolean => {
    const there = inColumn.get(c);
    if (!there) return false;
    let n = 0;
    for (const t of texts) if (there.has(t)) n++;
    return n >= texts.size * FOUND_SHARE;
  };
  const cols = [...byCol.keys()].sort((a, b) => a - b);
  const mapped = new Map<number, number>();
  let delta = 0;
  let floor = 0;
  let shifted: ColumnMap['shifted'] = null;
  for (const C of cols) {
    const { texts, first } = byCol.get(C) as { texts: Set<string>; first: LockedCell };
    const expected = C + delta;
    let found = expected >= floor && holds(texts, expected) ? expected : -1;
    for (let k = 1; found < 0 && k <= MAX_COLUMN_SHIFT; k++) {
      if (holds(texts, expected + k)) found = expected + k;
      else if (expected - k >= floor && holds(texts, expected - k)) found = expected - k;
    }
    // Not found anywhere near: edited text, left where the columns before it put it.
    if (found < 0) found = Math.max(expected, floor);
    if (found !== C && !shifted) shifted = { from: C, to: found, locked: first };
    delta = found - C;
    floor = found + 1;
    mapped.set(C, found);
  }
  if (!shifted) return null;
  return { of: followShifts(mapped), shifted };
}
