import { VPR_LOWERED } from '../../../../src/core/indicators/catalogue/vpr-lowered';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.lowered: Σlowered / Σ(lowered + confirmed + raised)', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_LOWERED.id);
  expect(v.schools['Школа А']).toBeCloseTo(3 / 28, 12);
  expect(v.schools['Школа Б']).toBeCloseTo(5 / 32, 12);
  expect(v.district).toBeCloseTo(8 / 60, 12);
});
