// Shared by the Office adapter tests: real fixtures read by the xlsx adapter, a host on a
// fake Excel, and big roadmaps made to measure.
import { readFileSync } from 'node:fs';
import { dayOf } from '../../../src/core/dates';
import { CellValue, SheetGrid } from '../../../src/core/grid';
import { analyseRoadmap, RoadmapAnalysis } from '../../../src/core/roadmap/analyse';
import { ExcelHost } from '../../../src/io/office/excel-host';
import { readWorkbook } from '../../../src/io/xlsx/read-workbook';
import { ExcelVersion, FakeExcel, FakeExcelOptions } from '../../fakes/excel';
import { VPR_HEADER } from '../../core/indicators/helpers';
import { NOVO, SEVERSKIY, VPR } from '../../helpers/files';
import { gridOf, roadmapGrid } from '../../helpers/grid';

export { NOVO, SEVERSKIY, VPR };
export const TODAY = dayOf(2021, 12, 1);

export async function fixture(file: string): Promise<SheetGrid[]> {
  return (await readWorkbook(new Uint8Array(readFileSync(file)))).sheets;
}

export const hostOn = (fake: FakeExcel): ExcelHost => new ExcelHost({ run: fake.run, supports: fake.supports });

/** A fake Excel holding these sheets, and the adapter on it. */
export function excelWith(grids: SheetGrid[], opts: FakeExcelOptions & { password?: string } = {}): { fake: FakeExcel; host: ExcelHost } {
  const fake = new FakeExcel(opts);
  for (const g of grids) fake.loadGrid(g, { password: opts.password });
  return { fake, host: hostOn(fake) };
}

export function analysed(grids: SheetGrid[], today = TODAY): RoadmapAnalysis {
  const out = analyseRoadmap(grids, { today });
  if (!out.ok) throw new Error(`not a roadmap: ${JSON.stringify(out.problem)}`);
  return out.analysis;
}

export const VERSIONS: ExcelVersion[] = ['Excel 2016', 'Excel 2019', 'Excel 2021', 'Microsoft 365'];

/** A roadmap sheet of n activities shaped like Novosergievka's, with a few things to find. */
export function bigRoadmap(n: number): SheetGrid {
  const rows: CellValue[][] = [];
  for (let i = 1; i <= n; i++) {
    const done = i % 3 === 0;
    rows.push([
      `${i}.`,
      `Мероприятие № ${i}: совещание с руководителями общеобразовательных организаций по итогам мониторинга качества образования`,
      i % 7 === 0 ? 'в течение года' : `${String((i % 28) + 1).padStart(2, '0')}.${String((i % 9) + 1).padStart(2, '0')}.2022`,
      i % 5 === 0 ? 'Петров П.П.' : 'Иванов И.И., методисты РМК',
      done ? 'Исполнено' : null,
      done ? 44600 + (i % 200) : null,
      done && i % 2 === 0 ? `https://rmk.example.ru/docs/${i}.pdf` : null,
    ]);
  }
  return roadmapGrid(rows);
}

/** Rows as the engine compares them: trailing empty cells and rows do not count. */
export function trimmed(values: CellValue[][]): CellValue[][] {
  const out = values.map((row) => {
    const r = [...row];
    while (r.length && (r[r.length - 1] === null || r[r.length - 1] === undefined)) r.pop();
    return r.map((v) => (v === undefined ? null : v));
  });
  while (out.length && out[out.length - 1].length === 0) out.pop();
  return out;
}

/** A ВПР register of n schools, three procedures each, every row clean (so every figure is a formula). */
export function bigVprRegister(n: number): SheetGrid {
  const rows: CellValue[][] = [VPR_HEADER];
  const subjects = ['Русский язык', 'Математика', 'Окружающий мир'];
  for (let s = 1; s <= n; s++) {
    subjects.forEach((subject, k) => {
      const participants = 20 + ((s * 7 + k) % 15);
      const [n2, n4, n5] = [(s + k) % 5, (s + 2 * k) % 9, (s * 3 + k) % 6];
      const [lowered, raised] = [(s + k) % 4, (s * k) % 3];
      rows.push([`МБОУ «СОШ № ${s}»`, 4 + k, subject, participants + 2, participants, n2, participants - n2 - n4 - n5, n4, n5, lowered, participants - lowered - raised, raised]);
    });
  }
  return gridOf('ВПР', rows);
}
