// The two things ОКО changes on a user's cell, its fill and its note, read and written.
// - Fill: Office.js reads «no fill» as #FFFFFF, like a white fill; from ExcelApi 1.9
//   tintAndShade is null only for «no fill». Before 1.9 a white fill counts as none (restoring
//   it clears the fill, which looks the same).
// - Note: notes need ExcelApi 1.18. Before it ОКО's remark goes into a threaded comment
//   (1.10) — but never into a thread someone already started on that cell — and before
//   1.10 only the fill is set.
import { CellLook } from '../../core/roadmap/marks';
import { Features, noteKind, NoteKind } from './api';
import { localAddress, normalCell } from './addresses';
import { actionBytes, Batcher } from './chunks';

export interface Looks {
  kind: NoteKind;
  look(cell: string): CellLook;
  /** Whether the cell has a note (notes) or a comment thread (comments). */
  hasNote(cell: string): boolean;
  comment(cell: string): Excel.Comment | undefined;
}

export interface LooksReader {
  /** Call after the first sync: queues what needs it (where the comments are). */
  next(): void;
  /** Call after the second sync. */
  looks(): Looks;
}

/**
 * Queues reading the cells' fills and notes. Thousands of cells make big requests and big
 * responses (notes are long): the Batcher syncs ahead before either would pass 4 MB, counting
 * for each cell the larger of what is asked and what is expected back (`noteBytes` of its note).
 */
export async function queueLooks(b: Batcher, ws: Excel.Worksheet, cells: string[], f: Features, noteBytes: (cell: string) => number = () => 1024): Promise<LooksReader> {
  const kind = noteKind(f);
  const fills = new Map<string, Excel.RangeFill>();
  const notes = new Map<string, Excel.Note>();
  for (const cell of cells) {
    await b.room(Math.max((kind === 'notes' ? 2 : 1) * actionBytes(cell), kind === 'none' ? 0 : 64 + noteBytes(cell)));
    fills.set(cell, ws.getRange(cell).format.fill.load(f.fillTint ? 'color,tintAndShade' : 'color'));
    if (kind === 'notes') notes.set(cell, ws.notes.getItemOrNullObject(cell).load('content'));
  }
  const comments = kind === 'comments' ? ws.comments.load('items/content') : null;
  let located: { comment: Excel.Comment; at: Excel.Range }[] = [];
  return {
    next() {
      if (comments) located = comments.items.map((comment) => ({ comment, at: comment.getLocation().load('address') }));
    },
    looks() {
      const byCell = new Map<string, Excel.Comment>();
      for (const { comment, at } of located) {
        const cell = normalCell(localAddress(at.address).split(':')[0]);
        if (cell && !byCell.has(cell)) byCell.set(cell, comment);
      }
      const fillOf = (cell: string): string | null => {
        const fill = fills.get(cell);
        if (!fill) return null;
        const none = f.fillTint ? fill.tintAndShade === null : /^#?FFFFFF$/i.test(fill.color);
        return none ? null : fill.color;
      };
      const noteOf = (cell: string): string | null => {
        if (kind === 'notes') {
          const n = notes.get(cell);
          return n && !n.isNullObject ? n.content : null;
        }
        return byCell.get(cell)?.content ?? null;
      };
      return {
        kind,
        look: (cell) => ({ fill: fillOf(cell), note: noteOf(cell) }),
        hasNote: (cell) => noteOf(cell) !== null,
        comment: (cell) => byCell.get(cell),
      };
    },
  };
}

/** Sets (string) or clears (null) a cell's fill. */
export async function writeFill(b: Batcher, ws: Excel.Worksheet, cell: string, fill: string | null): Promise<void> {
  await b.room(actionBytes(fill));
  const f = ws.getRange(cell).format.fill;
  if (fill === null) f.clear();
  else f.color = fill;
}

/**
 * Puts a note on a cell, or deletes it (null). With comments: a thread of ОКО's own is added
 * or deleted; someone else's thread is never edited. Without either API: nothing.
 */
export async function writeNote(b: Batcher, ws: Excel.Worksheet, cell: string, note: string | null, looks: Looks): Promise<void> {
  await b.room(actionBytes(note));
  if (looks.kind === 'notes') {
    if (note === null) {
      if (looks.hasNote(cell)) ws.notes.getItem(cell).delete();
    } else if (looks.hasNote(cell)) ws.notes.getItem(cell).content = note;
    else ws.notes.add(ws.getRange(cell), note); // a Range leaves no doubt which sheet
  } else if (looks.kind === 'comments') {
    const thread = looks.comment(cell);
    if (note === null) thread?.delete();
    else if (!thread) ws.comments.add(ws.getRange(cell), note);
  }
}
