import { Day, toRu } from '../../dates';
import { RoadmapItem } from '../read';
import { statusState } from '../status';
import { Hit, RoadmapRule, hitAt, itemName, lastDay } from './rule';

const say = (item: RoadmapItem): string =>
  `срок у ${itemName(item)} истёк ${toRu(lastDay(item) as Day)}, а отметки об исполнении нет${item.status ? ` (стоит «${item.status}»)` : ''}. Отметьте исполнение или перенесите срок.`;

/** The deadline has passed (against «today») and the item is not marked done. */
export const statusOverdue: RoadmapRule = {
  id: 'status.overdue',
  severity: 'warning',
  check({ roadmap, today }) {
    // Without an execution-mark column nothing says what is done: no item can be called overdue.
    if (roadmap.header.columns.status === undefined) return [];
    const hits: Hit[] = [];
    for (let i = 0; i < roadmap.items.length; i++) {
      const item = roadmap.items[i];
      const end = lastDay(item);
      if (end === null || end >= today) continue;
      const state = statusState(item.status);
      if (state === 'done' || state === 'cancelled') continue;
      hits.push(hitAt(item, 'status', say));
    }
    return hits;
  },
};
