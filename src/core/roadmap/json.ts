// The --json shape of `oko roadmap` (documented in the README). Plain data, ISO dates,
// stable key order, so the same workbook always prints the same bytes.
import { toIso } from '../dates';
import { Deadline } from '../deadlines/deadline';
import { RoadmapAnalysis } from './analyse';
import { Finding } from '../findings';
import { RoadmapColumn } from './columns';
import { cellsOf, RoadmapItem } from './read';

// Items with the same deadline text share one Deadline object, and so one JSON object.
const deadlineJsonCache = new WeakMap<Deadline, unknown>();

function deadlineJson(d: Deadline): unknown {
  let out = deadlineJsonCache.get(d);
  if (out === undefined) {
    out = {
      text: d.text,
      kind: d.kind,
      intervals: d.intervals.map((iv) => ({ start: toIso(iv.start), end: toIso(iv.end) })),
      ...(d.frequency ? { frequency: d.frequency } : {}),
    };
    deadlineJsonCache.set(d, out);
  }
  return out;
}

function itemJson(it: RoadmapItem): unknown {
  // A column the sheet does not have is null; a present but empty cell is ''. (A proof read
  // from the execution mark has the mark's cell: see RowReader.)
  const col = <T>(k: RoadmapColumn, v: T): T | null => (it.letters[k] !== undefined ? v : null);
  return {
    id: it.id,
    number: it.number,
    row: it.row,
    section: it.section.title,
    task: col('task', it.task),
    activity: it.activity,
    deadline: deadlineJson(it.deadline),
    responsible: it.responsible.map((p) => p.text),
    result: col('result', it.result),
    status: col('status', it.status),
    doneOn: it.doneOn === null ? null : toIso(it.doneOn),
    proof: col('proof', it.proof),
    cells: cellsOf(it),
  };
}

const findingJson = (f: Finding): unknown => ({ rule: f.rule, severity: f.severity, row: f.row, cell: f.cell, message: f.message, ...(f.itemId ? { itemId: f.itemId } : {}) });

/**
 * The document as lines, one per item and per finding: joined with '\n' they are one JSON
 * value. A 100 000-row register is written out line by line instead of being built as one
 * 100 MB string, and each item stays on a line of its own for grep and diff.
 */
export function* roadmapJsonLines(a: RoadmapAnalysis, file?: string): Generator<string> {
  const r = a.roadmap;
  const head = JSON.stringify({
    ...(file !== undefined ? { file } : {}),
    sheet: r.sheet,
    title: r.title,
    period: { start: toIso(r.period.start), end: toIso(r.period.end), kind: r.period.kind, origin: r.periodOrigin },
    approved: r.approved === null ? null : toIso(r.approved),
    today: toIso(a.today),
    staffSheet: a.staff?.sheet ?? null,
  });
  yield `${head.slice(0, -1)},"items":[`;
  const items = r.items;
  for (let i = 0; i < items.length; i++) yield JSON.stringify(itemJson(items[i])) + (i < items.length - 1 ? ',' : '');
  yield '],"findings":[';
  const findings = a.findings;
  for (let i = 0; i < findings.length; i++) yield JSON.stringify(findingJson(findings[i])) + (i < findings.length - 1 ? ',' : '');
  yield ']}';
}
