// Conditional formats (ExcelApi 1.6): Range.conditionalFormats lists the formats that intersect
// the range; add() puts a new format at the top priority, as Excel does; a Custom format has a
// rule (its formula) and a format (fill and font colours). Excel refuses structured references
// (Пороги[Значение]) and formulas over 8 192 characters in a rule; so does the fake.
import { rangeA1 } from '../../../src/core/grid';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { ConditionalFormatModel, FORMULA_MAX, overlaps, SheetModel } from './model';
import { FakeClientResult, FakeCollection, FakeObject, Loadable, Prop } from './proxy';
import { FakeRange } from './ranges';
import { At, book } from './shared';
import { transport } from './wire';

const TYPES = ['Custom', 'DataBar', 'ColorScale', 'IconSet', 'TopBottom', 'PresetCriteria', 'ContainsText', 'CellValue'];

interface Located {
  sheet: SheetModel;
  cf: ConditionalFormatModel;
}

/** «#ffc7ce» or «FFC7CE» → «#FFC7CE», as Excel reports colours. */
const colour = (v: unknown): string => String(v).toUpperCase().replace(/^#?/, '#');

/** A table name followed by «[»: a structured reference, outside string literals. */
const STRUCTURED = /(^|[^\p{L}\p{N}_.'"])[\p{L}_][\p{L}\p{N}_.]*\[/u;

function checkRuleFormula(v: unknown): string {
  const f = String(v);
  if (!f.startsWith('=')) throw officeError('InvalidArgument', `A conditional format formula must start with «=»: «${f}».`);
  if (f.length > FORMULA_MAX) throw officeError('InvalidArgument', `The formula is longer than ${FORMULA_MAX} characters.`);
  if (STRUCTURED.test(f.replace(/"(?:[^"]|"")*"/g, '""'))) throw officeError('InvalidArgument', 'Structured references are not allowed in conditional format formulas.');
  return f;
}

export class FakeConditionalFormatCollection extends FakeCollection<At, ConditionalFormatModel, FakeConditionalFormat> {
  constructor(ctx: FakeContext, locate: () => At | null) {
    super(ctx, 'ConditionalFormatCollection', locate, '1.6');
  }

  protected _list(at: At): ConditionalFormatModel[] {
    return at.sheet.conditionalFormats.filter((cf) => overlaps(cf.rect, at.rect));
  }

  protected _wrap(m: ConditionalFormatModel): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const at = this._find();
      return at && at.sheet.conditionalFormats.includes(m) && book(this.context).sheets.includes(at.sheet) ? { sheet: at.sheet, cf: m } : null;
    });
  }

  /** A new format on the whole range, at the first (top) priority. */
  add(type: string): FakeConditionalFormat {
    let added: Located | null = null;
    this._call('add', type, undefined, (at) => {
      if (!TYPES.includes(type)) throw officeError('InvalidArgument', `Unknown conditional format type «${type}».`);
      at.sheet.guard('format');
      const cf: ConditionalFormatModel = { id: book(this.context).nextId('cf'), type, rect: { ...at.rect }, stopIfTrue: false };
      at.sheet.conditionalFormats.unshift(cf);
      added = { sheet: at.sheet, cf };
    });
    return new FakeConditionalFormat(this.context, () => (added && added.sheet.conditionalFormats.includes(added.cf) ? added : null));
  }

  getCount(): FakeClientResult<number> {
    const result = new FakeClientResult<number>();
    this._enqueue('getCount', undefined, this._requires, (stage) => {
      const n = this._list(this._target()).length;
      stage.deliver(transport(n).bytes, () => result._set(n));
    });
    return result;
  }

  getItemAt(index: number): FakeConditionalFormat {
    return new FakeConditionalFormat(this.context, () => {
      const at = this._find();
      const cf = at && this._list(at)[index];
      return at && cf ? { sheet: at.sheet, cf } : null;
    });
  }
}

export class FakeConditionalFormat extends FakeObject<Located> {
  constructor(ctx: FakeContext, locate: () => Located | null) {
    super(ctx, 'ConditionalFormat', locate, '1.6');
  }

  protected override _props(): Record<string, Prop<Located>> {
    return {
      id: { get: (t) => t.cf.id },
      type: { get: (t) => t.cf.type },
      priority: {
        get: (t) => t.sheet.conditionalFormats.indexOf(t.cf),
        set: (t, v) => {
          t.sheet.guard('format');
          const list = t.sheet.conditionalFormats;
          list.splice(list.indexOf(t.cf), 1);
          const n = Number(v);
          const at = n < 0 ? Math.max(0, list.length + 1 + n) : Math.min(n, list.length);
          list.splice(at, 0, t.cf);
        },
      },
      stopIfTrue: {
        get: (t) => t.cf.stopIfTrue,
        set: (t, v) => {
          t.sheet.guard('format');
          t.cf.stopIfTrue = Boolean(v);
        },
      },
    };
  }

  protected override _navs(): Record<string, () => Loadable> {
    return { custom: () => this.custom };
  }

  get id(): string {
    return this._get('id');
  }
  get type(): string {
    return this._get('type');
  }
  get priority(): number {
    return this._get('priority');
  }
  set priority(v: number) {
    this._set('priority', v);
  }
  get stopIfTrue(): boolean {
    return this._get('stopIfTrue');
  }
  set stopIfTrue(v: boolean) {
    this._set('stopIfTrue', v);
  }

  /** Only a Custom format has one: on another type the batch fails with ItemNotFound. */
  get custom(): FakeCustomConditionalFormat {
    return this._nav('custom', () => new FakeCustomConditionalFormat(this.context, () => {
      const t = this._find();
      return t && t.cf.type === 'Custom' ? t : null;
    }));
  }

  getRange(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._find();
      return t && { sheet: t.sheet, rect: { ...t.cf.rect } };
    });
  }

  delete(): void {
    this._call('delete', undefined, undefined, (t) => {
      t.sheet.guard('format');
      t.sheet.conditionalFormats = t.sheet.conditionalFormats.filter((cf) => cf !== t.cf);
    });
  }
}

export class FakeCustomConditionalFormat extends FakeObject<Located> {
  constructor(ctx: FakeContext, locate: () => Located | null) {
    super(ctx, 'CustomConditionalFormat', locate, '1.6');
  }

  protected override _navs(): Record<string, () => Loadable> {
    return { rule: () => this.rule, format: () => this.format };
  }

  get rule(): FakeConditionalFormatRule {
    return this._nav('rule', () => new FakeConditionalFormatRule(this.context, () => this._find()));
  }
  get format(): FakeConditionalRangeFormat {
    return this._nav('format', () => new FakeConditionalRangeFormat(this.context, () => this._find()));
  }
}

export class FakeConditionalFormatRule extends FakeObject<Located> {
  constructor(ctx: FakeContext, locate: () => Located | null) {
    super(ctx, 'ConditionalFormatRule', locate, '1.6');
  }

  protected override _props(): Record<string, Prop<Located>> {
    const formula: Prop<Located> = {
      get: (t) => t.cf.formula ?? '',
      set: (t, v) => {
        t.sheet.guard('format');
        t.cf.formula = checkRuleFormula(v);
      },
    };
    // A Russian Excel shows formulaLocal in Russian; the fake keeps one form.
    return { formula, formulaLocal: formula };
  }

  get formula(): string {
    return this._get('formula');
  }
  set formula(v: string) {
    this._set('formula', v);
  }
  get formulaLocal(): string {
    return this._get('formulaLocal');
  }
  set formulaLocal(v: string) {
    this._set('formulaLocal', v);
  }
}

export class FakeConditionalRangeFormat extends FakeObject<Located> {
  constructor(ctx: FakeContext, locate: () => Located | null) {
    super(ctx, 'ConditionalRangeFormat', locate, '1.6');
  }

  protected override _navs(): Record<string, () => Loadable> {
    return { fill: () => this.fill, font: () => this.font };
  }

  get fill(): FakeConditionalColour {
    return this._nav('fill', () => new FakeConditionalColour(this.context, 'ConditionalRangeFill', 'fill', () => this._find()));
  }
  get font(): FakeConditionalColour {
    return this._nav('font', () => new FakeConditionalColour(this.context, 'ConditionalRangeFont', 'font', () => this._find()));
  }
}

/** ConditionalRangeFill and ConditionalRangeFont: a colour (null when none is set), and clear(). */
export class FakeConditionalColour extends FakeObject<Located> {
  constructor(ctx: FakeContext, entity: string, private readonly key: 'fill' | 'font', locate: () => Located | null) {
    super(ctx, entity, locate, '1.6');
  }

  protected override _props(): Record<string, Prop<Located>> {
    return {
      color: {
        get: (t) => t.cf[this.key] ?? null,
        set: (t, v) => {
          t.sheet.guard('format');
          t.cf[this.key] = colour(v);
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

  clear(): void {
    this._call('clear', undefined, undefined, (t) => {
      t.sheet.guard('format');
      delete t.cf[this.key];
    });
  }
}

/** The formats of a sheet as a test reads them, in priority order. */
export const describeFormats = (sheet: SheetModel): { type: string; range: string; formula?: string; fill?: string; font?: string }[] =>
  sheet.conditionalFormats.map((cf) => ({ type: cf.type, range: rangeA1(cf.rect), formula: cf.formula, fill: cf.fill, font: cf.font }));
