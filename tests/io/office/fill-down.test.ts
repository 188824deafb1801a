// Which cells of a column hold one formula filled down: the adapter sends those once.
import { fillKey, fillRuns } from '../../../src/io/office/fill-down';

describe('fillKey', () => {
  test('relative rows become offsets from the cell’s row; absolute rows, literals and sheet names stay', () => {
    const f = (row: number): string => `=IF(ISNUMBER(B${row + 1}),RANK.EQ(B${row + 1},B$4:B$9,1),"")`;
    expect(fillKey(f(3), 3)).toBe('=IF(ISNUMBER(BR[0]),RANK.EQ(BR[0],B$4:B$9,1),"")');
    expect(fillKey(f(3), 3)).toBe(fillKey(f(8), 8));
    expect(fillKey(f(3), 3)).not.toBe(fillKey(f(3), 4));
    const sumifs = (row: number): string => `=SUMIFS('ВПР'!$E$2:$E$1048576,'ВПР'!$A$2:$A$1048576,"="&$A${row + 1},'ВПР'!$F$2:$F$1048576,"<>")`;
    expect(fillKey(sumifs(3), 3)).toBe(`=SUMIFS('ВПР'!$E$2:$E$1048576,'ВПР'!$A$2:$A$1048576,"="&$AR[0],'ВПР'!$F$2:$F$1048576,"<>")`);
    expect(fillKey(sumifs(10), 10)).toBe(fillKey(sumifs(3), 3));
  });

  test('numbers, function names and text are never read as cells', () => {
    expect(fillKey('=IF(B4>1E+9,LOG10(B4),"A1 B2")', 3)).toBe('=IF(BR[0]>1E+9,LOG10(BR[0]),"A1 B2")');
    expect(fillKey('=ATAN2(1,2)+1E9+B4', 3)).toBe('=ATAN2(1,2)+1E9+BR[0]');
    expect(fillKey("='Лист A1'!C5+'It''s A2'!D6", 4)).toBe("='Лист A1'!CR[0]+'It''s A2'!DR[1]");
    expect(fillKey('=SUMPRODUCT((A4:A9="x")*1)', 3)).toBe('=SUMPRODUCT((AR[0]:AR[5]="x")*1)');
  });
});

describe('fillRuns', () => {
  test('runs of two or more rows with the same key; a plain value or another formula breaks a run', () => {
    const rank = (row: number): string => `=RANK.EQ(B${row + 1},B$4:B$9)`;
    const column: (string | null)[] = [rank(3), rank(4), rank(5), null, rank(7), '=B9*2', rank(9), rank(10)];
    const runs = fillRuns(column.length, 1, (r) => column[r], (r) => 3 + r);
    expect(runs).toEqual([
      { col: 0, from: 0, to: 2 },
      { col: 0, from: 6, to: 7 },
    ]);
  });
});
