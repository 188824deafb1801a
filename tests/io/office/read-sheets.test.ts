// Reading a workbook open in Excel gives the engine the same grids as reading the file.
import { CellRange, cellKey, SheetGrid } from '../../../src/core/grid';
import { gridOf } from '../../helpers/grid';
import { excelWith, fixture, NOVO, SEVERSKIY, trimmed, VERSIONS } from './helpers';

const byPosition = (a: CellRange, b: CellRange): number => a.top - b.top || a.left - b.left;

/** A sheet with what the fixtures lack: a date with its format, a link, a formula's value. */
function extras(): SheetGrid {
  const g = gridOf('Прочее', [
    ['Дата', 'Ссылка', 'Число'],
    [44562, 'Приказ № 5', 3.5],
    [null, null, null, 'далеко справа'],
  ]);
  g.numberFormats = new Map([[cellKey(1, 0), 'dd.mm.yyyy']]);
  g.links = new Map([[cellKey(1, 1), 'https://school.example.ru/prikaz5.pdf']]);
  return g;
}

describe('readSheets', () => {
  test.each([['Новосергиевка', NOVO], ['Северский', SEVERSKIY]])('round-trips the sheets of %s: values, merges, protection — in 2 syncs', async (_name, file) => {
    const grids = await fixture(file);
    const { fake, host } = excelWith(grids);
    const read = await host.readSheets();
    expect(fake.syncCount).toBe(2);
    expect(read.map((g) => g.name)).toEqual(grids.map((g) => g.name));
    read.forEach((g, i) => {
      const want = grids[i];
      expect(trimmed(g.values)).toEqual(trimmed(want.values));
      expect([...g.merges].sort(byPosition)).toEqual([...want.merges].sort(byPosition));
      expect(g.protection?.protected ?? false).toBe(want.protection?.protected ?? false);
      expect(g.protection?.options).toEqual(want.protection?.options);
    });
  });

  test('dates arrive as serial numbers with their format; links and number formats are kept', async () => {
    const { host } = excelWith([extras()]);
    const [g] = await host.readSheets();
    expect(g.values).toEqual([
      ['Дата', 'Ссылка', 'Число'],
      [44562, 'Приказ № 5', 3.5],
      [null, null, null, 'далеко справа'],
    ]);
    expect([...(g.numberFormats ?? [])]).toEqual([[cellKey(1, 0), 'dd.mm.yyyy']]);
    expect([...(g.links ?? [])]).toEqual([[cellKey(1, 1), 'https://school.example.ru/prikaz5.pdf']]);
  });

  test('a used range that does not start at A1 keeps its cells where they are', async () => {
    const g = gridOf('Сдвиг', [[], [], [null, null, 'C3'], [null, null, null, 'D4']]);
    const { host } = excelWith([g]);
    const [read] = await host.readSheets();
    expect(read.values).toEqual([[], [], [null, null, 'C3'], [null, null, null, 'D4']]);
  });

  test('an empty sheet reads as no rows', async () => {
    const { host } = excelWith([gridOf('Пусто', [])]);
    expect((await host.readSheets())[0].values).toEqual([]);
  });

  test.each(VERSIONS)('on %s: what that Excel can tell, and no API it lacks', async (version) => {
    const grids = [...(await fixture(NOVO)), extras()];
    const { fake, host } = excelWith(grids, { version });
    const read = await host.readSheets();
    expect(fake.syncCount).toBe(2); // nothing failed and was retried
    const roadmap = read[0];
    expect(trimmed(roadmap.values)).toEqual(trimmed(grids[0].values));
    // Protection: ExcelApi 1.2 (not in Excel 2016). Merged areas: 1.13. Hyperlinks in bulk: 1.9.
    expect(roadmap.protection?.protected ?? false).toBe(version !== 'Excel 2016');
    expect(roadmap.merges.length).toBe(['Excel 2021', 'Microsoft 365'].includes(version) ? grids[0].merges.length : 0);
    expect(read[3].links?.size).toBe(version === 'Excel 2016' || version === 'Excel 2019' ? 0 : 1);
  });

  test('over 512 merged areas (one request cannot ask for them): read again in blocks, none lost', async () => {
    const rows = Array.from({ length: 1500 }, (_, i) => [`Раздел ${i + 1}`, null, `строка ${i + 1}`]);
    const g = gridOf('Много объединений', rows, rows.map((_, i) => `A${i + 1}:B${i + 1}`));
    const { fake, host } = excelWith([g]);
    const [read] = await host.readSheets();
    expect(read.merges).toHaveLength(1500);
    expect([...read.merges].sort(byPosition)).toEqual([...g.merges].sort(byPosition));
    expect(trimmed(read.values)).toEqual(trimmed(g.values));
    // names; the whole read (refused); extents; one piece.
    expect(fake.syncs.map((s) => s.error ?? 'ok')).toEqual(['ok', 'GeneralException', 'ok', 'ok']);
  });

  test('ОКО’s very hidden record sheet is not handed to the engine', async () => {
    const { fake, host } = excelWith(await fixture(NOVO));
    fake.book.addSheet('ОКО_отметки').visibility = 'VeryHidden';
    expect((await host.readSheets()).map((g) => g.name)).not.toContain('ОКО_отметки');
  });
});

describe('listSheets', () => {
  test('names in order, the active one, protected ones; very hidden sheets left out; one sync', async () => {
    const { fake, host } = excelWith(await fixture(NOVO));
    fake.book.addSheet('ОКО_отметки').visibility = 'VeryHidden';
    fake.book.active = fake.sheet('Приложение 2');
    expect(await host.listSheets()).toEqual([
      { name: 'Приложение 1', active: false, protected: true },
      { name: 'Приложение 2', active: true, protected: true },
      { name: 'Ответственные', active: false, protected: false },
    ]);
    expect(fake.syncCount).toBe(1);
  });

  test('Excel 2016 cannot tell protection: every sheet reads as unprotected', async () => {
    const { host } = excelWith(await fixture(NOVO), { version: 'Excel 2016' });
    expect((await host.listSheets()).map((s) => s.protected)).toEqual([false, false, false]);
  });
});
