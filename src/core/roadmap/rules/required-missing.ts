import { RoadmapRule, Hit, hitAt, itemName } from './rule';

/** An activity without a deadline or a responsible party (or a row with data but no activity). */
export const requiredMissing: RoadmapRule = {
  id: 'required.missing',
  severity: 'error',
  check({ roadmap }) {
    const hits: Hit[] = [];
    const cols = roadmap.header.columns;
    for (let i = 0; i < roadmap.items.length; i++) {
      const item = roadmap.items[i];
      const noDeadline = cols.deadline !== undefined && item.deadline.text === '';
      const noResponsible = cols.responsible !== undefined && item.responsible.length === 0;
      if (noDeadline && noResponsible) {
        hits.push(hitAt(item, 'deadline', () => `у ${itemName(item)} не указаны срок и ответственные. Заполните обе ячейки.`));
      } else if (noDeadline) {
        hits.push(hitAt(item, 'deadline', () => `у ${itemName(item)} не указан срок. Укажите дату, месяц или «в течение года».`));
      } else if (noResponsible) {
        hits.push(hitAt(item, 'responsible', () => `у ${itemName(item)} не указаны ответственные. Впишите ФИО или должность.`));
      }
    }
    for (let i = 0; i < roadmap.orphanRows.length; i++) {
      const o = roadmap.orphanRows[i];
      hits.push(new Hit(o.row, o.cell, () => 'в строке есть данные, но нет текста мероприятия. Впишите мероприятие или удалите строку.'));
    }
    return hits;
  },
};
