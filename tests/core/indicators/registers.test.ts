import { findRegisters, recogniseRegister, Register } from '../../../src/core/indicators/registers';
import { analyseIndicators } from '../../../src/core/indicators/analyse';
import { gridOf } from '../../helpers/grid';
import { SAMPLE, VPR_HEADER, vprGrid } from './helpers';

const registerOf = (g: ReturnType<typeof gridOf>): Register => {
  const r = recogniseRegister(g);
  if ('reason' in r) throw new Error(r.reason);
  return r;
};

describe('recognising a ВПР register', () => {
  test('title rows above a two-row header: marks under a merged «Количество отметок», ОО merged down', () => {
    const g = gridOf(
      'Свод',
      [
        ['Результаты всероссийских проверочных работ, весна 2024'],
        ['по общеобразовательным организациям района'],
        [],
        ['Наименование ОО', 'Класс', 'Предмет', 'Кол-во обучающихся по списку', 'Выполняли работу', 'Количество отметок', null, null, null],
        [null, null, null, null, null, '«2»', '«3»', '«4»', '«5»'],
        ['Школа А', 4, 'Математика', 20, 18, 3, 7, 6, 2],
        ['Школа Б', 4, 'Математика', 25, 20, 6, 8, 5, 1],
      ],
      ['A1:I1', 'A4:A5', 'B4:B5', 'C4:C5', 'D4:D5', 'E4:E5', 'F4:I4'],
    );
    const r = registerOf(g);
    expect(r).toMatchObject({ sheet: 'Свод', kind: 'vpr', headerRow: 4, dataStart: 5, dataEnd: 7, percent: {}, notes: [] });
    expect(r.columns).toEqual({ school: 0, class: 1, subject: 2, enrolled: 3, participants: 4, n2: 5, n3: 6, n4: 7, n5: 8 });
    expect(r.labels.n2).toBe('«2» (Количество отметок)');
    expect(r.labels.participants).toBe('Выполняли работу');
  });

  test('header variants: «"2"», «Отметка 3», «Участники», «Школа»; a «1 2 3 …» numbering row is skipped', () => {
    const g = gridOf('Лист1', [
      ['Школа', 'Параллель', 'Учебный предмет', 'Участники', '"2"', 'Отметка 3', 'Кол-во «4»', 'Количество участников, получивших «5»'],
      [1, 2, 3, 4, 5, 6, 7, 8],
      ['Школа А', 4, 'Математика', 18, 3, 7, 6, 2],
    ]);
    const r = registerOf(g);
    expect(r.columns).toEqual({ school: 0, class: 1, subject: 2, participants: 3, n2: 4, n3: 5, n4: 6, n5: 7 });
    expect(r.dataStart).toBe(2);
  });

  test('marks in percent (header says «%» or «доля»): the fields are marked and counts are pct / 100 × N', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Класс', 'Предмет', 'Участников', '% «2»', 'Доля «3»', '«4», %', 'Процент «5»'],
      ['Школа А', 4, 'Математика', 20, 10, 40, 35, 15],
      ['Школа А', 5, 'Математика', 30, 20, 50, 20, 10],
    ]);
    const r = registerOf(g);
    expect(r.columns).toMatchObject({ participants: 3, n2: 4, n3: 5, n4: 6, n5: 7 });
    expect(r.percent).toEqual({ n2: 'of-100', n3: 'of-100', n4: 'of-100', n5: 'of-100' });
    expect(r.notes).toEqual(['Столбцы «2», «3», «4», «5» даны в процентах; количества вычислены как % / 100 × «Участников».']);
    const a = analyseIndicators([g], { thresholds: [] });
    expect(a.findings).toEqual([]);
    // 2 + 6 of 50 got a «2»; quality (7 + 3 + 6 + 3) / 50.
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(8 / 50, 12);
    expect(a.schools['Школа А']['vpr.quality']).toBeCloseTo(19 / 50, 12);
  });

  test('percent cells formatted as Excel percentages hold shares (0,1 = 10 %)', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Участников', '% 2', '% 3', '% 4', '% 5'],
      ['Школа А', 20, 0.1, 0.4, 0.35, 0.15],
    ]);
    g.numberFormats = new Map(['1,2', '1,3', '1,4', '1,5'].map((k) => [k, '0.0%']));
    const r = registerOf(g);
    expect(r.percent.n2).toBe('of-1');
    expect(r.notes[0]).toMatch(/доля × «Участников»/);
    expect(analyseIndicators([g], { thresholds: [] }).schools['Школа А']['vpr.fail']).toBeCloseTo(0.1, 12);
  });

  test('shares without a percent format are recognised by their sum of 1', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Участников', 'Доля 2', 'Доля 3', 'Доля 4', 'Доля 5'],
      ['Школа А', 20, 0.1, 0.4, 0.35, 0.15],
      ['Школа Б', 10, 0.2, 0.5, 0.2, 0.1],
    ]);
    expect(registerOf(g).percent.n5).toBe('of-1');
    expect(analyseIndicators([g], { thresholds: [] }).summary['vpr.fail'].district).toBeCloseTo(4 / 30, 12);
  });

  test('counts and percentages side by side: the counts are read', () => {
    const g = gridOf('ВПР', [
      ['ОО', 'Участников', '2', '3', '4', '5', '% 2', '% 3', '% 4', '% 5'],
      ['Школа А', 20, 2, 8, 7, 3, 10, 40, 35, 15],
    ]);
    const r = registerOf(g);
    expect(r.columns).toMatchObject({ n2: 2, n3: 3, n4: 4, n5: 5 });
    expect(r.percent).toEqual({});
  });

  test('the data ends at the first empty row or at an «Итого» row', () => {
    const g = vprGrid([...SAMPLE.slice(0, 2), ['Итого по району', null, null, 30, 28, 4, 11, 10, 3, 3, 22, 3], SAMPLE[2]]);
    expect(registerOf(g).dataEnd).toBe(3);
    for (const total of ['Всего', '  итого:', 'Среднее по району', 'ВСЕГО ПО МУНИЦИПАЛИТЕТУ']) {
      expect(registerOf(vprGrid([SAMPLE[0], [total, null, null, 20, 18, 3, 7, 6, 2, 2, 14, 2], SAMPLE[1]])).dataEnd).toBe(2);
    }
    // Names that only begin like a total are schools.
    const schools = vprGrid([['Вечерняя школа', 4, 'Математика', 10, 10, 1, 4, 4, 1, 0, 10, 0], ['Итоговая СОШ', 4, 'Математика', 10, 10, 1, 4, 4, 1, 0, 10, 0], ['Средняя школа № 2', 4, 'Математика', 10, 10, 1, 4, 4, 1, 0, 10, 0]]);
    expect(registerOf(schools).dataEnd).toBe(4);
    const h = vprGrid([...SAMPLE.slice(0, 3), [], SAMPLE[3]]);
    expect(registerOf(h).dataEnd).toBe(4);
    const a = analyseIndicators([h], { thresholds: [] });
    expect(a.registers[0].rowsUsed).toBe(3);
  });

  test('ОГЭ: the same columns, told apart by the sheet name or the title', () => {
    expect(registerOf(vprGrid(SAMPLE, VPR_HEADER, 'ОГЭ-2024')).kind).toBe('oge');
    expect(registerOf(gridOf('Лист1', [['Результаты ОГЭ по математике'], VPR_HEADER, ...SAMPLE])).kind).toBe('oge');
    expect(registerOf(gridOf('Лист1', [['Результаты ВПР'], VPR_HEADER, ...SAMPLE])).kind).toBe('vpr');
    const a = analyseIndicators([vprGrid(SAMPLE, VPR_HEADER, 'ОГЭ')], { thresholds: [] });
    expect(Object.keys(a.summary)).toContain('oge.fail');
    expect(Object.keys(a.summary)).not.toContain('vpr.fail');
    expect(a.indicators.find((i) => i.id === 'oge.fail')?.name).toBe('Доля «2» (ОГЭ)');
  });

  test('one row per student: a single «Отметка» column, repeated rows told apart by the student code', () => {
    const g = gridOf('Участники ВПР', [
      ['ОО', 'Класс', 'Предмет', 'Код участника', 'Отметка'],
      ['Школа А', 4, 'Математика', 10001, 2],
      ['Школа А', 4, 'Математика', 10002, 5],
      ['Школа А', 4, 'Математика', 10003, '4'],
      ['Школа А', 4, 'Математика', 10004, 'н'],
      ['Школа А', 4, 'Математика', 10005, null],
    ]);
    const r = registerOf(g);
    expect(r.columns).toEqual({ school: 0, class: 1, subject: 2, student: 3, mark: 4 });
    expect(r.notes[0]).toMatch(/По строке на участника/);
    const a = analyseIndicators([g], { thresholds: [] });
    expect(a.findings).toEqual([]);
    expect(a.schools['Школа А']['vpr.fail']).toBeCloseTo(1 / 3, 12);
    expect(a.schools['Школа А']['vpr.mean']).toBeCloseTo(11 / 3, 12);
    expect(a.schools['Школа А']['vpr.participation']).toBeUndefined();
  });
});

describe('recognising ЕГЭ and medalist registers', () => {
  test('ЕГЭ: participants, below the minimum, 80–100 points, mean score', () => {
    const g = gridOf('ЕГЭ', [
      ['ОО', 'Предмет', 'Сдавали', 'Не преодолели минимальный порог', '80-100 баллов', 'Средний балл'],
      ['Школа А', 'Русский язык', 30, 1, 6, 71.5],
    ]);
    expect(registerOf(g)).toMatchObject({ kind: 'ege', columns: { school: 0, subject: 1, participants: 2, belowMin: 3, high: 4, meanScore: 5 } });
  });

  test('medalists: candidates and confirmed; «Не подтвердили» is not «Подтвердили»', () => {
    const g = gridOf('Медали', [
      ['ОО', 'Претенденты', 'Не подтвердили', 'Подтвердили'],
      ['Школа А', 4, 1, 3],
    ]);
    expect(registerOf(g)).toMatchObject({ kind: 'medal', columns: { school: 0, candidates: 1, medalConfirmed: 3 } });
  });
});

describe('what is not a register, and why', () => {
  test('each other sheet is listed with a reason; the `Пороги` sheet is neither', () => {
    const sheets = [
      vprGrid(SAMPLE),
      gridOf('План', [['№', 'Мероприятия', 'Сроки', 'Ответственные', 'Подтверждающий документ'], [1, 'Совещание', 'сентябрь', 'Иванова И.И.'], [2, 'Семинар', 5, 'Петров П.П.']]),
      gridOf('Процедуры', [['Процедура', 'Дата', 'Класс', 'По списку', 'Участвовали'], ['ВПР, русский язык', 44663, '5', 48, 46]]),
      gridOf('ЕГЭ', [['ОО', 'Не преодолели минимальный порог', '80-100 баллов'], ['Школа А', 1, 4]]),
      gridOf('Пусто', []),
      gridOf('Без участников', [['ОО', '2', '3', '4', '5'], ['Школа А', 1, 2, 3, 4]]),
      gridOf('Без тройки', [['ОО', 'Участников', '2', '4', '5'], ['Школа А', 10, 1, 3, 4]]),
      gridOf('Медали', [['ОО', 'Претенденты'], ['Школа А', 3]]),
      gridOf('Пороги', [['Показатель', 'Сравнение', 'Значение', 'Уровень', 'Примечание']]),
    ];
    const { registers, unrecognised } = analyseIndicators(sheets, { thresholds: [] });
    expect(registers.map((r) => r.sheet)).toEqual(['ВПР']);
    expect(findRegisters(sheets).unrecognised.map((u) => u.sheet)).toContain('Пороги');
    expect(unrecognised.map((u) => u.sheet)).toEqual(['План', 'Процедуры', 'ЕГЭ', 'Пусто', 'Без участников', 'Без тройки', 'Медали']);
    const reason = (s: string): string => unrecognised.find((u) => u.sheet === s)?.reason ?? '';
    expect(reason('План')).toMatch(/^не найдена строка заголовков таблицы результатов/);
    expect(reason('Процедуры')).toMatch(/^не найдена строка заголовков таблицы результатов/);
    expect(reason('ЕГЭ')).toBe('в таблице ЕГЭ нет столбца «Участников»: без него не из чего считать доли');
    expect(reason('Пусто')).toBe('лист пуст');
    expect(reason('Без участников')).toMatch(/нет столбца «Участников»/);
    expect(reason('Без тройки')).toMatch(/нет столбцов «3»/);
    expect(reason('Медали')).toMatch(/нет столбца «Подтвердили»/);
  });

  test('a table without a school column is found, reported, and left out of the indicators', () => {
    const g = gridOf('Мой класс', [
      ['Результаты ВПР'],
      ['Класс', 'Предмет', 'Участников', '2', '3', '4', '5'],
      [4, 'Математика', 20, 2, 8, 7, 3],
    ]);
    const a = analyseIndicators([g, vprGrid(SAMPLE)], { thresholds: [] });
    expect(a.registers.map((r) => r.sheet)).toEqual(['Мой класс', 'ВПР']);
    expect(a.findings).toEqual([
      expect.objectContaining({ rule: 'register.no-school-column', severity: 'error', row: 2, cell: 'A2', message: expect.stringMatching(/^Лист «Мой класс», ячейка A2: в таблице результатов нет столбца с названием ОО/) }),
    ]);
    expect(a.summary['vpr.fail'].district).toBeCloseTo(10 / 60, 12); // only the ВПР sheet's rows
  });
});
