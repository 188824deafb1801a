import { ValueRule } from '../../../src/core/templates/description';
import { parseNumber, readValue } from '../../../src/core/templates/values';

const yesno: ValueRule = { type: 'yesno', options: ['Да', 'Нет'], required: true };
const percent: ValueRule = { type: 'percent', min: 0, max: 1, required: true };
const text: ValueRule = { type: 'text', required: false };

describe('reading values', () => {
  test.each(['да', 'Да ', 'ДА', ' да.', 'yes'])('«%s» in a Да/Нет input → «Да»', (raw) => {
    expect(readValue(raw, yesno)).toEqual({ value: 'Да' });
  });

  test('«Нет», a boolean, and something not in the list', () => {
    expect(readValue('НЕТ', yesno)).toEqual({ value: 'Нет' });
    expect(readValue(true, yesno)).toEqual({ value: 'Да' });
    expect(readValue('Частично', yesno)).toEqual({ value: 'Частично', issue: { problem: 'value.invalid', why: 'not-in-list' } });
  });

  test('percentages: «96 %», «0,96», 0.96 → 0.96; 96 → 0.96 with a warning; 120 % is out of range', () => {
    expect(readValue('96 %', percent)).toEqual({ value: 0.96 });
    expect(readValue('96%', percent)).toEqual({ value: 0.96 });
    expect(readValue('0,96', percent)).toEqual({ value: 0.96 });
    expect(readValue(0.96, percent)).toEqual({ value: 0.96 });
    expect(readValue(1, percent)).toEqual({ value: 1 });
    expect(readValue(96, percent)).toEqual({ value: 0.96, issue: { problem: 'value.percent-as-number' } });
    expect(readValue('96', percent)).toEqual({ value: 0.96, issue: { problem: 'value.percent-as-number' } });
    expect(readValue('120 %', percent)).toEqual({ value: 1.2, issue: { problem: 'value.invalid', why: 'out-of-range' } });
    expect(readValue(-0.1, percent)).toEqual({ value: -0.1, issue: { problem: 'value.invalid', why: 'out-of-range' } });
    expect(readValue('много', percent)).toEqual({ value: 'много', issue: { problem: 'value.invalid', why: 'not-a-number' } });
  });

  test('missing: empty or blank text, only where the input is required', () => {
    expect(readValue(null, percent)).toEqual({ value: null, issue: { problem: 'value.missing' } });
    expect(readValue('  ', yesno)).toEqual({ value: null, issue: { problem: 'value.missing' } });
    expect(readValue(null, text)).toEqual({ value: null });
  });

  test('numbers with a decimal comma and spaces; whole numbers; ranges', () => {
    expect(parseNumber('1 234,5')).toBe(1234.5);
    expect(parseNumber('12.5')).toBe(12.5);
    expect(parseNumber('12,5 шт')).toBeNull();
    const count: ValueRule = { type: 'integer', min: 0, required: true };
    expect(readValue('48', count)).toEqual({ value: 48 });
    expect(readValue(4.5, count)).toEqual({ value: 4.5, issue: { problem: 'value.invalid', why: 'not-whole' } });
    expect(readValue(-1, count)).toEqual({ value: -1, issue: { problem: 'value.invalid', why: 'out-of-range' } });
  });

  test('dates: Excel serials and dd.mm.yyyy text → ISO', () => {
    const date: ValueRule = { type: 'date', required: true };
    expect(readValue(44701, date)).toEqual({ value: '2022-05-20' });
    expect(readValue('20.05.2022', date)).toEqual({ value: '2022-05-20' });
    expect(readValue('20.05.22 г.', date)).toEqual({ value: '2022-05-20' });
    expect(readValue('31.02.2022', date)).toEqual({ value: '31.02.2022', issue: { problem: 'value.invalid', why: 'not-a-date' } });
  });

  test('text that starts with «=» stays text', () => {
    expect(readValue('=HYPERLINK("http://evil")', text)).toEqual({ value: '=HYPERLINK("http://evil")' });
    expect(readValue('  +7 900  ', text)).toEqual({ value: '+7 900' });
  });
});
