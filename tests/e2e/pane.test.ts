// The Excel task pane in a real headless Chromium, over the fake Excel object model (no Excel
// runs on Linux): build the register, click a finding to select its cell, highlight a
// protected sheet through the password dialog, remove the highlighting. Screenshots at 320 px.
import type { Server } from 'node:http';
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readWorkbook } from '../../src/io/xlsx/read-workbook';
import { MARK_FILLS } from '../../src/core/roadmap/marks';
import { artifactPath, ensureHarnessBuild, HARNESS_DIR, launchChromium, startServer } from '../helpers/browser';
import { NOVO } from '../helpers/files';
import type { WireGrid } from './pane/harness';

let browser: Browser;
let server: Server;
let origin: string;
let grids: WireGrid[];

beforeAll(async () => {
  ensureHarnessBuild();
  ({ server, origin } = await startServer(HARNESS_DIR));
  browser = await launchChromium();
  grids = (await readWorkbook(new Uint8Array(readFileSync(NOVO)))).sheets.map((g) => ({
    ...g,
    numberFormats: [...(g.numberFormats ?? [])],
    links: [...(g.links ?? [])],
    unlocked: [...(g.unlocked ?? [])],
  }));
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
});

/** What the fake workbook holds, read inside the page. */
const fakeState = (page: Page, expression: string): Promise<unknown> =>
  page.evaluate(`(() => { const book = window.okoHarness.fake.book; return ${expression}; })()`);

test('register, cell selection, protected highlighting with the password dialog, and its removal', async () => {
  // Reduced motion: Fluent skips its transitions, so screenshots show finished states.
  const context = await browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'ru-RU', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript((g) => {
    (window as unknown as { okoHarness: unknown }).okoHarness = { grids: g, password: 'секрет' };
  }, grids);
  await page.clock.setFixedTime(new Date('2021-11-01T10:00:00'));
  await page.goto(`${origin}/`);

  // The active sheet is chosen by default; ОКО's own sheets are not offered.
  await page.getByRole('combobox').filter({ hasText: 'Приложение 1' }).waitFor();
  await page.screenshot({ path: artifactPath('pane-320-start.png'), fullPage: true });
  await page.getByRole('button', { name: 'Построить реестр' }).click();
  await page.getByText('Реестр записан на лист «Реестр мероприятий»').waitFor();
  expect(await fakeState(page, 'book.sheets.map((s) => s.name)')).toEqual(['Приложение 1', 'Приложение 2', 'Ответственные', 'Реестр мероприятий', 'Замечания']);
  await page.screenshot({ path: artifactPath('pane-320-register.png'), fullPage: true });

  // A click on a finding selects its cell in the workbook.
  await page.locator('[data-rule="status.bad-link"][data-cell="G13"]').click();
  await page.waitForFunction(() => (window as unknown as { okoHarness: { fake: { book: { selection: unknown } } } }).okoHarness.fake.book.selection !== null);
  expect(await fakeState(page, 'book.selection')).toEqual({ sheet: 'Приложение 1', address: 'G13' });

  // The sheet is protected: the pane asks for the password; a wrong one changes nothing.
  await page.getByRole('button', { name: 'Подсветить' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.waitFor();
  await page.screenshot({ path: artifactPath('pane-320-password.png'), fullPage: true });
  await dialog.getByLabel('Пароль листа').fill('неверный');
  await dialog.getByRole('button', { name: 'Продолжить' }).click();
  await dialog.getByText('Пароль не подошёл').waitFor();
  expect(await fakeState(page, "book.find('Приложение 1').protection.protected")).toBe(true);
  await dialog.getByLabel('Пароль листа').fill('секрет');
  await dialog.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByText('Ячейки с замечаниями отмечены').waitFor();
  expect(await fakeState(page, "book.find('Приложение 1').protection.protected")).toBe(true);
  const fill = (await fakeState(page, "book.find('Приложение 1').cell(12, 6)?.fill")) as string;
  expect(fill.replace('#', '').toUpperCase()).toBe(MARK_FILLS.error.slice(1));
  await page.screenshot({ path: artifactPath('pane-320-marked.png'), fullPage: true });

  await page.getByRole('button', { name: 'Снять подсветку' }).click();
  await dialog.waitFor();
  await dialog.getByLabel('Пароль листа').fill('секрет');
  await dialog.getByRole('button', { name: 'Продолжить' }).click();
  await page.getByText('Отметки ОКО сняты').waitFor();
  expect(await fakeState(page, "book.find('Приложение 1').cell(12, 6)?.fill ?? null")).toBeNull();
  expect(await fakeState(page, "book.find('Приложение 1').protection.protected")).toBe(true);
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
