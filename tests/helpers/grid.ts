// Builds SheetGrids for core tests: rows of values, merges in A1 notation.
import { CellValue, parseRangeA1, SheetGrid, CellRange } from '../../src/core/grid';

export function gridOf(name: string, rows: CellValue[][], merges: string[] = [], links: Record<string, string> = {}): SheetGrid {
  const ranges = merges.map((m) => parseRangeA1(m)).filter((r): r is CellRange => r !== null);
  const linkMap = new Map<string, string>();
  for (const [a1, url] of Object.entries(links)) {
    const r = parseRangeA1(a1) as CellRange;
    linkMap.set(`${r.top},${r.left}`, url);
  }
  return { name, values: rows.map((r) => [...r]), merges: ranges, links: linkMap, protection: null };
}

export const HEADER = ['№', 'Мероприятия', 'Сроки', 'Ответственные', 'Отметка об исполнении', 'Дата исполнения', 'Подтверждающий документ (ссылка)'];

/** A roadmap sheet like the Novosergievka one: title, blank row, header, then the given rows. */
export function roadmapGrid(rows: CellValue[][], opts: { title?: string; order?: string; merges?: string[]; header?: string[] } = {}): SheetGrid {
  const title = opts.title ?? 'План мероприятий («дорожная карта») в 2021-2022 учебном году';
  const order = opts.order ?? 'Приложение 1 к приказу РОО от 02.09.2021 № 192';
  return gridOf('План', [[null, null, null, null, null, order], [title], [], opts.header ?? HEADER, ...rows], opts.merges ?? []);
}

/** 1-based sheet row of the n-th data row (0-based) in roadmapGrid. */
export const dataRow = (n: number): number => 5 + n;
