import { toRu } from '../../dates';
import { deadlineText, RoadmapRule, hitAt, itemName } from './rule';

/** A dated interval that lies (partly) outside the programme period. */
export const deadlineOutsidePeriod: RoadmapRule = {
  id: 'deadline.outside-period',
  severity: 'warning',
  check({ roadmap }) {
    const { start, end } = roadmap.period;
    return roadmap.items
      .filter((item) => item.deadline.intervals.some((iv) => iv.start < start || iv.end > end))
      .map((item) =>
        hitAt(
          item,
          'deadline',
          () => `срок «${deadlineText(item)}» у ${itemName(item)} выходит за период программы (${toRu(start)} – ${toRu(end)}). Проверьте год.`,
        ),
      );
  },
};
