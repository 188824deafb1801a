// «Подсветить» / «Снять подсветку» on the user's roadmap sheet: password rules, protection put
// back exactly, an exact undo, and what each Excel version can do.
import { a1 } from '../../../src/core/grid';
import { MarkPlan, markPlan } from '../../../src/core/roadmap/marks';
import { MARKS_HEADER, MARKS_SHEET } from '../../../src/io/office/mark-store';
import { ExcelVersion, FakeExcel, MB, SyncStat } from '../../fakes/excel';
import { analysed, bigRoadmap, excelWith, fixture, hostOn, NOVO } from './helpers';

const PASSWORD = 'секрет';

/** Novosergievka open in Excel, its roadmap sheet protected with a password, and ОКО's marks for it. */
async function protectedRoadmap(version?: ExcelVersion) {
  const grids = await fixture(NOVO);
  const { fake, host } = excelWith(grids, { password: PASSWORD, version });
  const plan = markPlan(analysed(grids));
  const sheet = fake.sheet(plan.sheet);
  return { fake, host, plan, sheet, options: { ...sheet.protection.options } };
}

const at = (cell: string): [number, number] => {
  const m = /^([A-Z])(\d+)$/.exec(cell) as RegExpExecArray;
  return [Number(m[2]) - 1, m[1].charCodeAt(0) - 65];
};

/** Fill and note of every marked cell, as the user sees them. */
const looks = (fake: FakeExcel, plan: MarkPlan) => plan.marks.map((m) => ({ cell: m.cell, fill: fake.fill(plan.sheet, m.cell), note: fake.note(plan.sheet, m.cell) }));

describe('a protected sheet', () => {
  test('no password: password-needed, and nothing in the workbook changed', async () => {
    const { fake, host, plan } = await protectedRoadmap();
    const before = fake.snapshot();
    await expect(host.mark(plan)).rejects.toEqual({ kind: 'password-needed', sheet: plan.sheet });
    expect(fake.snapshot()).toBe(before);
  });

  test('a wrong password: password-wrong, and nothing changed', async () => {
    const { fake, host, plan } = await protectedRoadmap();
    const before = fake.snapshot();
    await expect(host.mark(plan, 'не тот')).rejects.toEqual({ kind: 'password-wrong', sheet: plan.sheet });
    expect(fake.snapshot()).toBe(before);
  });

  test('the right password: marks applied, the sheet protected again with the same options and password', async () => {
    const { fake, host, plan, sheet, options } = await protectedRoadmap();
    expect(plan.marks.length).toBeGreaterThan(5);
    await host.mark(plan, PASSWORD);
    for (const m of plan.marks) {
      expect(fake.fill(plan.sheet, m.cell)).toBe(m.fill);
      expect(fake.note(plan.sheet, m.cell)).toBe(m.note);
    }
    expect(sheet.protection).toEqual({ protected: true, options, password: PASSWORD });
    // The password is kept nowhere but in the sheets' protection.
    const content = fake.book.sheets.map((s) => JSON.stringify({ rows: s.rows, notes: [...s.notes], comments: s.comments }));
    expect(content.join('')).not.toContain(PASSWORD);
  });

  test('unmark follows the same rules', async () => {
    const { fake, host, plan } = await protectedRoadmap();
    await host.mark(plan, PASSWORD);
    const before = fake.snapshot();
    await expect(host.unmark(plan.sheet)).rejects.toEqual({ kind: 'password-needed', sheet: plan.sheet });
    await expect(host.unmark(plan.sheet, 'не тот')).rejects.toEqual({ kind: 'password-wrong', sheet: plan.sheet });
    expect(fake.snapshot()).toBe(before);
  });

  test('a write that fails half-way still leaves the sheet protected as it was', async () => {
    const { fake, host, plan, sheet, options } = await protectedRoadmap();
    const broken: MarkPlan = { ...plan, marks: [...plan.marks, { cell: 'A1', severity: 'error', fill: '#F8CBAD', note: 'x' }] };
    const add = sheet.notes.set.bind(sheet.notes);
    // Excel refusing the last note: the batch stops there.
    sheet.notes.set = (k: string, v: string) => {
      if (k === 'A1') throw new Error('refused');
      return add(k, v);
    };
    await expect(host.mark(broken, PASSWORD)).rejects.toBeDefined();
    expect(sheet.protection).toEqual({ protected: true, options, password: PASSWORD });
    expect(fake.syncs.at(-1)?.error).toBeUndefined(); // the last request put protection back
  });
});

describe('the records and the undo', () => {
  test('originals are kept in a very hidden sheet, as text', async () => {
    const { fake, host, plan, sheet } = await protectedRoadmap();
    const [first, second] = plan.marks;
    sheet.ensure(...at(first.cell)).fill = '#FFFF00';
    sheet.notes.set(first.cell, 'Моя заметка');
    sheet.notes.set(second.cell, '=не формула');
    await host.mark(plan, PASSWORD);
    const store = fake.sheet(MARKS_SHEET);
    expect(store.visibility).toBe('VeryHidden');
    expect(MARKS_HEADER.map((_, c) => store.shown(0, c))).toEqual(['Лист', 'Ячейка', 'Исходная заливка', 'Исходное примечание', 'Заливка ОКО', 'Примечание ОКО']);
    const row = (r: number) => MARKS_HEADER.map((_, c) => store.shown(r, c));
    expect(row(1)).toEqual([plan.sheet, first.cell, '#FFFF00', 'Моя заметка', first.fill, first.note]);
    expect(row(2)).toEqual([plan.sheet, second.cell, '', '=не формула', second.fill, second.note]);
    expect(store.cell(2, 3)?.f).toBeUndefined();
    expect(store.rows.length).toBe(1 + plan.marks.length);
  });

  test('unmark puts every cell back exactly, except what the user changed since', async () => {
    const { fake, host, plan, sheet, options } = await protectedRoadmap();
    const [first, second, third] = plan.marks;
    sheet.ensure(...at(first.cell)).fill = '#FFFF00';
    sheet.notes.set(first.cell, 'Моя заметка');
    const original = looks(fake, plan);
    await host.mark(plan, PASSWORD);
    // After marking, the user re-colours one cell and edits the note of another.
    sheet.ensure(...at(second.cell)).fill = '#00FF00';
    sheet.notes.set(third.cell, `${third.note} — проверено`);
    await host.unmark(plan.sheet, PASSWORD);
    const expected = original.map((o) =>
      o.cell === second.cell ? { ...o, fill: '#00FF00', note: null } : o.cell === third.cell ? { ...o, note: `${third.note} — проверено` } : o,
    );
    expect(looks(fake, plan)).toEqual(expected);
    expect(sheet.protection).toEqual({ protected: true, options, password: PASSWORD });
    expect(fake.book.find(MARKS_SHEET)).toBeNull(); // no record left: the sheet is gone
  });

  test('marked twice, unmarked once: the cells are as before the first mark', async () => {
    const { fake, host, plan, sheet } = await protectedRoadmap();
    sheet.ensure(...at(plan.marks[0].cell)).fill = '#FFFF00';
    const original = looks(fake, plan);
    await host.mark(plan, PASSWORD);
    await host.mark(plan, PASSWORD);
    await host.unmark(plan.sheet, PASSWORD);
    expect(looks(fake, plan)).toEqual(original);
  });

  test('unmarking one sheet keeps the records of another', async () => {
    const { fake, host, plan } = await protectedRoadmap();
    const other: MarkPlan = { sheet: 'Ответственные', marks: [{ cell: 'A2', severity: 'warning', fill: '#FFE699', note: 'ОКО: проверьте' }] };
    await host.mark(plan, PASSWORD);
    await host.mark(other);
    await host.unmark('Ответственные');
    expect(fake.fill('Ответственные', 'A2')).toBeNull();
    const store = fake.sheet(MARKS_SHEET);
    const rows = store.rows.slice(1).filter((r) => r?.[0]?.v !== undefined);
    expect(rows).toHaveLength(plan.marks.length);
    await host.unmark(plan.sheet, PASSWORD);
    expect(fake.book.find(MARKS_SHEET)).toBeNull();
  });

  test('nothing to undo: no password asked, nothing written', async () => {
    const { fake, host, plan } = await protectedRoadmap();
    const before = fake.snapshot();
    await host.unmark(plan.sheet);
    expect(fake.snapshot()).toBe(before);
  });
});

describe('older Excel', () => {
  test('Excel 2019 (no notes, no comments): fills only; unmark clears them and leaves the user’s notes', async () => {
    const { fake, host, plan, sheet, options } = await protectedRoadmap('Excel 2019');
    sheet.notes.set(plan.marks[0].cell, 'Моя заметка'); // invisible to this Excel's API
    await host.mark(plan, PASSWORD);
    for (const m of plan.marks) expect(fake.fill(plan.sheet, m.cell)).toBe(m.fill);
    expect([...sheet.notes]).toEqual([[plan.marks[0].cell, 'Моя заметка']]);
    expect(sheet.comments).toEqual([]);
    expect(fake.sheet(MARKS_SHEET).shown(1, 5)).toBe(''); // ОКО put no note
    await host.unmark(plan.sheet, PASSWORD);
    for (const m of plan.marks) expect(fake.fill(plan.sheet, m.cell)).toBeNull();
    expect([...sheet.notes]).toEqual([[plan.marks[0].cell, 'Моя заметка']]);
    expect(sheet.protection).toEqual({ protected: true, options, password: PASSWORD });
    expect(fake.syncs.every((s) => s.error === undefined)).toBe(true);
  });

  test('Excel 2021 (comments, no notes): the remark goes into a comment, never into someone’s thread', async () => {
    const { fake, host, plan, sheet } = await protectedRoadmap('Excel 2021');
    const [first, second] = plan.marks;
    sheet.comments.push({ id: 'c0', cell: first.cell, content: 'Уточнить у школы' });
    await host.mark(plan, PASSWORD);
    const byCell = new Map(sheet.comments.map((c) => [c.cell, c.content]));
    expect(byCell.get(first.cell)).toBe('Уточнить у школы');
    expect(byCell.get(second.cell)).toBe(second.note);
    expect(sheet.comments).toHaveLength(plan.marks.length);
    await host.unmark(plan.sheet, PASSWORD);
    expect(sheet.comments).toEqual([{ id: 'c0', cell: first.cell, content: 'Уточнить у школы' }]);
    for (const m of plan.marks) expect(fake.fill(plan.sheet, m.cell)).toBeNull();
  });

  test('Excel 2016 (no protection API): fills go where the sheet’s protection allows formatting', async () => {
    const { fake, host, plan, sheet, options } = await protectedRoadmap('Excel 2016');
    expect(options.allowFormatCells).toBe(true); // as the district protected it
    await host.mark(plan);
    for (const m of plan.marks) expect(fake.fill(plan.sheet, m.cell)).toBe(m.fill);
    expect(sheet.notes.size).toBe(0);
    expect(fake.sheet(MARKS_SHEET).visibility).toBe('Visible'); // hiding a sheet needs ExcelApi 1.2
    await host.unmark(plan.sheet);
    for (const m of plan.marks) expect(fake.fill(plan.sheet, m.cell)).toBeNull();
    expect(sheet.protection).toEqual({ protected: true, options, password: PASSWORD });
  });
});

describe('scale and selection', () => {
  test('mark and unmark: syncs grow with the bytes written (1 per 4 MB), not with the cells', async () => {
    const runs = [];
    for (const n of [10, 12_000]) {
      const fake = new FakeExcel();
      const grid = bigRoadmap(n);
      fake.loadGrid(grid);
      const host = hostOn(fake);
      const plan = markPlan(analysed([grid]));
      await host.mark(plan);
      const mark = [...fake.syncs];
      fake.resetStats();
      await host.unmark(plan.sheet);
      runs.push({ marks: plan.marks.length, mark, unmark: [...fake.syncs] });
    }
    const [small, big] = runs;
    const perFourMb = (syncs: SyncStat[]): number => Math.ceil(syncs.reduce((n, s) => n + s.requestBytes, 0) / (4 * MB));
    expect(big.marks).toBeGreaterThan(3000);
    expect(small.mark).toHaveLength(2); // cells and protection; the write
    expect(small.unmark).toHaveLength(4); // sheets and protection; records; cells; the write
    // The brief's bound: a fixed few, plus one per 4 MB sent.
    expect(big.mark.length).toBeLessThanOrEqual(3 + perFourMb(big.mark));
    expect(big.unmark.length).toBeLessThanOrEqual(4 + perFourMb(big.unmark));
    for (const s of [...big.mark, ...big.unmark]) expect(s.requestBytes).toBeLessThan(4 * MB);
  });

  test('Excel on the web: 6 000 long remarks still come off (records and notes read within 5 MB)', async () => {
    const fake = new FakeExcel({ web: true });
    fake.book.addSheet('Лист1');
    const host = hostOn(fake);
    const marks = Array.from({ length: 6000 }, (_, i) => ({ cell: a1(Math.floor(i / 60), i % 60), severity: 'warning' as const, fill: '#FFE699', note: `ОКО: ${'длинное замечание '.repeat(40)}${i}` }));
    await host.mark({ sheet: 'Лист1', marks });
    expect(fake.note('Лист1', 'BH100')).toBe(marks[5999].note);
    fake.resetStats();
    await host.unmark('Лист1');
    expect(fake.sheet('Лист1').notes.size).toBe(0);
    expect(fake.fill('Лист1', 'A1')).toBeNull();
    expect(fake.book.find(MARKS_SHEET)).toBeNull();
    // The records alone are over 5 MB: the one-request read is refused, the pieces are not.
    expect(fake.syncs.filter((s) => s.error).map((s) => s.error)).toEqual(['ResponsePayloadSizeLimitExceeded']);
    for (const s of fake.syncs.filter((x) => !x.error)) expect(Math.max(s.requestBytes, s.responseBytes)).toBeLessThan(5 * MB);
  });

  test('select shows the cell: the sheet activated, the cell selected', async () => {
    const grids = await fixture(NOVO);
    const { fake, host } = excelWith(grids);
    await host.select('Ответственные', 'B3');
    expect(fake.book.active?.name).toBe('Ответственные');
    expect(fake.book.selection).toEqual({ sheet: 'Ответственные', address: 'B3' });
  });
});
