import { EGE_BELOW_MIN } from '../../../../src/core/indicators/catalogue/ege-below-min';
import { gridOf } from '../../../helpers/grid';
import { valuesOf } from '../helpers';

test('ege.below-min: Σbelow / ΣN; percentages in the header are turned into counts first', () => {
  const grid = gridOf('ГИА-11', [
    ['ОО', 'Предмет', 'Участников', 'Доля не преодолевших минимальный порог, %', 'Средний балл'],
    ['Школа А', 'Русский язык', 40, 5, 70],
    ['Школа А', 'Математика', 10, 20, 50],
    ['Школа Б', 'Русский язык', 25, 0, 66],
  ]);
  const v = valuesOf([grid], EGE_BELOW_MIN.id);
  expect(v.schools['Школа А']).toBeCloseTo((0.05 * 40 + 0.2 * 10) / 50, 12);
  expect(v.schools['Школа Б']).toBe(0);
  expect(v.district).toBeCloseTo(4 / 75, 12);
});
