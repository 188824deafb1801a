// Finds a table's header row by synonyms, below any title rows, and tells which column
// holds which field. Shared by every table ОКО reads (roadmaps, registers, staff lists).
import { colCount } from '../grid';
import { fold } from '../text';
import { MergedView } from './merges';

export interface ColumnSpec<K extends string> {
  key: K;
  /** Tested against the folded header text (lower case, ё → е, single spaces). */
  match: RegExp;
}

export interface HeaderMatch<K extends string> {
  /** 0-based row of the header (the lower row when the header takes two rows). */
  row: number;
  /** 0-based first data row: after the header and any «1 2 3 4» column-numbering row. */
  dataStart: number;
  columns: Partial<Record<K, number>>;
  /** Header text per column, as written. */
  labels: Map<number, string>;
}

export interface HeaderOptions<K extends string> {
  /** The header must have every key of at least one of these groups. */
  requireAll: K[];
  requireAny?: K[];
  /** How many rows from the top to look at. */
  maxRows?: number;
  /** Fewest non-empty cells a header row has (default 2). */
  minLabels?: number;
}

function labelsAt(view: MergedView, row: number, width: number): { labels: Map<number, string>; twoRow: boolean } {
  const labels = new Map<number, string>();
  let twoRow = false;
  for (let c = 0; c < width; c++) {
    const own = view.text(row, c);
    if (own === '') continue;
    const m = view.merges.at(row, c);
    // A group header merged across columns with sub-headers below: «Исполнение» over «Отметка», «Дата».
    const below = row + 1 < view.grid.values.length ? view.ownText(row + 1, c) : '';
    if (m && m.right > m.left && m.bottom === row && below !== '') {
      labels.set(c, `${below} (${own})`);
      twoRow = true;
    } else labels.set(c, own);
  }
  if (twoRow) {
    // Columns that only have text on the lower row are sub-headers too.
    for (let c = 0; c < width; c++) {
      const below = view.ownText(row + 1, c);
      if (!labels.has(c) && below !== '') labels.set(c, below);
    }
  }
  return { labels, twoRow };
}

function assign<K extends string>(labels: Map<number, string>, specs: ColumnSpec<K>[]): Partial<Record<K, number>> {
  const columns: Partial<Record<K, number>> = {};
  for (const [c, label] of [...labels].sort((a, b) => a[0] - b[0])) {
    const f = fold(label);
    if (f.length > 120) continue; // a paragraph is not a header
    const spec = specs.find((s) => columns[s.key] === undefined && s.match.test(f));
    if (spec) columns[spec.key] = c;
  }
  return columns;
}

/** A row like «1 | 2 | 3 | 4» printed under a header to number the columns. */
export function isColumnNumbering(view: MergedView, row: number, width: number): boolean {
  const nums: number[] = [];
  for (let c = 0; c < width; c++) {
    const t = view.ownText(row, c);
    if (t === '') continue;
    if (!/^\d{1,2}\.?$/.test(t)) return false;
    nums.push(parseInt(t, 10));
  }
  return nums.length >= 3 && nums.every((n, i) => i === 0 || n > nums[i - 1]);
}

export function findHeader<K extends string>(
  view: MergedView,
  specs: ColumnSpec<K>[],
  opts: HeaderOptions<K>,
): HeaderMatch<K> | null {
  const width = colCount(view.grid);
  const last = Math.min(view.grid.values.length, opts.maxRows ?? 40);
  let best: (HeaderMatch<K> & { score: number }) | null = null;
  for (let r = 0; r < last; r++) {
    const { labels, twoRow } = labelsAt(view, r, width);
    if (labels.size < (opts.minLabels ?? 2)) continue;
    const columns = assign(labels, specs);
    if (!opts.requireAll.every((k) => columns[k] !== undefined)) continue;
    if (opts.requireAny && !opts.requireAny.some((k) => columns[k] !== undefined)) continue;
    const score = Object.keys(columns).length;
    if (best && score <= best.score) continue;
    const headerRow = twoRow ? r + 1 : r;
    let dataStart = headerRow + 1;
    while (dataStart < view.grid.values.length && isColumnNumbering(view, dataStart, width)) dataStart++;
    best = { row: headerRow, dataStart, columns, labels, score };
  }
  if (!best) return null;
  const { score: _score, ...match } = best;
  return match;
}
