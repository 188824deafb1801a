// The fallback read, for sheets that one request cannot carry: the used ranges are read in
// pieces of rows, as many cells per sync as the previous piece shows will fit in 3.5 MB, and
// merged areas are asked for in blocks of at most 512 cells — getMergedAreasOrNullObject
// fails over 512 merged areas, and a block of 512 cells cannot hold more than 512 of their
// top-left cells (it reports a merged area by its top-left cell, so none is counted twice).
import { CellRange, CellValue, rangeA1, SheetGrid } from '../../core/grid';
import { Features, featuresOf } from './api';
import { parseAreas } from './addresses';
import { jsonBytes } from './chunks';
import { GridBuilder, protectionOf } from './grid-builder';
import type { SheetHandle } from './read-sheets';

const RESPONSE_TARGET = 3.5 * 1024 * 1024;
const FIRST_CELLS = 20_000;
const MIN_CELLS = 64;
const MAX_CELLS = 500_000;
const MERGE_BLOCK = 512;

interface Extent {
  top: number;
  left: number;
  rows: number;
  cols: number;
}

interface Piece {
  sheet: number;
  /** First row, relative to the used range. */
  from: number;
  rows: number;
}

function mergeBlocks(ws: Excel.Worksheet, area: CellRange): Excel.RangeAreas[] {
  const width = area.right - area.left + 1;
  const colsPer = Math.min(width, MERGE_BLOCK);
  const rowsPer = Math.max(1, Math.floor(MERGE_BLOCK / colsPer));
  const out: Excel.RangeAreas[] = [];
  for (let r = area.top; r <= area.bottom; r += rowsPer) {
    for (let c = area.left; c <= area.right; c += colsPer) {
      const block = { top: r, left: c, bottom: Math.min(area.bottom, r + rowsPer - 1), right: Math.min(area.right, c + colsPer - 1) };
      out.push(ws.getRange(rangeA1(block)).getMergedAreasOrNullObject().load('address'));
    }
  }
  return out;
}

/** The next pieces to read in one sync: up to `budget` cells, across sheets in order. */
function nextPieces(extents: Extent[], done: number[], budget: number): Piece[] {
  const out: Piece[] = [];
  let cells = 0;
  for (let s = 0; s < extents.length && cells < budget; s++) {
    const e = extents[s];
    const left = e.rows - done[s];
    if (left <= 0) continue;
    const fit = Math.floor((budget - cells) / e.cols);
    if (fit < 1 && out.length) break;
    const rows = Math.min(left, Math.max(1, fit));
    out.push({ sheet: s, from: done[s], rows });
    cells += rows * e.cols;
    if (rows < left) break;
  }
  return out;
}

export async function readInPieces(ctx: Excel.RequestContext, handles: SheetHandle[], f: Features): Promise<SheetGrid[]> {
  const used = handles.map((h) => (f.valuesOnly ? h.ws.getUsedRange(true) : h.ws.getUsedRange()).load('rowIndex,columnIndex,rowCount,columnCount'));
  await ctx.sync();
  const extents: Extent[] = used.map((u) => ({ top: u.rowIndex, left: u.columnIndex, rows: u.rowCount, cols: u.columnCount }));
  const builders = handles.map((h) => new GridBuilder(h.name));
  const done = extents.map(() => 0);
  let budget = FIRST_CELLS;
  for (;;) {
    const pieces = nextPieces(extents, done, budget);
    if (pieces.length === 0) break;
    const loads = pieces.map((p) => {
      const e = extents[p.sheet];
      const area = { top: e.top + p.from, left: e.left, bottom: e.top + p.from + p.rows - 1, right: e.left + e.cols - 1 };
      const ws = handles[p.sheet].ws;
      const range = ws.getRange(rangeA1(area)).load('values,numberFormat');
      const props = f.cellProperties ? range.getCellProperties({ hyperlink: true }) : null;
      return { p, area, range, props, merged: f.merges ? mergeBlocks(ws, area) : [] };
    });
    try {
      await ctx.sync();
    } catch (e) {
      // Nothing smaller to try: the error is a real one (or one row is too big).
      if (budget <= MIN_CELLS || (pieces.length === 1 && pieces[0].rows === 1)) throw e;
      budget = Math.max(MIN_CELLS, Math.floor(budget / 2));
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const { p, area, range, props, merged } of loads) {
      const b = builders[p.sheet];
      b.put(area.top, area.left, range.values, range.numberFormat, props?.value);
      for (const m of merged) if (!m.isNullObject) b.addMerges(parseAreas(m.address));
      bytes += jsonBytes(range.values) + jsonBytes(range.numberFormat) + jsonBytes(props?.value);
      cells += p.rows * extents[p.sheet].cols;
      done[p.sheet] += p.rows;
    }
    budget = Math.min(MAX_CELLS, Math.max(MIN_CELLS, Math.floor((RESPONSE_TARGET * cells) / Math.max(1, bytes))));
  }
  return handles.map((h, i) => builders[i].build(protectionOf(h.protection)));
}

/** Values only: no merges, links or protection asked for. */
const VALUES_ONLY: Features = featuresOf(() => false);

/**
 * One sheet's values, rows and columns counted from A1: in one sync, or in pieces when the
 * response would pass the limit (a 50 000-row register does on the web).
 */
export async function readValues(ctx: Excel.RequestContext, ws: Excel.Worksheet, name: string): Promise<CellValue[][]> {
  const used = ws.getUsedRange().load('values,rowIndex,columnIndex');
  try {
    await ctx.sync();
    const grid = new GridBuilder(name);
    grid.put(used.rowIndex, used.columnIndex, used.values);
    return grid.build(null).values;
  } catch {
    return (await readInPieces(ctx, [{ name, ws, protection: null }], VALUES_ONLY))[0].values;
  }
}
