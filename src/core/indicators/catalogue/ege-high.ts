import { Indicator } from '../indicator';

/** Доля 80–100 баллов: high-scoring ЕГЭ results. */
export const EGE_HIGH: Indicator = {
  id: 'ege.high',
  name: 'Доля 80–100 баллов',
  kind: 'ege',
  better: 'higher',
  format: 'percent',
  numerator: [{ field: 'high', coef: 1 }],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
