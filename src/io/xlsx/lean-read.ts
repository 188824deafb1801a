// A lean .xlsx reader for templates and the schools' filled copies: JSZip plus the parts a
// template needs (workbook, styles, shared strings, sheets), no ExcelJS model. It is what
// lets `oko collect` read hundreds of files a second in flat memory.
//
// Reads values (formulas only as their cached results: a formula is never kept, run or
// followed), number formats, locked/unlocked cells (empty unlocked cells too: in a blank
// template they are the inputs), merges, sheet protection and data validation.
// Within fixed limits: inspectPackage()'s (size, zip bomb by declared sizes, .xls,
// encryption), every part inflated with a byte budget (a bomb that lies about its sizes
// stops there), a cell budget per workbook; macro-enabled books and books with links to
// other books are refused.
import JSZip from 'jszip';
import { CellRange, CellValue, DataValidation, SheetGrid, SheetProtection, ValidationType, cellKey, parseRangeA1 } from '../../core/grid';
import { excelSerialFromDay, fromIso } from '../../core/dates';
import { decodeXml, inspectPackage, sheetNames } from './inspect';
import { InputError } from './input-error';
import { LIMITS } from './limits';

export const LEAN_LIMITS = {
  /** Non-empty or styled cells over all sheets: a school's report has a few hundred. */
  cellsPerWorkbook: 300_000,
  /** Bytes one part may inflate to, whatever the zip directory declares. */
  partBytes: 64 * 1048576,
};

export interface LeanWorkbook {
  sheets: SheetGrid[];
}

export interface LeanOptions {
  /** Refuse .xlsm packages and links to other workbooks (default true). */
  refuseActiveContent?: boolean;
}

interface JSZipStream {
  on(event: 'data', cb: (chunk: Uint8Array) => void): JSZipStream;
  on(event: 'error', cb: (e: Error) => void): JSZipStream;
  on(event: 'end', cb: () => void): JSZipStream;
  pause(): JSZipStream;
  resume(): JSZipStream;
}

/** Inflates one part, stopping as soon as it passes the budget. */
function readPart(zip: JSZip, path: string, limit: number): Promise<string | null> {
  const f = zip.file(path);
  if (!f) return Promise.resolve(null);
  return new Promise((resolve, reject) => {
    const chunks: Uint8Array[] = [];
    let size = 0;
    let done = false;
    // internalStream is public JSZip API (documented) that its typings leave out.
    const stream = (f as unknown as { internalStream(type: 'uint8array'): JSZipStream }).internalStream('uint8array');
    stream
      .on('data', (chunk: Uint8Array) => {
        if (done) return;
        size += chunk.length;
        if (size > limit) {
          done = true;
          stream.pause();
          reject(new InputError({ kind: 'unpacked-too-large', bytes: size, limit }));
          return;
        }
        chunks.push(chunk);
      })
      .on('error', () => {
        if (done) return;
        done = true;
        reject(new InputError({ kind: 'corrupt', detail: 'архив не распаковывается' }));
      })
      .on('end', () => {
        if (done) return;
        done = true;
        const all = new Uint8Array(size);
        let at = 0;
        for (const c of chunks) {
          all.set(c, at);
          at += c.length;
        }
        resolve(new TextDecoder('utf-8').decode(all));
      })
      .resume();
  });
}

const attr = (tag: string, name: string): string | undefined => {
  const m = new RegExp(`\\s${name}="([^"]*)"`).exec(tag);
  return m ? decodeXml(m[1]) : undefined;
};

/** Text of <t> runs, phonetic hints (<rPh>) left out; Excel's _x000D_ escapes decoded. */
function runsText(xml: string): string {
  const clean = xml.indexOf('<rPh') >= 0 ? xml.replace(/<rPh\b[\s\S]*?<\/rPh>/g, '') : xml;
  let out = '';
  for (const m of clean.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>|<t(?:\s[^>]*)?\/>/g)) out += m[1] ?? '';
  out = decodeXml(out);
  return out.indexOf('_x') >= 0 ? out.replace(/_x([0-9A-Fa-f]{4})_/g, (_m, h: string) => String.fromCharCode(parseInt(h, 16))) : out;
}

function sharedStrings(xml: string | null): string[] {
  if (!xml) return [];
  const out: string[] = [];
  for (const m of xml.matchAll(/<si>([\s\S]*?)<\/si>|<si\/>/g)) out.push(m[1] ? runsText(m[1]) : '');
  return out;
}

/** Excel's built-in number formats that matter here (ids below 164 are not written out). */
const BUILTIN_FORMATS: Record<number, string> = {
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  14: 'dd.mm.yyyy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  22: 'm/d/yy h:mm',
  49: '@',
};

interface Styles {
  /** Per cellXfs index: its number format ('' for General) and whether it unlocks the cell. */
  format: string[];
  unlocked: boolean[];
}

function styles(xml: string | null): Styles {
  const out: Styles = { format: [], unlocked: [] };
  if (!xml) return out;
  const custom = new Map<number, string>();
  for (const m of xml.matchAll(/<numFmt\b[^>]*>/g)) {
    const id = Number(attr(m[0], 'numFmtId'));
    const code = attr(m[0], 'formatCode');
    if (Number.isFinite(id) && code !== undefined) custom.set(id, code);
  }
  const xfs = /<cellXfs\b[^>]*>([\s\S]*?)<\/cellXfs>/.exec(xml)?.[1] ?? '';
  for (const m of xfs.matchAll(/<xf\b([^>]*?)(?:\/>|>([\s\S]*?)<\/xf>)/g)) {
    const id = Number(attr(m[0], 'numFmtId') ?? '0');
    const code = custom.get(id) ?? BUILTIN_FORMATS[id] ?? '';
    out.format.push(code === 'General' ? '' : code);
    const prot = m[2] ? /<protection\b[^>]*>/.exec(m[2])?.[0] : undefined;
    const locked = prot ? attr(prot, 'locked') : undefined;
    out.unlocked.push(locked === '0' || locked === 'false');
  }
  return out;
}

/** Column letters of a cell reference → 0-based column; row digits → 0-based row. */
function splitRef(ref: string): { row: number; col: number } | null {
  let col = 0;
  let i = 0;
  for (; i < ref.length; i++) {
    const c = ref.charCodeAt(i);
    if (c >= 65 && c <= 90) col = col * 26 + (c - 64);
    else break;
  }
  const row = Number(ref.slice(i));
  if (i === 0 || !Number.isInteger(row) || row < 1) return null;
  return { row: row - 1, col: col - 1 };
}

// The sheet's settings «1» = protected against; objects and scenarios default to unprotected.
const PROTECTION_OPTIONS: [string, string, boolean][] = [
  ['formatCells', 'allowFormatCells', true],
  ['formatColumns', 'allowFormatColumns', true],
  ['formatRows', 'allowFormatRows', true],
  ['insertColumns', 'allowInsertColumns', true],
  ['insertRows', 'allowInsertRows', true],
  ['insertHyperlinks', 'allowInsertHyperlinks', true],
  ['deleteColumns', 'allowDeleteColumns', true],
  ['deleteRows', 'allowDeleteRows', true],
  ['sort', 'allowSort', true],
  ['autoFilter', 'allowAutoFilter', true],
  ['pivotTables', 'allowPivotTables', true],
  ['objects', 'allowEditObjects', false],
  ['scenarios', 'allowEditScenarios', false],
];

function protectionOf(xml: string): SheetProtection | null {
  const tag = /<sheetProtection\b[^>]*>/.exec(xml)?.[0];
  if (!tag) return null;
  const sheet = attr(tag, 'sheet');
  if (sheet !== '1' && sheet !== 'true') return null;
  const options: Record<string, boolean> = {};
  for (const [name, as, protectedByDefault] of PROTECTION_OPTIONS) {
    const v = attr(tag, name);
    const on = v === undefined ? protectedByDefault : v === '1' || v === 'true';
    options[as] = !on;
  }
  return { protected: true, hasPassword: Boolean(attr(tag, 'password') || attr(tag, 'hashValue')), options };
}

const VALIDATION_TYPES = new Set<ValidationType>(['list', 'whole', 'decimal', 'date', 'time', 'textLength', 'custom']);

/** «"Да,Нет"» → ['Да', 'Нет']; anything else (a range, a name) is left to the engine. */
function inlineList(formula: string): string[] | undefined {
  const m = /^"([\s\S]*)"$/.exec(formula.trim());
  if (!m) return undefined;
  return m[1]
    .replace(/""/g, '"')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

function validations(xml: string): DataValidation[] {
  const out: DataValidation[] = [];
  const add = (tag: string, body: string, sqref: string | undefined): void => {
    const type = (attr(tag, 'type') ?? 'any') as ValidationType;
    if (!sqref) return;
    const f1 = /<(?:x14:)?formula1>(?:<xm:f>)?([\s\S]*?)(?:<\/xm:f>)?<\/(?:x14:)?formula1>/.exec(body)?.[1];
    const f2 = /<(?:x14:)?formula2>(?:<xm:f>)?([\s\S]*?)(?:<\/xm:f>)?<\/(?:x14:)?formula2>/.exec(body)?.[1];
    const formula1 = f1 === undefined ? undefined : decodeXml(f1).replace(/^=/, '');
    const formula2 = f2 === undefined ? undefined : decodeXml(f2).replace(/^=/, '');
    const values = type === 'list' && formula1 !== undefined ? inlineList(formula1) : undefined;
    for (const ref of sqref.trim().split(/\s+/)) {
      const range = parseRangeA1(ref);
      if (!range) continue;
      out.push({
        range,
        type: VALIDATION_TYPES.has(type) ? type : 'any',
        ...(attr(tag, 'operator') ? { operator: attr(tag, 'operator') } : {}),
        ...(values ? { values } : {}),
        ...(formula1 !== undefined && !values ? { formula1 } : {}),
        ...(formula2 !== undefined ? { formula2 } : {}),
        allowBlank: attr(tag, 'allowBlank') === '1' || attr(tag, 'allowBlank') === 'true',
      });
    }
  };
  for (const m of xml.matchAll(/<dataValidation\b([^>]*?)(?:\/>|>([\s\S]*?)<\/dataValidation>)/g)) add(m[0], m[2] ?? '', attr(m[0], 'sqref'));
  // Excel 2010+ writes lists that refer to another sheet in an extension, the range in <xm:sqref>.
  for (const m of xml.matchAll(/<x14:dataValidation\b([^>]*?)>([\s\S]*?)<\/x14:dataValidation>/g)) {
    add(m[0], m[2], /<xm:sqref>([\s\S]*?)<\/xm:sqref>/.exec(m[2])?.[1]);
  }
  return out;
}

interface Budget {
  cells: number;
}

const CELL_RE = /<row\b([^>]*?)(?:\/>|>)|<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g;

function sheetGrid(name: string, xml: string, shared: string[], st: Styles, budget: Budget): SheetGrid {
  const values: CellValue[][] = [];
  const numberFormats = new Map<string, string>();
  const unlocked = new Set<string>();
  const dataStart = xml.indexOf('<sheetData');
  const dataEnd = xml.indexOf('</sheetData>');
  const data = dataStart < 0 ? '' : xml.slice(dataStart, dataEnd < 0 ? xml.length : dataEnd);
  let row = -1;
  let col = -1;
  CELL_RE.lastIndex = 0;
  for (let m = CELL_RE.exec(data); m; m = CELL_RE.exec(data)) {
    if (m[1] !== undefined) {
      const r = attr(m[0], 'r');
      row = r ? Number(r) - 1 : row + 1;
      col = -1;
      continue;
    }
    if (++budget.cells > LEAN_LIMITS.cellsPerWorkbook) {
      throw new InputError({ kind: 'too-many-cells', count: budget.cells, limit: LEAN_LIMITS.cellsPerWorkbook });
    }
    const tag = m[2];
    const ref = attr(tag, 'r');
    const at = ref ? splitRef(ref) : null;
    if (at) {
      row = at.row;
      col = at.col;
    } else col++;
    if (row < 0) row = 0;
    const s = Number(attr(tag, 's') ?? '0');
    const key = cellKey(row, col);
    if (st.unlocked[s]) unlocked.add(key);
    const fmt = st.format[s];
    if (fmt) numberFormats.set(key, fmt);
    const body = m[3];
    if (!body) continue;
    const t = attr(tag, 't') ?? 'n';
    let v: CellValue = null;
    if (t === 'inlineStr') {
      const is = /<is>([\s\S]*?)<\/is>/.exec(body)?.[1];
      v = is === undefined ? null : runsText(is);
    } else {
      const raw = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (raw !== undefined) {
        if (t === 's') v = shared[Number(raw)] ?? null;
        else if (t === 'str' || t === 'e') v = decodeXml(raw);
        else if (t === 'b') v = raw === '1' || raw === 'true';
        else if (t === 'd') {
          const day = fromIso(raw.slice(0, 10));
          v = day === null ? decodeXml(raw) : excelSerialFromDay(day);
        } else {
          const n = Number(raw);
          v = Number.isFinite(n) ? n : decodeXml(raw);
        }
      }
    }
    if (v === null || v === '') continue;
    let line = values[row];
    if (!line) line = values[row] = [];
    while (line.length < col) line.push(null);
    line[col] = v;
  }
  for (let r = 0; r < values.length; r++) if (!values[r]) values[r] = [];
  const merges: CellRange[] = [];
  for (const mm of xml.matchAll(/<mergeCell\b[^>]*>/g)) {
    const r = parseRangeA1(attr(mm[0], 'ref') ?? '');
    if (r) merges.push(r);
  }
  if (merges.length > LIMITS.mergesPerSheet) throw new InputError({ kind: 'too-many-merges', sheet: name, count: merges.length, limit: LIMITS.mergesPerSheet });
  return { name, values, numberFormats, unlocked, merges, protection: protectionOf(xml), validations: validations(xml) };
}

/** Reads every worksheet of a workbook (chart sheets and dialog sheets have no cells and are skipped). */
export async function readLean(bytes: Uint8Array, opts: LeanOptions = {}): Promise<LeanWorkbook> {
  const { zip } = await inspectPackage(bytes);
  if (opts.refuseActiveContent !== false) {
    const types = (await readPart(zip, '[Content_Types].xml', LEAN_LIMITS.partBytes)) ?? '';
    if (zip.file('xl/vbaProject.bin') || /macroEnabled/i.test(types)) throw new InputError({ kind: 'macro-enabled' });
    const links = zip.file(/^xl\/externalLinks\/externalLink\d+\.xml$/).length;
    if (links > 0) throw new InputError({ kind: 'external-links', count: links });
  }
  const shared = sharedStrings(await readPart(zip, 'xl/sharedStrings.xml', LEAN_LIMITS.partBytes));
  const st = styles(await readPart(zip, 'xl/styles.xml', LEAN_LIMITS.partBytes));
  const budget: Budget = { cells: 0 };
  const sheets: SheetGrid[] = [];
  for (const [path, name] of await sheetNames(zip)) {
    if (!/^xl\/worksheets\//.test(path)) continue;
    const xml = await readPart(zip, path, Math.min(LEAN_LIMITS.partBytes, LIMITS.sheetXmlBytes));
    if (xml === null) continue;
    sheets.push(sheetGrid(name, xml, shared, st, budget));
  }
  return { sheets };
}
