import { Hit, hitAt, RoadmapRule } from './rule';

/** A person not in the workbook's staff list (checked only when the workbook has one). */
export const responsibleUnknown: RoadmapRule = {
  id: 'responsible.unknown',
  severity: 'info',
  check({ roadmap, staff }) {
    if (!staff) return [];
    const hits: Hit[] = [];
    for (let i = 0; i < roadmap.items.length; i++) {
      const item = roadmap.items[i];
      for (const p of item.responsible) {
        if (p.personKey && !staff.has(p.personKey)) {
          hits.push(hitAt(item, 'responsible', () => `«${p.text}» нет в списке сотрудников. Проверьте фамилию и инициалы или добавьте сотрудника в список.`));
        }
      }
    }
    return hits;
  },
};
