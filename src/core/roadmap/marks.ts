// «Подсветить» / «Снять подсветку»: what ОКО marks on the user's roadmap sheet (a fill and a
// note on each cell a finding points at), and how to take exactly those marks off again.
import { Finding, messageOnly, SEVERITY_ORDER, Severity } from '../findings';
import { RoadmapAnalysis } from './analyse';

/** Light fills that keep black text readable: errors red, warnings amber, information blue. */
export const MARK_FILLS: Record<Severity, string> = {
  error: '#F8CBAD',
  warning: '#FFE699',
  info: '#DDEBF7',
};

export const NOTE_PREFIX = 'ОКО: ';

export interface CellMark {
  cell: string;
  severity: Severity;
  fill: string;
  note: string;
}

export interface MarkPlan {
  sheet: string;
  marks: CellMark[];
}


/** One mark per cell: the fill of its most severe finding, a note listing all of them. */
export function markPlan(a: RoadmapAnalysis): MarkPlan {
  const byCell = new Map<string, Finding[]>();
  for (const f of a.findings) {
    if (!f.cell) continue;
    const list = byCell.get(f.cell);
    if (list) list.push(f);
    else byCell.set(f.cell, [f]);
  }
  const marks: CellMark[] = [];
  for (const [cell, list] of byCell) {
    const severity = SEVERITY_ORDER.find((s) => list.some((f) => f.severity === s)) as Severity;
    // The note sits in the cell itself: the messages without their «Лист …, ячейка …» prefix.
    const lines = list.map((f) => `• ${messageOnly(f)}`);
    marks.push({ cell, severity, fill: MARK_FILLS[severity], note: `${NOTE_PREFIX}${list.length === 1 ? messageOnly(list[0]) : `\n${lines.join('\n')}`}` });
  }
  return { sheet: a.roadmap.sheet, marks };
}

/** What a cell looked like before ОКО marked it, and what ОКО put there. Kept in the workbook. */
export interface MarkRecord {
  sheet: string;
  cell: string;
  /** The cell's own fill before marking (null: no fill). */
  originalFill: string | null;
  /** The cell's note before marking (null: none). */
  originalNote: string | null;
  fill: string;
  note: string;
}

export interface CellLook {
  fill: string | null;
  note: string | null;
}

export interface Restore {
  cell: string;
  /** Put this fill back (null: clear the fill); undefined: leave the fill alone. */
  fill?: string | null;
  /** Put this note back (null: delete the note); undefined: leave the note alone. */
  note?: string | null;
}

const sameColour = (a: string | null, b: string | null): boolean => (a ?? '').replace('#', '').toUpperCase() === (b ?? '').replace('#', '').toUpperCase();

/**
 * Undoing marks touches only what is still ОКО's: a fill the user changed since, or a note
 * the user edited, stays as the user left it.
 */
export function restorePlan(records: MarkRecord[], now: (cell: string) => CellLook): Restore[] {
  // A cell marked twice has two records: what it was before the first mark is the original,
  // what the last mark put there is ОКО's. Collapsed here, the order hosts apply them in is moot.
  const byCell = new Map<string, MarkRecord>();
  for (const r of records) {
    const first = byCell.get(r.cell);
    byCell.set(r.cell, first ? { ...r, originalFill: first.originalFill, originalNote: first.originalNote } : r);
  }
  const out: Restore[] = [];
  for (const r of byCell.values()) {
    const look = now(r.cell);
    const restore: Restore = { cell: r.cell };
    if (sameColour(look.fill, r.fill)) restore.fill = r.originalFill;
    if (look.note === r.note) restore.note = r.originalNote;
    if (restore.fill !== undefined || restore.note !== undefined) out.push(restore);
  }
  return out;
}
