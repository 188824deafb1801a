import { foldLoose, foldLooseHash } from '../../text';
import { RoadmapItem } from '../read';
import { Hit, hitAt, RoadmapRule } from './rule';

/** The same activity text twice (case, spacing and final punctuation aside). */
export const activityDuplicate: RoadmapRule = {
  id: 'activity.duplicate',
  severity: 'info',
  check({ roadmap }) {
    // Hash first; the folded texts are compared only for items whose hashes meet.
    const first = new Map<number, RoadmapItem | RoadmapItem[]>();
    const hits: Hit[] = [];
    for (const item of roadmap.items) {
      const key = foldLooseHash(item.activity);
      const seen = first.get(key);
      if (seen === undefined) {
        first.set(key, item);
        continue;
      }
      const same = Array.isArray(seen) ? seen : [seen];
      const text = foldLoose(item.activity);
      const earlier = same.find((e) => foldLoose(e.activity) === text);
      if (earlier) hits.push(hitAt(item, 'activity', () => `такое же мероприятие уже есть в строке ${earlier.row}. Объедините их или уточните формулировку.`));
      else first.set(key, [...same, item]);
    }
    return hits;
  },
};
