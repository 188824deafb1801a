// What ОКО writes for a roadmap: the «Реестр мероприятий» table and the «Замечания» table.
import { toIso, toRu } from '../dates';
import { SEVERITY_RU } from '../findings';
import { quoteSheet } from '../grid';
import { PlanSheet, PlanValue, WritePlan } from '../plan';
import { DEADLINE_KIND_RU } from '../deadlines/deadline';
import { RoadmapAnalysis } from './analyse';
import { cellOf } from './read';
import { carryTracking, TypedTracking } from './tracking';

export const REGISTER_SHEET = 'Реестр мероприятий';
export const FINDINGS_SHEET = 'Замечания';
export const REGISTER_TABLE = 'ОКО_Реестр';
export const FINDINGS_TABLE = 'ОКО_Замечания';

/** Headers of the register columns users type into, as hosts read them back (see tracking.ts). */
export const REGISTER_HEADERS = {
  id: '№',
  activity: 'Мероприятие',
  status: 'Отметка об исполнении',
  doneOn: 'Дата исполнения',
  proof: 'Подтверждающий документ',
} as const;

/** The execution marks the district's templates offer, in their order. */
export const DEFAULT_STATUSES = ['Запланировано', 'В работе', 'Исполнено', 'Не исполнено', 'Отменено'];

/**
 * The register sheet. `typed` is what users typed in the tracking columns of the register
 * being replaced: it wins over the roadmap sheet's own values, so a rebuild loses nothing.
 */
export function registerSheet(a: RoadmapAnalysis, typed: TypedTracking[] = []): PlanSheet {
  const r = a.roadmap;
  const carried = carryTracking(typed, r.items);
  const findingsPerItem = new Map<string, number>();
  for (const f of a.findings) if (f.itemId) findingsPerItem.set(f.itemId, (findingsPerItem.get(f.itemId) ?? 0) + 1);
  const statuses = [...DEFAULT_STATUSES];
  for (const st of [...r.items.map((it) => it.status), ...carried.map((c) => c.status ?? '')]) if (st && !statuses.includes(st)) statuses.push(st);

  const rows: PlanValue[][] = r.items.map((it, i) => {
    const ivs = it.deadline.intervals;
    const kept = carried[i];
    return [
      it.id,
      it.section.title,
      it.task,
      it.activity,
      it.deadline.text,
      DEADLINE_KIND_RU[it.deadline.kind],
      ivs.length ? toIso(ivs[0].start) : null,
      ivs.length ? toIso(ivs[ivs.length - 1].end) : null,
      it.responsible.map((p) => p.text).join('; '),
      it.result,
      kept.status ?? it.status,
      kept.doneOn ?? (it.doneOn === null ? it.doneOnText || null : toIso(it.doneOn)),
      kept.proof ?? it.proof,
      findingsPerItem.get(it.id) ?? 0,
      `${quoteSheet(r.sheet)}!${cellOf(it, 'activity') ?? ''}`,
    ];
  });
  return {
    name: REGISTER_SHEET,
    replace: true,
    title: `${r.title || r.sheet} — период ${toRu(r.period.start)} – ${toRu(r.period.end)}${r.periodOrigin === 'assumed' ? ' (предположительно)' : ''}`,
    freezeHeader: true,
    table: {
      name: REGISTER_TABLE,
      style: 'TableStyleMedium2',
      rows,
      columns: [
        { header: REGISTER_HEADERS.id, kind: 'text', width: 8 },
        { header: 'Раздел', kind: 'text', width: 24, wrap: true },
        { header: 'Задача', kind: 'text', width: 30, wrap: true },
        { header: REGISTER_HEADERS.activity, kind: 'text', width: 60, wrap: true },
        { header: 'Срок', kind: 'text', width: 22, wrap: true },
        { header: 'Вид срока', kind: 'text', width: 14 },
        { header: 'Начало', kind: 'date', width: 12 },
        { header: 'Окончание', kind: 'date', width: 12 },
        { header: 'Ответственные', kind: 'text', width: 30, wrap: true },
        { header: 'Результат', kind: 'text', width: 30, wrap: true },
        { header: REGISTER_HEADERS.status, kind: 'text', width: 18, list: statuses },
        { header: REGISTER_HEADERS.doneOn, kind: 'date', width: 14 },
        { header: REGISTER_HEADERS.proof, kind: 'link', width: 34 },
        { header: 'Замечаний', kind: 'integer', width: 11 },
        { header: 'Источник', kind: 'text', width: 22 },
      ],
    },
  };
}

export function findingsSheet(a: RoadmapAnalysis): PlanSheet {
  return {
    name: FINDINGS_SHEET,
    replace: true,
    title: `Замечания к листу «${a.roadmap.sheet}» на ${toRu(a.today)}`,
    freezeHeader: true,
    table: {
      name: FINDINGS_TABLE,
      style: 'TableStyleMedium3',
      rows: a.findings.map((f) => [SEVERITY_RU[f.severity], f.rule, a.roadmap.sheet, f.cell, f.row, f.itemId ?? '', f.message]),
      columns: [
        { header: 'Уровень', kind: 'text', width: 16 },
        { header: 'Правило', kind: 'text', width: 26 },
        { header: 'Лист', kind: 'text', width: 18 },
        { header: 'Ячейка', kind: 'text', width: 9 },
        { header: 'Строка', kind: 'integer', width: 8 },
        { header: 'Мероприятие №', kind: 'text', width: 14 },
        { header: 'Сообщение', kind: 'text', width: 100, wrap: true },
      ],
    },
  };
}

export const roadmapPlan = (a: RoadmapAnalysis, typed: TypedTracking[] = []): WritePlan => ({ sheets: [registerSheet(a, typed), findingsSheet(a)] });
