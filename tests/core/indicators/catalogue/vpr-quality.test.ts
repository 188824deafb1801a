import { VPR_QUALITY } from '../../../../src/core/indicators/catalogue/vpr-quality';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.quality: Σ(n4 + n5) / ΣN', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_QUALITY.id);
  expect(v.schools['Школа А']).toBeCloseTo((6 + 2 + 4 + 1) / 28, 12);
  expect(v.schools['Школа Б']).toBeCloseTo((5 + 1 + 6 + 3) / 32, 12);
  expect(v.district).toBeCloseTo(28 / 60, 12);
});

test('vpr.quality: a row whose «5» is empty is left out of numerator and denominator alike', () => {
  const rows = [
    ['Школа А', 4, 'Русский язык', 20, 18, 3, 7, 6, 2],
    ['Школа А', 5, 'Математика', 10, 10, 1, 4, 4, null],
  ];
  const v = valuesOf([vprGrid(rows, ['ОО', 'Класс', 'Предмет', 'По списку', 'Участников', '2', '3', '4', '5'])], VPR_QUALITY.id);
  expect(v.schools['Школа А']).toBeCloseTo(8 / 18, 12);
});
