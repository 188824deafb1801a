// The Excel task pane in a real headless Chromium, over the fake Excel object model (no Excel
// runs on Linux): build the register, click a finding to select its cell, highlight a
// protected sheet through the password dialog, remove the highlighting; «Показатели»: build the
// summary of the ВПР register, see the risks, go to a school's figure. Screenshots at 320 px.
import type { Page } from 'playwright-core';
import { MARK_FILLS } from '../../src/core/roadmap/marks';
import { artifactPath, useBrowserSuite } from '../helpers/browser';
import { NOVO, VPR } from '../helpers/files';
import type { WireGrid } from './pane/harness';
import { wireGrids } from './pane/wire-grids';

const suite = useBrowserSuite('harness');
let grids: WireGrid[];
let vprGrids: WireGrid[];

beforeAll(async () => {
  grids = await wireGrids(NOVO);
  vprGrids = await wireGrids(VPR);
});

/** What the fake workbook holds, read inside the page. */
const fakeState = (page: Page, expression: string): Promise<unknown> =>
  page.evaluate(`(() => { const book = window.okoHarness.fake.book; return ${expression}; })()`);

test('register, cell selection, protected highlighting with the password dialog, and its removal', async () => {
  // Reduced motion: Fluent skips its transitions, so screenshots show finished states.
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 900 }, locale: 'ru-RU', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript((g) => {
    (window as unknown as { okoHarness: unknown }).okoHarness = { grids: g, password: 'секрет' };
  }, grids);
  await page.clock.setFixedTime(new Date('2021-11-01T10:00:00'));
  await page.goto(`${suite.origin}/`);

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

test('«Показатели»: registers found, indicators ticked, the summary built, risks by level, a risk goes to its school’s figure', async () => {
  const context = await suite.browser.newContext({ viewport: { width: 320, height: 1400 }, locale: 'ru-RU', reducedMotion: 'reduce' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  await page.addInitScript((g) => {
    (window as unknown as { okoHarness: unknown }).okoHarness = { grids: g };
  }, vprGrids);
  await page.goto(`${suite.origin}/`);

  // The tabs by keyboard: arrow to «Показатели», Enter opens it.
  const roadmapTab = page.getByRole('tab', { name: 'Дорожная карта' });
  await roadmapTab.waitFor();
  expect(await roadmapTab.getAttribute('aria-selected')).toBe('true');
  await roadmapTab.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Enter');
  const tab = page.getByRole('tab', { name: 'Показатели' });
  expect(await tab.getAttribute('aria-selected')).toBe('true');

  // The register as found, ticked; every indicator it gives, ticked.
  const register = page.getByRole('checkbox', { name: '«ВПР» — ВПР, строки 2–103, учтено строк: 102' });
  await register.waitFor();
  expect(await register.isChecked()).toBe(true);
  const indicators = page.locator('input[data-indicator]');
  expect(await indicators.count()).toBe(10);
  for (const box of await indicators.all()) expect(await box.isChecked()).toBe(true);
  // «Средняя отметка» left out: 9 indicators in the summary.
  await page.getByRole('checkbox', { name: 'Средняя отметка' }).uncheck();
  expect(await page.getByRole('checkbox', { name: 'Все показатели' }).evaluate((el) => (el as HTMLInputElement).indeterminate)).toBe(true);
  await page.screenshot({ path: artifactPath('pane-320-indicators-start.png'), fullPage: true });

  await page.getByRole('button', { name: 'Построить сводную' }).click();
  await page.getByText('Сводная записана на лист «Сводная»').waitFor();
  await page.getByText('Лист «Пороги» создан с порогами по умолчанию').waitFor();
  expect(await fakeState(page, 'book.sheets.map((s) => s.name)')).toEqual(['ВПР', 'Сводная', 'Пороги', 'Риски', 'Замечания к реестрам']);
  expect(await fakeState(page, "book.find('Сводная').cell(3, 1).f.startsWith('=IF((SUMIFS(')")).toBe(true);
  expect(await fakeState(page, "book.find('Сводная').cell(8, 2).f")).toBe('=IF(ISNUMBER(B9),RANK.EQ(B9,B$4:B$9,1),\"\")');
  expect(await fakeState(page, "book.find('Сводная').conditionalFormats.length")).toBe(2 * 9);
  await page.getByText('ОО в сводной: 6, показателей: 9').waitFor();

  // Risks by level, «риск» first: 6 schools under 90 % participation in some procedure, 4 to look at.
  const headings = await page.locator('[data-testid=indicators-summary] ~ div button[aria-expanded]').allTextContents();
  expect(headings).toEqual([expect.stringMatching(/^Риск\s*6$/), expect.stringMatching(/^Внимание\s*4$/)]);
  const risk = page.locator('[data-level="риск"] button[data-school="МБОУ «СОШ № 3»"]');
  expect(await risk.textContent()).toContain('Участие в каждой процедуре 67,3 % < 90 %');
  // Without «Средняя отметка», «Участие в каждой процедуре» is the 6th indicator: column L; СОШ № 3 is the 3rd school: row 6.
  expect(await risk.getAttribute('data-cell')).toBe('L6');
  await risk.click();
  await page.waitForFunction(() => (window as unknown as { okoHarness: { fake: { book: { selection: unknown } } } }).okoHarness.fake.book.selection !== null);
  expect(await fakeState(page, 'book.selection')).toEqual({ sheet: 'Сводная', address: 'L6' });
  expect(await fakeState(page, 'book.active.name')).toBe('Сводная');
  await page.getByText('Выделена ячейка L6 на листе «Сводная».').waitFor();
  const attention = page.locator('[data-level="внимание"] button[data-indicator="vpr.raised"]');
  expect(await attention.getAttribute('data-cell')).toBe('P7'); // Повысили, СОШ № 5
  await page.screenshot({ path: artifactPath('pane-320-indicators.png'), fullPage: true });

  // The roadmap tab keeps its own state; back on «Показатели», the risks are still there.
  await page.getByRole('tab', { name: 'Дорожная карта' }).click();
  await page.getByRole('button', { name: 'Построить реестр' }).waitFor();
  await tab.click();
  await risk.waitFor();
  expect(errors).toEqual([]);
  await context.close();
}, 180_000);
