// The `Пороги` sheet: the thresholds table the methodologist edits, read back with a finding
// for every row that cannot be used, and the grid to write when the workbook has none yet.
import { a1, cellKey, CellValue, SheetGrid, valueAt } from '../grid';
import { Finding, Severity, where } from '../findings';
import { findHeader, HeaderMatch } from '../layout/header';
import { MergedView } from '../layout/merges';
import { fold } from '../text';
import { findIndicator } from './catalogue';
import type { Indicator } from './indicator';
import { parseNumberText } from './cell-number';
import { numberRu } from './format';
import type { ThresholdsLayout } from './risk-formats';
import { Comparison, RiskLevel, Threshold } from './thresholds';

export const THRESHOLDS_SHEET = 'Пороги';

export const THRESHOLDS_HEADER = ['Показатель', 'Сравнение', 'Значение', 'Уровень', 'Примечание'];

export const isThresholdsSheet = (grid: SheetGrid): boolean => fold(grid.name) === fold(THRESHOLDS_SHEET);

type ThresholdColumn = 'indicator' | 'comparison' | 'value' | 'level' | 'note';

const COLUMNS = [
  { key: 'indicator' as const, match: /^(?:показател|индикатор|id$|код показател)/ },
  { key: 'comparison' as const, match: /^(?:сравнени|услови|знак|оператор)/ },
  { key: 'value' as const, match: /^(?:значени|порог)/ },
  { key: 'level' as const, match: /^(?:уровень|уровни|степень)/ },
  { key: 'note' as const, match: /^(?:примечани|комментари|пояснени|источник|обосновани)/ },
];

/** How «в N % худших» is written in the Сравнение column (N stands in the Значение column). */
export const WORST_TEXT = 'в N % худших';

const COMPARISONS: [RegExp, Comparison][] = [
  [/^(?:≥|>=|=>|не менее|не ниже|больше или равно)$/, '≥'],
  [/^(?:≤|<=|=<|не более|не выше|меньше или равно)$/, '≤'],
  [/^(?:>|больше|выше|более)$/, '>'],
  [/^(?:<|меньше|ниже|менее)$/, '<'],
];

function parseComparison(text: string): { comparison: Comparison; share?: number } | null {
  const t = fold(text);
  if (/худш/.test(t)) {
    // «в 10 % худших» may carry its number; «в N % худших» leaves it to the Значение column.
    const m = /(\d+(?:[.,]\d+)?)\s*%/.exec(t);
    return { comparison: 'worst-percent', share: m ? Number(m[1].replace(',', '.')) / 100 : undefined };
  }
  for (const [re, c] of COMPARISONS) if (re.test(t)) return { comparison: c };
  return null;
}

export interface ThresholdsRead {
  /** null when the sheet has no thresholds header: the caller falls back to the defaults. */
  thresholds: Threshold[] | null;
  findings: Finding[];
}

const findThresholdsHeader = (grid: SheetGrid): HeaderMatch<ThresholdColumn> | null =>
  findHeader<ThresholdColumn>(new MergedView(grid), COLUMNS, { requireAll: ['indicator', 'comparison', 'value', 'level'], maxRows: 10, minLabels: 4 });

/** Where the sheet's thresholds table is, for the conditional formats that read it; null without a header. */
export function thresholdsLayout(grid: SheetGrid): ThresholdsLayout | null {
  const header = findThresholdsHeader(grid);
  if (!header) return null;
  const c = header.columns as Record<ThresholdColumn, number>;
  return { sheet: grid.name, indicator: c.indicator, comparison: c.comparison, value: c.value, level: c.level, firstRow: header.dataStart };
}

export function readThresholds(grid: SheetGrid): ThresholdsRead {
  const findings: Finding[] = [];
  const header = findThresholdsHeader(grid);
  const add = (rule: string, severity: Severity, r: number, c: number, text: string): void => {
    findings.push({ rule, severity, row: r + 1, cell: a1(r, c), message: `${where(grid.name, a1(r, c))}: ${text}`, sheet: grid.name });
  };
  if (!header) {
    add('thresholds.no-header', 'error', 0, 0, `не найдена строка заголовков таблицы порогов («${THRESHOLDS_HEADER.join('», «')}»). Используются пороги по умолчанию; верните заголовки или удалите лист, чтобы ОКО создал его заново.`);
    return { thresholds: null, findings };
  }
  const col = header.columns as Record<ThresholdColumn, number> & { note?: number };
  const thresholds: Threshold[] = [];
  const text = (r: number, c: number | undefined): string => {
    const v = c === undefined ? null : valueAt(grid, r, c);
    return v === null ? '' : String(v).trim();
  };
  for (let r = header.dataStart; r < grid.values.length; r++) {
    const cells = [col.indicator, col.comparison, col.value, col.level].map((c) => text(r, c));
    if (cells.every((t) => t === '') && text(r, col.note) === '') continue;
    const [indText, cmpText, , levelText] = cells;
    const ind = findIndicator(indText);
    if (!ind) {
      add('thresholds.unknown-indicator', 'error', r, col.indicator, `показатель «${indText}» не известен ОКО. Строка не учтена; впишите код показателя (например, vpr.fail) или его название.`);
      continue;
    }
    const cmp = parseComparison(cmpText);
    if (!cmp) {
      add('thresholds.bad-comparison', 'error', r, col.comparison, `сравнение «${cmpText}» не распознано. Строка не учтена; впишите ≥, ≤, >, < или «${WORST_TEXT}».`);
      continue;
    }
    const share = valueIsShare(cmp.comparison, ind);
    const read = readValue(grid, r, col.value, share);
    let limit: number;
    if (read.kind === 'empty' && cmp.share !== undefined) limit = cmp.share;
    else if (read.kind === 'value') {
      limit = read.value;
      if (read.guessed) {
        const shown = `${numberRu(limit * 100)} %`;
        add('thresholds.percent-as-number', 'info', r, col.value, `значение ${text(r, col.value)} понято как ${shown}. Запишите его как «${shown}», чтобы подсветка на листах совпадала с ОКО.`);
      }
    } else {
      const raw = text(r, col.value);
      add('thresholds.bad-value', 'error', r, col.value, raw === '' ? 'не указано значение порога. Строка не учтена; впишите число.' : `значение «${raw}» не является числом. Строка не учтена; впишите число${share ? ' или процент (например, 25 %)' : ''}.`);
      continue;
    }
    const level = fold(levelText) as RiskLevel;
    if (level !== 'внимание' && level !== 'риск') {
      add('thresholds.bad-level', 'error', r, col.level, `уровень «${levelText}» не распознан. Строка не учтена; впишите «внимание» или «риск».`);
      continue;
    }
    thresholds.push({ indicator: ind.id, comparison: cmp.comparison, value: limit, level, note: text(r, col.note) });
  }
  return { thresholds, findings };
}

type ValueRead = { kind: 'empty' } | { kind: 'bad' } | { kind: 'value'; value: number; guessed?: boolean };

/**
 * The Значение cell in the indicator's units. For shares: a percent-formatted cell holds the
 * share itself; «25 %» as text is 0.25; a bare number above 1 can only mean percent (a share
 * is at most 1), so it is read as one and `guessed` says so.
 */
function readValue(grid: SheetGrid, r: number, c: number, share: boolean): ValueRead {
  const v: CellValue = valueAt(grid, r, c);
  if (v === null || (typeof v === 'string' && v.trim() === '')) return { kind: 'empty' };
  let n: number;
  if (typeof v === 'number') {
    if (share && grid.numberFormats?.get(cellKey(r, c))?.includes('%')) return { kind: 'value', value: v };
    n = v;
  } else if (typeof v === 'string') {
    const t = parseNumberText(v);
    if (!t) return { kind: 'bad' };
    if (t.percent) return { kind: 'value', value: t.value / 100 };
    n = t.value;
  } else return { kind: 'bad' };
  if (share && n > 1) return { kind: 'value', value: n / 100, guessed: true };
  return { kind: 'value', value: n };
}

/** Whether a threshold's value is a share (shown as a percentage): «в N % худших», or a share indicator's. */
const valueIsShare = (comparison: Comparison, indicator: Indicator | undefined): boolean => comparison === 'worst-percent' || indicator?.format === 'percent';

export const isShareThreshold = (t: Threshold): boolean => valueIsShare(t.comparison, findIndicator(t.indicator));

/**
 * The `Пороги` sheet to write: the header and one row per threshold, shares as Excel
 * percentages (0.25 shown as 25 %) so that conditional formats can compare cells with them.
 */
export function thresholdsGrid(thresholds: readonly Threshold[]): SheetGrid {
  const values: CellValue[][] = [[...THRESHOLDS_HEADER]];
  const numberFormats = new Map<string, string>();
  thresholds.forEach((t, i) => {
    const r = i + 1;
    values.push([t.indicator, t.comparison === 'worst-percent' ? WORST_TEXT : t.comparison, t.value, t.level, t.note]);
    if (isShareThreshold(t)) {
      const percent = Math.round(t.value * 1e6) / 1e4;
      numberFormats.set(cellKey(r, 2), Number.isInteger(percent) ? '0%' : '0.0%');
    }
  });
  return { name: THRESHOLDS_SHEET, values, numberFormats, merges: [], protection: null };
}
