// Collecting filled copies into one register: a row per school (a record per table row), the
// problems of every file, schools sent twice. The host reads files one at a time and hands
// each report here; the per-school results go to a store (arrays in memory, or the CLI's files
// on disk), and only what finds schools sent twice is kept here, never a workbook.
import { Listing, Spool } from '../listing';
import { fold } from '../text';
import { FieldType, TemplateDescription } from './description';
import { FilledReport, PROBLEM_SEVERITY, ProblemId, ProblemSeverity, TemplateProblem } from './check';
import { Normalised } from './values';

/**
 * A school's values, compact: in the template's field order (values[i] is fields[i]'s), source
 * cells interned (every school's «'Отчёт ОО'!D8» is one string). 2 000 schools stay small.
 */
export interface CollectedRow {
  file: string;
  school: string | null;
  values: Normalised[];
  sources: (string | null)[];
}

export interface CollectedRecord {
  table: string;
  file: string;
  school: string | null;
  row: number;
  /** In the table's column order. */
  values: Normalised[];
  sources: (string | null)[];
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
  rows: Listing<CollectedRow>;
  records: Listing<CollectedRecord>;
  /** Each file's problems together, files in the order read. */
  problems: Listing<CollectedProblem>;
}

/** A file that gave no row at all: unreadable, or in a format ОКО does not read. */
export const isUnreadFile = (p: CollectedProblem): boolean => p.problem === 'file.unreadable' || p.problem === 'file.unsupported-format';

/** Where a Collector puts what it collects: arrays by default. */
export interface CollectionStore {
  rows: Spool<CollectedRow>;
  records: Spool<CollectedRecord>;
  problems: Spool<CollectedProblem>;
}

export const memoryStore = (): CollectionStore => ({ rows: [], records: [], problems: [] });

/** A school as the duplicate check needs it: which file, and the cell its name came from. */
interface SchoolSeen {
  file: string;
  fileIndex: number;
  school: string;
  source: string | null;
}

/** «МОАУ "СОШ №1"» and «моау «сош № 1»» are one school. */
export const schoolKey = (name: string): string =>
  fold(name)
    .replace(/[«»"'“”„`]/g, '')
    .replace(/№\s*/g, '№')
    .replace(/\s+/g, ' ')
    .trim();

/**
 * A copy of a string that shares no memory with the text it was cut from. A value read from a
 * sheet is a slice of that sheet's XML, and a slice keeps the whole XML alive: kept as it is,
 * every school's name would keep its sheet in memory.
 */
const detach = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
const detachValue = (v: Normalised | undefined): Normalised => (typeof v === 'string' ? detach(v) : v ?? null);

export class Collector {
  private readonly files: string[] = [];
  private readonly interned = new Map<string, string>();
  private readonly schools = new Map<string, SchoolSeen[]>();
  private readonly schoolIndex: number;

  constructor(
    readonly template: TemplateDescription,
    private readonly store: CollectionStore = memoryStore(),
  ) {
    this.schoolIndex = template.fields.findIndex((f) => f.id === template.schoolField);
  }

  private intern(s: string): string;
  private intern(s: string | undefined): string | null;
  private intern(s: string | undefined): string | null {
    if (s === undefined) return null;
    const had = this.interned.get(s);
    if (had !== undefined) return had;
    const copy = detach(s);
    if (this.interned.size < 100_000) this.interned.set(copy, copy);
    return copy;
  }

  private push(file: string, school: string | null, p: TemplateProblem): void {
    this.store.problems.push({
      file,
      school,
      sheet: p.sheet === null ? null : this.intern(p.sheet),
      cell: p.cell === null ? null : this.intern(p.cell),
      problem: p.problem,
      severity: PROBLEM_SEVERITY[p.problem],
      message: detach(p.message),
    });
  }

  /** A file that was read and checked. */
  add(file: string, report: FilledReport): void {
    this.files.push(file);
    const fields = this.template.fields;
    const school = report.school === null ? null : detach(report.school);
    const sources = fields.map((f) => this.intern(report.sources[f.id]));
    this.store.rows.push({ file, school, values: fields.map((f) => detachValue(report.values[f.id])), sources });
    if (school) {
      const key = schoolKey(school);
      const seen: SchoolSeen = { file, fileIndex: this.files.length - 1, school, source: this.schoolIndex >= 0 ? sources[this.schoolIndex] : null };
      const list = this.schools.get(key);
      if (list) list.push(seen);
      else this.schools.set(key, [seen]);
    }
    for (const r of report.records) {
      const cols = this.template.tables.find((t) => t.id === r.table)?.columns ?? [];
      this.store.records.push({
        table: r.table,
        file,
        school,
        row: r.row,
        values: cols.map((c) => detachValue(r.values[c.id])),
        sources: cols.map((c) => this.intern(r.sources[c.id])),
      });
    }
    for (const p of report.problems) this.push(file, school, p);
  }

  /** A file that could not be read at all (unreadable, .xls, macros…): a problem, no row. */
  fail(file: string, problem: 'file.unreadable' | 'file.unsupported-format', message: string): void {
    this.files.push(file);
    this.push(file, null, { problem, sheet: null, cell: null, message });
  }

  /** Schools sent more than once: each of their files says where the others are. In file order. */
  private duplicates(): { fileIndex: number; problem: CollectedProblem }[] {
    const dupes: { fileIndex: number; problem: CollectedProblem }[] = [];
    for (const list of this.schools.values()) {
      if (list.length < 2) continue;
      for (const seen of list) {
        const others = list.filter((o) => o !== seen).map((o) => `«${o.file}»`);
        const [sheet, cell] = seen.source ? splitSource(seen.source) : [null, null];
        dupes.push({
          fileIndex: seen.fileIndex,
          problem: {
            file: seen.file,
            school: seen.school,
            sheet,
            cell,
            problem: 'school.duplicate',
            severity: PROBLEM_SEVERITY['school.duplicate'],
            message: `ОО «${seen.school}» прислала несколько отчётов: этот и ${others.join(', ')}. Оставьте один отчёт, остальные удалите из папки.`,
          },
        });
      }
    }
    return dupes.sort((a, b) => a.fileIndex - b.fileIndex);
  }

  finish(): Collection {
    const dupes = this.duplicates();
    const stored = this.store.problems;
    const order = new Map(this.files.map((f, i) => [f, i]));
    // The duplicate notes go after each file's other problems: the stored problems are in file
    // order already, so the two are merged as they are read.
    const problems: Listing<CollectedProblem> = {
      length: stored.length + dupes.length,
      *[Symbol.iterator]() {
        let d = 0;
        for (const p of stored) {
          const at = order.get(p.file) ?? 0;
          while (d < dupes.length && dupes[d].fileIndex < at) yield dupes[d++].problem;
          yield p;
        }
        while (d < dupes.length) yield dupes[d++].problem;
      },
    };
    return { template: this.template, files: [...this.files], rows: this.store.rows, records: this.store.records, problems };
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
  rows: { file: string; school: string | null; values: Record<string, Normalised>; sources: Record<string, string> }[];
  records: { table: string; file: string; school: string | null; row: number; values: Record<string, Normalised>; sources: Record<string, string> }[];
  problems: { file: string; school: string | null; sheet: string | null; cell: string | null; problem: ProblemId; severity: ProblemSeverity; message: string }[];
}

function keyed(ids: string[], values: (Normalised | string | null)[], skipNull: boolean): Record<string, Normalised> {
  const out: Record<string, Normalised> = {};
  ids.forEach((id, i) => {
    const v = values[i];
    if (!(skipNull && v === null)) out[id] = v;
  });
  return out;
}

type JsonParts = Record<keyof CollectJson, () => unknown>;

function parts(c: Collection): JsonParts {
  const t = c.template;
  const fieldIds = t.fields.map((f) => f.id);
  const columnIds = new Map(t.tables.map((x) => [x.id, x.columns.map((k) => k.id)]));
  return {
    template: () => ({ fingerprint: t.fingerprint }),
    fields: () => t.fields.map((f) => ({ id: f.id, label: f.label, sheet: f.sheet, cell: f.cell, type: f.type })),
    tables: () => t.tables.map((x) => ({ id: x.id, label: x.label, sheet: x.sheet, columns: x.columns.map((k) => ({ id: k.id, label: k.label, type: k.type })) })),
    *rows() {
      for (const r of c.rows) yield { file: r.file, school: r.school, values: keyed(fieldIds, r.values, false), sources: keyed(fieldIds, r.sources, true) as Record<string, string> };
    },
    *records() {
      for (const r of c.records) {
        const ids = columnIds.get(r.table) ?? [];
        yield { table: r.table, file: r.file, school: r.school, row: r.row, values: keyed(ids, r.values, false), sources: keyed(ids, r.sources, true) as Record<string, string> };
      }
    },
    *problems() {
      for (const p of c.problems) yield { file: p.file, school: p.school, sheet: p.sheet, cell: p.cell, problem: p.problem, severity: p.severity, message: p.message };
    },
  };
}

const KEYS: (keyof CollectJson)[] = ['template', 'fields', 'tables', 'rows', 'records', 'problems'];

/** What `oko collect --json` prints, as an object (keys in a fixed order). */
export function collectJson(c: Collection): CollectJson {
  const p = parts(c);
  const out = {} as Record<string, unknown>;
  for (const k of KEYS) {
    const v = p[k]();
    out[k] = k === 'template' ? v : [...(v as Iterable<unknown>)];
  }
  return out as unknown as CollectJson;
}

/**
 * The lines of JSON.stringify(collectJson(c), null, 2), in pieces of about `size` characters
 * (joined with line breaks they are exactly that text), made one row at a time: 2 000 schools
 * never exist as objects, or as one string, all at once.
 */
export function* collectJsonChunks(c: Collection, size = 65536): Generator<string> {
  const p = parts(c);
  let buf: string[] = ['{'];
  let len = 1;
  const put = (line: string): string | null => {
    buf.push(line);
    len += line.length + 1;
    if (len < size) return null;
    const out = buf.join('\n');
    buf = [];
    len = 0;
    return out;
  };
  for (let i = 0; i < KEYS.length; i++) {
    const k = KEYS[i];
    const comma = i < KEYS.length - 1 ? ',' : '';
    if (k === 'template') {
      const full = put(`  "template": ${JSON.stringify(p.template(), null, 2).replace(/\n/g, '\n  ')}${comma}`);
      if (full !== null) yield full;
      continue;
    }
    let pending: string | null = null;
    for (const item of p[k]() as Iterable<unknown>) {
      if (pending === null) {
        const full = put(`  ${JSON.stringify(k)}: [`);
        if (full !== null) yield full;
      } else {
        const full = put(`${pending},`);
        if (full !== null) yield full;
      }
      pending = `    ${JSON.stringify(item, null, 2).replace(/\n/g, '\n    ')}`;
    }
    const lines = pending === null ? [`  ${JSON.stringify(k)}: []${comma}`] : [pending, `  ]${comma}`];
    for (const line of lines) {
      const full = put(line);
      if (full !== null) yield full;
    }
  }
  buf.push('}');
  yield buf.join('\n');
}

/** The whole text at once (tests; small collections). */
export const collectJsonText = (c: Collection): string => [...collectJsonChunks(c)].join('\n');
