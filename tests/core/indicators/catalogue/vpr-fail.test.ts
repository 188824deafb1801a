import { VPR_FAIL } from '../../../../src/core/indicators/catalogue/vpr-fail';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.fail: Σn2 / ΣN pooled over rows, not the mean of row percentages', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_FAIL.id);
  expect(v.schools['Школа А']).toBeCloseTo((3 + 1) / (18 + 10), 12);
  expect(v.schools['Школа А']).not.toBeCloseTo((3 / 18 + 1 / 10) / 2, 4);
  expect(v.schools['Школа Б']).toBeCloseTo((6 + 0) / (20 + 12), 12);
  expect(v.district).toBeCloseTo(10 / 60, 12);
  expect(VPR_FAIL.better).toBe('lower');
});
