// The proxy half of Office.js: an object stands for something in the document, found by a
// `locate` function when a batch runs (as Office.js resolves object paths on the host).
// Its properties can be read only after load() + sync() (PropertyNotLoaded otherwise); what
// is set or called is queued and happens at the next sync.
import type { FakeContext } from './context';
import { ACTION_OVERHEAD, Stage, transport, utf8 } from './wire';
import { notLoaded, officeError } from './errors';

export interface Prop<T> {
  get?: (t: T) => unknown;
  set?: (t: T, v: unknown) => void;
  /** ExcelApi version the property needs, when newer than its object's. */
  version?: string;
  /** ExcelApi version setting it needs, when newer than reading it (Worksheet.visibility). */
  setVersion?: string;
}

export const newer = (a: string, b: string | undefined): string => {
  if (!b) return a;
  const [x, y] = [a, b].map((v) => v.split('.').map(Number));
  return x[0] > y[0] || (x[0] === y[0] && x[1] >= y[1]) ? a : b;
};

/** "values, items/name" or ['values'] → paths split at '/'. */
function parsePaths(spec: unknown): string[][] {
  const list = typeof spec === 'string' ? spec.split(',') : Array.isArray(spec) ? spec.map(String) : [];
  return list.map((p) => p.trim()).filter(Boolean).map((p) => p.split('/'));
}

/** What a load path can go through. */
export interface Loadable {
  _loadNow(paths: string[][], stage: Stage): void;
}

export abstract class FakeObject<T> implements Loadable {
  /** @internal Values delivered by a sync. */
  readonly _loaded = new Map<string, unknown>();
  private readonly navCache = new Map<string, Loadable>();

  constructor(
    readonly context: FakeContext,
    protected readonly _entity: string,
    private readonly _locate: () => T | null,
    protected readonly _requires = '1.1',
    private readonly _nullable = false,
  ) {}

  protected _props(): Record<string, Prop<T>> {
    return {};
  }

  protected _navs(): Record<string, () => Loadable> {
    return {};
  }

  /** The same child proxy every time (range.format is one object). */
  protected _nav<C extends Loadable>(name: string, make: () => C): C {
    let c = this.navCache.get(name) as C | undefined;
    if (!c) {
      c = make();
      this.navCache.set(name, c);
    }
    return c;
  }

  /** @internal The document object, while a batch runs. */
  _target(): T {
    const t = this._locate();
    if (t === null) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this._entity}).`);
    return t;
  }

  /** @internal The document object or null, while a batch runs. */
  _find(): T | null {
    return this._locate();
  }

  get isNullObject(): boolean {
    return this._get<boolean>('isNullObject');
  }

  load(spec?: string | string[]): this {
    const paths = parsePaths(spec);
    this._enqueue('load', undefined, this._requires, (stage) => this._loadNow(paths, stage));
    return this;
  }

  untrack(): this {
    return this;
  }

  /** @internal */
  _loadNow(paths: string[][], stage: Stage): void {
    if (!this.context.excel.supports('ExcelApi', this._requires)) throw officeError('ApiNotFound', `${this._entity} needs ExcelApi ${this._requires}.`);
    const t = this._locate();
    if (t === null) {
      if (!this._nullable) throw officeError('ItemNotFound', `The requested resource doesn't exist (${this._entity}).`);
      this._deliver('isNullObject', true, stage);
      return;
    }
    this._deliver('isNullObject', false, stage);
    const byHead = new Map<string, string[][]>();
    const all = paths.length ? paths : Object.keys(this._props()).filter((k) => this._props()[k].get && this.context.excel.supports('ExcelApi', newer(this._requires, this._props()[k].version))).map((k) => [k]);
    for (const [head, ...rest] of all) {
      const list = byHead.get(head) ?? [];
      if (rest.length) list.push(rest);
      byHead.set(head, list);
    }
    for (const [head, rests] of byHead) this._loadHead(t, head, rests, stage);
  }

  protected _loadHead(t: T, head: string, rests: string[][], stage: Stage): void {
    const nav = this._navs()[head];
    if (nav) {
      nav()._loadNow(rests, stage);
      return;
    }
    const prop = this._props()[head];
    if (!prop?.get || rests.length) throw officeError('InvalidArgument', `Cannot load ${this._entity}.${head}.`);
    const version = newer(this._requires, prop.version);
    if (!this.context.excel.supports('ExcelApi', version)) throw officeError('ApiNotFound', `${this._entity}.${head} needs ExcelApi ${version}.`);
    this._deliver(head, prop.get(t), stage);
  }

  protected _deliver(name: string, value: unknown, stage: Stage): void {
    const { copy, bytes } = transport(value);
    stage.deliver(bytes + utf8(name) + 4, () => this._loaded.set(name, copy));
  }

  protected _get<V>(name: string): V {
    if (!this._loaded.has(name)) throw notLoaded(this._entity, name);
    return this._loaded.get(name) as V;
  }

  protected _set(name: string, value: unknown): void {
    const prop = this._props()[name];
    if (!prop?.set) throw officeError('InvalidArgument', `${this._entity}.${name} is read-only.`);
    const set = prop.set;
    this._enqueue(`set ${name}`, value, newer(this._requires, prop.setVersion ?? prop.version), () => set(this._target(), value));
  }

  /** Queues an action; `args` only count towards the request size. */
  protected _enqueue(action: string, args: unknown, version: string, run: (stage: Stage) => void): void {
    const bytes = args === undefined ? 0 : utf8(JSON.stringify(args) ?? '');
    this.context.enqueue({ location: `${this._entity}.${action}`, version, bytes: ACTION_OVERHEAD + bytes, run });
  }

  protected _call(action: string, args: unknown, version: string | undefined, run: (t: T) => void): void {
    this._enqueue(action, args, newer(this._requires, version), () => run(this._target()));
  }
}

/** A collection: `items` is what its last load found. */
export abstract class FakeCollection<T, M, I extends Loadable> extends FakeObject<T> {
  protected abstract _list(t: T): M[];
  protected abstract _wrap(m: M): I;

  get items(): I[] {
    return this._get<I[]>('items');
  }

  protected override _loadHead(t: T, head: string, rests: string[][], stage: Stage): void {
    if (head !== 'items') return super._loadHead(t, head, rests, stage);
    const items = this._list(t).map((m) => this._wrap(m));
    for (const it of items) it._loadNow(rests, stage);
    stage.deliver(2, () => this._loaded.set('items', items));
  }
}

/** OfficeExtension.ClientResult: `value` after the sync. */
export class FakeClientResult<V> {
  private has = false;
  private v: V | undefined;

  /** @internal */
  _set(v: V): void {
    this.v = v;
    this.has = true;
  }

  get value(): V {
    if (!this.has) throw notLoaded('ClientResult', 'value');
    return this.v as V;
  }
}
