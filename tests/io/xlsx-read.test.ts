import { readFileSync } from 'node:fs';
import { a1 } from '../../src/core/grid';
import { readWorkbook } from '../../src/io/xlsx/read-workbook';
import { NOVO, SEVERSKIY, sha256 } from '../helpers/files';

describe('reading the fixture workbooks through ExcelJS', () => {
  test('Novosergievka: values, protection with its options, unlocked tracking cells', async () => {
    const before = sha256(NOVO);
    const { sheets } = await readWorkbook(readFileSync(NOVO));
    expect(sheets.map((s) => s.name)).toEqual(['Приложение 1', 'Приложение 2', 'Ответственные']);
    const g = sheets[0];
    expect(g.values[4][1]).toBe('Мероприятия');
    expect(g.values[5][2]).toBe('24,25.08.2021 г');
    expect(g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`).sort()).toEqual(['A3:G3', 'F1:G1']);
    expect(g.protection).toMatchObject({ protected: true, options: { allowFormatCells: true, allowInsertRows: false, allowDeleteRows: false } });
    expect(g.unlocked?.has('5,4')).toBe(true); // E6, the execution mark, is an input cell
    expect(g.unlocked?.has('5,1')).toBe(false); // B6, the activity, is locked
    expect(sha256(NOVO)).toBe(before);
  });

  test('Severskiy: task and number cells merged down keep their value only in the first cell', async () => {
    const { sheets } = await readWorkbook(readFileSync(SEVERSKIY));
    const g = sheets[0];
    const merges = g.merges.map((m) => `${a1(m.top, m.left)}:${a1(m.bottom, m.right)}`);
    expect(merges).toContain('B15:B28');
    expect(merges).toHaveLength(36);
    expect(g.values[14][1]).toMatch(/^Достижение обучающимися/);
    expect(g.values[15]?.[1] ?? null).toBeNull();
  });
});
