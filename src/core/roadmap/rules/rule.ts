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

/**
 * What a rule reports. It is the finding itself: the checker stamps the rule id, severity and
 * sheet on it, and the message is worded only when someone reads it (a big register can have
 * tens of thousands of findings, most never shown one by one).
 */
export class Hit implements Finding {
  rule = '';
  severity: Severity = 'info';
  sheet = '';
  private worded?: string;

  constructor(
    readonly row: number,
    readonly cell: string,
    /** The message after «Лист «…», ячейка …: ». */
    private readonly say: () => string,
    readonly itemId?: string,
  ) {}

  get message(): string {
    return (this.worded ??= `${where(this.sheet, this.cell)}: ${this.say()}`);
  }
}

export interface RoadmapRule {
  id: string;
  severity: Severity;
  check(ctx: CheckContext): Hit[];
}

/** A hit on one of an item's cells (falls back to the activity cell when that column is absent). */
export function hitAt(item: RoadmapItem, column: RoadmapColumn, say: () => string): Hit {
  const cell = cellOf(item, column) ?? cellOf(item, 'activity') ?? '';
  return new Hit(item.row, cell, say, item.id);
}

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
