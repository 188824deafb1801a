import { forEachEqualGroup } from '../../equal-groups';
import { foldLoose, foldLooseHash } from '../../text';
import { Hit, hitAt, RoadmapRule } from './rule';

/** The same activity text twice (case, spacing and final punctuation aside). */
export const activityDuplicate: RoadmapRule = {
  id: 'activity.duplicate',
  severity: 'info',
  check({ roadmap }) {
    const items = roadmap.items;
    const hits: Hit[] = [];
    forEachEqualGroup(
      items.length,
      (i) => foldLooseHash(items[i].activity),
      (i) => foldLoose(items[i].activity),
      ([first, ...later]) => {
        const row = items[first].row;
        for (const i of later) hits.push(hitAt(items[i], 'activity', () => `такое же мероприятие уже есть в строке ${row}. Объедините их или уточните формулировку.`));
      },
    );
    return hits;
  },
};
