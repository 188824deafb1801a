// Ranges and what hangs off them: format, fill, font, data validation, merged areas,
// conditional formats (conditional-formats.ts).
import { CellRange, rangeA1 } from '../../../src/core/grid';
import { FakeConditionalFormatCollection } from './conditional-formats';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { forEachCell, overlaps, rectOf, Scalar, SheetModel, shiftFormula, ValidationModel } from './model';
import { FakeClientResult, FakeObject, Loadable, Prop } from './proxy';
import { At, book, dims, each, matrix } from './shared';
import { transport } from './wire';

export class FakeRange extends FakeObject<At> {
  constructor(ctx: FakeContext, locate: () => At | null, requires = '1.1', nullable = false) {
    super(ctx, 'Range', locate, requires, nullable);
  }

  protected override _props(): Record<string, Prop<At>> {
    return {
      address: { get: (at) => at.sheet.address(at.rect) },
      rowIndex: { get: (at) => at.rect.top },
      columnIndex: { get: (at) => at.rect.left },
      rowCount: { get: (at) => dims(at.rect)[0] },
      columnCount: { get: (at) => dims(at.rect)[1] },
      cellCount: { get: (at) => dims(at.rect)[0] * dims(at.rect)[1] },
      values: {
        get: (at) => matrix(at, (r, c) => at.sheet.shown(r, c)),
        set: (at, v) => {
          at.sheet.guard('content', at.rect);
          each(at, v, (r, c, x) => at.sheet.enter(r, c, x));
        },
      },
      formulas: {
        get: (at) => matrix(at, (r, c) => at.sheet.cell(r, c)?.f ?? at.sheet.shown(r, c)),
        set: (at, v) => {
          at.sheet.guard('content', at.rect);
          each(at, v, (r, c, x) => at.sheet.enterFormula(r, c, x));
        },
      },
      numberFormat: {
        get: (at) => matrix(at, (r, c) => at.sheet.cell(r, c)?.fmt ?? 'General'),
        set: (at, v) => {
          at.sheet.guard('format');
          each(at, v, (r, c, x) => {
            const cell = at.sheet.ensure(r, c);
            if (x === 'General' || x === '' || x === null) delete cell.fmt;
            else cell.fmt = String(x);
          });
        },
      },
      hyperlink: {
        version: '1.7',
        get: (at) => at.sheet.cell(at.rect.top, at.rect.left)?.link ?? null,
        set: (at, v) => {
          at.sheet.guard('content', at.rect);
          const link = v as { address?: string; textToDisplay?: string };
          forEachCell(at.rect, (r, c) => {
            at.sheet.ensure(r, c).link = { address: link.address, textToDisplay: link.textToDisplay };
            if (link.textToDisplay !== undefined) at.sheet.ensure(r, c).v = link.textToDisplay;
          });
        },
      },
    };
  }

  protected override _navs(): Record<string, () => Loadable> {
    return { format: () => this.format, dataValidation: () => this.dataValidation, conditionalFormats: () => this.conditionalFormats };
  }

  get address(): string {
    return this._get('address');
  }
  get rowIndex(): number {
    return this._get('rowIndex');
  }
  get columnIndex(): number {
    return this._get('columnIndex');
  }
  get rowCount(): number {
    return this._get('rowCount');
  }
  get columnCount(): number {
    return this._get('columnCount');
  }
  get cellCount(): number {
    return this._get('cellCount');
  }
  get values(): Scalar[][] {
    return this._get('values');
  }
  set values(v: unknown) {
    this._set('values', v);
  }
  get formulas(): Scalar[][] {
    return this._get('formulas');
  }
  set formulas(v: unknown) {
    this._set('formulas', v);
  }
  get numberFormat(): string[][] {
    return this._get('numberFormat');
  }
  set numberFormat(v: unknown) {
    this._set('numberFormat', v);
  }
  get hyperlink(): unknown {
    return this._get('hyperlink');
  }
  set hyperlink(v: unknown) {
    this._set('hyperlink', v);
  }

  get format(): FakeRangeFormat {
    return this._nav('format', () => new FakeRangeFormat(this.context, () => this._find()));
  }
  get dataValidation(): FakeDataValidation {
    return this._nav('dataValidation', () => new FakeDataValidation(this.context, () => this._find()));
  }
  /** The conditional formats that intersect the range (ExcelApi 1.6). */
  get conditionalFormats(): FakeConditionalFormatCollection {
    return this._nav('conditionalFormats', () => new FakeConditionalFormatCollection(this.context, () => this._find()));
  }

  getCell(row: number, column: number): FakeRange {
    return new FakeRange(this.context, () => {
      const at = this._find();
      return at && { sheet: at.sheet, rect: { top: at.rect.top + row, left: at.rect.left + column, bottom: at.rect.top + row, right: at.rect.left + column } };
    });
  }

  /** Merged areas whose top-left cell is in the range (so Excel reports them); over 512 fails. */
  getMergedAreasOrNullObject(): FakeRangeAreas {
    return new FakeRangeAreas(this.context, () => {
      const at = this._find();
      if (!at) return null;
      const r = at.rect;
      const found = at.sheet.merges.filter((m) => m.top >= r.top && m.top <= r.bottom && m.left >= r.left && m.left <= r.right);
      if (found.length > 512) throw officeError('GeneralException', 'There are more than 512 merged areas in the range.');
      return found.length ? { sheet: at.sheet, areas: found } : null;
    });
  }

  /** Hyperlinks and (format.protection) locked flags, the two cell properties the adapter asks for. */
  getCellProperties(options: { hyperlink?: boolean; format?: { protection?: boolean } }): FakeClientResult<unknown[][]> {
    const result = new FakeClientResult<unknown[][]>();
    this._enqueue('getCellProperties', options, '1.9', (stage) => {
      const at = this._target();
      const value = matrix(at, (r, c) => {
        const cell = at.sheet.cell(r, c);
        const link = cell?.link;
        return {
          ...(options.hyperlink && link ? { hyperlink: { ...link } } : {}),
          ...(options.format?.protection ? { format: { protection: { locked: cell?.unlocked !== true, formulaHidden: false } } } : {}),
        };
      });
      const { copy, bytes } = transport(value);
      stage.deliver(bytes, () => result._set(copy as unknown[][]));
    });
    return result;
  }

  /**
   * Range.autoFill (1.9), «FillCopy» only: the destination extends this range down (or right);
   * its cells take this range's contents repeated, formulas moved as Excel moves them (relative
   * references follow the row), with their number formats.
   */
  autoFill(destination: string | FakeRange, type: string = 'FillDefault'): void {
    this._call('autoFill', [typeof destination === 'string' ? destination : 'range', type], '1.9', (src) => {
      if (type !== 'FillCopy') throw officeError('InvalidArgument', `The fake models only FillCopy, not ${type}.`);
      const dest = typeof destination === 'string' ? { sheet: src.sheet, rect: rectOf(destination) } : destination._target();
      const s = src.rect;
      const d = dest.rect;
      const down = d.left === s.left && d.right === s.right && d.top === s.top && d.bottom >= s.bottom;
      const right = d.top === s.top && d.bottom === s.bottom && d.left === s.left && d.right >= s.right;
      if (dest.sheet !== src.sheet || !(down || right)) throw officeError('InvalidArgument', 'The destination range must extend the source range down or to the right.');
      src.sheet.guard('content', d);
      const [h, w] = dims(s);
      forEachCell(d, (r, c) => {
        const sr = s.top + ((r - s.top) % h);
        const sc = s.left + ((c - s.left) % w);
        if (sr === r && sc === c) return;
        const from = src.sheet.cell(sr, sc);
        const to = src.sheet.ensure(r, c);
        if (from?.fmt === undefined) delete to.fmt;
        else to.fmt = from.fmt;
        if (from?.f !== undefined) src.sheet.enterFormula(r, c, shiftFormula(from.f, r - sr, c - sc));
        else src.sheet.enter(r, c, from?.v ?? '');
      });
    });
  }

  select(): void {
    this._call('select', undefined, undefined, (at) => {
      if (at.sheet.visibility !== 'Visible') throw officeError('InvalidSelection', 'Cannot select on a hidden sheet.');
      book(this.context).active = at.sheet;
      book(this.context).selection = { sheet: at.sheet.name, address: rangeA1(at.rect) };
    });
  }

  clear(applyTo: string = 'All'): void {
    this._call('clear', applyTo, undefined, (at) => {
      at.sheet.guard(applyTo === 'Formats' ? 'format' : 'content', at.rect);
      forEachCell(at.rect, (r, c) => {
        const cell = at.sheet.cell(r, c);
        if (!cell) return;
        if (applyTo !== 'Formats') {
          delete cell.v;
          delete cell.f;
        }
        if (applyTo !== 'Contents') for (const k of ['fmt', 'fill', 'wrap', 'bold', 'size', 'valign'] as const) delete cell[k];
      });
    });
  }

  merge(): void {
    this._call('merge', undefined, '1.2', (at) => {
      at.sheet.guard('content', at.rect);
      if (at.sheet.merges.some((m) => overlaps(m, at.rect))) throw officeError('InvalidOperation', 'Cannot merge over a merged range.');
      at.sheet.merges.push({ ...at.rect });
    });
  }
}

export class FakeRangeAreas extends FakeObject<{ sheet: SheetModel; areas: CellRange[] }> {
  constructor(ctx: FakeContext, locate: () => { sheet: SheetModel; areas: CellRange[] } | null) {
    super(ctx, 'RangeAreas', locate, '1.13', true);
  }

  protected override _props(): Record<string, Prop<{ sheet: SheetModel; areas: CellRange[] }>> {
    return {
      address: { get: (t) => t.areas.map((m) => t.sheet.address(m)).join(', ') },
      areaCount: { get: (t) => t.areas.length },
    };
  }

  get address(): string {
    return this._get('address');
  }
  get areaCount(): number {
    return this._get('areaCount');
  }
}

export class FakeRangeFormat extends FakeObject<At> {
  constructor(ctx: FakeContext, locate: () => At | null) {
    super(ctx, 'RangeFormat', locate);
  }

  protected override _props(): Record<string, Prop<At>> {
    const top = (at: At) => at.sheet.cell(at.rect.top, at.rect.left);
    const cells = (kind: 'format', apply: (at: At, r: number, c: number) => void) => (at: At) => {
      at.sheet.guard(kind);
      forEachCell(at.rect, (r, c) => apply(at, r, c));
    };
    return {
      columnWidth: {
        version: '1.2',
        get: (at) => at.sheet.columnWidths.get(at.rect.left) ?? 48,
        set: (at, v) => {
          at.sheet.guard('columns');
          for (let c = at.rect.left; c <= at.rect.right; c++) at.sheet.columnWidths.set(c, Number(v));
        },
      },
      wrapText: { get: (at) => top(at)?.wrap ?? false, set: (at, v) => cells('format', (a, r, c) => (a.sheet.ensure(r, c).wrap = Boolean(v)))(at) },
      verticalAlignment: { get: (at) => top(at)?.valign ?? 'Bottom', set: (at, v) => cells('format', (a, r, c) => (a.sheet.ensure(r, c).valign = String(v)))(at) },
    };
  }

  protected override _navs(): Record<string, () => Loadable> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get columnWidth(): number {
    return this._get('columnWidth');
  }
  set columnWidth(v: number) {
    this._set('columnWidth', v);
  }
  get wrapText(): boolean {
    return this._get('wrapText');
  }
  set wrapText(v: boolean) {
    this._set('wrapText', v);
  }
  get verticalAlignment(): string {
    return this._get('verticalAlignment');
  }
  set verticalAlignment(v: string) {
    this._set('verticalAlignment', v);
  }
  get fill(): FakeRangeFill {
    return this._nav('fill', () => new FakeRangeFill(this.context, () => this._find()));
  }
  get font(): FakeRangeFont {
    return this._nav('font', () => new FakeRangeFont(this.context, () => this._find()));
  }
}

/** As Excel: «no fill» reads #FFFFFF like white; from 1.9 tintAndShade is null only for «no fill». */
export class FakeRangeFill extends FakeObject<At> {
  constructor(ctx: FakeContext, locate: () => At | null) {
    super(ctx, 'RangeFill', locate);
  }

  protected override _props(): Record<string, Prop<At>> {
    const fills = (at: At): (string | undefined)[] => {
      const out: (string | undefined)[] = [];
      forEachCell(at.rect, (r, c) => out.push(at.sheet.cell(r, c)?.fill));
      return out;
    };
    const uniform = (at: At): string | undefined | null => {
      const all = fills(at);
      return all.every((f) => f === all[0]) ? all[0] : null;
    };
    return {
      color: {
        get: (at) => {
          const f = uniform(at);
          return f === null ? null : f ?? '#FFFFFF';
        },
        set: (at, v) => {
          at.sheet.guard('format');
          const color = String(v).toUpperCase().replace(/^#?/, '#');
          forEachCell(at.rect, (r, c) => (at.sheet.ensure(r, c).fill = color));
        },
      },
      tintAndShade: {
        version: '1.9',
        get: (at) => {
          const f = uniform(at);
          return f === undefined || f === null ? null : 0;
        },
      },
    };
  }

  get color(): string {
    return this._get('color');
  }
  set color(v: string) {
    this._set('color', v);
  }
  get tintAndShade(): number | null {
    return this._get('tintAndShade');
  }

  clear(): void {
    this._call('clear', undefined, undefined, (at) => {
      at.sheet.guard('format');
      forEachCell(at.rect, (r, c) => delete at.sheet.ensure(r, c).fill);
    });
  }
}

export class FakeRangeFont extends FakeObject<At> {
  constructor(ctx: FakeContext, locate: () => At | null) {
    super(ctx, 'RangeFont', locate);
  }

  protected override _props(): Record<string, Prop<At>> {
    const set = (apply: (cell: { bold?: boolean; size?: number }, v: unknown) => void) => (at: At, v: unknown) => {
      at.sheet.guard('format');
      forEachCell(at.rect, (r, c) => apply(at.sheet.ensure(r, c), v));
    };
    return {
      bold: { get: (at) => at.sheet.cell(at.rect.top, at.rect.left)?.bold ?? false, set: set((cell, v) => (cell.bold = Boolean(v))) },
      size: { get: (at) => at.sheet.cell(at.rect.top, at.rect.left)?.size ?? 11, set: set((cell, v) => (cell.size = Number(v))) },
    };
  }

  get bold(): boolean {
    return this._get('bold');
  }
  set bold(v: boolean) {
    this._set('bold', v);
  }
  get size(): number {
    return this._get('size');
  }
  set size(v: number) {
    this._set('size', v);
  }
}

export class FakeDataValidation extends FakeObject<At> {
  constructor(ctx: FakeContext, locate: () => At | null) {
    super(ctx, 'DataValidation', locate, '1.8');
  }

  private validation(at: At): ValidationModel {
    at.sheet.guard('content', at.rect);
    const same = at.sheet.validations.find((v) => rangeA1(v.rect) === rangeA1(at.rect));
    if (same) return same;
    at.sheet.validations = at.sheet.validations.filter((v) => !overlaps(v.rect, at.rect));
    const created: ValidationModel = { rect: { ...at.rect } };
    at.sheet.validations.push(created);
    return created;
  }

  protected override _props(): Record<string, Prop<At>> {
    // As Excel reads it: the one rule that covers the whole range (a cell inside a validated
    // block has the block's rule); none when nothing overlaps; Inconsistent otherwise.
    const covering = (at: At): ValidationModel | 'none' | 'inconsistent' => {
      const over = at.sheet.validations.filter((v) => overlaps(v.rect, at.rect));
      if (over.length === 0) return 'none';
      const v = over[0];
      const r = at.rect;
      return over.length === 1 && v.rect.top <= r.top && v.rect.left <= r.left && v.rect.bottom >= r.bottom && v.rect.right >= r.right ? v : 'inconsistent';
    };
    const found = (at: At): ValidationModel | null => {
      const v = covering(at);
      return typeof v === 'string' ? null : v;
    };
    return {
      type: {
        get: (at) => {
          const v = covering(at);
          return v === 'none' ? 'None' : v === 'inconsistent' ? 'Inconsistent' : validationType(v.rule);
        },
      },
      rule: { get: (at) => ruleAsRead(found(at)?.rule), set: (at, v) => (this.validation(at).rule = v) },
      errorAlert: { get: (at) => found(at)?.errorAlert ?? null, set: (at, v) => (this.validation(at).errorAlert = v) },
      ignoreBlanks: { get: (at) => found(at)?.ignoreBlanks ?? true, set: (at, v) => (this.validation(at).ignoreBlanks = Boolean(v)) },
    };
  }

  get type(): string {
    return this._get('type');
  }

  get rule(): unknown {
    return this._get('rule');
  }
  set rule(v: unknown) {
    this._set('rule', v);
  }
  get errorAlert(): unknown {
    return this._get('errorAlert');
  }
  set errorAlert(v: unknown) {
    this._set('errorAlert', v);
  }
  get ignoreBlanks(): boolean {
    return this._get('ignoreBlanks');
  }
  set ignoreBlanks(v: boolean) {
    this._set('ignoreBlanks', v);
  }
}

const RULE_TYPES: Record<string, string> = {
  wholeNumber: 'WholeNumber',
  decimal: 'Decimal',
  list: 'List',
  date: 'Date',
  time: 'Time',
  textLength: 'TextLength',
  custom: 'Custom',
};

/** DataValidation.type of a rule as set: the name of its one criterion. */
function validationType(rule: unknown): string {
  const key = Object.keys((rule ?? {}) as object).find((k) => k in RULE_TYPES);
  return key ? RULE_TYPES[key] : 'None';
}

/** A rule as Excel gives it back: operands as formulas («=10»), whatever was set (10, «10»). */
function ruleAsRead(rule: unknown): unknown {
  if (!rule || typeof rule !== 'object') return {};
  const formula = (x: unknown): unknown => (x === undefined || (typeof x === 'string' && x.startsWith('=')) ? x : `=${String(x)}`);
  const out: Record<string, unknown> = {};
  for (const [k, c] of Object.entries(rule as Record<string, Record<string, unknown>>)) {
    if (k === 'list' || !c || typeof c !== 'object') out[k] = c && typeof c === 'object' ? { ...c } : c;
    else if (k === 'custom') out[k] = { ...c, formula: formula(c.formula) };
    else out[k] = { ...c, formula1: formula(c.formula1), ...(c.formula2 !== undefined ? { formula2: formula(c.formula2) } : {}) };
  }
  return out;
}
