import { Indicator } from '../indicator';

/**
 * Участие в каждой процедуре: the lowest participants / enrolled of any single row (class ×
 * subject) — the seed's criterion is «Не менее 90% в каждой процедуре», not on average.
 */
export const VPR_PARTICIPATION_MIN: Indicator = {
  id: 'vpr.participation.min',
  name: 'Участие в каждой процедуре',
  kind: 'vpr',
  better: 'higher',
  format: 'percent',
  numerator: [{ field: 'participants', coef: 1 }],
  denominator: [{ field: 'enrolled', coef: 1 }],
  rowFilter: ['enrolled'],
  combine: 'min-of-row-ratios',
};
