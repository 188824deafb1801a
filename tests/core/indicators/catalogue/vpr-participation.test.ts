import { VPR_PARTICIPATION } from '../../../../src/core/indicators/catalogue/vpr-participation';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.participation: ΣN / Σenrolled over the rows whose «По списку» is filled in', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_PARTICIPATION.id);
  expect(v.schools['Школа А']).toBeCloseTo(28 / 30, 12);
  // Школа Б's mathematics row has no «По списку»: 20 of 25, not (20 + 12) of 25.
  expect(v.schools['Школа Б']).toBeCloseTo(20 / 25, 12);
  expect(v.district).toBeCloseTo(48 / 55, 12);
});

test('vpr.participation: a school whose «По списку» is empty everywhere has no value, not 0', () => {
  const v = valuesOf([vprGrid([['Школа В', 4, 'Математика', null, 12, 0, 3, 6, 3, 0, 12, 0], ...SAMPLE])], VPR_PARTICIPATION.id);
  expect(v.schools['Школа В']).toBeUndefined();
  expect(v.schools['Школа А']).toBeCloseTo(28 / 30, 12);
});
