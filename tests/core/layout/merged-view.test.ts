import { CellValue } from '../../../src/core/grid';
import { MergedView } from '../../../src/core/layout/merges';
import { gridOf } from '../../helpers/grid';

// readRow() is the scan of every row in readRoadmap; value(), origin() and ownText() are the
// cell-by-cell view everything else reads. They must agree cell for cell.
test('readRow gives every cell as value(), origin() and ownText() do, ragged rows and merges included', () => {
  const rows: CellValue[][] = [
    ['Раздел', null, null, null, null],
    ['1', 'А', ' май ', 'Иванов', 'x'],
    [null, 'Б', null],
    [],
    ['2', null, 3, 'Петров'],
    ['3', 'В', 'июнь'],
  ];
  const view = new MergedView(gridOf('План', rows, ['A1:E1', 'A2:A3', 'C2:D3', 'B5:C6', 'E2:E6']));
  const width = 6; // one column more than any row has
  const values: CellValue[] = new Array(width).fill('stale');
  const top = new Int32Array(width).fill(-1);
  const covered = new Uint8Array(width).fill(7);
  for (let r = 0; r < rows.length + 1; r++) {
    view.readRow(r, width, values, top, covered);
    for (let c = 0; c < width; c++) {
      const cell = `${r},${c}`;
      expect([cell, values[c]]).toEqual([cell, view.value(r, c)]);
      expect([cell, top[c]]).toEqual([cell, view.origin(r, c).row]);
      const own = covered[c] === 1 ? '' : values[c] === null ? '' : String(values[c]).trim();
      expect([cell, own]).toEqual([cell, view.ownText(r, c)]);
    }
  }
});
