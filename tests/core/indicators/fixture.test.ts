// The ВПР fixture (examples/vpr-sample.xlsx, a copy of the shared one) against its expected values: every
// school, every indicator, and the district, mean, median and rank of each.
import { readFileSync } from 'node:fs';
import { analyseIndicators, IndicatorAnalysis } from '../../../src/core/indicators/analyse';
import { readWorkbook } from '../../../src/io/xlsx/read-workbook';
import { VPR, VPR_EXPECTED } from '../../helpers/files';

interface Expected {
  schools: Record<string, Record<string, number>>;
  summary: Record<string, { district: number; mean: number; median: number; rank: Record<string, number> }>;
}
const expected: Expected = JSON.parse(readFileSync(VPR_EXPECTED, 'utf8'));

let analysis: IndicatorAnalysis;
beforeAll(async () => {
  const { sheets } = await readWorkbook(readFileSync(VPR));
  analysis = analyseIndicators(sheets);
});

describe('vpr-sample.xlsx', () => {
  test('one ВПР register, read whole, with nothing to report', () => {
    expect(analysis.registers).toHaveLength(1);
    expect(analysis.registers[0]).toMatchObject({ sheet: 'ВПР', kind: 'vpr', headerRow: 0, dataStart: 1, dataEnd: 103, rowsUsed: 102, percent: {} });
    expect(analysis.unrecognised).toEqual([]);
    expect(analysis.findings).toEqual([]);
  });

  test('the same schools, in the order of the sheet, with the same indicators', () => {
    expect(Object.keys(analysis.schools)).toEqual(Object.keys(expected.schools));
    for (const [school, values] of Object.entries(expected.schools)) expect(Object.keys(analysis.schools[school]).sort()).toEqual(Object.keys(values).sort());
    expect(Object.keys(analysis.summary).sort()).toEqual(Object.keys(expected.summary).sort());
  });

  const close = (actual: number | null | undefined, want: number, what: string): void => {
    if (typeof actual !== 'number' || Math.abs(actual - want) > 1e-9) throw new Error(`${what}: expected ${want}, got ${actual}`);
  };

  test('every school value within 1e-9', () => {
    let n = 0;
    for (const [school, values] of Object.entries(expected.schools)) {
      for (const [id, want] of Object.entries(values)) {
        close(analysis.schools[school][id], want, `${school} ${id}`);
        n++;
      }
    }
    expect(n).toBe(60);
  });

  test('district, mean and median within 1e-9; ranks exactly', () => {
    for (const [id, want] of Object.entries(expected.summary)) {
      const got = analysis.summary[id];
      close(got.district, want.district, `${id} district`);
      close(got.mean, want.mean, `${id} mean`);
      close(got.median, want.median, `${id} median`);
      expect([id, got.rank]).toEqual([id, want.rank]);
    }
  });

  test('default thresholds: every school is under 90 % in some procedure; «2» and «Повысили» flagged where due', () => {
    expect(analysis.thresholdsFrom).toBe('default');
    const risk = analysis.risks.filter((r) => r.level === 'риск');
    expect(risk.map((r) => r.indicator)).toEqual(Array(6).fill('vpr.participation.min'));
    expect(risk.find((r) => r.school === 'МБОУ «СОШ № 3»')?.message).toBe('Участие в каждой процедуре 67,3 % < 90 %');
    const attention = analysis.risks.filter((r) => r.level === 'внимание').map((r) => `${r.school}: ${r.message}`);
    expect(attention).toEqual([
      'МБОУ «СОШ № 1»: Доля «2» 18,2 % ≥ 15 %',
      'МБОУ «СОШ № 2»: Доля «2» 19,0 % ≥ 15 %',
      'МБОУ «СОШ № 3»: Доля «2» 18,5 % ≥ 15 %',
      'МБОУ «СОШ № 5»: Повысили 12,4 % ≥ 10 %',
    ]);
  });
});
