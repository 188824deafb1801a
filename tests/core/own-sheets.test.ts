import { isOwnSheet, usersSheets } from '../../src/core/own-sheets';
import { Collection } from '../../src/core/templates/collect';
import { collectPlan } from '../../src/core/templates/register-plan';
import { gridOf } from '../helpers/grid';
import { learned } from './templates/build';

test('every sheet a collected register writes is ОКО’s own, «Записи …» of each table included; the user’s are not', async () => {
  const template = await learned([
    { name: 'Отчёт', rows: [['Наименование ОО', null]], inputs: ['B1'] },
    { name: 'Процедуры', rows: [['Процедура', 'Дата'], [null, null], [null, null]], inputs: ['A2:B3'] },
  ]);
  const empty: Collection = { template, files: [], rows: [], records: [], problems: [] };
  const written = collectPlan(empty).sheets.map((s) => s.name);
  expect(written.some((n) => n.startsWith('Записи '))).toBe(true);
  expect(written.filter((n) => !isOwnSheet(n))).toEqual([]);
  const grids = ['Отчёт', 'Процедуры', 'Пороги', ...written].map((n) => gridOf(n, []));
  expect(usersSheets(grids).map((g) => g.name)).toEqual(['Отчёт', 'Процедуры', 'Пороги']);
});
