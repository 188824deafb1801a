// The small pure helpers of «Отчёты школ»: the re-check debounce, message templates, places cut off messages.
import { debounce, fill, withoutPlace } from '../../src/ui/reports/debounce';

beforeEach(() => jest.useFakeTimers());
afterEach(() => jest.useRealTimers());

test('many calls within the delay run the action once, the delay after the last call', () => {
  const action = jest.fn();
  const later = debounce(action, 800);
  later();
  jest.advanceTimersByTime(500);
  later();
  jest.advanceTimersByTime(799);
  expect(action).not.toHaveBeenCalled();
  jest.advanceTimersByTime(1);
  expect(action).toHaveBeenCalledTimes(1);
  later();
  jest.advanceTimersByTime(800);
  expect(action).toHaveBeenCalledTimes(2);
});

test('cancel drops the pending call', () => {
  const action = jest.fn();
  const later = debounce(action, 800);
  later();
  later.cancel();
  jest.advanceTimersByTime(2000);
  expect(action).not.toHaveBeenCalled();
});

test('fill puts values in and leaves unknown names empty; withoutPlace cuts the sheet and cell', () => {
  expect(fill('Файл {i} из {n}: {name}', { i: 12, n: 300, name: 'школа.xlsx' })).toBe('Файл 12 из 300: школа.xlsx');
  expect(fill('{a}-{b}', { a: 0 })).toBe('0-');
  expect(withoutPlace('Лист «Отчёт ОО», ячейка D16: не заполнено «Дата».')).toBe('не заполнено «Дата».');
  expect(withoutPlace('В файле нет листа «Процедуры».')).toBe('В файле нет листа «Процедуры».');
});
