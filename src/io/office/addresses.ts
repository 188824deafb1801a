// Office.js addresses carry the sheet name ("'Реестр мероприятий'!A1:B2"); the engine wants
// 0-based rectangles. Sheet names may hold commas and quotes, hence no regular expression.
import { a1, CellRange, parseA1, parseRangeA1 } from '../../core/grid';

/** "'Лист 1'!B2:C3" → "B2:C3". */
export function localAddress(address: string): string {
  const bang = address.lastIndexOf('!');
  return (bang < 0 ? address : address.slice(bang + 1)).trim();
}

/** A RangeAreas address ("Sheet1!A1:B2, Sheet1!D4") → its rectangles; whole rows/columns are skipped. */
export function parseAreas(address: string): CellRange[] {
  const out: CellRange[] = [];
  let quoted = false;
  let part = '';
  const take = (): void => {
    const r = part.trim() === '' ? null : parseRangeA1(localAddress(part));
    if (r) out.push(r);
    part = '';
  };
  for (const ch of address) {
    if (ch === "'") quoted = !quoted;
    if (ch === ',' && !quoted) take();
    else part += ch;
  }
  take();
  return out;
}

/** "c5", "$C$5" → "C5" (null when it is not a single cell). */
export function normalCell(cell: string): string | null {
  const p = parseA1(cell);
  return p ? a1(p.row, p.col) : null;
}
