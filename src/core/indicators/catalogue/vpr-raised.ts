import { Indicator } from '../indicator';

/** Повысили: the work's mark above the journal's; a high share is a sign of biased results. */
export const VPR_RAISED: Indicator = {
  id: 'vpr.raised',
  name: 'Повысили',
  kind: 'vpr',
  better: 'lower',
  format: 'percent',
  numerator: [{ field: 'raised', coef: 1 }],
  denominator: [
    { field: 'lowered', coef: 1 },
    { field: 'confirmed', coef: 1 },
    { field: 'raised', coef: 1 },
  ],
  combine: 'ratio',
};
