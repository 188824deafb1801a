import { VPR_PARTICIPATION_MIN } from '../../../../src/core/indicators/catalogue/vpr-participation-min';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.participation.min: the lowest N / enrolled of any one procedure', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_PARTICIPATION_MIN.id);
  expect(v.schools['Школа А']).toBeCloseTo(Math.min(18 / 20, 10 / 10), 12);
  expect(v.schools['Школа Б']).toBeCloseTo(20 / 25, 12); // the row without «По списку» does not count
  expect(v.district).toBeCloseTo(0.8, 12);
  expect(VPR_PARTICIPATION_MIN.combine).toBe('min-of-row-ratios');
});

test('vpr.participation.min: a row with 0 enrolled is skipped, not a division by zero', () => {
  const v = valuesOf(
    [
      vprGrid([
        ['Школа А', 4, 'Математика', 0, 0, 0, 0, 0, 0, 0, 0, 0],
        ['Школа А', 5, 'Математика', 20, 19, 1, 8, 8, 2, 1, 17, 1],
      ]),
    ],
    VPR_PARTICIPATION_MIN.id,
  );
  expect(v.schools['Школа А']).toBeCloseTo(19 / 20, 12);
});
