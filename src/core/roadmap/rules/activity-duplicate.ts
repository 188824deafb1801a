import { foldLoose } from '../../text';
import { RoadmapItem } from '../read';
import { Hit, hitAt, RoadmapRule } from './rule';

/** The same activity text twice (case, spacing and final punctuation aside). */
export const activityDuplicate: RoadmapRule = {
  id: 'activity.duplicate',
  severity: 'info',
  check({ roadmap }) {
    const first = new Map<string, RoadmapItem>();
    const hits: Hit[] = [];
    for (const item of roadmap.items) {
      const key = foldLoose(item.activity);
      const earlier = first.get(key);
      if (earlier) hits.push(hitAt(item, 'activity', `такое же мероприятие уже есть в строке ${earlier.row}. Объедините их или уточните формулировку.`));
      else first.set(key, item);
    }
    return hits;
  },
};
