import { VPR_MEAN } from '../../../../src/core/indicators/catalogue/vpr-mean';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.mean: Σ(2n2 + 3n3 + 4n4 + 5n5) / ΣN, a number, not a share', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_MEAN.id);
  const a = 2 * 4 + 3 * 11 + 4 * 10 + 5 * 3;
  const b = 2 * 6 + 3 * 11 + 4 * 11 + 5 * 4;
  expect(v.schools['Школа А']).toBeCloseTo(a / 28, 12);
  expect(v.schools['Школа Б']).toBeCloseTo(b / 32, 12);
  expect(v.district).toBeCloseTo((a + b) / 60, 12);
  expect(VPR_MEAN.format).toBe('number');
});
