import { Indicator } from '../indicator';

/** СОУ, степень обученности учащихся (В. П. Симонов): «5» weighs 1, «4» 0,64, «3» 0,36, «2» 0,16. */
export const VPR_SOU: Indicator = {
  id: 'vpr.sou',
  name: 'СОУ',
  kind: 'vpr',
  better: 'higher',
  format: 'percent',
  numerator: [
    { field: 'n2', coef: 0.16 },
    { field: 'n3', coef: 0.36 },
    { field: 'n4', coef: 0.64 },
    { field: 'n5', coef: 1 },
  ],
  denominator: [{ field: 'participants', coef: 1 }],
  combine: 'ratio',
};
