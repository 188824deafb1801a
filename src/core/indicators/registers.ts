// Finds result registers (ВПР, ОГЭ, ЕГЭ, medalists) on any sheet by their headers, below any
// title rows, and says for every other sheet why it is not one. Reads no data rows beyond
// what it needs to find where the table ends and how its percentages are written.
import { cellKey, colCount, isBlankRow, SheetGrid } from '../grid';
import { findHeader, HeaderMatch, isColumnNumbering } from '../layout/header';
import { MergedView } from '../layout/merges';
import { fold } from '../text';
import { ColumnKey, EGE_COLUMNS, MEDAL_COLUMNS, VPR_COLUMNS } from './columns';
import { FIELD_RU, MARK_FIELDS, PERCENT_BASE, PercentableField, RegisterField, RegisterKind } from './fields';

/**
 * How a percentage column is written: 'of-100' holds 27.4 for 27,4 %; 'of-1' holds 0.274
 * (an Excel percentage cell). The count is pct / 100 × base, or pct × base.
 */
export type PercentScale = 'of-100' | 'of-1';

export interface Register {
  sheet: string;
  kind: RegisterKind;
  /** 0-based row of the header (the lower row of a two-row header). */
  headerRow: number;
  /** 0-based first data row. */
  dataStart: number;
  /** 0-based row after the data: the first empty row, an «Итого»/«Всего» row, or the sheet's end. */
  dataEnd: number;
  /** 0-based column of each field found. */
  columns: Partial<Record<RegisterField, number>>;
  /** Fields the table gives as percentages (of PERCENT_BASE[field]); counts are computed from them. */
  percent: Partial<Record<PercentableField, PercentScale>>;
  /** Header text of each field's column, as written. */
  labels: Partial<Record<RegisterField, string>>;
  /** What reading does beyond summing columns (percentages turned into counts…), in Russian. */
  notes: string[];
}

export interface Unrecognised {
  sheet: string;
  /** Why the sheet is not read as a register, in Russian. */
  reason: string;
}

export interface FoundRegisters {
  registers: Register[];
  unrecognised: Unrecognised[];
}

type Family = 'vpr' | 'ege' | 'medal';

interface Candidate {
  family: Family;
  match: HeaderMatch<ColumnKey>;
  score: number;
}

const FAMILIES: { family: Family; specs: typeof VPR_COLUMNS; anchors: ColumnKey[] }[] = [
  { family: 'vpr', specs: VPR_COLUMNS, anchors: ['n2', 'n3', 'n4', 'n5', 'n2%', 'n3%', 'n4%', 'n5%', 'mark'] },
  { family: 'ege', specs: EGE_COLUMNS, anchors: ['belowMin', 'belowMin%', 'high', 'high%', 'meanScore'] },
  { family: 'medal', specs: MEDAL_COLUMNS, anchors: ['candidates', 'medalConfirmed', 'medalConfirmed%'] },
];

/** Rows searched for a header: title rows, a two-row header and a numbering row fit well within. */
const HEAD_ROWS = 45;

const NOT_FOUND =
  'не найдена строка заголовков таблицы результатов: ожидаются столбцы «ОО», «Участников» и отметки «2», «3», «4», «5» (ВПР, ОГЭ), ' +
  'или «Не преодолели минимальный порог» / «80–100 баллов» (ЕГЭ), или «Претенденты» и «Подтвердили» (медалисты)';

/** Every register among the sheets, and why each other sheet is not one. */
export function findRegisters(grids: SheetGrid[]): FoundRegisters {
  const registers: Register[] = [];
  const unrecognised: Unrecognised[] = [];
  for (const grid of grids) {
    const r = recogniseRegister(grid);
    if ('reason' in r) unrecognised.push({ sheet: grid.name, reason: r.reason });
    else registers.push(r);
  }
  return { registers, unrecognised };
}

/** The sheet's register, or why it has none. */
export function recogniseRegister(grid: SheetGrid): Register | { reason: string } {
  if (grid.values.every((_row, r) => isBlankRow(grid, r))) return { reason: 'лист пуст' };
  const view = new MergedView(grid);
  // The header is near the top: look for it in the first rows only, not across a million.
  const head = new MergedView({ ...grid, values: grid.values.slice(0, HEAD_ROWS) });
  const width = colCount(head.grid);
  const candidates: Candidate[] = [];
  for (const f of FAMILIES) {
    const match = findHeader(head, f.specs, { requireAll: [], requireAny: f.anchors, minLabels: 2, maxRows: HEAD_ROWS - 5 });
    if (!match || !looksLikeHeader(f.family, match.columns) || isColumnNumbering(head, match.row, width)) continue;
    candidates.push({ family: f.family, match, score: Object.keys(match.columns).length });
  }
  if (candidates.length === 0) return { reason: NOT_FOUND };
  // More columns first; then the higher header (data rows rarely look like one); then FAMILIES order.
  candidates.sort((a, b) => b.score - a.score || a.match.row - b.match.row);
  let reason: string | null = null;
  for (const c of candidates) {
    const r = build(grid, view, c);
    if (!('reason' in r)) return r;
    reason ??= r.reason;
  }
  return { reason: reason ?? NOT_FOUND };
}

/**
 * Enough of a family's columns to be its header, not a data row that happens to hold a «5»
 * or a roadmap's «Подтверждающий документ»: two mark columns beside a school, participants,
 * class or subject column (or a per-student mark beside a school), two ЕГЭ result columns or
 * one with participants, medal candidates.
 */
function looksLikeHeader(family: Family, cols: Partial<Record<ColumnKey, number>>): boolean {
  const has = (k: ColumnKey): boolean => cols[k] !== undefined;
  if (family === 'vpr') {
    const marks = MARK_FIELDS.filter((f) => has(f) || has(`${f}%`)).length;
    return (marks >= 2 && (['school', 'participants', 'class', 'subject'] as ColumnKey[]).some(has)) || (has('mark') && has('school'));
  }
  if (family === 'ege') {
    const results = (['belowMin', 'belowMin%', 'high', 'high%', 'meanScore'] as ColumnKey[]).filter(has).length;
    return results >= 2 || (results === 1 && has('participants'));
  }
  return has('candidates');
}

const quoted = (fields: RegisterField[]): string => fields.map((f) => `«${FIELD_RU[f]}»`).join(', ');

function build(grid: SheetGrid, view: MergedView, c: Candidate): Register | { reason: string } {
  const found = c.match.columns;
  const columns: Partial<Record<RegisterField, number>> = {};
  const labels: Partial<Record<RegisterField, string>> = {};
  const percentCols: Partial<Record<PercentableField, number>> = {};
  // A count column wins over a percentage column of the same field.
  for (const [key, col] of Object.entries(found) as [ColumnKey, number][]) {
    if (key.endsWith('%')) continue;
    columns[key as RegisterField] = col;
  }
  for (const [key, col] of Object.entries(found) as [ColumnKey, number][]) {
    if (!key.endsWith('%')) continue;
    const field = key.slice(0, -1) as PercentableField;
    if (columns[field] !== undefined) continue;
    columns[field] = col;
    percentCols[field] = col;
  }
  for (const [field, col] of Object.entries(columns) as [RegisterField, number][]) labels[field] = c.match.labels.get(col) ?? '';
  const has = (f: RegisterField): boolean => columns[f] !== undefined;

  let kind: RegisterKind = c.family;
  const notes: string[] = [];
  if (c.family === 'vpr') {
    const missingMarks = MARK_FIELDS.filter((f) => !has(f));
    if (missingMarks.length > 0) {
      if (!has('mark')) {
        if (missingMarks.length === MARK_FIELDS.length) return { reason: NOT_FOUND };
        return { reason: `в таблице отметок нет столбцов ${quoted(missingMarks)}; нужны все четыре: «2», «3», «4», «5»` };
      }
      for (const f of MARK_FIELDS) {
        delete columns[f];
        delete labels[f];
        delete percentCols[f];
      }
    } else {
      delete columns.mark;
      delete labels.mark;
    }
    const marksInPercent = MARK_FIELDS.some((f) => percentCols[f] !== undefined);
    const mixed = marksInPercent && MARK_FIELDS.some((f) => percentCols[f] === undefined) && !has('mark');
    if (mixed) return { reason: 'столбцы отметок «2»–«5» записаны по-разному: одни в количествах, другие в процентах; приведите их к одному виду' };
    if (!has('mark') && !has('participants')) {
      if (!has('school')) return { reason: NOT_FOUND };
      return { reason: 'в таблице отметок нет столбца «Участников» (или «Выполняли работу»): без него не из чего считать доли' };
    }
    if (has('mark')) notes.push('По строке на участника: каждая строка с отметкой — один участник и одна отметка «2»–«5».');
    kind = mentionsOge(grid, view, c.match.row) ? 'oge' : 'vpr';
  } else if (c.family === 'ege') {
    if (!has('participants')) return { reason: 'в таблице ЕГЭ нет столбца «Участников»: без него не из чего считать доли' };
  } else if (!has('candidates') || !has('medalConfirmed')) {
    const missing = (['candidates', 'medalConfirmed'] as RegisterField[]).filter((f) => !has(f));
    return { reason: `в таблице медалистов нет столбца ${quoted(missing)}` };
  }

  const percent: Partial<Record<PercentableField, PercentScale>> = {};
  const dataEnd = dataEndOf(grid, view, c.match.dataStart, columns);
  const fractions = marksAreFractions(grid, c.match.dataStart, dataEnd, percentCols);
  for (const [field, col] of Object.entries(percentCols) as [PercentableField, number][]) {
    if (!has(PERCENT_BASE[field])) return { reason: `столбец «${labels[field]}» дан в процентах, но нет столбца ${quoted([PERCENT_BASE[field]])}, от которого они считаются` };
    percent[field] = fractions || hasPercentFormat(grid, c.match.dataStart, dataEnd, col) ? 'of-1' : 'of-100';
  }
  notes.push(...percentNotes(percent));
  return { sheet: grid.name, kind, headerRow: c.match.row, dataStart: c.match.dataStart, dataEnd, columns, percent, labels, notes };
}

/** «ОГЭ» in the sheet's name or in the title rows above the header. */
function mentionsOge(grid: SheetGrid, view: MergedView, headerRow: number): boolean {
  const OGE = /(?:^|[^а-я])(?:огэ|гиа-9|гиа 9)(?:[^а-я]|$)/;
  if (OGE.test(fold(grid.name))) return true;
  for (let r = 0; r < headerRow; r++) {
    const row = grid.values[r] ?? [];
    for (let col = 0; col < row.length; col++) if (OGE.test(fold(view.ownText(r, col)))) return true;
  }
  return false;
}

const TOTAL = /^(?:итого|всего|в среднем|среднее по|по району|по муниципалитету|по округу)(?:[^а-я]|$)/;
/** Whether a cell could start a TOTAL word (и, в, с, п in either case, or white space), without making a string. */
function mayBeTotal(v: string): boolean {
  const first = v.charCodeAt(0);
  const c = first >= 0x410 && first <= 0x42f ? first + 0x20 : first; // А–Я → а–я
  return c === 0x438 || c === 0x432 || c === 0x441 || c === 0x43f || first <= 0x20 || first === 0xa0;
}

function isTotalCell(v: unknown): boolean {
  return typeof v === 'string' && v.length > 0 && mayBeTotal(v) && TOTAL.test(fold(v));
}

/**
 * Where the data stops: the first fully empty row or a totals row («Итого», «Всего по району»
 * in the first column or the school's). Runs over every row, so a row with a school name is
 * known not to be empty without looking at its other cells.
 */
function dataEndOf(grid: SheetGrid, view: MergedView, start: number, columns: Partial<Record<RegisterField, number>>): number {
  const schoolCol = columns.school ?? 0;
  const merged = grid.merges.length > 0;
  const values = grid.values;
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    const name = row[schoolCol];
    if (isTotalCell(merged && (name === null || name === undefined) ? view.value(r, schoolCol) : name)) return r;
    if (schoolCol !== 0 && isTotalCell(merged ? view.value(r, 0) : row[0])) return r;
    if (!(typeof name === 'number' || (typeof name === 'string' && name.trim() !== '')) && isBlankRow(grid, r)) return r;
  }
  return values.length;
}

const SAMPLE_ROWS = 50;

/** Whether the first numbers of a column are Excel percentages (0,274 shown as 27,4 %). */
function hasPercentFormat(grid: SheetGrid, start: number, end: number, col: number): boolean {
  if (!grid.numberFormats || grid.numberFormats.size === 0) return false;
  let seen = 0;
  for (let r = start; r < end && seen < SAMPLE_ROWS; r++) {
    if (typeof grid.values[r]?.[col] !== 'number') continue;
    seen++;
    if (grid.numberFormats.get(cellKey(r, col))?.includes('%')) return true;
  }
  return false;
}

/**
 * Mark percentages without a percent format: they add up to 100 in a row when written as
 * 27,4 and to 1 when written as 0,274. Only fractions in every sampled row mean fractions.
 */
function marksAreFractions(grid: SheetGrid, start: number, end: number, percentCols: Partial<Record<PercentableField, number>>): boolean {
  const cols = MARK_FIELDS.map((f) => percentCols[f]);
  if (cols.some((c) => c === undefined)) return false;
  let seen = 0;
  for (let r = start; r < end && seen < SAMPLE_ROWS; r++) {
    const row = grid.values[r] ?? [];
    let sum = 0;
    for (const c of cols) {
      const v = row[c as number];
      if (typeof v !== 'number') {
        sum = NaN;
        break;
      }
      sum += v;
    }
    if (Number.isNaN(sum)) continue;
    seen++;
    if (sum > 1.1) return false;
    if (sum < 0.9) return false;
  }
  return seen > 0;
}

function percentNotes(percent: Partial<Record<PercentableField, PercentScale>>): string[] {
  const groups = new Map<string, PercentableField[]>();
  for (const [field, scale] of Object.entries(percent) as [PercentableField, PercentScale][]) {
    const key = `${PERCENT_BASE[field]}|${scale}`;
    groups.set(key, [...(groups.get(key) ?? []), field]);
  }
  return [...groups].map(([key, fields]) => {
    const [base, scale] = key.split('|') as [RegisterField, PercentScale];
    const formula = scale === 'of-100' ? `% / 100 × «${FIELD_RU[base]}»` : `доля × «${FIELD_RU[base]}» (ячейки в процентном формате Excel)`;
    return `Столбцы ${quoted(fields)} даны в процентах; количества вычислены как ${formula}.`;
  });
}

