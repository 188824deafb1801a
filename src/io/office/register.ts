// What users typed in the tracking columns of an existing «Реестр мероприятий», found by the
// header texts register-plan.ts writes, so that a rebuilt register keeps it (carryTracking).
import { dayFromExcelSerial, toIso } from '../../core/dates';
import { REGISTER_HEADERS } from '../../core/roadmap/register-plan';
import { TypedTracking } from '../../core/roadmap/tracking';
import { ExcelApi } from './api';
import { readValues } from './read-pieces';

/** The headers of registerSheet() in core/roadmap/register-plan.ts. */
const HEADERS = REGISTER_HEADERS;
type Field = keyof typeof HEADERS;

/** The title and a blank line sit above the header: it is found in the first rows. */
const HEADER_SEARCH_ROWS = 30;

const text = (v: unknown): string => (v === null || v === undefined ? '' : String(v).trim());

/** A date cell holds a serial number (ОКО wrote it so) or whatever the user typed. */
const dateText = (v: unknown): string => (typeof v === 'number' ? toIso(dayFromExcelSerial(v)) : text(v));

export function trackingOf(values: unknown[][]): TypedTracking[] {
  const fields = Object.keys(HEADERS) as Field[];
  for (let h = 0; h < Math.min(values.length, HEADER_SEARCH_ROWS); h++) {
    const row = (values[h] ?? []).map(text);
    const col = Object.fromEntries(fields.map((k) => [k, row.indexOf(HEADERS[k])])) as Record<Field, number>;
    if (col.id < 0 || col.activity < 0) continue;
    const at = (r: unknown[], k: Field): unknown => (col[k] < 0 ? '' : r[col[k]]);
    const out: TypedTracking[] = [];
    for (const r of values.slice(h + 1)) {
      const t = { id: text(at(r, 'id')), activity: text(at(r, 'activity')), status: text(at(r, 'status')), doneOn: dateText(at(r, 'doneOn')), proof: text(at(r, 'proof')) };
      if (Object.values(t).some((v) => v !== '')) out.push(t);
    }
    return out;
  }
  return [];
}

export async function readRegisterTracking(api: ExcelApi, sheet: string): Promise<TypedTracking[]> {
  return api.run(async (ctx) => {
    const sheets = ctx.workbook.worksheets.load('items/name');
    await ctx.sync();
    const ws = sheets.items.find((s) => s.name === sheet);
    if (!ws) return [];
    return trackingOf(await readValues(ctx, ws, sheet));
  });
}
