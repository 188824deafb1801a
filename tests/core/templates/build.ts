// Templates and filled copies the tests build themselves with ExcelJS: sheets given as rows,
// inputs as A1 ranges (unlocked), optional protection, data validation, number formats, merges.
import ExcelJS from 'exceljs';
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { tableTopRow } from '../../../src/core/plan';
import { savedTemplatePlan } from '../../../src/core/templates/saved';
import { gridOf } from '../../helpers/grid';
import { TemplateDescription } from '../../../src/core/templates/description';
import { learnTemplate } from '../../../src/core/templates/learn';
import { readLean } from '../../../src/io/xlsx/lean-read';
import { rowsOf } from '../../helpers/plan';

export type Cell = string | number | boolean | null | { formula: string; result?: number | string };

export interface SheetSpec {
  name: string;
  rows: Cell[][];
  /** Unlocked ranges: «D8:E17», «B3». */
  inputs?: string[];
  protect?: boolean;
  merges?: string[];
  formats?: Record<string, string>;
  validations?: Record<string, ExcelJS.DataValidation>;
}

function eachCell(range: string, fn: (address: string) => void): void {
  const [a, b = a] = range.split(':');
  const p = /^([A-Z]+)(\d+)$/.exec(a) as RegExpExecArray;
  const q = /^([A-Z]+)(\d+)$/.exec(b) as RegExpExecArray;
  const col = (s: string): number => [...s].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  const letters = (n: number): string => (n > 26 ? letters(Math.floor((n - 1) / 26)) : '') + String.fromCharCode(65 + ((n - 1) % 26));
  for (let r = Number(p[2]); r <= Number(q[2]); r++) for (let c = col(p[1]); c <= col(q[1]); c++) fn(`${letters(c)}${r}`);
}

export async function bookBytes(sheets: SheetSpec[]): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  for (const s of sheets) {
    const ws = wb.addWorksheet(s.name);
    s.rows.forEach((row, r) =>
      row.forEach((v, c) => {
        if (v !== null) ws.getCell(r + 1, c + 1).value = v as ExcelJS.CellValue;
      }),
    );
    for (const m of s.merges ?? []) ws.mergeCells(m);
    for (const range of s.inputs ?? []) eachCell(range, (a) => (ws.getCell(a).protection = { locked: false }));
    for (const [range, fmt] of Object.entries(s.formats ?? {})) eachCell(range, (a) => (ws.getCell(a).numFmt = fmt));
    for (const [range, dv] of Object.entries(s.validations ?? {})) eachCell(range, (a) => (ws.getCell(a).dataValidation = dv));
    if (s.protect !== false) await ws.protect('', { selectLockedCells: true, selectUnlockedCells: true });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export const gridsOf = async (bytes: Uint8Array): Promise<SheetGrid[]> => (await readLean(bytes)).sheets;

export async function learned(sheets: SheetSpec[]): Promise<TemplateDescription> {
  const r = learnTemplate(await gridsOf(await bookBytes(sheets)));
  if (!r.ok) throw new Error(r.reason);
  return r.template;
}

export const YES_NO: ExcelJS.DataValidation = { type: 'list', allowBlank: true, formulae: ['"Да,Нет"'] };
export const SHARE: ExcelJS.DataValidation = { type: 'decimal', operator: 'between', allowBlank: true, formulae: [0, 1] };

/**
 * The sheet as a school leaves it after unprotecting it and inserting an empty column before
 * column index `at` (0-based): cells, inputs, validations, formats and merges move right.
 */
export function withColumnInserted(spec: SheetSpec, at: number): SheetSpec {
  const letters = (n: number): string => (n >= 26 ? letters(Math.floor(n / 26) - 1) : '') + String.fromCharCode(65 + (n % 26));
  const index = (l: string): number => [...l].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  const move = (ref: string): string => ref.replace(/([A-Z]+)(\d+)/g, (_m, l: string, r: string) => `${index(l) >= at ? letters(index(l) + 1) : l}${r}`);
  const moveKeys = <V>(o?: Record<string, V>): Record<string, V> | undefined => o && Object.fromEntries(Object.entries(o).map(([k, v]) => [move(k), v]));
  return {
    ...spec,
    protect: false,
    rows: spec.rows.map((row) => (row.length > at ? [...row.slice(0, at), null, ...row.slice(at)] : row)),
    inputs: spec.inputs?.map(move),
    merges: spec.merges?.map(move),
    validations: moveKeys(spec.validations),
    formats: moveKeys(spec.formats),
  };
}

/** A two-sheet template like the district's: a form with a label column and criteria, and a table of procedures. */
export function districtTemplate(fill: { school?: Cell; d8?: Cell; d9?: Cell; d10?: Cell; procedures?: Cell[][] } = {}, opts: { insertRows?: number; renameSecond?: string; editLabel?: string } = {}): SheetSpec[] {
  const pad: Cell[][] = Array.from({ length: opts.insertRows ?? 0 }, () => []);
  const form: Cell[][] = [
    ['Отчёт ОО о мониторинге'],
    [],
    ['Наименование ОО', fill.school ?? null],
    ...pad,
    [],
    ['№', 'Показатель', 'Критерий', 'Значение', 'Комментарий'],
    ['1.', opts.editLabel ?? 'Наличие приказа', 'Да', fill.d8 ?? null, null],
    ['2.', 'Доля педагогов, прошедших курсы', '100%', fill.d9 ?? null, null],
    ['3.', 'Доля участия в процедурах', 'Не менее 90% в каждой процедуре', fill.d10 ?? null, null],
  ];
  const shift = opts.insertRows ?? 0;
  const r = (n: number): number => n + shift;
  return [
    {
      name: 'Форма',
      rows: form,
      inputs: ['B3', `D${r(6)}:E${r(8)}`],
      validations: { [`D${r(6)}`]: YES_NO, [`D${r(7)}:D${r(8)}`]: SHARE },
      formats: { [`D${r(7)}:D${r(8)}`]: '0%' },
    },
    {
      name: opts.renameSecond ?? 'Процедуры',
      rows: [['Процедуры мониторинга'], [], ['Процедура', 'Класс', 'По списку', 'Участвовали'], ...(fill.procedures ?? [])],
      inputs: ['A4:D13'],
    },
  ];
}

/** A protected sheet of n rows: a long locked label, an unlocked input beside it. */
export function bigTemplateGrid(n: number): SheetGrid {
  const rows: CellValue[][] = [];
  for (let i = 1; i <= n; i++) rows.push([`${i}. Доля обучающихся, выполнивших работу на «4» и «5», по показателю № ${i} — «=итог» + 'кавычки'`, null]);
  const g = gridOf('Форма', rows);
  g.unlocked = new Set(rows.map((_r, i) => `${i},1`));
  g.protection = { protected: true, hasPassword: false, options: {} };
  return g;
}

export function bigTemplate(n = 1500): TemplateDescription {
  const r = learnTemplate([bigTemplateGrid(n)]);
  if (!r.ok) throw new Error(r.reason);
  return r.template;
}

/** The sheet as a host reads it back: title, blank, header, the pieces in column A. */
export function gridOfPlan(t: TemplateDescription): SheetGrid {
  const sheet = savedTemplatePlan(t);
  const rows: CellValue[][] = [[sheet.title ?? null]];
  while (rows.length < tableTopRow(sheet)) rows.push([]);
  rows.push([sheet.table.columns[0].header], ...rowsOf(sheet).map((r) => [r[0] as CellValue]));
  return gridOf(sheet.name, rows);
}
