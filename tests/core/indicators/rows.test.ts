// Bad input in a register: each case gives one finding that names the sheet and the cell,
// leaves out only the bad cell or row, and the rest of the register is still computed.
import { Finding } from '../../../src/core/findings';
import { analyseIndicators, IndicatorAnalysis } from '../../../src/core/indicators/analyse';
import { gridOf } from '../../helpers/grid';
import { SAMPLE, vprGrid } from './helpers';

const run = (rows: unknown[][]): IndicatorAnalysis => analyseIndicators([vprGrid(rows as never)], { thresholds: [] });
const one = (a: IndicatorAnalysis): Finding => {
  expect(a.findings).toHaveLength(1);
  return a.findings[0];
};
const withRow = (i: number, row: unknown[]): unknown[][] => SAMPLE.map((r, k) => (k === i ? row : r));

describe('bad cells and rows', () => {
  test('text in a count column: register.not-a-number, that cell left out, the row still used elsewhere', () => {
    const a = run(withRow(0, ['Школа А', 4, 'Русский язык', 20, 18, 'три', 7, 6, 2, 2, 14, 2]));
    expect(one(a)).toEqual({
      sheet: 'ВПР',
      rule: 'register.not-a-number',
      severity: 'error',
      row: 2,
      cell: 'F2',
      message: 'Лист «ВПР», ячейка F2: в столбце «2» вместо числа записано «три». Ячейка не учтена в показателях; впишите число или оставьте ячейку пустой, если данных нет.',
    });
    // vpr.fail needs n2: only the mathematics row is left for Школа А; vpr.quality still has both rows.
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(1 / 10, 12);
    expect(a.schools['Школа А']['vpr.quality']).toBeCloseTo(13 / 28, 12);
    expect(a.schools['Школа Б']['vpr.fail']).toBeCloseTo(6 / 32, 12);
  });

  test('numbers stored as text are numbers («18», «1 204», «3,0»)', () => {
    const a = run(withRow(0, ['Школа А', 4, 'Русский язык', '20', '18', ' 3 ', '7', '6,0', 2, 2, 14, 2]));
    expect(a.findings).toEqual([]);
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(4 / 28, 12);
    const b = run([['Школа А', 4, 'Русский язык', '1 300', '1 204', 204, 500, 400, 100, 0, 1204, 0]]);
    expect(b.findings).toEqual([]);
    expect(b.schools['Школа А']['vpr.participation']).toBeCloseTo(1204 / 1300, 12);
  });

  test('a negative count: register.negative, the cell left out', () => {
    const a = run(withRow(2, ['Школа Б', 4, 'Русский язык', 25, 20, 6, 8, 5, 1, -5, 15, 0]));
    const f = one(a);
    expect(f).toMatchObject({ rule: 'register.negative', row: 4, cell: 'J4' });
    expect(f.message).toBe('Лист «ВПР», ячейка J4: в столбце «Понизили» отрицательное число -5. Ячейка не учтена в показателях; исправьте значение.');
    expect(a.schools['Школа Б']['vpr.lowered']).toBe(0); // only the mathematics row is left: 0 of 12
    expect(a.schools['Школа Б']['vpr.fail']).toBeCloseTo(6 / 32, 12);
  });

  test('marks adding up to more than the participants: register.marks-exceed-participants, the row left out', () => {
    const a = run(withRow(1, ['Школа А', 5, 'Математика', 10, 10, 1, 4, 4, 3, 1, 8, 1]));
    const f = one(a);
    expect(f).toMatchObject({ rule: 'register.marks-exceed-participants', severity: 'error', row: 3, cell: 'E3' });
    expect(f.message).toBe(
      'Лист «ВПР», ячейка E3: отметки «2»–«5» в ячейках F3:I3 в сумме 12 — больше, чем участников (10). Строка не учтена в показателях; проверьте значения.',
    );
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(3 / 18, 12);
    expect(a.schools['Школа А']['vpr.participation']).toBeCloseTo(18 / 20, 12);
    expect(a.registers[0].rowsUsed).toBe(3);
  });

  test('percentages of marks adding up to more than 100 %: the same rule, said in percent', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Участников', '% 2', '% 3', '% 4', '% 5'],
      ['Школа А', 20, 10, 40, 35, 15],
      ['Школа А', 10, 30, 40, 30, 10],
      ['Школа Б', 10, 10, 40, 30, 20.3], // 100,3 %: rounding, accepted
    ]);
    const a = analyseIndicators([g], { thresholds: [] });
    const f = one(a);
    expect(f).toMatchObject({ rule: 'register.marks-exceed-participants', cell: 'B3' });
    expect(f.message).toBe('Лист «ВПР», ячейка B3: отметки «2»–«5» в ячейках C3:F3 в сумме 110 % — больше 100 %. Строка не учтена в показателях; проверьте значения.');
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(0.1, 12);
    expect(a.schools['Школа Б']['vpr.fail']).toBeCloseTo(0.1, 12);
  });

  test('a percentage above 100 %: register.percent-out-of-range', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Участников', '% 2', '% 3', '% 4', '% 5'],
      ['Школа А', 20, 10, 40, 35, 150],
    ]);
    const f = one(analyseIndicators([g], { thresholds: [] }));
    expect(f).toMatchObject({ rule: 'register.percent-out-of-range', cell: 'F2' });
    expect(f.message).toMatch(/доля 150 % больше 100 %/);
  });

  test('the same school × class × subject twice: register.duplicate-row, the repeat left out', () => {
    const a = run([...SAMPLE, ['  школа а ', 4, 'Русский язык', 20, 18, 18, 0, 0, 0, 0, 18, 0]]);
    const f = one(a);
    expect(f).toEqual({
      sheet: 'ВПР',
      rule: 'register.duplicate-row',
      severity: 'error',
      row: 6,
      cell: 'A6',
      message: 'Лист «ВПР», ячейка A6: строка 6 повторяет строку 2 (Школа А, 4 класс, Русский язык). Повтор не учтён в показателях; удалите лишнюю строку или исправьте её.',
    });
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(4 / 28, 12);
    expect(Object.keys(a.schools)).toEqual(['Школа А', 'Школа Б']);
  });

  test('repeats are found when a school comes back after other schools’ rows, and in any order', () => {
    const a = run([
      SAMPLE[0],
      SAMPLE[2],
      SAMPLE[1],
      SAMPLE[3],
      ['Школа А', 4, 'Русский язык', 20, 18, 18, 0, 0, 0, 0, 18, 0],
      ['Школа Б', 5, 'Математика', 20, 18, 18, 0, 0, 0, 0, 18, 0],
      ['Школа А', 6, 'Русский язык', 20, 20, 0, 10, 10, 0, 0, 20, 0],
      ['Школа Б', 6, 'Русский язык', 20, 20, 0, 10, 10, 0, 0, 20, 0],
      ['Школа А', 6, 'Русский язык', 20, 20, 0, 10, 10, 0, 0, 20, 0],
    ]);
    expect(a.findings.map((f) => f.message.replace(/\. Повтор.*$/, ''))).toEqual([
      'Лист «ВПР», ячейка A6: строка 6 повторяет строку 2 (Школа А, 4 класс, Русский язык)',
      'Лист «ВПР», ячейка A7: строка 7 повторяет строку 5 (Школа Б, 5 класс, Математика)',
      'Лист «ВПР», ячейка A10: строка 10 повторяет строку 8 (Школа А, 6 класс, Русский язык)',
    ]);
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(4 / 48, 12);
    expect(a.registers[0].rowsUsed).toBe(6);
  });

  test('more participants than enrolled: a warning, the row left out of participation only', () => {
    const a = run(withRow(0, ['Школа А', 4, 'Русский язык', 15, 18, 3, 7, 6, 2, 2, 14, 2]));
    expect(one(a)).toMatchObject({
      rule: 'register.participants-exceed-enrolled',
      severity: 'warning',
      cell: 'D2',
      message: 'Лист «ВПР», ячейка D2: участников (18) больше, чем обучающихся по списку (15). Строка не учтена в доле участников; проверьте значения.',
    });
    expect(a.schools['Школа А']['vpr.participation']).toBeCloseTo(10 / 10, 12);
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(4 / 28, 12);
  });

  test('«Понизили» + «Подтвердили» + «Повысили» above the participants: only those cells left out', () => {
    const a = run(withRow(0, ['Школа А', 4, 'Русский язык', 20, 18, 3, 7, 6, 2, 2, 20, 2]));
    expect(one(a)).toMatchObject({ rule: 'register.comparison-exceeds-participants', cell: 'E2' });
    expect(a.schools['Школа А']['vpr.confirmed']).toBeCloseTo(8 / 10, 12);
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(4 / 28, 12);
  });

  test('a row with results and no school: register.no-school, the row left out', () => {
    const a = run([...SAMPLE, [null, 6, 'Математика', 20, 20, 20, 0, 0, 0, 0, 20, 0]]);
    expect(one(a)).toMatchObject({ rule: 'register.no-school', row: 6, cell: 'A6' });
    expect(a.summary['vpr.fail'].district).toBeCloseTo(10 / 60, 12);
  });

  test('a per-student mark that is not 2…5: register.not-a-mark', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Код участника', 'Отметка'],
      ['Школа А', 1, 5],
      ['Школа А', 2, 7],
      ['Школа А', 3, 3],
      ['Школа А', 3, 2],
    ]);
    const a = analyseIndicators([g], { thresholds: [] });
    expect(a.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['register.not-a-mark', 'C3'],
      ['register.duplicate-row', 'A5'],
    ]);
    expect(a.schools['Школа А']['vpr.mean']).toBeCloseTo(4, 12);
  });
});

describe('empty is «no data», 0 is a value', () => {
  test('an empty «2» leaves the row out of vpr.fail; a 0 counts', () => {
    const empty = run([['Школа А', 4, 'Математика', 20, 18, null, 10, 6, 2, 0, 18, 0]]);
    expect(empty.schools['Школа А']['vpr.fail']).toBeUndefined();
    expect(empty.summary['vpr.fail'].district).toBeNull();
    expect(empty.summary['vpr.fail'].mean).toBeNull();
    expect(empty.summary['vpr.fail'].rank).toEqual({});
    expect(empty.schools['Школа А']['vpr.quality']).toBeCloseTo(8 / 18, 12);
    const zero = run([['Школа А', 4, 'Математика', 20, 18, 0, 10, 6, 2, 0, 18, 0]]);
    expect(zero.schools['Школа А']['vpr.fail']).toBe(0);
    expect(zero.summary['vpr.fail'].rank).toEqual({ 'Школа А': 1 });
  });

  test('a row with 0 participants gives no value (nothing to divide by), never 0', () => {
    const a = run([['Школа А', 4, 'Математика', 20, 0, 0, 0, 0, 0, 0, 0, 0]]);
    expect(a.schools['Школа А']['vpr.fail']).toBeUndefined();
    expect(a.schools['Школа А']['vpr.participation']).toBe(0);
    expect(a.summary['vpr.fail'].district).toBeNull();
  });
});

test('a school name merged down over its rows belongs to each of them', () => {
  const g = gridOf('ВПР', [['ОО', 'Класс', 'Предмет', 'Участников', '2', '3', '4', '5'], ['Школа А', 4, 'Русский язык', 18, 3, 7, 6, 2], [null, 5, 'Математика', 10, 1, 4, 4, 1]], ['A2:A3']);
  const a = analyseIndicators([g], { thresholds: [] });
  expect(a.findings).toEqual([]);
  expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(4 / 28, 12);
});
