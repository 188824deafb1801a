// Reads a whole .xlsx (bytes, from a file or a browser upload) into SheetGrids.
// Never writes anything: the input stays as it is.
import ExcelJS from 'exceljs';
import { SheetGrid } from '../../core/grid';
import { inspectPackage } from './inspect';
import { InputError } from './input-error';
import { installLinearMergeLoading } from './linear-merges';
import { worksheetToGrid } from './to-grid';


export async function loadWorkbook(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  await inspectPackage(bytes);
  installLinearMergeLoading();
  const workbook = new ExcelJS.Workbook();
  try {
    // ExcelJS's typings want a Node Buffer; it accepts any ArrayBuffer view.
    await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  } catch (e) {
    if (e instanceof InputError) throw e; // a limit, raised while loading merges
    // ExcelJS's own message is English and about its internals; the user needs to know the file is damaged.
    throw new InputError({ kind: 'corrupt', detail: 'нарушена внутренняя структура книги' });
  }
  return workbook;
}

/** Every sheet as a SheetGrid. The ExcelJS model is dropped as soon as it is converted. */
export async function readWorkbook(bytes: Uint8Array): Promise<{ sheets: SheetGrid[] }> {
  const workbook = await loadWorkbook(bytes);
  const sheets: SheetGrid[] = [];
  workbook.eachSheet((ws) => sheets.push(worksheetToGrid(ws)));
  return { sheets };
}
