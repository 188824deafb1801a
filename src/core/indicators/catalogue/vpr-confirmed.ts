import { Indicator } from '../indicator';

/** Подтвердили отметку по журналу: a low share is a sign of biased marking. */
export const VPR_CONFIRMED: Indicator = {
  id: 'vpr.confirmed',
  name: 'Подтвердили отметку по журналу',
  kind: 'vpr',
  better: 'higher',
  format: 'percent',
  numerator: [{ field: 'confirmed', coef: 1 }],
  denominator: [
    { field: 'lowered', coef: 1 },
    { field: 'confirmed', coef: 1 },
    { field: 'raised', coef: 1 },
  ],
  combine: 'ratio',
};
