import { forEachEqualGroup } from '../../src/core/equal-groups';

describe('forEachEqualGroup', () => {
  const groups = (keys: string[], hash: (s: string) => number): number[][] => {
    const out: number[][] = [];
    forEachEqualGroup(keys.length, (i) => hash(keys[i]), (i) => keys[i], (g) => out.push([...g]));
    return out.sort((a, b) => a[0] - b[0]);
  };

  test('equal keys come together, in ascending order; single keys are not reported', () => {
    const keys = ['b', 'a', 'c', 'a', 'b', 'a'];
    expect(groups(keys, (s) => s.charCodeAt(0))).toEqual([
      [0, 4],
      [1, 3, 5],
    ]);
  });

  test('keys whose hashes collide are still told apart by the key', () => {
    const keys = ['x', 'y', 'x', 'z', 'y'];
    expect(groups(keys, () => 7)).toEqual([
      [0, 2],
      [1, 4],
    ]);
  });

  test('no items, one item', () => {
    expect(groups([], () => 1)).toEqual([]);
    expect(groups(['a'], () => 1)).toEqual([]);
  });

  test('agrees with grouping by a map, for many keys and a weak hash (collisions in most slots)', () => {
    const keys = Array.from({ length: 20_000 }, (_v, i) => `п${(i * 7919) % 6_000}`);
    const byMap = new Map<string, number[]>();
    keys.forEach((k, i) => byMap.set(k, [...(byMap.get(k) ?? []), i]));
    const expected = [...byMap.values()].filter((g) => g.length > 1).sort((a, b) => a[0] - b[0]);
    for (const hash of [(s: string) => s.length, (s: string) => s.charCodeAt(s.length - 1) * 31 + s.length, () => 0x3fffffff]) {
      expect(groups(keys, hash)).toEqual(expected);
    }
  });
});
