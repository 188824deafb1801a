import { Indicator } from '../indicator';

/** Доля участников: participants over enrolled, only rows whose «По списку» is filled in. */
export const VPR_PARTICIPATION: Indicator = {
  id: 'vpr.participation',
  name: 'Доля участников',
  kind: 'vpr',
  better: 'higher',
  format: 'percent',
  numerator: [{ field: 'participants', coef: 1 }],
  denominator: [{ field: 'enrolled', coef: 1 }],
  rowFilter: ['enrolled'],
  combine: 'ratio',
};
