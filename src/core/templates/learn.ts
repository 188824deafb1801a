// Learns a template from a blank copy: on each protected sheet the unlocked cells are the
// inputs. A run of rows of inputs with no locked text in them under a locked header is a
// table (one record per row); every other input is a field named by the locked text to its
// left (the row's label column) and, in a block with a header row, by its column header.
// Data validation and number formats give each input its type and range. Nothing here
// knows any particular template.
import { a1, CellRange, DataValidation, parseA1, parseRangeA1, rangeA1, SheetGrid, textAt, columnLetters } from '../grid';
import { MergeIndex } from '../layout/merges';
import { fold } from '../text';
import { fnv1a, LockedCell, SAVED_TEMPLATE_SHEET, TemplateColumn, TemplateDescription, TemplateField, TemplateSheet, TemplateTable, ValueRule } from './description';

export type LearnResult = { ok: true; template: TemplateDescription } | { ok: false; reason: string };

/** Numbering such as «1.», «2.3», «IV.» says nothing about the input. */
const isNumbering = (t: string): boolean => /^\s*(?:\d{1,3}(?:[.)]\d{1,3})*[.)]?|[IVXLC]{1,6}\.?|[а-яa-z]\))\s*$/i.test(t);

const OPTIONAL = /коммент|примечан|пояснен|при наличии|необязательн|дополнительн/i;
const SCHOOL = /^(?:полное |краткое |сокращенное )?(?:наименование|название)(?:(?: ОО| образовательной организации| организации| учреждения| школы| оу)(?:$|[\s,.(:])|$)|^ОО$|^школа$|^образовательная организация$/i;
const ENROLLED = /по списку|списочн|всего обучающихся|количество обучающихся|число обучающихся|численность/i;
const PARTICIPANTS = /участвовал|участник|выполнял|писали|приняли участие/i;
const MIN_SHARE = /не\s+менее\s+(\d{1,3}(?:[.,]\d+)?)\s*%/i;

/** «не менее 90%» → 0.9 */
export function minShareOf(text: string): number | undefined {
  const m = MIN_SHARE.exec(text);
  if (!m) return undefined;
  const n = Number(m[1].replace(',', '.')) / 100;
  return n > 0 && n <= 1 ? n : undefined;
}

interface SheetScan {
  grid: SheetGrid;
  merges: MergeIndex;
  /** Input cells (top-left of merges), by row. */
  inputs: Map<number, number[]>;
  isInput(row: number, col: number): boolean;
  /** Locked text of a cell, through merges ('' for inputs and empty cells). */
  lockedText(row: number, col: number): string;
  locked: LockedCell[];
}

function scanSheet(grid: SheetGrid): SheetScan {
  let maxRow = grid.values.length - 1;
  const unlocked: { row: number; col: number }[] = [];
  for (const key of grid.unlocked ?? []) {
    const [r, c] = key.split(',').map(Number);
    unlocked.push({ row: r, col: c });
    if (r > maxRow) maxRow = r;
  }
  for (const m of grid.merges) if (m.bottom > maxRow) maxRow = m.bottom;
  const merges = new MergeIndex(grid.merges, maxRow);
  const inputSet = new Set<string>();
  const inputs = new Map<number, number[]>();
  unlocked.sort((p, q) => p.row - q.row || p.col - q.col);
  for (const { row, col } of unlocked) {
    if (merges.isCovered(row, col)) continue;
    inputSet.add(`${row},${col}`);
    const list = inputs.get(row);
    if (list) list.push(col);
    else inputs.set(row, [col]);
  }
  const isInput = (row: number, col: number): boolean => {
    const m = merges.at(row, col);
    return m ? inputSet.has(`${m.top},${m.left}`) : inputSet.has(`${row},${col}`);
  };
  const lockedText = (row: number, col: number): string => {
    const m = merges.at(row, col);
    const r = m ? m.top : row;
    const c = m ? m.left : col;
    return inputSet.has(`${r},${c}`) ? '' : textAt(grid, r, c);
  };
  const locked: LockedCell[] = [];
  for (let r = 0; r < grid.values.length; r++) {
    const line = grid.values[r];
    for (let c = 0; c < line.length; c++) {
      if (line[c] === null || merges.isCovered(r, c) || inputSet.has(`${r},${c}`)) continue;
      const text = textAt(grid, r, c);
      if (text !== '') locked.push({ cell: a1(r, c), row: r, col: c, text });
    }
  }
  return { grid, merges, inputs, isInput, lockedText, locked };
}

const rowHasLocked = (s: SheetScan, row: number): boolean => {
  const line = s.grid.values[row];
  if (!line) return false;
  for (let c = 0; c < line.length; c++) if (s.lockedText(row, c) !== '') return true;
  return false;
};

/** The header row of a block: the nearest row above (blank rows skipped, at most 2) with locked text over the block's inputs. */
function headerRowAbove(s: SheetScan, top: number, cols: number[]): number | null {
  let r = top - 1;
  let blanks = 0;
  while (r >= 0 && !rowHasLocked(s, r) && !s.inputs.has(r) && blanks < 2) {
    r--;
    blanks++;
  }
  if (r < 0 || s.inputs.has(r)) return null;
  // Distinct locked cells of the row (a title merged across the sheet is one cell, not a header).
  const origins = new Set<string>();
  const line = s.grid.values[r] ?? [];
  const width = Math.max(line.length, ...cols.map((c) => c + 1));
  for (let c = 0; c < width; c++) {
    const m = s.merges.at(r, c);
    const key = m ? `${m.top},${m.left}` : `${r},${c}`;
    if (s.lockedText(r, c) !== '') origins.add(key);
  }
  if (origins.size < 2) return null;
  const over = cols.filter((c) => s.lockedText(r, c) !== '').length;
  return over * 2 >= cols.length && over > 0 ? r : null;
}

function sameCols(a: number[] | undefined, b: number[] | undefined): boolean {
  if (!a || !b || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** Runs of consecutive rows with the same input columns. */
function runsOf(s: SheetScan): { top: number; bottom: number; cols: number[] }[] {
  const rows = [...s.inputs.keys()].sort((a, b) => a - b);
  const runs: { top: number; bottom: number; cols: number[] }[] = [];
  for (const r of rows) {
    const last = runs[runs.length - 1];
    const cols = s.inputs.get(r) as number[];
    if (last && last.bottom === r - 1 && sameCols(last.cols, cols) && rowHasLocked(s, r) === rowHasLocked(s, last.top)) last.bottom = r;
    else runs.push({ top: r, bottom: r, cols });
  }
  return runs;
}

function rangeOf(v: DataValidation[] | undefined, row: number, col: number): DataValidation | undefined {
  if (!v) return undefined;
  for (const d of v) if (row >= d.range.top && row <= d.range.bottom && col >= d.range.left && col <= d.range.right) return d;
  return undefined;
}

const numberOf = (f: string | undefined): number | undefined => {
  if (f === undefined) return undefined;
  const n = Number(f.trim());
  return f.trim() !== '' && Number.isFinite(n) ? n : undefined;
};

/** A list validation's values when its source is a range on one of the template's sheets. */
function listFromRange(formula: string, grids: SheetGrid[], own: SheetGrid): string[] | undefined {
  const m = /^(?:'((?:[^']|'')+)'|([^!'"]+))?!?(\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)$/i.exec(formula.trim());
  if (!m) return undefined;
  const sheetName = m[1] ? m[1].replace(/''/g, "'") : m[2];
  const grid = sheetName ? grids.find((g) => g.name === sheetName) : own;
  const range = parseRangeA1(m[3].replace(/\$/g, ''));
  if (!grid || !range) return undefined;
  const out: string[] = [];
  for (let r = range.top; r <= range.bottom && out.length < 1000; r++) {
    for (let c = range.left; c <= range.right; c++) {
      const t = textAt(grid, r, c);
      if (t !== '') out.push(t);
    }
  }
  return out.length ? out : undefined;
}

const isPercentFormat = (f: string): boolean => /%/.test(f.replace(/"[^"]*"/g, ''));
const isDateFormat = (f: string): boolean => /(^|[^"\\])(d{1,4}|y{2,4}|m{3,5})/i.test(f.replace(/"[^"]*"|\[[^\]]*\]/g, '')) && !/^[#0.,\s]+$/.test(f);

/** Type and range from the input's data validation and number format. */
function ruleOf(s: SheetScan, grids: SheetGrid[], row: number, col: number, label: string): ValueRule {
  const required = !OPTIONAL.test(label);
  const fmt = s.grid.numberFormats?.get(`${row},${col}`) ?? '';
  const v = rangeOf(s.grid.validations, row, col);
  const percent = isPercentFormat(fmt);
  if (v) {
    const f1 = numberOf(v.formula1);
    const f2 = numberOf(v.formula2);
    const op = v.operator ?? 'between';
    let min: number | undefined;
    let max: number | undefined;
    if (op === 'between') [min, max] = [f1, f2];
    else if (op === 'greaterThanOrEqual' || op === 'greaterThan') min = f1;
    else if (op === 'lessThanOrEqual' || op === 'lessThan') max = f1;
    else if (op === 'equal') [min, max] = [f1, f1];
    const range = { ...(min !== undefined ? { min } : {}), ...(max !== undefined ? { max } : {}) };
    switch (v.type) {
      case 'list': {
        const options = v.values ?? (v.formula1 ? listFromRange(v.formula1, grids, s.grid) : undefined);
        if (!options) return { type: 'text', required };
        const folded = options.map((o) => fold(o)).sort();
        const yesno = folded.length === 2 && folded[0] === 'да' && folded[1] === 'нет';
        return { type: yesno ? 'yesno' : 'list', options, required };
      }
      case 'whole':
        return { type: percent ? 'percent' : 'integer', ...range, required };
      case 'decimal':
        if (percent || (min !== undefined && max !== undefined && min >= 0 && max <= 1 && /^доля|%|процент/i.test(label))) {
          return { type: 'percent', min: min ?? 0, max: max ?? 1, required };
        }
        return { type: 'number', ...range, required };
      case 'date':
        return { type: 'date', required };
      case 'textLength':
        return { type: 'text', ...(max !== undefined ? { maxLength: max } : {}), required };
      default:
        break;
    }
  }
  if (percent) return { type: 'percent', min: 0, max: 1, required };
  if (fmt && isDateFormat(fmt)) return { type: 'date', required };
  if (fmt === '0' || fmt === '#,##0') return { type: 'integer', required };
  if (fmt && /^[#0.,\s]+$/.test(fmt)) return { type: 'number', required };
  return { type: 'text', required };
}

/** The column (left of the inputs) that labels a block's rows: the one with the most distinct texts. */
function labelColumn(s: SheetScan, top: number, bottom: number, firstInput: number): number | null {
  let best: { col: number; distinct: number; length: number } | null = null;
  for (let c = firstInput - 1; c >= 0; c--) {
    const texts: string[] = [];
    for (let r = top; r <= bottom; r++) {
      const m = s.merges.at(r, c);
      // A cell merged across into the inputs' columns is still a label; one merged from further left counts there.
      if (m && m.left !== c) continue;
      const t = s.lockedText(r, c);
      if (t !== '' && !isNumbering(t)) texts.push(fold(t));
    }
    if (texts.length === 0) continue;
    const distinct = new Set(texts).size;
    const length = texts.reduce((n, t) => n + t.length, 0) / texts.length;
    if (!best || distinct > best.distinct || (distinct === best.distinct && length > best.length)) best = { col: c, distinct, length };
  }
  return best ? best.col : null;
}

/** A header's text: the cell, or the nearest locked text above it within two rows (multi-level headers). */
function headerText(s: SheetScan, header: number, col: number): string {
  for (let r = header; r >= Math.max(0, header - 2); r--) {
    const t = s.lockedText(r, col);
    if (t !== '') return t;
  }
  return '';
}

function numberingOf(s: SheetScan, row: number, before: number): string {
  for (let c = 0; c < before; c++) {
    const t = s.lockedText(row, c);
    if (t !== '' && isNumbering(t)) return t;
  }
  return '';
}

function uniqueLabels<T extends { label: string }>(list: T[]): void {
  const seen = new Map<string, number>();
  for (const item of list) {
    const key = fold(item.label);
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    if (n > 1) item.label = `${item.label} (${n})`;
  }
}

function learnSheet(grid: SheetGrid, index: number, grids: SheetGrid[], minShareDefault: number): { fields: TemplateField[]; tables: TemplateTable[]; sheet: TemplateSheet } {
  const s = scanSheet(grid);
  const no = index + 1;
  const fields: TemplateField[] = [];
  const tables: TemplateTable[] = [];
  for (const run of runsOf(s)) {
    const header = headerRowAbove(s, run.top, run.cols);
    const tabular = run.bottom > run.top && header !== null && !rowHasLocked(s, run.top);
    if (tabular && header !== null) {
      const range: CellRange = { top: run.top, left: run.cols[0], bottom: run.bottom, right: run.cols[run.cols.length - 1] };
      const id = `${no}.${rangeA1(range)}`;
      const columns: TemplateColumn[] = run.cols.map((c) => {
        const label = headerText(s, header, c) || `Столбец ${columnLetters(c)}`;
        return { id: `${id}/${columnLetters(c)}`, label, col: c, ...ruleOf(s, grids, run.top, c, label) };
      });
      uniqueLabels(columns);
      // A table's title: locked text above its header, else the sheet's name.
      let label = grid.name;
      for (let r = header - 1; r >= 0 && r >= header - 3; r--) {
        const t = (grid.values[r] ?? []).map((_v, c) => s.lockedText(r, c)).find((x) => x !== '');
        if (t) {
          label = t;
          break;
        }
      }
      const table: TemplateTable = { id, label, sheet: grid.name, headerRow: header, firstRow: run.top, lastRow: run.bottom, columns };
      const enrolled = columns.find((c) => ENROLLED.test(c.label));
      const participants = columns.find((c) => PARTICIPANTS.test(c.label) && c !== enrolled);
      for (const c of [enrolled, participants]) {
        // Counts of students: whole numbers, whatever the cell's format says.
        if (c && c.type === 'text') Object.assign(c, { type: 'integer', min: 0 });
      }
      if (enrolled && participants) table.participation = { enrolled: enrolled.id, participants: participants.id, minShare: minShareDefault };
      tables.push(table);
      continue;
    }
    const header2 = headerRowAbove(s, run.top, run.cols);
    const labelCol = labelColumn(s, run.top, run.bottom, run.cols[0]);
    for (let r = run.top; r <= run.bottom; r++) {
      const cols = s.inputs.get(r) as number[];
      for (const c of cols) {
        let rowLabel = '';
        if (labelCol !== null && labelCol < c) rowLabel = s.lockedText(r, labelCol);
        if (rowLabel === '') {
          for (let k = c - 1; k >= 0; k--) {
            const t = s.lockedText(r, k);
            if (t !== '' && !isNumbering(t)) {
              rowLabel = t;
              break;
            }
          }
        }
        const head = header2 !== null ? headerText(s, header2, c) : '';
        let label: string;
        if (rowLabel && head && cols.length > 1) label = `${rowLabel} — ${head}`;
        else if (rowLabel) label = rowLabel;
        else if (head) label = head;
        else {
          label = '';
          for (let k = r - 1; k >= Math.max(0, r - 3) && !label; k--) label = s.lockedText(k, c);
          if (!label) label = `${grid.name}!${a1(r, c)}`;
        }
        const num = rowLabel ? numberingOf(s, r, c) : '';
        if (num && !label.startsWith(num)) label = `${num} ${label}`;
        const notes: string[] = [];
        let minShare: number | undefined;
        const line = grid.values[r] ?? [];
        for (let k = 0; k < line.length; k++) {
          const t = s.lockedText(r, k);
          if (t === '' || t === rowLabel || isNumbering(t) || (k > 0 && s.merges.at(r, k) && s.merges.at(r, k)?.left !== k)) continue;
          const h = header2 !== null ? headerText(s, header2, k) : '';
          notes.push(h ? `${h}: ${t}` : t);
          minShare = minShare ?? minShareOf(t);
        }
        const field: TemplateField = { id: `${no}.${a1(r, c)}`, label, sheet: grid.name, cell: a1(r, c), row: r, col: c, ...ruleOf(s, grids, r, c, `${rowLabel} ${head}`) };
        if (notes.length) field.notes = notes;
        if (minShare !== undefined && field.type === 'percent') field.minShare = minShare;
        fields.push(field);
      }
    }
  }
  const fp = fnv1a(s.locked.map((l) => `${l.cell}\u0001${l.text}`).join('\n'));
  const sheet: TemplateSheet = { name: grid.name, index, protected: Boolean(grid.protection?.protected), locked: s.locked, fingerprint: fp };
  return { fields, tables, sheet };
}

/**
 * Learns the template. Inputs are taken from protected sheets; when no sheet is protected
 * (a template not yet locked), from every sheet that has unlocked cells.
 */
export function learnTemplate(all: SheetGrid[]): LearnResult {
  // A description saved before (saved.ts) is ОКО's, not the template's: its JSON quotes the criteria.
  const grids = all.filter((g) => fold(g.name) !== fold(SAVED_TEMPLATE_SHEET));
  const hasInputs = (g: SheetGrid): boolean => (g.unlocked?.size ?? 0) > 0;
  let chosen = grids.filter((g) => g.protection?.protected && hasInputs(g));
  if (chosen.length === 0) chosen = grids.filter(hasInputs);
  if (chosen.length === 0) {
    return {
      ok: false,
      reason: grids.some((g) => g.protection?.protected)
        ? 'на защищённых листах нет незащищённых ячеек для ввода'
        : 'в книге нет ячеек для ввода: снимите с них защиту (Формат ячеек → Защита → «Защищаемая ячейка») и защитите лист',
    };
  }
  // «Не менее 90% в каждой процедуре» anywhere in the template sets the procedures' criterion.
  let minShareDefault = 0.9;
  for (const g of grids) {
    for (const line of g.values) {
      for (const v of line) {
        if (typeof v === 'string' && /процедур/i.test(v)) minShareDefault = minShareOf(v) ?? minShareDefault;
      }
    }
  }
  const fields: TemplateField[] = [];
  const tables: TemplateTable[] = [];
  const sheets: TemplateSheet[] = [];
  for (const g of chosen) {
    const learned = learnSheet(g, grids.indexOf(g), grids, minShareDefault);
    fields.push(...learned.fields);
    tables.push(...learned.tables);
    sheets.push(learned.sheet);
  }
  uniqueLabels(fields);
  if (fields.length === 0 && tables.length === 0) return { ok: false, reason: 'не найдено ни одной ячейки для ввода' };
  const school = fields.find((f) => SCHOOL.test(fold(f.label).replace(/^\d+[.)]?\s*/, '')) && f.type === 'text');
  const template: TemplateDescription = {
    format: 'oko.template',
    version: 1,
    fingerprint: fnv1a(sheets.map((s) => `${s.name}\u0001${s.fingerprint}`).join('\n')),
    sheets,
    fields,
    tables,
    ...(school ? { schoolField: school.id } : {}),
  };
  return { ok: true, template };
}

/** Reads a description back from JSON, checking its shape; null when it is not one. */
export function parseTemplate(json: string): TemplateDescription | null {
  try {
    const t = JSON.parse(json) as TemplateDescription;
    if (t?.format !== 'oko.template' || t.version !== 1 || !Array.isArray(t.fields) || !Array.isArray(t.tables) || !Array.isArray(t.sheets)) return null;
    for (const f of t.fields) if (!parseA1(f.cell)) return null;
    return t;
  } catch {
    return null;
  }
}
