import { VPR_CONFIRMED } from '../../../../src/core/indicators/catalogue/vpr-confirmed';
import { SAMPLE, valuesOf, vprGrid } from '../helpers';

test('vpr.confirmed: Σconfirmed / Σ(lowered + confirmed + raised)', () => {
  const v = valuesOf([vprGrid(SAMPLE)], VPR_CONFIRMED.id);
  expect(v.schools['Школа А']).toBeCloseTo(22 / 28, 12);
  expect(v.schools['Школа Б']).toBeCloseTo(27 / 32, 12);
  expect(v.district).toBeCloseTo(49 / 60, 12);
});

test('vpr.confirmed: not computed when the register has no comparison with the journal', () => {
  const rows = SAMPLE.map((r) => r.slice(0, 9));
  const v = valuesOf([vprGrid(rows, ['ОО', 'Класс', 'Предмет', 'По списку', 'Участников', '2', '3', '4', '5'])], VPR_CONFIRMED.id);
  expect(v.district).toBeUndefined();
  expect(v.schools['Школа А']).toBeUndefined();
});
