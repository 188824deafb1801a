// Workbook, worksheets and the worksheet itself.
import { a1 } from '../../../src/core/grid';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { rectOf, SheetModel } from './model';
import { FakeCollection, FakeObject, Loadable, Prop } from './proxy';
import { At, book, sticky } from './shared';
import { FakeRange } from './ranges';
import { FakeChangedEvent } from './events';
import { FakeCommentCollection, FakeFreezePanes, FakeNoteCollection, FakeTableCollection, FakeWorksheetProtection } from './sheet-parts';

export class FakeWorkbook {
  constructor(readonly context: FakeContext) {}

  private sheets?: FakeWorksheetCollection;

  get worksheets(): FakeWorksheetCollection {
    return (this.sheets ??= new FakeWorksheetCollection(this.context));
  }
}

export class FakeWorksheetCollection extends FakeCollection<SheetModel[], SheetModel, FakeWorksheet> {
  constructor(ctx: FakeContext) {
    super(ctx, 'WorksheetCollection', () => book(ctx).sheets);
  }

  protected _list(t: SheetModel[]): SheetModel[] {
    return [...t];
  }

  protected _wrap(m: SheetModel): FakeWorksheet {
    return new FakeWorksheet(this.context, sticky(this.context, () => m));
  }

  getItem(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, sticky(this.context, () => book(this.context).find(name)));
  }

  /** A change on any sheet (ExcelApi 1.9). */
  get onChanged(): FakeChangedEvent {
    return new FakeChangedEvent(this.context);
  }

  getItemOrNullObject(name: string): FakeWorksheet {
    return new FakeWorksheet(this.context, sticky(this.context, () => book(this.context).find(name)), '1.4', true);
  }

  getActiveWorksheet(): FakeWorksheet {
    return new FakeWorksheet(this.context, sticky(this.context, () => book(this.context).active));
  }

  add(name?: string): FakeWorksheet {
    let added: SheetModel | null = null;
    const ws = new FakeWorksheet(this.context, () => added);
    this._call('add', name, undefined, () => {
      added = book(this.context).addSheet(name ?? book(this.context).nextId('Sheet'));
    });
    return ws;
  }
}

export class FakeWorksheet extends FakeObject<SheetModel> {
  constructor(ctx: FakeContext, locate: () => SheetModel | null, requires = '1.1', nullable = false) {
    super(ctx, 'Worksheet', locate, requires, nullable);
  }

  protected override _props(): Record<string, Prop<SheetModel>> {
    return {
      name: { get: (s) => s.name, set: (s, v) => {
        const other = book(this.context).find(String(v));
        if (other && other !== s) throw officeError('ItemAlreadyExists', `A sheet named «${String(v)}» already exists.`);
        s.name = String(v);
      } },
      id: { get: (s) => s.id },
      visibility: { setVersion: '1.2', get: (s) => s.visibility, set: (s, v) => {
        if (v === 'Visible' || v === 'Hidden' || v === 'VeryHidden') s.visibility = v;
        else throw officeError('InvalidArgument', `Bad visibility ${String(v)}.`);
      } },
      position: { get: (s) => book(this.context).sheets.indexOf(s) },
    };
  }

  protected override _navs(): Record<string, () => Loadable> {
    return { protection: () => this.protection, freezePanes: () => this.freezePanes, tables: () => this.tables, notes: () => this.notes, comments: () => this.comments };
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get id(): string {
    return this._get('id');
  }
  get position(): number {
    return this._get('position');
  }
  get visibility(): string {
    return this._get('visibility');
  }
  set visibility(v: string) {
    this._set('visibility', v);
  }

  get protection(): FakeWorksheetProtection {
    return this._nav('protection', () => new FakeWorksheetProtection(this.context, () => this._find()));
  }
  get freezePanes(): FakeFreezePanes {
    return this._nav('freezePanes', () => new FakeFreezePanes(this.context, () => this._find()));
  }
  get tables(): FakeTableCollection {
    return this._nav('tables', () => new FakeTableCollection(this.context, () => this._find()));
  }
  get notes(): FakeNoteCollection {
    return this._nav('notes', () => new FakeNoteCollection(this.context, () => this._find()));
  }
  get comments(): FakeCommentCollection {
    return this._nav('comments', () => new FakeCommentCollection(this.context, () => this._find()));
  }

  getRange(address?: string): FakeRange {
    return new FakeRange(this.context, () => {
      const sheet = this._find();
      return sheet && { sheet, rect: address === undefined ? { top: 0, left: 0, bottom: 1_048_575, right: 16_383 } : rectOf(address) };
    });
  }

  getCell(row: number, column: number): FakeRange {
    return this.getRange(a1(row, column));
  }

  /** Fixed when the batch runs, as Excel computes it then; an empty sheet gives A1. */
  getUsedRange(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, false);
  }

  getUsedRangeOrNullObject(valuesOnly?: boolean): FakeRange {
    return this.used(valuesOnly, true);
  }

  private used(valuesOnly: boolean | undefined, nullable: boolean): FakeRange {
    let at: At | null | undefined;
    const version = nullable ? '1.4' : valuesOnly === undefined ? '1.1' : '1.2';
    return new FakeRange(
      this.context,
      () => {
        if (at !== undefined) return at;
        const sheet = this._find();
        if (!sheet) return null;
        const rect = sheet.usedRect(valuesOnly === true);
        at = rect ? { sheet, rect } : nullable ? null : { sheet, rect: { top: 0, left: 0, bottom: 0, right: 0 } };
        return at;
      },
      version,
      nullable,
    );
  }

  delete(): void {
    this._call('delete', undefined, undefined, (s) => book(this.context).deleteSheet(s));
  }

  activate(): void {
    this._call('activate', undefined, undefined, (s) => {
      if (s.visibility !== 'Visible') throw officeError('InvalidOperation', `Cannot activate the hidden sheet «${s.name}».`);
      book(this.context).active = s;
    });
  }
}
