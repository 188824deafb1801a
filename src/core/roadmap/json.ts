// The --json shape of `oko roadmap` (documented in the README). Plain data, ISO dates,
// stable key order, so the same workbook always prints the same bytes.
import { toIso } from '../dates';
import { Deadline } from '../deadlines/deadline';
import { RoadmapAnalysis } from './analyse';
import { cellsOf } from './read';

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

export function roadmapJson(a: RoadmapAnalysis, file?: string): unknown {
  const r = a.roadmap;
  // A column the sheet does not have is null; a present but empty cell is ''.
  const has = (k: keyof typeof r.header.columns): boolean => r.header.columns[k] !== undefined;
  const col = <T>(k: keyof typeof r.header.columns, v: T): T | null => (has(k) ? v : null);
  return {
    ...(file !== undefined ? { file } : {}),
    sheet: r.sheet,
    title: r.title,
    period: { start: toIso(r.period.start), end: toIso(r.period.end), kind: r.period.kind, origin: r.periodOrigin },
    approved: r.approved === null ? null : toIso(r.approved),
    today: toIso(a.today),
    staffSheet: a.staff?.sheet ?? null,
    items: r.items.map((it) => ({
      id: it.id,
      number: it.number,
      row: it.row,
      section: it.section,
      task: col('task', it.task),
      activity: it.activity,
      deadline: deadlineJson(it.deadline),
      responsible: it.responsible.map((p) => p.text),
      result: col('result', it.result),
      status: col('status', it.status),
      doneOn: it.doneOn === null ? null : toIso(it.doneOn),
      proof: col('proof', it.proof),
      cells: cellsOf(it),
    })),
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, row: f.row, cell: f.cell, message: f.message, ...(f.itemId ? { itemId: f.itemId } : {}) })),
  };
}
