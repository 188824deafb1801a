// `oko indicators` on real workbooks: the JSON equals the worked example, and the summary
// workbook it writes is recalculated by LibreOffice (headless, every formula recomputed on
// load, cached results wiped first) to the engine's figures, ranks, district, mean, median
// and risk colours — also after a threshold is edited in the `Пороги` sheet.
import ExcelJS from 'exceljs';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { analyseIndicators, IndicatorAnalysis } from '../../src/core/indicators/analyse';
import { findIndicator } from '../../src/core/indicators/catalogue';
import { Indicator } from '../../src/core/indicators/indicator';
import { crossesFormula, ThresholdsLayout } from '../../src/core/indicators/risk-formats';
import { readWorkbook } from '../../src/io/xlsx/read-workbook';
import { runCli } from '../helpers/cli';
import { sha256, tempDir, VPR, VPR_EXPECTED } from '../helpers/files';
import { openInLibreOffice } from '../helpers/libreoffice';

interface Expected {
  schools: Record<string, Record<string, number>>;
  summary: Record<string, { district: number; mean: number; median: number; rank: Record<string, number> }>;
}
const expected: Expected = JSON.parse(readFileSync(VPR_EXPECTED, 'utf8'));

/** A cell as LibreOffice exports it unformatted: «18.22…%» is 0.1822…, '' is no value. */
function num(s: string | undefined): number | null {
  if (s === undefined || s.trim() === '') return null;
  const t = s.trim();
  return t.endsWith('%') ? Number(t.slice(0, -1)) / 100 : Number(t);
}

async function analyse(file: string): Promise<{ a: IndicatorAnalysis; grids: Awaited<ReturnType<typeof readWorkbook>>['sheets'] }> {
  const { sheets } = await readWorkbook(readFileSync(file));
  return { a: analyseIndicators(sheets), grids: sheets };
}

/** Empties every formula's cached result, so that only a recalculation can fill the cells. */
async function wipeCachedResults(file: string, edit?: (wb: ExcelJS.Workbook) => void): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.eachSheet((ws) =>
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        if (cell.formula) cell.value = { formula: cell.formula } as ExcelJS.CellFormulaValue;
      }),
    ),
  );
  edit?.(wb);
  await wb.xlsx.writeFile(file);
}

/**
 * Checks the Сводная sheet LibreOffice computed against the engine: every school's figure
 * and place, and the district, mean and median rows.
 */
function expectSummaryEqualsEngine(rows: string[][], a: IndicatorAnalysis): void {
  const header = rows[2];
  const schools = Object.keys(a.schools);
  for (const info of a.indicators) {
    const c = header.indexOf(info.name);
    expect(c).toBeGreaterThan(0);
    expect(header[c + 1]).toBe(`Место: ${info.name}`);
    schools.forEach((school, i) => {
      const row = rows[3 + i];
      expect(row[0]).toBe(school);
      const want = a.schools[school][info.id];
      const got = num(row[c]);
      if (want === undefined) expect(got).toBeNull();
      else expect(Math.abs((got as number) - want)).toBeLessThan(1e-9);
      expect(num(row[c + 1])).toBe(a.summary[info.id].rank[school] ?? null);
    });
    const footer = 3 + schools.length + 1;
    const s = a.summary[info.id];
    for (const [k, label, want] of [
      [0, 'Район', s.district],
      [1, 'Среднее по ОО', s.mean],
      [2, 'Медиана по ОО', s.median],
    ] as const) {
      expect(rows[footer + k][0]).toBe(label);
      expect(Math.abs((num(rows[footer + k][c]) as number) - (want as number))).toBeLessThan(1e-9);
    }
  }
}

describe('oko indicators --json', () => {
  test('the worked ВПР example: every school, indicator, district, mean, median and rank', async () => {
    const r = await runCli(['indicators', VPR, '--json']);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Expected & { registers: { sheet: string; kind: string; rowsUsed: number }[]; risks: unknown[] };
    expect(j.registers).toEqual([expect.objectContaining({ sheet: 'ВПР', kind: 'vpr', rowsUsed: 102 })]);
    for (const [school, values] of Object.entries(expected.schools)) {
      for (const [id, v] of Object.entries(values)) expect(Math.abs(j.schools[school][id] - v)).toBeLessThan(1e-9);
    }
    for (const [id, s] of Object.entries(expected.summary)) {
      expect(Math.abs((j.summary[id].district as number) - s.district)).toBeLessThan(1e-9);
      expect(Math.abs((j.summary[id].mean as number) - s.mean)).toBeLessThan(1e-9);
      expect(Math.abs((j.summary[id].median as number) - s.median)).toBeLessThan(1e-9);
      expect(j.summary[id].rank).toEqual(s.rank);
    }
    expect(j.risks.length).toBeGreaterThan(0);
  });
});

describe('oko indicators -o: the summary workbook in LibreOffice', () => {
  const dir = tempDir();
  const out = path.join(dir, 'сводная.xlsx');
  let before: string;
  let analysis: IndicatorAnalysis;
  let book: Map<string, string[][]>;

  beforeAll(async () => {
    before = sha256(VPR);
    const r = await runCli(['indicators', VPR, '-o', out]);
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    analysis = (await analyse(VPR)).a;
    await wipeCachedResults(out);
    book = openInLibreOffice(out, { raw: true });
  }, 120_000);

  test('the input file is not touched', () => {
    expect(sha256(VPR)).toBe(before);
  });

  test('figures are formulas over the register sheet, not numbers', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Сводная') as ExcelJS.Worksheet;
    // Доля «2» = Σ«2» / Σучастников over the school's rows that have both filled in.
    expect(ws.getCell('B4').formula).toContain(`SUMIFS('ВПР'!$F$2:$F$1048576,'ВПР'!$A$2:$A$1048576,"="&$A4,'ВПР'!$F$2:$F$1048576,"<>",'ВПР'!$E$2:$E$1048576,"<>")`);
    expect(ws.getCell('C4').formula).toMatch(/_xlfn\.RANK\.EQ\(B4,B\$4:B\$9,1\)/);
    expect(wb.getWorksheet('ВПР')).toBeDefined();
    const thresholds = wb.getWorksheet('Пороги') as ExcelJS.Worksheet;
    expect(thresholds.getCell('A4').value).toBe('vpr.fail');
    // Значение: shares as percentages, medal.unconfirmed (a count) as a number, not «0,0 %».
    const row = (code: string): number => (thresholds.getColumn(1).values as unknown[]).indexOf(code);
    expect([thresholds.getCell(row('vpr.fail'), 3).numFmt, thresholds.getCell(row('medal.unconfirmed'), 3).numFmt]).toEqual(['0.0%', '0.00']);
  });

  test('LibreOffice recomputes every figure, place, district, mean and median to the engine’s value', () => {
    expectSummaryEqualsEngine(book.get('Сводная') as string[][], analysis);
  });

  test('run again on the copy: its own summary is not taken for a register, and Пороги is read', async () => {
    const r = await runCli(['indicators', out, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as { registers: { sheet: string }[]; unrecognised: { sheet: string }[]; thresholdsFrom: string };
    expect(j.registers.map((x) => x.sheet)).toEqual(['ВПР']);
    expect(j.unrecognised).toEqual([]);
    expect(j.thresholdsFrom).toBe('sheet');
  });

  test('the risk list sheet lists every risk the engine found', () => {
    const rows = (book.get('Риски') as string[][]).slice(3);
    expect(rows.map((r) => [r[0], r[2], r[5], r[6]])).toEqual(analysis.risks.map((r) => [r.school, r.indicator, r.level, r.message]));
  });
});

describe('risk colours follow the Пороги sheet with no add-in running', () => {
  const SUMMARY_TOP = 3; // 0-based first school row of Сводная
  const CHECK_COL = 60; // the check formulas go far right of the table

  /** Puts each colour rule's formula, as written for every school's cell, into cells LibreOffice evaluates. */
  function addChecks(wb: ExcelJS.Workbook, a: IndicatorAnalysis, layout: ThresholdsLayout): { ind: Indicator; level: 'риск' | 'внимание'; school: string; col: number; row: number }[] {
    const ws = wb.getWorksheet('Сводная') as ExcelJS.Worksheet;
    const schools = Object.keys(a.schools);
    const checks: { ind: Indicator; level: 'риск' | 'внимание'; school: string; col: number; row: number }[] = [];
    a.indicators.forEach((info, k) => {
      const ind = findIndicator(info.id) as Indicator;
      const col = 1 + 2 * k;
      (['риск', 'внимание'] as const).forEach((level, l) => {
        schools.forEach((school, i) => {
          const row = SUMMARY_TOP + i;
          const cell = `${String.fromCharCode(65 + col)}${row + 1}`;
          const formula = crossesFormula(ind, level, layout, { col, top: SUMMARY_TOP, bottom: SUMMARY_TOP + schools.length - 1 }, cell);
          const checkCol = CHECK_COL + 2 * k + l;
          ws.getCell(row + 1, checkCol + 1).value = { formula: formula.slice(1).replace(/RANK\.EQ\(/g, '_xlfn.RANK.EQ(') } as ExcelJS.CellFormulaValue;
          checks.push({ ind, level, school, col: checkCol, row });
        });
      });
    });
    return checks;
  }

  /** What the colour rules show must be what the engine's risk list says, school by school. */
  function expectColoursMatchRisks(rows: string[][], a: IndicatorAnalysis, checks: ReturnType<typeof addChecks>): void {
    for (const c of checks) {
      const shown = rows[c.row][c.col] === 'TRUE' || rows[c.row][c.col] === '1';
      const risk = a.risks.find((r) => r.school === c.school && r.indicator === c.ind.id);
      // The engine keeps the most severe level per school and indicator; «риск» wins the colour too.
      if (c.level === 'риск') expect([c.school, c.ind.id, shown]).toEqual([c.school, c.ind.id, risk?.level === 'риск']);
      else if (risk?.level === 'внимание') expect([c.school, c.ind.id, shown]).toEqual([c.school, c.ind.id, true]);
      else if (!risk) expect([c.school, c.ind.id, shown]).toEqual([c.school, c.ind.id, false]);
    }
  }

  test('as written, and after the «Доля «2»» risk threshold is lowered from 25 % to 18 %', async () => {
    const dir = tempDir();
    const out = path.join(dir, 'сводная.xlsx');
    expect((await runCli(['indicators', VPR, '-o', out])).code).toBe(0);
    const { a: first } = await analyse(VPR);
    const layout = first.thresholdsLayout ?? { sheet: 'Пороги', indicator: 0, comparison: 1, value: 2, level: 3, firstRow: 3 };

    let checks: ReturnType<typeof addChecks> = [];
    await wipeCachedResults(out, (wb) => (checks = addChecks(wb, first, layout)));
    expectColoursMatchRisks(openInLibreOffice(out, { raw: true }).get('Сводная') as string[][], first, checks);
    expect(first.risks.filter((r) => r.indicator === 'vpr.fail' && r.level === 'риск')).toEqual([]);

    // The methodologist edits the threshold in the workbook; no ОКО runs.
    await wipeCachedResults(out, (wb) => {
      const ws = wb.getWorksheet('Пороги') as ExcelJS.Worksheet;
      expect(ws.getCell('A4').value).toBe('vpr.fail');
      expect(ws.getCell('D4').value).toBe('риск');
      ws.getCell('C4').value = 0.18;
    });
    const { a: edited } = await analyse(out);
    expect(edited.thresholdsFrom).toBe('sheet');
    expect(edited.risks.filter((r) => r.indicator === 'vpr.fail' && r.level === 'риск').map((r) => r.school)).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ № 2»', 'МБОУ «СОШ № 3»']);
    expectColoursMatchRisks(openInLibreOffice(out, { raw: true }).get('Сводная') as string[][], edited, checks);
  }, 120_000);
});

describe('a register with bad rows', () => {
  /** A ВПР register whose «Школа Б» has a text count, a repeated row and a differently spelt name. */
  async function badRegister(file: string): Promise<void> {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet('ВПР 2025');
    ws.addRow(['Результаты ВПР, весна 2025']);
    ws.addRow([]);
    ws.addRow(['ОО', 'Класс', 'Предмет', 'По списку', 'Участников', '2', '3', '4', '5']);
    ws.addRow(['Школа А', 4, 'Русский язык', 20, 18, 4, 7, 5, 2]);
    ws.addRow(['Школа А', 4, 'Математика', 20, 10, 1, 4, 3, 2]);
    ws.addRow(['Школа Б', 4, 'Русский язык', 30, 28, 'три', 10, 10, 5]);
    ws.addRow(['Школа Б', 4, 'Математика', 30, 25, 2, 10, 8, 5]);
    ws.addRow(['Школа Б', 4, 'Математика', 30, 25, 2, 10, 8, 5]);
    ws.addRow(['Школа В', 5, 'Русский язык', 25, 25, 5, 10, 6, 4]);
    ws.addRow(['  школа в', 5, 'Математика', 25, 24, 3, 9, 8, 4]);
    ws.addRow(['Школа Г', 5, 'Русский язык', 15, 15, 1, 5, 5, 4]);
    await wb.xlsx.writeFile(file);
  }

  test('findings name the cells, the rest is computed, and LibreOffice still agrees with the engine', async () => {
    const dir = tempDir();
    const input = path.join(dir, 'впр.xlsx');
    const out = path.join(dir, 'сводная.xlsx');
    await badRegister(input);
    const r = await runCli(['indicators', input, '-o', out]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/лист «ВПР 2025», F6: в столбце «2» вместо числа записано «три»/);
    expect(r.out).toMatch(/лист «ВПР 2025», A8: строка 8 повторяет строку 7/);
    const { a } = await analyse(input);
    expect(Object.keys(a.schools)).toEqual(['Школа А', 'Школа Б', 'Школа В', 'Школа Г']);

    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    const ws = wb.getWorksheet('Сводная') as ExcelJS.Worksheet;
    // Школа А and Школа Г: formulas. Школа Б (rows left out) and Школа В (spelt two ways): the engine's numbers.
    expect([4, 5, 6, 7].map((row) => Boolean(ws.getCell(`B${row}`).formula))).toEqual([true, false, false, true]);
    expect(ws.getCell('B5').value).toBeCloseTo(a.schools['Школа Б']['vpr.fail'], 12);

    await wipeCachedResults(out);
    expectSummaryEqualsEngine(openInLibreOffice(out, { raw: true }).get('Сводная') as string[][], a);
  }, 120_000);
});

describe('other register shapes keep their formulas right', () => {
  async function summaryOf(build: (wb: ExcelJS.Workbook) => void): Promise<{ a: IndicatorAnalysis; rows: string[][]; formulas: number }> {
    const dir = tempDir();
    const input = path.join(dir, 'реестр.xlsx');
    const out = path.join(dir, 'сводная.xlsx');
    const wb = new ExcelJS.Workbook();
    build(wb);
    await wb.xlsx.writeFile(input);
    const r = await runCli(['indicators', input, '-o', out]);
    expect(r.err).toBe('');
    const { a } = await analyse(input);
    const written = new ExcelJS.Workbook();
    await written.xlsx.readFile(out);
    let formulas = 0;
    (written.getWorksheet('Сводная') as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => void (c.formula ? formulas++ : 0)));
    await wipeCachedResults(out);
    return { a, rows: openInLibreOffice(out, { raw: true }).get('Сводная') as string[][], formulas };
  }

  test('marks given in percent of participants (SUMPRODUCT), with the per-procedure minimum', async () => {
    const { a, rows, formulas } = await summaryOf((wb) => {
      const ws = wb.addWorksheet('ОГЭ проценты');
      ws.addRow(['ОО', 'Предмет', 'По списку', 'Участников', '% «2»', '% «3»', '% «4»', '% «5»']);
      ws.addRow(['Школа 1', 'Математика', 40, 38, 10.5, 40, 30, 19.5]);
      ws.addRow(['Школа 1', 'Русский язык', 40, 36, 5, 45, 35, 15]);
      ws.addRow(['Школа 2', 'Математика', 22, 20, 20, 50, 25, 5]);
      ws.addRow(['Школа 3', 'Математика', 31, 31, 0, 30, 40, 30]);
    });
    expect(a.registers[0].percent).toEqual({ n2: 'of-100', n3: 'of-100', n4: 'of-100', n5: 'of-100' });
    expect(formulas).toBeGreaterThan(0);
    expectSummaryEqualsEngine(rows, a);
  }, 60_000);

  test('one mark per student (COUNTIFS), absent students left out', async () => {
    const { a, rows, formulas } = await summaryOf((wb) => {
      const ws = wb.addWorksheet('ВПР ученики');
      ws.addRow(['Код участника', 'ОО', 'Класс', 'Предмет', 'Отметка']);
      const marks: [string, number | string][] = [
        ['Школа 1', 5], ['Школа 1', 4], ['Школа 1', 2], ['Школа 1', 'н'], ['Школа 1', 3],
        ['Школа 2', 4], ['Школа 2', 4], ['Школа 2', 5],
        ['Школа 3', 2], ['Школа 3', 3],
      ];
      marks.forEach(([school, mark], i) => ws.addRow([1000 + i, school, 4, 'Математика', mark]));
    });
    expect(a.registers[0].columns.mark).toBeDefined();
    expect(a.schools['Школа 1']['vpr.fail']).toBeCloseTo(1 / 4, 12);
    expect(formulas).toBeGreaterThan(0);
    expectSummaryEqualsEngine(rows, a);
  }, 60_000);
});

describe('unusable input', () => {
  test('a workbook with no result register: exit 2, one Russian line naming the file and why', async () => {
    const r = await runCli(['indicators', path.join(__dirname, '..', '..', 'examples', 'roadmap-novosergievka-2021.xlsx')]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err.split('\n')).toHaveLength(1);
    expect(r.err).toMatch(/^oko: Файл «.*roadmap-novosergievka-2021\.xlsx»: ни на одном листе не найдена таблица результатов/);
  });

  test('a missing file and a wrong option', async () => {
    expect((await runCli(['indicators', 'нет.xlsx'])).err).toMatch(/Файл «нет\.xlsx» не найден/);
    const r = await runCli(['indicators', VPR, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^oko: /);
  });
});
