// The collected register as a WritePlan: «Реестр» (a row per school, a column per input, then
// the cell each value came from), one sheet per table of the template (a row per record),
// «Замечания» (every problem with its file, school, sheet and cell) and «Поля» (what ОКО
// learned from the template). Values from schools are plain values: text that starts with
// «=» is written as text by the adapters, never as a formula. The rows are made as they are
// read (the CLI reads the register from disk while it writes the workbook).
import { SEVERITY_RU } from '../findings';
import { filterListing, mapListing } from '../listing';
import { ColumnKind, PlanColumn, PlanSheet, PlanValue, WritePlan } from '../plan';
import { fold } from '../text';
import { FieldType, ValueRule } from './description';
import { Collection } from './collect';
import { allowed, Normalised } from './values';

const KIND: Record<FieldType, ColumnKind> = {
  text: 'text',
  yesno: 'text',
  list: 'text',
  number: 'number',
  integer: 'integer',
  percent: 'percent',
  date: 'date',
};

/** How the register and the pane name a field's type. */
export const TYPE_RU: Record<FieldType, string> = {
  text: 'текст',
  yesno: 'Да/Нет',
  list: 'список',
  number: 'число',
  integer: 'целое число',
  percent: 'доля (%)',
  date: 'дата',
};

/** Excel table headers: unique ignoring case, at most 255 characters, no line breaks. */
function uniqueHeaders(names: string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw) => {
    const base = raw.replace(/\s+/g, ' ').trim().slice(0, 120) || 'Столбец';
    let name = base;
    for (let n = 2; seen.has(fold(name)); n++) name = `${base} (${n})`;
    seen.add(fold(name));
    return name;
  });
}

function columnsOf(specs: { header: string; kind: ColumnKind; width: number; wrap?: boolean; list?: string[] }[]): PlanColumn[] {
  const headers = uniqueHeaders(specs.map((s) => s.header));
  return specs.map((s, i) => ({ ...s, header: headers[i] }));
}

const cellValue = (v: Normalised | undefined, rule: ValueRule): PlanValue => {
  if (v === undefined || v === null) return null;
  // A value the rule could not read (text in a number column) stays as the school wrote it.
  if ((KIND[rule.type] === 'number' || KIND[rule.type] === 'integer' || KIND[rule.type] === 'percent') && typeof v !== 'number') return String(v);
  return v;
};

// Names of their own: a workbook may hold a roadmap register («Реестр мероприятий», «Замечания») too.
export const REGISTER_SHEET = 'Реестр отчётов';
export const PROBLEMS_SHEET = 'Замечания к отчётам';
export const FIELDS_SHEET = 'Поля шаблона';

/** A sheet name Excel accepts (31 characters, none of : \ / ? * [ ]), unique among the plan's. */
/** A template table's records go to a sheet of their own: «Записи Процедуры». */
export const RECORDS_SHEET_PREFIX = 'Записи ';

function sheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[:\\/?*[\]]/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 28) || 'Таблица';
  let name = base;
  for (let n = 2; taken.has(fold(name)); n++) name = `${base.slice(0, 26)} ${n}`;
  taken.add(fold(name));
  return name;
}

export function collectPlan(c: Collection): WritePlan {
  const t = c.template;
  const taken = new Set([REGISTER_SHEET, PROBLEMS_SHEET, FIELDS_SHEET].map(fold));
  const register: PlanSheet = {
    name: REGISTER_SHEET,
    replace: true,
    title: `Реестр отчётов ОО: ${c.rows.length} из ${c.files.length} файлов (шаблон ${t.fingerprint})`,
    freezeHeader: true,
    table: {
      name: 'ОКО_Реестр_отчётов',
      style: 'TableStyleMedium2',
      columns: columnsOf([
        { header: 'Файл', kind: 'text', width: 24 },
        { header: 'ОО', kind: 'text', width: 36, wrap: true },
        ...t.fields.map((f) => ({ header: f.label, kind: KIND[f.type], width: f.type === 'text' ? 30 : 14, wrap: f.type === 'text', ...(f.options ? { list: f.options } : {}) })),
        ...t.fields.map((f) => ({ header: `Ячейка: ${f.label}`, kind: 'text' as ColumnKind, width: 16 })),
      ]),
      rows: mapListing(c.rows, (r) => [r.file, r.school, ...t.fields.map((f, i) => cellValue(r.values[i], f)), ...r.sources]),
    },
  };
  const tables: PlanSheet[] = t.tables.map((tab, i) => {
    const recs = filterListing(c.records, (r) => r.table === tab.id);
    return {
      name: sheetName(`${RECORDS_SHEET_PREFIX}${tab.sheet}`, taken),
      replace: true,
      title: `${tab.label}: ${recs.length} записей`,
      freezeHeader: true,
      table: {
        name: `ОКО_Записи${i + 1}`,
        style: 'TableStyleMedium2',
        columns: columnsOf([
          { header: 'Файл', kind: 'text', width: 24 },
          { header: 'ОО', kind: 'text', width: 36, wrap: true },
          ...tab.columns.map((k) => ({ header: k.label, kind: KIND[k.type], width: k.type === 'text' ? 28 : 14, wrap: k.type === 'text' })),
          { header: 'Ячейки', kind: 'text', width: 20 },
        ]),
        rows: mapListing(recs, (r) => {
          const first = r.sources[0] ?? '';
          const lastCol = r.sources[r.sources.length - 1] ?? '';
          const span = first && lastCol && lastCol !== first ? `${first}:${lastCol.slice(lastCol.lastIndexOf('!') + 1)}` : first;
          return [r.file, r.school, ...tab.columns.map((k, i) => cellValue(r.values[i], k)), span];
        }),
      },
    };
  });
  const problems: PlanSheet = {
    name: PROBLEMS_SHEET,
    replace: true,
    title: `Замечания по отчётам: ${c.problems.length}`,
    freezeHeader: true,
    table: {
      name: 'ОКО_Замечания_отчётов',
      style: 'TableStyleMedium3',
      columns: columnsOf([
        { header: 'Файл', kind: 'text', width: 24 },
        { header: 'ОО', kind: 'text', width: 30, wrap: true },
        { header: 'Лист', kind: 'text', width: 16 },
        { header: 'Ячейка', kind: 'text', width: 9 },
        { header: 'Код', kind: 'text', width: 24 },
        { header: 'Важность', kind: 'text', width: 14 },
        { header: 'Сообщение', kind: 'text', width: 80, wrap: true },
      ]),
      rows: mapListing(c.problems, (p) => [p.file, p.school, p.sheet, p.cell, p.problem, SEVERITY_RU[p.severity], p.message]),
    },
  };
  const fields: PlanSheet = {
    name: FIELDS_SHEET,
    replace: true,
    title: 'Поля шаблона (найдены ОКО по незащищённым ячейкам)',
    freezeHeader: true,
    table: {
      name: 'ОКО_Поля_шаблона',
      style: 'TableStyleLight9',
      columns: columnsOf([
        { header: 'Код', kind: 'text', width: 16 },
        { header: 'Подпись', kind: 'text', width: 60, wrap: true },
        { header: 'Лист', kind: 'text', width: 16 },
        { header: 'Ячейка', kind: 'text', width: 9 },
        { header: 'Тип', kind: 'text', width: 14 },
        { header: 'Допустимо', kind: 'text', width: 30, wrap: true },
        { header: 'Обязательное', kind: 'text', width: 12 },
      ]),
      rows: [
        ...t.fields.map((f) => [f.id, f.label, f.sheet, f.cell, TYPE_RU[f.type], allowed(f), f.required ? 'да' : 'нет']),
        ...t.tables.flatMap((tab) => tab.columns.map((k) => [k.id, `${tab.label}: ${k.label}`, tab.sheet, tab.id.slice(tab.id.indexOf('.') + 1), TYPE_RU[k.type], allowed(k), k.required ? 'да' : 'нет'])),
      ],
    },
  };
  return { sheets: [register, ...tables, problems, fields] };
}
