import { VPR_RAISED } from '../../../../src/core/indicators/catalogue/vpr-raised';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.raised: Σraised / Σ(lowered + confirmed + raised); 0 is a value, not «no value»', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_RAISED.id);
  expect(v.schools['Школа А']).toBeCloseTo(3 / 28, 12);
  expect(v.schools['Школа Б']).toBe(0);
  expect(v.district).toBeCloseTo(3 / 60, 12);
  expect(VPR_RAISED.better).toBe('lower');
});
