// Checks a filled copy against its template, in place: finds each sheet (by name, or by its
// locked text when a school renamed it), each row of locked text (where rows were inserted or
// deleted, its new place; columns too, see column-shift.ts), reads every input there and says, in Russian and naming sheet and
// cell, what is missing, invalid or out of range and which locked cells were changed.
import { a1, CellValue, columnLetters, quoteSheet, SheetGrid, textAt, valueAt } from '../grid';
import { where } from '../findings';
import { MergeIndex } from '../layout/merges';
import { fold } from '../text';
import { ColumnMap, mapColumns, SAME_COLUMNS } from './column-shift';
import { followShifts } from './follow-shifts';
import { LockedCell, SAVED_TEMPLATE_SHEET, TemplateDescription, TemplateField, TemplateSheet, TemplateTable, ValueRule } from './description';
import { allowed, Normalised, readValue, shown, ValueIssue } from './values';

export type ProblemId =
  | 'value.missing'
  | 'value.invalid'
  | 'value.percent-as-number'
  | 'template.locked-changed'
  | 'template.layout-changed'
  | 'template.sheet-renamed'
  | 'school.duplicate'
  | 'file.unreadable'
  | 'file.unsupported-format'
  | 'procedure.participation-below-criterion';

export type ProblemSeverity = 'error' | 'warning';

export const PROBLEM_SEVERITY: Record<ProblemId, ProblemSeverity> = {
  'value.missing': 'error',
  'value.invalid': 'error',
  'value.percent-as-number': 'warning',
  'template.locked-changed': 'warning',
  'template.layout-changed': 'warning',
  'template.sheet-renamed': 'warning',
  'school.duplicate': 'error',
  'file.unreadable': 'error',
  'file.unsupported-format': 'error',
  'procedure.participation-below-criterion': 'warning',
};

export interface TemplateProblem {
  problem: ProblemId;
  /** The sheet and cell in the school's file (null for the file as a whole). */
  sheet: string | null;
  cell: string | null;
  message: string;
  /** The field or table column the problem is about. */
  field?: string;
}

export interface TableRecord {
  table: string;
  /** 1-based row in the school's file. */
  row: number;
  values: Record<string, Normalised>;
  sources: Record<string, string>;
}

export interface FilledReport {
  values: Record<string, Normalised>;
  /** «'Отчёт ОО'!D8»: where each value was read. */
  sources: Record<string, string>;
  records: TableRecord[];
  problems: TemplateProblem[];
  /** The school's name as filled in (the template's school field), or null. */
  school: string | null;
}

/** At most this many changed locked cells are listed per sheet; then one line says how many more. */
const LOCKED_CHANGES_LISTED = 20;
/** How far (in rows) a row of locked text is looked for from where it should be. */
const MAX_SHIFT = 2000;

const cellText = (grid: SheetGrid, merges: MergeIndex, row: number, col: number): string => {
  const m = merges.at(row, col);
  return m ? textAt(grid, m.top, m.left) : textAt(grid, row, col);
};

const quote = (t: string): string => `«${t.length > 60 ? `${t.slice(0, 57)}…` : t}»`;

function matchSheets(template: TemplateDescription, grids: SheetGrid[], problems: TemplateProblem[]): Map<string, SheetGrid | null> {
  const out = new Map<string, SheetGrid | null>();
  const used = new Set<SheetGrid>();
  for (const ts of template.sheets) {
    const g = grids.find((x) => x.name === ts.name) ?? grids.find((x) => fold(x.name) === fold(ts.name) && !template.sheets.some((o) => o.name === x.name));
    if (g && !used.has(g)) {
      out.set(ts.name, g);
      used.add(g);
    }
  }
  for (const ts of template.sheets) {
    if (out.has(ts.name)) continue;
    // A renamed sheet: the unclaimed sheet that holds most of this sheet's locked texts.
    let best: { grid: SheetGrid; score: number } | null = null;
    for (const g of grids) {
      if (used.has(g)) continue;
      const texts = new Set<string>();
      for (const line of g.values) for (const v of line) if (typeof v === 'string') texts.add(fold(v));
      const found = ts.locked.filter((l) => texts.has(fold(l.text))).length;
      const score = ts.locked.length ? found / ts.locked.length : 0;
      if (score >= 0.5 && (!best || score > best.score)) best = { grid: g, score };
    }
    if (best) {
      out.set(ts.name, best.grid);
      used.add(best.grid);
      problems.push({
        problem: 'template.sheet-renamed',
        sheet: best.grid.name,
        cell: null,
        message: `Лист «${ts.name}» переименован в «${best.grid.name}». Данные прочитаны; в следующий раз не переименовывайте листы шаблона.`,
      });
    } else {
      out.set(ts.name, null);
      problems.push({
        problem: 'template.layout-changed',
        sheet: null,
        cell: null,
        message: `В файле нет листа «${ts.name}» из шаблона (листы файла: ${grids.map((g) => `«${g.name}»`).join(', ') || 'нет'}). Его значения не прочитаны: заполните лист шаблона.`,
      });
    }
  }
  return out;
}

/** Where a template cell is in the school's sheet, and what the school changed to the template's layout. */
interface Layout {
  row(templateRow: number): number;
  col(templateCol: number): number;
  /** Locked cells whose text is not where it should be, even with the rows and columns followed. */
  changed: number;
  problems: TemplateProblem[];
}

/** Template row → row in the school's sheet, for every template row that has locked text, with the columns where `cols` puts them. */
function mapRows(ts: TemplateSheet, grid: SheetGrid, merges: MergeIndex, cols: ColumnMap): Layout {
  const problems: TemplateProblem[] = [];
  const byRow = new Map<number, LockedCell[]>();
  for (const l of ts.locked) {
    const list = byRow.get(l.row);
    if (list) list.push(l);
    else byRow.set(l.row, [l]);
  }
  const rows = [...byRow.keys()].sort((a, b) => a - b);
  const folded = new Map<LockedCell, string>();
  for (const l of ts.locked) folded.set(l, fold(l.text));
  const matches = (cells: LockedCell[], r: number): number => {
    let n = 0;
    for (const l of cells) if (fold(cellText(grid, merges, r, cols.of(l.col))) === folded.get(l)) n++;
    return n;
  };
  const mapped = new Map<number, number>();
  const last = grid.values.length - 1;
  let delta = 0;
  let floor = 0;
  let firstShift: { from: number; to: number; text: string; col: number } | null = null;
  const changed: { cell: string; was: string; now: string }[] = [];
  for (const R of rows) {
    const cells = byRow.get(R) as LockedCell[];
    const expected = R + delta;
    let found = -1;
    if (expected >= floor && matches(cells, expected) === cells.length) found = expected;
    for (let k = 1; found < 0 && k <= MAX_SHIFT; k++) {
      const down = expected + k;
      const up = expected - k;
      if (down > last && up < floor) break;
      if (down <= last && matches(cells, down) === cells.length) found = down;
      else if (up >= floor && matches(cells, up) === cells.length) found = up;
    }
    if (found < 0) {
      // Edited text: the row where most of it still is, near where it should be; else where it should be.
      let best = -1;
      let bestN = 0;
      for (let r = Math.max(floor, expected - 3); r <= Math.min(last, expected + 3); r++) {
        const n = matches(cells, r);
        if (n * 2 >= cells.length && n > bestN) [best, bestN] = [r, n];
      }
      found = best >= 0 ? best : Math.max(expected, floor);
      for (const l of cells) {
        const now = cellText(grid, merges, found, cols.of(l.col));
        if (fold(now) !== folded.get(l)) changed.push({ cell: a1(found, cols.of(l.col)), was: l.text, now });
      }
    }
    if (found !== R && !firstShift) firstShift = { from: R, to: found, text: cells[0].text, col: cols.of(cells[0].col) };
    delta = found - R;
    floor = found + 1;
    mapped.set(R, found);
  }
  if (firstShift) {
    const how = firstShift.to > firstShift.from ? 'вставлены строки' : 'удалены строки';
    // The cell where the text now is: selecting it shows the school what moved.
    const cell = a1(firstShift.to, firstShift.col);
    problems.push({
      problem: 'template.layout-changed',
      sheet: grid.name,
      cell,
      message: `${where(grid.name, cell)}: в шаблоне ${how}: ${quote(firstShift.text)} была в строке ${firstShift.from + 1}, теперь в строке ${firstShift.to + 1}. Значения найдены по подписям; не меняйте строки шаблона.`,
    });
  }
  // The nearest row of locked text at or above carries its shift down to a row.
  const rowOf = followShifts(mapped);
  if (cols.shifted) {
    const { from, to, locked } = cols.shifted;
    const how = to > from ? 'вставлены столбцы' : 'удалены столбцы';
    const cell = a1(rowOf(locked.row), to);
    const text = locked.text;
    problems.push({
      problem: 'template.layout-changed',
      sheet: grid.name,
      cell,
      message: `${where(grid.name, cell)}: в шаблоне ${how}: ${quote(text)} был в столбце ${columnLetters(from)}, теперь в столбце ${columnLetters(to)}. Значения найдены по подписям; не меняйте столбцы шаблона.`,
    });
  }
  changed.slice(0, LOCKED_CHANGES_LISTED).forEach((c) =>
    problems.push({
      problem: 'template.locked-changed',
      sheet: grid.name,
      cell: c.cell,
      message: `${where(grid.name, c.cell)}: изменена защищённая ячейка шаблона: было ${quote(c.was)}, стало ${c.now === '' ? 'пусто' : quote(c.now)}. Верните текст шаблона.`,
    }),
  );
  if (changed.length > LOCKED_CHANGES_LISTED) {
    problems.push({
      problem: 'template.locked-changed',
      sheet: grid.name,
      cell: null,
      message: `Лист «${grid.name}»: изменены ещё ${changed.length - LOCKED_CHANGES_LISTED} защищённых ячеек шаблона. Заполните отчёт заново на бланке шаблона.`,
    });
  }
  return {
    row: rowOf,
    col: cols.of,
    changed: changed.length,
    problems,
  };
}

/**
 * The rows of locked text followed as they are; when some of it is still missing, the columns
 * are looked for too (a school inserted a column), and the layout that finds more is kept.
 */
function findLayout(ts: TemplateSheet, grid: SheetGrid, merges: MergeIndex): Layout {
  const same = mapRows(ts, grid, merges, SAME_COLUMNS);
  if (same.changed === 0) return same;
  const cols = mapColumns(ts.locked, grid);
  if (!cols) return same;
  const moved = mapRows(ts, grid, merges, cols);
  return moved.changed < same.changed ? moved : same;
}



function issueMessage(issue: ValueIssue, label: string, raw: CellValue, value: Normalised, rule: ValueRule): string {
  switch (issue.problem) {
    case 'value.missing':
      return `не заполнено ${quote(label)}. Нужно: ${allowed(rule)}.`;
    case 'value.percent-as-number':
      return `${quote(label)}: число ${shown(raw, { ...rule, type: 'number' })} в ячейке с процентами прочитано как ${shown(value, rule)}. Проверьте значение; доли вводите со знаком % (например, 96 %).`;
    case 'value.invalid': {
      const what = shown(raw, { ...rule, type: 'text' });
      switch (issue.why) {
        case 'out-of-range':
          return `${quote(label)}: ${shown(value, rule)} — вне допустимого диапазона. Нужно: ${allowed(rule)}.`;
        case 'not-in-list':
          return `${quote(label)}: значение ${quote(what)} не из списка. Нужно: ${allowed(rule)}.`;
        case 'too-long':
          return `${quote(label)}: текст длиннее ${rule.maxLength} знаков. Сократите его.`;
        case 'not-whole':
          return `${quote(label)}: ${what} — не целое число. Нужно: ${allowed(rule)}.`;
        case 'not-a-date':
          return `${quote(label)}: ${quote(what)} — не дата. Нужно: ${allowed(rule)}.`;
        default:
          return `${quote(label)}: ${quote(what)} — не число. Нужно: ${allowed(rule)}.`;
      }
    }
  }
}

function readCell(grid: SheetGrid, merges: MergeIndex, row: number, col: number): CellValue {
  const m = merges.at(row, col);
  return m ? valueAt(grid, m.top, m.left) : valueAt(grid, row, col);
}

function readTable(t: TemplateTable, ts: TemplateSheet, grid: SheetGrid, merges: MergeIndex, map: Layout, report: FilledReport): void {
  const header = map.row(t.headerRow);
  const start = header + (t.firstRow - t.headerRow);
  // The block ends above the first row of locked text the template has below it (wherever that row is now).
  const below = ts.locked.filter((l) => l.row > t.lastRow).reduce((m, l) => Math.min(m, l.row), Infinity);
  const end = below === Infinity ? Math.max(grid.values.length - 1, start + (t.lastRow - t.firstRow)) : map.row(below) - (below - t.lastRow);
  const byId = new Map(t.columns.map((c) => [c.id, c]));
  for (let r = start; r <= end; r++) {
    const raw = t.columns.map((c) => readCell(grid, merges, r, map.col(c.col)));
    if (raw.every((v) => v === null || (typeof v === 'string' && v.trim() === ''))) continue;
    const rec: TableRecord = { table: t.id, row: r + 1, values: {}, sources: {} };
    t.columns.forEach((c, i) => {
      const cell = a1(r, map.col(c.col));
      const got = readValue(raw[i], c);
      rec.values[c.id] = got.value;
      rec.sources[c.id] = `${quoteSheet(grid.name)}!${cell}`;
      if (got.issue) {
        report.problems.push({
          problem: got.issue.problem,
          sheet: grid.name,
          cell,
          field: c.id,
          message: `${where(grid.name, cell)}: ${issueMessage(got.issue, `${c.label} (строка ${r + 1})`, raw[i], got.value, c)}`,
        });
      }
    });
    const p = t.participation;
    if (p) {
      const enrolled = rec.values[p.enrolled];
      const took = rec.values[p.participants];
      const pc = byId.get(p.participants);
      if (typeof enrolled === 'number' && typeof took === 'number' && enrolled > 0 && pc) {
        const cell = a1(r, map.col(pc.col));
        const what = rec.values[t.columns[0].id];
        const name = what !== null && what !== undefined && t.columns[0].id !== p.enrolled ? `${quote(String(what))}: ` : '';
        if (took > enrolled) {
          report.problems.push({
            problem: 'value.invalid',
            sheet: grid.name,
            cell,
            field: pc.id,
            message: `${where(grid.name, cell)}: ${name}участников (${took}) больше, чем по списку (${enrolled}). Проверьте числа.`,
          });
        } else if (took / enrolled < p.minShare - 1e-9) {
          const pct = (x: number): string => `${String(Math.round(x * 1000) / 10).replace('.', ',')} %`;
          report.problems.push({
            problem: 'procedure.participation-below-criterion',
            sheet: grid.name,
            cell,
            field: pc.id,
            message: `${where(grid.name, cell)}: ${name}участвовали ${took} из ${enrolled} (${pct(took / enrolled)}) — меньше критерия «не менее ${pct(p.minShare)} в каждой процедуре».`,
          });
        }
      }
    }
    report.records.push(rec);
  }
}

function readField(f: TemplateField, grid: SheetGrid, merges: MergeIndex, map: Layout, report: FilledReport): void {
  const row = map.row(f.row);
  const col = map.col(f.col);
  const cell = a1(row, col);
  const raw = readCell(grid, merges, row, col);
  const got = readValue(raw, f);
  report.values[f.id] = got.value;
  report.sources[f.id] = `${quoteSheet(grid.name)}!${cell}`;
  if (got.issue) {
    report.problems.push({ problem: got.issue.problem, sheet: grid.name, cell, field: f.id, message: `${where(grid.name, cell)}: ${issueMessage(got.issue, f.label, raw, got.value, f)}` });
  } else if (f.minShare !== undefined && typeof got.value === 'number' && got.value < f.minShare - 1e-9) {
    report.problems.push({
      problem: 'procedure.participation-below-criterion',
      sheet: grid.name,
      cell,
      field: f.id,
      message: `${where(grid.name, cell)}: ${quote(f.label)}: ${shown(got.value, f)} — меньше критерия «не менее ${shown(f.minShare, f)}».`,
    });
  }
}

/** Checks one filled copy (every sheet of the school's workbook) against the template. */
export function checkFilled(template: TemplateDescription, all: SheetGrid[]): FilledReport {
  // The saved description travels with the copies: it is not a sheet of the report.
  const grids = all.filter((g) => fold(g.name) !== fold(SAVED_TEMPLATE_SHEET));
  const report: FilledReport = { values: {}, sources: {}, records: [], problems: [], school: null };
  const sheets = matchSheets(template, grids, report.problems);
  for (const ts of template.sheets) {
    const grid = sheets.get(ts.name);
    const fields = template.fields.filter((f) => f.sheet === ts.name);
    if (!grid) {
      for (const f of fields) report.values[f.id] = null;
      continue;
    }
    let maxRow = grid.values.length;
    for (const m of grid.merges) if (m.bottom > maxRow) maxRow = m.bottom;
    const merges = new MergeIndex(grid.merges, maxRow);
    const map = findLayout(ts, grid, merges);
    report.problems.push(...map.problems);
    for (const f of fields) readField(f, grid, merges, map, report);
    for (const t of template.tables) if (t.sheet === ts.name) readTable(t, ts, grid, merges, map, report);
  }
  if (template.schoolField) {
    const v = report.values[template.schoolField];
    if (v !== null && v !== undefined && String(v).trim() !== '') report.school = String(v).trim().replace(/\s+/g, ' ');
  }
  return report;
}
