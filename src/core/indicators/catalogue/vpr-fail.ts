import { Indicator } from '../indicator';

/** Доля «2»: the share of participants who failed the work — the first sign of low results. */
export const VPR_FAIL: Indicator = {
  id: 'vpr.fail',
  name: 'Доля «2»',
  kind: 'vpr',
  better: 'lower',
  format: 'percent',
  numerator: [{ field: 'n2', coef: 1 }],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
