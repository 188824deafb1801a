// Header synonyms of a roadmap table (DOMAIN.md). Order matters: the first spec that
// matches a header wins, so narrower ones («Дата исполнения») come before wider ones
// («дата» of a deadline).
import { ColumnSpec, HeaderMatch } from '../layout/header';

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
  { key: 'number', match: /^(№|n|no|номер)(\s|$|\.)|^№|^п\/п$/ },
  // «Отметка об исполнении (дата, ссылка)» is the execution mark, whatever else it names.
  { key: 'status', match: /^(отметк|статус|информаци[яи] об? (исполнени|выполнени))/ },
  { key: 'doneOn', match: /дата.*(исполнен|выполнен|факт)|фактическ.*(дата|срок)/ },
  { key: 'proof', match: /ссылк|подтвержда|url|подтверждение/ },
  { key: 'responsible', match: /ответствен|исполнител|кто проводит/ },
  { key: 'status', match: /^(исполнени|выполнени|состояни)/ },
  { key: 'deadline', match: /срок|дата|период|время проведения|когда/ },
  { key: 'task', match: /^задач|^цел[ьи]\b/ },
  { key: 'activity', match: /мероприяти|этап|направлени|содержани|наименовани|деятельност|вид работ|действи/ },
  { key: 'result', match: /результат|отчетн|отчет|документ|показател|индикатор|(^|\s)форм[аы]|продукт|итог|^выход/ },
];

/**
 * «Дата выполнения» beside a «Сроки» column is the date an activity was done; in a table
 * with no other date column it is the only deadline the plan has, and is read as one.
 */
export function settleRoadmapColumns(header: HeaderMatch<RoadmapColumn>): HeaderMatch<RoadmapColumn> {
  const { deadline, doneOn } = header.columns;
  if (deadline !== undefined || doneOn === undefined) return header;
  // Renamed in place: the order of the columns is the order items list their cells in.
  const columns = Object.fromEntries(Object.entries(header.columns).map(([k, c]) => [k === 'doneOn' ? 'deadline' : k, c]));
  return { ...header, columns };
}

/** Columns users fill in as the plan is carried out (ОКО never overwrites them on the sheet). */
export const TRACKING_COLUMNS: RoadmapColumn[] = ['status', 'doneOn', 'proof'];
