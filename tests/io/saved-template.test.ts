// The saved template description through both adapters: written by the WritePlan (ExcelJS into
// a file, Office.js into the open workbook), read back by readSheets, equal to the original;
// the sheet is very hidden (Excel 2016, which cannot hide sheets, leaves it visible) and not
// among the sheets a user picks.
import ExcelJS from 'exceljs';
import { readSavedTemplate, SAVED_TEMPLATE_SHEET, savedTemplatePlan } from '../../src/core/templates/saved';
import { newWorkbookBytes } from '../../src/io/xlsx/new-workbook';
import { FileHost } from '../../src/io/xlsx/file-host';
import { readLean } from '../../src/io/xlsx/lean-read';
import { bigTemplate, bookBytes, districtTemplate, gridsOf } from '../core/templates/build';
import { excelWith } from './office/helpers';
import { learnTemplate } from '../../src/core/templates/learn';

describe('saved template description, xlsx adapter', () => {
  test('FileHost: write plan → download → reopen → readSheets → the same description; very hidden', async () => {
    const blank = await bookBytes(districtTemplate());
    const learned = learnTemplate(await gridsOf(blank));
    if (!learned.ok) throw new Error(learned.reason);
    const t = learned.template;
    const host = await FileHost.open(blank);
    await host.writePlan({ sheets: [savedTemplatePlan(t)] });
    expect(readSavedTemplate(await host.readSheets())).toEqual(t);
    const bytes = await host.download();

    const again = await FileHost.open(bytes);
    expect(readSavedTemplate(await again.readSheets())).toEqual(t);
    expect((await again.listSheets()).map((s) => s.name)).toEqual(['Форма', 'Процедуры']);
    // The lean reader (oko collect) reads it too, and learning the saved blank again gives the same.
    const lean = (await readLean(bytes)).sheets;
    expect(readSavedTemplate(lean)).toEqual(t);
    const relearned = learnTemplate(lean);
    expect(relearned.ok && relearned.template).toEqual(t);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    expect(wb.getWorksheet(SAVED_TEMPLATE_SHEET)?.state).toBe('veryHidden');

    // Saved again (another blank): replaced, not added.
    await again.writePlan({ sheets: [savedTemplatePlan(t)] });
    expect((await again.readSheets()).filter((g) => g.name === SAVED_TEMPLATE_SHEET)).toHaveLength(1);
  });

  test('a description of several pieces round-trips through a file', async () => {
    const t = bigTemplate();
    const bytes = await newWorkbookBytes({ sheets: [savedTemplatePlan(t)] });
    expect(readSavedTemplate((await readLean(bytes)).sheets)).toEqual(t);
    expect(readSavedTemplate((await (await FileHost.open(bytes)).readSheets()))).toEqual(t);
  });
});

describe('saved template description, Office adapter', () => {
  test.each([['Microsoft 365'], ['Excel 2019']] as const)('%s: writePlan → readSheets → the same description; very hidden, not listed', async (version) => {
    const blank = await gridsOf(await bookBytes(districtTemplate()));
    const t = bigTemplate();
    const { fake, host } = excelWith(blank, { version });
    await host.writePlan({ sheets: [savedTemplatePlan(t)] });
    expect(fake.sheet(SAVED_TEMPLATE_SHEET).visibility).toBe('VeryHidden');
    const read = await host.readSheets();
    expect(read.map((g) => g.name)).toContain(SAVED_TEMPLATE_SHEET);
    expect(readSavedTemplate(read)).toEqual(t);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['Форма', 'Процедуры']);
  });

  test('Excel 2016 cannot hide it: visible, still read, still not offered to the user', async () => {
    const blank = await gridsOf(await bookBytes(districtTemplate()));
    const t = bigTemplate(40);
    const { fake, host } = excelWith(blank, { version: 'Excel 2016' });
    await host.writePlan({ sheets: [savedTemplatePlan(t)] });
    expect(fake.sheet(SAVED_TEMPLATE_SHEET).visibility).toBe('Visible');
    expect(readSavedTemplate(await host.readSheets())).toEqual(t);
    expect((await host.listSheets()).map((s) => s.name)).toEqual(['Форма', 'Процедуры']);
  });
});
