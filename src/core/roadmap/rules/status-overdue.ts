import { toRu } from '../../dates';
import { statusState } from '../status';
import { RoadmapRule, hitAt, itemName, lastDay } from './rule';

/** The deadline has passed (against «today») and the item is not marked done. */
export const statusOverdue: RoadmapRule = {
  id: 'status.overdue',
  severity: 'warning',
  check({ roadmap, today }) {
    // Without an execution-mark column nothing says what is done: no item can be called overdue.
    if (roadmap.header.columns.status === undefined) return [];
    return roadmap.items
      .filter((item) => {
        const state = statusState(item.status);
        const end = lastDay(item);
        return state !== 'done' && state !== 'cancelled' && end !== null && end < today;
      })
      .map((item) =>
        hitAt(
          item,
          'status',
          () => `срок у ${itemName(item)} истёк ${toRu(lastDay(item) as number)}, а отметки об исполнении нет${item.status ? ` (стоит «${item.status}»)` : ''}. Отметьте исполнение или перенесите срок.`,
        ),
      );
  },
};
