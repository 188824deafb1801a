// Reads a whole .xlsx (bytes, from a file or a browser upload) into SheetGrids.
// Never writes anything: the input stays as it is.
import ExcelJS from 'exceljs';
import { SheetGrid } from '../../core/grid';
import { inspectPackage } from './inspect';
import { InputError } from './input-error';
import { installLinearMergeLoading } from './linear-merges';
import { worksheetToGrid } from './to-grid';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  sheets: SheetGrid[];
}

export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  await inspectPackage(bytes);
  installLinearMergeLoading();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it accepts any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch {
    // ExcelJS's own message is English and about its internals; the user needs to know the file is damaged.
    throw new InputError({ kind: 'corrupt', detail: 'нарушена внутренняя структура книги' });
  }
  return workbook;
}

export async function readWorkbook(bytes: Uint8Array): Promise<LoadedWorkbook> {
  const workbook = await loadWorkbook(bytes);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
  return { workbook, sheets };
}
