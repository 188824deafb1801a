import { RoadmapItem } from '../read';
import { deadlineText, RoadmapRule, hitAt, itemName } from './rule';

const say = (item: RoadmapItem): string => `в сроке «${deadlineText(item)}» у ${itemName(item)} начало позже окончания. Поменяйте даты местами.`;

/** A range whose start comes after its end. */
export const deadlineInverted: RoadmapRule = {
  id: 'deadline.inverted',
  severity: 'error',
  check({ roadmap }) {
    return roadmap.items
      .filter((item) => item.deadline.inverted)
      .map((item) => hitAt(item, 'deadline', say));
  },
};
