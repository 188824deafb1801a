import { VPR_SUCCESS } from '../../../../src/core/indicators/catalogue/vpr-success';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.success: Σ(n3 + n4 + n5) / ΣN', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_SUCCESS.id);
  expect(v.schools['Школа А']).toBeCloseTo((15 + 9) / 28, 12);
  expect(v.schools['Школа Б']).toBeCloseTo((14 + 12) / 32, 12);
  expect(v.district).toBeCloseTo(50 / 60, 12);
});

test('vpr.success: marks that do not add up to N (absent marks) are not made up', () => {
  // 20 took part, only 15 marks entered: 12 of 20 passed, not 12 of 15.
  const v = valuesOf([vprGrid([['Школа А', 4, 'Математика', 20, 20, 3, 6, 4, 2, 0, 0, 0]])], VPR_SUCCESS.id);
  expect(v.schools['Школа А']).toBeCloseTo(12 / 20, 12);
});
