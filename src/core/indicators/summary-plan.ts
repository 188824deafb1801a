// The summary workbook: `Сводная` (a row per school, a figure and a place per indicator, the
// district, mean and median under the table, risk colours), `Пороги` (created with the
// defaults when the workbook has none, then the user's), `Риски` and the register findings.
//
// Figures are formulas over the register sheets wherever they would give the engine's value:
// a school whose register rows had a finding (a row the engine left out, which SUMIFS would
// count) or whose name is written differently in some rows gets the engine's value as a number.
import { Finding, SEVERITY_RU } from '../findings';
import { a1, SheetGrid, valueAt } from '../grid';
import { PlanColumn, PlanSheet, PlanValue, tableTopRow, WritePlan } from '../plan';
import { fold } from '../text';
import { findIndicator } from './catalogue';
import { IndicatorAnalysis, RegisterInfo } from './analyse';
import { formatValue } from './format';
import { indicatorFormula, needsRowFormula, readsRegister } from './formulas';
import { Indicator } from './indicator';
import { FigureColumn, riskFormats, ThresholdsLayout } from './risk-formats';
import { isShareThreshold, isThresholdsSheet, THRESHOLDS_HEADER, THRESHOLDS_SHEET, WORST_TEXT } from './thresholds-sheet';

export const SUMMARY_SHEET = 'Сводная';
export const RISKS_SHEET = 'Риски';
export const REGISTER_FINDINGS_SHEET = 'Замечания к реестрам';

const SCHOOL_HEADER = 'ОО';
const FOOTER_LABELS = { district: 'Район', mean: 'Среднее по ОО', median: 'Медиана по ОО' };

/** Where each school's figure of each indicator is: for the task pane's «go to the school». */
export interface SummaryLayout {
  sheet: string;
  /** 0-based row of each school's line, by school name. */
  rows: Map<string, number>;
  /** 0-based column of each indicator's figures, by id. */
  columns: Map<string, number>;
}

/**
 * The sheets to write. `grids`: the workbook's sheets as analysed (the register sheets are
 * looked at again to tell which figures a formula gives exactly).
 */
export function indicatorsPlan(a: IndicatorAnalysis, grids: readonly SheetGrid[]): { plan: WritePlan; layout: SummaryLayout } {
  const summary = summarySheet(a, grids, a.thresholdsLayout ?? NEW_THRESHOLDS_LAYOUT);
  const sheets = [summary.sheet];
  // A `Пороги` sheet the workbook has is the user's: it is read, never written over.
  if (!grids.some(isThresholdsSheet)) sheets.push(thresholdsSheet(a));
  sheets.push(risksSheet(a), registerFindingsSheet(a));
  return { plan: { sheets }, layout: summary.layout };
}

// ---------------------------------------------------------------------------------------------
// Сводная

interface Column {
  ind: Indicator;
  /** The registers the indicator reads. */
  registers: RegisterInfo[];
}

function summarySheet(a: IndicatorAnalysis, grids: readonly SheetGrid[], thresholds: ThresholdsLayout): { sheet: PlanSheet; layout: SummaryLayout } {
  const indicators: Column[] = a.indicators.map((info) => {
    const ind = findIndicator(info.id) as Indicator;
    return { ind, registers: a.registers.filter((r) => readsRegister(ind, r)) };
  });
  const schools = Object.keys(a.schools);
  const sheetBase: Omit<PlanSheet, 'table'> = { name: SUMMARY_SHEET, replace: true, title: summaryTitle(a), freezeHeader: true };
  const top = tableTopRow(sheetBase as PlanSheet); // 0-based header row
  const first = top + 1;
  const last = top + Math.max(1, schools.length);
  const valueCol = (k: number): number => 1 + 2 * k;
  const schoolCell = (row: number): string => `$A${row + 1}`;
  const exact = formulaSafeSchools(a, grids);
  /** An indicator's figures, «B4:B9»; `anchored` fixes the rows («B$4:B$9») for formulas filled down the table. */
  const figures = (k: number, anchored = false): string => {
    const at = (row: number): string => (anchored ? a1(row, valueCol(k)).replace(/\d+$/, (n) => `$${n}`) : a1(row, valueCol(k)));
    return `${at(first)}:${at(last)}`;
  };

  const rows: PlanValue[][] = schools.map((school, i) => {
    const row = first + i;
    const line: PlanValue[] = [school];
    indicators.forEach(({ ind, registers }, k) => {
      const value = a.schools[school][ind.id] ?? null;
      const live = registers.every((r) => exact.get(r.sheet)?.has(school) && (!needsRowFormula(ind, r) || exact.get(r.sheet)?.clean));
      line.push(live ? { formula: indicatorFormula(ind, registers, { schoolCell: schoolCell(row) }), value: value ?? '' } : value);
      const cell = a1(row, valueCol(k));
      const rank = a.summary[ind.id]?.rank[school];
      line.push({ formula: `=IF(ISNUMBER(${cell}),RANK.EQ(${cell},${figures(k, true)},${ind.better === 'higher' ? 0 : 1}),"")`, value: rank ?? '' });
    });
    return line;
  });

  const district: PlanValue[] = [FOOTER_LABELS.district];
  const mean: PlanValue[] = [FOOTER_LABELS.mean];
  const median: PlanValue[] = [FOOTER_LABELS.median];
  indicators.forEach(({ ind, registers }, k) => {
    const s = a.summary[ind.id];
    const live = registers.every((r) => exact.get(r.sheet)?.clean);
    district.push(live ? { formula: indicatorFormula(ind, registers, 'district'), value: s?.district ?? '' } : (s?.district ?? null), null);
    mean.push({ formula: `=IF(COUNT(${figures(k)})=0,"",AVERAGE(${figures(k)}))`, value: s?.mean ?? '' }, null);
    median.push({ formula: `=IF(COUNT(${figures(k)})=0,"",MEDIAN(${figures(k)}))`, value: s?.median ?? '' }, null);
  });

  const columns: PlanColumn[] = [{ header: SCHOOL_HEADER, kind: 'text', width: 34 }];
  for (const { ind } of indicators) {
    columns.push({ header: ind.name, kind: ind.format === 'percent' ? 'percent' : 'number', width: Math.min(24, Math.max(12, ind.name.length + 2)) });
    columns.push({ header: `Место: ${ind.name}`, kind: 'integer', width: 10 });
  }
  const conditionalFormats = indicators.flatMap(({ ind }, k) => {
    const fig: FigureColumn = { col: valueCol(k), top: first, bottom: last };
    return riskFormats(ind, thresholds, fig);
  });
  const layout: SummaryLayout = {
    sheet: SUMMARY_SHEET,
    rows: new Map(schools.map((s, i) => [s, first + i])),
    columns: new Map(indicators.map(({ ind }, k) => [ind.id, valueCol(k)])),
  };
  return {
    sheet: { ...sheetBase, table: { name: 'ОКО_Сводная', style: 'TableStyleMedium2', columns, rows }, footer: [district, mean, median], conditionalFormats },
    layout,
  };
}

function summaryTitle(a: IndicatorAnalysis): string {
  const from = a.registers.map((r) => `«${r.sheet}»`).join(', ');
  return `Показатели ОО по реестрам ${from}. Место: 1 — лучший результат. Цвет — пороги листа «${THRESHOLDS_SHEET}».`;
}

/**
 * Per register sheet, the schools whose figures SUMIFS gives exactly as the engine does: every
 * row of the school is written with the same name (case aside, as SUMIFS compares) and had no
 * finding. `clean`: the register had no finding at all (SUMPRODUCT forms need that).
 */
function formulaSafeSchools(a: IndicatorAnalysis, grids: readonly SheetGrid[]): Map<string, { clean: boolean; has(school: string): boolean }> {
  const canonical = new Map(Object.keys(a.schools).map((s) => [fold(s), s]));
  const out = new Map<string, { clean: boolean; has(school: string): boolean }>();
  for (const reg of a.registers) {
    const grid = grids.find((g) => g.name === reg.sheet);
    const col = reg.columns.school;
    const unsafe = new Set<string>();
    const flagged = new Set(a.findings.filter((f) => f.sheet === reg.sheet).map((f) => f.row - 1));
    if (grid && col !== undefined) {
      for (let r = reg.dataStart; r < reg.dataEnd; r++) {
        const v = valueAt(grid, r, col);
        if (v === null || v === '') continue;
        const written = String(v);
        const school = canonical.get(fold(written.trim()));
        if (school === undefined) continue;
        // SUMIFS matches "=name" case-insensitively but not other spellings; * ? ~ are wildcards.
        const same = typeof v === 'string' && written === written.trim() && written.toLowerCase() === school.toLowerCase() && !/[*?~]/.test(written);
        if (!same || flagged.has(r)) unsafe.add(school);
      }
    }
    const clean = grid !== undefined && flagged.size === 0;
    out.set(reg.sheet, { clean, has: (s) => grid !== undefined && !unsafe.has(s) });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Пороги, Риски, Замечания

/** Where thresholdsSheet() puts the table: under a title, as every ОКО table. */
const NEW_THRESHOLDS_LAYOUT: ThresholdsLayout = { sheet: THRESHOLDS_SHEET, indicator: 0, comparison: 1, value: 2, level: 3, firstRow: 3 };

function thresholdsSheet(a: IndicatorAnalysis): PlanSheet {
  return {
    name: THRESHOLDS_SHEET,
    replace: false,
    keepExisting: true,
    title: `Пороги риска. Показатель — код (vpr.fail…); сравнение: ≥, ≤, >, < или «${WORST_TEXT}»; уровень: риск или внимание. Изменения сразу перекрашивают «${SUMMARY_SHEET}».`,
    freezeHeader: true,
    table: {
      name: 'ОКО_Пороги',
      style: 'TableStyleLight9',
      columns: [
        { header: THRESHOLDS_HEADER[0], kind: 'text', width: 24 },
        { header: THRESHOLDS_HEADER[1], kind: 'text', width: 16, list: ['≥', '≤', '>', '<', WORST_TEXT] },
        { header: THRESHOLDS_HEADER[2], kind: 'percent', width: 12 },
        { header: THRESHOLDS_HEADER[3], kind: 'text', width: 12, list: ['риск', 'внимание'] },
        { header: THRESHOLDS_HEADER[4], kind: 'text', width: 70, wrap: true },
      ],
      rows: a.thresholds.map((t) => [t.indicator, t.comparison === 'worst-percent' ? WORST_TEXT : t.comparison, t.value, t.level, t.note]),
      // Shares as percentages, a mark or a count (vpr.mean ≤ 3,5; medal.unconfirmed > 0) as a number.
      cellKinds: { 2: a.thresholds.map((t) => (isShareThreshold(t) ? undefined : 'number')) },
    },
  };
}

function risksSheet(a: IndicatorAnalysis): PlanSheet {
  return {
    name: RISKS_SHEET,
    replace: true,
    title: `ОО, пересекающие пороги листа «${THRESHOLDS_SHEET}»: ${a.risks.length}`,
    freezeHeader: true,
    table: {
      name: 'ОКО_Риски',
      style: 'TableStyleMedium3',
      columns: [
        { header: 'ОО', kind: 'text', width: 34 },
        { header: 'Показатель', kind: 'text', width: 30 },
        { header: 'Код', kind: 'text', width: 22 },
        { header: 'Значение', kind: 'text', width: 12 },
        { header: 'Порог', kind: 'text', width: 16 },
        { header: 'Уровень', kind: 'text', width: 11 },
        { header: 'Пояснение', kind: 'text', width: 60, wrap: true },
      ],
      rows: a.risks.map((r) => {
        const ind = findIndicator(r.indicator) as Indicator;
        return [r.school, ind.name, r.indicator, formatValue(r.value, ind.format), r.threshold, r.level, r.message];
      }),
    },
  };
}

function registerFindingsSheet(a: IndicatorAnalysis): PlanSheet {
  const unrecognised: PlanValue[][] = a.unrecognised.map((u) => ['сведения', 'register.not-recognised', u.sheet, '', `Лист «${u.sheet}» не прочитан как реестр: ${u.reason}`]);
  return {
    name: REGISTER_FINDINGS_SHEET,
    replace: true,
    title: `Замечания к реестрам и к листу «${THRESHOLDS_SHEET}»: ${a.findings.length}`,
    freezeHeader: true,
    table: {
      name: 'ОКО_Замечания_реестров',
      style: 'TableStyleMedium3',
      columns: [
        { header: 'Уровень', kind: 'text', width: 16 },
        { header: 'Правило', kind: 'text', width: 34 },
        { header: 'Лист', kind: 'text', width: 18 },
        { header: 'Ячейка', kind: 'text', width: 9 },
        { header: 'Сообщение', kind: 'text', width: 100, wrap: true },
      ],
      rows: [...a.findings.map((f: Finding) => [SEVERITY_RU[f.severity], f.rule, f.sheet ?? '', f.cell, f.message]), ...unrecognised],
    },
  };
}

