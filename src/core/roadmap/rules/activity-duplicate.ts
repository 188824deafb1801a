import { foldLoose, foldLooseHash } from '../../text';
import { RoadmapItem } from '../read';
import { Hit, hitAt, RoadmapRule } from './rule';

/** The same activity text twice (case, spacing and final punctuation aside). */
export const activityDuplicate: RoadmapRule = {
  id: 'activity.duplicate',
  severity: 'info',
  check({ roadmap }) {
    // Hash first; the folded texts are compared only for items whose hashes meet.
    const first = new Map<number, RoadmapItem[]>();
    const hits: Hit[] = [];
    for (const item of roadmap.items) {
      const key = foldLooseHash(item.activity);
      const same = first.get(key);
      const earlier = same?.find((e) => foldLoose(e.activity) === foldLoose(item.activity));
      if (earlier) hits.push(hitAt(item, 'activity', () => `такое же мероприятие уже есть в строке ${earlier.row}. Объедините их или уточните формулировку.`));
      else if (same) same.push(item);
      else first.set(key, [item]);
    }
    return hits;
  },
};
