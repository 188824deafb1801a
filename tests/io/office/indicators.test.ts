// The indicators summary written into the open workbook: `Сводная` with live formulas (read back
// through Range.formulas), the district, mean and median under the table, two colour rules per
// indicator column (never one per cell) in the plan's priority, `Пороги` created once and then
// left as the user edits it, `Риски` and the register findings — in a number of syncs that does
// not grow with the number of schools.
import { SheetGrid } from '../../../src/core/grid';
import { analyseIndicators } from '../../../src/core/indicators/analyse';
import { RISK_COLOURS } from '../../../src/core/indicators/risk-formats';
import { indicatorsPlan, REGISTER_FINDINGS_SHEET, RISKS_SHEET, SUMMARY_SHEET } from '../../../src/core/indicators/summary-plan';
import { THRESHOLDS_SHEET } from '../../../src/core/indicators/thresholds-sheet';
import { footerTopRow, isFormula, PlanSheet, PlanValue, tableTopRow, WritePlan } from '../../../src/core/plan';
import { FakeExcel, MB, SyncStat } from '../../fakes/excel';
import { rowsOf } from '../../helpers/plan';
import { bigVprRegister, excelWith, fixture, hostOn, VPR } from './helpers';

const sent = (syncs: SyncStat[]): number => syncs.reduce((n, s) => n + s.requestBytes, 0);

function planFor(grids: SheetGrid[]): { plan: WritePlan; summary: PlanSheet } {
  const { plan } = indicatorsPlan(analyseIndicators(grids), grids);
  return { plan, summary: plan.sheets.find((s) => s.name === SUMMARY_SHEET) as PlanSheet };
}

/** What Range.formulas should read for a plan value: the formula, or the value as entered. */
const asEntered = (v: PlanValue): string | number | boolean => (isFormula(v) ? v.formula : v === null ? '' : v);

/** Rows of a sheet read back through the Office.js API, as Range.formulas gives them. */
async function formulasOf(fake: FakeExcel, sheet: string, address: string): Promise<(string | number | boolean)[][]> {
  return fake.run(async (ctx) => {
    const r = ctx.workbook.worksheets.getItem(sheet).getRange(address).load('formulas');
    await ctx.sync();
    return r.formulas as (string | number | boolean)[][];
  });
}

/** The summary's table and footer as they should read back. */
function expectSummary(fake: FakeExcel, summary: PlanSheet): Promise<void> {
  const top = tableTopRow(summary);
  const width = summary.table.columns.length;
  const last = String.fromCharCode(64 + width); // Сводная of the fixture: 21 columns, A:U
  return (async () => {
    const body = await formulasOf(fake, SUMMARY_SHEET, `A${top + 2}:${last}${top + 1 + rowsOf(summary).length}`);
    expect(body).toEqual(rowsOf(summary).map((r) => r.map(asEntered)));
    const f = footerTopRow(summary);
    const footer = await formulasOf(fake, SUMMARY_SHEET, `A${f + 1}:${last}${f + 3}`);
    expect(footer).toEqual((summary.footer ?? []).map((r) => r.map(asEntered)));
  })();
}

describe('the summary of vpr-sample.xlsx in Excel', () => {
  test('Сводная: live formulas, the footer, 2 colour rules per indicator column in the plan’s order; Пороги, Риски, Замечания — in 2 syncs', async () => {
    const grids = await fixture(VPR);
    const { plan, summary } = planFor(grids);
    const { fake, host } = excelWith(grids);
    await host.writePlan(plan);
    expect(fake.syncCount).toBe(2); // which sheets exist; then everything
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['ВПР', SUMMARY_SHEET, THRESHOLDS_SHEET, RISKS_SHEET, REGISTER_FINDINGS_SHEET]);

    // Every figure and place of the fixture is a formula over the register (its rows are clean).
    await expectSummary(fake, summary);
    const figures = rowsOf(summary).flatMap((r) => r.slice(1));
    expect(figures.length).toBe(6 * 20);
    expect(figures.every(isFormula)).toBe(true);
    expect(fake.formula(SUMMARY_SHEET, 'B4')).toMatch(/^=IF\(\(SUMIFS\('ВПР'!\$E\$2:\$E\$1048576,'ВПР'!\$A\$2:\$A\$1048576,"="&\$A4,/);
    expect(fake.formula(SUMMARY_SHEET, 'C9')).toBe('=IF(ISNUMBER(B9),RANK.EQ(B9,B$4:B$9,1),"")');
    // The footer: one blank row under the table, labels in bold, not part of the table.
    expect(fake.sheet(SUMMARY_SHEET).cell(10, 0)).toMatchObject({ v: 'Район', bold: true });
    expect(fake.formula(SUMMARY_SHEET, 'B12')).toBe('=IF(COUNT(B4:B9)=0,"",AVERAGE(B4:B9))');
    expect(fake.formula(SUMMARY_SHEET, 'B13')).toBe('=IF(COUNT(B4:B9)=0,"",MEDIAN(B4:B9))');
    expect(fake.book.tables.find((t) => t.name === 'ОКО_Сводная')?.rect).toEqual({ top: 2, left: 0, bottom: 8, right: 20 });
    expect(fake.sheet(SUMMARY_SHEET).cell(3, 1)?.fmt).toBe('0.0%');
    expect(fake.sheet(SUMMARY_SHEET).cell(3, 2)?.fmt).toBe('0');

    // Two rules for each of the 10 indicator columns, over the schools' rows only, «риск» first.
    const rules = fake.conditionalFormats(SUMMARY_SHEET);
    expect(rules).toHaveLength(2 * 10);
    expect(rules).toEqual((summary.conditionalFormats ?? []).map((cf) => ({ type: 'Custom', range: cf.range, formula: cf.formula, fill: cf.fill, font: cf.font })));
    const byRange = new Map<string, string[]>();
    for (const r of rules) byRange.set(r.range, [...(byRange.get(r.range) ?? []), r.fill as string]);
    expect([...byRange.keys()]).toEqual(['B4:B9', 'D4:D9', 'F4:F9', 'H4:H9', 'J4:J9', 'L4:L9', 'N4:N9', 'P4:P9', 'R4:R9', 'T4:T9']);
    for (const fills of byRange.values()) expect(fills).toEqual([RISK_COLOURS['риск'].fill, RISK_COLOURS['внимание'].fill]);
    // The rules read the thresholds table by plain references (Excel refuses structured ones).
    expect(rules[0].formula).toContain("'Пороги'!$A$4:$A$503=\"vpr.fail\"");

    // Пороги: created with the defaults the analysis used; Риски: one row per risk.
    const thresholds = plan.sheets.find((s) => s.name === THRESHOLDS_SHEET) as PlanSheet;
    const read = await formulasOf(fake, THRESHOLDS_SHEET, `A4:E${3 + rowsOf(thresholds).length}`);
    expect(read).toEqual(rowsOf(thresholds).map((r) => r.map(asEntered)));
    // Значение: shares as percentages, medal.unconfirmed (a count) as a number, not «0,0 %».
    const formatOf = (indicator: string): string | undefined => {
      const k = rowsOf(thresholds).findIndex((r) => r[0] === indicator);
      return fake.sheet(THRESHOLDS_SHEET).cell(3 + k, 2)?.fmt;
    };
    expect([formatOf('vpr.fail'), formatOf('medal.unconfirmed')]).toEqual(['0.0%', '0.00']);
    expect(fake.book.tables.map((t) => t.name)).toEqual(['ОКО_Сводная', 'ОКО_Пороги', 'ОКО_Риски', 'ОКО_Замечания_реестров']);
    const risks = plan.sheets.find((s) => s.name === RISKS_SHEET) as PlanSheet;
    expect(fake.sheet(RISKS_SHEET).shown(3, 6)).toBe(rowsOf(risks)[0][6]);
    expect(fake.sheet(RISKS_SHEET).shown(3 + rowsOf(risks).length - 1, 0)).toBe(rowsOf(risks)[rowsOf(risks).length - 1][0]);

    // Built again: the same 2 syncs, and one of each sheet.
    fake.resetStats();
    await host.writePlan(plan);
    expect(fake.syncCount).toBe(2);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(['ВПР', THRESHOLDS_SHEET, SUMMARY_SHEET, RISKS_SHEET, REGISTER_FINDINGS_SHEET]);
    expect(fake.conditionalFormats(SUMMARY_SHEET)).toHaveLength(20);
  });

  test('Пороги is created when absent, then left exactly as the user edited it; the risks follow the edit', async () => {
    const grids = await fixture(VPR);
    const first = planFor(grids).plan;
    const { fake, host } = excelWith(grids);
    await host.writePlan(first);
    // The methodologist raises the «Доля «2»» attention threshold from 15 % to 50 %.
    const sheet = fake.sheet(THRESHOLDS_SHEET);
    const row = sheet.rows.findIndex((r) => r?.[0]?.v === 'vpr.fail' && r?.[3]?.v === 'внимание');
    expect(sheet.cell(row, 2)?.v).toBe(0.15);
    sheet.enter(row, 2, 0.5);
    const edited = JSON.stringify(sheet);

    // The plan made before the edit still carries Пороги (to create it): the sheet is kept.
    await host.writePlan(first);
    expect(JSON.stringify(fake.sheet(THRESHOLDS_SHEET))).toBe(edited);

    // Read again, the workbook's Пороги is the user's: the plan leaves it out, the risks follow it.
    const again = (await host.readSheets()).filter((g) => g.name === 'ВПР' || g.name === THRESHOLDS_SHEET);
    const analysis = analyseIndicators(again);
    expect(analysis.thresholdsFrom).toBe('sheet');
    // Before: СОШ № 1, 2, 3 over «≥ 15 %»; now only the worst school, by the «в 10 % худших» row.
    expect(analysis.risks.filter((r) => r.indicator === 'vpr.fail').map((r) => [r.school, r.threshold])).toEqual([['МБОУ «СОШ № 2»', 'в 10 % худших']]);
    const { plan } = indicatorsPlan(analysis, again);
    expect(plan.sheets.map((s) => s.name)).toEqual([SUMMARY_SHEET, RISKS_SHEET, REGISTER_FINDINGS_SHEET]);
    await host.writePlan(plan);
    expect(JSON.stringify(fake.sheet(THRESHOLDS_SHEET))).toBe(edited);
    expect(fake.book.sheets.filter((s) => s.name === THRESHOLDS_SHEET)).toHaveLength(1);
    // The colour rules read the same table, wherever the user's header is.
    expect(fake.conditionalFormats(SUMMARY_SHEET)[0].formula).toContain("'Пороги'!$A$4:$A$503");
  });

  // ExcelApi: 1.1 Excel 2016, 1.5 (no conditional formats yet), 1.6 (they arrive), 1.8 Excel 2019,
  // 1.9 (autoFill), 1.18 Microsoft 365.
  test.each(['1.1', '1.5', '1.6', '1.8', '1.9', '1.18'])('ExcelApi %s: the summary and its formulas are written; colours only from 1.6', async (api) => {
    const grids = await fixture(VPR);
    const { plan, summary } = planFor(grids);
    const { fake, host } = excelWith(grids, { api });
    await host.writePlan(plan);
    await expectSummary(fake, summary);
    expect(fake.conditionalFormats(SUMMARY_SHEET)).toHaveLength(fake.supports('ExcelApi', '1.6') ? 20 : 0);
    expect(fake.syncs.filter((s) => s.error)).toEqual([]);
  });
});

describe('syncs do not grow with the number of schools', () => {
  // Measured: 6 schools → 2 syncs (85 KB, 225 actions); 2 000 schools → 2 syncs (0.56 MB,
  // 225 actions). Without Range.autoFill (ExcelApi < 1.9, e.g. Excel 2019) every formula is
  // sent: 2 000 schools are 20 MB, 7 syncs — still 1 per 4 MB, never one per school.
  const measured: Record<number, { syncs: number; actions: number }> = {};

  test.each([6, 2_000])('%i schools: 2 syncs, the same actions, every formula in place', async (schools) => {
    const grid = bigVprRegister(schools);
    const { plan, summary } = planFor([grid]);
    expect(rowsOf(summary)).toHaveLength(schools);
    const fake = new FakeExcel();
    fake.loadGrid(grid);
    await hostOn(fake).writePlan(plan);
    measured[schools] = { syncs: fake.syncCount, actions: fake.syncs.reduce((n, s) => n + s.actions, 0) };
    expect(fake.syncCount).toBe(2);
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThan(MB);
    // Filled down, each cell holds the formula the engine wrote for its row.
    const rows = rowsOf(summary);
    const s = fake.sheet(SUMMARY_SHEET);
    rows.forEach((r, i) => r.forEach((v, c) => expect([i, c, s.cell(3 + i, c)?.f ?? s.cell(3 + i, c)?.v ?? '']).toEqual([i, c, asEntered(v)])));
    expect(fake.conditionalFormats(SUMMARY_SHEET).map((cf) => cf.range).slice(0, 2)).toEqual([`B4:B${3 + schools}`, `B4:B${3 + schools}`]);
  });

  test('the same count for 6 and for 2 000 schools', () => {
    expect(measured[6]).toBeDefined();
    expect(measured[2_000]).toEqual(measured[6]);
  });

  test('Excel 2019 (no autoFill): 2 000 schools’ formulas cell by cell, 1 sync per 4 MB, each request under the limit', async () => {
    const grid = bigVprRegister(2_000);
    const { plan, summary } = planFor([grid]);
    const fake = new FakeExcel({ version: 'Excel 2019' });
    fake.loadGrid(grid);
    await hostOn(fake).writePlan(plan);
    expect(fake.syncCount).toBeLessThanOrEqual(3 + Math.ceil(sent(fake.syncs) / (4 * MB)));
    for (const s of fake.syncs) expect(s.requestBytes).toBeLessThan(4.5 * MB);
    expect(fake.formula(SUMMARY_SHEET, 'C2003')).toBe((rowsOf(summary)[1999][2] as { formula: string }).formula);
  });
});
