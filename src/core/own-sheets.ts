// Sheets ОКО writes and rewrites itself: never read back as the user's data (a rebuilt workbook
// must not find its own summary and take it for a register). `Пороги` is not among them: ОКО
// creates it once, and from then on it is the methodologist's table, read on every run.
import { SheetGrid } from './grid';
import { REGISTER_FINDINGS_SHEET, RISKS_SHEET, SUMMARY_SHEET } from './indicators/summary-plan';
import { FINDINGS_SHEET, REGISTER_SHEET } from './roadmap/register-plan';
import { FIELDS_SHEET, PROBLEMS_SHEET, RECORDS_SHEET_PREFIX, REGISTER_SHEET as REPORTS_SHEET } from './templates/register-plan';
import { SAVED_TEMPLATE_SHEET } from './templates/description';
import { fold } from './text';

const OWN_SHEETS = new Set([SUMMARY_SHEET, RISKS_SHEET, REGISTER_FINDINGS_SHEET, REGISTER_SHEET, FINDINGS_SHEET, REPORTS_SHEET, PROBLEMS_SHEET, FIELDS_SHEET, SAVED_TEMPLATE_SHEET].map(fold));

const RECORDS_PREFIX = fold(RECORDS_SHEET_PREFIX);

/** ОКО's own by name: its fixed sheets, and the «Записи …» sheets of collected template tables. */
export const isOwnSheet = (name: string): boolean => OWN_SHEETS.has(fold(name)) || fold(name).startsWith(RECORDS_PREFIX);

export const usersSheets = (grids: readonly SheetGrid[]): SheetGrid[] => grids.filter((g) => !isOwnSheet(g.name));
