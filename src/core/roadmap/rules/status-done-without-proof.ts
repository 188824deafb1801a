import { statusState } from '../status';
import { Hit, hitAt, itemName, RoadmapRule } from './rule';

/** Marked done, but with no date done or no confirming link (the district asks for both). */
export const statusDoneWithoutProof: RoadmapRule = {
  id: 'status.done-without-proof',
  severity: 'warning',
  check({ roadmap }) {
    const hits: Hit[] = [];
    for (const item of roadmap.items) {
      if (statusState(item.status) !== 'done') continue;
      const missing: string[] = [];
      if (item.doneOn === null) missing.push(item.doneOnText ? `дата исполнения «${item.doneOnText}» не читается как дата` : 'нет даты исполнения');
      if (item.proof === '') missing.push('нет ссылки на подтверждающий документ');
      if (missing.length === 0) continue;
      // Point at the first missing cell the table has; with no such column, at the execution mark.
      const column = item.doneOn === null && item.letters.doneOn ? 'doneOn' : item.proof === '' && item.letters.proof ? 'proof' : 'status';
      hits.push(hitAt(item, column, () => `${itemName(item, 'nom')} отмечено исполненным, но ${missing.join(' и ')}. Заполните их.`));
    }
    return hits;
  },
};
