// The readable report of `oko roadmap` for people at a terminal.
import { toRu } from '../core/dates';
import { Finding, messageOnly, SEVERITY_ORDER, Severity } from '../core/findings';
import { DEADLINE_KIND_RU, DeadlineKind } from '../core/deadlines/deadline';
import { RoadmapAnalysis } from '../core/roadmap/analyse';

const SEVERITY_PLURAL: Record<Severity, [string, string, string]> = {
  error: ['ошибка', 'ошибки', 'ошибок'],
  warning: ['предупреждение', 'предупреждения', 'предупреждений'],
  info: ['сведение', 'сведения', 'сведений'],
};

/** Russian plural form for n: 1 ошибка, 2 ошибки, 5 ошибок. */
export function plural(n: number, forms: [string, string, string]): string {
  const n10 = n % 10;
  const n100 = n % 100;
  const form = n10 === 1 && n100 !== 11 ? forms[0] : n10 >= 2 && n10 <= 4 && (n100 < 12 || n100 > 14) ? forms[1] : forms[2];
  return `${n} ${form}`;
}

const SEVERITY_HEADING: Record<Severity, string> = { error: 'Ошибки', warning: 'Предупреждения', info: 'Сведения' };

const ORIGIN_RU = { title: 'из заголовка', given: 'задан параметром --period', assumed: 'не найден в заголовке, принят учебный год' };

/** At most this many findings of each severity are printed; the rest are counted. */
const SHOWN_PER_SEVERITY = 25;

export function formatSummary(file: string, a: RoadmapAnalysis): string {
  const r = a.roadmap;
  const lines: string[] = [];
  lines.push(`Файл «${file}», лист «${r.sheet}»`);
  if (r.title) lines.push(`  ${r.title}`);
  lines.push(
    `  Период: ${toRu(r.period.start)} – ${toRu(r.period.end)} (${ORIGIN_RU[r.periodOrigin]})` +
      `; утверждён: ${r.approved === null ? 'дата не указана' : toRu(r.approved)}; проверка на ${toRu(a.today)}`,
  );
  const kinds = new Map<DeadlineKind, number>();
  for (const it of r.items) kinds.set(it.deadline.kind, (kinds.get(it.deadline.kind) ?? 0) + 1);
  const kindText = (Object.keys(DEADLINE_KIND_RU) as DeadlineKind[])
    .filter((k) => kinds.get(k))
    .map((k) => `${DEADLINE_KIND_RU[k]} — ${kinds.get(k)}`)
    .join(', ');
  lines.push(`  Мероприятий: ${r.items.length}${r.sections.length ? ` в ${plural(r.sections.length, ['разделе', 'разделах', 'разделах'])}` : ''}; сроки: ${kindText || 'нет'}`);
  if (a.staff) lines.push(`  Список сотрудников: лист «${a.staff.sheet}» (${a.staff.names.length})`);
  const bySeverity = new Map<Severity, Finding[]>();
  for (const f of a.findings) {
    const list = bySeverity.get(f.severity);
    if (list) list.push(f);
    else bySeverity.set(f.severity, [f]);
  }
  if (a.findings.length === 0) {
    lines.push('  Замечаний нет.');
    return lines.join('\n');
  }
  const counts = SEVERITY_ORDER.filter((s) => bySeverity.get(s)?.length).map((s) => plural(bySeverity.get(s)?.length ?? 0, SEVERITY_PLURAL[s]));
  lines.push(`  Замечания: ${counts.join(', ')}`);
  for (const s of SEVERITY_ORDER) {
    const list = bySeverity.get(s) ?? [];
    if (!list.length) continue;
    lines.push('');
    lines.push(`  ${SEVERITY_HEADING[s]}:`);
    for (const f of list.slice(0, SHOWN_PER_SEVERITY)) lines.push(`    ${f.cell.padEnd(6)} ${f.rule.padEnd(26)} ${messageOnly(f)}`);
    if (list.length > SHOWN_PER_SEVERITY) lines.push(`    … и ещё ${list.length - SHOWN_PER_SEVERITY} (полный список: --json или -o ФАЙЛ.xlsx)`);
  }
  return lines.join('\n');
}
