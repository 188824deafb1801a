// A summary column holds one formula per school that differs from row to row only in its
// relative row references (`"="&$A4`, `B4` → `$A5`, `B5`…): one formula filled down. Sent cell
// by cell, 2 000 schools' SUMIFS are 20 MB, five syncs of 4 MB; written once and filled down
// with Range.autoFill (ExcelApi 1.9), they are one action per column, whatever the school count.

/**
 * The formula with every relative row number written as an offset from `row` (0-based), so
 * that two cells hold the same formula filled down exactly when their keys are equal. String
 * literals and quoted sheet names are left alone; absolute rows ($4) and whole columns too.
 */
export function fillKey(formula: string, row: number): string {
  let out = '';
  let i = 0;
  while (i < formula.length) {
    const ch = formula[i];
    if (ch === '"' || ch === "'") {
      // A literal or a quoted sheet name: up to the closing quote (a doubled quote stays inside).
      let j = i + 1;
      while (j < formula.length && !(formula[j] === ch && formula[j + 1] !== ch)) j += formula[j] === ch ? 2 : 1;
      out += formula.slice(i, j + 1);
      i = j + 1;
      continue;
    }
    const ref = /^(\$?[A-Z]{1,3})(\$?)(\d+)(?![\w(.!])/.exec(formula.slice(i, i + 16));
    const before = i > 0 ? formula[i - 1] : '';
    if (ref && !/[\w.$]/.test(before)) {
      out += ref[2] === '$' ? ref[0] : `${ref[1]}R[${Number(ref[3]) - 1 - row}]`;
      i += ref[0].length;
      continue;
    }
    // A name or a number runs on to its end, so that «1E9» or «LOG10» is never read as a cell.
    const word = /^[\w.$]+/.exec(formula.slice(i));
    if (word && !ref) {
      out += word[0];
      i += word[0].length;
      continue;
    }
    out += ch;
    i += 1;
  }
  return out;
}

/** A run of rows [from, to] (inclusive, 0-based in the cells given) of one column. */
export interface FillRun {
  col: number;
  from: number;
  to: number;
}

/**
 * The runs of two or more rows in which a column holds one formula filled down. `formulaAt`
 * gives a cell's formula or null; `rowOf` the sheet row (0-based) of a row of cells.
 */
export function fillRuns(rows: number, cols: number, formulaAt: (r: number, c: number) => string | null, rowOf: (r: number) => number): FillRun[] {
  const out: FillRun[] = [];
  for (let c = 0; c < cols; c++) {
    let from = -1;
    let key = '';
    const close = (to: number): void => {
      if (from >= 0 && to > from) out.push({ col: c, from, to });
    };
    for (let r = 0; r < rows; r++) {
      const f = formulaAt(r, c);
      const k = f === null ? null : fillKey(f, rowOf(r));
      if (k !== null && from >= 0 && k === key) continue;
      close(r - 1);
      from = k === null ? -1 : r;
      key = k ?? '';
    }
    close(rows - 1);
  }
  return out;
}
