// Change events: where Excel has worksheets.onChanged (ExcelApi 1.9) the host offers onChanged,
// a user's edit calls the listener, unsubscribing unregisters the handler; older Excel has none.
import { gridOf } from '../../helpers/grid';
import { excelWith } from './helpers';
import { FakeExcel } from '../../fakes/excel';
import { ExcelHost } from '../../../src/io/office/excel-host';

const flush = () => new Promise((r) => setTimeout(r, 5));
const grids = () => [gridOf('Отчёт ОО', [['Наименование ОО', 'СОШ № 1']])];

test('an edit calls the listener; after unsubscribing, edits call nothing and the handler is gone', async () => {
  const { fake, host } = excelWith(grids());
  expect(host.onChanged).toBeDefined();
  let calls = 0;
  const off = (host.onChanged as NonNullable<typeof host.onChanged>)(() => calls++);
  await flush();
  expect(fake.changeHandlerCount).toBe(1);
  fake.edit('Отчёт ОО', 'B1', 'СОШ № 2');
  await flush();
  expect(calls).toBe(1);
  expect(fake.sheet('Отчёт ОО').cell(0, 1)?.v).toBe('СОШ № 2');
  off();
  await flush();
  expect(fake.changeHandlerCount).toBe(0);
  fake.edit('Отчёт ОО', 'B1', 'СОШ № 3');
  await flush();
  expect(calls).toBe(1);
});

test('unsubscribing at once, before the handler is registered, still leaves none and calls nothing', async () => {
  const { fake, host } = excelWith(grids());
  let calls = 0;
  const off = (host.onChanged as NonNullable<typeof host.onChanged>)(() => calls++);
  off();
  fake.edit('Отчёт ОО', 'B1', 'x');
  await flush();
  await flush();
  expect(fake.changeHandlerCount).toBe(0);
  expect(calls).toBe(0);
});

test.each(['Excel 2016', 'Excel 2019'] as const)('%s (before ExcelApi 1.9): no onChanged at all', (version) => {
  const { host } = excelWith(grids(), { version });
  expect(host.onChanged).toBeUndefined();
});

test('the fake refuses the event below 1.9 like any newer API: ApiNotFound when the batch syncs', async () => {
  const fake = new FakeExcel({ version: 'Excel 2019' });
  fake.loadGrid(grids()[0]);
  // Forced past the feature check, as an add-in that does not check would do.
  const host = new ExcelHost({ run: fake.run, supports: () => true });
  await expect(fake.run(async (ctx) => {
    (ctx.workbook.worksheets as unknown as { onChanged: { add(h: () => void): unknown } }).onChanged.add(() => undefined);
    await ctx.sync();
  })).rejects.toMatchObject({ code: 'ApiNotFound' });
  // The host's own registration swallows that failure: the pane keeps its button.
  const off = (host.onChanged as NonNullable<typeof host.onChanged>)(() => undefined);
  await flush();
  off();
  expect(fake.changeHandlerCount).toBe(0);
});
