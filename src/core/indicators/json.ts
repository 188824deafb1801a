// The --json shape of `oko indicators` (documented in the README): registers as found, every
// school's figures, the district / mean / median / ranks, the risks and the findings.
import { columnLetters } from '../grid';
import { IndicatorAnalysis } from './analyse';

export function indicatorsJson(a: IndicatorAnalysis): unknown {
  return {
    registers: a.registers.map((r) => ({
      sheet: r.sheet,
      kind: r.kind,
      headerRow: r.headerRow + 1,
      rows: { first: r.dataStart + 1, last: r.dataEnd },
      rowsUsed: r.rowsUsed,
      columns: Object.fromEntries(Object.entries(r.columns).map(([field, c]) => [field, columnLetters(c as number)])),
      percent: r.percent,
      notes: r.notes,
    })),
    unrecognised: a.unrecognised,
    indicators: a.indicators,
    schools: a.schools,
    summary: a.summary,
    thresholdsFrom: a.thresholdsFrom,
    risks: a.risks,
    findings: a.findings.map((f) => ({ rule: f.rule, severity: f.severity, sheet: f.sheet ?? null, row: f.row, cell: f.cell, message: f.message })),
  };
}
