// Reads a register's rows into columns of numbers, one typed array per field, with a finding
// for every cell or row that cannot be used. A bad cell is left out (no data), a bad row is
// left out whole; everything else is still read. An empty cell is «no data», never 0.
import { a1, CellValue, columnLetters, SheetGrid } from '../grid';
import { Finding, Severity, where } from '../findings';
import { MergedView } from '../layout/merges';
import { isEmptyCell, parseNumberText } from './cell-number';
import { FIELD_RU, MARK_FIELDS, NUMERIC_FIELDS, NumericField, PERCENT_BASE, PercentableField, RegisterField, RegisterKind } from './fields';
import { numberRu } from './format';
import { KeySet } from './key-set';
import { NameIndex } from './names';
import { Register } from './registers';

/** A register's rows as columns: row i of the table is sheet row sheetRow[i]. */
export interface RowTable {
  sheet: string;
  kind: RegisterKind;
  count: number;
  /** Index of each row's school in the NameIndex the table was read with. */
  school: Int32Array;
  /** 0-based sheet row of each row. */
  sheetRow: Int32Array;
  /** The register's numeric fields; NaN = no data (an empty cell, or one left out for a finding). */
  fields: Partial<Record<NumericField, Float64Array>>;
}

export interface RegisterRead {
  table: RowTable;
  findings: Finding[];
}

const FIELD_NO = new Map<NumericField, number>(NUMERIC_FIELDS.map((f, i) => [f, i]));
const no = (f: NumericField): number => FIELD_NO.get(f) as number;

/**
 * Parts that cannot add up to more than their base. `drop` says what a row that breaks the
 * rule loses: the whole row, the parts' cells, or the base cell.
 */
interface SumLimit {
  rule: string;
  parts: NumericField[];
  base: NumericField;
  drop: 'row' | 'parts' | 'base';
  severity: Severity;
  /** What the parts and the base are, for the message. */
  partsRu: string;
  baseRu: string;
}

const LIMITS: SumLimit[] = [
  { rule: 'register.participants-exceed-enrolled', parts: ['participants'], base: 'enrolled', drop: 'base', severity: 'warning', partsRu: 'участников', baseRu: 'обучающихся по списку' },
  { rule: 'register.marks-exceed-participants', parts: ['n2', 'n3', 'n4', 'n5'], base: 'participants', drop: 'row', severity: 'error', partsRu: 'отметки «2»–«5»', baseRu: 'участников' },
  { rule: 'register.comparison-exceeds-participants', parts: ['lowered', 'confirmed', 'raised'], base: 'participants', drop: 'parts', severity: 'error', partsRu: '«Понизили» + «Подтвердили» + «Повысили»', baseRu: 'участников' },
  { rule: 'register.results-exceed-participants', parts: ['belowMin', 'high'], base: 'participants', drop: 'row', severity: 'error', partsRu: '«Не преодолели минимальный порог» + «80–100 баллов»', baseRu: 'участников' },
  { rule: 'register.confirmed-exceeds-candidates', parts: ['medalConfirmed'], base: 'candidates', drop: 'row', severity: 'error', partsRu: 'подтвердивших', baseRu: 'претендентов' },
];

const CONSEQUENCE: Record<SumLimit['drop'], string> = {
  row: 'Строка не учтена в показателях; проверьте значения.',
  parts: 'Эти ячейки не учтены в показателях; проверьте значения.',
  base: 'Строка не учтена в доле участников; проверьте значения.',
};

/** A per-student mark cell that means the student did not write the work: no data, no finding. */
const ABSENT = /^(?:н|н\/я|нет|неявка|не явил[а-я]*|отсутств[а-я]*|болел[а-я]*|освобожд[а-я]*|-|—|–)$/;

/** Share of the base a table's rounded percentages may exceed it by (100,4 % of marks is rounding). */
const PERCENT_SLACK = 0.005;

export function readRegister(grid: SheetGrid, reg: Register, schools: NameIndex): RegisterRead {
  const findings: Finding[] = [];
  const size = Math.max(0, reg.dataEnd - reg.dataStart);
  const perStudent = reg.columns.mark !== undefined;
  const present = NUMERIC_FIELDS.filter((f) => reg.columns[f] !== undefined || (perStudent && (f === 'participants' || (MARK_FIELDS as readonly string[]).includes(f))));
  const fields: Partial<Record<NumericField, Float64Array>> = {};
  for (const f of present) fields[f] = new Float64Array(size);
  const table: RowTable = { sheet: reg.sheet, kind: reg.kind, count: 0, school: new Int32Array(size), sheetRow: new Int32Array(size), fields };
  const schoolCol = reg.columns.school;
  if (schoolCol === undefined) {
    findings.push({
      rule: 'register.no-school-column',
      severity: 'error',
      row: reg.headerRow + 1,
      cell: a1(reg.headerRow, 0),
      message:
        `${where(reg.sheet, a1(reg.headerRow, 0))}: в таблице результатов нет столбца с названием ОО («ОО», «Школа», «Образовательная организация»). ` +
        'Показатели по этой таблице не вычислены; добавьте столбец с названием школы.',
    });
    return { table, findings };
  }

  // Where each numeric field comes from, resolved once.
  const slotField: number[] = [];
  const slotCol: number[] = [];
  const slotScale: number[] = []; // 0: a count; else the divisor that turns the cell into a share
  for (const f of NUMERIC_FIELDS) {
    const c = reg.columns[f];
    if (c === undefined) continue;
    slotField.push(no(f));
    slotCol.push(c);
    const scale = reg.percent[f as PercentableField];
    slotScale.push(scale === 'of-100' ? 100 : scale === 'of-1' ? 1 : 0);
  }
  const presentNo = present.map(no);
  const presentArr = present.map((f) => fields[f] as Float64Array);
  const limits = LIMITS.filter((l) => fields[l.base] && l.parts.some((p) => fields[p])).map((l) => ({
    ...l,
    partNos: l.parts.filter((p) => fields[p]).map(no),
    baseNo: no(l.base),
    // Messages speak in percentages only when every part is written as one.
    percent: l.parts.filter((p) => fields[p]).every((p) => reg.percent[p as PercentableField] !== undefined),
  }));
  const percentBase: number[] = slotField.map((fno, k) => (slotScale[k] === 0 ? -1 : no(PERCENT_BASE[NUMERIC_FIELDS[fno] as PercentableField])));
  const shares = new Float64Array(NUMERIC_FIELDS.length); // a row's percentages as shares, for messages

  const view = grid.merges.length > 0 ? new MergedView(grid) : null;
  const keyOf = (field: RegisterField): ((r: number, row: CellValue[]) => CellValue) | null => {
    const c = reg.columns[field];
    if (c === undefined) return null;
    return view ? (r) => view.value(r, c) : (_r, row) => row[c] ?? null;
  };
  const schoolOf = keyOf('school') as (r: number, row: CellValue[]) => CellValue;
  const classOf = keyOf('class');
  const subjectOf = keyOf('subject');
  const studentOf = keyOf('student');
  // Without a student column a per-student register has no way to tell a repeated row.
  const checkDuplicates = !perStudent || studentOf !== null;
  const classes = new NameIndex();
  const subjects = new NameIndex();
  // Student codes are matched exactly (no folding): a million distinct codes must stay cheap.
  const students = new Map<CellValue, number>();
  const studentNo = (v: CellValue): number => {
    if (isEmptyCell(v)) return -1;
    let i = students.get(v);
    if (i === undefined) students.set(v, (i = students.size));
    return i;
  };
  const seen = new KeySet(checkDuplicates ? size : 0);
  const markCol = reg.columns.mark ?? -1;
  const val = new Float64Array(NUMERIC_FIELDS.length);
  const EMPTY: CellValue[] = [];

  const label = (f: RegisterField): string => reg.labels[f] || FIELD_RU[f];
  const add = (rule: string, severity: Severity, r: number, c: number, text: string): void => {
    findings.push({ rule, severity, row: r + 1, cell: a1(r, c), message: `${where(reg.sheet, a1(r, c))}: ${text}` });
  };

  rows: for (let r = reg.dataStart; r < reg.dataEnd; r++) {
    const row = grid.values[r] ?? EMPTY;
    const schoolValue = schoolOf(r, row);
    const s = schools.indexOf(schoolValue);
    if (s < 0) {
      if (!isEmptyCell(schoolValue)) continue; // TRUE/FALSE in a name cell: nothing to attribute
      if (slotCol.some((c) => !isEmptyCell(row[c] ?? null)) || (markCol >= 0 && !isEmptyCell(row[markCol] ?? null))) {
        add('register.no-school', 'error', r, schoolCol, 'в строке есть результаты, но не указана ОО. Строка не учтена в показателях; впишите название школы.');
      }
      continue;
    }

    val.fill(NaN);
    for (let k = 0; k < slotCol.length; k++) {
      const c = slotCol[k];
      const v = row[c] ?? null;
      let x: number;
      let fromPercentText = false;
      if (typeof v === 'number') x = v;
      else if (v === null) continue;
      else {
        if (typeof v === 'string' && v.trim() === '') continue;
        const t = typeof v === 'string' ? parseNumberText(v) : null;
        if (t === null || (t.percent && slotScale[k] === 0)) {
          const f = NUMERIC_FIELDS[slotField[k]];
          add('register.not-a-number', 'error', r, c, `в столбце «${label(f)}» вместо числа записано «${String(v).trim()}». Ячейка не учтена в показателях; впишите число или оставьте ячейку пустой, если данных нет.`);
          continue;
        }
        x = t.value;
        fromPercentText = t.percent;
      }
      if (x < 0) {
        const f = NUMERIC_FIELDS[slotField[k]];
        add('register.negative', 'error', r, c, `в столбце «${label(f)}» отрицательное число ${numberRu(x)}. Ячейка не учтена в показателях; исправьте значение.`);
        continue;
      }
      if (slotScale[k] !== 0) {
        const share = fromPercentText ? x / 100 : x / slotScale[k];
        if (share > 1 + PERCENT_SLACK) {
          const f = NUMERIC_FIELDS[slotField[k]];
          add('register.percent-out-of-range', 'error', r, c, `в столбце «${label(f)}» доля ${numberRu(share * 100, 1)} % больше 100 %. Ячейка не учтена в показателях; исправьте значение.`);
          continue;
        }
        shares[slotField[k]] = share;
        x = share; // turned into a count below, once the base is read
      }
      val[slotField[k]] = x;
    }
    for (let k = 0; k < slotCol.length; k++) {
      if (percentBase[k] < 0) continue;
      const fno = slotField[k];
      val[fno] = val[fno] * val[percentBase[k]]; // NaN when either is missing
    }

    if (markCol >= 0) {
      const m = readMark(row[markCol] ?? null);
      if (m === null) {
        add('register.not-a-mark', 'error', r, markCol, `в столбце «${label('mark')}» записано «${String(row[markCol]).trim()}», а не отметка 2, 3, 4 или 5. Ячейка не учтена в показателях; исправьте отметку или оставьте ячейку пустой, если участник не писал работу.`);
      } else if (m > 0) {
        val[no('participants')] = 1;
        for (let k = 2; k <= 5; k++) val[no(`n${k}` as NumericField)] = m === k ? 1 : 0;
      }
    }

    for (const l of limits) {
      const base = val[l.baseNo];
      if (base !== base) continue;
      let sum = 0;
      let any = false;
      for (const p of l.partNos) {
        const x = val[p];
        if (x === x) {
          sum += x;
          any = true;
        }
      }
      if (!any || sum <= base + (l.percent ? PERCENT_SLACK * base : 1e-9)) continue;
      const baseCol = reg.columns[l.base] as number;
      const partCols = l.partNos.map((p) => reg.columns[NUMERIC_FIELDS[p]] as number);
      const shareSum = l.partNos.reduce((t, p) => t + (val[p] === val[p] ? shares[p] : 0), 0);
      const what =
        partCols.length === 1
          ? `${l.partsRu} (${numberRu(sum)}) больше, чем ${l.baseRu} (${numberRu(base)})`
          : l.percent
            ? `${l.partsRu} в ячейках ${cellsText(r, partCols)} в сумме ${numberRu(shareSum * 100, 1)} % — больше 100 %`
            : `${l.partsRu} в ячейках ${cellsText(r, partCols)} в сумме ${numberRu(sum)} — больше, чем ${l.baseRu} (${numberRu(base)})`;
      add(l.rule, l.severity, r, baseCol, `${what}. ${CONSEQUENCE[l.drop]}`);
      if (l.drop === 'row') continue rows;
      if (l.drop === 'parts') for (const p of l.partNos) val[p] = NaN;
      else val[l.baseNo] = NaN;
    }

    if (checkDuplicates) {
      const t = table.count;
      const first = seen.addOrGet(
        s,
        classOf ? classes.indexOf(classOf(r, row)) : 0,
        subjectOf ? subjects.indexOf(subjectOf(r, row)) : 0,
        studentOf ? studentNo(studentOf(r, row)) : 0,
        t,
      );
      if (first >= 0) {
        const firstRow = table.sheetRow[first];
        const cls = classOf ? textOf(classOf(r, row)) : '';
        const about = [schools.names[s], cls && `${cls} класс`, subjectOf ? textOf(subjectOf(r, row)) : '', studentOf ? textOf(studentOf(r, row)) : '']
          .filter((x) => x !== '')
          .join(', ');
        add('register.duplicate-row', 'error', r, schoolCol, `строка ${r + 1} повторяет строку ${firstRow + 1} (${about}). Повтор не учтён в показателях; удалите лишнюю строку или исправьте её.`);
        continue;
      }
    }

    const t = table.count++;
    table.school[t] = s;
    table.sheetRow[t] = r;
    for (let k = 0; k < presentNo.length; k++) presentArr[k][t] = val[presentNo[k]];
  }
  return { table, findings };
}

const textOf = (v: CellValue): string => (v === null ? '' : String(v).trim());

/** «F5:I5» for adjacent cells of a row, else «F5, H5». */
function cellsText(r: number, cols: number[]): string {
  const sorted = [...cols].sort((x, y) => x - y);
  const adjacent = sorted.every((c, i) => i === 0 || c === sorted[i - 1] + 1);
  if (adjacent && sorted.length > 1) return `${columnLetters(sorted[0])}${r + 1}:${columnLetters(sorted[sorted.length - 1])}${r + 1}`;
  return sorted.map((c) => a1(r, c)).join(', ');
}

/** 2…5 for a mark, 0 for «no data» (empty, «н», «неявка»), null for anything else. */
function readMark(v: CellValue): number | null {
  if (v === null) return 0;
  if (typeof v === 'number') return Number.isInteger(v) && v >= 2 && v <= 5 ? v : null;
  if (typeof v !== 'string') return null;
  const t = v.trim().toLowerCase();
  if (t === '' || ABSENT.test(t)) return 0;
  return /^[2-5]$/.test(t) ? Number(t) : null;
}

/** A table from plain records, for tests and for callers that already hold the numbers. */
export function tableOf(kind: RegisterKind, records: { school: string; values: Partial<Record<NumericField, number | null>> }[], schools: NameIndex): RowTable {
  const fields: Partial<Record<NumericField, Float64Array>> = {};
  for (const rec of records) for (const f of Object.keys(rec.values) as NumericField[]) fields[f] ??= new Float64Array(records.length).fill(NaN);
  const table: RowTable = { sheet: '', kind, count: records.length, school: new Int32Array(records.length), sheetRow: new Int32Array(records.length), fields };
  records.forEach((rec, i) => {
    table.school[i] = schools.indexOf(rec.school);
    table.sheetRow[i] = i;
    for (const [f, v] of Object.entries(rec.values) as [NumericField, number | null][]) (fields[f] as Float64Array)[i] = v ?? NaN;
  });
  return table;
}
