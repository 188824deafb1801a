import { RoadmapItem } from '../read';
import { deadlineText, RoadmapRule, hitAt, itemName } from './rule';

const say = (item: RoadmapItem): string =>
  `срок «${deadlineText(item)}» у ${itemName(item)} не распознан. Запишите его как дату (27.09.2021), месяц (октябрь 2021), диапазон (сентябрь – май) или «в течение года».`;

/** A deadline that is none of: a date, the whole period, a frequency, an outside event. */
export const deadlineUnknown: RoadmapRule = {
  id: 'deadline.unknown',
  severity: 'error',
  check({ roadmap }) {
    return roadmap.items
      .filter((item) => item.deadline.kind === 'unknown' && item.deadline.text !== '')
      .map((item) => hitAt(item, 'deadline', say));
  },
};
