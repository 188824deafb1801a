// Finding equal keys among 100 000 items without a map of 100 000 entries: (hash, index) pairs
// packed into one Float64Array and sorted natively, so equal keys end up side by side. Used by
// the duplicate-activity rule and by item ids, which must be unique.

// hash · 2^21 + index stays an exact integer below 2^53 for 30-bit hashes.
const INDEX_SPAN = 2 ** 21;

/**
 * Calls `visit` once for every set of two or more indices in [0, count) whose keys are equal,
 * with the indices in ascending order. `hash` must give equal keys equal 30-bit hashes (it may
 * give unequal keys equal hashes too); `key` is computed only for indices whose hashes meet.
 */
export function forEachEqualGroup(count: number, hash: (i: number) => number, key: (i: number) => string, visit: (indices: number[]) => void): void {
  if (count >= INDEX_SPAN) throw new RangeError(`forEachEqualGroup: ${count} items, at most ${INDEX_SPAN - 1}`);
  const packed = new Float64Array(count);
  for (let i = 0; i < count; i++) packed[i] = hash(i) * INDEX_SPAN + i;
  packed.sort();
  for (let start = 0; start < count; ) {
    const h = Math.floor(packed[start] / INDEX_SPAN);
    let end = start + 1;
    while (end < count && Math.floor(packed[end] / INDEX_SPAN) === h) end++;
    if (end - start > 1) {
      // A run of equal hashes: usually one key, rarely a collision of several.
      const byKey = new Map<string, number[]>();
      for (let k = start; k < end; k++) {
        const i = packed[k] - h * INDEX_SPAN;
        const text = key(i);
        const list = byKey.get(text);
        if (list) list.push(i);
        else byKey.set(text, [i]);
      }
      for (const list of byKey.values()) if (list.length > 1) visit(list);
    }
    start = end;
  }
}
