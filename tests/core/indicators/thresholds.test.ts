import { analyseIndicators } from '../../../src/core/indicators/analyse';
import { findIndicator } from '../../../src/core/indicators/catalogue';
import { DEFAULT_THRESHOLDS } from '../../../src/core/indicators/default-thresholds';
import { formatLimit, formatValue } from '../../../src/core/indicators/format';
import { rankValues } from '../../../src/core/indicators/summary';
import { ComputedIndicator, evaluateThresholds, Threshold, thresholdText, worstCount } from '../../../src/core/indicators/thresholds';
import { readThresholds, thresholdsGrid } from '../../../src/core/indicators/thresholds-sheet';
import { gridOf } from '../../helpers/grid';
import { SAMPLE, vprGrid } from './helpers';

const SCHOOLS = ['А', 'Б', 'В', 'Г', 'Д'];
function computed(id: string, values: number[]): ComputedIndicator {
  const indicator = findIndicator(id);
  if (!indicator) throw new Error(id);
  const v = Float64Array.from(values);
  return { indicator, values: v, rank: rankValues(v, indicator.better) };
}
const t = (indicator: string, comparison: Threshold['comparison'], value: number, level: Threshold['level'] = 'риск'): Threshold => ({ indicator, comparison, value, level, note: '' });

describe('Russian numbers', () => {
  test('values: percentages with one decimal and a comma, numbers with two', () => {
    expect(formatValue(0.274, 'percent')).toBe('27,4 %');
    expect(formatValue(0.7, 'percent')).toBe('70,0 %');
    expect(formatValue(3.2300683, 'number')).toBe('3,23');
    expect(formatLimit(0.25, 'percent')).toBe('25 %');
    expect(formatLimit(0.1, 'percent')).toBe('10 %');
    expect(formatLimit(0.275, 'percent')).toBe('27,5 %');
    expect(formatLimit(3.5, 'number')).toBe('3,5');
  });

  test('thresholds as shown', () => {
    const fail = findIndicator('vpr.fail')!;
    expect(thresholdText(t('vpr.fail', '≥', 0.25), fail)).toBe('≥ 25 %');
    expect(thresholdText(t('vpr.fail', 'worst-percent', 0.1), fail)).toBe('в 10 % худших');
    expect(thresholdText(t('vpr.mean', '<', 3), findIndicator('vpr.mean')!)).toBe('< 3');
  });
});

describe('absolute comparisons', () => {
  test('≥ and ≤ include the limit, > and < do not', () => {
    const c = [computed('vpr.fail', [0.25, 0.2499, 0.3, NaN, 0.1])];
    expect(evaluateThresholds([t('vpr.fail', '≥', 0.25)], c, SCHOOLS).map((r) => r.school)).toEqual(['А', 'В']);
    expect(evaluateThresholds([t('vpr.fail', '>', 0.25)], c, SCHOOLS).map((r) => r.school)).toEqual(['В']);
    expect(evaluateThresholds([t('vpr.fail', '≤', 0.25)], c, SCHOOLS).map((r) => r.school)).toEqual(['А', 'Б', 'Д']);
    expect(evaluateThresholds([t('vpr.fail', '<', 0.25)], c, SCHOOLS).map((r) => r.school)).toEqual(['Б', 'Д']);
  });

  test('the risk says value, comparison and limit in Russian', () => {
    const [r] = evaluateThresholds([t('vpr.fail', '≥', 0.25)], [computed('vpr.fail', [0.274, 0.1, NaN, NaN, NaN])], SCHOOLS);
    expect(r).toEqual({ school: 'А', indicator: 'vpr.fail', value: 0.274, threshold: '≥ 25 %', level: 'риск', message: 'Доля «2» 27,4 % ≥ 25 %' });
    const [m] = evaluateThresholds([t('medal.unconfirmed', '>', 0)], [computed('medal.unconfirmed', [NaN, 0.25, 0, NaN, NaN])], SCHOOLS);
    expect(m.message).toBe('Индекс неподтверждения медалистов 0,25 > 0');
    const [mean] = evaluateThresholds([t('vpr.mean', '<', 3, 'внимание')], [computed('vpr.mean', [2.875, NaN, NaN, NaN, NaN])], SCHOOLS);
    expect(mean.message).toBe('Средняя отметка 2,88 < 3');
  });

  test('one risk per school and indicator: the most severe level reached', () => {
    const list = [t('vpr.fail', '≥', 0.15, 'внимание'), t('vpr.fail', '≥', 0.25, 'риск')];
    const risks = evaluateThresholds(list, [computed('vpr.fail', [0.3, 0.2, 0.1, NaN, NaN])], SCHOOLS);
    expect(risks.map((r) => [r.school, r.level, r.threshold])).toEqual([
      ['А', 'риск', '≥ 25 %'],
      ['Б', 'внимание', '≥ 15 %'],
    ]);
  });
});

describe('«в N % худших»', () => {
  test('ceil(N % × schools with a value) worst places', () => {
    expect(worstCount(0.1, 6)).toBe(1);
    expect(worstCount(0.1, 10)).toBe(1);
    expect(worstCount(0.1, 11)).toBe(2);
    expect(worstCount(0.07, 100)).toBe(7);
    expect(worstCount(0, 50)).toBe(0);
  });

  test('the worst by the indicator’s direction, with its place in the message', () => {
    const fail = [computed('vpr.fail', [0.1, 0.3, NaN, 0.2, 0.05])];
    const risks = evaluateThresholds([t('vpr.fail', 'worst-percent', 0.3, 'внимание')], fail, SCHOOLS); // ceil(0.3 × 4) = 2
    expect(risks.map((r) => r.school)).toEqual(['Б', 'Г']);
    expect(risks[0]).toMatchObject({ threshold: 'в 30 % худших', message: 'Доля «2» 30,0 % — в 30 % худших по району (место 4 из 4)' });
    const quality = [computed('vpr.quality', [0.1, 0.3, NaN, 0.2, 0.05])];
    expect(evaluateThresholds([t('vpr.quality', 'worst-percent', 0.25)], quality, SCHOOLS).map((r) => r.school)).toEqual(['Д']);
  });

  test('schools tied at the edge are all taken', () => {
    const risks = evaluateThresholds([t('vpr.fail', 'worst-percent', 0.2)], [computed('vpr.fail', [0.3, 0.3, 0.1, 0.2, 0.2])], SCHOOLS);
    expect(risks.map((r) => r.school)).toEqual(['А', 'Б']);
  });
});

describe('the `Пороги` sheet', () => {
  test('the defaults written and read back are the same thresholds; shares are Excel percentages', () => {
    const grid = thresholdsGrid(DEFAULT_THRESHOLDS);
    expect(grid.name).toBe('Пороги');
    expect(grid.values[0]).toEqual(['Показатель', 'Сравнение', 'Значение', 'Уровень', 'Примечание']);
    expect(grid.values[1]).toEqual(['vpr.fail', '≥', 0.25, 'риск', DEFAULT_THRESHOLDS[0].note]);
    expect(grid.values.find((r) => r[1] === 'в N % худших')).toEqual(['vpr.fail', 'в N % худших', 0.1, 'внимание', expect.any(String)]);
    expect(grid.numberFormats?.get('1,2')).toBe('0%');
    expect(grid.numberFormats?.has(`${DEFAULT_THRESHOLDS.findIndex((x) => x.indicator === 'medal.unconfirmed') + 1},2`)).toBe(false);
    expect(readThresholds(grid)).toEqual({ thresholds: [...DEFAULT_THRESHOLDS], findings: [] });
  });

  test('values as a user may type them; names instead of ids; words instead of signs', () => {
    const grid = gridOf('Пороги', [
      ['Пороги риска'],
      ['Показатель', 'Сравнение', 'Значение', 'Уровень', 'Примечание'],
      ['Доля «2»', 'не менее', '30 %', 'Риск', 'текстом'],
      ['vpr.quality', 'меньше', 0.2, 'внимание', null],
      ['vpr.fail', 'в 20 % худших', null, 'внимание', null],
      ['vpr.mean', '<', '3,2', 'внимание', null],
      [],
      ['vpr.raised', '>=', 15, 'внимание', null],
    ]);
    const read = readThresholds(grid);
    expect(read.thresholds).toEqual([
      { indicator: 'vpr.fail', comparison: '≥', value: 0.3, level: 'риск', note: 'текстом' },
      { indicator: 'vpr.quality', comparison: '<', value: 0.2, level: 'внимание', note: '' },
      { indicator: 'vpr.fail', comparison: 'worst-percent', value: 0.2, level: 'внимание', note: '' },
      { indicator: 'vpr.mean', comparison: '<', value: 3.2, level: 'внимание', note: '' },
      { indicator: 'vpr.raised', comparison: '≥', value: 0.15, level: 'внимание', note: '' },
    ]);
    expect(read.findings).toEqual([
      {
        sheet: 'Пороги',
        rule: 'thresholds.percent-as-number',
        severity: 'info',
        row: 8,
        cell: 'C8',
        message: 'Лист «Пороги», ячейка C8: значение 15 понято как 15 %. Запишите его как «15 %», чтобы подсветка на листах совпадала с ОКО.',
      },
    ]);
  });

  test('bad rows: a finding each, naming the cell; the good rows still count', () => {
    const grid = gridOf('Пороги', [
      ['Показатель', 'Сравнение', 'Значение', 'Уровень', 'Примечание'],
      ['vpr.nothing', '≥', 0.25, 'риск'],
      ['vpr.fail', 'примерно', 0.25, 'риск'],
      ['vpr.fail', '≥', 'много', 'риск'],
      ['vpr.fail', '≥', null, 'риск'],
      ['vpr.fail', '≥', 0.25, 'тревога'],
      ['vpr.fail', '≥', 0.25, 'риск'],
    ]);
    const read = readThresholds(grid);
    expect(read.thresholds).toEqual([{ indicator: 'vpr.fail', comparison: '≥', value: 0.25, level: 'риск', note: '' }]);
    expect(read.findings.map((f) => [f.rule, f.cell])).toEqual([
      ['thresholds.unknown-indicator', 'A2'],
      ['thresholds.bad-comparison', 'B3'],
      ['thresholds.bad-value', 'C4'],
      ['thresholds.bad-value', 'C5'],
      ['thresholds.bad-level', 'D6'],
    ]);
    expect(read.findings[0].message).toBe('Лист «Пороги», ячейка A2: показатель «vpr.nothing» не известен ОКО. Строка не учтена; впишите код показателя (например, vpr.fail) или его название.');
    expect(read.findings[4].message).toBe('Лист «Пороги», ячейка D6: уровень «тревога» не распознан. Строка не учтена; впишите «внимание» или «риск».');
  });

  test('analyseIndicators takes the workbook’s `Пороги` sheet over the defaults', () => {
    const sheet = gridOf('Пороги', [
      ['Показатель', 'Сравнение', 'Значение', 'Уровень', 'Примечание'],
      ['vpr.fail', '≥', 0.18, 'риск', ''],
    ]);
    const a = analyseIndicators([vprGrid(SAMPLE), sheet]);
    expect(a.thresholdsFrom).toBe('sheet');
    expect(a.unrecognised).toEqual([]);
    expect(a.risks).toEqual([{ school: 'Школа Б', indicator: 'vpr.fail', value: 6 / 32, threshold: '≥ 18 %', level: 'риск', message: 'Доля «2» 18,8 % ≥ 18 %' }]);
  });

  test('a `Пороги` sheet without its header: a finding, and the defaults are used', () => {
    const a = analyseIndicators([vprGrid(SAMPLE), gridOf('пороги', [['что-то другое']])]);
    expect(a.thresholdsFrom).toBe('default');
    expect(a.findings.map((f) => [f.rule, f.cell])).toEqual([['thresholds.no-header', 'A1']]);
    expect(a.findings[0].message).toMatch(/^Лист «пороги», ячейка A1: не найдена строка заголовков таблицы порогов .*Используются пороги по умолчанию/);
  });
});

test('default thresholds refer to known indicators and say why', () => {
  for (const d of DEFAULT_THRESHOLDS) {
    expect(findIndicator(d.indicator)?.id).toBe(d.indicator);
    expect(d.note.length).toBeGreaterThan(10);
  }
  expect(DEFAULT_THRESHOLDS).toContainEqual(expect.objectContaining({ indicator: 'vpr.participation.min', comparison: '<', value: 0.9, level: 'риск' }));
  expect(DEFAULT_THRESHOLDS).toContainEqual(expect.objectContaining({ indicator: 'vpr.fail', comparison: 'worst-percent', value: 0.1 }));
});
