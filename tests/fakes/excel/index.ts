export { EXCEL_VERSIONS, FakeExcel, MB } from './fake-excel';
export type { ExcelVersion, FakeExcelOptions } from './fake-excel';
export { DEFAULT_PROTECTION } from './model';
export type { ProtectionOptions, SheetModel } from './model';
export type { SyncStat } from './wire';
