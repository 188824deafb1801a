// The programme period and the approval date, read from the title rows above a table.
import { dayOf, Day, fullYear, isValidDate } from '../dates';
import { fold } from '../text';
import { monthNumber } from './months';

export interface Period {
  start: Day;
  end: Day;
  /** 'academic': 1 Sept – 31 Aug; 'calendar': 1 Jan – 31 Dec. */
  kind: 'academic' | 'calendar';
  /** The text it was read from, or how it was obtained. */
  source: string;
}

export const academicYear = (firstYear: number, lastYear = firstYear + 1): Period => ({
  start: dayOf(firstYear, 9, 1),
  end: dayOf(lastYear, 8, 31),
  kind: 'academic',
  source: '',
});

const ACADEMIC_MARK = /уч(ебн\S*)?\.?\s*(г\b|г\.|год|гг)|учебн/;
const CALENDAR_MARK = /^\s*(годы|годов|гг\.?|год[ау]?\b|г\.)/;

/**
 * Finds a programme period in title text: «в 2021-2022 учебном году» (academic),
 * «на 2022-2024 годы» (calendar), «на 2023 год» (calendar), «2020-2022 уч.года».
 */
export function periodFromText(text: string): Period | null {
  const t = fold(text);
  const range = /(\d{4})\s*(?:[-–—\/]|\s(?:по|до)\s)\s*(\d{2}|\d{4})(?!\d)/g;
  let m: RegExpExecArray | null;
  while ((m = range.exec(t))) {
    const a = Number(m[1]);
    let b = Number(m[2]);
    if (b < 100) b = Math.floor(a / 100) * 100 + b;
    if (b < a || b - a > 10) continue;
    const after = t.slice(m.index + m[0].length, m.index + m[0].length + 30);
    if (ACADEMIC_MARK.test(after.slice(0, 16)) || (!CALENDAR_MARK.test(after) && b - a === 1 && /учебн|уч\./.test(t))) {
      return { ...academicYear(a, b), source: m[0] };
    }
    if (CALENDAR_MARK.test(after) || b - a > 1) {
      return { start: dayOf(a, 1, 1), end: dayOf(b, 12, 31), kind: 'calendar', source: m[0] };
    }
    // «на 2021-2022» with no word after it: a school plan of two adjacent years is an academic year.
    return { ...academicYear(a, b), source: m[0] };
  }
  const single = /(?:на|в)\s+(\d{4})\s*(год|г\.|году)/.exec(t);
  if (single) {
    const y = Number(single[1]);
    return { start: dayOf(y, 1, 1), end: dayOf(y, 12, 31), kind: 'calendar', source: single[0] };
  }
  const school = /(\d{4})\s*учебн/.exec(t);
  if (school) {
    const y = Number(school[1]);
    return { ...academicYear(y), source: school[0] };
  }
  return null;
}

/**
 * The order's date: «Приложение 1 к приказу РОО от 02.09.2021 № 192»,
 * «утвержденной приказом … от 08.12.2022 г. № 12/98», «от «02» сентября 2021 г.».
 */
export function approvalFromText(text: string): Day | null {
  const t = fold(text).replace(/[«»"“”]/g, '');
  if (!/(приказ|распоряжени|постановлени|утвержд|решени)/.test(t)) return null;
  const numeric = /от\s+(\d{1,2})[.\/](\d{1,2})[.\/](\d{2,4})/.exec(t);
  if (numeric) {
    const [d, mo, y] = [Number(numeric[1]), Number(numeric[2]), fullYear(Number(numeric[3]))];
    return isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
  }
  const worded = /от\s+(\d{1,2})\s+([а-я]+)\.?\s+(\d{4})/.exec(t);
  if (worded) {
    const mo = monthNumber(worded[2]);
    const [d, y] = [Number(worded[1]), Number(worded[3])];
    return mo && isValidDate(y, mo, d) ? dayOf(y, mo, d) : null;
  }
  return null;
}
