// Header synonyms of a roadmap table (DOMAIN.md). Order matters: the first spec that
// matches a header wins, so narrower ones («Дата исполнения») come before wider ones
// («дата» of a deadline).
import { ColumnSpec } from '../layout/header';

export type RoadmapColumn =
  | 'number'
  | 'task'
  | 'activity'
  | 'deadline'
  | 'responsible'
  | 'result'
  | 'status'
  | 'doneOn'
  | 'proof';

export const ROADMAP_COLUMNS: ColumnSpec<RoadmapColumn>[] = [
  { key: 'number', match: /^(№|n|no|номер)(\s|$|\.)|^№/ },
  { key: 'doneOn', match: /дата.*(исполнен|выполнен|факт)|фактическ.*(дата|срок)/ },
  { key: 'proof', match: /ссылк|подтвержда|url|подтверждение/ },
  { key: 'responsible', match: /ответствен|исполнител|кто проводит/ },
  { key: 'status', match: /^(отметк|статус|исполнени|выполнени|состояни)|отметка о/ },
  { key: 'deadline', match: /срок|дата|период|время проведения|когда/ },
  { key: 'task', match: /^задач|^цел[ьи]\b/ },
  { key: 'activity', match: /мероприяти|этап|направлени|содержани|наименовани|деятельност|вид работ|действи/ },
  { key: 'result', match: /результат|отчетн|отчет|документ|показател|индикатор|форма|продукт|итог/ },
];

/** Columns users fill in as the plan is carried out (ОКО never overwrites them on the sheet). */
export const TRACKING_COLUMNS: RoadmapColumn[] = ['status', 'doneOn', 'proof'];
