import { readFileSync } from 'node:fs';
import { checkFilled } from '../../../src/core/templates/check';
import { learnTemplate } from '../../../src/core/templates/learn';
import { readLean } from '../../../src/io/xlsx/lean-read';
import { SCHOOL_FILES, SCHOOL_TEMPLATE } from '../../helpers/files';
import { bookBytes, districtTemplate, gridsOf, learned, withColumnInserted } from './build';

const read = async (file: string) => (await readLean(new Uint8Array(readFileSync(file)))).sheets;

async function fixture() {
  const r = learnTemplate(await read(SCHOOL_TEMPLATE));
  if (!r.ok) throw new Error(r.reason);
  return r.template;
}

describe('checking the fixture copies in place', () => {
  test('school 1: every value read, normalised, with its source cell; no problems', async () => {
    const report = checkFilled(await fixture(), await read(SCHOOL_FILES[0]));
    expect(report.school).toBe('МОАУ «СОШ № 1 п. Новосергиевка»');
    expect(report.problems).toEqual([]);
    expect(report.values).toMatchObject({ '1.B3': 'МОАУ «СОШ № 1 п. Новосергиевка»', '1.B5': '2022-05-20', '1.D8': 'Да', '1.D12': 0.96, '1.E8': null });
    expect(report.sources['1.D12']).toBe("'Отчёт ОО'!D12");
    expect(report.records.map((r) => [r.row, r.values['2.A4:E23/A'], r.values['2.A4:E23/D'], r.values['2.A4:E23/E']])).toEqual([
      [4, 'ВПР, русский язык', 48, 46],
      [5, 'ВПР, математика', 48, 45],
      [6, 'Контрольный срез, математика', 31, 30],
    ]);
  });

  test('school 2: participation 88 % is under the «не менее 90 %» criterion of its row', async () => {
    const report = checkFilled(await fixture(), await read(SCHOOL_FILES[1]));
    expect(report.problems).toEqual([
      expect.objectContaining({ problem: 'procedure.participation-below-criterion', sheet: 'Отчёт ОО', cell: 'D16', message: expect.stringMatching(/^Лист «Отчёт ОО», ячейка D16: .*88 % — меньше критерия «не менее 90 %»/) }),
    ]);
  });

  test('school 3: missing date, Да/Нет and share, each named by sheet and cell', async () => {
    const report = checkFilled(await fixture(), await read(SCHOOL_FILES[2]));
    expect(report.problems.map((p) => [p.problem, p.cell])).toEqual([
      ['value.missing', 'B5'],
      ['value.missing', 'D10'],
      ['value.missing', 'D16'],
    ]);
    expect(report.problems[1].message).toBe(
      'Лист «Отчёт ОО», ячейка D10: не заполнено «3. Наличие локальных актов, регулирующих вопросы форм, пе…». Нужно: «Да» или «Нет».',
    );
  });
});

describe('checking copies that schools changed (built with ExcelJS)', () => {
  const procedures = [
    ['ВПР, математика', '5а', 25, 24],
    ['ВПР, русский язык', '5а', 25, 20],
  ];

  test('a clean copy: values, records and no problems', async () => {
    const t = await learned(districtTemplate());
    const grids = await gridsOf(await bookBytes(districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'да', d9: '96 %', d10: 0.95, procedures: [procedures[0]] })));
    const r = checkFilled(t, grids);
    expect(r.problems).toEqual([]);
    expect(r.values).toMatchObject({ '1.B3': 'МБОУ СОШ № 7', '1.D6': 'Да', '1.D7': 0.96, '1.D8': 0.95 });
    expect(r.records).toHaveLength(1);
  });

  test('rows inserted above the inputs: each value found by its label, one layout problem', async () => {
    const t = await learned(districtTemplate());
    const grids = await gridsOf(await bookBytes(districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'Да', d9: 1, d10: 0.9 }, { insertRows: 2 })));
    const r = checkFilled(t, grids);
    expect(r.values).toMatchObject({ '1.D6': 'Да', '1.D7': 1, '1.D8': 0.9 });
    expect(r.sources['1.D6']).toBe("'Форма'!D8");
    expect(r.problems.map((p) => [p.problem, p.cell])).toEqual([['template.layout-changed', 'A7']]);
    expect(r.problems[0].message).toBe('Лист «Форма», ячейка A7: в шаблоне вставлены строки: «№» была в строке 5, теперь в строке 7. Значения найдены по подписям; не меняйте строки шаблона.');
  });

  test('a column inserted inside the form: each value found under its header, one layout problem', async () => {
    const t = await learned(districtTemplate());
    const [form, procedures] = districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'Да', d9: 1, d10: 0.9 });
    const r = checkFilled(t, await gridsOf(await bookBytes([withColumnInserted(form, 2), procedures])));
    expect(r.values).toMatchObject({ '1.B3': 'МБОУ СОШ № 7', '1.D6': 'Да', '1.D7': 1, '1.D8': 0.9 });
    expect(r.sources['1.D6']).toBe("'Форма'!E6");
    expect(r.sources['1.B3']).toBe("'Форма'!B3");
    expect(r.problems.map((p) => [p.problem, p.cell])).toEqual([['template.layout-changed', 'D5']]);
    expect(r.problems[0].message).toBe('Лист «Форма», ячейка D5: в шаблоне вставлены столбцы: «Критерий» был в столбце C, теперь в столбце D. Значения найдены по подписям; не меняйте столбцы шаблона.');
  });

  test('a column inserted in a table block, rows inserted above the form: records and problems at their new cells', async () => {
    const t = await learned(districtTemplate());
    const [form, table] = districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'Нет', d9: 1, d10: 0.95, procedures }, { insertRows: 1 });
    const r = checkFilled(t, await gridsOf(await bookBytes([withColumnInserted(form, 0), withColumnInserted(table, 2)])));
    expect(r.values).toMatchObject({ '1.B3': 'МБОУ СОШ № 7', '1.D6': 'Нет', '1.D7': 1, '1.D8': 0.95 });
    expect(r.sources['1.D6']).toBe("'Форма'!E7");
    expect(r.records.map((rec) => [rec.row, ...Object.values(rec.values)])).toEqual([
      [4, 'ВПР, математика', '5а', 25, 24],
      [5, 'ВПР, русский язык', '5а', 25, 20],
    ]);
    expect(r.records[0].sources).toMatchObject({ [Object.keys(r.records[0].sources)[3]]: "'Процедуры'!E4" });
    expect(r.problems.map((p) => [p.problem, p.sheet, p.cell])).toEqual([
      ['template.layout-changed', 'Форма', 'B6'],
      ['template.layout-changed', 'Форма', 'B1'],
      ['template.layout-changed', 'Процедуры', 'D3'],
      // 20 of 25 took part: the criterion is checked in the participants' new column.
      ['procedure.participation-below-criterion', 'Процедуры', 'E5'],
    ]);
  });

  test('an edited label is not mistaken for a moved column', async () => {
    const t = await learned(districtTemplate());
    const grids = await gridsOf(await bookBytes(districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'Да', d9: 1, d10: 0.9 }, { editLabel: 'Значение' })));
    const r = checkFilled(t, grids);
    expect(r.sources['1.D6']).toBe("'Форма'!D6");
    expect(r.problems.map((p) => [p.problem, p.cell])).toEqual([['template.locked-changed', 'B6']]);
  });

  test('a renamed sheet and an edited locked label: reported, values still read', async () => {
    const t = await learned(districtTemplate());
    const grids = await gridsOf(
      await bookBytes(districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'Нет', d9: 1, d10: 0.95, procedures }, { renameSecond: 'Лист2', editLabel: 'Приказ есть?' })),
    );
    const r = checkFilled(t, grids);
    expect(r.values['1.D6']).toBe('Нет');
    expect(r.records).toHaveLength(2);
    const ids = r.problems.map((p) => [p.problem, p.sheet, p.cell]);
    expect(ids).toContainEqual(['template.sheet-renamed', 'Лист2', null]);
    expect(ids).toContainEqual(['template.locked-changed', 'Форма', 'B6']);
    expect(r.problems.find((p) => p.problem === 'template.locked-changed')?.message).toBe(
      'Лист «Форма», ячейка B6: изменена защищённая ячейка шаблона: было «Наличие приказа», стало «Приказ есть?». Верните текст шаблона.',
    );
    // 20 of 25 took part: 80 % < 90 %.
    expect(ids).toContainEqual(['procedure.participation-below-criterion', 'Лист2', 'D5']);
  });

  test('invalid, out-of-range and percent-as-number values; formula-looking text stays text', async () => {
    const t = await learned(districtTemplate());
    const grids = await gridsOf(await bookBytes(districtTemplate({ school: '=1+1', d8: 'Частично', d9: 96, d10: '130 %', procedures: [['ВПР', '5', 25, 'двадцать']] })));
    const r = checkFilled(t, grids);
    expect(r.school).toBe('=1+1');
    expect(r.values['1.D7']).toBe(0.96);
    expect(r.problems.map((p) => [p.problem, p.cell])).toEqual([
      ['value.invalid', 'D6'],
      ['value.percent-as-number', 'D7'],
      ['value.invalid', 'D8'],
      ['value.invalid', 'D4'],
    ]);
    expect(r.problems[1].message).toBe(
      'Лист «Форма», ячейка D7: «2. Доля педагогов, прошедших курсы — Значение»: число 96 в ячейке с процентами прочитано как 96 %. Проверьте значение; доли вводите со знаком % (например, 96 %).',
    );
    expect(r.problems[2].message).toContain('130 % — вне допустимого диапазона');
  });

  test('a missing sheet: one problem, its fields empty', async () => {
    const t = await learned(districtTemplate());
    const [form] = districtTemplate({ school: 'МБОУ СОШ № 7', d8: 'Да', d9: 1, d10: 1 });
    const r = checkFilled(t, await gridsOf(await bookBytes([form, { name: 'Другое', rows: [['ничего общего']] }])));
    expect(r.problems).toEqual([expect.objectContaining({ problem: 'template.layout-changed', sheet: null, message: expect.stringContaining('нет листа «Процедуры»') })]);
  });
});
