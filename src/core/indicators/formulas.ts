// An indicator as an Excel formula over the register sheets, so that a user can click a
// figure of the summary and see where it comes from, and the figure follows the register when
// it is edited. The formula computes what evaluateIndicator() computes: pooled sums over the
// rows that have every field the indicator reads, per school or for the whole district.
//
// Plain counts become SUMIFS/COUNTIFS over whole columns (fast, and rows added under the table
// count too). Percentages turned into counts and the per-row minimum need SUMPRODUCT over the
// table's rows. Every form is one both Excel and LibreOffice evaluate without array entry.
import { columnLetters, quoteSheet } from '../grid';
import { NumericField, PERCENT_BASE, PercentableField, RegisterField } from './fields';
import { fieldsOf, Indicator, Term } from './indicator';
import { Register } from './registers';

/** Whose rows: a school (the cell holding its name, e.g. «$A5») or the whole district. */
export type Scope = { schoolCell: string } | 'district';

/** Excel's last row: whole-column ranges go down to it. */
const LAST_ROW = 1_048_576;

/** Whether the register has every field the indicator reads (a per-student mark gives participants and n2…n5). */
export function readsRegister(ind: Indicator, reg: Register): boolean {
  if (ind.kind !== reg.kind) return false;
  const perStudent = reg.columns.mark !== undefined;
  return fieldsOf(ind).every((f) => reg.columns[f] !== undefined || (perStudent && (f === 'participants' || /^n[2-5]$/.test(f))));
}

/** Whether the indicator over this register needs SUMPRODUCT (and so a bounded, clean table). */
export function needsRowFormula(ind: Indicator, reg: Register): boolean {
  return ind.combine === 'min-of-row-ratios' || fieldsOf(ind).some((f) => reg.percent[f as PercentableField] !== undefined);
}

/** A column of the register from its first data row: to the sheet's end, or to the table's end. */
function columnRange(reg: Register, field: RegisterField, bounded: boolean): string {
  const c = columnLetters(reg.columns[field] as number);
  const last = bounded ? Math.max(reg.dataEnd, reg.dataStart + 1) : LAST_ROW;
  return `${quoteSheet(reg.sheet)}!$${c}$${reg.dataStart + 1}:$${c}$${last}`;
}

/** SUMIFS/COUNTIFS criteria: the school (or any school), and every field the indicator reads filled in. */
function criteria(reg: Register, ind: Indicator, scope: Scope): string {
  const school = columnRange(reg, 'school', false);
  const parts = [school, scope === 'district' ? '"<>"' : `"="&${scope.schoolCell}`];
  for (const f of rowFields(ind, reg)) parts.push(columnRange(reg, f, false), '"<>"');
  return parts.join(',');
}

/** The register columns a row must have filled in: the indicator's fields as this table holds them. */
function rowFields(ind: Indicator, reg: Register): RegisterField[] {
  // A per-student register holds one mark per row: participants and n2…n5 all come from it.
  if (reg.columns.mark !== undefined) return ['mark'];
  return fieldsOf(ind);
}

/** Σ of one field over the scope's rows, by SUMIFS / COUNTIFS. */
function sumIfs(reg: Register, ind: Indicator, field: NumericField, scope: Scope): string {
  const crit = criteria(reg, ind, scope);
  if (reg.columns.mark !== undefined) {
    const mark = columnRange(reg, 'mark', false);
    if (field === 'participants') return `COUNTIFS(${crit},${mark},">=2",${mark},"<=5")`;
    return `COUNTIFS(${crit},${mark},${field.slice(1)})`;
  }
  return `SUMIFS(${columnRange(reg, field, false)},${crit})`;
}

/** The scope's rows as a 1/0 array, for SUMPRODUCT over the table's rows. */
function rowMask(reg: Register, ind: Indicator, scope: Scope): string {
  const school = columnRange(reg, 'school', true);
  const parts = [scope === 'district' ? `(${school}<>"")` : `(${school}=${scope.schoolCell})`];
  for (const f of rowFields(ind, reg)) parts.push(`(${columnRange(reg, f, true)}<>"")`);
  return parts.join('*');
}

/** A field's value per row as an array expression: a percentage times its base makes a count. */
function rowValues(reg: Register, field: NumericField): string {
  const scale = reg.percent[field as PercentableField];
  const range = columnRange(reg, field, true);
  if (!scale) return range;
  const base = columnRange(reg, PERCENT_BASE[field as PercentableField], true);
  return scale === 'of-100' ? `${range}*${base}/100` : `${range}*${base}`;
}

const coefficient = (t: Term): string => (t.coef === 1 ? '' : `${String(t.coef)}*`);

/** Σ coef × field over the scope's rows of one register. */
function termsSum(reg: Register, ind: Indicator, terms: Term[], scope: Scope): string {
  if (needsRowFormula(ind, reg)) {
    const mask = rowMask(reg, ind, scope);
    return terms.map((t) => `${coefficient(t)}SUMPRODUCT(${mask}*${rowValues(reg, t.field)})`).join('+');
  }
  return terms.map((t) => `${coefficient(t)}${sumIfs(reg, ind, t.field, scope)}`).join('+');
}

/** The smallest numerator / denominator of a single row (rows with a zero denominator skipped). */
function rowMinimum(reg: Register, ind: Indicator, scope: Scope): string {
  const mask = `${rowMask(reg, ind, scope)}*(${termsRows(reg, ind.denominator)}>0)`;
  const den = termsRows(reg, ind.denominator);
  // Rows outside the scope get 9E+99, so MIN sees only the scope's rows; a zero denominator is
  // replaced by 1 before dividing (its row is masked out anyway) so that no #DIV/0! appears.
  return `SUMPRODUCT(MIN(${mask}*(${termsRows(reg, ind.numerator)})/(${den}+(${den}=0))+(1-${mask})*9E+99))`;
}

const termsRows = (reg: Register, terms: Term[]): string => terms.map((t) => `${coefficient(t)}${rowValues(reg, t.field)}`).join('+');

/**
 * The indicator's formula (with «=») for a school or the district, over the registers it
 * applies to; "" when there is nothing to divide by, as the engine leaves such cells empty.
 * (Not IFERROR: a register sheet renamed later must show #REF!, not a quiet empty cell.)
 */
export function indicatorFormula(ind: Indicator, registers: readonly Register[], scope: Scope): string {
  if (ind.combine === 'min-of-row-ratios') {
    const mins = registers.map((r) => rowMinimum(r, ind, scope));
    const m = mins.length === 1 ? mins[0] : `MIN(${mins.join(',')})`;
    return `=IF(${m}>1E+98,"",${m})`;
  }
  const num = registers.map((r) => termsSum(r, ind, ind.numerator, scope)).join('+');
  const den = registers.map((r) => termsSum(r, ind, ind.denominator, scope)).join('+');
  return `=IF((${den})=0,"",${ind.combine === 'one-minus-ratio' ? '1-' : ''}(${num})/(${den}))`;
}
