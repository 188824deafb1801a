// The web page in a real headless Chromium: upload each fixture, build the register, see the
// findings, highlight, download the result and read it back with ExcelJS; the ВПР register's
// summary with its risks, downloaded with live formulas. At 320 px, offline.
import ExcelJS from 'exceljs';
import { readdirSync, readFileSync } from 'node:fs';
import type { BrowserContext, Page } from 'playwright-core';
import { NOVO, SEVERSKIY, sha256, tempDir, VPR } from '../helpers/files';
import { artifactPath, openWatchedPage, useBrowserSuite, WEB_DIR } from '../helpers/browser';
import path from 'node:path';
import { writeFileSync } from 'node:fs';

const suite = useBrowserSuite('web');

const contexts: BrowserContext[] = [];
afterEach(async () => {
  // One page at a time: a page left open in the background would not be the focused one.
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

interface Opened {
  page: Page;
  outside: string[];
  consoleErrors: string[];
}

async function openPage(): Promise<Opened> {
  const { page, context, outside, consoleErrors } = await openWatchedPage(suite);
  contexts.push(context);
  await page.bringToFront();
  await page.clock.setFixedTime(new Date('2021-11-01T10:00:00'));
  await page.goto(`${suite.origin}/`);
  return { page, outside, consoleErrors };
}

async function upload(page: Page, file: string): Promise<void> {
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.getByRole('button', { name: 'Построить реестр' }).waitFor();
}

test('Novosergievka: register, findings by severity, highlight, download read back', async () => {
  const before = sha256(NOVO);
  const { page, outside, consoleErrors } = await openPage();
  await page.screenshot({ path: artifactPath('web-320-start.png'), fullPage: true });
  await upload(page, NOVO);
  await page.getByRole('button', { name: 'Построить реестр' }).click();
  await page.getByText('Реестр записан на лист «Реестр мероприятий»').waitFor();
  await page.getByText('Мероприятий: 34').waitFor();
  // Findings grouped by severity with their counts: 1 error, 11 warnings (as the CLI finds on this date).
  await page.getByRole('button', { name: /Ошибки\s*1/ }).waitFor();
  await page.getByRole('button', { name: /Предупреждения\s*11/ }).click();
  await page.locator('[data-rule="status.bad-link"][data-cell="G13"]').waitFor();
  await page.locator('[data-rule="status.overdue"][data-cell="E9"]').waitFor();
  // The register as read: collapsed under «Реестр (34)».
  await page.getByRole('button', { name: 'Реестр (34)' }).click();
  const firstRow = page.locator('[data-testid=register-preview] tbody tr').first();
  expect(await firstRow.locator('td').allTextContents()).toEqual(['1', expect.stringMatching(/^Заседания районных/), '24.08.2021 – 25.08.2021']);
  await page.screenshot({ path: artifactPath('web-320-findings.png'), fullPage: true });

  await page.getByRole('button', { name: 'Подсветить' }).click();
  await page.getByText('Ячейки с замечаниями отмечены').waitFor();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать результат' }).click()]);
  const saved = path.join(tempDir(), 'result.xlsx');
  await download.saveAs(saved);
  expect(download.suggestedFilename()).toBe('roadmap-novosergievka-2021 — ОКО.xlsx');

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Приложение 1', 'Приложение 2', 'Ответственные', 'Реестр мероприятий', 'Замечания', 'ОКО_отметки']);
  const reg = wb.getWorksheet('Реестр мероприятий') as ExcelJS.Worksheet;
  expect(reg.getCell('A4').value).toBe('1');
  expect(reg.getCell('D4').value).toMatch(/^Заседания районных/);
  const findings = wb.getWorksheet('Замечания') as ExcelJS.Worksheet;
  expect(findings.getCell('B4').value).toBe('deadline.before-approval');
  const src = wb.getWorksheet('Приложение 1') as ExcelJS.Worksheet;
  expect(String(src.getCell('G13').note)).toMatch(/^ОКО: ссылка «ftp:/);
  expect((src as unknown as { sheetProtection: { sheet: boolean } }).sheetProtection.sheet).toBe(true);
  expect(sha256(NOVO)).toBe(before);
  expect(outside).toEqual([]);
  expect(consoleErrors).toEqual([]);
}, 120_000);

test('Severskiy: four duplicates reported as information', async () => {
  const { page } = await openPage();
  await upload(page, SEVERSKIY);
  await page.getByRole('button', { name: 'Построить реестр' }).click();
  await page.getByText('Мероприятий: 95').waitFor();
  await page.getByRole('button', { name: /Сведения\s*4/ }).waitFor();
  expect(await page.locator('[data-rule="activity.duplicate"]').count()).toBe(4);
  expect(await page.getByRole('button', { name: /Ошибки/ }).count()).toBe(0);
}, 120_000);

test('a file that is not a workbook gets a Russian message that says what to do', async () => {
  const { page } = await openPage();
  const bad = path.join(tempDir(), 'заметки.xlsx');
  writeFileSync(bad, 'это не книга Excel');
  await page.setInputFiles('[data-testid=file-input]', bad);
  const alert = page.getByRole('alert');
  await alert.waitFor();
  expect(await alert.textContent()).toContain('Файл «заметки.xlsx» не является книгой Excel (.xlsx)');
  await page.screenshot({ path: artifactPath('web-320-error.png'), fullPage: true });
}, 60_000);

test('keyboard only: open a file, build, open the findings, highlight, download', async () => {
  const { page } = await openPage();
  // Listen for the file chooser well before it opens: Playwright intercepts it only once asked to.
  const chooserOpened = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Выбрать файл .xlsx' }).waitFor();
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Выбрать файл .xlsx');
  await page.keyboard.press('Enter');
  const chooser = await chooserOpened;
  await chooser.setFiles(NOVO);
  await page.getByRole('button', { name: 'Построить реестр' }).waitFor();
  // Tab to «Построить реестр» and press it, without the mouse.
  for (let i = 0; i < 12 && (await page.evaluate(() => document.activeElement?.textContent)) !== 'Построить реестр'; i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Построить реестр');
  await page.keyboard.press('Enter');
  await page.getByText('Мероприятий: 34').waitFor();
  for (let i = 0; i < 12 && !/^Ошибки/.test((await page.evaluate(() => document.activeElement?.textContent)) ?? ''); i++) await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Ошибки/);
  await page.keyboard.press('Tab');
  expect(await page.evaluate(() => document.activeElement?.getAttribute('data-cell'))).toBe('G13');
  await page.screenshot({ path: artifactPath('web-320-keyboard.png'), fullPage: true });
  const focused = async (): Promise<string> => (await page.evaluate(() => document.activeElement?.textContent)) ?? '';
  for (let i = 0; i < 12 && (await focused()) !== 'Подсветить'; i++) await page.keyboard.press('Shift+Tab');
  expect(await focused()).toBe('Подсветить');
  await page.keyboard.press('Enter');
  await page.getByText('Ячейки с замечаниями отмечены').waitFor();
  for (let i = 0; i < 40 && (await focused()) !== 'Скачать результат'; i++) await page.keyboard.press('Tab');
  expect(await focused()).toBe('Скачать результат');
  const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
  expect(download.suggestedFilename()).toMatch(/ОКО\.xlsx$/);
}, 120_000);

test('ВПР register: «Показатели» builds the summary, the risks say where each school is; the download has Сводная with formulas', async () => {
  const before = sha256(VPR);
  const { page, outside, consoleErrors } = await openPage();
  await page.setInputFiles('[data-testid=file-input]', VPR);
  await page.getByRole('tab', { name: 'Показатели' }).click();
  await page.getByRole('checkbox', { name: '«ВПР» — ВПР, строки 2–103, учтено строк: 102' }).waitFor();
  await page.getByRole('button', { name: 'Построить сводную' }).click();
  await page.getByText('Сводная записана на лист «Сводная»').waitFor();
  await page.getByText('ОО в сводной: 6, показателей: 10').waitFor();
  await page.getByRole('button', { name: /^Риск\s*6$/ }).waitFor();
  await page.getByRole('button', { name: /^Внимание\s*4$/ }).waitFor();
  // A file has nothing to select: the pane says where to look in the downloaded workbook.
  const risk = page.locator('[data-level="риск"] button[data-school="МБОУ «СОШ № 3»"]');
  expect(await risk.getAttribute('data-cell')).toBe('N6'); // Участие в каждой процедуре, 7th indicator; 3rd school
  await risk.click();
  expect(await page.getByTestId('shown-cell').textContent()).toBe('В скачанной книге: лист «Сводная», ячейка N6.');
  await page.screenshot({ path: artifactPath('web-320-indicators.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать результат' }).click()]);
  const saved = path.join(tempDir(), 'summary.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['ВПР', 'Сводная', 'Пороги', 'Риски', 'Замечания к реестрам']);
  const summary = wb.getWorksheet('Сводная') as ExcelJS.Worksheet;
  expect(summary.getCell('A6').value).toBe('МБОУ «СОШ № 3»');
  // Live figures: formulas over the register, the engine's figure as the cached result.
  expect(summary.getCell('N6').formula).toMatch(/^IF\(SUMPRODUCT\(MIN\(\('ВПР'!\$A\$2:\$A\$103=\$A6\)/);
  expect(summary.getCell('N6').result).toBeCloseTo(0.6730769230769231, 12);
  expect(summary.getCell('B4').formula).toMatch(/^IF\(\(SUMIFS\('ВПР'!\$E\$2:\$E\$1048576,'ВПР'!\$A\$2:\$A\$1048576,"="&\$A4,/);
  expect(summary.getCell('C9').formula).toBe('IF(ISNUMBER(B9),_xlfn.RANK.EQ(B9,B$4:B$9,1),"")');
  expect(summary.getCell('A11').value).toBe('Район');
  expect(summary.getCell('B12').formula).toBe('IF(COUNT(B4:B9)=0,"",AVERAGE(B4:B9))');
  const risks = wb.getWorksheet('Риски') as ExcelJS.Worksheet;
  expect(risks.getCell('A4').value).toBe('МБОУ «СОШ № 1»');
  expect(sha256(VPR)).toBe(before);
  expect(outside).toEqual([]);
  expect(consoleErrors).toEqual([]);
}, 120_000);

test('ExcelJS is loaded only by the web page, only once a file is opened', () => {
  const bundle = (name: string): string => readFileSync(path.join(WEB_DIR, name), 'utf8');
  const exceljsMark = 'spreadsheetml/2006/main';
  expect(bundle('taskpane.js')).not.toContain(exceljsMark);
  expect(bundle('web.js')).not.toContain(exceljsMark);
  const chunks = readdirSync(WEB_DIR).filter((f) => f.endsWith('.js') && f !== 'taskpane.js' && f !== 'web.js');
  expect(chunks.some((f) => bundle(f).includes(exceljsMark))).toBe(true);
  expect(bundle('index.html')).toContain('Content-Security-Policy');
  expect(bundle('taskpane.html')).not.toMatch(/web\.js/);
});

afterAll(() => {
  // The screenshots are artifacts for people; make sure they were written.
  for (const f of ['web-320-start.png', 'web-320-findings.png', 'web-320-error.png', 'web-320-indicators.png']) expect(readFileSync(artifactPath(f)).length).toBeGreaterThan(1000);
});
