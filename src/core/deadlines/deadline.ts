// What a deadline cell means: a date, the whole period, a frequency, an outside event, or
// nothing readable (DOMAIN.md, «Deadlines»).
import { Interval, dayOf } from '../dates';
import { fold } from '../text';
import { Period, academicYear } from './period';
import { resolveTerms } from './resolve';
import { readTerms } from './terms';

export type DeadlineKind = 'date' | 'continuous' | 'recurring' | 'event' | 'unknown';

export interface Frequency {
  /** How many times per unit: «2 раза в год» → 2 per year. */
  times: number;
  per: 'day' | 'week' | 'month' | 'quarter' | 'halfyear' | 'year';
}

export interface Deadline {
  text: string;
  kind: DeadlineKind;
  intervals: Interval[];
  frequency?: Frequency;
  /** Set for kind 'date' when a range runs backwards. */
  inverted?: boolean;
  /** The year was left out in a multi-year programme: the date recurs each year. */
  repeats?: boolean;
}

export const DEADLINE_KIND_RU: Record<DeadlineKind, string> = {
  date: 'дата',
  continuous: 'постоянно',
  recurring: 'периодически',
  event: 'по событию',
  unknown: 'не распознан',
};

const PER_WORDS: [RegExp, Frequency['per']][] = [
  [/^(день|дня|сутки)/, 'day'],
  [/^недел/, 'week'],
  [/^месяц/, 'month'],
  [/^(квартал|четверт)/, 'quarter'],
  [/^полугод/, 'halfyear'],
  [/^(год|учебный год)/, 'year'],
];

const ADVERBS: [RegExp, Frequency][] = [
  [/ежедневн/, { times: 1, per: 'day' }],
  [/еженедельн/, { times: 1, per: 'week' }],
  [/ежемесячн/, { times: 1, per: 'month' }],
  [/ежекварт/, { times: 1, per: 'quarter' }],
  [/(раз в полугодие|каждое полугодие)/, { times: 1, per: 'halfyear' }],
  // «до 25 числа каждого месяца», «каждую неделю», «каждую четверть»
  [/кажд\S* (день|дня)/, { times: 1, per: 'day' }],
  [/кажд\S* недел/, { times: 1, per: 'week' }],
  [/кажд\S* месяц/, { times: 1, per: 'month' }],
  [/кажд\S* (квартал|четверт)/, { times: 1, per: 'quarter' }],
];

const WORD_NUMBERS: Record<string, number> = { один: 1, одного: 1, два: 2, две: 2, три: 3, четыре: 4 };

function frequencyOf(t: string): Frequency | null {
  const m = /(\d+|один|два|две|три|четыре)?\s*раз[а]?\s+в\s+([а-я]+)/.exec(t);
  if (m) {
    const per = PER_WORDS.find(([re]) => re.test(m[2]))?.[1];
    if (per) return { times: m[1] ? Number(m[1]) || WORD_NUMBERS[m[1]] : 1, per };
  }
  for (const [re, f] of ADVERBS) if (re.test(t)) return f;
  return null;
}

const CONTINUOUS = /в теч(ени[еи]|\.|\s)|постоянно|весь период|всего периода|на протяжении|круглогодично|систематическ/;
/** A cell that names only a year or an academic year: «2021-2022 учебный год», «2022 г.». */
const YEARS_ONLY = /^(в\s+|на\s+)?\d{4}(\s*[-–—\/]\s*\d{2,4})?\s*(уч\S*\s*(г\S*|год\S*)?|учебн\S*\s*год\S*|г\.?|гг\.?|год\S*)?$/;

const EVENT =
  /по график|по план|согласно|в соответствии|по итогам|в день|в дни|в период|по расписани|по мере|в сроки|по срокам|по запросу|по отдельн|по единому|по окончани|по завершени|после |накануне|в ходе|по приказ|по решени|по необходимост|по факту/;

/** Years written in a continuous deadline: «в течение 2021-2022 уч. г.», «в течение 2022 года». */
function continuousSpan(t: string, period: Period): Interval {
  const academic = /(\d{4})\s*[-–—\/]\s*(\d{2}|\d{4})\s*(уч|учебн)/.exec(t);
  if (academic) {
    const a = Number(academic[1]);
    let b = Number(academic[2]);
    if (b < 100) b += Math.floor(a / 100) * 100;
    const p = academicYear(a, b);
    return { start: p.start, end: p.end };
  }
  const years = /(\d{4})(?:\s*[-–—]\s*(\d{4}))?\s*(г|год|$)/.exec(t);
  if (years) {
    const a = Number(years[1]);
    const b = years[2] ? Number(years[2]) : a;
    return { start: dayOf(a, 1, 1), end: dayOf(b, 12, 31) };
  }
  return { start: period.start, end: period.end };
}

type Extras = Pick<Deadline, 'frequency' | 'inverted' | 'repeats'>;

/**
 * Every deadline is made here, with the same fields in the same order (those it lacks left
 * undefined): rules read a few of them on each of 100 000 items, and V8 reads objects of one
 * shape much faster than the five or six that spreading and optional fields made.
 */
export function makeDeadline(text: string, kind: DeadlineKind, intervals: Interval[], extras: Extras = {}): Deadline {
  return { text, kind, intervals, frequency: extras.frequency, inverted: extras.inverted, repeats: extras.repeats };
}

/** Classifies and resolves one deadline cell. An empty text is 'unknown' with no intervals. */
export function parseDeadline(text: string, period: Period): Deadline {
  const t = fold(text);
  const written = text.trim();
  if (t === '') return makeDeadline(written, 'unknown', []);

  const freq = frequencyOf(t);
  if (freq) return makeDeadline(written, 'recurring', [continuousSpan(t, period)], { frequency: freq });

  const terms = readTerms(t);
  const dated = terms.length > 0 ? resolveTerms(terms, period) : null;
  if (dated && (dated.intervals.length > 0 || dated.inverted)) {
    return makeDeadline(written, 'date', dated.intervals, { inverted: dated.inverted ? true : undefined, repeats: dated.repeats ? true : undefined });
  }
  if (CONTINUOUS.test(t) || YEARS_ONLY.test(t)) return makeDeadline(written, 'continuous', [continuousSpan(t, period)]);
  if (/ежегодно|каждый год/.test(t)) {
    return makeDeadline(written, 'recurring', [continuousSpan(t, period)], { frequency: { times: 1, per: 'year' } });
  }
  if (EVENT.test(t)) return makeDeadline(written, 'event', []);
  return makeDeadline(written, 'unknown', []);
}
