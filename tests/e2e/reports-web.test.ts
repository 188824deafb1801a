// «Отчёты школ» on the web page in a real headless Chromium: a school's filled copy opened as
// the workbook is checked against the blank; the methodologist collects three reports (picked,
// and dropped) into the register that joins the downloaded workbook; a cancel after the first
// of several files writes nothing. At 320 px, offline.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { SCHOOL_FILES, SCHOOL_TEMPLATE, tempDir } from '../helpers/files';
import { artifactPath, openWatchedPage, useBrowserSuite } from '../helpers/browser';

const suite = useBrowserSuite('web');

const contexts: BrowserContext[] = [];
afterEach(async () => {
  await Promise.all(contexts.splice(0).map((c) => c.close()));
});

async function openWith(file: string): Promise<{ page: Page; troubles: () => string[] }> {
  const { page, context, outside, consoleErrors } = await openWatchedPage(suite, 1200);
  contexts.push(context);
  await page.goto(`${suite.origin}/`);
  await page.setInputFiles('[data-testid=file-input]', file);
  await page.getByRole('tab', { name: 'Отчёты школ' }).click();
  return { page, troubles: () => [...consoleErrors, ...outside.map((u) => `outside request ${u}`)] };
}

test('check: school-3 opened, the blank picked → three missing inputs listed by severity; school-1 has none', async () => {
  const { page, troubles } = await openWith(SCHOOL_FILES[2]);
  await page.getByRole('button', { name: 'Выбрать бланк шаблона' }).waitFor();
  await page.screenshot({ path: artifactPath('web-320-reports-start.png'), fullPage: true });
  await page.setInputFiles('[data-testid=template-input]', SCHOOL_TEMPLATE);
  await page.getByText('Бланк «template-blank.xlsx»: полей 23, таблиц 1, листов 2.').waitFor();
  // Picking the blank in «Проверить отчёт» checks the open workbook at once.
  await page.getByText('ОО: МОАУ «Кулагинская СОШ». Замечаний: 3').waitFor();
  await page.getByRole('button', { name: /Ошибки\s*3/ }).waitFor();
  const cells = await page.locator('[data-testid=report-check] [data-problem="value.missing"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-sheet')}!${e.getAttribute('data-cell')}`));
  expect(cells).toEqual(['Отчёт ОО!B5', 'Отчёт ОО!D10', 'Отчёт ОО!D16']);
  await page.getByText('не заполнено «Дата заполнения». Нужно: дата в виде ДД.ММ.ГГГГ.').waitFor();
  // A file has no change events: no live re-check, the button only.
  await page.getByRole('button', { name: 'Проверить снова' }).waitFor();
  expect(await page.getByText('Список обновляется сам').count()).toBe(0);
  await page.screenshot({ path: artifactPath('web-320-reports-check.png'), fullPage: true });
  expect(troubles()).toEqual([]);

  const clean = await openWith(SCHOOL_FILES[0]);
  await clean.page.setInputFiles('[data-testid=template-input]', SCHOOL_TEMPLATE);
  await clean.page.getByText('Замечаний нет: отчёт заполнен по шаблону.').waitFor();
  await clean.page.getByText('ОО: МОАУ «СОШ № 1 п. Новосергиевка». Замечаний: 0').waitFor();
}, 120_000);

test('collect: the blank and three reports (one dropped) → 3 of 3, problems listed, the register in the downloaded workbook', async () => {
  const { page, troubles } = await openWith(SCHOOL_TEMPLATE);
  await page.getByRole('radio', { name: 'Собрать реестр' }).check();
  await page.setInputFiles('[data-testid=template-input]', SCHOOL_TEMPLATE);
  await page.getByText('Бланк «template-blank.xlsx»: полей 23, таблиц 1, листов 2.').waitFor();
  // In «Собрать реестр» the blank is only learned, not checked.
  expect(await page.getByTestId('check-summary').count()).toBe(0);
  await page.setInputFiles('[data-testid=reports-input]', SCHOOL_FILES.slice(0, 2));
  await page.getByText('Выбрано файлов: 2').waitFor();
  // Dropping files onto the zone chooses them too (here: all three, replacing the two).
  const transfer = await page.evaluateHandle(
    (files) => {
      const dt = new DataTransfer();
      for (const f of files) dt.items.add(new File([new Uint8Array(f.bytes)], f.name, { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' }));
      return dt;
    },
    SCHOOL_FILES.map((f) => ({ name: path.basename(f), bytes: [...readFileSync(f)] })),
  );
  await page.getByTestId('reports-drop-zone').dispatchEvent('dragover', { dataTransfer: transfer });
  await page.getByTestId('reports-drop-zone').dispatchEvent('drop', { dataTransfer: transfer });
  await page.getByText('Выбрано файлов: 3').waitFor();
  await page.getByRole('button', { name: 'Собрать реестр' }).click();
  await page.getByText('Реестр записан на лист «Реестр отчётов»').waitFor();
  expect(await page.getByTestId('collect-progress').textContent()).toBe('Файл 3 из 3: school-3.xlsx');
  await page.getByText('Файлов: 3; прочитано: 3; не прочитано: 0; записей в таблицах: 8; замечаний: 4.').waitFor();
  const problems = await page.locator('[data-testid=report-collect] li[data-problem]').evaluateAll((els) => els.map((e) => [e.getAttribute('data-file'), e.getAttribute('data-cell'), e.getAttribute('data-problem')]));
  expect(problems).toEqual([
    ['school-3.xlsx', 'B5', 'value.missing'],
    ['school-3.xlsx', 'D10', 'value.missing'],
    ['school-3.xlsx', 'D16', 'value.missing'],
    ['school-2.xlsx', 'D16', 'procedure.participation-below-criterion'],
  ]);
  await page.getByText('МОАУ «Лапазская СОШ»', { exact: false }).first().waitFor();
  await page.screenshot({ path: artifactPath('web-320-reports-collect.png'), fullPage: true });

  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать результат' }).click()]);
  const saved = path.join(tempDir(), 'out.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets.map((w) => w.name)).toEqual(expect.arrayContaining(['Отчёт ОО', 'Процедуры', 'Реестр отчётов', 'Замечания к отчётам', 'Поля шаблона']));
  const reg = wb.getWorksheet('Реестр отчётов') as ExcelJS.Worksheet;
  const texts: string[] = [];
  reg.eachRow((row) => texts.push(row.values ? (row.values as unknown[]).map((v) => (v === null || v === undefined ? '' : String(v))).join('|') : ''));
  const schools = texts.filter((l) => /school-\d\.xlsx/.test(l));
  expect(schools).toHaveLength(3);
  expect(schools[0]).toContain('МОАУ «СОШ № 1 п. Новосергиевка»');
  expect(schools[2]).toContain('МОАУ «Кулагинская СОШ»');
  expect(troubles()).toEqual([]);
}, 120_000);

test('cancel after the first of several files: one read, nothing written', async () => {
  const { page, troubles } = await openWith(SCHOOL_TEMPLATE);
  await page.getByRole('radio', { name: 'Собрать реестр' }).check();
  await page.setInputFiles('[data-testid=template-input]', SCHOOL_TEMPLATE);
  await page.getByTestId('template-summary').waitFor();
  await page.setInputFiles('[data-testid=reports-input]', SCHOOL_FILES);
  await page.getByText('Выбрано файлов: 3').waitFor();
  // Timers held: the pane stops before the first file (it yields a turn to paint), so the
  // click on «Отменить» lands while file 1 is being started, deterministically.
  await page.clock.install();
  await page.clock.pauseAt(new Date('2030-01-01T00:00:00'));
  await page.getByRole('button', { name: 'Собрать реестр' }).click();
  await page.getByText('Файл 1 из 3: school-1.xlsx').waitFor();
  await page.getByRole('button', { name: 'Отменить' }).click();
  await page.clock.resume();
  await page.getByText('Сбор отменён после файла 1 из 3. В книгу ничего не записано.').waitFor();
  expect(await page.getByTestId('collect-counts').count()).toBe(0);
  await page.screenshot({ path: artifactPath('web-320-reports-cancelled.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать результат' }).click()]);
  const saved = path.join(tempDir(), 'cancelled.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['Отчёт ОО', 'Процедуры']);
  expect(troubles()).toEqual([]);
}, 120_000);

test('save the description: pick the blank, see its fields, save, download; the reopened copy checks without the blank', async () => {
  const { page, troubles } = await openWith(SCHOOL_FILES[2]);
  await page.setInputFiles('[data-testid=template-input]', SCHOOL_TEMPLATE);
  await page.getByText('ОО: МОАУ «Кулагинская СОШ». Замечаний: 3').waitFor();
  // What was learned: each field's label, sheet and cell, type.
  await page.getByRole('button', { name: 'Показать поля шаблона' }).click();
  const fields = page.locator('[data-testid=template-fields] li[data-cell]');
  expect(await fields.count()).toBe(23);
  expect(await fields.first().textContent()).toBe("Наименование ОО — 'Отчёт ОО'!B3, текст");
  expect(await page.locator('[data-testid=template-fields] li[data-table]').count()).toBe(1);
  await page.getByRole('button', { name: 'Сохранить описание в книге' }).click();
  await page.getByText(/^Описание шаблона сохранено в книге \(23 поля, 1 таблица, отпечаток [0-9a-f]{8}\)\.$/).waitFor();
  expect(await page.getByRole('button', { name: 'Сохранить описание в книге' }).count()).toBe(0);
  await page.screenshot({ path: artifactPath('web-320-reports-saved.png'), fullPage: true });
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Скачать результат' }).click()]);
  const saved = path.join(tempDir(), 'school-3-with-description.xlsx');
  await download.saveAs(saved);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(saved);
  expect(wb.worksheets.map((w) => [w.name, w.state])).toEqual([['Отчёт ОО', 'visible'], ['Процедуры', 'visible'], ['ОКО_шаблон', 'veryHidden']]);
  expect(troubles()).toEqual([]);

  // The downloaded copy, opened again: no blank picked, the saved description is used.
  const again = await openWith(saved);
  await again.page.getByText(/^Описание шаблона сохранено в книге \(23 поля, 1 таблица, отпечаток [0-9a-f]{8}\)\.$/).waitFor();
  expect(await again.page.getByTestId('template-summary').count()).toBe(0);
  await again.page.getByRole('button', { name: 'Проверить', exact: true }).click();
  await again.page.getByText('ОО: МОАУ «Кулагинская СОШ». Замечаний: 3').waitFor();
  const cells = await again.page.locator('[data-testid=report-check] [data-problem="value.missing"]').evaluateAll((els) => els.map((e) => `${e.getAttribute('data-sheet')}!${e.getAttribute('data-cell')}`));
  expect(cells).toEqual(['Отчёт ОО!B5', 'Отчёт ОО!D10', 'Отчёт ОО!D16']);
  // The user can still pick a blank: it replaces the saved description.
  await again.page.getByRole('button', { name: 'Другой бланк' }).waitFor();
  await again.page.screenshot({ path: artifactPath('web-320-reports-from-saved.png'), fullPage: true });
  expect(again.troubles()).toEqual([]);
}, 180_000);

test('the blank opened on the web page is learned as the blank: «Бланк — эта книга»', async () => {
  const { page, troubles } = await openWith(SCHOOL_TEMPLATE);
  await page.getByRole('button', { name: 'Бланк — эта книга' }).click();
  await page.getByText('Бланк — эта книга: полей 23, таблиц 1, листов 2.').waitFor();
  await page.getByRole('button', { name: 'Показать поля шаблона' }).click();
  expect(await page.locator('[data-testid=template-fields] li[data-cell]').nth(2).textContent()).toBe("Дата заполнения — 'Отчёт ОО'!B5, дата");
  expect(troubles()).toEqual([]);
}, 120_000);
