import { CellValue } from '../../src/core/grid';
import { dayOf } from '../../src/core/dates';
import { Finding } from '../../src/core/findings';
import { analyseRoadmap } from '../../src/core/roadmap/analyse';
import { gridOf, roadmapGrid } from '../helpers/grid';

const TODAY = dayOf(2021, 11, 1);
const OK_ROW: CellValue[] = ['1.', 'Совещание', '27.09.2021', 'Иванов И.И.', 'Исполнено', '27.09.2021', 'https://a.example.ru/1'];

function findings(rows: CellValue[][], opts: { merges?: string[]; staff?: string[]; today?: number; title?: string; order?: string } = {}): Finding[] {
  const sheets = [roadmapGrid(rows, { merges: opts.merges, title: opts.title, order: opts.order })];
  if (opts.staff) sheets.push(gridOf('Сотрудники', [['ФИО', 'Должность'], ...opts.staff.map((s) => [s, 'методист'])]));
  const out = analyseRoadmap(sheets, { today: opts.today ?? TODAY });
  if (!out.ok) throw new Error(out.problem.kind);
  return out.analysis.findings;
}

const rules = (fs: Finding[], rule: string): Finding[] => fs.filter((f) => f.rule === rule);

test('a clean row has no findings', () => {
  expect(findings([OK_ROW])).toEqual([]);
});

describe('required.missing', () => {
  test('fires for a missing deadline or responsible, naming the cell', () => {
    const fs = rules(findings([['1.', 'Совещание', null, 'Иванов И.И.'], ['2.', 'Семинар', '27.09.2021', null]]), 'required.missing');
    expect(fs.map((f) => [f.cell, f.severity])).toEqual([['C5', 'error'], ['D6', 'error']]);
    expect(fs[0].message).toBe('Лист «План», ячейка C5: у мероприятия № 1 «Совещание» не указан срок. Укажите дату, месяц или «в течение года».');
  });
  test('fires for a row with data but no activity', () => {
    expect(rules(findings([OK_ROW, ['2.', null, 'май', 'Иванов И.И.']]), 'required.missing').map((f) => f.cell)).toEqual(['B6']);
  });
  test('does not fire when both are given', () => {
    expect(rules(findings([OK_ROW]), 'required.missing')).toEqual([]);
  });
});

describe('deadline rules', () => {
  test('deadline.unknown fires for an unreadable deadline, not for an event', () => {
    const fs = findings([['1.', 'Совещание', 'когда-нибудь', 'Иванов И.И.'], ['2.', 'ВПР', 'по графику ФИС ОКО', 'Иванов И.И.']]);
    expect(rules(fs, 'deadline.unknown').map((f) => f.cell)).toEqual(['C5']);
  });
  test('deadline.outside-period fires outside the period only', () => {
    const fs = findings([['1.', 'Совещание', '24.08.2021', 'Иванов И.И.'], ['2.', 'Семинар', '01.09.2021', 'Иванов И.И.'], ['3.', 'Итоги', 'сентябрь 2022', 'Иванов И.И.']]);
    expect(rules(fs, 'deadline.outside-period').map((f) => f.cell)).toEqual(['C5', 'C7']);
  });
  test('deadline.before-approval fires when the deadline ends before the order’s date', () => {
    const fs = findings([['1.', 'Совещание', '01.09.2021', 'Иванов И.И.'], ['2.', 'Семинар', '02.09.2021', 'Иванов И.И.']]);
    expect(rules(fs, 'deadline.before-approval').map((f) => f.cell)).toEqual(['C5']);
  });
  test('deadline.before-approval is silent when the order’s date is unknown', () => {
    const fs = findings([['1.', 'Совещание', '01.09.2021', 'Иванов И.И.']], { order: 'Приложение 1' });
    expect(rules(fs, 'deadline.before-approval')).toEqual([]);
  });
  test('deadline.inverted fires for a backwards range, not a forwards one', () => {
    const fs = findings([['1.', 'Совещание', '16-13.09.2021', 'Иванов И.И.'], ['2.', 'Семинар', '13-16.09.2021', 'Иванов И.И.']]);
    expect(rules(fs, 'deadline.inverted').map((f) => [f.cell, f.severity])).toEqual([['C5', 'error']]);
  });
});

describe('numbering rules', () => {
  test('numbering.duplicate', () => {
    const fs = findings([['1.3', 'А', 'май', 'Иванов И.И.'], ['1.3', 'Б', 'май', 'Иванов И.И.'], ['1.4', 'В', 'май', 'Иванов И.И.']]);
    expect(rules(fs, 'numbering.duplicate').map((f) => f.cell)).toEqual(['A6']);
  });
  test('numbering.gap', () => {
    const fs = findings([['1.1', 'А', 'май', 'Иванов И.И.'], ['1.2', 'Б', 'май', 'Иванов И.И.'], ['1.4', 'В', 'май', 'Иванов И.И.'], ['2.1', 'Г', 'май', 'Иванов И.И.']]);
    const gaps = rules(fs, 'numbering.gap');
    expect(gaps.map((f) => f.cell)).toEqual(['A7']);
    expect(gaps[0].message).toContain('пропущен номер 1.3');
  });
  test('numbering.section', () => {
    const fs = findings([['3. Методическая работа'], ['3.1', 'А', 'май', 'Иванов И.И.'], ['2.1', 'Б', 'май', 'Иванов И.И.']]);
    expect(rules(fs, 'numbering.section').map((f) => f.cell)).toEqual(['A7']);
  });
  test('numbering.duplicate finds a repeat out of order, and tells «1.02» from «1.2»', () => {
    const row = (n: string, a: string): CellValue[] => [n, a, 'май', 'Иванов И.И.'];
    const fs = findings([row('1.1', 'А'), row('1.2', 'Б'), row('1.10', 'В'), row('1.02', 'Г'), row('1.1', 'Д'), row('1.9', 'Е')]);
    expect(rules(fs, 'numbering.duplicate').map((f) => [f.cell, f.message.includes('строке 5')])).toEqual([['A9', true]]);
  });
  test('numbering.gap follows each level: back to a parent, «1.9» then «1.10», a gap under a sub-item', () => {
    const row = (n: string, a: string): CellValue[] => [n, a, 'май', 'Иванов И.И.'];
    const numbers = ['1', '1.1', '1.1.1', '1.1.2', '1.2', '1.3', '1.4', '1.5', '1.6', '1.7', '1.8', '1.9', '1.10', '1.10.1', '1.10.3', '2', '4'];
    const gaps = rules(findings(numbers.map((n, i) => row(n, `Мероприятие ${i}`))), 'numbering.gap');
    expect(gaps.map((f) => [f.cell, f.message.match(/пропущен номер (\S+)\./)?.[1]])).toEqual([
      ['A19', '1.10.2'],
      ['A21', '3'],
    ]);
  });
  test('numbering restarting in each section and numbers merged down are fine', () => {
    const fs = findings(
      [['Раздел первый'], ['1.', 'А', 'май', 'Иванов И.И.'], [null, 'Б', 'май', 'Иванов И.И.'], ['2.', 'В', 'май', 'Иванов И.И.'], ['Раздел второй'], ['1.', 'Г', 'май', 'Иванов И.И.']],
      { merges: ['A5:G5', 'A6:A7', 'A9:G9'] },
    );
    expect(fs.filter((f) => f.rule.startsWith('numbering.'))).toEqual([]);
  });
});

describe('responsible.unknown', () => {
  test('fires for a person not in the staff list, whatever the initials’ spacing', () => {
    const fs = findings([['1.', 'А', 'май', 'О. К. Хайбулина, Петров П.П., Руководители ОО']], { staff: ['Хайбулина О.К.', 'Руководители ОО'] });
    expect(rules(fs, 'responsible.unknown').map((f) => [f.cell, f.severity, f.message.includes('Петров П.П.')])).toEqual([['D5', 'info', true]]);
  });
  test('is silent without a staff list', () => {
    expect(rules(findings([['1.', 'А', 'май', 'Петров П.П.']]), 'responsible.unknown')).toEqual([]);
  });
});

describe('status rules', () => {
  test('status.overdue: past deadline and not done', () => {
    const fs = findings([
      ['1.', 'А', '27.09.2021', 'Иванов И.И.', 'В работе'],
      ['2.', 'Б', '27.09.2021', 'Иванов И.И.', 'Исполнено', '27.09.2021', 'https://a.example.ru'],
      ['3.', 'В', 'декабрь 2021', 'Иванов И.И.'],
      ['4.', 'Г', '27.09.2021', 'Иванов И.И.', 'Отменено'],
      ['5.', 'Д', 'по графику', 'Иванов И.И.'],
    ]);
    expect(rules(fs, 'status.overdue').map((f) => f.cell)).toEqual(['E5']);
  });
  test('a mark that starts with «Исполнено» and goes on is done, unless it says done in part', () => {
    const row = (n: string, mark: string): CellValue[] => [n, `Мероприятие ${n}`, '27.09.2021', 'Иванов И.И.', mark, '27.09.2021', 'https://a.example.ru'];
    const fs = findings([
      row('1.', 'Исполнено 27.09.2021, приказ № 5'),
      row('2.', 'Выполнено (протокол)'),
      row('3.', 'Выполнено частично'),
      row('4.', 'Исполнено не в полном объёме'),
      row('5.', 'Не исполнено'),
      row('6.', 'Исполнение перенесено'),
      row('7.', '+'),
      row('8.', 'Да'),
      row('9.', 'Дата уточняется'),
    ]);
    expect(rules(fs, 'status.overdue').map((f) => f.cell)).toEqual(['E7', 'E8', 'E9', 'E10', 'E13']);
  });
  test('status.overdue is silent without a status column', () => {
    const grid = gridOf('План', [['План на 2021-2022 учебный год'], ['№', 'Мероприятия', 'Сроки', 'Ответственные'], ['1', 'А', '27.09.2021', 'Иванов И.И.']]);
    const out = analyseRoadmap([grid], { today: TODAY });
    expect(out.ok && out.analysis.findings.filter((f) => f.rule === 'status.overdue')).toEqual([]);
  });
  test('status.done-without-proof: no date, no link, or a date that is not a date', () => {
    const fs = findings([
      ['1.', 'А', '27.09.2021', 'Иванов И.И.', 'Исполнено', null, 'https://a.example.ru'],
      ['2.', 'Б', '27.09.2021', 'Иванов И.И.', 'Исполнено', '27.09.2021', null],
      ['3.', 'В', '27.09.2021', 'Иванов И.И.', 'Исполнено', 'вчера', 'https://a.example.ru'],
      OK_ROW.map((v, i) => (i === 0 ? '4.' : v)),
    ]);
    expect(rules(fs, 'status.done-without-proof').map((f) => f.cell)).toEqual(['F5', 'G6', 'F7']);
  });
  test('status.bad-link: only http(s) links pass', () => {
    const fs = findings([
      ['1.', 'А', '27.09.2021', 'Иванов И.И.', 'Исполнено', '27.09.2021', 'ftp://10.0.0.5/p.doc'],
      ['2.', 'Б', '27.09.2021', 'Иванов И.И.', 'Исполнено', '27.09.2021', 'C:\\Документы\\протокол.docx'],
      ['3.', 'В', '27.09.2021', 'Иванов И.И.', 'Исполнено', '27.09.2021', 'https://a.example.ru/x http://b.example.ru/y'],
    ]);
    expect(rules(fs, 'status.bad-link').map((f) => [f.cell, f.severity])).toEqual([['G5', 'error'], ['G6', 'error']]);
  });
});

describe('an execution mark that holds the date done and the link', () => {
  const marked = (rows: CellValue[][]): Finding[] => {
    const grid = gridOf('План', [['План на 2021-2022 учебный год'], ['№', 'Мероприятия', 'Сроки', 'Ответственные', 'Отметка об исполнении (дата, ссылка)'], ...rows]);
    const out = analyseRoadmap([grid], { today: TODAY });
    if (!out.ok) throw new Error(out.problem.kind);
    return out.analysis.findings;
  };
  test('done with its date and an http link: no finding', () => {
    expect(marked([['1', 'А', '27.09.2021', 'Иванов И.И.', 'Исполнено 27.09.2021 https://a.example.ru/p.pdf']])).toEqual([]);
  });
  test('done without a link, or with a link that is not http(s): the finding names the mark’s cell', () => {
    const fs = marked([
      ['1', 'А', '27.09.2021', 'Иванов И.И.', 'Исполнено 27.09.2021'],
      ['2', 'Б', '27.09.2021', 'Иванов И.И.', 'Исполнено 28.09.2021, ftp://10.0.0.5/p.doc'],
    ]);
    expect(fs.map((f) => [f.rule, f.cell])).toEqual([
      ['status.done-without-proof', 'E3'],
      ['status.bad-link', 'E4'],
    ]);
    expect(fs[0].message).toContain('нет ссылки на подтверждающий документ');
    expect(fs[0].message).not.toContain('даты');
  });
});

describe('activity.duplicate', () => {
  test('fires for the same text twice, ignoring case, spaces and a final dot', () => {
    const fs = findings([['1.', 'Мониторинг  сайтов ОО.', 'май', 'Иванов И.И.'], ['2.', 'мониторинг сайтов оо', 'май', 'Иванов И.И.'], ['3.', 'Другое', 'май', 'Иванов И.И.']]);
    expect(rules(fs, 'activity.duplicate').map((f) => [f.cell, f.severity])).toEqual([['B6', 'info']]);
  });
});

test('findings are sorted by row and say the sheet and cell', () => {
  const fs = findings([['1.', 'А', 'когда-нибудь', null], ['2.', 'А', '24.08.2021', 'Иванов И.И.']]);
  expect(fs.map((f) => f.row)).toEqual([...fs.map((f) => f.row)].sort((a, b) => a - b));
  for (const f of fs) expect(f.message.startsWith(`Лист «План», ячейка ${f.cell}: `)).toBe(true);
});
