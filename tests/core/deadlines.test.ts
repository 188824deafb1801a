import { dayOf, toIso } from '../../src/core/dates';
import { parseDeadline } from '../../src/core/deadlines/deadline';
import { academicYear, Period } from '../../src/core/deadlines/period';

const AY2021: Period = { ...academicYear(2021), source: 'test' }; // 01.09.2021 – 31.08.2022
const AY2020: Period = { ...academicYear(2020), source: 'test' };
const AY2020_2022: Period = { ...academicYear(2020, 2022), source: 'test' }; // two academic years
const CAL2022_2024: Period = { start: dayOf(2022, 1, 1), end: dayOf(2024, 12, 31), kind: 'calendar', source: 'test' };

const ivs = (text: string, period: Period = AY2021): string[] =>
  parseDeadline(text, period).intervals.map((iv) => `${toIso(iv.start)}..${toIso(iv.end)}`);
const kind = (text: string, period: Period = AY2021): string => parseDeadline(text, period).kind;

describe('dated deadlines (DOMAIN.md examples)', () => {
  test.each([
    ['27.09.2021', ['2021-09-27..2021-09-27']],
    ['24.09.2021 г', ['2021-09-24..2021-09-24']],
    ['06 ноября 2020', ['2020-11-06..2020-11-06']],
    ['24,25.08.2021 г', ['2021-08-24..2021-08-25']],
    ['13-16.09.2021', ['2021-09-13..2021-09-16']],
    ['до 15.09.2021 г', ['2021-09-01..2021-09-15']],
    ['До 5.09.2021', ['2021-09-01..2021-09-05']],
    ['Октябрь 2021', ['2021-10-01..2021-10-31']],
    ['январь', ['2022-01-01..2022-01-31']],
    ['сентябрь', ['2021-09-01..2021-09-30']],
    ['июль - август', ['2022-07-01..2022-08-31']],
    ['Март - июнь 2021', ['2021-03-01..2021-06-30']],
    ['Сентябрь 2020 – май 2021', ['2020-09-01..2021-05-31']],
    ['Сентябрь – май 2022', ['2021-09-01..2022-05-31']],
    ['Сентябрь, апрель', ['2021-09-01..2021-09-30', '2022-04-01..2022-04-30']],
    ['октябрь - декабрь, февраль - март', ['2021-10-01..2021-12-31', '2022-02-01..2022-03-31']],
    ['октябрь - декабрь февраль - март', ['2021-10-01..2021-12-31', '2022-02-01..2022-03-31']],
    ['По итогам ГИА, май-июнь 2021', ['2021-05-01..2021-06-30']],
    ['не позднее 20.10.2021', ['2021-09-01..2021-10-20']],
    ['с 1 по 15 сентября 2021 года', ['2021-09-01..2021-09-15']],
    ['13.09 - 17.09.2021', ['2021-09-13..2021-09-17']],
    ['2021-10-29', ['2021-10-29..2021-10-29']],
    ['15.09.21', ['2021-09-15..2021-09-15']],
    ['декабрь – май', ['2021-12-01..2022-05-31']],
    ['I квартал 2022', ['2022-01-01..2022-03-31']],
    ['ОКТЯБРЯ 2021 Г.', ['2021-10-01..2021-10-31']],
    ['ноябрь — декабрь 2021 года', ['2021-11-01..2021-12-31']],
  ])('%s', (text, expected) => {
    expect(kind(text)).toBe('date');
    expect(ivs(text)).toEqual(expected);
  });

  test('a month without a year repeats in each year of a multi-year academic programme', () => {
    expect(ivs('январь', AY2020_2022)).toEqual(['2021-01-01..2021-01-31', '2022-01-01..2022-01-31']);
    expect(parseDeadline('январь', AY2020_2022).repeats).toBe(true);
    expect(parseDeadline('январь', AY2021).repeats).toBeUndefined();
  });

  test('in a calendar programme a range over the new year keeps only the occurrences inside the period', () => {
    expect(ivs('декабрь - май', CAL2022_2024)).toEqual(['2022-12-01..2023-05-31', '2023-12-01..2024-05-31']);
    expect(ivs('июль - август', CAL2022_2024)).toEqual(['2022-07-01..2022-08-31', '2023-07-01..2023-08-31', '2024-07-01..2024-08-31']);
  });

  test('«до 15 января ежегодно» is a date repeated each year, from the year’s start', () => {
    expect(ivs('до 15 января ежегодно', CAL2022_2024)).toEqual(['2022-01-01..2022-01-15', '2022-09-01..2023-01-15', '2023-09-01..2024-01-15']);
    expect(kind('до 15 января ежегодно', CAL2022_2024)).toBe('date');
  });

  test('a range written backwards is inverted, with no interval', () => {
    const d = parseDeadline('16-13.09.2021', AY2021);
    expect(d.kind).toBe('date');
    expect(d.inverted).toBe(true);
    expect(d.intervals).toEqual([]);
    expect(parseDeadline('май 2022 – сентябрь 2021', AY2021).inverted).toBe(true);
    expect(parseDeadline('13-16.09.2021', AY2021).inverted).toBeUndefined();
  });

  test('a date before the programme is kept as written (the outside-period rule reports it)', () => {
    expect(ivs('до 15.08.2021', AY2021)).toEqual(['2021-08-15..2021-08-15']);
    expect(ivs('06 ноября 2020', AY2021)).toEqual(['2020-11-06..2020-11-06']);
  });

  test('an impossible date is not read as a date', () => {
    expect(kind('31.02.2022')).toBe('unknown');
  });
});

describe('other kinds', () => {
  test.each([
    ['в течение года', 'continuous'],
    ['в течение 2021-2022 уч. г.', 'continuous'],
    ['в течение\n2021-2022 уч. г., согласно регламенту работ в РИС', 'continuous'],
    ['В течение всего периода', 'continuous'],
    ['постоянно', 'continuous'],
    ['постоянно, в соответствии с графиком проведения ВсОШ', 'continuous'],
    ['1 раз в квартал', 'recurring'],
    ['2 раза в год', 'recurring'],
    ['Еженедельно в течение 2021-2022 уч. г.', 'recurring'],
    ['ежегодно', 'recurring'],
    ['ежемесячно', 'recurring'],
    ['по графику ФИС ОКО', 'event'],
    ['согласно расписания проведения ГИА', 'event'],
    ['в день проведения ВПР', 'event'],
    ['В период проведения ВПР', 'event'],
    ['По итогам учебного года', 'event'],
    ['по итогам 2021 года', 'event'],
    ['По отдельному графику', 'event'],
    ['когда-нибудь', 'unknown'],
    ['ASAP', 'unknown'],
    ['', 'unknown'],
  ])('%s → %s', (text, expected) => {
    expect(kind(text)).toBe(expected);
  });

  test('continuous covers the period, or the years it names', () => {
    expect(ivs('в течение года')).toEqual(['2021-09-01..2022-08-31']);
    expect(ivs('в течение 2020-2021 уч. г.')).toEqual(['2020-09-01..2021-08-31']);
    expect(ivs('в течение 2022 года', AY2020)).toEqual(['2022-01-01..2022-12-31']);
  });

  test('recurring deadlines carry their frequency', () => {
    expect(parseDeadline('2 раза в год', AY2021).frequency).toEqual({ times: 2, per: 'year' });
    expect(parseDeadline('1 раз в квартал', AY2021).frequency).toEqual({ times: 1, per: 'quarter' });
    expect(parseDeadline('Еженедельно', AY2021).frequency).toEqual({ times: 1, per: 'week' });
    expect(parseDeadline('до 25 числа каждого месяца', AY2021)).toMatchObject({ kind: 'recurring', frequency: { times: 1, per: 'month' } });
    expect(parseDeadline('каждую четверть', AY2021).frequency).toEqual({ times: 1, per: 'quarter' });
    expect(parseDeadline('каждую неделю по пятницам', AY2021).frequency).toEqual({ times: 1, per: 'week' });
  });
});

describe('less common forms', () => {
  test.each([
    ['до конца 2021 года', ['2021-09-01..2021-12-31']],
    ['с 01.10.2021', ['2021-10-01..2022-08-31']],
    ['I полугодие 2022', ['2022-01-01..2022-06-30']],
    ['2 полугодие 2021 г.', ['2021-07-01..2021-12-31']],
    ['IV квартал', ['2021-10-01..2021-12-31']],
    ['01.09.2021-31.05.2022', ['2021-09-01..2022-05-31']],
    ['август 2021 г. - январь 2022 г.', ['2021-08-01..2022-01-31']],
    ['ежегодно в сентябре', ['2021-09-01..2021-09-30']],
  ])('%s', (text, expected) => {
    expect(kind(text)).toBe('date');
    expect(ivs(text)).toEqual(expected);
  });

  test.each([
    ['2021-2022 учебный год', '2021-09-01..2022-08-31'],
    ['2022 г.', '2022-01-01..2022-12-31'],
    ['в течение 2021-22 уч.г', '2021-09-01..2022-08-31'],
  ])('%s names a whole year', (text, span) => {
    expect(kind(text)).toBe('continuous');
    expect(ivs(text)).toEqual([span]);
  });
});
