// A worksheet's protection, frozen panes, tables, notes (ExcelApi 1.18) and threaded comments (1.10).
import { a1, CellRange } from '../../../src/core/grid';
import type { FakeContext } from './context';
import { officeError } from './errors';
import { cellOf, CommentModel, DEFAULT_PROTECTION, overlaps, ProtectionOptions, rectOf, SheetModel, TableModel } from './model';
import { FakeCollection, FakeObject, Prop } from './proxy';
import { FakeRange } from './ranges';
import { book, sheetOfAddress } from './shared';

export class FakeWorksheetProtection extends FakeObject<SheetModel> {
  constructor(ctx: FakeContext, locate: () => SheetModel | null) {
    super(ctx, 'WorksheetProtection', locate, '1.2');
  }

  protected override _props(): Record<string, Prop<SheetModel>> {
    return {
      protected: { get: (s) => s.protection.protected },
      options: { get: (s) => ({ ...s.protection.options }) },
    };
  }

  get protected(): boolean {
    return this._get('protected');
  }
  get options(): ProtectionOptions {
    return this._get('options');
  }

  protect(options?: Partial<ProtectionOptions>, password?: string): void {
    this._call('protect', [options, password === undefined ? undefined : '***'], password === undefined ? undefined : '1.7', (s) => {
      if (s.protection.protected) throw officeError('InvalidOperation', `The sheet «${s.name}» is already protected.`);
      s.protection = { protected: true, options: { ...DEFAULT_PROTECTION, ...options }, password: password ?? null };
    });
  }

  unprotect(password?: string): void {
    this._call('unprotect', password === undefined ? undefined : '***', password === undefined ? undefined : '1.7', (s) => {
      if (!s.protection.protected) return;
      if (s.protection.password !== null && s.protection.password !== password) throw officeError('InvalidArgument', 'The password you supplied is not correct.');
      s.protection = { ...s.protection, protected: false, password: null };
    });
  }
}

export class FakeFreezePanes extends FakeObject<SheetModel> {
  constructor(ctx: FakeContext, locate: () => SheetModel | null) {
    super(ctx, 'WorksheetFreezePanes', locate, '1.7');
  }

  freezeRows(count = 1): void {
    this._call('freezeRows', count, undefined, (s) => (s.freezeRows = count));
  }
}

export class FakeTableCollection extends FakeCollection<SheetModel, TableModel, FakeTable> {
  constructor(ctx: FakeContext, locate: () => SheetModel | null) {
    super(ctx, 'TableCollection', locate);
  }

  protected _list(s: SheetModel): TableModel[] {
    return book(this.context).tables.filter((t) => t.sheet === s);
  }

  protected _wrap(m: TableModel): FakeTable {
    return new FakeTable(this.context, () => (book(this.context).tables.includes(m) ? m : null));
  }

  /**
   * As documented for TableCollection.add: the Range or the address decides the sheet, and an
   * address without a sheet name means the active sheet — whichever collection it is called on.
   */
  add(address: string | FakeRange, hasHeaders: boolean): FakeTable {
    let added: TableModel | null = null;
    this._call('add', [typeof address === 'string' ? address : 'range', hasHeaders], undefined, () => {
      const { sheet: s, rect } = typeof address === 'string' ? { sheet: sheetOfAddress(this.context, address), rect: rectOf(address) } : address._target();
      s.guard('content', rect);
      const all = book(this.context).tables;
      if (all.some((t) => t.sheet === s && overlaps(t.rect, rect))) throw officeError('InvalidOperation', 'A table cannot overlap another table.');
      added = { name: book(this.context).nextId('Table'), sheet: s, rect, style: 'TableStyleMedium2' };
      all.push(added);
    });
    return new FakeTable(this.context, () => added);
  }
}

export class FakeTable extends FakeObject<TableModel> {
  constructor(ctx: FakeContext, locate: () => TableModel | null) {
    super(ctx, 'Table', locate);
  }

  protected override _props(): Record<string, Prop<TableModel>> {
    return {
      name: {
        get: (t) => t.name,
        set: (t, v) => {
          const name = String(v);
          if (!/^[\p{L}_\\][\p{L}\p{N}_.]*$/u.test(name)) throw officeError('InvalidArgument', `Invalid table name «${name}».`);
          if (book(this.context).tables.some((o) => o !== t && o.name.toLowerCase() === name.toLowerCase())) throw officeError('ItemAlreadyExists', `A table named «${name}» already exists.`);
          t.name = name;
        },
      },
      style: { get: (t) => t.style, set: (t, v) => (t.style = String(v)) },
    };
  }

  get name(): string {
    return this._get('name');
  }
  set name(v: string) {
    this._set('name', v);
  }
  get style(): string {
    return this._get('style');
  }
  set style(v: string) {
    this._set('style', v);
  }
}

/** Note keys are cell addresses on the sheet: "C5". */
const noteKey = (address: string): string => {
  const p = cellOf(address.replace(/\$/g, ''));
  return a1(p.row, p.col);
};

export class FakeNoteCollection extends FakeCollection<SheetModel, string, FakeNote> {
  constructor(ctx: FakeContext, locate: () => SheetModel | null) {
    super(ctx, 'NoteCollection', locate, '1.18');
  }

  protected _list(s: SheetModel): string[] {
    return [...s.notes.keys()];
  }

  protected _wrap(key: string): FakeNote {
    return this.note(key, false);
  }

  private note(address: string, nullable: boolean): FakeNote {
    return new FakeNote(this.context, () => {
      const s = this._find();
      const key = noteKey(address);
      return s && s.notes.has(key) ? { sheet: s, key } : null;
    }, nullable);
  }

  getItem(key: string): FakeNote {
    return this.note(key, false);
  }

  getItemOrNullObject(key: string): FakeNote {
    return this.note(key, true);
  }

  add(cellAddress: string | FakeRange, content: string): FakeNote {
    let added: { sheet: SheetModel; key: string } | null = null;
    this._call('add', [typeof cellAddress === 'string' ? cellAddress : 'range', content], undefined, (own) => {
      const at = typeof cellAddress === 'string' ? null : cellAddress._target();
      if (at && (at.rect.top !== at.rect.bottom || at.rect.left !== at.rect.right)) throw officeError('InvalidCellAddress', 'A note goes on one cell.');
      const s = at?.sheet ?? own;
      const key = at ? a1(at.rect.top, at.rect.left) : noteKey(String(cellAddress));
      s.guard('objects');
      if (s.notes.has(key)) throw officeError('InvalidArgument', `The cell ${key} already has a note.`);
      s.notes.set(key, String(content));
      added = { sheet: s, key };
    });
    return new FakeNote(this.context, () => added, false);
  }
}

export class FakeNote extends FakeObject<{ sheet: SheetModel; key: string }> {
  constructor(ctx: FakeContext, locate: () => { sheet: SheetModel; key: string } | null, nullable: boolean) {
    super(ctx, 'Note', locate, '1.18', nullable);
  }

  protected override _props(): Record<string, Prop<{ sheet: SheetModel; key: string }>> {
    return {
      content: {
        get: (n) => n.sheet.notes.get(n.key),
        set: (n, v) => {
          n.sheet.guard('objects');
          n.sheet.notes.set(n.key, String(v));
        },
      },
    };
  }

  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set('content', v);
  }

  delete(): void {
    this._call('delete', undefined, undefined, (n) => {
      n.sheet.guard('objects');
      n.sheet.notes.delete(n.key);
    });
  }
}

export class FakeCommentCollection extends FakeCollection<SheetModel, CommentModel, FakeComment> {
  constructor(ctx: FakeContext, locate: () => SheetModel | null) {
    super(ctx, 'CommentCollection', locate, '1.10');
  }

  protected _list(s: SheetModel): CommentModel[] {
    return [...s.comments];
  }

  protected _wrap(m: CommentModel): FakeComment {
    return new FakeComment(this.context, () => {
      const s = this._find();
      return s && s.comments.includes(m) ? { sheet: s, comment: m } : null;
    });
  }

  /** A string address must name the sheet ("Sheet1!A1"); a Range is taken as it is. */
  add(cellAddress: string | FakeRange, content: string): FakeComment {
    let added: { sheet: SheetModel; comment: CommentModel } | null = null;
    this._call('add', [typeof cellAddress === 'string' ? cellAddress : 'range', content], undefined, (s) => {
      let sheet = s;
      let rect: CellRange;
      if (typeof cellAddress === 'string') {
        const bang = cellAddress.lastIndexOf('!');
        if (bang < 0) throw officeError('InvalidArgument', 'The comment address must include the sheet name.');
        sheet = sheetOfAddress(this.context, cellAddress);
        rect = rectOf(cellAddress);
      } else ({ sheet, rect } = cellAddress._target());
      if (rect.top !== rect.bottom || rect.left !== rect.right) throw officeError('InvalidArgument', 'A comment goes on one cell.');
      sheet.guard('objects');
      const cell = a1(rect.top, rect.left);
      if (sheet.comments.some((c) => c.cell === cell)) throw officeError('InvalidOperation', `The cell ${cell} already has a comment thread.`);
      const comment = { id: book(this.context).nextId('comment'), cell, content: String(content) };
      sheet.comments.push(comment);
      added = { sheet, comment };
    });
    return new FakeComment(this.context, () => added);
  }
}

export class FakeComment extends FakeObject<{ sheet: SheetModel; comment: CommentModel }> {
  constructor(ctx: FakeContext, locate: () => { sheet: SheetModel; comment: CommentModel } | null) {
    super(ctx, 'Comment', locate, '1.10');
  }

  protected override _props(): Record<string, Prop<{ sheet: SheetModel; comment: CommentModel }>> {
    return {
      id: { get: (t) => t.comment.id },
      content: {
        get: (t) => t.comment.content,
        set: (t, v) => {
          t.sheet.guard('objects');
          t.comment.content = String(v);
        },
      },
    };
  }

  get id(): string {
    return this._get('id');
  }
  get content(): string {
    return this._get('content');
  }
  set content(v: string) {
    this._set('content', v);
  }

  getLocation(): FakeRange {
    return new FakeRange(this.context, () => {
      const t = this._find();
      return t && { sheet: t.sheet, rect: rectOf(t.comment.cell) };
    }, '1.10');
  }

  delete(): void {
    this._call('delete', undefined, undefined, (t) => {
      t.sheet.guard('objects');
      t.sheet.comments = t.sheet.comments.filter((c) => c !== t.comment);
    });
  }
}
