// oko collect in-process: the fixtures, folders and globs, duplicates, broken files among good
// ones, the register workbook, and the exit codes.
import ExcelJS from 'exceljs';
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { SCHOOL_FILES, SCHOOL_REPORTS, SCHOOL_TEMPLATE, tempDir } from '../helpers/files';
import { emptyFile, textAsXlsx } from '../helpers/bad-files';
import { bookBytes, districtTemplate } from '../core/templates/build';

interface Json {
  fields: { id: string; label: string; sheet: string; cell: string; type: string }[];
  rows: { file: string; school: string | null; values: Record<string, unknown>; sources: Record<string, string> }[];
  records: { table: string; file: string; row: number; values: Record<string, unknown> }[];
  problems: { file: string; school: string | null; sheet: string | null; cell: string | null; problem: string; message: string }[];
}

const collect = async (...args: string[]) => runCli(['collect', '--template', SCHOOL_TEMPLATE, ...args]);

describe('oko collect on the fixtures', () => {
  test('--json: fields, a row per school with sources, problems with ids', async () => {
    const r = await collect(...SCHOOL_FILES, '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe('');
    const j = JSON.parse(r.out) as Json;
    expect(j.fields).toHaveLength(23);
    expect(j.fields[0]).toEqual({ id: '1.B3', label: 'Наименование ОО', sheet: 'Отчёт ОО', cell: 'B3', type: 'text' });
    expect(j.rows.map((x) => x.school)).toEqual(['МОАУ «СОШ № 1 п. Новосергиевка»', 'МОАУ «Лапазская СОШ»', 'МОАУ «Кулагинская СОШ»']);
    expect(j.rows[0].file).toBe(SCHOOL_FILES[0]);
    expect(j.rows[1].values['1.D9']).toBe('Нет');
    expect(j.rows[1].sources['1.D9']).toBe("'Отчёт ОО'!D9");
    expect(j.records).toHaveLength(8);
    expect(j.problems.map((p) => [path.basename(p.file), p.sheet, p.cell, p.problem])).toEqual([
      ['school-2.xlsx', 'Отчёт ОО', 'D16', 'procedure.participation-below-criterion'],
      ['school-3.xlsx', 'Отчёт ОО', 'B5', 'value.missing'],
      ['school-3.xlsx', 'Отчёт ОО', 'D10', 'value.missing'],
      ['school-3.xlsx', 'Отчёт ОО', 'D16', 'value.missing'],
    ]);
    expect(j.problems[1]).toMatchObject({ school: 'МОАУ «Кулагинская СОШ»', message: expect.stringMatching(/^Лист «Отчёт ОО», ячейка B5: не заполнено «Дата заполнения»/) });
  });

  test('the same JSON, byte for byte, for the folder (the blank in it is skipped) and for a glob', async () => {
    const a = await collect(...SCHOOL_FILES, '--json');
    const b = await collect(SCHOOL_REPORTS, '--json');
    const c = await collect(path.join(SCHOOL_REPORTS, 'school-*.xlsx'), '--json');
    expect(b.out).toBe(a.out);
    expect(c.out).toBe(a.out);
  });

  test('the readable report names each file, the school and the problems', async () => {
    const r = await collect(SCHOOL_REPORTS);
    expect(r.code).toBe(0);
    expect(r.out).toContain('23 поля, 1 таблица на 2 листах');
    expect(r.out).toContain('Файлов: 3; прочитано: 3; не прочитано: 0; записей в таблицах: 8.');
    expect(r.out).toContain('school-3.xlsx — МОАУ «Кулагинская СОШ»:');
    expect(r.out).toContain('[value.missing] Лист «Отчёт ОО», ячейка D10');
  });
});

describe('oko collect on a folder of mixed files', () => {
  let dir: string;
  beforeAll(async () => {
    dir = tempDir();
    const inbox = path.join(dir, 'входящие');
    mkdirSync(path.join(inbox, 'вложенная'), { recursive: true });
    copyFileSync(SCHOOL_FILES[0], path.join(inbox, 'a-school-1.xlsx'));
    copyFileSync(SCHOOL_FILES[0], path.join(inbox, 'вложенная', 'b-school-1-again.xlsx'));
    copyFileSync(SCHOOL_FILES[1], path.join(inbox, 'c-school-2.xlsx'));
    textAsXlsx(inbox, 'd-text.xlsx');
    emptyFile(inbox, 'e-empty.xlsx');
    // An Excel 97–2003 file starts with the OLE signature.
    writeFileSync(path.join(inbox, 'f-old.xls'), Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(4096)]));
    writeFileSync(path.join(inbox, '~$a-school-1.xlsx'), 'Excel lock file');
  });

  test('one broken file never stops the others; duplicates, unreadable and old formats are problems', async () => {
    const r = await collect(path.join(dir, 'входящие'), '--json');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.rows.map((x) => path.basename(x.file))).toEqual(['a-school-1.xlsx', 'c-school-2.xlsx', 'b-school-1-again.xlsx']);
    const got = j.problems.map((p) => [path.basename(p.file), p.problem]);
    expect(got).toEqual([
      ['a-school-1.xlsx', 'school.duplicate'],
      ['c-school-2.xlsx', 'procedure.participation-below-criterion'],
      ['d-text.xlsx', 'file.unreadable'],
      ['e-empty.xlsx', 'file.unreadable'],
      ['f-old.xls', 'file.unsupported-format'],
      ['b-school-1-again.xlsx', 'school.duplicate'],
    ]);
    const dup = j.problems.find((p) => p.problem === 'school.duplicate')!;
    expect(dup).toMatchObject({ school: 'МОАУ «СОШ № 1 п. Новосергиевка»', sheet: 'Отчёт ОО', cell: 'B3' });
    expect(dup.message).toContain('b-school-1-again.xlsx');
    expect(j.problems.find((p) => p.problem === 'file.unsupported-format')!.message).toContain('Excel 97–2003 (.xls)');
  });

  test('-o writes the register, the records, the problems and the fields; text from schools is never a formula', async () => {
    const t = path.join(dir, 'шаблон.xlsx');
    writeFileSync(t, await bookBytes(districtTemplate()));
    const copy = path.join(dir, 'копии');
    mkdirSync(copy);
    writeFileSync(path.join(copy, '1.xlsx'), await bookBytes(districtTemplate({ school: '=HYPERLINK("http://x","y")', d8: 'да', d9: '96 %', d10: 96, procedures: [['@SUM(1)', '5', 25, 24]] })));
    const out = path.join(dir, 'реестр.xlsx');
    const r = await runCli(['collect', '-t', t, copy, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain(`Реестр и замечания записаны в «${out}».`);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Реестр отчётов', 'Записи Процедуры', 'Замечания к отчётам', 'Поля шаблона']);
    const reg = wb.getWorksheet('Реестр отчётов')!;
    const header = (reg.getRow(3).values as unknown[]).slice(1);
    expect(header.slice(0, 4)).toEqual(['Файл', 'ОО', 'Наименование ОО', '1. Наличие приказа — Значение']);
    const row = (reg.getRow(4).values as unknown[]).slice(1);
    expect(row[1]).toBe('=HYPERLINK("http://x","y")');
    expect(row[3]).toBe('Да');
    expect(header.indexOf('Ячейка: Наименование ОО')).toBeGreaterThan(0);
    expect(row[header.indexOf('Ячейка: Наименование ОО')]).toBe("'Форма'!B3");
    expect(reg.getRow(4).getCell(6)).toMatchObject({ value: 0.96, numFmt: '0.0%' });
    // Nothing from a school's file became a formula anywhere in the register.
    for (const ws of wb.worksheets) ws.eachRow((r2) => r2.eachCell((c) => expect(c.type).not.toBe(ExcelJS.ValueType.Formula)));
    const records = wb.getWorksheet('Записи Процедуры')!;
    expect((records.getRow(4).values as unknown[]).slice(1)).toEqual([path.join(copy, '1.xlsx'), '=HYPERLINK("http://x","y")', '@SUM(1)', '5', 25, 24, "'Процедуры'!A4:D4"]);
    const problems = wb.getWorksheet('Замечания к отчётам')!;
    expect((problems.getRow(4).values as unknown[]).slice(1, 6)).toEqual([path.join(copy, '1.xlsx'), '=HYPERLINK("http://x","y")', 'Форма', 'D8', 'value.percent-as-number']);
  });
});

describe('oko collect: arguments and unusable templates (exit 2, one Russian line)', () => {
  test.each([
    [['collect', SCHOOL_FILES[0]], 'укажите незаполненную копию шаблона'],
    [['collect', '--template', SCHOOL_TEMPLATE], 'укажите отчёты ОО'],
    [['collect', '--template', SCHOOL_TEMPLATE, '/нет/такой/папки/*.xlsx'], 'не найдено ни одного отчёта'],
    [['collect', '--template', '/нет/шаблона.xlsx', SCHOOL_FILES[0]], 'шаблон: Файл «/нет/шаблона.xlsx» не найден'],
    [['collect', '--template', SCHOOL_TEMPLATE, SCHOOL_FILES[0], '-o', 'out.csv'], 'должно оканчиваться на .xlsx'],
    [['collect', '--template', SCHOOL_TEMPLATE, SCHOOL_FILES[0], '--bogus'], 'неизвестный параметр --bogus'],
  ])('%j', async (argv, text) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toContain(text);
  });

  test('a template without inputs', async () => {
    const dir = tempDir();
    const t = path.join(dir, 'без полей.xlsx');
    writeFileSync(t, await bookBytes([{ name: 'Лист1', rows: [['Только текст']] }]));
    const r = await runCli(['collect', '-t', t, SCHOOL_FILES[0]]);
    expect(r.code).toBe(2);
    expect(r.err).toBe(`oko: шаблон «${t}» непригоден: на защищённых листах нет незащищённых ячеек для ввода.`);
  });

  test('--help and the command list', async () => {
    expect((await runCli(['collect', '--help'])).out).toContain('oko collect --template БЛАНК.xlsx ФАЙЛЫ…');
    expect((await runCli(['--help'])).out).toContain('collect      собрать отчёты ОО');
  });
});
