// The readable report of `oko indicators` for people at a terminal.
import { messageOnly, SEVERITY_RU } from '../core/findings';
import { IndicatorAnalysis } from '../core/indicators/analyse';
import { REGISTER_KIND_RU } from '../core/indicators/fields';
import { formatValue } from '../core/indicators/format';
import { plural } from './summary';

/** At most this many risks and findings are printed; the rest are counted. */
const SHOWN = 25;

export function formatIndicatorsSummary(file: string, a: IndicatorAnalysis): string {
  const lines: string[] = [`Файл «${file}»`];
  lines.push('', '  Реестры:');
  for (const r of a.registers) {
    lines.push(`    лист «${r.sheet}» — ${REGISTER_KIND_RU[r.kind]}, строки ${r.dataStart + 1}–${r.dataEnd}, учтено строк: ${r.rowsUsed}`);
    for (const note of r.notes) lines.push(`      ${note}`);
  }
  for (const u of a.unrecognised) lines.push(`    лист «${u.sheet}» не реестр: ${u.reason}`);

  const schools = Object.keys(a.schools).length;
  lines.push('', `  Показатели по ${plural(schools, ['ОО', 'ОО', 'ОО'])} (район · среднее по ОО · медиана):`);
  const width = Math.max(...a.indicators.map((i) => i.name.length), 10);
  for (const ind of a.indicators) {
    const s = a.summary[ind.id];
    const f = (v: number | null | undefined): string => (v === null || v === undefined ? '—' : formatValue(v, ind.format));
    lines.push(`    ${ind.name.padEnd(width)}  ${f(s?.district)} · ${f(s?.mean)} · ${f(s?.median)}`);
  }

  const from = { options: 'заданные', sheet: 'из листа «Пороги»', default: 'по умолчанию' }[a.thresholdsFrom];
  lines.push('', `  Риски (пороги ${from}): ${a.risks.length === 0 ? 'нет' : a.risks.length}`);
  for (const r of a.risks.slice(0, SHOWN)) lines.push(`    ${r.level.padEnd(8)}  ${r.school}: ${r.message}`);
  if (a.risks.length > SHOWN) lines.push(`    … и ещё ${a.risks.length - SHOWN}`);

  if (a.findings.length) {
    lines.push('', `  Замечания к данным: ${a.findings.length} (эти строки или ячейки не учтены в показателях)`);
    for (const f of a.findings.slice(0, SHOWN)) lines.push(`    ${SEVERITY_RU[f.severity]}: лист «${f.sheet ?? ''}», ${f.cell}: ${messageOnly(f)}`);
    if (a.findings.length > SHOWN) lines.push(`    … и ещё ${a.findings.length - SHOWN}`);
  }
  return lines.join('\n');
}
