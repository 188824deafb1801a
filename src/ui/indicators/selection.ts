// What the «Показатели» panel offers and sends to the engine: which sheets are the user's, which
// indicators the ticked registers can give, where a school's figure is. Plain functions over the
// engine's results; the engine decides everything else.
import { a1 } from '../../core/grid';
import { IndicatorAnalysis, IndicatorInfo, RegisterInfo } from '../../core/indicators/analyse';
import { ALL_INDICATORS, findIndicator } from '../../core/indicators/catalogue';
import { readsRegister } from '../../core/indicators/formulas';
import { Register, Unrecognised } from '../../core/indicators/registers';
import { SummaryLayout } from '../../core/indicators/summary-plan';

export { usersSheets } from '../../core/own-sheets';

/** A register as the panel lists it: rowsUsed is null until the register has been read. */
export interface RegisterRow extends Register {
  rowsUsed: number | null;
}

/** What the workbook offers: registers, the other sheets and why, the indicators they give. */
export interface Discovery {
  registers: RegisterRow[];
  unrecognised: Unrecognised[];
  /** Every indicator the registers give, in catalogue order. */
  indicators: IndicatorInfo[];
}

export const discoveryOf = (a: IndicatorAnalysis): Discovery => ({ registers: a.registers, unrecognised: a.unrecognised, indicators: a.indicators });

/**
 * After a build over some registers: the registers found now, with the rows the build counted
 * (or the count known before for those not ticked), and the indicators known so far.
 */
export function afterBuild(before: Discovery | null, found: { registers: Register[]; unrecognised: Unrecognised[] }, built: IndicatorAnalysis): Discovery {
  const counted = new Map<string, RegisterInfo>(built.registers.map((r) => [r.sheet, r]));
  const known = new Map((before?.registers ?? []).map((r) => [r.sheet, r.rowsUsed]));
  const ids = new Set(built.indicators.map((i) => i.id));
  return {
    registers: found.registers.map((r) => counted.get(r.sheet) ?? { ...r, rowsUsed: known.get(r.sheet) ?? null }),
    unrecognised: found.unrecognised,
    indicators: [...(before?.indicators.filter((i) => !ids.has(i.id)) ?? []), ...built.indicators].sort((a, b) => order(a.id) - order(b.id)),
  };
}

/** Catalogue order, as the engine lists indicators. */
const order = (id: string): number => ALL_INDICATORS.findIndex((i) => i.id === id);

/** The indicators some ticked register can give, in the order found. */
export function applicable(indicators: IndicatorInfo[], registers: Register[]): IndicatorInfo[] {
  return indicators.filter((info) => {
    const ind = findIndicator(info.id);
    return ind !== undefined && registers.some((r) => readsRegister(ind, r));
  });
}

/** The cell of a school's figure of an indicator on `Сводная`, or null if it has none. */
export function summaryCell(layout: SummaryLayout, school: string, indicator: string): string | null {
  const row = layout.rows.get(school);
  const col = layout.columns.get(indicator);
  return row === undefined || col === undefined ? null : a1(row, col);
}
