// The web page's host: an .xlsx opened in memory, worked on, and downloaded as a new file.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { readFileSync } from 'node:fs';
import { dayOf } from '../../src/core/dates';
import { analyseRoadmap } from '../../src/core/roadmap/analyse';
import { MARK_FILLS, markPlan } from '../../src/core/roadmap/marks';
import { REGISTER_SHEET, roadmapPlan } from '../../src/core/roadmap/register-plan';
import { FileHost, MARKS_SHEET } from '../../src/io/xlsx/file-host';
import { NOVO, sha256 } from '../helpers/files';

async function run(host: FileHost) {
  const out = analyseRoadmap(await host.readSheets(), { today: dayOf(2021, 11, 1) });
  if (!out.ok) throw new Error(out.problem.kind);
  return out.analysis;
}

const protectionXml = async (bytes: Uint8Array, part: string): Promise<string | undefined> =>
  /<sheetProtection\b[^>]*\/>/.exec((await (await JSZip.loadAsync(bytes)).file(part)?.async('string')) ?? '')?.[0];

test('register, findings and marks in a new workbook; input sheets and their protection kept exactly', async () => {
  const before = sha256(NOVO);
  const host = await FileHost.open(new Uint8Array(readFileSync(NOVO)));
  expect((await host.listSheets()).map((s) => [s.name, s.active, s.protected])).toEqual([
    ['Приложение 1', true, true],
    ['Приложение 2', false, true],
    ['Ответственные', false, false],
  ]);
  const a = await run(host);
  await host.writePlan(roadmapPlan(a));
  await host.mark(markPlan(a));
  const bytes = await host.download();
  expect(sha256(NOVO)).toBe(before);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([
    ['Приложение 1', 'visible'],
    ['Приложение 2', 'visible'],
    ['Ответственные', 'visible'],
    ['Реестр мероприятий', 'visible'],
    ['Замечания', 'visible'],
    [MARKS_SHEET, 'veryHidden'],
  ]);
  const src = wb.getWorksheet('Приложение 1') as ExcelJS.Worksheet;
  expect(src.getCell('B6').value).toMatch(/^Заседания районных/);
  expect((src.getCell('G13').fill as ExcelJS.FillPattern).fgColor?.argb).toBe(`FF${MARK_FILLS.error.slice(1)}`);
  expect(String(src.getCell('G13').note)).toMatch(/^ОКО: ссылка «ftp:/);
  // The legacy password hash ExcelJS drops is back, byte for byte.
  const original = await protectionXml(new Uint8Array(readFileSync(NOVO)), 'xl/worksheets/sheet1.xml');
  expect(original).toContain('password="DD64"');
  expect(await protectionXml(bytes, 'xl/worksheets/sheet1.xml')).toBe(original);
});

test('unmark takes off exactly ОКО’s marks and leaves a user’s later change', async () => {
  const host = await FileHost.open(new Uint8Array(readFileSync(NOVO)));
  const a = await run(host);
  await host.mark(markPlan(a));
  const bytes1 = await host.download();
  const reopened = await FileHost.open(bytes1);
  // The user recolours one marked cell in between.
  const wb = (reopened as unknown as { workbook: ExcelJS.Workbook }).workbook;
  (wb.getWorksheet('Приложение 1') as ExcelJS.Worksheet).getCell('E9').fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FF00FF00' } };
  await reopened.unmark('Приложение 1');
  const out = new ExcelJS.Workbook();
  await out.xlsx.load((await reopened.download()) as unknown as ExcelJS.Buffer);
  const ws = out.getWorksheet('Приложение 1') as ExcelJS.Worksheet;
  expect(ws.getCell('G13').note).toBeUndefined();
  expect((ws.getCell('G13').fill as ExcelJS.FillPattern | undefined)?.pattern ?? 'none').not.toBe('solid');
  expect((ws.getCell('E9').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('FF00FF00');
  expect(ws.getCell('E9').note).toBeUndefined();
  // The header fill, never marked, is untouched.
  expect((ws.getCell('A5').fill as ExcelJS.FillPattern).fgColor?.argb).toBe('00D9E1F2');
});

test('rebuilding the register keeps what was typed in its tracking columns', async () => {
  const host = await FileHost.open(new Uint8Array(readFileSync(NOVO)));
  const a = await run(host);
  await host.writePlan(roadmapPlan(a));
  const wb = (host as unknown as { workbook: ExcelJS.Workbook }).workbook;
  const reg = wb.getWorksheet(REGISTER_SHEET) as ExcelJS.Worksheet;
  // Row 4 of the register is item 1; row 7 is item 4 («В работе» on the sheet).
  reg.getCell('K7').value = 'Исполнено';
  reg.getCell('M7').value = 'https://rmk.example.ru/sobesedovanie.pdf';
  const typed = await host.readRegisterTracking(REGISTER_SHEET);
  await host.writePlan(roadmapPlan(await run(host), typed));
  const again = wb.getWorksheet(REGISTER_SHEET) as ExcelJS.Worksheet;
  expect(again.getCell('A7').value).toBe('4');
  expect(again.getCell('K7').value).toBe('Исполнено');
  expect(again.getCell('M7').value).toMatchObject({ hyperlink: 'https://rmk.example.ru/sobesedovanie.pdf' });
  expect(again.getCell('K4').value).toBe('Исполнено');
});

test('a workbook with a picture is flagged: ExcelJS would not carry it into the copy', async () => {
  const plain = await FileHost.open(new Uint8Array(readFileSync(NOVO)));
  expect(plain.hasDrawings).toBe(false);
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('Лист1');
  ws.getCell('A1').value = 'x';
  const png = readFileSync(require.resolve('../../assets/icon-16.png'));
  ws.addImage(wb.addImage({ buffer: png as unknown as ExcelJS.Buffer, extension: 'png' }), 'B2:C3');
  const withPicture = await FileHost.open(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
  expect(withPicture.hasDrawings).toBe(true);
});
