import { Indicator } from '../indicator';

/**
 * Индекс неподтверждения медалистов: 1 − confirmed / candidates. The seed programme measures
 * it in units («Ед.»), so it is shown as a number (0,25), not as a percentage.
 */
export const MEDAL_UNCONFIRMED: Indicator = {
  id: 'medal.unconfirmed',
  name: 'Индекс неподтверждения медалистов',
  kind: 'medal',
  better: 'lower',
  format: 'number',
  numerator: [{ field: 'medalConfirmed', coef: 1 }],
  denominator: [{ field: 'candidates', coef: 1 }],
  combine: 'one-minus-ratio',
};
