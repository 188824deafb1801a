// A plan table's rows as an array, to index in assertions (a plan may hold them as any Listing).
import { PlanSheet, PlanValue } from '../../src/core/plan';

export const rowsOf = (sheet: PlanSheet): PlanValue[][] => [...sheet.table.rows];
