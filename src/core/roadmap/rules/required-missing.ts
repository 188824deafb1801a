import { RoadmapItem } from '../read';
import { CellHit, Hit, hitAt, itemName, RoadmapRule } from './rule';

const noEither = (item: RoadmapItem): string => `у ${itemName(item)} не указаны срок и ответственные. Заполните обе ячейки.`;
const noDeadline = (item: RoadmapItem): string => `у ${itemName(item)} не указан срок. Укажите дату, месяц или «в течение года».`;
const noResponsible = (item: RoadmapItem): string => `у ${itemName(item)} не указаны ответственные. Впишите ФИО или должность.`;

/** An activity without a deadline or a responsible party (or a row with data but no activity). */
export const requiredMissing: RoadmapRule = {
  id: 'required.missing',
  severity: 'error',
  check({ roadmap }) {
    const hits: Hit[] = [];
    const cols = roadmap.header.columns;
    for (let i = 0; i < roadmap.items.length; i++) {
      const item = roadmap.items[i];
      const lacksDeadline = cols.deadline !== undefined && item.deadline.text === '';
      const lacksResponsible = cols.responsible !== undefined && item.responsible.length === 0;
      if (lacksDeadline && lacksResponsible) hits.push(hitAt(item, 'deadline', noEither));
      else if (lacksDeadline) hits.push(hitAt(item, 'deadline', noDeadline));
      else if (lacksResponsible) hits.push(hitAt(item, 'responsible', noResponsible));
    }
    for (let i = 0; i < roadmap.orphanRows.length; i++) {
      const o = roadmap.orphanRows[i];
      hits.push(new CellHit(o.row, o.cell, 'в строке есть данные, но нет текста мероприятия. Впишите мероприятие или удалите строку.'));
    }
    return hits;
  },
};
