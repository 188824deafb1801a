// Dates given on the command line.
import { Day, fromIso, localDay, ymd } from '../core/dates';
import { Period } from '../core/deadlines/period';
import { CliError } from './args';

export const todayLocal = (): Day => localDay(new Date());

export function parseDayOption(name: string, value: string): Day {
  const d = fromIso(value);
  if (d === null) throw new CliError(`${name}: ожидается дата ГГГГ-ММ-ДД, получено «${value}»`);
  return d;
}

/** «2020-09-01..2021-08-31»: 1 Sept – 31 Aug is an academic year, anything else calendar. */
export function parsePeriodOption(value: string): Period {
  const m = /^(\d{4}-\d{2}-\d{2})\.\.(\d{4}-\d{2}-\d{2})$/.exec(value.trim());
  const start = m ? fromIso(m[1]) : null;
  const end = m ? fromIso(m[2]) : null;
  if (start === null || end === null) throw new CliError(`--period: ожидается ГГГГ-ММ-ДД..ГГГГ-ММ-ДД, получено «${value}»`);
  if (end < start) throw new CliError(`--period: начало ${m?.[1]} позже окончания ${m?.[2]}`);
  const s = ymd(start);
  const e = ymd(end);
  const academic = s.m === 9 && s.d === 1 && e.m === 8 && e.d === 31;
  return { start, end, kind: academic ? 'academic' : 'calendar', source: value };
}
