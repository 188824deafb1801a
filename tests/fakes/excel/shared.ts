// What the proxy classes share: where a range is, and how a 2D argument maps onto it.
import { CellRange } from '../../../src/core/grid';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { forEachCell, SheetModel } from './model';

export interface At {
  sheet: SheetModel;
  rect: CellRange;
}

export const book = (ctx: FakeContext) => ctx.excel.book;

/** A locate function that keeps the first object it finds, and loses it when it is deleted. */
export function sticky(ctx: FakeContext, find: () => SheetModel | null): () => SheetModel | null {
  let found: SheetModel | null = null;
  return () => {
    found ??= find();
    return found && book(ctx).sheets.includes(found) ? found : null;
  };
}

export const dims = (rect: CellRange): [number, number] => [rect.bottom - rect.top + 1, rect.right - rect.left + 1];

export function matrix<V>(at: At, fn: (r: number, c: number) => V): V[][] {
  const out: V[][] = [];
  for (let r = at.rect.top; r <= at.rect.bottom; r++) {
    const row: V[] = [];
    for (let c = at.rect.left; c <= at.rect.right; c++) row.push(fn(r, c));
    out.push(row);
  }
  return out;
}

/** Range.values and friends take a 2D array of the range's size (or one value for all cells). */
export function each(at: At, input: unknown, fn: (r: number, c: number, v: unknown) => void): void {
  const [h, w] = dims(at.rect);
  if (!Array.isArray(input)) {
    forEachCell(at.rect, (r, c) => fn(r, c, input));
    return;
  }
  if (input.length !== h || input.some((row) => !Array.isArray(row) || row.length !== w))
    throw officeError('InvalidArgument', "The number of rows or columns in the input array doesn't match the size or dimensions of the range.");
  (input as unknown[][]).forEach((row, i) => row.forEach((v, j) => fn(at.rect.top + i, at.rect.left + j, v)));
}

/** The sheet an address names ("'Лист 1'!A1"), or the active one when it names none. */
export function sheetOfAddress(ctx: FakeContext, address: string): SheetModel {
  const bang = address.lastIndexOf('!');
  const sheet = bang < 0 ? book(ctx).active : book(ctx).find(address.slice(0, bang).replace(/^'|'$/g, '').replace(/''/g, "'"));
  if (!sheet) throw officeError('ItemNotFound', `No sheet for «${address}».`);
  return sheet;
}
