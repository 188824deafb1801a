import { Indicator } from '../indicator';

/** Понизили: the work's mark below the journal's (journal marks higher than the work shows). */
export const VPR_LOWERED: Indicator = {
  id: 'vpr.lowered',
  name: 'Понизили',
  kind: 'vpr',
  better: 'lower',
  format: 'percent',
  numerator: [{ field: 'lowered', coef: 1 }],
  denominator: [
    { field: 'lowered', coef: 1 },
    { field: 'confirmed', coef: 1 },
    { field: 'raised', coef: 1 },
  ],
  combine: 'ratio',
};
