// What the .xlsx file format adds to the engine's cell rules (core/plan-cells.ts), for both
// writers of .xlsx files: the formula's stored form and the quoted list of a drop-down.
import { listValuesKept } from '../../core/plan-cells';

/**
 * A formula as the file stores it: without its «=», and functions newer than Excel 2007 under
 * their «_xlfn.» name (Excel shows #NAME? for a bare RANK.EQ read from a file; Office.js and
 * the formula bar take the plain name).
 */
export const fileFormula = (f: string): string => f.replace(/^=/, '').replace(/(^|[^.\w])(RANK\.EQ)\(/g, '$1_xlfn.$2(');

export const listFormula = (values: string[]): string => `"${listValuesKept(values).join(',')}"`;
