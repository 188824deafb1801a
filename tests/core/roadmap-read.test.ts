import { toIso } from '../../src/core/dates';
import { cellOf, readRoadmap, Roadmap } from '../../src/core/roadmap/read';
import { dayOf } from '../../src/core/dates';
import { gridOf, roadmapGrid } from '../helpers/grid';

const today = dayOf(2021, 11, 1);

function read(grid: Parameters<typeof readRoadmap>[0]): Roadmap {
  const r = readRoadmap(grid, { today });
  if (!r.ok) throw new Error(r.reason);
  return r.roadmap;
}

describe('reading a roadmap sheet', () => {
  test('title, period, approval date, header and items', () => {
    const rm = read(
      roadmapGrid([
        ['1.', 'Совещание', '27.09.2021', 'Хайбулина О.К., методисты РМК', 'Исполнено', '28.09.2021', 'https://x.example.ru/a'],
        ['2.', 'Семинар\nдля учителей', 'октябрь', 'Лысенкова Л.М.', null, null, null],
      ]),
    );
    expect(rm.title).toContain('2021-2022');
    expect(toIso(rm.period.start)).toBe('2021-09-01');
    expect(toIso(rm.period.end)).toBe('2022-08-31');
    expect(rm.approved === null ? null : toIso(rm.approved)).toBe('2021-09-02');
    expect(rm.items.map((i) => i.id)).toEqual(['1', '2']);
    const [a, b] = rm.items;
    expect(a.row).toBe(5);
    expect(cellOf(a, 'deadline')).toBe('C5');
    expect(a.responsible.map((p) => p.text)).toEqual(['Хайбулина О.К.', 'методисты РМК']);
    expect(a.doneOn === null ? null : toIso(a.doneOn)).toBe('2021-09-28');
    expect(a.proof).toBe('https://x.example.ru/a');
    expect(b.activity).toBe('Семинар\nдля учителей');
    expect(b.deadline.kind).toBe('date');
    expect(toIso(b.deadline.intervals[0].start)).toBe('2021-10-01');
  });

  test('header synonyms and a column-numbering row under the header', () => {
    const grid = gridOf('Лист1', [
      ['Дорожная карта на 2022-2024 годы'],
      ['№ п/п', 'Задачи', 'Этапы работы', 'Сроки реализации', 'Ответственные исполнители', 'Отчетная документация'],
      ['1', '2', '3', '4', '5', '6'],
      ['1.1', 'Задача', 'Мониторинг', 'январь', 'Иванов И.И.', 'Справка'],
    ]);
    const rm = read(grid);
    expect(rm.header.columns).toEqual({ number: 0, task: 1, activity: 2, deadline: 3, responsible: 4, result: 5 });
    expect(rm.items).toHaveLength(1);
    expect(rm.items[0].result).toBe('Справка');
    expect(rm.period.kind).toBe('calendar');
  });

  test('a two-row header with a group merged over its sub-headers', () => {
    const grid = gridOf(
      'Лист1',
      [
        ['План на 2021-2022 учебный год'],
        ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Исполнение', null],
        [null, null, null, null, 'Отметка', 'Дата исполнения'],
        ['1', 'Совещание', 'май', 'Иванов И.И.', 'Исполнено', '20.05.2022'],
      ],
      ['A2:A3', 'B2:B3', 'C2:C3', 'D2:D3', 'E2:F2'],
    );
    const rm = read(grid);
    expect(rm.header.columns.status).toBe(4);
    expect(rm.header.columns.doneOn).toBe(5);
    expect(rm.items).toHaveLength(1);
    expect(rm.items[0].row).toBe(4);
  });

  test('sections merged across, tasks and numbers merged down, numbering restarting per section', () => {
    const grid = gridOf(
      'ДК',
      [
        ['Дорожная карта на 2022-2024 годы'],
        ['№ п/п', 'Задачи', 'Мероприятия', 'Дата реализации', 'Показатели', 'Ответственные'],
        ['Оценка качества'],
        ['1.', 'Задача один', 'Первое', 'январь', 'Отчёт', 'Кочнева С.А. Седова Е.И.'],
        [null, null, 'Второе', '1 раз в квартал', 'Протокол', 'Руководители ОО'],
        ['2.', 'Задача два', 'Третье', 'по графику', 'Справка', 'Кустова С.Л.'],
        ['Повышение объективности'],
        ['1.', 'Задача три', 'Четвёртое', 'март', 'Приказ', 'Кустова С.Л.'],
      ],
      ['A3:F3', 'A4:A5', 'B4:B5', 'A7:F7'],
    );
    const rm = read(grid);
    expect(rm.sections.map((s) => s.title)).toEqual(['Оценка качества', 'Повышение объективности']);
    expect(rm.items.map((i) => [i.id, i.section.title, i.task])).toEqual([
      ['1.1.1', 'Оценка качества', 'Задача один'],
      ['1.1.2', 'Оценка качества', 'Задача один'],
      ['1.2', 'Оценка качества', 'Задача два'],
      ['2.1', 'Повышение объективности', 'Задача три'],
    ]);
    expect(rm.items[0].responsible.map((p) => p.text)).toEqual(['Кочнева С.А.', 'Седова Е.И.']);
    expect(rm.items[1].ownNumber).toBe(false);
  });

  test('a numbered section title in the number column', () => {
    const rm = read(
      roadmapGrid([
        ['1. Мониторинг качества'],
        ['1.1', 'Совещание', '27.09.2021', 'Иванов И.И.'],
        ['2. Методическая работа'],
        ['2.1', 'Семинар', 'октябрь 2021', 'Петров П.П.'],
      ]),
    );
    expect(rm.sections.map((s) => [s.number, s.title])).toEqual([
      ['1', 'Мониторинг качества'],
      ['2', 'Методическая работа'],
    ]);
    expect(rm.items.map((i) => i.id)).toEqual(['1.1', '2.1']);
  });

  test('section titles typed as table rows without a merge', () => {
    const rm = read(
      roadmapGrid([
        ['I', 'Организационная работа'],
        ['1', 'Совещание', 'сентябрь', 'Иванов И.И.'],
        [null, 'Методическая работа'],
        ['1', 'Семинар', 'октябрь', 'Иванов И.И.'],
        ['3.', 'Мониторинг'],
        ['3.1', 'ВПР', 'апрель', 'Петров П.П.'],
      ]),
    );
    expect(rm.sections.map((s) => [s.row, s.number, s.title])).toEqual([
      [5, 'I', 'Организационная работа'],
      [7, '', 'Методическая работа'],
      [9, '3', 'Мониторинг'],
    ]);
    expect(rm.items.map((i) => [i.id, i.section.title])).toEqual([
      ['I.1', 'Организационная работа'],
      ['2.1', 'Методическая работа'],
      ['3.1', 'Мониторинг'],
    ]);
  });

  test('a row with only an activity stays an activity when it heads nothing', () => {
    const rm = read(
      roadmapGrid([
        ['1', 'Совещание', 'сентябрь', 'Иванов И.И.'],
        ['2', 'Семинар'],
        ['3', 'Курсы', 'ноябрь', 'Иванов И.И.'],
        [null, '(по отдельному плану)'],
        ['4', 'ВПР', 'апрель', 'Петров П.П.'],
        [null, 'Итоговый педсовет'],
      ]),
    );
    expect(rm.sections).toEqual([]);
    expect(rm.items.map((i) => i.activity)).toEqual(['Совещание', 'Семинар', 'Курсы', '(по отдельному плану)', 'ВПР', 'Итоговый педсовет']);
  });

  test('no period in the title: the academic year of the order’s date is assumed', () => {
    const rm = read(roadmapGrid([['1', 'Совещание', 'январь', 'Иванов И.И.']], { title: 'План мероприятий' }));
    expect(rm.periodOrigin).toBe('assumed');
    expect(toIso(rm.period.start)).toBe('2021-09-01');
    expect(toIso(rm.items[0].deadline.intervals[0].start)).toBe('2022-01-01');
  });

  test('a given period and approval date override the title', () => {
    const r = readRoadmap(roadmapGrid([['1', 'Совещание', 'январь', 'Иванов И.И.']]), {
      today,
      period: { start: dayOf(2020, 9, 1), end: dayOf(2021, 8, 31), kind: 'academic', source: 'cli' },
      approved: null,
    });
    expect(r.ok && toIso(r.roadmap.items[0].deadline.intervals[0].start)).toBe('2021-01-01');
    expect(r.ok && r.roadmap.approved).toBeNull();
  });

  test('an empty sheet and a sheet without a roadmap header', () => {
    expect(readRoadmap(gridOf('Пусто', []), { today })).toEqual({ ok: false, reason: 'empty' });
    expect(readRoadmap(gridOf('Лист', [['ФИО', 'Должность'], ['Иванов', 'Методист']]), { today })).toEqual({ ok: false, reason: 'no-header' });
  });

  test('a number typed as a number and a hyperlink in the proof cell', () => {
    const grid = roadmapGrid([[1.15, 'Совещание', '27.09.2021', 'Иванов И.И.', 'Исполнено', 44467, 'Протокол']]);
    grid.links = new Map([['4,6', 'https://school.example.ru/p.pdf']]);
    const rm = read(grid);
    expect(rm.items[0].number).toBe('1.15');
    expect(rm.items[0].proof).toBe('https://school.example.ru/p.pdf');
    expect(rm.items[0].doneOn === null ? null : toIso(rm.items[0].doneOn)).toBe('2021-09-28');
  });
});

describe('headers written otherwise', () => {
  const sheet = (header: string[], ...rows: (string | null)[][]) => read(gridOf('Лист1', [['План на 2023-2024 учебный год'], header, ...rows]));

  test('«Дата выполнения» is the deadline in a table with no other date column, and the date done beside «Сроки»', () => {
    const only = sheet(['п/п', 'Мероприятие', 'Дата выполнения', 'Ответственный', 'Выход'], ['1', 'Семинар', 'ноябрь', 'Иванов И.И.', 'Справка']);
    expect(only.header.columns).toEqual({ number: 0, activity: 1, deadline: 2, responsible: 3, result: 4 });
    expect(only.items[0].deadline.kind).toBe('date');
    expect(toIso(only.items[0].deadline.intervals[0].start)).toBe('2023-11-01');
    expect(only.items[0].result).toBe('Справка');
    expect(Object.keys(only.items[0].letters)).toEqual(['number', 'activity', 'deadline', 'responsible', 'result']);

    const beside = sheet(['№', 'Мероприятие', 'Сроки', 'Ответственный', 'Дата выполнения'], ['1', 'Семинар', 'ноябрь', 'Иванов И.И.', '20.11.2023']);
    expect(beside.header.columns).toMatchObject({ deadline: 2, doneOn: 4 });
    expect(beside.items[0].doneOn === null ? null : toIso(beside.items[0].doneOn)).toBe('2023-11-20');
  });

  test('header words of real roadmaps, in any combination', () => {
    const words = {
      number: ['№', '№ п/п', 'п/п', 'N'],
      activity: ['Мероприятия', 'Этапы работы', 'Основные направления деятельности', 'Наименование мероприятия', 'Содержание работы'],
      deadline: ['Сроки', 'Сроки реализации', 'Дата реализации', 'Срок исполнения', 'Дата проведения', 'Период проведения'],
      responsible: ['Ответственные', 'Ответственные исполнители', 'Исполнители', 'Ответственный за исполнение'],
      result: ['Отчетная документация', 'Результат', 'Показатели', 'Форма отчетности', 'Выход'],
      status: ['Отметка об исполнении', 'Статус', 'Информация об исполнении', 'Отметка об исполнении (дата, ссылка)'],
    };
    const misread: string[] = [];
    for (const n of words.number)
      for (const a of words.activity)
        for (const d of words.deadline)
          for (const r of words.responsible)
            for (const x of words.result)
              for (const st of words.status) {
                const cols = sheet([n, a, d, r, x, st], ['1', 'Семинар', 'ноябрь', 'Иванов И.И.', 'Справка', '']).header.columns;
                if (JSON.stringify(cols) !== '{"number":0,"activity":1,"deadline":2,"responsible":3,"result":4,"status":5}') misread.push(`${[n, a, d, r, x, st].join(' | ')}: ${JSON.stringify(cols)}`);
              }
    expect(misread).toEqual([]);
  });

  test('an execution mark that holds the date done and the link: each is read from it, and found in its cell', () => {
    const rm = sheet(
      ['№', 'Мероприятие', 'Срок исполнения', 'Ответственный', 'Отметка об исполнении (дата, ссылка)'],
      ['1', 'ВПР', 'апрель 2024', 'Иванов И.И.', 'Исполнено 12.04.2024, https://uo.example.ru/a.pdf.'],
      ['2', 'Семинар', 'ноябрь 2023', 'Иванов И.И.', 'Выполнено, протокол ftp://10.0.0.5/p.doc и www.uo.example.ru/b'],
      ['3', 'Совещание', 'май 2024', 'Иванов И.И.', null],
    );
    expect(rm.header.columns).toEqual({ number: 0, activity: 1, deadline: 2, responsible: 3, status: 4 });
    const [a, b, c] = rm.items;
    expect(a.status).toBe('Исполнено 12.04.2024, https://uo.example.ru/a.pdf.');
    expect(a.doneOn === null ? null : toIso(a.doneOn)).toBe('2024-04-12');
    expect(a.proof).toBe('https://uo.example.ru/a.pdf');
    expect([cellOf(a, 'status'), cellOf(a, 'doneOn'), cellOf(a, 'proof')]).toEqual(['E3', 'E3', 'E3']);
    expect([b.doneOn, b.doneOnText, b.proof]).toEqual([null, '', 'ftp://10.0.0.5/p.doc www.uo.example.ru/b']);
    expect([c.status, c.doneOn, c.proof]).toEqual(['', null, '']);
  });

  test('a hyperlink on the execution mark is its link when there is no link column', () => {
    const grid = gridOf('Лист1', [['План на 2023-2024 учебный год'], ['№', 'Мероприятие', 'Срок', 'Ответственный', 'Отметка'], ['1', 'ВПР', 'май', 'Иванов И.И.', 'Исполнено']], [], { E3: 'https://uo.example.ru/p.pdf' });
    expect(read(grid).items[0].proof).toBe('https://uo.example.ru/p.pdf');
  });
});

test('item numbers lose a trailing dot and inner spaces; numbers of another shape keep their text', () => {
  const rm = read(
    roadmapGrid(
      ['1.8.', '1. 9', '1 .10.', '1000.1', '3а', '2..'].map((n, i) => [n, `Мероприятие ${i + 1}`, 'октябрь', 'Иванов И.И.', null, null, null]),
    ),
  );
  expect(rm.items.map((i) => i.number)).toEqual(['1.8', '1.9', '1.10', '1000.1', '3а', '2.']);
});

test('a deadline typed as a real Excel date (a serial number) is read as that date', () => {
  const rm = read(roadmapGrid([['1', 'Совещание', 44466, 'Иванов И.И.']]));
  expect(rm.items[0].deadline.text).toBe('27.09.2021');
  expect(rm.items[0].deadline.kind).toBe('date');
});

describe('item ids stay unique', () => {
  test('a number written twice: the later items get «~2», «~3»', () => {
    const rm = read(
      roadmapGrid([
        ['1.', 'Совещание', '27.09.2021', 'Хайбулина О.К.', null, null, null],
        ['2.', 'Семинар', 'октябрь', 'Лысенкова Л.М.', null, null, null],
        ['1.', 'Ещё одно совещание', 'ноябрь', 'Хайбулина О.К.', null, null, null],
        ['1', 'И ещё одно', 'декабрь', 'Хайбулина О.К.', null, null, null],
      ]),
    );
    expect(rm.items.map((i) => i.id)).toEqual(['1', '2', '1~2', '1~3']);
  });

  test('unnumbered rows between numbered ones get «№N» ids, and no «~»', () => {
    const rm = read(
      roadmapGrid([
        ['1.1', 'Совещание', '27.09.2021', 'Хайбулина О.К.', null, null, null],
        [null, 'Семинар', 'октябрь', 'Лысенкова Л.М.', null, null, null],
        ['1.2', 'Ещё одно совещание', 'ноябрь', 'Хайбулина О.К.', null, null, null],
        [null, 'Отчёт', 'декабрь', 'Хайбулина О.К.', null, null, null],
        ['1.10', 'Итоги', 'май', 'Хайбулина О.К.', null, null, null],
      ]),
    );
    expect(rm.items.map((i) => i.id)).toEqual(['1.1', '№1', '1.2', '№2', '1.10']);
  });

  test('a number written as «№1» does not share its id with the first unnumbered row', () => {
    const rm = read(
      roadmapGrid([
        ['№1', 'Совещание', '27.09.2021', 'Хайбулина О.К.', null, null, null],
        [null, 'Семинар', 'октябрь', 'Лысенкова Л.М.', null, null, null],
      ]),
    );
    expect(rm.items.map((i) => i.id)).toEqual(['№1', '№1~2']);
  });
});
