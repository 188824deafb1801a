// «Отчёты школ» in the real task pane over the fake Excel: a school's filled copy is the open
// workbook; the blank is picked; the problems are listed, a click selects the cell; the user
// edits a cell → worksheets.onChanged fires → the list updates after the debounce. An Excel
// without change events (2019: ExcelApi 1.8) offers «Проверить снова» only. At 320 px.
import type { Page } from 'playwright-core';
import { artifactPath, useBrowserSuite } from '../helpers/browser';
import { SCHOOL_FILES, SCHOOL_TEMPLATE } from '../helpers/files';
import type { WireGrid } from './pane/harness';
import { wireGrids } from './pane/wire-grids';

const suite = useBrowserSuite('harness');
let school3: WireGrid[];

beforeAll(async () => {
  school3 = await wireGrids(SCHOOL_FILES[2]);
});

type Win = { okoHarness: { fake: { book: { selection: unknown }; edit(sheet: string, cell: string, v: unknown): void; changeHandlerCount: number } } };

/** The pane on a workbook (school 3's filled copy unless told); the blank is picked as a file unless `pick` is false. */
async function openPane(version?: string, grids: WireGrid[] = school3, pick = true): Promise<{ page: Page; errors: string[]; close(): Promise<void> }> {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 1100 }, locale: 'ru-RU', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript(({ g, v }) => {
    (window as unknown as { okoHarness: unknown }).okoHarness = { grids: g, ...(v ? { version: v } : {}) };
  }, { g: grids, v: version });
  await page.goto(`${suite.origin}/`);
  await page.getByRole('tab', { name: 'Отчёты школ' }).click();
  if (pick) await page.setInputFiles('[data-testid=template-input]', SCHOOL_TEMPLATE);
  return { page, errors, close: () => context.close() };
}

const visibleCells = (page: Page) =>
  page.locator('[data-testid=report-check] button[data-problem]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-problem')} ${e.getAttribute('data-cell')}`));

test('check in Excel: problems listed, a click selects the cell, an edit re-checks after the debounce', async () => {
  const { page, errors, close } = await openPane();
  await page.getByText('ОО: МОАУ «Кулагинская СОШ». Замечаний: 3').waitFor();
  expect(await visibleCells(page)).toEqual(['value.missing B5', 'value.missing D10', 'value.missing D16']);
  await page.getByText('Список обновляется сам, когда вы правите книгу.').waitFor();
  await page.screenshot({ path: artifactPath('pane-320-reports-check.png'), fullPage: true });

  await page.locator('button[data-problem="value.missing"][data-cell="D10"]').click();
  await page.waitForFunction(() => (window as unknown as Win).okoHarness.fake.book.selection !== null);
  expect(await page.evaluate(() => (window as unknown as Win).okoHarness.fake.book.selection)).toEqual({ sheet: 'Отчёт ОО', address: 'D10' });

  // The user types «Да» into D10: the event fires; the list changes only once the typing has paused.
  await page.waitForFunction(() => (window as unknown as Win).okoHarness.fake.changeHandlerCount === 1);
  const started = Date.now();
  await page.evaluate(() => (window as unknown as Win).okoHarness.fake.edit('Отчёт ОО', 'D10', 'Да'));
  await page.waitForTimeout(300);
  expect(await visibleCells(page)).toHaveLength(3);
  await page.getByText('ОО: МОАУ «Кулагинская СОШ». Замечаний: 2').waitFor();
  expect(Date.now() - started).toBeGreaterThanOrEqual(800);
  expect(await visibleCells(page)).toEqual(['value.missing B5', 'value.missing D16']);

  // An invalid entry is a new problem of its own kind.
  await page.evaluate(() => (window as unknown as Win).okoHarness.fake.edit('Отчёт ОО', 'D10', 'Может быть'));
  await page.locator('button[data-problem="value.invalid"][data-cell="D10"]').waitFor();
  await page.screenshot({ path: artifactPath('pane-320-reports-live.png'), fullPage: true });
  // Checking wrote nothing and unprotected nothing.
  expect(await page.evaluate(() => (window as unknown as { okoHarness: { fake: { book: { sheets: { name: string; protection: { protected: boolean } }[] } } } }).okoHarness.fake.book.sheets.map((s) => [s.name, s.protection.protected]))).toEqual([
    ['Отчёт ОО', true],
    ['Процедуры', true],
  ]);
  expect(errors).toEqual([]);
  await close();
}, 120_000);

test('Excel 2019 (no change events): the list stays until «Проверить снова»', async () => {
  const { page, errors, close } = await openPane('Excel 2019');
  await page.getByText('Замечаний: 3').waitFor();
  expect(await page.getByText('Список обновляется сам').count()).toBe(0);
  await page.evaluate(() => (window as unknown as Win).okoHarness.fake.edit('Отчёт ОО', 'D10', 'Да'));
  await page.waitForTimeout(1500);
  expect(await visibleCells(page)).toHaveLength(3);
  await page.getByRole('button', { name: 'Проверить снова' }).click();
  await page.getByText('Замечаний: 2').waitFor();
  expect(errors).toEqual([]);
  await close();
}, 120_000);

test('collect in Excel: the register sheets are written into the open workbook', async () => {
  const { page, errors, close } = await openPane();
  await page.getByText('Замечаний: 3').waitFor();
  await page.getByRole('radio', { name: 'Собрать реестр' }).check();
  await page.setInputFiles('[data-testid=reports-input]', SCHOOL_FILES);
  await page.getByRole('button', { name: 'Собрать реестр' }).click();
  await page.getByText('Реестр записан на лист «Реестр отчётов»').waitFor();
  expect(await page.getByTestId('collect-progress').textContent()).toBe('Файл 3 из 3: school-3.xlsx');
  expect(await page.evaluate(() => (window as unknown as { okoHarness: { fake: { book: { sheets: { name: string }[] } } } }).okoHarness.fake.book.sheets.map((s) => s.name))).toEqual(['Отчёт ОО', 'Процедуры', 'Реестр отчётов', 'Записи Процедуры', 'Замечания к отчётам', 'Поля шаблона']);
  await page.screenshot({ path: artifactPath('pane-320-reports-collect.png'), fullPage: true });
  expect(errors).toEqual([]);
  await close();
}, 120_000);

type Book = { okoHarness: { fake: { book: { sheets: { name: string; visibility: string; protection: { protected: boolean } }[] }; sheet(n: string): { rows: ({ v?: unknown } | undefined)[][] } } } };

test('the blank open in Excel: learned from the workbook, its description saved in it; a copy carrying it is checked with no blank picked', async () => {
  const blank = await wireGrids(SCHOOL_TEMPLATE, 'lean');
  const { page, errors, close } = await openPane(undefined, blank, false);
  await page.getByRole('button', { name: 'Бланк — эта книга' }).click();
  await page.getByText('Бланк — эта книга: полей 23, таблиц 1, листов 2.').waitFor();
  await page.getByRole('button', { name: 'Показать поля шаблона' }).click();
  expect(await page.locator('[data-testid=template-fields] li[data-cell]').first().textContent()).toBe("Наименование ОО — 'Отчёт ОО'!B3, текст");
  // A blank has every input empty: nothing is checked until asked.
  expect(await page.getByTestId('check-summary').count()).toBe(0);
  await page.getByRole('button', { name: 'Сохранить описание в книге' }).click();
  await page.getByText(/^Описание шаблона сохранено в книге \(23 поля, 1 таблица, отпечаток [0-9a-f]{8}\)\.$/).waitFor();
  await page.screenshot({ path: artifactPath('pane-320-reports-blank-saved.png'), fullPage: true });
  const sheets = await page.evaluate(() => (window as unknown as Book).okoHarness.fake.book.sheets.map((s) => [s.name, s.visibility, s.protection.protected]));
  expect(sheets).toEqual([
    ['Отчёт ОО', 'Visible', true],
    ['Процедуры', 'Visible', true],
    ['ОКО_шаблон', 'VeryHidden', false],
  ]);
  // The school's copy of that blank carries the sheet: its pane finds the description itself.
  const rows = await page.evaluate(() => Array.from((window as unknown as Book).okoHarness.fake.sheet('ОКО_шаблон').rows, (r) => Array.from(r ?? [], (c) => c?.v ?? null)));
  expect(errors).toEqual([]);
  await close();
  const saved: WireGrid = { name: 'ОКО_шаблон', values: rows as WireGrid['values'], merges: [], protection: null, numberFormats: [], links: [], unlocked: [] };
  const copy = await openPane(undefined, [...school3, saved], false);
  await copy.page.getByText(/^Описание шаблона сохранено в книге \(23 поля/).waitFor();
  await copy.page.getByRole('button', { name: 'Проверить', exact: true }).click();
  await copy.page.getByText('ОО: МОАУ «Кулагинская СОШ». Замечаний: 3').waitFor();
  expect(copy.errors).toEqual([]);
  await copy.close();
}, 120_000);

test('Excel 2019 cannot tell locked cells: «Бланк — эта книга» says to pick the blank as a file', async () => {
  const { page, errors, close } = await openPane('Excel 2019', await wireGrids(SCHOOL_TEMPLATE, 'lean'), false);
  await page.getByRole('button', { name: 'Бланк — эта книга' }).click();
  await page.getByText(/нужен ExcelApi 1\.9.*Выберите бланк файлом/).waitFor();
  expect(await page.getByTestId('template-summary').count()).toBe(0);
  expect(errors).toEqual([]);
  await close();
}, 120_000);

