// A roadmap rule: an id from DOMAIN.md, a severity, and a pure check over the register.
// Rules loop over items by index: see colCount() in grid.ts for why not for-of.
import { Day } from '../../dates';
import { Finding, Severity, where } from '../../findings';
import { RoadmapColumn } from '../columns';
import { cellOf, Roadmap, RoadmapItem } from '../read';

export interface CheckContext {
  roadmap: Roadmap;
  today: Day;
  /** Person keys of the workbook's staff list; null when the workbook has none. */
  staff: Set<string> | null;
}

/** Where a hit comes from: one per rule and register, shared by all the rule's hits. */
export interface HitOrigin {
  rule: string;
  severity: Severity;
  sheet: string;
}

/** An origin. Not frozen: a frozen object has a shape of its own, and V8 handles a field best when all its values share one. */
export const hitOrigin = (rule: string, severity: Severity, sheet: string): HitOrigin => ({ rule, severity, sheet });

const UNSTAMPED = hitOrigin('', 'info', '');

/**
 * What a rule reports. It is the finding itself: the checker gives it its origin (rule id,
 * severity, sheet), and the message is worded only when someone reads it. A big register can
 * have tens of thousands of findings, most never shown one by one, and all of them are kept:
 * what a hit can get from its origin or item it reads from there (but its row: see ItemHit).
 */
export abstract class Hit implements Finding {
  origin: HitOrigin = UNSTAMPED;
  private worded?: string;
  abstract readonly row: number;
  abstract readonly cell: string;
  abstract readonly itemId?: string;

  get rule(): string {
    return this.origin.rule;
  }

  get severity(): Severity {
    return this.origin.severity;
  }

  get sheet(): string {
    return this.origin.sheet;
  }

  /** The message after «Лист «…», ячейка …: ». */
  protected abstract say(): string;

  get message(): string {
    return (this.worded ??= `${where(this.sheet, this.cell)}: ${this.say()}`);
  }
}

/** A hit on a cell that belongs to no item (a row with data but no activity). */
export class CellHit extends Hit {
  readonly itemId = undefined;

  constructor(
    readonly row: number,
    readonly cell: string,
    private readonly text: string,
  ) {
    super();
  }

  protected say(): string {
    return this.text;
  }
}

/**
 * A hit on one of an item's cells (the activity cell when the table lacks the column). Its
 * address and message are made from the item when read, by a function a rule shares among its
 * hits: with tens of thousands of hits, a closure and an address string each would outweigh
 * the hit itself.
 */
export class ItemHit extends Hit {
  /** A copy of the item's row: sorting compares it a million times, and items lie all over the heap. */
  readonly row: number;

  constructor(
    private readonly item: RoadmapItem,
    private readonly column: RoadmapColumn,
    private readonly words: (item: RoadmapItem) => string,
  ) {
    super();
    this.row = item.row;
  }

  get itemId(): string {
    return this.item.id;
  }

  get cell(): string {
    return cellOf(this.item, this.column) ?? cellOf(this.item, 'activity') ?? '';
  }

  protected say(): string {
    return this.words(this.item);
  }
}

export interface RoadmapRule {
  id: string;
  severity: Severity;
  check(ctx: CheckContext): Hit[];
}

/** A hit on one of an item's cells, worded by `say` from the item (see ItemHit). */
export const hitAt = (item: RoadmapItem, column: RoadmapColumn, say: (item: RoadmapItem) => string): Hit => new ItemHit(item, column, say);

/** «мероприятия № 1.2 «Собеседование с руководителями…»» — how messages name an item (genitive by default). */
export function itemName(item: RoadmapItem, form: 'gen' | 'nom' = 'gen'): string {
  // Cut before folding spaces: activities can be paragraphs, and a big roadmap names thousands.
  const text = item.activity.slice(0, 90).replace(/\s+/g, ' ');
  const short = text.length > 60 ? `${text.slice(0, 57)}…` : text;
  const word = form === 'gen' ? 'мероприятия' : 'мероприятие';
  return item.number ? `${word} № ${item.number} «${short}»` : `${word} «${short}»`;
}

/** The last day any of the deadline's intervals reaches, or null for undated deadlines. */
export function lastDay(item: RoadmapItem): Day | null {
  const ivs = item.deadline.intervals;
  return ivs.length ? ivs[ivs.length - 1].end : null;
}

/** The deadline as written, on one line, for quoting in a message. */
export const deadlineText = (item: RoadmapItem): string => item.deadline.text.replace(/\s+/g, ' ');
