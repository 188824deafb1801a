// The streamed writer of new workbooks (the CLI's -o): for every plan ОКО makes, the file reads
// back exactly as the same plan applied through ExcelJS, and it is a well-formed package that
// ExcelJS and LibreOffice open with its tables, formats, lists and frozen header.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { SheetGrid } from '../../src/core/grid';
import { analyseIndicators } from '../../src/core/indicators/analyse';
import { indicatorsPlan } from '../../src/core/indicators/summary-plan';
import { WritePlan } from '../../src/core/plan';
import { roadmapPlan } from '../../src/core/roadmap/register-plan';
import { collectPlan } from '../../src/core/templates/register-plan';
import { savedTemplatePlan } from '../../src/core/templates/saved';
import { applyPlan } from '../../src/io/xlsx/apply-plan';
import { collectFiles, loadTemplate, SourceFile } from '../../src/io/xlsx/collect-files';
import { newWorkbookBytes, writeNewWorkbook } from '../../src/io/xlsx/new-workbook';
import { readWorkbook } from '../../src/io/xlsx/read-workbook';
import { SCHOOL_FILES, SCHOOL_TEMPLATE } from '../helpers/files';
import { openInLibreOffice } from '../helpers/libreoffice';
import { analysed, fixture, NOVO, SEVERSKIY, VPR } from './office/helpers';
import { rowsOf } from '../helpers/plan';

const source = (file: string): SourceFile => ({ name: file, read: async () => new Uint8Array(readFileSync(file)) });

async function collectedPlan(): Promise<WritePlan> {
  const loaded = await loadTemplate(source(SCHOOL_TEMPLATE));
  if (!loaded.ok) throw new Error('the fixture blank is a template');
  const { collection } = await collectFiles(loaded.template, SCHOOL_FILES.map(source));
  return collectPlan(collection);
}

async function plans(): Promise<[string, WritePlan][]> {
  const vpr = await fixture(VPR);
  const template = await loadTemplate(source(SCHOOL_TEMPLATE));
  if (!template.ok) throw new Error('the fixture blank is a template');
  return [
    ['roadmap, Новосергиевка', roadmapPlan(analysed(await fixture(NOVO)))],
    ['roadmap, Северский', roadmapPlan(analysed(await fixture(SEVERSKIY)))],
    ['indicators (formulas, footer, conditional fills)', indicatorsPlan(analyseIndicators(vpr), vpr).plan],
    ['collected reports', await collectedPlan()],
    ['a saved template description (very hidden)', { sheets: [(await collectedPlan()).sheets[0], savedTemplatePlan(template.template)] }],
  ];
}

async function throughExcelJs(plan: WritePlan): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  applyPlan(wb, plan);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

const comparable = (g: SheetGrid) => ({
  name: g.name,
  values: g.values.map((r) => {
    const row = [...r];
    while (row.length && (row[row.length - 1] === null || row[row.length - 1] === '')) row.pop();
    return row;
  }),
  numberFormats: [...(g.numberFormats ?? [])].sort(),
  links: [...(g.links ?? [])].sort(),
});

async function excelJsBook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

describe('new workbooks, streamed', () => {
  let all: [string, WritePlan][];
  beforeAll(async () => {
    all = await plans();
  });

  test('every plan reads back cell for cell, format for format, as the same plan applied through ExcelJS', async () => {
    for (const [name, plan] of all) {
      const streamed = (await readWorkbook(await newWorkbookBytes(plan))).sheets.map(comparable);
      const viaExcelJs = (await readWorkbook(await throughExcelJs(plan))).sheets.map(comparable);
      expect({ name, sheets: streamed }).toEqual({ name, sheets: viaExcelJs });
    }
  });

  test('tables, filters, widths, alignment, frozen header, lists, fills and hidden sheets as ExcelJS reads them', async () => {
    for (const [name, plan] of all) {
      const ours = await excelJsBook(await newWorkbookBytes(plan));
      const theirs = await excelJsBook(await throughExcelJs(plan));
      for (const sheet of plan.sheets) {
        const a = ours.getWorksheet(sheet.name)!;
        const b = theirs.getWorksheet(sheet.name)!;
        const what = `${name} / ${sheet.name}`;
        expect({ what, state: a.state }).toEqual({ what, state: b.state });
        const table = (ws: ExcelJS.Worksheet) => {
          const t = ws.getTable(sheet.table.name) as unknown as { table: ExcelJS.TableProperties & { tableRef: string } };
          return { ref: t.table.tableRef, style: t.table.style?.theme, columns: t.table.columns.map((c) => [c.name, c.filterButton]) };
        };
        expect({ what, table: table(a) }).toEqual({ what, table: table(b) });
        const frozen = (ws: ExcelJS.Worksheet) => (ws.views ?? []).filter((v) => v.state === 'frozen').map((v) => (v as ExcelJS.WorksheetViewFrozen).ySplit);
        expect({ what, frozen: frozen(a) }).toEqual({ what, frozen: frozen(b) });
        const widths = (ws: ExcelJS.Worksheet) => sheet.table.columns.map((_, i) => ws.getColumn(i + 1).width);
        // The plan's widths (ExcelJS itself drops a width of 9, its default).
        expect({ what, widths: widths(a) }).toEqual({ what, widths: sheet.table.columns.map((c) => c.width) });
        const looks = (ws: ExcelJS.Worksheet) => {
          const out: unknown[] = [];
          ws.eachRow({ includeEmpty: false }, (row, r) =>
            row.eachCell({ includeEmpty: false }, (c, col) => out.push([r, col, c.font?.bold ?? false, c.alignment?.wrapText ?? false, c.alignment?.vertical ?? null])),
          );
          return out;
        };
        expect({ what, looks: looks(a) }).toEqual({ what, looks: looks(b) });
        const validations = (ws: ExcelJS.Worksheet) => (ws as unknown as { dataValidations: { model: Record<string, { type: string; formulae: string[] }> } }).dataValidations.model;
        expect({ what, lists: validations(a) }).toEqual({ what, lists: validations(b) });
        // Read back by ExcelJS, not in its typings.
        const fills = (ws: ExcelJS.Worksheet) =>
          ((ws as unknown as { conditionalFormattings?: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings ?? []).map((cf) => [
            cf.ref,
            cf.rules.map((r) => [(r as ExcelJS.ExpressionRuleType).formulae, (r.style?.fill as ExcelJS.FillPattern | undefined)?.bgColor?.argb]),
          ]);
        expect({ what, fills: fills(a) }).toEqual({ what, fills: fills(b) });
      }
    }
  });

  test('streamed to a file, the package holds the same parts as the bytes; text is text, whatever it holds', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oko-new-'));
    try {
      const odd = ['=SUM(A1:A2)', '<b>&amp;</b> "кавычки"', '  отступ и хвост  ', 'строка\nперенос', 'управляющий\u0001символ', '_x0041_'];
      const plan: WritePlan = {
        sheets: [
          {
            name: 'Проба',
            replace: true,
            freezeHeader: true,
            table: { name: 'Проба', style: 'TableStyleLight9', columns: [{ header: 'Текст', kind: 'text', width: 30 }], rows: odd.map((t) => [t]) },
          },
        ],
      };
      const file = path.join(dir, 'проба.xlsx');
      await writeNewWorkbook(plan, file);
      const fromFile = await JSZip.loadAsync(readFileSync(file));
      const fromBytes = await JSZip.loadAsync(await newWorkbookBytes(plan));
      const partsOf = (zip: JSZip) => Object.values(zip.files).filter((f) => !f.dir).map((f) => f.name).sort();
      const names = partsOf(fromFile);
      expect(names).toEqual(partsOf(fromBytes));
      for (const n of names.filter((p) => p !== 'docProps/core.xml')) {
        expect([n, await fromFile.file(n)!.async('string')]).toEqual([n, await fromBytes.file(n)!.async('string')]);
      }
      const ws = (await excelJsBook(readFileSync(file))).getWorksheet('Проба')!;
      const read = odd.map((_, k) => ws.getCell(k + 2, 1));
      expect(read.map((c) => c.type)).toEqual(odd.map(() => ExcelJS.ValueType.String));
      expect(read.map((c) => c.value)).toEqual(odd.map((t) => t.replace('\u0001', '')));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  test('LibreOffice opens the collected register with every sheet and value', async () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'oko-new-'));
    try {
      const plan = await collectedPlan();
      const file = path.join(dir, 'реестр.xlsx');
      await writeNewWorkbook(plan, file);
      const sheets = openInLibreOffice(file, { raw: true });
      expect([...sheets.keys()].sort()).toEqual(plan.sheets.map((s) => s.name).sort());
      const register = sheets.get(plan.sheets[0].name)!;
      expect(register[2].slice(0, plan.sheets[0].table.columns.length)).toEqual(plan.sheets[0].table.columns.map((c) => c.header));
      const school = rowsOf(plan.sheets[0])[0][1];
      expect(register[3][1]).toBe(school);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
