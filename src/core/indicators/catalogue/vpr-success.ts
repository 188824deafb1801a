import { Indicator } from '../indicator';

/** Успеваемость: the share of «3», «4» and «5». */
export const VPR_SUCCESS: Indicator = {
  id: 'vpr.success',
  name: 'Успеваемость',
  kind: 'vpr',
  better: 'higher',
  format: 'percent',
  numerator: [
    { field: 'n3', coef: 1 },
    { field: 'n4', coef: 1 },
    { field: 'n5', coef: 1 },
  ],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
