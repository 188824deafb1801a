// The workbook for the engine: every sheet as a SheetGrid. Two syncs whatever the row count:
// the first learns the sheet names (and their protection), the second loads every used range
// (values, number formats, hyperlinks, merged areas) at once.
//
// Two documented limits can make that second sync fail: getMergedAreasOrNullObject gives up
// over 512 merged areas, and Excel on the web refuses a response over 5 MB. Then, and only
// then, the sheets are read again in pieces (see read-pieces.ts).
import { SheetGrid } from '../../core/grid';
import { SheetInfo } from '../../core/host';
import { ExcelApi, Features } from './api';
import { parseAreas } from './addresses';
import { GridBuilder, protectionOf } from './grid-builder';
import { readInPieces } from './read-pieces';
import { MARKS_SHEET } from './mark-store';
import { SAVED_TEMPLATE_SHEET } from '../../core/templates/description';

export interface SheetHandle {
  name: string;
  ws: Excel.Worksheet;
  protection: Excel.WorksheetProtection | null;
}

/** Sync 1: names, visibility and (ExcelApi 1.2) protection of every sheet, in one load. */
export async function loadSheetHandles(ctx: Excel.RequestContext, f: Features): Promise<SheetHandle[]> {
  const sheets = ctx.workbook.worksheets;
  sheets.load(f.protection ? 'items/name,items/visibility,items/protection/protected,items/protection/options' : 'items/name,items/visibility');
  await ctx.sync();
  return sheets.items.map((ws) => ({ name: ws.name, ws, protection: f.protection ? ws.protection : null }));
}

export async function listSheets(api: ExcelApi, f: Features): Promise<SheetInfo[]> {
  return api.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets;
    sheets.load(f.protection ? 'items/name,items/visibility,items/protection/protected' : 'items/name,items/visibility');
    const active = sheets.getActiveWorksheet();
    active.load('name');
    await ctx.sync();
    // ОКО's record sheet and saved template description (visible in Excel 2016, which cannot
    // hide them) and very hidden sheets are not the user's to pick.
    return sheets.items
      .filter((ws) => ws.visibility !== 'VeryHidden' && ws.name !== MARKS_SHEET && ws.name !== SAVED_TEMPLATE_SHEET)
      .map((ws) => ({ name: ws.name, active: ws.name === active.name, protected: f.protection ? ws.protection.protected : false }));
  });
}

interface WholeLoad {
  handle: SheetHandle;
  used: Excel.Range;
  props: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null;
  merged: Excel.RangeAreas | null;
}

/** Sync 2: every used range at once. */
async function readWhole(ctx: Excel.RequestContext, handles: SheetHandle[], f: Features): Promise<SheetGrid[]> {
  const loads: WholeLoad[] = handles.map((handle) => {
    const used = f.valuesOnly ? handle.ws.getUsedRange(true) : handle.ws.getUsedRange();
    used.load('rowIndex,columnIndex,values,numberFormat');
    const props = f.cellProperties ? used.getCellProperties({ hyperlink: true }) : null;
    const merged = f.merges ? used.getMergedAreasOrNullObject() : null;
    merged?.load('address');
    return { handle, used, props, merged };
  });
  await ctx.sync();
  return loads.map(({ handle, used, props, merged }) => {
    const grid = new GridBuilder(handle.name);
    grid.put(used.rowIndex, used.columnIndex, used.values, used.numberFormat, props?.value);
    if (merged && !merged.isNullObject) grid.addMerges(parseAreas(merged.address));
    return grid.build(protectionOf(handle.protection));
  });
}

/**
 * Every sheet but ОКО's record of marks; very hidden sheets too: the saved template
 * description («ОКО_шаблон») is read from here.
 */
export async function readSheets(api: ExcelApi, f: Features): Promise<SheetGrid[]> {
  return api.run(async (ctx) => {
    const handles = (await loadSheetHandles(ctx, f)).filter((h) => h.name !== MARKS_SHEET);
    try {
      return await readWhole(ctx, handles, f);
    } catch {
      // Too many merged areas or too big a response for one request: read again in pieces
      // (a genuine error fails there too, and is the one reported).
      return readInPieces(ctx, handles, f);
    }
  });
}
