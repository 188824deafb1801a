// «Подсветить» and «Снять подсветку» on the user's sheet. Core decides what to mark and what
// to restore (markPlan, restorePlan); this file reads the cells, keeps the records and moves
// the data. Records are queued before the marks they describe: if Excel stops half-way,
// every mark that made it has its record, and «Снять подсветку» can still undo it.
import { MarkPlan, MarkRecord, restorePlan } from '../../core/roadmap/marks';
import { ExcelApi, Features, noteKind } from './api';
import { normalCell } from './addresses';
import { Batcher, jsonBytes } from './chunks';
import { queueLooks, writeFill, writeNote } from './cell-looks';
import { appendRecords, MARKS_SHEET, readStore, rewriteStore } from './mark-store';
import { queueProtection, requirePassword, writeUnprotected } from './protection';

/** Sync 1 of both commands: which sheets exist, and the target sheet's protection. */
function queueStart(ctx: Excel.RequestContext, sheet: string, f: Features) {
  const sheets = ctx.workbook.worksheets.load('items/name');
  const ws = ctx.workbook.worksheets.getItem(sheet);
  const protection = queueProtection(ws, f.protection);
  return { ws, protection, storeExists: () => sheets.items.some((s) => s.name === MARKS_SHEET) };
}

export async function mark(api: ExcelApi, f: Features, plan: MarkPlan, password?: string): Promise<void> {
  const marks = plan.marks.flatMap((m) => {
    const cell = normalCell(m.cell);
    return cell ? [{ ...m, cell }] : [];
  });
  if (marks.length === 0) return;
  await api.run(async (ctx) => {
    const start = queueStart(ctx, plan.sheet, f);
    const reader = await queueLooks(new Batcher(ctx), start.ws, marks.map((m) => m.cell), f);
    await ctx.sync();
    requirePassword(plan.sheet, start.protection(), password);
    reader.next();
    if (noteKind(f) === 'comments') await ctx.sync(); // where the comments are
    const looks = reader.looks();
    const now = await readStore(ctx, start.storeExists());
    await writeUnprotected(ctx, start.ws, plan.sheet, start.protection(), password, async (b) => {
      // Where a remark cannot be put (no notes API, or someone's comment thread already there),
      // the record says ОКО put none: '' never equals a note, so the cell's note is left alone.
      const nowhere = (cell: string): boolean => looks.kind === 'none' || (looks.kind === 'comments' && looks.hasNote(cell));
      const records: MarkRecord[] = marks.map((m) => {
        const was = looks.look(m.cell);
        return { sheet: plan.sheet, cell: m.cell, originalFill: was.fill, originalNote: was.note, fill: m.fill, note: nowhere(m.cell) ? '' : m.note };
      });
      await appendRecords(ctx, b, f, now, records);
      for (const m of records) {
        await writeFill(b, start.ws, m.cell, m.fill);
        if (m.note !== '') await writeNote(b, start.ws, m.cell, m.note, looks);
      }
    });
  });
}

export async function unmark(api: ExcelApi, f: Features, sheet: string, password?: string): Promise<void> {
  await api.run(async (ctx) => {
    const start = queueStart(ctx, sheet, f);
    await ctx.sync();
    if (!start.storeExists()) return;
    const all = await readStore(ctx, true);
    const mine = all.records.filter((r) => r.sheet === sheet);
    if (mine.length === 0) return; // nothing to undo: no password needed either
    requirePassword(sheet, start.protection(), password);
    const noteBytes = new Map(mine.map((r) => [r.cell, jsonBytes(r.note) + jsonBytes(r.originalNote)]));
    const reader = await queueLooks(new Batcher(ctx), start.ws, [...noteBytes.keys()], f, (cell) => noteBytes.get(cell) ?? 0);
    await ctx.sync();
    reader.next();
    if (noteKind(f) === 'comments') await ctx.sync(); // where the comments are
    const looks = reader.looks();
    // A cell marked twice has two records; undoing the later one first leaves the cell as it
    // was before the first mark.
    const restores = restorePlan(mine, looks.look).reverse();
    await writeUnprotected(ctx, start.ws, sheet, start.protection(), password, async (b) => {
      for (const r of restores) {
        if (r.fill !== undefined) await writeFill(b, start.ws, r.cell, r.fill);
        if (r.note !== undefined) await writeNote(b, start.ws, r.cell, r.note, looks);
      }
      await rewriteStore(b, all, all.records.filter((r) => r.sheet !== sheet));
    });
  });
}
