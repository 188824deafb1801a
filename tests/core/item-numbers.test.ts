import { compareNatural, isDottedNumber } from '../../src/core/item-numbers';

test('isDottedNumber: digits in parts separated by single dots, with an optional limit per part', () => {
  for (const t of ['1', '1.2', '10.20.300', '007']) expect(isDottedNumber(t)).toBe(true);
  for (const t of ['', '.', '1.', '.1', '1..2', '1 .2', '1,2', 'I.2', '№1']) expect(isDottedNumber(t)).toBe(false);
  expect(isDottedNumber('1.234', 3)).toBe(true);
  expect(isDottedNumber('1.2345', 3)).toBe(false);
});

describe('compareNatural', () => {
  test('orders numbers as people read them', () => {
    const sorted = ['1', '1.2', '1.2.1', '1.9', '1.10', '1.№2', '2', '10', '№1', '№2', '№10'];
    const shuffled = [...sorted].reverse();
    expect(shuffled.sort(compareNatural)).toEqual(sorted);
  });

  test('equal texts, and texts that differ only in leading zeros, compare equal', () => {
    expect(compareNatural('1.2', '1.2')).toBe(0);
    expect(compareNatural('1.02', '1.2')).toBe(0);
    expect(compareNatural('00', '0')).toBe(0);
  });

  // It is used to prove a list has no text twice (a strictly ascending list): that needs a
  // consistent order. Checked against a reference that splits texts into tokens.
  test('agrees with a token-by-token reference on random texts', () => {
    const tokens = (s: string): (number | string)[] => (s.match(/\d+|\D/g) ?? []).map((t) => (/\d/.test(t) ? Number(t) : t));
    const reference = (a: string, b: string): number => {
      const x = tokens(a);
      const y = tokens(b);
      for (let k = 0; k < Math.min(x.length, y.length); k++) {
        const [p, q] = [x[k], y[k]];
        if (typeof p !== typeof q) return typeof p === 'number' ? -1 : 1;
        if (p !== q) return typeof p === 'number' ? (p as number) - (q as number) : (p as string).charCodeAt(0) - (q as string).charCodeAt(0);
      }
      return x.length - y.length;
    };
    const alphabet = ['0', '1', '2', '9', '.', '№', '~', 'a'];
    let seed = 7;
    const next = (n: number): number => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    const text = (): string => Array.from({ length: next(7) }, () => alphabet[next(alphabet.length)]).join('');
    for (let k = 0; k < 20_000; k++) {
      const [a, b] = [text(), text()];
      expect([a, b, Math.sign(compareNatural(a, b))]).toEqual([a, b, Math.sign(reference(a, b))]);
    }
  });
});

test('compareNatural puts a strictly ascending list in order only when no text repeats', () => {
  const up = (list: string[]): boolean => list.every((t, i) => i === 0 || compareNatural(list[i - 1], t) < 0);
  expect(up(['1.9', '1.10', '2', '№1'])).toBe(true);
  expect(up(['1.2', '1.2'])).toBe(false);
  expect(up(['1.2', '1.02'])).toBe(false); // equal in order though written differently: callers search
  expect(up(['1.10', '1.9'])).toBe(false);
});
