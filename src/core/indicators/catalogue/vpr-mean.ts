import { Indicator } from '../indicator';

/** Средняя отметка: Σ(2n2 + 3n3 + 4n4 + 5n5) / ΣN. */
export const VPR_MEAN: Indicator = {
  id: 'vpr.mean',
  name: 'Средняя отметка',
  kind: 'vpr',
  better: 'higher',
  format: 'number',
  numerator: [
    { field: 'n2', coef: 2 },
    { field: 'n3', coef: 3 },
    { field: 'n4', coef: 4 },
    { field: 'n5', coef: 5 },
  ],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
