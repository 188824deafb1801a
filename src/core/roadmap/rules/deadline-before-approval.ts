import { toRu } from '../../dates';
import { RoadmapItem } from '../read';
import { deadlineText, RoadmapRule, hitAt, itemName, lastDay } from './rule';

/** A dated deadline that ends before the plan was approved. */
export const deadlineBeforeApproval: RoadmapRule = {
  id: 'deadline.before-approval',
  severity: 'warning',
  check({ roadmap }) {
    const approved = roadmap.approved;
    if (approved === null) return [];
    const say = (item: RoadmapItem): string =>
      `срок «${deadlineText(item)}» у ${itemName(item)} истекает раньше утверждения плана (${toRu(approved)}). Перенесите срок или уберите мероприятие.`;
    return roadmap.items
      .filter((item) => item.deadline.kind === 'date' && (lastDay(item) ?? approved) < approved)
      .map((item) => hitAt(item, 'deadline', say));
  },
};
