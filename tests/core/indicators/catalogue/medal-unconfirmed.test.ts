import { MEDAL_UNCONFIRMED } from '../../../../src/core/indicators/catalogue/medal-unconfirmed';
import { gridOf } from '../../../helpers/grid';
import { valuesOf } from '../helpers';

test('medal.unconfirmed: 1 − Σconfirmed / Σcandidates; a school without candidates has no value', () => {
  const grid = gridOf('Медалисты', [
    ['Образовательная организация', 'Претенденты на медаль', 'Подтвердили результаты на ЕГЭ'],
    ['Школа А', 4, 3],
    ['Школа Б', 2, 2],
    ['Школа В', 0, 0],
  ]);
  const v = valuesOf([grid], MEDAL_UNCONFIRMED.id);
  expect(v.schools['Школа А']).toBeCloseTo(0.25, 12);
  expect(v.schools['Школа Б']).toBe(0);
  expect(v.schools['Школа В']).toBeUndefined();
  expect(v.district).toBeCloseTo(1 - 5 / 6, 12);
});
