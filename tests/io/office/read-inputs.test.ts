// Learning a template from the workbook open in Excel: the adapter reads locked flags
// (getCellProperties) and each input's data validation, and the engine learns from them
// exactly what it learns from the same blank as a file. Read only, in a fixed number of syncs.
import { readFileSync } from 'node:fs';
import { SheetGrid } from '../../../src/core/grid';
import { learnTemplate } from '../../../src/core/templates/learn';
import { validationOf } from '../../../src/io/office/read-inputs';
import { readLean } from '../../../src/io/xlsx/lean-read';
import { bookBytes, gridsOf, YES_NO } from '../../core/templates/build';
import { SCHOOL_TEMPLATE } from '../../helpers/files';
import { excelWith } from './helpers';

const blankGrids = async (): Promise<SheetGrid[]> => (await readLean(new Uint8Array(readFileSync(SCHOOL_TEMPLATE)))).sheets;

function learnedFrom(grids: SheetGrid[]) {
  const r = learnTemplate(grids);
  if (!r.ok) throw new Error(r.reason);
  return r.template;
}

describe('the blank open in Excel', () => {
  test('learns the same template as the blank file: fields, labels, types, tables, fingerprint', async () => {
    const file = await blankGrids();
    const { fake, host } = excelWith(file);
    const before = fake.snapshot();
    fake.resetStats();
    const fromExcel = learnedFrom(await host.readInputs());
    expect(fromExcel).toEqual(learnedFrom(file));
    expect(fromExcel.fields.length).toBe(23);
    expect(fromExcel.fields.find((f) => f.cell === 'D8')).toMatchObject({ type: 'yesno', options: ['Да', 'Нет'] });
    expect(fromExcel.fields.find((f) => f.cell === 'D11')).toMatchObject({ type: 'percent', min: 0, max: 1 });
    // Sheets, sizes, content + locked flags, validations: whatever the number of inputs.
    expect(fake.syncCount).toBe(4);
    // Reading changed nothing, and every sheet is still protected.
    expect(fake.snapshot()).toBe(before);
    expect(fake.book.sheets.every((s) => s.protection.protected)).toBe(true);
  });

  test('a template the test builds: validation over a block, a merged input, a list from another sheet, no validation', async () => {
    const bytes = await bookBytes([
      {
        name: 'Анкета',
        rows: [
          ['Анкета школы'],
          ['Наименование ОО', null, null],
          ['Число обучающихся', null],
          ['Есть кабинет психолога', null],
          ['Уровень', null],
        ],
        inputs: ['B2:C2', 'B3', 'B4', 'B5'],
        merges: ['B2:C2'],
        validations: {
          B3: { type: 'whole', operator: 'greaterThanOrEqual', allowBlank: true, formulae: [0] },
          B4: YES_NO,
          B5: { type: 'list', allowBlank: true, formulae: ['Списки!$A$1:$A$3'] },
        },
      },
      { name: 'Списки', rows: [['базовый'], ['повышенный'], ['высокий']], protect: false },
    ]);
    const file = await gridsOf(bytes);
    const { host } = excelWith(file);
    const t = learnedFrom(await host.readInputs());
    expect(t).toEqual(learnedFrom(file));
    const by = (cell: string) => t.fields.find((f) => f.cell === cell);
    expect(t.fields.map((f) => f.cell)).toEqual(['B2', 'B3', 'B4', 'B5']);
    expect(by('B3')).toMatchObject({ type: 'integer', min: 0 });
    expect(by('B4')).toMatchObject({ type: 'yesno' });
    expect(by('B5')).toMatchObject({ type: 'list', options: ['базовый', 'повышенный', 'высокий'] });
  });

  test('Excel 2019 (ExcelApi 1.8) cannot read locked flags: a Russian message, nothing read or changed', async () => {
    const { fake, host } = excelWith(await blankGrids(), { version: 'Excel 2019' });
    const before = fake.snapshot();
    await expect(host.readInputs()).rejects.toThrow(/ExcelApi 1\.9.*Выберите бланк файлом/);
    expect(fake.syncCount).toBe(0);
    expect(fake.snapshot()).toBe(before);
  });

  test('a sheet far bigger than a form is refused with its name, before its cells are read', async () => {
    const rows = Array.from({ length: 70_000 }, (_v, i) => [`строка ${i + 1}`, i, i * 2]);
    const big: SheetGrid = { name: 'Реестр', values: rows, merges: [], protection: null };
    const { fake, host } = excelWith([big]);
    await expect(host.readInputs()).rejects.toThrow('Лист «Реестр» слишком велик для бланка (70000 × 3 ячеек)');
    expect(fake.syncs.every((s) => s.responseBytes < 100_000)).toBe(true);
  });
});

describe('validationOf: Office.js rules in the engine shape', () => {
  const cell = { top: 4, left: 3, bottom: 4, right: 3 };
  test.each([
    ['WholeNumber', { wholeNumber: { formula1: '=0', formula2: '=1000', operator: 'Between' } }, { type: 'whole', operator: 'between', formula1: '0', formula2: '1000' }],
    ['Decimal', { decimal: { formula1: '=0', operator: 'GreaterThanOrEqualTo' } }, { type: 'decimal', operator: 'greaterThanOrEqual', formula1: '0' }],
    ['TextLength', { textLength: { formula1: '=200', operator: 'LessThanOrEqualTo' } }, { type: 'textLength', operator: 'lessThanOrEqual', formula1: '200' }],
    ['List', { list: { inCellDropDown: true, source: 'Да,Нет' } }, { type: 'list', values: ['Да', 'Нет'] }],
    ['List', { list: { inCellDropDown: true, source: '=Списки!$A$1:$A$3' } }, { type: 'list', formula1: 'Списки!$A$1:$A$3' }],
    ['Date', { date: { formula1: '=44440', operator: 'GreaterThan' } }, { type: 'date', operator: 'greaterThan', formula1: '44440' }],
  ])('%s %j', (type, rule, expected) => {
    expect(validationOf(cell, type, rule as Excel.DataValidationRule, true)).toEqual({ range: cell, allowBlank: true, ...expected });
  });

  test('none, and what one cell cannot have, are no rule', () => {
    expect(validationOf(cell, 'None', {}, true)).toBeNull();
    expect(validationOf(cell, 'Inconsistent', {}, true)).toBeNull();
  });
});
