// The indicators job as every host runs it: find the registers, read their rows, compute
// every indicator per school and for the district, place the schools, and flag the ones
// that cross the thresholds of the workbook's `Пороги` sheet (or the defaults).
import { Finding, sortFindings } from '../findings';
import { SheetGrid } from '../grid';
import { usersSheets } from '../own-sheets';
import { ALL_INDICATORS } from './catalogue';
import { DEFAULT_THRESHOLDS } from './default-thresholds';
import { ValueFormat } from './format';
import { evaluateIndicator, Indicator } from './indicator';
import { NameIndex } from './names';
import { findRegisters, Register, Unrecognised } from './registers';
import { readRegister } from './rows';
import { RowSums } from './sums';
import { IndicatorSummary, summarise } from './summary';
import { ComputedIndicator, evaluateThresholds, Risk, Threshold } from './thresholds';
import type { ThresholdsLayout } from './risk-formats';
import { isThresholdsSheet, readThresholds, thresholdsLayout } from './thresholds-sheet';

export interface IndicatorOptions {
  /** Only these indicator ids (default: every indicator the registers have columns for). */
  indicators?: string[];
  /** Registers to read instead of the ones found (e.g. a user's corrected column choice). */
  registers?: Register[];
  /** Thresholds to use instead of the `Пороги` sheet or the defaults. */
  thresholds?: readonly Threshold[];
}

export interface RegisterInfo extends Register {
  /** Data rows that went into the indicators (rows left out for a finding are not counted). */
  rowsUsed: number;
}

export interface IndicatorInfo {
  id: string;
  name: string;
  format: ValueFormat;
  better: 'higher' | 'lower';
}

export interface IndicatorAnalysis {
  registers: RegisterInfo[];
  unrecognised: Unrecognised[];
  /** The indicators computed, in catalogue order. */
  indicators: IndicatorInfo[];
  /** School (as first written) → indicator id → value; an indicator without a value is absent. */
  schools: Record<string, Record<string, number>>;
  summary: Record<string, IndicatorSummary>;
  thresholds: Threshold[];
  thresholdsFrom: 'options' | 'sheet' | 'default';
  /** The workbook's `Пороги` table, where it has one ОКО can read (null: ОКО creates it). */
  thresholdsLayout: ThresholdsLayout | null;
  risks: Risk[];
  /** Bad input in the registers, then in the `Пороги` sheet, each sorted by row. */
  findings: Finding[];
}

export function analyseIndicators(grids: SheetGrid[], opts: IndicatorOptions = {}): IndicatorAnalysis {
  // The `Пороги` sheet is ОКО's own: neither a register nor a sheet to explain.
  // ОКО's own sheets (a summary written before) are neither registers nor sheets to explain.
  const found = opts.registers ? { registers: opts.registers, unrecognised: [] } : findRegisters(usersSheets(grids).filter((g) => !isThresholdsSheet(g)));
  const schools = new NameIndex();
  const sums: RowSums[] = [];
  const wanted = opts.indicators ? new Set(opts.indicators) : null;
  const indicators = ALL_INDICATORS.filter((i) => !wanted || wanted.has(i.id));
  const rowWise = indicators.filter((i) => i.combine === 'min-of-row-ratios');
  const findings: Finding[] = [];
  const registers: RegisterInfo[] = [];
  for (const reg of found.registers) {
    const grid = grids.find((g) => g.name === reg.sheet);
    if (!grid) continue;
    const r = readRegister(grid, reg, schools, rowWise);
    sums.push(r.sums);
    // Several sheets' findings in one list: each says which sheet it is about.
    for (const f of sortFindings(r.findings)) findings.push({ ...f, sheet: reg.sheet });
    registers.push({ ...reg, rowsUsed: r.sums.rows });
  }

  const computed: ComputedIndicator[] = [];
  const summary: Record<string, IndicatorSummary> = {};
  for (const ind of indicators) {
    const values = evaluateIndicator(ind, sums, schools.size);
    if (!values) continue;
    const s = summarise(values, ind.better, schools.names);
    summary[ind.id] = s.summary;
    computed.push({ indicator: ind, values: values.bySchool, rank: s.rank });
  }

  const bySchool: Record<string, Record<string, number>> = {};
  schools.names.forEach((name, s) => {
    const row: Record<string, number> = {};
    for (const c of computed) if (!Number.isNaN(c.values[s])) row[c.indicator.id] = c.values[s];
    bySchool[name] = row;
  });

  const { thresholds, from } = chooseThresholds(grids, opts, findings);
  return {
    registers,
    unrecognised: found.unrecognised,
    indicators: computed.map((c) => info(c.indicator)),
    schools: bySchool,
    summary,
    thresholds,
    thresholdsFrom: from,
    thresholdsLayout: thresholdsSheetLayout(grids),
    risks: evaluateThresholds(thresholds, computed, schools.names),
    findings,
  };
}

/** Options first, then the workbook's `Пороги` sheet, then the defaults. */
function chooseThresholds(grids: SheetGrid[], opts: IndicatorOptions, findings: Finding[]): { thresholds: Threshold[]; from: IndicatorAnalysis['thresholdsFrom'] } {
  if (opts.thresholds) return { thresholds: [...opts.thresholds], from: 'options' };
  const sheet = grids.find(isThresholdsSheet);
  if (sheet) {
    const read = readThresholds(sheet);
    findings.push(...sortFindings(read.findings));
    if (read.thresholds) return { thresholds: read.thresholds, from: 'sheet' };
  }
  return { thresholds: [...DEFAULT_THRESHOLDS], from: 'default' };
}

const info = (i: Indicator): IndicatorInfo => ({ id: i.id, name: i.name, format: i.format, better: i.better });

function thresholdsSheetLayout(grids: SheetGrid[]): ThresholdsLayout | null {
  const sheet = grids.find(isThresholdsSheet);
  return sheet ? thresholdsLayout(sheet) : null;
}
