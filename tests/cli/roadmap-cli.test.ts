import ExcelJS from 'exceljs';
import path from 'node:path';
import { runCli } from '../helpers/cli';
import { NOVO, SEVERSKIY, sha256, tempDir } from '../helpers/files';
import { openInLibreOffice } from '../helpers/libreoffice';

/** What ExcelJS exposes of a table it read from a file. */
interface TableModel {
  tableRef: string;
  headerRow: boolean;
  columns: { name: string; filterButton: boolean }[];
}

interface JsonOut {
  sheet: string;
  period: { start: string; end: string };
  approved: string | null;
  items: { id: string; row: number; section: string; task: string | null; activity: string; deadline: { text: string; kind: string; intervals: { start: string; end: string }[] }; responsible: string[]; result: string | null; status: string | null; doneOn: string | null; proof: string | null }[];
  findings: { rule: string; severity: string; row: number; cell: string; message: string }[];
}

async function json(file: string, ...extra: string[]): Promise<JsonOut> {
  const r = await runCli(['roadmap', file, '--json', ...extra]);
  expect(r.err).toBe('');
  expect(r.code).toBe(0);
  return JSON.parse(r.out) as JsonOut;
}

describe('oko roadmap --json on the fixtures', () => {
  test('Novosergievka: period, approval, 34 items and the expected findings', async () => {
    const j = await json(NOVO, '--today', '2021-11-01');
    expect(j.sheet).toBe('Приложение 1');
    expect(j.period).toMatchObject({ start: '2021-09-01', end: '2022-08-31' });
    expect(j.approved).toBe('2021-09-02');
    expect(j.items).toHaveLength(34);
    expect(j.items.map((i) => i.id)).toEqual(Array.from({ length: 34 }, (_, i) => String(i + 1)));
    const first = j.items[0];
    expect(first).toMatchObject({
      row: 6,
      deadline: { text: '24,25.08.2021 г', kind: 'date', intervals: [{ start: '2021-08-24', end: '2021-08-25' }] },
      responsible: ['Лысенкова Л.М.', 'методисты РМК'],
      status: 'Исполнено',
      doneOn: '2021-08-25',
      proof: 'https://rmk-novoserg.example.ru/docs/rmo-2021.pdf',
      task: null,
      result: null,
    });
    expect(j.items.find((i) => i.row === 17)?.doneOn).toBe('2021-10-29'); // typed as text «2021-10-29»
    expect(j.items[26].deadline.kind).toBe('recurring'); // «Еженедельно в течение…»
    expect(j.items.filter((i) => i.deadline.kind === 'continuous')).toHaveLength(14);
    expect(j.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual([
      'deadline.before-approval C6',
      'deadline.outside-period C6',
      'status.done-without-proof G8',
      'status.overdue E9',
      'status.overdue E11',
      'status.overdue E12',
      'status.bad-link G13',
      'status.overdue E14',
      'status.overdue E15',
      'status.overdue E16',
      'status.overdue E19',
      'status.overdue E21',
    ]);
  });

  test('Severskiy: calendar period, sections, merged tasks, repeated months', async () => {
    const j = await json(SEVERSKIY, '--today', '2023-03-01');
    expect(j.period).toMatchObject({ start: '2022-01-01', end: '2024-12-31' });
    expect(j.approved).toBe('2022-12-08');
    expect(j.items).toHaveLength(95);
    expect(new Set(j.items.map((i) => i.id)).size).toBe(95);
    const byRow = new Map(j.items.map((i) => [i.row, i]));
    expect(byRow.get(12)).toMatchObject({ section: 'Оценка качества образования обучающихся', task: 'Обеспечение функционирования объективной ВСОКО в каждой ОО Северского района' });
    expect(byRow.get(28)?.task).toMatch(/^Достижение обучающимися уровня подготовки .* среднего общего образования$/);
    expect(byRow.get(68)?.deadline.intervals).toEqual([
      { start: '2022-12-01', end: '2023-09-30' },
      { start: '2023-12-01', end: '2024-09-30' },
    ]);
    expect(byRow.get(7)?.responsible).toEqual(['Кочнева С.А.', 'Седова Е.И.', 'Ганина Е.В.', 'Бондаренко Н.А.', 'Кустова С.Л.']);
    expect(byRow.get(13)?.deadline.kind).toBe('event');
    expect(j.items.filter((i) => i.deadline.kind === 'unknown')).toEqual([]);
    expect(j.findings.map((f) => `${f.rule} ${f.cell}`)).toEqual(['activity.duplicate C30', 'activity.duplicate C77', 'activity.duplicate C78', 'activity.duplicate C96']);
  });

  test('the same input gives the same bytes', async () => {
    const a = await runCli(['roadmap', SEVERSKIY, '--json', '--today', '2023-03-01']);
    const b = await runCli(['roadmap', SEVERSKIY, '--json', '--today', '2023-03-01']);
    expect(a.out).toBe(b.out);
  });

  test('--period and --approved override what the title says', async () => {
    const j = await json(NOVO, '--today', '2021-11-01', '--period', '2020-09-01..2021-08-31', '--approved', '2021-08-01');
    expect(j.period).toMatchObject({ start: '2020-09-01', end: '2021-08-31' });
    expect(j.findings.some((f) => f.rule === 'deadline.before-approval')).toBe(false);
    expect(j.findings.filter((f) => f.rule === 'deadline.outside-period').length).toBeGreaterThan(20);
  });
});

describe('the shape of the --json text', () => {
  test('one item or finding per line, and the lines together are one JSON value', async () => {
    const r = await runCli(['roadmap', NOVO, '--json', '--today', '2021-11-01']);
    const j = JSON.parse(r.out) as JsonOut;
    const lines = r.out.split('\n');
    expect(lines).toHaveLength(j.items.length + j.findings.length + 3);
    expect(JSON.parse(lines[1].replace(/,$/, ''))).toEqual(j.items[0]);
    expect(JSON.parse(lines[j.items.length + 2].replace(/,$/, ''))).toEqual(j.findings[0]);
  });

  test('several files make one array, each object naming its file', async () => {
    const r = await runCli(['roadmap', NOVO, SEVERSKIY, '--json', '--today', '2023-03-01']);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.out) as (JsonOut & { file: string })[];
    expect(list.map((x) => x.file)).toEqual([NOVO, SEVERSKIY]);
    expect(list[1].items.length).toBeGreaterThan(0);
  });

  test('a file that cannot be read is left out of the array and the exit code says so', async () => {
    const r = await runCli(['roadmap', NOVO, path.join(tempDir(), 'нет-такого.xlsx'), '--json', '--today', '2023-03-01']);
    expect(r.code).toBe(2);
    const list = JSON.parse(r.out) as JsonOut[];
    expect(list).toHaveLength(1);
    expect(r.err).toMatch(/нет-такого\.xlsx/);
  });
});

describe('oko roadmap summary for people', () => {
  test('prints the sheet, period, counts and findings in Russian', async () => {
    const r = await runCli(['roadmap', NOVO, '--today', '2021-11-01']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('лист «Приложение 1»');
    expect(r.out).toContain('Период: 01.09.2021 – 31.08.2022 (из заголовка)');
    expect(r.out).toContain('Мероприятий: 34');
    expect(r.out).toContain('Замечания: 1 ошибка, 11 предупреждений');
    expect(r.out).toMatch(/G13\s+status\.bad-link\s+ссылка «ftp:\/\/10\.0\.0\.5\/protocol\.doc»/);
  });
});

describe('oko roadmap -o', () => {
  let dir: string;
  let out: string;
  let before: string;
  let findingsCount: number;

  beforeAll(async () => {
    dir = tempDir();
    out = path.join(dir, 'реестр.xlsx');
    before = sha256(SEVERSKIY);
    const r = await runCli(['roadmap', SEVERSKIY, '--today', '2023-03-01', '-o', out]);
    expect(r.code).toBe(0);
    findingsCount = ((await json(SEVERSKIY, '--today', '2023-03-01')).findings).length;
  });

  test('leaves the input untouched', () => {
    expect(sha256(SEVERSKIY)).toBe(before);
  });

  test('writes the register as an Excel table with filters, a frozen header, dates and a status list', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Реестр мероприятий', 'Замечания']);
    const ws = wb.getWorksheet('Реестр мероприятий') as ExcelJS.Worksheet;
    const table = (ws.getTable('ОКО_Реестр') as unknown as { model: TableModel }).model;
    expect(table.tableRef).toBe('A3:O98');
    expect(table.headerRow).toBe(true);
    expect(table.columns.map((c) => c.name)).toContain('Мероприятие');
    expect(table.columns.every((c) => c.filterButton)).toBe(true);
    expect(ws.views[0]).toMatchObject({ state: 'frozen', ySplit: 3 });
    const start = ws.getCell('G4');
    expect(start.value).toEqual(new Date(Date.UTC(2022, 0, 1)));
    expect(start.numFmt).toBe('dd.mm.yyyy');
    expect(ws.getCell('D4').value).toBe('Разработка и утверждение муниципального плана мероприятий по повышению качества образования');
    const dv = (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
    expect(dv.K4).toMatchObject({ type: 'list' });
    expect(dv.K4.formulae[0]).toContain('Исполнено');
    const findings = wb.getWorksheet('Замечания') as ExcelJS.Worksheet;
    const ft = (findings.getTable('ОКО_Замечания') as unknown as { model: TableModel }).model;
    expect(ft.tableRef).toBe(`A3:G${3 + findingsCount}`);
  });

  test('opens in LibreOffice with the same content', () => {
    const sheets = openInLibreOffice(out);
    const register = sheets.get('Реестр мероприятий') as string[][];
    expect(register[2].slice(0, 8)).toEqual(['№', 'Раздел', 'Задача', 'Мероприятие', 'Срок', 'Вид срока', 'Начало', 'Окончание']);
    expect(register.slice(3).filter((r) => r[0] !== '')).toHaveLength(95);
    expect(register[3].slice(0, 1)).toEqual(['1.1.1']);
    expect(register[3][6]).toBe('01.01.2022');
    expect(register[3][7]).toBe('26.12.2022');
    const findings = sheets.get('Замечания') as string[][];
    expect(findings[3].slice(0, 4)).toEqual(['сведения', 'activity.duplicate', 'Дорожная карта', 'C30']);
  });
});
