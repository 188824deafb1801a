// What the «Показатели» panel offers and where it goes: pure functions over the engine's results.
import { readFileSync } from 'node:fs';
import { analyseIndicators } from '../../src/core/indicators/analyse';
import { findRegisters } from '../../src/core/indicators/registers';
import { indicatorsPlan } from '../../src/core/indicators/summary-plan';
import { readWorkbook } from '../../src/io/xlsx/read-workbook';
import { afterBuild, applicable, discoveryOf, summaryCell, usersSheets } from '../../src/ui/indicators/selection';
import { SAMPLE, vprGrid } from '../core/indicators/helpers';
import { VPR } from '../helpers/files';
import { gridOf } from '../helpers/grid';

test('ОКО’s own sheets are neither registers nor sheets to explain; Пороги and the user’s sheets stay', () => {
  const names = ['ВПР', 'Сводная', 'Пороги', 'Риски', 'Замечания к реестрам', 'Реестр мероприятий', 'Замечания', 'сводная ', 'Лист1'];
  expect(usersSheets(names.map((n) => gridOf(n, []))).map((g) => g.name)).toEqual(['ВПР', 'Пороги', 'Лист1']);
});

test('indicators offered: those a ticked register can give; none without a register', () => {
  const grids = [vprGrid(SAMPLE)];
  const d = discoveryOf(analyseIndicators(grids));
  expect(applicable(d.indicators, d.registers).map((i) => i.id)).toEqual(d.indicators.map((i) => i.id));
  expect(applicable(d.indicators, [])).toEqual([]);
  // ЕГЭ registers give none of the ВПР indicators.
  expect(applicable(d.indicators, d.registers.map((r) => ({ ...r, kind: 'ege' as const })))).toEqual([]);
});

test('a risk’s cell in Сводная: the school’s row, the indicator’s figure column', async () => {
  const { sheets } = await readWorkbook(new Uint8Array(readFileSync(VPR)));
  const a = analyseIndicators(sheets);
  const { layout } = indicatorsPlan(a, sheets);
  expect(summaryCell(layout, 'МБОУ «СОШ № 3»', 'vpr.participation.min')).toBe('N6');
  expect(summaryCell(layout, 'МБОУ «СОШ № 1»', 'vpr.fail')).toBe('B4');
  expect(summaryCell(layout, 'Нет такой', 'vpr.fail')).toBeNull();
  expect(summaryCell(layout, 'МБОУ «СОШ № 1»', 'ege.high')).toBeNull();
});

test('after a build over some registers: the rows it counted, the count known before for the others', () => {
  const grids = [vprGrid(SAMPLE, undefined, 'ВПР'), vprGrid(SAMPLE.slice(0, 2), undefined, 'ВПР-2')];
  const before = discoveryOf(analyseIndicators(grids));
  expect(before.registers.map((r) => [r.sheet, r.rowsUsed])).toEqual([['ВПР', 4], ['ВПР-2', 2]]);
  const found = findRegisters(grids);
  const built = analyseIndicators(grids, { registers: found.registers.slice(1), indicators: ['vpr.fail'] });
  const after = afterBuild(before, found, built);
  expect(after.registers.map((r) => [r.sheet, r.rowsUsed])).toEqual([['ВПР', 4], ['ВПР-2', 2]]);
  expect(after.indicators.map((i) => i.id)).toEqual(before.indicators.map((i) => i.id));
  expect(afterBuild(null, found, built).registers.map((r) => r.rowsUsed)).toEqual([null, 2]);
});
