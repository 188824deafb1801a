import { readFileSync } from 'node:fs';
import { learnTemplate, parseTemplate } from '../../../src/core/templates/learn';
import { readLean } from '../../../src/io/xlsx/lean-read';
import { SCHOOL_FILES, SCHOOL_TEMPLATE } from '../../helpers/files';
import { bookBytes, districtTemplate, gridsOf, learned } from './build';

const fixtureTemplate = async () => {
  const r = learnTemplate((await readLean(new Uint8Array(readFileSync(SCHOOL_TEMPLATE)))).sheets);
  if (!r.ok) throw new Error(r.reason);
  return r.template;
};

describe('learning the fixture template (written by openpyxl, no mapping by hand)', () => {
  test('every unlocked cell of both protected sheets is an input, merged ones once', async () => {
    const t = await fixtureTemplate();
    expect(t.sheets.map((s) => s.name)).toEqual(['Отчёт ОО', 'Процедуры']);
    expect(t.fields.map((f) => f.cell)).toEqual([
      'B3', 'B4', 'B5',
      ...[8, 9, 10, 11, 12, 13, 14, 15, 16, 17].flatMap((r) => [`D${r}`, `E${r}`]),
    ]);
    expect(t.schoolField).toBe('1.B3');
  });

  test('labels: the text to the left (the label column, not the criterion), the column header where a row has several inputs', async () => {
    const t = await fixtureTemplate();
    const by = (cell: string) => t.fields.find((f) => f.cell === cell)!;
    expect(by('B3').label).toBe('Наименование ОО');
    expect(by('B5').label).toBe('Дата заполнения');
    expect(by('D8').label).toBe('1. Разработка приказов о реализации Мониторинга. — Значение ОО');
    expect(by('E8').label).toBe('1. Разработка приказов о реализации Мониторинга. — Комментарий');
    expect(by('D8').notes).toEqual(['Критерий: Да']);
  });

  test('types and ranges from data validation and number formats', async () => {
    const t = await fixtureTemplate();
    const by = (cell: string) => t.fields.find((f) => f.cell === cell)!;
    expect(by('B5')).toMatchObject({ type: 'date', required: true });
    expect(by('D8')).toMatchObject({ type: 'yesno', options: ['Да', 'Нет'], required: true });
    expect(by('D11')).toMatchObject({ type: 'percent', min: 0, max: 1 });
    expect(by('E11')).toMatchObject({ type: 'text', required: false });
    // «Не менее 90% в каждой процедуре» in the row's criterion.
    expect(by('D16').minShare).toBe(0.9);
    expect(by('D11').minShare).toBeUndefined();
  });

  test('the procedures sheet is a table: one record per row under the header, participation columns found', async () => {
    const t = await fixtureTemplate();
    expect(t.tables).toHaveLength(1);
    const [tab] = t.tables;
    expect(tab).toMatchObject({ id: '2.A4:E23', sheet: 'Процедуры', label: 'Участие обучающихся в процедурах мониторинга', headerRow: 2, firstRow: 3, lastRow: 22 });
    expect(tab.columns.map((c) => [c.label, c.type])).toEqual([
      ['Процедура', 'text'],
      ['Дата', 'date'],
      ['Класс', 'text'],
      ['По списку', 'integer'],
      ['Участвовали', 'integer'],
    ]);
    expect(tab.participation).toEqual({ enrolled: '2.A4:E23/D', participants: '2.A4:E23/E', minShare: 0.9 });
  });

  test('the description is plain JSON and reads back; the fingerprint depends on locked cells only', async () => {
    const t = await fixtureTemplate();
    const back = parseTemplate(JSON.stringify(t));
    expect(back).toEqual(t);
    expect(parseTemplate('{"format":"other"}')).toBeNull();
    expect(parseTemplate('not json')).toBeNull();
    expect(t.fingerprint).toMatch(/^[0-9a-f]{8}$/);
    // A filled copy has the same locked cells, so the same fingerprint.
    const filled = learnTemplate((await readLean(new Uint8Array(readFileSync(SCHOOL_FILES[0])))).sheets);
    expect(filled.ok && filled.template.fingerprint).toBe(t.fingerprint);
  });
});

describe('learning templates built with ExcelJS', () => {
  test('several sheets, a form and a table, without data validation on the table', async () => {
    const t = await learned(districtTemplate());
    expect(t.fields.map((f) => [f.id, f.label, f.type])).toEqual([
      ['1.B3', 'Наименование ОО', 'text'],
      ['1.D6', '1. Наличие приказа — Значение', 'yesno'],
      ['1.E6', '1. Наличие приказа — Комментарий', 'text'],
      ['1.D7', '2. Доля педагогов, прошедших курсы — Значение', 'percent'],
      ['1.E7', '2. Доля педагогов, прошедших курсы — Комментарий', 'text'],
      ['1.D8', '3. Доля участия в процедурах — Значение', 'percent'],
      ['1.E8', '3. Доля участия в процедурах — Комментарий', 'text'],
    ]);
    expect(t.tables.map((x) => [x.id, x.sheet, x.columns.map((c) => `${c.label}:${c.type}`)])).toEqual([
      ['2.A4:D13', 'Процедуры', ['Процедура:text', 'Класс:text', 'По списку:integer', 'Участвовали:integer']],
    ]);
  });

  test('no validation at all: types from number formats, labels from the left or the header above', async () => {
    const t = await learned([
      {
        name: 'Кадры',
        rows: [
          ['Сведения о кадрах'],
          [],
          ['Всего педагогов', null],
          ['Доля с высшей категорией', null],
          ['Дата отчёта', null],
          ['Средняя нагрузка, ч', null],
          [],
          ['Телефон', 'Электронная почта'],
          [null, null],
        ],
        inputs: ['B3:B6', 'A9:B9'],
        formats: { B3: '0', B4: '0.0%', B5: 'dd.mm.yyyy', B6: '0.00' },
      },
      { name: 'Инструкция', rows: [['Заполните лист «Кадры»']], inputs: [] },
    ]);
    expect(t.sheets.map((s) => s.name)).toEqual(['Кадры']);
    expect(t.fields.map((f) => [f.cell, f.label, f.type])).toEqual([
      ['B3', 'Всего педагогов', 'integer'],
      ['B4', 'Доля с высшей категорией', 'percent'],
      ['B5', 'Дата отчёта', 'date'],
      ['B6', 'Средняя нагрузка, ч', 'number'],
      ['A9', 'Телефон', 'text'],
      ['B9', 'Электронная почта', 'text'],
    ]);
    expect(t.tables).toEqual([]);
  });

  test('two tables on one sheet and list validation from a range on another sheet', async () => {
    const t = await learned([
      {
        name: 'Данные',
        rows: [
          ['Классы'],
          ['Класс', 'Учащихся', 'Профиль'],
          [], [], [],
          [],
          ['Педагоги'],
          ['ФИО', 'Стаж'],
        ],
        inputs: ['A3:C5', 'A9:B12'],
        validations: { 'C3:C5': { type: 'list', allowBlank: true, formulae: ['Списки!$A$1:$A$3'] } },
      },
      { name: 'Списки', rows: [['универсальный'], ['технологический'], ['гуманитарный']], protect: false },
    ]);
    expect(t.tables.map((x) => [x.id, x.label, x.firstRow, x.lastRow])).toEqual([
      ['1.A3:C5', 'Классы', 2, 4],
      ['1.A9:B12', 'Педагоги', 8, 11],
    ]);
    expect(t.tables[0].columns[2]).toMatchObject({ label: 'Профиль', type: 'list', options: ['универсальный', 'технологический', 'гуманитарный'] });
  });

  test('an unprotected template: its unlocked cells are still the inputs; a template without any is refused', async () => {
    const open = await learned([{ name: 'Лист1', rows: [['Наименование ОО', null]], inputs: ['B1'], protect: false }]);
    expect(open.fields.map((f) => f.cell)).toEqual(['B1']);
    const none = learnTemplate(await gridsOf(await bookBytes([{ name: 'Лист1', rows: [['Просто текст']], protect: false }])));
    expect(none).toEqual({ ok: false, reason: expect.stringContaining('нет ячеек для ввода') });
  });
});
