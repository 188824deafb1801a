// Reads a register's rows into sums per school (sums.ts), with a finding for every cell or
// row that cannot be used. A bad cell is left out (no data), a bad row is
// left out whole; everything else is still read. An empty cell is «no data», never 0.
//
// The loop runs once per row of registers a million rows long: it allocates nothing, calls
// no closures, and leaves everything unusual (text, findings) to methods off the hot path.
import { a1, CellValue, columnLetters, SheetGrid } from '../grid';
import { Finding, Severity, where } from '../findings';
import { MergedView } from '../layout/merges';
import { isEmptyCell, parseNumberText } from './cell-number';
import { FIELD_RU, MARK_FIELDS, NUMERIC_FIELDS, NumericField, PERCENT_BASE, PercentableField, RegisterField } from './fields';
import { numberRu } from './format';
import { KeySet } from './key-set';
import { NameIndex } from './names';
import type { Indicator } from './indicator';
import { Register } from './registers';
import { fieldNo, maskOf, RowSums, SumsBuilder } from './sums';

export interface RegisterRead {
  sums: RowSums;
  findings: Finding[];
}

const no = fieldNo;
const PARTICIPANTS = no('participants');
const MARK_NOS = MARK_FIELDS.map(no);

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

/** A limit as the loop checks it: field numbers, and whether its parts are all percentages. */
interface ActiveLimit extends SumLimit {
  partNos: number[];
  baseNo: number;
  percent: boolean;
}

/** A per-student mark cell that means the student did not write the work: no data, no finding. */
const ABSENT = /^(?:н|н\/я|нет|неявка|не явил[а-я]*|отсутств[а-я]*|болел[а-я]*|освобожд[а-я]*|-|—|–)$/;

/** Share of the base a table's rounded percentages may exceed it by (100,4 % of marks is rounding). */
const PERCENT_SLACK = 0.005;

/** Student codes that are whole numbers are their own key; other codes are numbered below -1. */
const MAX_CODE = 0x3fffffff;

const EMPTY_ROW: CellValue[] = [];

/**
 * Reads the register's rows into sums per school (indices from `schools`, shared by every
 * register of the workbook). `rowWise`: the indicators that need single rows (see sums.ts).
 */
export function readRegister(grid: SheetGrid, reg: Register, schools: NameIndex, rowWise: readonly Indicator[] = []): RegisterRead {
  const perStudent = reg.columns.mark !== undefined;
  const present = NUMERIC_FIELDS.filter((f) => reg.columns[f] !== undefined || (perStudent && (f === 'participants' || (MARK_FIELDS as readonly string[]).includes(f))));
  const builder = new SumsBuilder(reg.sheet, reg.kind, maskOf(present), rowWise);
  if (reg.columns.school === undefined) {
    const cell = a1(reg.headerRow, 0);
    const message =
      `${where(reg.sheet, cell)}: в таблице результатов нет столбца с названием ОО («ОО», «Школа», «Образовательная организация»). ` +
      'Показатели по этой таблице не вычислены; добавьте столбец с названием школы.';
    return { sums: builder.result, findings: [{ rule: 'register.no-school-column', severity: 'error', row: reg.headerRow + 1, cell, message }] };
  }
  const reader = new RowReader(grid, reg, schools, builder);
  reader.read();
  return { sums: builder.result, findings: reader.findings };
}

class RowReader {
  readonly findings: Finding[] = [];
  private readonly values: CellValue[][];
  private readonly view: MergedView | null;
  private readonly schoolCol: number;
  private readonly classCol: number;
  private readonly subjectCol: number;
  private readonly studentCol: number;
  private readonly markCol: number;
  private readonly checkDuplicates: boolean;
  /** Per numeric column read: its column, its field number, and 0 for counts or the divisor of a percentage (100, or 1 for shares). */
  private readonly slotCol: Int32Array;
  private readonly slotField: Int32Array;
  private readonly slotScale: Float64Array;
  /** Field number of the base a percentage slot is a share of, -1 for counts. */
  private readonly slotBase: Int32Array;
  private readonly limits: ActiveLimit[];
  private readonly classes = new NameIndex();
  private readonly subjects = new NameIndex();
  private readonly studentCodes = new Map<string, number>();
  private readonly seen: KeySet;
  /** The current row's values by field number (NaN: no data), and its percentages as shares. */
  private readonly val = new Float64Array(NUMERIC_FIELDS.length).fill(NaN);
  private readonly shares = new Float64Array(NUMERIC_FIELDS.length);

  constructor(
    grid: SheetGrid,
    private readonly reg: Register,
    private readonly schools: NameIndex,
    private readonly sums: SumsBuilder,
  ) {
    this.values = grid.values;
    this.view = grid.merges.length > 0 ? new MergedView(grid) : null;
    const col = reg.columns;
    this.schoolCol = col.school as number;
    this.classCol = col.class ?? -1;
    this.subjectCol = col.subject ?? -1;
    this.studentCol = col.student ?? -1;
    this.markCol = col.mark ?? -1;
    // Without a student column a per-student register has no way to tell a repeated row.
    this.checkDuplicates = this.markCol < 0 || this.studentCol >= 0;
    this.seen = new KeySet(reg.dataStart, this.checkDuplicates ? reg.dataEnd - reg.dataStart : 0, (r, out) => {
      const row = this.values[r] ?? EMPTY_ROW;
      out[0] = this.keyNo(this.classes, row, r, this.classCol);
      out[1] = this.keyNo(this.subjects, row, r, this.subjectCol);
      out[2] = this.studentNo(row, r);
    });
    const slots = NUMERIC_FIELDS.filter((f) => col[f] !== undefined);
    this.slotCol = Int32Array.from(slots, (f) => col[f] as number);
    this.slotField = Int32Array.from(slots, no);
    this.slotScale = Float64Array.from(slots, (f) => {
      const scale = reg.percent[f as PercentableField];
      return scale === 'of-100' ? 100 : scale === 'of-1' ? 1 : 0;
    });
    this.slotBase = Int32Array.from(slots, (f) => (reg.percent[f as PercentableField] ? no(PERCENT_BASE[f as PercentableField]) : -1));
    const fields = sums.result.fields;
    const has = (f: NumericField): boolean => ((fields >> no(f)) & 1) === 1;
    this.limits = LIMITS.filter((l) => has(l.base) && l.parts.some(has)).map((l) => ({
      ...l,
      partNos: l.parts.filter(has).map(no),
      baseNo: no(l.base),
      // Messages speak in percentages only when every part is written as one.
      percent: l.parts.filter(has).every((p) => reg.percent[p as PercentableField] !== undefined),
    }));
  }

  read(): void {
    const { values, val, slotCol, slotField, slotScale, slotBase, limits } = this;
    const nSlots = slotCol.length;
    rows: for (let r = this.reg.dataStart; r < this.reg.dataEnd; r++) {
      const row = values[r] ?? EMPTY_ROW;
      const schoolValue = this.key(row, r, this.schoolCol);
      const s = typeof schoolValue === 'string' ? this.schools.indexOfText(schoolValue) : typeof schoolValue === 'number' ? this.schools.indexOfNumber(schoolValue) : -1;
      if (s < 0) {
        this.noSchool(row, r, schoolValue);
        continue;
      }

      // Every column's slot is written below; only a per-student row's derived fields need clearing.
      if (this.markCol >= 0) val.fill(NaN);
      for (let k = 0; k < nSlots; k++) {
        const v = row[slotCol[k]];
        let x = typeof v === 'number' ? v : v === null || v === undefined ? NaN : this.textCell(row, r, k);
        if (x < 0) {
          this.report('register.negative', 'error', r, slotCol[k], `в столбце «${this.label(NUMERIC_FIELDS[slotField[k]])}» отрицательное число ${numberRu(x)}. Ячейка не учтена в показателях; исправьте значение.`);
          x = NaN;
        } else if (slotScale[k] !== 0 && x === x) x = this.share(r, k, x);
        val[slotField[k]] = x;
      }
      for (let k = 0; k < nSlots; k++) if (slotBase[k] >= 0) val[slotField[k]] *= val[slotBase[k]]; // a share × its base; NaN if either is missing
      if (this.markCol >= 0) this.mark(row, r);

      for (let i = 0; i < limits.length; i++) {
        const l = limits[i];
        const base = val[l.baseNo];
        if (base !== base) continue;
        let sum = 0;
        let any = false;
        for (let j = 0; j < l.partNos.length; j++) {
          const x = val[l.partNos[j]];
          if (x === x) {
            sum += x;
            any = true;
          }
        }
        if (!any || sum <= base + (l.percent ? PERCENT_SLACK * base : 1e-9)) continue;
        this.overLimit(l, r, sum, base);
        if (l.drop === 'row') continue rows;
        if (l.drop === 'parts') for (let j = 0; j < l.partNos.length; j++) val[l.partNos[j]] = NaN;
        else val[l.baseNo] = NaN;
      }

      if (this.checkDuplicates) {
        const first = this.seen.addOrGet(s, this.keyNo(this.classes, row, r, this.classCol), this.keyNo(this.subjects, row, r, this.subjectCol), this.studentNo(row, r), r);
        if (first >= 0) {
          this.duplicate(row, r, s, first);
          continue;
        }
      }
      this.sums.add(s, val);
    }
  }

  /** A key cell's value; a cell merged down from above (a school written once for its rows) reads as the merge's. */
  private key(row: CellValue[], r: number, c: number): CellValue {
    if (c < 0) return null;
    const v = row[c];
    if (v !== null && v !== undefined) return v;
    return this.view ? this.view.value(r, c) : null;
  }

  private keyNo(index: NameIndex, row: CellValue[], r: number, c: number): number {
    const v = this.key(row, r, c);
    return typeof v === 'string' ? index.indexOfText(v) : typeof v === 'number' ? index.indexOfNumber(v) : -1;
  }

  private studentNo(row: CellValue[], r: number): number {
    const v = this.key(row, r, this.studentCol);
    if (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v <= MAX_CODE) return v;
    if (v === null || isEmptyCell(v)) return -1;
    const code = String(v).trim();
    let i = this.studentCodes.get(code);
    if (i === undefined) this.studentCodes.set(code, (i = this.studentCodes.size));
    return -2 - i;
  }

  /** A count cell holding text (or TRUE/FALSE): a number written as text, empty, or a finding. */
  private textCell(row: CellValue[], r: number, k: number): number {
    const v = row[this.slotCol[k]] as string | boolean;
    if (typeof v === 'string' && v.trim() === '') return NaN;
    const t = typeof v === 'string' ? parseNumberText(v) : null;
    const scale = this.slotScale[k];
    if (t === null || (t.percent && scale === 0)) {
      this.report(
        'register.not-a-number',
        'error',
        r,
        this.slotCol[k],
        `в столбце «${this.label(NUMERIC_FIELDS[this.slotField[k]])}» вместо числа записано «${String(v).trim()}». Ячейка не учтена в показателях; впишите число или оставьте ячейку пустой, если данных нет.`,
      );
      return NaN;
    }
    // «27,4 %» written as text in a column of shares (0,274) is the same share.
    return t.percent && scale === 1 ? t.value / 100 : t.value;
  }

  /** A percentage cell as a share of its base (0…1), or NaN with a finding when above 100 %. */
  private share(r: number, k: number, x: number): number {
    const share = x / this.slotScale[k];
    if (share > 1 + PERCENT_SLACK) {
      this.report('register.percent-out-of-range', 'error', r, this.slotCol[k], `в столбце «${this.label(NUMERIC_FIELDS[this.slotField[k]])}» доля ${numberRu(share * 100, 1)} % больше 100 %. Ячейка не учтена в показателях; исправьте значение.`);
      return NaN;
    }
    this.shares[this.slotField[k]] = share;
    return share;
  }

  /** One row per student: the mark makes one participant and a 1 under that mark. */
  private mark(row: CellValue[], r: number): void {
    const v = row[this.markCol] ?? null;
    const m = readMark(v);
    if (m === null) {
      this.report('register.not-a-mark', 'error', r, this.markCol, `в столбце «${this.label('mark')}» записано «${String(v).trim()}», а не отметка 2, 3, 4 или 5. Ячейка не учтена в показателях; исправьте отметку или оставьте ячейку пустой, если участник не писал работу.`);
      return;
    }
    if (m === 0) return;
    this.val[PARTICIPANTS] = 1;
    for (let k = 0; k < MARK_NOS.length; k++) this.val[MARK_NOS[k]] = m === k + 2 ? 1 : 0;
  }

  private noSchool(row: CellValue[], r: number, schoolValue: CellValue): void {
    if (!isEmptyCell(schoolValue)) return; // TRUE/FALSE in a name cell: nothing to attribute, nothing to say
    let results = this.markCol >= 0 && !isEmptyCell(row[this.markCol] ?? null);
    for (let k = 0; k < this.slotCol.length && !results; k++) results = !isEmptyCell(row[this.slotCol[k]] ?? null);
    if (results) this.report('register.no-school', 'error', r, this.schoolCol, 'в строке есть результаты, но не указана ОО. Строка не учтена в показателях; впишите название школы.');
  }

  private overLimit(l: ActiveLimit, r: number, sum: number, base: number): void {
    const partCols = l.partNos.map((p) => this.reg.columns[NUMERIC_FIELDS[p]] as number);
    const shareSum = l.partNos.reduce((t, p) => t + (this.val[p] === this.val[p] ? this.shares[p] : 0), 0);
    const what =
      partCols.length === 1
        ? `${l.partsRu} (${numberRu(sum)}) больше, чем ${l.baseRu} (${numberRu(base)})`
        : l.percent
          ? `${l.partsRu} в ячейках ${cellsText(r, partCols)} в сумме ${numberRu(shareSum * 100, 1)} % — больше 100 %`
          : `${l.partsRu} в ячейках ${cellsText(r, partCols)} в сумме ${numberRu(sum)} — больше, чем ${l.baseRu} (${numberRu(base)})`;
    this.report(l.rule, l.severity, r, this.reg.columns[l.base] as number, `${what}. ${CONSEQUENCE[l.drop]}`);
  }

  private duplicate(row: CellValue[], r: number, s: number, firstRow: number): void {
    const text = (c: number): string => {
      const v = this.key(row, r, c);
      return v === null ? '' : String(v).trim();
    };
    const cls = text(this.classCol);
    const about = [this.schools.names[s], cls && `${cls} класс`, text(this.subjectCol), text(this.studentCol)].filter((x) => x !== '').join(', ');
    this.report('register.duplicate-row', 'error', r, this.schoolCol, `строка ${r + 1} повторяет строку ${firstRow + 1} (${about}). Повтор не учтён в показателях; удалите лишнюю строку или исправьте её.`);
  }

  private label(f: RegisterField): string {
    return this.reg.labels[f] || FIELD_RU[f];
  }

  private report(rule: string, severity: Severity, r: number, c: number, text: string): void {
    const cell = a1(r, c);
    this.findings.push({ rule, severity, row: r + 1, cell, message: `${where(this.reg.sheet, cell)}: ${text}` });
  }
}

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
