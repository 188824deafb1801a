// Reads a roadmap sheet into a register: the title and programme period above the table,
// the header by synonyms, section rows, task cells merged down over several activities.
import { a1, CellValue, colCount, columnLetters, SheetGrid, valueAt, valueText } from '../grid';
import { Day, dayFromExcelSerial, dayOf, isValidDate, toRu, ymd } from '../dates';
import { readTerms } from '../deadlines/terms';
import { findHeader, HeaderMatch } from '../layout/header';
import { MergedView } from '../layout/merges';
import { makeDeadline, parseDeadline, Deadline } from '../deadlines/deadline';
import { academicYear, approvalFromText, Period, periodFromText } from '../deadlines/period';
import { forEachEqualGroup } from '../equal-groups';
import { foldLooseHash, tidyLines } from '../text';
import { compareNatural } from '../item-numbers';
import { ROADMAP_COLUMNS, RoadmapColumn, settleRoadmapColumns } from './columns';
import { splitResponsible, Party } from './responsible';
import { dateInMark, linksInMark, readDoneOn } from './status';

export interface RoadmapItem {
  /** Unique in the register: the written number, prefixed by the section's where numbering restarts. */
  id: string;
  /** The number as written in the sheet, without a trailing dot ('' when none). */
  number: string;
  /** 1-based sheet row. */
  row: number;
  /** The section the item is under (NO_SECTION before any section title). */
  section: Section;
  task: string;
  activity: string;
  deadline: Deadline;
  responsible: Party[];
  result: string;
  status: string;
  doneOn: Day | null;
  /** The date-done cell as written, when it is not empty. */
  doneOnText: string;
  proof: string;
  /** Column letters of the table, shared by all items (see cellOf). */
  letters: ColumnLetters;
  /** 1-based row of the number cell (earlier than row when the number is merged down). */
  numberRow: number;
  /** Whether the number cell is this row's own (false when merged down from an earlier row). */
  ownNumber: boolean;
}

/**
 * The register's items are made by a constructor, not an object literal. V8 watches each
 * literal site: when every object it makes survives (as every item does), it allocates the
 * site's later objects in the old generation ("pretenuring"). The bench roadmap's row loop then
 * ran at about half speed in some reads (22-26 ms per 10 000 rows instead of 12-15); a
 * constructor has no such site.
 */
class Item implements RoadmapItem {
  id = '';
  constructor(
    public number: string,
    public row: number,
    public section: Section,
    public task: string,
    public activity: string,
    public deadline: Deadline,
    public responsible: Party[],
    public result: string,
    public status: string,
    public doneOn: Day | null,
    public doneOnText: string,
    public proof: string,
    public letters: ColumnLetters,
    public numberRow: number,
    public ownNumber: boolean,
  ) {}
}

export type ColumnLetters = Readonly<Partial<Record<RoadmapColumn, string>>>;

/** A1 address of an item's cell in a column, or undefined when the table has no such column. */
export function cellOf(item: RoadmapItem, column: RoadmapColumn): string | undefined {
  const letters = item.letters[column];
  if (letters === undefined) return undefined;
  return `${letters}${column === 'number' ? item.numberRow : item.row}`;
}

/** Every cell address of an item, by column (for output; rules use cellOf). */
export function cellsOf(item: RoadmapItem): Partial<Record<RoadmapColumn, string>> {
  const out: Partial<Record<RoadmapColumn, string>> = {};
  for (const k of Object.keys(item.letters) as RoadmapColumn[]) out[k] = cellOf(item, k);
  return out;
}

export interface Section {
  /** 1-based row of the section's title; 0 for NO_SECTION. */
  row: number;
  number: string;
  title: string;
}

/** The section of items above any section title. */
export const NO_SECTION: Section = Object.freeze({ row: 0, number: '', title: '' });

export interface Roadmap {
  sheet: string;
  title: string;
  period: Period;
  /** How the period was found: 'title' (read from the sheet), 'given', or 'assumed'. */
  periodOrigin: 'title' | 'given' | 'assumed';
  approved: Day | null;
  header: HeaderMatch<RoadmapColumn>;
  sections: Section[];
  items: RoadmapItem[];
  /** Rows with content but no activity text (1-based), for the required.missing rule. */
  orphanRows: { row: number; cell: string }[];
}

export interface ReadOptions {
  period?: Period;
  approved?: Day | null;
  /** Used only to assume a period when neither the sheet nor the caller gives one. */
  today: Day;
}

export type ReadResult = { ok: true; roadmap: Roadmap } | { ok: false; reason: 'empty' | 'no-header' };

const HEADER_OPTIONS = { requireAll: ['activity'] as RoadmapColumn[], requireAny: ['deadline', 'responsible'] as RoadmapColumn[] };

/** Cheap test used to pick the roadmap sheet among a workbook's sheets. */
export function looksLikeRoadmap(grid: SheetGrid): boolean {
  return findHeader(new MergedView(grid), ROADMAP_COLUMNS, HEADER_OPTIONS) !== null;
}

const UNREAD_DEADLINE: Deadline = makeDeadline('', 'unknown', []);

const NUMBER = /^(\d{1,3}(?:\.\d{1,3})*)\.?$/;
const SECTION_TITLE = /^(?:раздел\s+)?((?:\d{1,3}(?:\.\d{1,3})*|[IVXLC]+))[.)]?\s+(.+)$/su;

/** «1.8», «1.8.» and «1. 8» as the number «1.8»; null for a text that is not an item number. */
function normaliseNumber(text: string): string | null {
  const m = NUMBER.exec(text.replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/**
 * The item's number as written, without a trailing dot: «1.8.» → «1.8», «1. 8» → «1.8»; ''
 * for none. A number normaliseNumber() refuses («1000.1», «3а») keeps its text.
 */
function itemNumber(text: string): string {
  const bare = text.charCodeAt(text.length - 1) === 0x2e ? text.slice(0, -1) : text;
  // Without a space inside, normaliseNumber() could only drop that same dot: most numbers need no regex.
  return HAS_SPACE.test(bare) ? (normaliseNumber(text) ?? bare) : bare;
}

const HAS_SPACE = /\s/;

/** Remembers a pure function's results by its text argument (results are shared, never mutated). */
function memo<T>(fn: (text: string) => T): (text: string) => T {
  const cache = new Map<string, T>();
  // Neighbouring rows often repeat a text (a responsible cell merged down reads as the very
  // same string): compare with the last one before hashing into the map.
  let lastText: string | null = null;
  let last: T | undefined;
  return (text) => {
    if (text === lastText) return last as T;
    let v = cache.get(text);
    if (v === undefined) {
      v = fn(text);
      cache.set(text, v);
    }
    lastText = text;
    last = v;
    return v;
  };
}

/** A deadline typed as a real Excel date arrives as a serial number: read it as «27.09.2021». */
function deadlineCellText(row: TableRow, c: number | undefined): string {
  if (c === undefined) return '';
  const v = row.value(c);
  if (typeof v === 'number' && v >= MIN_DATE_SERIAL && v <= MAX_DATE_SERIAL) return toRu(dayFromExcelSerial(v));
  return row.text(c);
}

// 01.01.1990 … 31.12.2100: a number in this range in a deadline cell is a date, not «2 раза».
const MIN_DATE_SERIAL = 32874;
const MAX_DATE_SERIAL = 73415;

/** One row of the table, read once per row into arrays reused for all of them (a big register has 100 000). */
class TableRow {
  private readonly values: CellValue[];
  /** Per column: the row the cell's value comes from (above this one when merged down). */
  readonly top: Int32Array;
  /** Per column: 1 for a cell inside a merge that starts elsewhere. */
  readonly covered: Uint8Array;
  private readonly texts: string[];
  /** How many of the row's own cells (not covered) have text, and the first of them. */
  count = 0;
  firstCol = -1;
  firstText = '';
  /** Whether any own cell with text is outside the task and number columns. */
  data = false;

  constructor(
    private readonly view: MergedView,
    private readonly width: number,
    private readonly col: Partial<Record<RoadmapColumn, number>>,
  ) {
    this.values = new Array<CellValue>(width).fill(null);
    this.top = new Int32Array(width);
    this.covered = new Uint8Array(width);
    this.texts = new Array<string>(width).fill('');
  }

  read(r: number): this {
    this.view.readRow(r, this.width, this.values, this.top, this.covered);
    this.count = 0;
    this.firstCol = -1;
    this.firstText = '';
    this.data = false;
    for (let c = 0; c < this.width; c++) {
      // 1.15 typed into a cell becomes the number 1.15; its text is what the user wrote.
      const t = valueText(this.values[c]);
      this.texts[c] = t;
      if (t === '' || this.covered[c] === 1) continue;
      if (this.count++ === 0) {
        this.firstCol = c;
        this.firstText = t;
      }
      if (c !== this.col.task && c !== this.col.number) this.data = true;
    }
    return this;
  }

  /** A column's text as the merged view shows it; '' for a column the table lacks. */
  text(c: number | undefined): string {
    return c === undefined ? '' : this.texts[c];
  }

  value(c: number): CellValue {
    return this.values[c];
  }
}

/**
 * A section row holds one text and no deadline or responsible: a title merged across the
 * table («Оценка качества образования обучающихся»), a title in the number column, or a
 * numbered title («2. Мониторинг…») in the activity column of a table without numbers.
 */
function isSectionRow(
  view: MergedView,
  r: number,
  cells: TableRow,
  col: Partial<Record<RoadmapColumn, number>>,
  firstCol: number,
): boolean {
  if (cells.count !== 1) return false;
  const { firstCol: c, firstText: t } = cells;
  if (c === col.deadline || c === col.responsible) return false;
  const activityCol = col.activity as number;
  const span = view.merges.at(r, c);
  if (span && span.right > span.left && span.left <= firstCol + 1 && span.right >= activityCol) return true;
  if (normaliseNumber(t) !== null) return false;
  if (c === col.number || (c === firstCol && c !== activityCol)) return true;
  return c === activityCol && col.number === undefined && /^(\d{1,3}\.|раздел\s|[IVXLC]+\.\s)/i.test(t);
}

/** A section from its title: «2. Мониторинг» is number 2, «Мониторинг», unless the number has a cell of its own. */
function sectionOf(row: number, title: string, number: string): Section {
  const text = title.replace(/\n/g, ' ');
  const m = number ? null : SECTION_TITLE.exec(text);
  return { row, number: m ? m[1] : number, title: m ? m[2].trim() : text };
}

/** Deadlines read against a period, each distinct text once. */
const deadlinesIn = (p: Period): ((text: string) => Deadline) => memo((text) => parseDeadline(text, p));

/**
 * Sorts the table's rows into section titles, items and orphan rows, one row per add(). The
 * work is a method called once per row, not the body of a loop in readRoadmap: V8 optimises a
 * method that hot after a few hundred rows, while the loop of a function called once per
 * register waits for on-stack replacement, which compiles all of readRoadmap (traced at
 * 60-70 ms on the bench machine, against 11-52 ms for add()) while the rows run slowly.
 */
class RowReader {
  readonly sections: Section[] = [];
  readonly items: RoadmapItem[] = [];
  readonly orphanRows: Roadmap['orphanRows'] = [];
  /** Each item's deadline text, kept only while the period is unknown (readDeadline null). */
  readonly deadlineTexts: string[] = [];
  private section = NO_SECTION;
  private readonly row: TableRow;
  private readonly col: Partial<Record<RoadmapColumn, number>>;
  private readonly activityCol: number;
  private readonly firstCol: number;
  private readonly letters: ColumnLetters;
  private readonly proofLinks: ColumnLinks | null;
  /** The execution mark is the table's only tracking column: the date done and the link are read from it. */
  private readonly dateInMark: boolean;
  private readonly linkInMark: boolean;
  // Big roadmaps repeat the same texts thousands of times: read each distinct one once.
  private readonly readResponsible = memo(splitResponsible);
  // A date-done cell repeats a few hundred dates across thousands of rows.
  private readonly readDoneText = memo((text: string) => readDoneOn(text) ?? null);

  constructor(
    private readonly grid: SheetGrid,
    private readonly view: MergedView,
    width: number,
    header: HeaderMatch<RoadmapColumn>,
    private readonly readDeadline: ((text: string) => Deadline) | null,
  ) {
    const col = header.columns;
    this.col = col;
    this.activityCol = col.activity as number;
    const keyCols = (['number', 'task', 'activity', 'deadline', 'responsible', 'result'] as RoadmapColumn[])
      .map((k) => col[k])
      .filter((c): c is number => c !== undefined);
    this.firstCol = Math.min(...keyCols);
    this.dateInMark = col.status !== undefined && col.doneOn === undefined;
    this.linkInMark = col.status !== undefined && col.proof === undefined;
    const letters: Partial<Record<RoadmapColumn, string>> = Object.fromEntries((Object.keys(col) as RoadmapColumn[]).map((k) => [k, columnLetters(col[k] as number)]));
    // What is read from the mark is found in the mark's cell.
    if (this.dateInMark) letters.doneOn = letters.status;
    if (this.linkInMark) letters.proof = letters.status;
    this.letters = letters;
    this.proofLinks = linksInColumn(grid, this.linkInMark ? col.status : col.proof);
    this.row = new TableRow(view, width, col);
  }

  add(r: number): void {
    const { row, col, activityCol } = this;
    if (row.read(r).count === 0) return;

    const activity = row.covered[activityCol] === 1 ? '' : row.text(activityCol);
    if (isSectionRow(this.view, r, row, col, this.firstCol)) {
      this.section = sectionOf(r + 1, tidyLines(row.firstText), '');
      this.sections.push(this.section);
      return;
    }
    if (activity === '') {
      if (row.data) this.orphanRows.push({ row: r + 1, cell: a1(r, activityCol) });
      return;
    }

    const numberCol = col.number;
    const numberRaw = row.text(numberCol);
    const doneOnCol = col.doneOn;
    const doneRaw = doneOnCol !== undefined ? valueAt(this.grid, r, doneOnCol) : this.dateInMark ? dateInMark(row.text(col.status)) : null;
    const proofLink = linkAt(this.proofLinks, r);
    const deadlineText = deadlineCellText(row, col.deadline);
    const readDeadline = this.readDeadline;

    this.items.push(
      new Item(
        itemNumber(numberRaw),
        r + 1,
        this.section,
        tidyLines(row.text(col.task)),
        tidyLines(activity),
        readDeadline ? readDeadline(deadlineText) : UNREAD_DEADLINE,
        this.readResponsible(row.text(col.responsible)),
        tidyLines(row.text(col.result)),
        row.text(col.status),
        typeof doneRaw === 'string' ? this.readDoneText(doneRaw) : (readDoneOn(doneRaw) ?? null),
        valueText(doneRaw),
        proofLink !== undefined ? proofLink.trim() : this.linkInMark ? linksInMark(row.text(col.status)) : row.text(col.proof),
        this.letters,
        (numberCol === undefined ? r : row.top[numberCol]) + 1,
        numberCol === undefined ? false : row.covered[numberCol] === 0,
      ),
    );
    if (!readDeadline) this.deadlineTexts.push(deadlineText);
  }
}

export function readRoadmap(grid: SheetGrid, opts: ReadOptions): ReadResult {
  if (grid.values.length === 0 || grid.values.every((r) => r.every((v) => v === null || v === ''))) {
    return { ok: false, reason: 'empty' };
  }
  const view = new MergedView(grid);
  const found = findHeader(view, ROADMAP_COLUMNS, HEADER_OPTIONS);
  if (!found) return { ok: false, reason: 'no-header' };
  const header = settleRoadmapColumns(found);
  const width = colCount(grid);

  // Title rows: everything above the header. The period and the order's date are read there.
  const preamble: string[] = [];
  for (let r = 0; r < header.row; r++) {
    for (let c = 0; c < width; c++) {
      const t = view.ownText(r, c);
      if (t) preamble.push(t);
    }
  }
  let title = '';
  let period: Period | null = null;
  let approved: Day | null = null;
  for (const t of preamble) {
    const p = periodFromText(t);
    if (p && !period) {
      period = p;
      title = tidyLines(t).replace(/\n/g, ' ');
    }
    approved ??= approvalFromText(t);
  }
  if (!title) title = preamble.map((t) => tidyLines(t).replace(/\n/g, ' ')).sort((a, b) => b.length - a.length)[0] ?? '';
  let periodOrigin: Roadmap['periodOrigin'] = 'title';
  if (opts.period) {
    period = opts.period;
    periodOrigin = 'given';
  }
  if (opts.approved !== undefined) approved = opts.approved;

  // A deadline is read against the period. Known from the title or given, it is read with its
  // row; otherwise the texts wait in the reader until the period is assumed from them.
  const rows = new RowReader(grid, view, width, header, period ? deadlinesIn(period) : null);
  for (let r = header.dataStart; r < grid.values.length; r++) rows.add(r);
  const { orphanRows, deadlineTexts } = rows;
  let { sections, items } = rows;

  if (!period) {
    period = assumePeriod(deadlineTexts, approved, opts.today);
    periodOrigin = 'assumed';
    const read = deadlinesIn(period);
    for (let i = 0; i < items.length; i++) items[i].deadline = read(deadlineTexts[i]);
  }
  ({ items, sections } = sectionsFromTitleRows(items, sections));
  assignIds(items, sections);
  return {
    ok: true,
    roadmap: { sheet: grid.name, title, period, periodOrigin, approved, header, sections, items, orphanRows },
  };
}

/**
 * Section titles typed into the table without a merge: «I», «1.» or nothing in the number
 * column, a title in the activity column, and no other cell filled. Such a row is read as an
 * item at first; it is a section when it heads the items below it: a Roman number, a number
 * whose children follow («1.» before «1.1»), or no number above numbered items. Anything
 * else stays an activity, and required.missing asks for its deadline.
 */
function sectionsFromTitleRows(items: RoadmapItem[], sections: Section[]): { items: RoadmapItem[]; sections: Section[] } {
  let kept: RoadmapItem[] | null = null;
  const added: Section[] = [];
  let moved: Section | null = null;
  let into = NO_SECTION;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (moved !== null && it.section !== moved) moved = null;
    if (isTitleRow(it, items[i + 1])) {
      moved = it.section;
      into = sectionOf(it.row, it.activity, it.number);
      added.push(into);
      kept ??= items.slice(0, i);
      continue;
    }
    if (moved !== null) it.section = into;
    kept?.push(it);
  }
  if (kept === null) return { items, sections };
  return { items: kept, sections: [...sections, ...added].sort((a, b) => a.row - b.row) };
}

function isTitleRow(it: RoadmapItem, next: RoadmapItem | undefined): boolean {
  if (!isBare(it) || next === undefined || isBare(next) || !/^[A-ZА-ЯЁ0-9«"]/.test(it.activity)) return false;
  if (it.number === '') return next.number !== '';
  return it.ownNumber && (/^[IVXLC]+$/.test(it.number) || next.number.startsWith(`${it.number}.`));
}

/** An item with nothing but its number and activity: no deadline, responsible, task, result or mark. */
const isBare = (it: RoadmapItem): boolean =>
  it.deadline.text === '' && it.responsible.length === 0 && it.task === '' && it.result === '' && it.status === '' && it.doneOnText === '' && it.proof === '';

/** Hyperlink targets of one column: the row's is urls[byRow[row] - 1], 0 where it has none (typed arrays: no map lookup per row). */
interface ColumnLinks {
  byRow: Int32Array;
  urls: string[];
}

function linksInColumn(grid: SheetGrid, c: number | undefined): ColumnLinks | null {
  if (c === undefined || !grid.links || grid.links.size === 0) return null;
  const links: ColumnLinks = { byRow: new Int32Array(grid.values.length), urls: [] };
  // Keys are cellKey()s, «row,col»: the column is matched as a suffix, without parsing every key.
  const suffix = `,${c}`;
  grid.links.forEach((url, key) => {
    if (!key.endsWith(suffix)) return;
    const r = Number(key.slice(0, key.length - suffix.length));
    if (r < links.byRow.length) links.byRow[r] = links.urls.push(url);
  });
  return links;
}

const linkAt = (links: ColumnLinks | null, r: number): string | undefined => {
  const k = links === null ? 0 : links.byRow[r];
  return k === 0 ? undefined : (links as ColumnLinks).urls[k - 1];
};

/** With no period in the title: the academic year of the order's date, else of the earliest dated deadline, else of today. */
function assumePeriod(deadlineTexts: string[], approved: Day | null, today: Day): Period {
  let anchor = approved;
  if (anchor === null) {
    for (const text of deadlineTexts) {
      for (const t of readTerms(text)) {
        const { y, m, d } = t.start;
        if (y === undefined || m === undefined || !isValidDate(y, m, d ?? 1)) continue;
        const day = dayOf(y, m, d ?? 1);
        if (anchor === null || day < anchor) anchor = day;
      }
    }
  }
  const day = anchor ?? today;
  const { y, m } = ymd(day);
  const first = m >= 9 ? y : y - 1;
  return { ...academicYear(first), source: `${first}-${first + 1} (предположительно)` };
}

/**
 * Ids: the written number; prefixed by the section's number (or its ordinal) where numbering
 * restarts in each section; with the activity's ordinal where one number is merged down over
 * several activities; «№ N» by order where there is no number.
 */
function assignIds(items: RoadmapItem[], sections: Section[]): void {
  const restarts = sections.length > 1 && numbersRestart(items);
  // One number merged down over several rows is one group; its activities get .1, .2, …
  // Groups are keyed by the number cell's row: arrays indexed by row, not maps.
  const rows = items.length ? items[items.length - 1].row + 1 : 0;
  const groupSize = new Uint32Array(rows);
  for (let i = 0; i < items.length; i++) if (items[i].number) groupSize[items[i].numberRow]++;
  const seenInGroup = new Uint32Array(rows);
  const ordinalOf = new Map<Section, number>();
  if (restarts) sections.forEach((s, i) => ordinalOf.set(s, i + 1));
  // A section's items are consecutive: its prefix is worked out when the section changes.
  let section: Section | null = null;
  let sectionPrefix = '';
  let ownPrefix = '';
  let unnumbered = 0;
  // Whether the ids made from written numbers go up in natural order (see below).
  let numberedAscend = true;
  let lastNumbered = '';
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.section !== section) {
      section = it.section;
      const ordinal = ordinalOf.get(section);
      sectionPrefix = ordinal === undefined ? '' : `${section.number || ordinal}.`;
      ownPrefix = `${section.number}.`;
    }
    // Numbers already written under the section's own number («2.3» in section 2) keep it.
    const prefix = sectionPrefix && !it.number.startsWith(ownPrefix) ? sectionPrefix : '';
    let id: string;
    if (it.number) {
      const k = it.numberRow;
      const n = ++seenInGroup[k];
      id = groupSize[k] > 1 ? `${prefix}${it.number}.${n}` : prefix ? prefix + it.number : it.number;
      if (numberedAscend && ((lastNumbered !== '' && compareNatural(lastNumbered, id) >= 0) || it.number.includes('№'))) numberedAscend = false;
      lastNumbered = id;
    } else {
      id = `${prefix}№${++unnumbered}`;
    }
    it.id = id;
  }
  // A duplicate number (a finding of its own) must not make two items share an id: the later
  // ones get «~2», «~3», … (a «~» is never part of a written number). Most roadmaps need no
  // search: «№N» ids end in a count no two share, and no other id has a «№» (section numbers
  // never do); ids from written numbers that only go up in natural order cannot repeat.
  if (numberedAscend) return;
  forEachEqualGroup(
    items.length,
    (i) => foldLooseHash(items[i].id),
    (i) => items[i].id,
    ([, ...later]) => later.forEach((i, k) => (items[i].id = `${items[i].id}~${k + 2}`)),
  );
}

/** True when numbering starts again from 1 in a later section (Severskiy-style «1., 2.» per section). */
function numbersRestart(items: RoadmapItem[]): boolean {
  // A section's items are consecutive: its first number is the first one after it changes.
  let ones = 0;
  let section: Section | null = null;
  let numbered = false;
  for (let i = 0; i < items.length; i++) {
    const it = items[i];
    if (it.section !== section) {
      section = it.section;
      numbered = false;
    }
    if (numbered || !it.number) continue;
    numbered = true;
    if (it.number === '1' || it.number.startsWith('1.')) ones++;
  }
  return ones > 1;
}
