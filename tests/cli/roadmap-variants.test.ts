// Roadmaps of the same kind as the fixtures but written differently: other header words,
// numbered sections merged across, a column-numbering row, real Excel dates, hyperlinks,
// a protected sheet. Built with ExcelJS here, read back through the CLI.
import ExcelJS from 'exceljs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { sha256, tempDir } from '../helpers/files';

async function writeVariant(file: string): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('План МСОКО');
  ws.getCell('A1').value = 'УТВЕРЖДЕНО приказом отдела образования от «15» сентября 2022 г. № 301';
  ws.mergeCells('A1:F1');
  ws.getCell('A2').value = 'Дорожная карта по повышению качества образования на 2022-2023 учебный год';
  ws.mergeCells('A2:F2');
  ws.addRow([]);
  ws.addRow(['№ п/п', 'Основные направления деятельности', 'Срок исполнения', 'Ответственный исполнитель', 'Ожидаемый результат', 'Отметка о выполнении', 'Ссылка на документ']);
  ws.addRow([1, 2, 3, 4, 5, 6, 7]);
  ws.addRow(['1. Нормативное обеспечение']);
  ws.mergeCells('A6:G6');
  ws.addRow(['1.1', 'Приказ о проведении ВПР', new Date(Date.UTC(2022, 9, 3)), 'Петрова А.А.', 'Приказ', 'выполнено', { text: 'Приказ № 5', hyperlink: 'https://uo.example.ru/prikaz5.pdf' }]);
  ws.addRow(['1.2', 'Положение о ВСОКО', 'до 1 ноября', 'Петрова А.А.\nСидоров Б.Б.', 'Положение', 'Выполнено', null]);
  ws.addRow(['1.4', 'Графики оценочных процедур', 'сентябрь – октябрь', 'Руководители ОО', 'Графики', null, null]);
  ws.addRow(['2. Мониторинг']);
  ws.mergeCells('A10:G10');
  ws.addRow(['2.1', 'Анализ результатов ВПР', 'май - сентябрь 2023', 'А.А. Петрова', 'Справка', null, null]);
  ws.addRow(['3.1', 'Собеседования', 'по мере необходимости', 'Иванов И.И.', 'Протоколы', null, null]);
  ws.addRow(['2.3', 'Анализ результатов ВПР', 'в теч. года', 'Петрова А.А.', 'Справка', null, null]);
  const staff = wb.addWorksheet('Сотрудники');
  staff.addRow(['Ф.И.О.', 'Должность']);
  staff.addRow(['Петрова А.А.', 'Главный специалист']);
  staff.addRow(['Сидоров Б.Б.', 'Методист']);
  await ws.protect('', { formatCells: true });
  await wb.xlsx.writeFile(file);
}

interface Out {
  sheet: string;
  period: { start: string; end: string };
  approved: string;
  staffSheet: string;
  items: { id: string; row: number; section: string; activity: string; deadline: { text: string; kind: string; intervals: { start: string; end: string }[] }; responsible: string[]; status: string; doneOn: string | null; proof: string }[];
  findings: { rule: string; cell: string }[];
}

test('a differently written roadmap is read the same way', async () => {
  const dir = tempDir();
  const file = path.join(dir, 'вариант.xlsx');
  await writeVariant(file);
  const before = sha256(file);
  const r = await runCli(['roadmap', file, '--json', '--today', '2022-11-20']);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  const j = JSON.parse(r.out) as Out;
  expect(sha256(file)).toBe(before);

  expect(j.sheet).toBe('План МСОКО');
  expect(j.period).toMatchObject({ start: '2022-09-01', end: '2023-08-31' });
  expect(j.approved).toBe('2022-09-15');
  expect(j.staffSheet).toBe('Сотрудники');
  expect(j.items.map((i) => [i.id, i.row, i.section])).toEqual([
    ['1.1', 7, 'Нормативное обеспечение'],
    ['1.2', 8, 'Нормативное обеспечение'],
    ['1.4', 9, 'Нормативное обеспечение'],
    ['2.1', 11, 'Мониторинг'],
    ['3.1', 12, 'Мониторинг'],
    ['2.3', 13, 'Мониторинг'],
  ]);
  const [a, b, c, d, e, f] = j.items;
  expect(a.deadline).toEqual({ text: '03.10.2022', kind: 'date', intervals: [{ start: '2022-10-03', end: '2022-10-03' }] });
  expect(a.proof).toBe('https://uo.example.ru/prikaz5.pdf');
  expect(b.deadline.intervals).toEqual([{ start: '2022-09-01', end: '2022-11-01' }]);
  expect(b.responsible).toEqual(['Петрова А.А.', 'Сидоров Б.Б.']);
  expect(c.deadline.intervals).toEqual([{ start: '2022-09-01', end: '2022-10-31' }]);
  expect(d.deadline.intervals).toEqual([{ start: '2023-05-01', end: '2023-09-30' }]);
  expect(d.responsible).toEqual(['А.А. Петрова']);
  expect(e.deadline.kind).toBe('event');
  expect(f.deadline.kind).toBe('continuous');

  expect(j.findings.map((x) => `${x.rule} ${x.cell}`).sort()).toEqual(
    [
      'activity.duplicate B13',
      'deadline.outside-period C11',
      'numbering.gap A9',
      'numbering.gap A13',
      'numbering.section A12',
      'responsible.unknown D12',
      'status.done-without-proof F7',
      'status.done-without-proof G8',
      'status.overdue F9',
    ].sort(),
  );
});
