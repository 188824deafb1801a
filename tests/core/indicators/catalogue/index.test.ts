import { ALL_INDICATORS, CATALOGUE, findIndicator, forOge } from '../../../../src/core/indicators/catalogue';
import { NUMERIC_FIELDS } from '../../../../src/core/indicators/fields';
import { fieldsOf } from '../../../../src/core/indicators/indicator';

test('the catalogue has the 13 indicators of DOMAIN.md, in its order', () => {
  expect(CATALOGUE.map((i) => i.id)).toEqual([
    'vpr.fail',
    'vpr.quality',
    'vpr.success',
    'vpr.mean',
    'vpr.sou',
    'vpr.participation',
    'vpr.participation.min',
    'vpr.confirmed',
    'vpr.raised',
    'vpr.lowered',
    'ege.high',
    'ege.below-min',
    'medal.unconfirmed',
  ]);
  expect(new Set(ALL_INDICATORS.map((i) => i.id)).size).toBe(ALL_INDICATORS.length);
  for (const ind of CATALOGUE) {
    for (const f of fieldsOf(ind)) expect(NUMERIC_FIELDS).toContain(f);
    expect(ind.denominator.length).toBeGreaterThan(0);
  }
});

test('ВПР indicators have ОГЭ variants with their own id and name; found by id or by name', () => {
  expect(forOge(CATALOGUE[0])).toMatchObject({ id: 'oge.fail', name: 'Доля «2» (ОГЭ)', kind: 'oge' });
  expect(ALL_INDICATORS.filter((i) => i.kind === 'oge')).toHaveLength(10);
  expect(findIndicator('vpr.fail')?.id).toBe('vpr.fail');
  expect(findIndicator(' доля «2» ')?.id).toBe('vpr.fail');
  expect(findIndicator('Участие в каждой процедуре (ОГЭ)')?.id).toBe('oge.participation.min');
  expect(findIndicator('vpr.nothing')).toBeUndefined();
});
