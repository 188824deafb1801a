import { toIso } from '../../src/core/dates';
import { approvalFromText, periodFromText } from '../../src/core/deadlines/period';

const period = (t: string): string | null => {
  const p = periodFromText(t);
  return p && `${toIso(p.start)}..${toIso(p.end)} ${p.kind}`;
};

describe('programme period from the title', () => {
  test.each([
    ['План мероприятий … в 2021-2022 учебном году', '2021-09-01..2022-08-31 academic'],
    ['на 2020-2021 учебный год', '2020-09-01..2021-08-31 academic'],
    ['Программа на 2020-2022 уч.года', '2020-09-01..2022-08-31 academic'],
    ['Дорожная карта … на 2022-2024 годы', '2022-01-01..2024-12-31 calendar'],
    ['план на 2023 год', '2023-01-01..2023-12-31 calendar'],
    ['на 2021/22 учебный год', '2021-09-01..2022-08-31 academic'],
    ['на 2021–2022 гг.', '2021-01-01..2022-12-31 calendar'],
  ])('%s', (text, expected) => expect(period(text)).toBe(expected));

  test('no period in a text without years', () => {
    expect(periodFromText('План мероприятий')).toBeNull();
    expect(periodFromText('Приложение 1 к приказу РОО от 02.09.2021 № 192')).toBeNull();
  });
});

describe('approval date', () => {
  test.each([
    ['Приложение 1 к приказу РОО от 02.09.2021 № 192', '2021-09-02'],
    ['утвержденной приказом управления образования от 08.12.2022 г. № 12/98', '2022-12-08'],
    ['Утверждено приказом от «02» сентября 2021 г. № 5', '2021-09-02'],
  ])('%s', (text, iso) => {
    const d = approvalFromText(text);
    expect(d === null ? null : toIso(d)).toBe(iso);
  });

  test('a date without an order is not an approval date', () => {
    expect(approvalFromText('от 02.09.2021')).toBeNull();
  });
});
