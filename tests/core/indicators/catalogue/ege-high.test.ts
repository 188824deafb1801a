import { EGE_HIGH } from '../../../../src/core/indicators/catalogue/ege-high';
import { gridOf } from '../../../helpers/grid';
import { valuesOf } from '../helpers';

const EGE = gridOf('ЕГЭ', [
  ['Результаты ЕГЭ 2024 года'],
  [],
  ['ОО', 'Предмет', 'Количество участников', 'Не преодолели минимальный порог', 'Набрали 80-100 баллов', 'Средний тестовый балл'],
  ['Школа А', 'Русский язык', 30, 1, 6, 71.5],
  ['Школа А', 'Математика (профиль)', 12, 2, 1, 55],
  ['Школа Б', 'Русский язык', 20, 0, 0, 64],
  ['Итого', null, 62, 3, 7, null],
]);

test('ege.high: Σ(80–100 баллов) / ΣN over the ЕГЭ register, the «Итого» row not counted', () => {
  const v = valuesOf([EGE], EGE_HIGH.id);
  expect(v.schools['Школа А']).toBeCloseTo(7 / 42, 12);
  expect(v.schools['Школа Б']).toBe(0);
  expect(v.district).toBeCloseTo(7 / 62, 12);
  expect(Object.keys(v.schools)).toEqual(['Школа А', 'Школа Б']);
});
