import { Indicator } from '../indicator';

/** Качество знаний: the share of «4» and «5». */
export const VPR_QUALITY: Indicator = {
  id: 'vpr.quality',
  name: 'Качество знаний (доля «4» и «5»)',
  kind: 'vpr',
  better: 'higher',
  format: 'percent',
  numerator: [
    { field: 'n4', coef: 1 },
    { field: 'n5', coef: 1 },
  ],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
