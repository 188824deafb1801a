// Writing ОКО's sheets into the open workbook: the same tables as the xlsx adapter writes,
// text kept as text, the user's sheets untouched.
import { dayOf, excelSerialFromDay } from '../../../src/core/dates';
import { SheetGrid } from '../../../src/core/grid';
import { WritePlan } from '../../../src/core/plan';
import { FINDINGS_SHEET, REGISTER_SHEET, REGISTER_TABLE, roadmapPlan } from '../../../src/core/roadmap/register-plan';
import { newWorkbookBytes } from '../../../src/io/xlsx/new-workbook';
import { readWorkbook } from '../../../src/io/xlsx/read-workbook';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { collectPlan } from '../../../src/core/templates/register-plan';
import { collectFiles, loadTemplate, SourceFile } from '../../../src/io/xlsx/collect-files';
import { SCHOOL_FILES, SCHOOL_TEMPLATE } from '../../helpers/files';
import { FakeExcel } from '../../fakes/excel';
import { roadmapGrid } from '../../helpers/grid';
import { analysed, excelWith, fixture, NOVO, SEVERSKIY, trimmed, VERSIONS } from './helpers';

const userSheets = (fake: FakeExcel, names: string[]): string => JSON.stringify(names.map((n) => ({ ...fake.sheet(n), notes: [...fake.sheet(n).notes] })));

async function twin(plan: WritePlan): Promise<SheetGrid[]> {
  return (await readWorkbook(await newWorkbookBytes(plan))).sheets;
}

describe('writePlan', () => {
  test.each([['Новосергиевка', NOVO], ['Северский', SEVERSKIY]])('%s: the register and the findings, cell for cell what the xlsx adapter writes', async (_name, file) => {
    const grids = await fixture(file);
    const plan = roadmapPlan(analysed(grids));
    const { fake, host } = excelWith(grids);
    await host.writePlan(plan);
    const read = (await host.readSheets()).filter((g) => plan.sheets.some((s) => s.name === g.name));
    const expected = await twin(plan);
    expect(read.map((g) => g.name)).toEqual([REGISTER_SHEET, FINDINGS_SHEET]);
    read.forEach((g, i) => {
      expect(trimmed(g.values)).toEqual(trimmed(expected[i].values));
      expect([...(g.links ?? [])]).toEqual([...(expected[i].links ?? [])]);
    });
    // Two syncs: which sheets exist, then everything.
    fake.resetStats();
    await host.writePlan(plan);
    expect(fake.syncCount).toBe(2);
  });

  test('tables, formats, drop-down, frozen header and widths as the plan says', async () => {
    const grids = await fixture(NOVO);
    const plan = roadmapPlan(analysed(grids));
    const { fake, host } = excelWith(grids);
    await host.writePlan(plan);
    const reg = fake.sheet(REGISTER_SHEET);
    const rows = plan.sheets[0].table.rows.length;
    const table = fake.book.tables.find((t) => t.name === REGISTER_TABLE);
    expect(table).toMatchObject({ sheet: reg, style: 'TableStyleMedium2', rect: { top: 2, left: 0, bottom: 2 + rows, right: 14 } });
    expect(fake.book.tables.map((t) => t.name).sort()).toEqual(['ОКО_Замечания', 'ОКО_Реестр']);
    expect(reg.cell(0, 0)).toMatchObject({ v: plan.sheets[0].title, bold: true });
    expect(reg.cell(2, 3)).toMatchObject({ v: 'Мероприятие', bold: true });
    expect(reg.freezeRows).toBe(3);
    expect(reg.cell(3, 0)?.fmt).toBe('@');
    expect(reg.cell(3, 13)?.fmt).toBe('0');
    expect(reg.cell(3, 3)).toMatchObject({ wrap: true, valign: 'Top' });
    expect(reg.columnWidths.get(3)).toBeCloseTo((60 * 7 + 5) * 0.75);
    const list = reg.validations.find((v) => v.rect.left === 10);
    expect(list?.rect).toEqual({ top: 3, left: 10, bottom: 1002, right: 10 });
    expect(list?.rule).toEqual({ list: { inCellDropDown: true, source: 'Запланировано,В работе,Исполнено,Не исполнено,Отменено' } });
    expect(list?.errorAlert).toMatchObject({ showAlert: false });
  });

  test('dates are serial numbers shown dd.mm.yyyy; a date the engine could not read stays text', async () => {
    const grids = [roadmapGrid([['1.', 'Совещание', '24.08.2021', 'Иванов И.И.', 'Исполнено', 'в конце августа', 'https://a.ru/1']])];
    const { fake, host } = excelWith(grids);
    await host.writePlan(roadmapPlan(analysed(grids)));
    const reg = fake.sheet(REGISTER_SHEET);
    expect(reg.cell(3, 6)).toMatchObject({ v: excelSerialFromDay(dayOf(2021, 8, 24)), fmt: 'dd.mm.yyyy' }); // Начало
    expect(reg.cell(3, 11)).toMatchObject({ v: 'в конце августа', fmt: '@' }); // Дата исполнения
    expect(reg.cell(3, 12)).toMatchObject({ v: 'https://a.ru/1', link: { address: 'https://a.ru/1' } });
  });

  test('text from a school’s file stays text: «=1+1», «+7», «- пункт», «@…», «001» are not formulas or numbers', async () => {
    const tricky = ['=1+1', '+7', '- провести совещание', '@СУММ(A1)', '001', '=HYPERLINK("http://evil.example","жми")'];
    const grids = [roadmapGrid(tricky.map((t, i) => [`${i + 1}.`, t, '24.08.2021', 'Иванов И.И.', t, null, t]))];
    const { fake, host } = excelWith(grids);
    await host.writePlan(roadmapPlan(analysed(grids)));
    const reg = fake.sheet(REGISTER_SHEET);
    tricky.forEach((t, i) => {
      expect(reg.cell(3 + i, 3)).toMatchObject({ v: t, fmt: '@' }); // Мероприятие
      expect(reg.cell(3 + i, 3)?.f).toBeUndefined();
      expect(reg.cell(3 + i, 10)).toMatchObject({ v: t, fmt: '@' }); // Отметка об исполнении
      expect(reg.cell(3 + i, 12)).toMatchObject({ v: t, fmt: '@' }); // Подтверждающий документ (a link column)
    });
    const formulas = reg.rows.flatMap((row) => (row ?? []).filter((c) => c?.f !== undefined));
    expect(formulas).toEqual([]);
  });

  test('never touches the user’s sheets, protected or not', async () => {
    const grids = await fixture(NOVO);
    const { fake, host } = excelWith(grids, { password: 'секрет' });
    const before = userSheets(fake, grids.map((g) => g.name));
    await host.writePlan(roadmapPlan(analysed(grids)));
    expect(userSheets(fake, grids.map((g) => g.name))).toBe(before);
  });

  test('replaces ОКО’s own sheets: run twice, one of each, with the new content', async () => {
    const grids = await fixture(NOVO);
    const { fake, host } = excelWith(grids);
    await host.writePlan(roadmapPlan(analysed(grids, dayOf(2021, 10, 1))));
    await host.writePlan(roadmapPlan(analysed(grids, dayOf(2022, 3, 1))));
    expect(fake.book.sheets.map((s) => s.name)).toEqual([...grids.map((g) => g.name), REGISTER_SHEET, FINDINGS_SHEET]);
    expect(fake.book.tables).toHaveLength(2);
    expect(fake.sheet(FINDINGS_SHEET).shown(0, 0)).toContain('01.03.2022');
  });

  test('a sheet the plan may not replace: refused before anything is written', async () => {
    const grids = await fixture(NOVO);
    const { fake, host } = excelWith(grids);
    const plan = roadmapPlan(analysed(grids));
    const mine: WritePlan = { sheets: [plan.sheets[1], { ...plan.sheets[0], name: 'ответственные', replace: false }] };
    const before = fake.snapshot();
    await expect(host.writePlan(mine)).rejects.toThrow('Лист «ответственные» уже есть в книге.');
    expect(fake.snapshot()).toBe(before);
  });

  test.each(VERSIONS)('on %s: the tables are written, optional formatting only where the API exists', async (version) => {
    const grids = await fixture(NOVO);
    const plan = roadmapPlan(analysed(grids));
    const { fake, host } = excelWith(grids, { version });
    await host.writePlan(plan);
    const reg = fake.sheet(REGISTER_SHEET);
    expect(trimmed(reg.rows.slice(3).map((row) => Array.from(row ?? [], (c) => c?.v ?? null)))).toHaveLength(plan.sheets[0].table.rows.length);
    const newer = (v: string): boolean => fake.supports('ExcelApi', v);
    expect(reg.columnWidths.size > 0).toBe(newer('1.2'));
    expect(reg.freezeRows).toBe(newer('1.7') ? 3 : 0);
    expect(reg.validations.length > 0).toBe(newer('1.8'));
  });
});

describe('readRegisterTracking', () => {
  test('what users typed in the register, dates as ISO; [] when there is no register', async () => {
    const grids = await fixture(NOVO);
    const { fake, host } = excelWith(grids);
    expect(await host.readRegisterTracking(REGISTER_SHEET)).toEqual([]);
    await host.writePlan(roadmapPlan(analysed(grids)));
    const reg = fake.sheet(REGISTER_SHEET);
    reg.enter(5, 10, 'В работе');
    reg.ensure(5, 11).v = excelSerialFromDay(dayOf(2021, 11, 30));
    reg.enter(5, 12, 'https://rmk.example.ru/p.pdf');
    fake.resetStats();
    const typed = await host.readRegisterTracking(REGISTER_SHEET);
    expect(fake.syncCount).toBe(2);
    expect(typed).toHaveLength(analysed(grids).roadmap.items.length);
    expect(typed[2]).toEqual({ id: reg.shown(5, 0), activity: reg.shown(5, 3), status: 'В работе', doneOn: '2021-11-30', proof: 'https://rmk.example.ru/p.pdf' });
    expect(typed[0]).toMatchObject({ id: '1', status: 'Исполнено', doneOn: '2021-08-25' });
  });
});

describe('every ОКО job in one workbook', () => {
  const fromDisk = (file: string): SourceFile => ({ name: path.basename(file), read: async () => new Uint8Array(readFileSync(file)) });

  test('the roadmap register, then the collected reports: sheets and Excel tables of their own, nothing replaced', async () => {
    const grids = await fixture(NOVO);
    const { fake, host } = excelWith(grids);
    await host.writePlan(roadmapPlan(analysed(grids)));
    const loaded = await loadTemplate(fromDisk(SCHOOL_TEMPLATE));
    if (!loaded.ok) throw new Error('the blank template did not load');
    const run = await collectFiles(loaded.template, SCHOOL_FILES.map(fromDisk));
    // Excel refuses a second table of the same name (ItemAlreadyExists), as the fake does.
    await host.writePlan(collectPlan(run.collection));
    const tables = fake.book.tables.map((t) => t.name);
    expect(new Set(tables.map((n) => n.toLowerCase())).size).toBe(tables.length);
    expect(fake.book.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([REGISTER_SHEET, FINDINGS_SHEET, 'Реестр отчётов', 'Замечания к отчётам', 'Поля шаблона']));
  });
});
