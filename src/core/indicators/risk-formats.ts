// Conditional formats that colour a school's figure when it crosses a threshold of the
// `Пороги` table. The formulas read that table, so editing a threshold re-colours the summary
// with no add-in running. One rule per indicator column and level, never one per cell.
import { a1, columnLetters, quoteSheet } from '../grid';
import { PlanConditionalFormat } from '../plan';
import { Indicator } from './indicator';
import { RiskLevel } from './thresholds';

/** Where the thresholds table's columns are: 0-based columns, 0-based first data row. */
export interface ThresholdsLayout {
  sheet: string;
  indicator: number;
  comparison: number;
  value: number;
  level: number;
  firstRow: number;
}

/** Rows of the thresholds table the formulas look at: room for what users add. */
const THRESHOLD_ROWS = 500;

export const RISK_COLOURS: Record<RiskLevel, { fill: string; font: string }> = {
  риск: { fill: '#FFC7CE', font: '#9C0006' },
  внимание: { fill: '#FFEB9C', font: '#9C5700' },
};

/** The figures of one indicator: a column of the summary table, 0-based rows. */
export interface FigureColumn {
  col: number;
  top: number;
  bottom: number;
}

/**
 * TRUE when the figure in `cell` crosses a threshold of this indicator and level. The same
 * formula the conditional format holds, written for any cell of the column (so that a test can
 * put it into cells and let a spreadsheet evaluate it).
 */
export function crossesFormula(ind: Indicator, level: RiskLevel, t: ThresholdsLayout, fig: FigureColumn, cell: string): string {
  const col = (c: number): string => {
    const l = columnLetters(c);
    return `${quoteSheet(t.sheet)}!$${l}$${t.firstRow + 1}:$${l}$${t.firstRow + THRESHOLD_ROWS}`;
  };
  const [id, cmp, val, lvl] = [col(t.indicator), col(t.comparison), col(t.value), col(t.level)];
  const letters = columnLetters(fig.col);
  const figures = `${letters}$${fig.top + 1}:${letters}$${fig.bottom + 1}`;
  // «в N % худших»: the place counted from the worst end is within ceil(N % × schools with a figure).
  const fromWorst = `IF(ISNUMBER(${cell}),RANK.EQ(${cell},${figures},${ind.better === 'lower' ? 0 : 1}),1E+9)`;
  const tests = [
    `((${cmp}="≥")+(${cmp}=">="))*(${cell}>=${val})`,
    `((${cmp}="≤")+(${cmp}="<="))*(${cell}<=${val})`,
    `(${cmp}=">")*(${cell}>${val})`,
    `(${cmp}="<")*(${cell}<${val})`,
    `ISNUMBER(SEARCH("худш",${cmp}))*(${fromWorst}<=ROUNDUP(${val}*COUNT(${figures})-1E-9,0))`,
  ];
  return `=SUMPRODUCT((${id}="${ind.id}")*(${lvl}="${level}")*ISNUMBER(${cell})*(${tests.join('+')}))>0`;
}

/** The two rules of a figure column: «риск» first, so that it wins where both apply. */
export function riskFormats(ind: Indicator, t: ThresholdsLayout, fig: FigureColumn): PlanConditionalFormat[] {
  const first = a1(fig.top, fig.col);
  const range = `${first}:${a1(fig.bottom, fig.col)}`;
  return (['риск', 'внимание'] as RiskLevel[]).map((level) => ({ range, formula: crossesFormula(ind, level, t, fig, first), ...RISK_COLOURS[level] }));
}
