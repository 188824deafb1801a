// Rows (or columns) found elsewhere in a school's copy carry the positions between them along:
// a position moves as the nearest found one at or before it moved.

/** `found`: template position → position in the copy, for the positions that were looked for. */
export function followShifts(found: ReadonlyMap<number, number>): (templatePos: number) => number {
  const keys = [...found.keys()].sort((a, b) => a - b);
  return (templatePos) => {
    let d = 0;
    for (const k of keys) {
      if (k > templatePos) break;
      d = (found.get(k) as number) - k;
    }
    return templatePos + d;
  };
}
