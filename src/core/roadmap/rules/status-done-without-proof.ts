import { RoadmapItem } from '../read';
import { statusState } from '../status';
import { Hit, hitAt, itemName, RoadmapRule } from './rule';

function say(item: RoadmapItem): string {
  const missing: string[] = [];
  if (item.doneOn === null) missing.push(item.doneOnText ? `дата исполнения «${item.doneOnText}» не читается как дата` : 'нет даты исполнения');
  if (item.proof === '') missing.push('нет ссылки на подтверждающий документ');
  return `${itemName(item, 'nom')} отмечено исполненным, но ${missing.join(' и ')}. Заполните их.`;
}

/** Marked done, but with no date done or no confirming link (the district asks for both). */
export const statusDoneWithoutProof: RoadmapRule = {
  id: 'status.done-without-proof',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (let i = 0; i < roadmap.items.length; i++) {
      const item = roadmap.items[i];
      if (statusState(item.status) !== 'done') continue;
      const noDate = item.doneOn === null;
      const noProof = item.proof === '';
      if (!noDate && !noProof) continue;
      // Point at the first missing cell the table has a column for; with no such column, at
      // the execution mark (where a date or link is read from when the table has no column).
      const { doneOn, status } = item.letters;
      const column = noDate && doneOn !== undefined && doneOn !== status ? 'doneOn' : noProof && item.letters.proof ? 'proof' : 'status';
      hits.push(hitAt(item, column, say));
    }
    return hits;
  },
};
