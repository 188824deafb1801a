// The staff list a workbook may carry (a sheet with an «ФИО» column): the names that
// responsible.unknown compares against.
import { SheetGrid } from '../grid';
import { findHeader } from '../layout/header';
import { MergedView } from '../layout/merges';

export interface StaffList {
  sheet: string;
  names: string[];
}

const STAFF_HEADER = [{ key: 'name' as const, match: /^(фио|ф\.\s?и\.\s?о\.?|фамилия.*|сотрудник|работник|исполнитель)$/ }];

export function findStaffList(sheets: SheetGrid[], roadmapSheet: string): StaffList | null {
  for (const grid of sheets) {
    if (grid.name === roadmapSheet) continue;
    const view = new MergedView(grid);
    const header = findHeader(view, STAFF_HEADER, { requireAll: ['name'], maxRows: 10, minLabels: 1 });
    if (!header) continue;
    const col = header.columns.name as number;
    const names: string[] = [];
    for (let r = header.dataStart; r < grid.values.length; r++) {
      const t = view.ownText(r, col);
      if (t) names.push(t);
    }
    if (names.length) return { sheet: grid.name, names };
  }
  return null;
}
