// Makes real unusable inputs for the CLI in a temp dir: nothing binary is committed, every
// file is produced by the program that would produce it in the wild (ExcelJS, LibreOffice,
// xlsx-populate's encryption) or, where that is too slow, assembled by hand as a valid package.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** A directory under the system temp dir; remove it with removeDir when done. */
export const makeTempDir = (): string => mkdtempSync(path.join(os.tmpdir(), 'oko-bad-'));
export const removeDir = (dir: string): void => rmSync(dir, { recursive: true, force: true });

/** Plain text saved under an .xlsx name (what «Save as… → rename» gives). */
export function textAsXlsx(dir: string, name = 'заметки.xlsx'): string {
  const file = path.join(dir, name);
  writeFileSync(file, 'Это не книга Excel, а просто текст.\nДорожная карта будет позже.\n', 'utf8');
  return file;
}

/** A 0-byte file under an .xlsx name (an interrupted download or copy). */
export function emptyFile(dir: string, name = 'ноль байт.xlsx'): string {
  const file = path.join(dir, name);
  writeFileSync(file, '');
  return file;
}

/** The first half of a good workbook: starts like a zip, has no central directory. */
export function truncatedCopy(dir: string, of: string, name = 'обрезанная.xlsx'): string {
  const bytes = readFileSync(of);
  const file = path.join(dir, name);
  writeFileSync(file, bytes.subarray(0, Math.floor(bytes.length / 2)));
  return file;
}

/** A workbook written by ExcelJS: each sheet is a name and its rows (top-left at A1). */
export async function workbookFile(dir: string, name: string, sheets: { name: string; rows: (string | number | null)[][] }[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    for (const row of s.rows) ws.addRow(row);
  }
  const file = path.join(dir, name);
  await wb.xlsx.writeFile(file);
  return file;
}

/** A workbook whose only sheet is a small staff table — no roadmap header anywhere. */
export const staffTableXlsx = (dir: string, name = 'сотрудники.xlsx'): Promise<string> =>
  workbookFile(dir, name, [
    {
      name: 'Лист1',
      rows: [
        ['ФИО', 'Должность'],
        ['Иванова Мария Петровна', 'методист'],
        ['Петров Олег Ильич', 'заместитель директора'],
      ],
    },
  ]);

/** A workbook with one worksheet and not a single cell in it. */
export const emptySheetXlsx = (dir: string, name = 'пустая.xlsx'): Promise<string> => workbookFile(dir, name, [{ name: 'Лист1', rows: [] }]);

/**
 * A real Excel 97–2003 (BIFF8) .xls: an ExcelJS workbook converted by LibreOffice Calc.
 * LibreOffice gets its own profile so that parallel test files do not fight over one.
 */
export async function xlsViaLibreOffice(dir: string, name = 'старый формат.xls'): Promise<string> {
  const work = mkdtempSync(path.join(dir, 'lo-'));
  const src = await workbookFile(work, 'book.xlsx', [
    {
      name: 'План',
      rows: [
        ['№', 'Мероприятия', 'Сроки', 'Ответственные'],
        [1, 'Совещание руководителей', 'сентябрь 2021', 'Иванова М.П.'],
      ],
    },
  ]);
  try {
    const outDir = path.join(work, 'out');
    mkdirSync(outDir);
    execFileSync(
      'soffice',
      [`-env:UserInstallation=file://${path.join(work, 'profile')}`, '--headless', '--norestore', '--convert-to', 'xls', '--outdir', outDir, src],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const made = path.join(outDir, 'book.xls');
    if (!existsSync(made)) throw new Error(`LibreOffice did not convert ${src} to .xls (out: ${readdirSync(outDir).join(', ')})`);
    const file = path.join(dir, name);
    copyFileSync(made, file);
    return file;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

interface XlsxPopulateWorkbook {
  sheet(i: number): { cell(a1: string): { value(v: string): unknown } };
  toFileAsync(file: string, opts?: { password?: string }): Promise<void>;
}
interface XlsxPopulateModule {
  fromBlankAsync(): Promise<XlsxPopulateWorkbook>;
}

/** A real password-to-open (ECMA-376 agile encryption) workbook, written by xlsx-populate. */
export async function encryptedXlsx(dir: string, name = 'с паролем.xlsx', password = 'secret'): Promise<string> {
  // xlsx-populate ships no typings; the part used here is described above.
  const XlsxPopulate = require('xlsx-populate') as XlsxPopulateModule;
  const wb = await XlsxPopulate.fromBlankAsync();
  wb.sheet(0).cell('A1').value('Мероприятия');
  const file = path.join(dir, name);
  await wb.toFileAsync(file, { password });
  return file;
}

/** A zip that is not a workbook: one readme inside. */
export async function zipNotWorkbook(dir: string, name = 'архив.xlsx'): Promise<string> {
  const zip = new JSZip();
  zip.file('readme.txt', 'Здесь должна была быть дорожная карта.\n');
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}

const colName = (c: number): string => {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
};

/**
 * A minimal valid .xlsx package assembled with JSZip — one sheet «Лист1», a few text cells
 * in column A, and `merges` 1×2 merged ranges A1:B1, A2:B2, … Built by hand because
 * ExcelJS's merge API is quadratic: 100 000 merges through it would take minutes.
 */
export async function manyMergesXlsx(dir: string, merges: number, name = `объединения-${merges}.xlsx`): Promise<string> {
  const refs: string[] = new Array(merges);
  for (let r = 1; r <= merges; r++) refs[r - 1] = `A${r}:${colName(2)}${r}`;
  return mergesXlsx(dir, refs, name);
}

/** A minimal valid package with the given merged ranges and a few cells. */
export async function mergesXlsx(dir: string, refs: string[], name: string): Promise<string> {
  const merges = refs.length;
  const cells: string[] = [];
  for (let r = 1; r <= Math.min(merges, 3); r++) {
    cells.push(`<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>Строка ${r}</t></is></c></row>`);
  }
  const mergeXml = refs.map((ref) => `<mergeCell ref="${ref}"/>`);
  const sheet =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheetData>${cells.join('')}</sheetData>` +
    (merges > 0 ? `<mergeCells count="${merges}">${mergeXml.join('')}</mergeCells>` : '') +
    '</worksheet>';
  const zip = new JSZip();
  zip.file(
    '[Content_Types].xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Default Extension="xml" ContentType="application/xml"/>' +
      '<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>' +
      '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>' +
      '</Types>',
  );
  zip.file(
    '_rels/.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>' +
      '</Relationships>',
  );
  zip.file(
    'xl/workbook.xml',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
      '<sheets><sheet name="Лист1" sheetId="1" r:id="rId1"/></sheets>' +
      '</workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>' +
      '</Relationships>',
  );
  zip.file('xl/worksheets/sheet1.xml', sheet);
  const file = path.join(dir, name);
  writeFileSync(file, await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' }));
  return file;
}
