import { analyseIndicators } from '../../../src/core/indicators/analyse';
import { rankValues, summarise } from '../../../src/core/indicators/summary';
import { vprGrid } from './helpers';

describe('RANK.EQ places', () => {
  test('ties share the lowest place and the next place is skipped', () => {
    expect([...rankValues([0.5, 0.7, 0.5, 0.9, 0.2], 'higher')]).toEqual([3, 2, 3, 1, 5]);
    expect([...rankValues([0.5, 0.7, 0.5, 0.9, 0.2], 'lower')]).toEqual([2, 4, 2, 5, 1]);
  });

  test('a school without a value has no place and does not push others down', () => {
    expect([...rankValues([NaN, 0.3, 0.1, NaN], 'lower')]).toEqual([0, 2, 1, 0]);
  });
});

test('mean and median of the school values, leaving out schools without one', () => {
  const odd = summarise({ bySchool: Float64Array.from([0.1, NaN, 0.4, 0.2]), district: 0.25 }, 'lower', ['А', 'Б', 'В', 'Г']);
  expect(odd.summary).toEqual({ district: 0.25, mean: (0.1 + 0.4 + 0.2) / 3, median: 0.2, rank: { А: 1, В: 3, Г: 2 } });
  const even = summarise({ bySchool: Float64Array.from([0.1, 0.4, 0.2, 0.3]), district: null }, 'higher', ['А', 'Б', 'В', 'Г']);
  expect(even.summary.median).toBeCloseTo(0.25, 12);
  expect(even.summary.rank).toEqual({ А: 4, Б: 1, В: 3, Г: 2 });
  const none = summarise({ bySchool: Float64Array.from([NaN]), district: null }, 'higher', ['А']);
  expect(none.summary).toEqual({ district: null, mean: null, median: null, rank: {} });
});

test('end to end: two schools with the same share of «2» share first place', () => {
  const a = analyseIndicators(
    [
      vprGrid([
        ['Школа А', 4, 'Математика', 10, 10, 1, 4, 4, 1, 0, 10, 0],
        ['Школа Б', 4, 'Математика', 20, 20, 2, 8, 8, 2, 0, 20, 0],
        ['Школа В', 4, 'Математика', 10, 10, 5, 5, 0, 0, 0, 10, 0],
      ]),
    ],
    { thresholds: [] },
  );
  expect(a.summary['vpr.fail'].rank).toEqual({ 'Школа А': 1, 'Школа Б': 1, 'Школа В': 3 });
  expect(a.summary['vpr.fail'].district).toBeCloseTo(8 / 40, 12);
  expect(a.summary['vpr.fail'].mean).toBeCloseTo((0.1 + 0.1 + 0.5) / 3, 12);
  expect(a.summary['vpr.fail'].median).toBeCloseTo(0.1, 12);
});

test('names that fold equal are one school, shown as first written', () => {
  const a = analyseIndicators(
    [
      vprGrid([
        ['МБОУ «СОШ № 1»', 4, 'Математика', 10, 10, 1, 4, 4, 1, 0, 10, 0],
        ['  мбоу «сош № 1»', 5, 'Математика', 10, 10, 3, 4, 2, 1, 0, 10, 0],
        ['МБОУ «СОШ №1»', 5, 'Математика', 10, 10, 0, 4, 4, 2, 0, 10, 0],
      ]),
    ],
    { thresholds: [] },
  );
  // «№1» without the space is another spelling, not the same text: it stays a school of its own.
  expect(Object.keys(a.schools)).toEqual(['МБОУ «СОШ № 1»', 'МБОУ «СОШ №1»']);
  expect(a.schools['МБОУ «СОШ № 1»']['vpr.fail']).toBeCloseTo(4 / 20, 12);
});
