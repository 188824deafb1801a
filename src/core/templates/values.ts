// Reads one input's value as its rule says: «да», «Да », «ДА» → «Да»; «96 %», «0,96» and 96 in
// a percent cell → 0.96 (the last with a warning); «12,5» → 12.5; a date as an ISO string.
// Text stays text, whatever it starts with: nothing a school typed is ever a formula.
import { CellValue } from '../grid';
import { dayFromExcelSerial, dayOf, fullYear, isValidDate, toIso, toRu, fromIso } from '../dates';
import { fold, foldLoose } from '../text';
import { ValueRule } from './description';

export type Normalised = string | number | boolean | null;

export type ValueIssue =
  | { problem: 'value.missing' }
  | { problem: 'value.invalid'; why: 'not-in-list' | 'not-a-number' | 'not-whole' | 'not-a-date' | 'too-long' | 'out-of-range' }
  | { problem: 'value.percent-as-number' };

export interface ReadValue {
  value: Normalised;
  issue?: ValueIssue;
}

const YES = new Set(['да', 'д', 'yes', 'y', 'истина', 'true', '+', 'есть', 'имеется']);
const NO = new Set(['нет', 'н', 'no', 'n', 'ложь', 'false', '-', '—', 'отсутствует']);

/** «1 234,5», «12.5», «−3» → number; null when the text is not a number. */
export function parseNumber(text: string): number | null {
  const t = text.replace(/[\s\u00a0\u202f\u2007]/g, '').replace(/^[−–]/, '-');
  if (!/^[+-]?(?:\d+(?:[.,]\d*)?|[.,]\d+)$/.test(t)) return null;
  const n = Number(t.replace(',', '.'));
  return Number.isFinite(n) ? n : null;
}

/** Share with float noise dropped: 96 / 100 → 0.96, not 0.9600000000000001. */
const tidy = (n: number): number => Math.round(n * 1e10) / 1e10;

function readPercent(v: CellValue): ReadValue {
  if (typeof v === 'number') {
    if (v > 1 && v <= 100) return { value: tidy(v / 100), issue: { problem: 'value.percent-as-number' } };
    return { value: v };
  }
  const text = String(v).trim();
  const withSign = /^(.*?)\s*%$/.exec(text);
  if (withSign) {
    const n = parseNumber(withSign[1]);
    return n === null ? { value: text, issue: { problem: 'value.invalid', why: 'not-a-number' } } : { value: tidy(n / 100) };
  }
  const n = parseNumber(text);
  if (n === null) return { value: text, issue: { problem: 'value.invalid', why: 'not-a-number' } };
  return readPercent(n);
}

function readDate(v: CellValue): ReadValue {
  if (typeof v === 'number') {
    // Serials from 1900-03-01 to 2199-12-31.
    if (v >= 61 && v < 109575) return { value: toIso(dayFromExcelSerial(v)) };
    return { value: v, issue: { problem: 'value.invalid', why: 'not-a-date' } };
  }
  const text = String(v).trim();
  const ru = /^(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})(?:\s*г\.?)?$/.exec(text);
  if (ru) {
    const [d, m, y] = [Number(ru[1]), Number(ru[2]), fullYear(Number(ru[3]))];
    if (isValidDate(y, m, d)) return { value: toIso(dayOf(y, m, d)) };
  }
  if (fromIso(text) !== null) return { value: text };
  return { value: text, issue: { problem: 'value.invalid', why: 'not-a-date' } };
}

function inRange(n: number, rule: ValueRule): boolean {
  return !((rule.min !== undefined && n < rule.min - 1e-9) || (rule.max !== undefined && n > rule.max + 1e-9));
}

/** The value as the rule reads it, and what is wrong with it, if anything. */
export function readValue(raw: CellValue, rule: ValueRule): ReadValue {
  if (raw === null || (typeof raw === 'string' && raw.trim() === '')) {
    return rule.required ? { value: null, issue: { problem: 'value.missing' } } : { value: null };
  }
  switch (rule.type) {
    case 'yesno': {
      if (typeof raw === 'boolean') return { value: raw ? optionLike(rule, 'да') : optionLike(rule, 'нет') };
      const f = foldLoose(String(raw));
      if (YES.has(f)) return { value: optionLike(rule, 'да') };
      if (NO.has(f)) return { value: optionLike(rule, 'нет') };
      return { value: String(raw).trim(), issue: { problem: 'value.invalid', why: 'not-in-list' } };
    }
    case 'list': {
      const f = foldLoose(String(raw));
      const hit = (rule.options ?? []).find((o) => foldLoose(o) === f);
      return hit !== undefined ? { value: hit } : { value: typeof raw === 'string' ? raw.trim() : raw, issue: { problem: 'value.invalid', why: 'not-in-list' } };
    }
    case 'percent': {
      if (typeof raw === 'boolean') return { value: raw, issue: { problem: 'value.invalid', why: 'not-a-number' } };
      const r = readPercent(raw);
      if (typeof r.value === 'number' && r.issue?.problem !== 'value.invalid' && !inRange(r.value, rule)) {
        return { value: r.value, issue: { problem: 'value.invalid', why: 'out-of-range' } };
      }
      return r;
    }
    case 'number':
    case 'integer': {
      const n = typeof raw === 'number' ? raw : typeof raw === 'string' ? parseNumber(raw) : null;
      if (n === null) return { value: typeof raw === 'string' ? raw.trim() : raw, issue: { problem: 'value.invalid', why: 'not-a-number' } };
      if (rule.type === 'integer' && !Number.isInteger(n)) return { value: n, issue: { problem: 'value.invalid', why: 'not-whole' } };
      if (!inRange(n, rule)) return { value: n, issue: { problem: 'value.invalid', why: 'out-of-range' } };
      return { value: n };
    }
    case 'date':
      return readDate(raw);
    case 'text':
    default: {
      const value = typeof raw === 'string' ? raw.trim() : raw;
      if (rule.maxLength !== undefined && typeof value === 'string' && value.length > rule.maxLength) {
        return { value, issue: { problem: 'value.invalid', why: 'too-long' } };
      }
      return { value };
    }
  }
}

/** «Да» / «Нет» as the template's list spells it. */
function optionLike(rule: ValueRule, folded: string): string {
  return (rule.options ?? []).find((o) => fold(o) === folded) ?? (folded === 'да' ? 'Да' : 'Нет');
}

/** A value as a message shows it: 0.96 in a percent input → «96 %», a date → 20.05.2022. */
export function shown(value: Normalised | CellValue, rule: ValueRule): string {
  if (value === null) return '';
  if (typeof value === 'number' && rule.type === 'percent') return `${String(tidy(value * 100)).replace('.', ',')} %`;
  if (typeof value === 'number') return String(value).replace('.', ',');
  if (rule.type === 'date' && typeof value === 'string') {
    const d = fromIso(value);
    if (d !== null) return toRu(d);
  }
  if (typeof value === 'boolean') return value ? 'ИСТИНА' : 'ЛОЖЬ';
  return value.length > 60 ? `${value.slice(0, 57)}…` : value;
}

/** What the rule allows, for a message: «от 0 % до 100 %», ««Да» или «Нет»». */
export function allowed(rule: ValueRule): string {
  switch (rule.type) {
    case 'yesno':
      return '«Да» или «Нет»';
    case 'list':
      return (rule.options ?? []).slice(0, 8).map((o) => `«${o}»`).join(', ') + ((rule.options?.length ?? 0) > 8 ? ' …' : '');
    case 'date':
      return 'дата в виде ДД.ММ.ГГГГ';
    case 'percent':
      return `доля от ${shown(rule.min ?? 0, rule)} до ${shown(rule.max ?? 1, rule)}`;
    case 'integer':
    case 'number': {
      const what = rule.type === 'integer' ? 'целое число' : 'число';
      if (rule.min !== undefined && rule.max !== undefined) return `${what} от ${shown(rule.min, rule)} до ${shown(rule.max, rule)}`;
      if (rule.min !== undefined) return `${what} не меньше ${shown(rule.min, rule)}`;
      if (rule.max !== undefined) return `${what} не больше ${shown(rule.max, rule)}`;
      return what;
    }
    default:
      return rule.maxLength !== undefined ? `текст не длиннее ${rule.maxLength} знаков` : 'текст';
  }
}
