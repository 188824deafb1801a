// The fake is only worth what it models: these pin the Office.js behaviours the adapter's
// tests rely on, so that a passing adapter test means something.
import { FakeExcel, MB } from '../../fakes/excel';

describe('proxies, load and sync', () => {
  test('a property is readable only after load() and sync(), like Office.js', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1').ensure(0, 0).v = 'привет';
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Лист1').getRange('A1');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      r.load('values');
      expect(() => r.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
      await ctx.sync();
      expect(r.values).toEqual([['привет']]);
      expect(() => r.numberFormat).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
  });

  test('writes are queued and applied at sync, in order; Excel.run syncs what is left', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const r = ctx.workbook.worksheets.getItem('Лист1').getRange('A1:B1');
      r.values = [[1, 2]];
      expect(fake.sheet('Лист1').cell(0, 0)).toBeUndefined();
      await ctx.sync();
      expect(fake.sheet('Лист1').shown(0, 1)).toBe(2);
      r.values = [[3, 4]];
    });
    expect(fake.sheet('Лист1').shown(0, 0)).toBe(3);
    expect(fake.syncCount).toBe(2);
  });

  test('a failed action stops its batch: earlier actions stay done, no loaded value arrives', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A1').values = [['до']];
      const a1 = ws.getRange('A1').load('values');
      ctx.workbook.worksheets.getItem('Нет такого').getRange('A1').values = [['x']];
      ws.getRange('A2').values = [['после']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ItemNotFound' });
      expect(() => a1.values).toThrow(expect.objectContaining({ code: 'PropertyNotLoaded' }));
    });
    expect(fake.sheet('Лист1').shown(0, 0)).toBe('до');
    expect(fake.sheet('Лист1').shown(1, 0)).toBe('');
  });

  test('*OrNullObject: isNullObject after sync instead of an error', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const none = ctx.workbook.worksheets.getItemOrNullObject('Нет такого').load('name');
      const some = ctx.workbook.worksheets.getItemOrNullObject('лист1').load('name');
      await ctx.sync();
      expect(none.isNullObject).toBe(true);
      expect(some.isNullObject).toBe(false);
      expect(some.name).toBe('Лист1');
    });
  });
});

describe('values: text stays text only in a text cell', () => {
  test('"=1+1" becomes a formula in a General cell and stays text in an "@" cell', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A1:D1').values = [['=1+1', '+7', '- пункт', '001']];
      const text = ws.getRange('A2:D2');
      text.numberFormat = [['@', '@', '@', '@']];
      text.values = [['=1+1', '+7', '- пункт', '001']];
      const read = ws.getRange('A1:D2').load('values,formulas');
      await ctx.sync();
      expect(read.values).toEqual([
        [2, 7, '#NAME?', 1],
        ['=1+1', '+7', '- пункт', '001'],
      ]);
      expect(read.formulas[0][0]).toBe('=1+1');
      expect(read.formulas[1][0]).toBe('=1+1'); // the text itself: no formula behind it
      expect(fake.sheet('Лист1').cell(1, 0)?.f).toBeUndefined();
    });
  });

  test('a 2D array of the wrong size is refused', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A1:B2').values = [[1, 2]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('requirement sets', () => {
  test('an API newer than the host fails at sync with ApiNotFound, not when called', async () => {
    const fake = new FakeExcel({ version: 'Excel 2019' });
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.notes.add('A1', 'заметка'); // queued without complaint
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      ws.getUsedRange().getMergedAreasOrNullObject().load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'ApiNotFound' });
      ws.freezePanes.freezeRows(1); // 1.7 is in Excel 2019
      await ctx.sync();
    });
    const old = new FakeExcel({ version: 'Excel 2016' });
    old.book.addSheet('Лист1');
    const protection = old.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Лист1').protection.load('protected'); // 1.2: not in Excel 2016
      await ctx.sync();
    });
    await expect(protection).rejects.toMatchObject({ code: 'ApiNotFound' });
    const hide = old.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1').load('visibility'); // reading it is 1.1
      await ctx.sync();
      expect(ws.visibility).toBe('Visible');
      ws.visibility = 'VeryHidden'; // setting it is 1.2
      await ctx.sync();
    });
    await expect(hide).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(old.supports('ExcelApi', '1.1')).toBe(true);
    expect(old.supports('ExcelApi', '1.2')).toBe(false);
  });
});

describe('payload limits', () => {
  test('a request over 5 MB is refused whole', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    const big = Array.from({ length: 30_000 }, (_, i) => [`строка ${i} `.repeat(10)]);
    await fake.run(async (ctx) => {
      ctx.workbook.worksheets.getItem('Лист1').getRange('A1').values = [['первое']];
      ctx.workbook.worksheets.getItem('Лист1').getRange(`B1:B${big.length}`).values = big;
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'RequestPayloadSizeLimitExceeded' });
    });
    expect(fake.sheet('Лист1').cell(0, 0)).toBeUndefined();
    expect(fake.syncs[0].requestBytes).toBeGreaterThan(5 * MB);
  });

  test('on the web a response over 5 MB is refused too; the desktop returns it', async () => {
    for (const web of [true, false]) {
      const fake = new FakeExcel({ web });
      const s = fake.book.addSheet('Лист1');
      for (let r = 0; r < 30_000; r++) s.ensure(r, 0).v = `строка ${r} `.repeat(10);
      const read = fake.run(async (ctx) => {
        const used = ctx.workbook.worksheets.getItem('Лист1').getUsedRange().load('values');
        await ctx.sync();
        return used.values.length;
      });
      if (web) await expect(read).rejects.toMatchObject({ code: 'ResponsePayloadSizeLimitExceeded' });
      else await expect(read).resolves.toBe(30_000);
    }
  });
});

describe('sheet protection', () => {
  function protectedBook(allowFormatCells: boolean): FakeExcel {
    const fake = new FakeExcel();
    const s = fake.book.addSheet('Лист1');
    s.ensure(0, 0).v = 'данные';
    s.ensure(1, 0).unlocked = true;
    s.protection = { protected: true, options: { ...s.protection.options, allowFormatCells }, password: 'пароль' };
    return fake;
  }

  test('values go only into unlocked cells; formats only if allowFormatCells; notes only if allowEditObjects', async () => {
    const fake = protectedBook(true);
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A2').values = [['можно']];
      ws.getRange('A1').format.fill.color = '#FF0000';
      await ctx.sync();
      ws.getRange('A1').values = [['нельзя']];
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
      ws.notes.add('A1', 'нельзя');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'AccessDenied' });
    });
    expect(fake.sheet('Лист1').shown(1, 0)).toBe('можно');
    expect(fake.fill('Лист1', 'A1')).toBe('#FF0000');
    const strict = protectedBook(false);
    await expect(
      strict.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A1').format.fill.color = '#FF0000';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('unprotect checks the password; protect keeps the options given and fails on a protected sheet', async () => {
    const fake = protectedBook(true);
    await fake.run(async (ctx) => {
      const p = ctx.workbook.worksheets.getItem('Лист1').protection;
      p.unprotect('не тот');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidArgument' });
      p.protect({ allowSort: true });
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'InvalidOperation' });
      p.unprotect('пароль');
      p.protect({ allowSort: true }, 'новый');
      p.load('protected,options');
      await ctx.sync();
      expect(p.protected).toBe(true);
      expect(p.options).toMatchObject({ allowSort: true, allowFormatCells: false, selectionMode: 'Normal' });
    });
    expect(fake.sheet('Лист1').protection.password).toBe('новый');
  });
});

describe('formats the adapter reads', () => {
  test('«no fill» reads #FFFFFF like white; tintAndShade (1.9) tells them apart', async () => {
    const fake = new FakeExcel();
    const s = fake.book.addSheet('Лист1');
    s.ensure(0, 1).fill = '#FFFFFF';
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      const none = ws.getRange('A1').format.fill.load('color,tintAndShade');
      const white = ws.getRange('B1').format.fill.load('color,tintAndShade');
      await ctx.sync();
      expect([none.color, none.tintAndShade]).toEqual(['#FFFFFF', null]);
      expect([white.color, white.tintAndShade]).toEqual(['#FFFFFF', 0]);
    });
  });

  test('getMergedAreasOrNullObject: by top-left cell, null when none, fails over 512', async () => {
    const fake = new FakeExcel();
    const s = fake.book.addSheet('Лист1');
    for (let r = 0; r < 600; r++) s.merges.push({ top: r, left: 0, bottom: r, right: 1 });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      const some = ws.getRange('A1:B3').getMergedAreasOrNullObject().load('address');
      const none = ws.getRange('C1:D3').getMergedAreasOrNullObject().load('address');
      await ctx.sync();
      expect(some.address).toBe("'Лист1'!A1:B1, 'Лист1'!A2:B2, 'Лист1'!A3:B3");
      expect(none.isNullObject).toBe(true);
      ws.getRange('A1:B600').getMergedAreasOrNullObject().load('address');
      await expect(ctx.sync()).rejects.toMatchObject({ code: 'GeneralException' });
    });
  });
});
