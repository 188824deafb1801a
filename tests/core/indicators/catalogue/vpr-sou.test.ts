import { VPR_SOU } from '../../../../src/core/indicators/catalogue/vpr-sou';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.sou: Σ(0.16n2 + 0.36n3 + 0.64n4 + n5) / ΣN', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_SOU.id);
  const a = 0.16 * 4 + 0.36 * 11 + 0.64 * 10 + 3;
  const b = 0.16 * 6 + 0.36 * 11 + 0.64 * 11 + 4;
  expect(v.schools['Школа А']).toBeCloseTo(a / 28, 12);
  expect(v.schools['Школа Б']).toBeCloseTo(b / 32, 12);
  expect(v.district).toBeCloseTo((a + b) / 60, 12);
});

test('vpr.sou: all «5» is 100 %, all «2» is 16 %', () => {
  const v = valuesOf(
    [
      vprGrid([
        ['Отличная', 4, 'Математика', 10, 10, 0, 0, 0, 10, 0, 10, 0],
        ['Слабая', 4, 'Математика', 10, 10, 10, 0, 0, 0, 0, 10, 0],
      ]),
    ],
    VPR_SOU.id,
  );
  expect(v.schools['Отличная']).toBeCloseTo(1, 12);
  expect(v.schools['Слабая']).toBeCloseTo(0.16, 12);
});
