import { Interval, toRu } from '../../dates';
import { RoadmapItem } from '../read';
import { deadlineText, RoadmapRule, hitAt, itemName } from './rule';

/** A dated interval that lies (partly) outside the programme period. */
export const deadlineOutsidePeriod: RoadmapRule = {
  id: 'deadline.outside-period',
  severity: 'warning',
  check({ roadmap }) {
    const { start, end } = roadmap.period;
    const say = (item: RoadmapItem): string =>
      `срок «${deadlineText(item)}» у ${itemName(item)} выходит за период программы (${toRu(start)} – ${toRu(end)}). Проверьте год.`;
    const outside = (iv: Interval): boolean => iv.start < start || iv.end > end;
    return roadmap.items
      .filter((item) => item.deadline.intervals.some(outside))
      .map((item) => hitAt(item, 'deadline', say));
  },
};
