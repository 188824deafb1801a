// Grids of result registers for the indicator tests.
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { analyseIndicators, IndicatorAnalysis } from '../../../src/core/indicators/analyse';
import { gridOf } from '../../helpers/grid';

export const VPR_HEADER = ['ОО', 'Класс', 'Предмет', 'По списку', 'Участников', '2', '3', '4', '5', 'Понизили', 'Подтвердили', 'Повысили'];

/** A ВПР register on sheet «ВПР»: the header in row 1, the given rows below. */
export const vprGrid = (rows: CellValue[][], header: CellValue[] = VPR_HEADER, name = 'ВПР'): SheetGrid => gridOf(name, [header, ...rows]);

/** Analyses the grids for one indicator, with no thresholds. */
export const only = (grids: SheetGrid[], id: string): IndicatorAnalysis => analyseIndicators(grids, { indicators: [id], thresholds: [] });

/** The school values and the district value of one indicator. */
export function valuesOf(grids: SheetGrid[], id: string): { schools: Record<string, number | undefined>; district: number | null | undefined } {
  const a = only(grids, id);
  const schools: Record<string, number | undefined> = {};
  for (const [name, vals] of Object.entries(a.schools)) schools[name] = vals[id];
  return { schools, district: a.summary[id]?.district };
}

/**
 * Two schools, two rows each, small enough to compute by hand:
 *   А: 4 Рус  enrolled 20, N 18, marks 3 7 6 2, lowered 2 confirmed 14 raised 2
 *      5 Мат  enrolled 10, N 10, marks 1 4 4 1, lowered 1 confirmed 8 raised 1
 *   Б: 4 Рус  enrolled 25, N 20, marks 6 8 5 1, lowered 5 confirmed 15 raised 0
 *      5 Мат  enrolled —,  N 12, marks 0 3 6 3, lowered 0 confirmed 12 raised 0
 */
export const SAMPLE: CellValue[][] = [
  ['Школа А', 4, 'Русский язык', 20, 18, 3, 7, 6, 2, 2, 14, 2],
  ['Школа А', 5, 'Математика', 10, 10, 1, 4, 4, 1, 1, 8, 1],
  ['Школа Б', 4, 'Русский язык', 25, 20, 6, 8, 5, 1, 5, 15, 0],
  ['Школа Б', 5, 'Математика', null, 12, 0, 3, 6, 3, 0, 12, 0],
];
