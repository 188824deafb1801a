import { Indicator } from '../indicator';

/** Не преодолели минимальный порог ЕГЭ. */
export const EGE_BELOW_MIN: Indicator = {
  id: 'ege.below-min',
  name: 'Не преодолели минимальный порог',
  kind: 'ege',
  better: 'lower',
  format: 'percent',
  numerator: [{ field: 'belowMin', coef: 1 }],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
