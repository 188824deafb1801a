// Collecting filled copies into one register: a row per school (a record per table row), the
// problems of every file, schools sent twice. The host reads files one at a time and hands
// each report here; only the small per-school results are kept, never a workbook.
import { fold } from '../text';
import { FieldType, TemplateDescription } from './description';
import { FilledReport, PROBLEM_SEVERITY, ProblemId, ProblemSeverity, TableRecord, TemplateProblem } from './check';
import { Normalised } from './values';

export interface CollectedRow {
  file: string;
  school: string | null;
  values: Record<string, Normalised>;
  sources: Record<string, string>;
}

export interface CollectedRecord extends TableRecord {
  file: string;
  school: string | null;
}

export interface CollectedProblem {
  file: string;
  school: string | null;
  sheet: string | null;
  cell: string | null;
  problem: ProblemId;
  severity: ProblemSeverity;
  message: string;
}

export interface Collection {
  template: TemplateDescription;
  /** Every file given, in the order read. */
  files: string[];
  rows: CollectedRow[];
  records: CollectedRecord[];
  problems: CollectedProblem[];
}

/** «МОАУ "СОШ №1"» and «моау «сош № 1»» are one school. */
export const schoolKey = (name: string): string =>
  fold(name)
    .replace(/[«»"'“”„`]/g, '')
    .replace(/№\s*/g, '№')
    .replace(/\s+/g, ' ')
    .trim();

export class Collector {
  private readonly rows: CollectedRow[] = [];
  private readonly records: CollectedRecord[] = [];
  private readonly problems: CollectedProblem[] = [];
  private readonly files: string[] = [];

  constructor(readonly template: TemplateDescription) {}

  private push(file: string, school: string | null, p: TemplateProblem): void {
    this.problems.push({ file, school, sheet: p.sheet, cell: p.cell, problem: p.problem, severity: PROBLEM_SEVERITY[p.problem], message: p.message });
  }

  /** A file that was read and checked. */
  add(file: string, report: FilledReport): void {
    this.files.push(file);
    this.rows.push({ file, school: report.school, values: report.values, sources: report.sources });
    for (const r of report.records) this.records.push({ ...r, file, school: report.school });
    for (const p of report.problems) this.push(file, report.school, p);
  }

  /** A file that could not be read at all (unreadable, .xls, macros…): a problem, no row. */
  fail(file: string, problem: 'file.unreadable' | 'file.unsupported-format', message: string): void {
    this.files.push(file);
    this.push(file, null, { problem, sheet: null, cell: null, message });
  }

  finish(): Collection {
    const problems = [...this.problems];
    // Schools sent more than once: each of their files says where the others are.
    const bySchool = new Map<string, CollectedRow[]>();
    for (const row of this.rows) {
      if (!row.school) continue;
      const key = schoolKey(row.school);
      const list = bySchool.get(key);
      if (list) list.push(row);
      else bySchool.set(key, [row]);
    }
    const cellOf = this.template.schoolField ? this.rows[0]?.sources[this.template.schoolField] : undefined;
    const dupes: CollectedProblem[] = [];
    for (const list of bySchool.values()) {
      if (list.length < 2) continue;
      for (const row of list) {
        const others = list.filter((o) => o !== row).map((o) => `«${o.file}»`);
        const src = row.sources[this.template.schoolField ?? ''] ?? cellOf ?? null;
        const [sheet, cell] = src ? splitSource(src) : [null, null];
        dupes.push({
          file: row.file,
          school: row.school,
          sheet,
          cell,
          problem: 'school.duplicate',
          severity: PROBLEM_SEVERITY['school.duplicate'],
          message: `ОО «${row.school}» прислала несколько отчётов: этот и ${others.join(', ')}. Оставьте один отчёт, остальные удалите из папки.`,
        });
      }
    }
    // The duplicate notes go with each file's other problems, files in the order read.
    const order = new Map(this.files.map((f, i) => [f, i]));
    const all = [...problems, ...dupes].map((p, i) => ({ p, i }));
    all.sort((x, y) => (order.get(x.p.file) ?? 0) - (order.get(y.p.file) ?? 0) || x.i - y.i);
    return { template: this.template, files: [...this.files], rows: [...this.rows], records: [...this.records], problems: all.map((x) => x.p) };
  }
}

/** «'Отчёт ОО'!B3» → ['Отчёт ОО', 'B3']. */
export function splitSource(src: string): [string, string] {
  const i = src.lastIndexOf('!');
  const sheet = src.slice(0, i);
  return [sheet.startsWith("'") ? sheet.slice(1, -1).replace(/''/g, "'") : sheet, src.slice(i + 1)];
}

export interface CollectJson {
  template: { fingerprint: string };
  fields: { id: string; label: string; sheet: string; cell: string; type: FieldType }[];
  tables: { id: string; label: string; sheet: string; columns: { id: string; label: string; type: FieldType }[] }[];
  rows: CollectedRow[];
  records: { table: string; file: string; school: string | null; row: number; values: Record<string, Normalised>; sources: Record<string, string> }[];
  problems: CollectedProblem[];
}

/** What `oko collect --json` prints: deterministic, keys in a fixed order. */
export function collectJson(c: Collection): CollectJson {
  const t = c.template;
  return {
    template: { fingerprint: t.fingerprint },
    fields: t.fields.map((f) => ({ id: f.id, label: f.label, sheet: f.sheet, cell: f.cell, type: f.type })),
    tables: t.tables.map((x) => ({ id: x.id, label: x.label, sheet: x.sheet, columns: x.columns.map((k) => ({ id: k.id, label: k.label, type: k.type })) })),
    rows: c.rows.map((r) => ({ file: r.file, school: r.school, values: r.values, sources: r.sources })),
    records: c.records.map((r) => ({ table: r.table, file: r.file, school: r.school, row: r.row, values: r.values, sources: r.sources })),
    problems: c.problems.map((p) => ({ file: p.file, school: p.school, sheet: p.sheet, cell: p.cell, problem: p.problem, severity: p.severity, message: p.message })),
  };
}
