// The fake is only worth what it models: these pin the Office.js behaviours the adapter's
// tests rely on, so that a passing adapter test means something.
import { FakeExcel, MB } from '../../fakes/excel';
import { shiftFormula } from '../../fakes/excel/model';

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

describe('formulas: stored, not computed', () => {
  test('Range.formulas: a formula in a General cell is kept; in an "@" cell it stays text; plain values go in as by values', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    const sumifs = "=SUMIFS('ВПР'!$E$2:$E$1048576,'ВПР'!$A$2:$A$1048576,\"=\"&$A4)";
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      const text = ws.getRange('A2:D2');
      text.numberFormat = [['@', '@', '@', '@']];
      ws.getRange('A1:D2').formulas = [
        [sumifs, '=2*3', 'МБОУ «СОШ № 1»', 7],
        [sumifs, '=2*3', '001', 7],
      ];
      const read = ws.getRange('A1:D2').load('values,formulas');
      await ctx.sync();
      // The fake is no spreadsheet engine: a formula with functions or references has no value it knows.
      expect(read.values).toEqual([
        ['', 6, 'МБОУ «СОШ № 1»', 7],
        [sumifs, '=2*3', '001', 7],
      ]);
      expect(read.formulas[0]).toEqual([sumifs, '=2*3', 'МБОУ «СОШ № 1»', 7]);
      expect(read.formulas[1][0]).toBe(sumifs); // the text itself
    });
    expect(fake.formula('Лист1', 'A1')).toBe(sumifs);
    expect(fake.formula('Лист1', 'A2')).toBeNull();
    expect(fake.sheet('Лист1').cell(1, 0)).toMatchObject({ v: sumifs, fmt: '@' });
  });

  test('a formula longer than 8 192 characters is refused', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A1').formulas = [[`=${'1+'.repeat(4100)}1`]];
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('autoFill (ExcelApi 1.9, FillCopy)', () => {
  test('shiftFormula moves relative references only, as Excel copies a formula', () => {
    expect(shiftFormula('=IF(ISNUMBER(B4),RANK.EQ(B4,B$4:B$9,1),"")', 2, 0)).toBe('=IF(ISNUMBER(B6),RANK.EQ(B6,B$4:B$9,1),"")');
    expect(shiftFormula(`=SUMIFS('ВПР'!$E$2:$E$1048576,'ВПР'!$A$2:$A$1048576,"="&$A4)`, 5, 3)).toBe(`=SUMIFS('ВПР'!$E$2:$E$1048576,'ВПР'!$A$2:$A$1048576,"="&$A9)`);
    expect(shiftFormula('=B4+C$4+$D4+1E+9+LOG10(E4)&"F4"', 1, 1)).toBe('=C5+D$4+$D5+1E+9+LOG10(F5)&"F4"');
    expect(shiftFormula('=A2', -2, 0)).toBe('=#REF!');
  });

  test('the source row is repeated down: formulas moved, values and number formats copied', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      ws.getRange('A1:C1').numberFormat = [['@', '0.0%', 'General']];
      ws.getRange('A1:C1').formulas = [['школа', '=B$1*$A1', '=C1']];
      ws.getRange('B1:C1').autoFill('B1:C4', 'FillCopy');
      await ctx.sync();
    });
    const s = fake.sheet('Лист1');
    expect([1, 2, 3].map((r) => [s.cell(r, 1)?.f, s.cell(r, 1)?.fmt, s.cell(r, 2)?.f])).toEqual([
      ['=B$1*$A2', '0.0%', '=C2'],
      ['=B$1*$A3', '0.0%', '=C3'],
      ['=B$1*$A4', '0.0%', '=C4'],
    ]);
    expect(s.cell(1, 0)).toBeUndefined();
  });

  test('before 1.9 ApiNotFound; a destination that does not extend the source is refused', async () => {
    const old = new FakeExcel({ version: 'Excel 2019' });
    old.book.addSheet('Лист1');
    await expect(
      old.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A1').autoFill('A1:A5', 'FillCopy');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('A2').autoFill('A3:A5', 'FillCopy');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'InvalidArgument' });
  });
});

describe('conditional formats (ExcelApi 1.6)', () => {
  const addRule = (ws: Excel.Worksheet, range: string, formula: string, fill: string, font?: string): Excel.ConditionalFormat => {
    const cf = ws.getRange(range).conditionalFormats.add('Custom');
    cf.custom.rule.formula = formula;
    cf.custom.format.fill.color = fill;
    if (font) cf.custom.format.font.color = font;
    return cf;
  };

  test('add() puts the new format at the top; the range lists the formats that intersect it', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1') as unknown as Excel.Worksheet;
      addRule(ws, 'B4:B9', "='Пороги'!$C$4>B4", '#ffc7ce', '#9C0006');
      addRule(ws, 'B4:B9', '=B4>0.5', '#FFEB9C');
      addRule(ws, 'D4:D9', '=D4>1', '#FFEB9C');
      await ctx.sync();
      const onB = ws.getRange('B5').conditionalFormats;
      const count = onB.getCount();
      onB.load('items/type,items/priority,items/stopIfTrue');
      const first = onB.getItemAt(0);
      const rule = first.custom.rule.load('formula');
      const fill = first.custom.format.fill.load('color');
      const range = first.getRange().load('address');
      await ctx.sync();
      expect(count.value).toBe(2);
      expect(onB.items.map((cf) => [cf.type, cf.priority, cf.stopIfTrue])).toEqual([
        ['Custom', 1, false],
        ['Custom', 2, false],
      ]);
      expect(rule.formula).toBe('=B4>0.5');
      expect(fill.color).toBe('#FFEB9C');
      expect(range.address).toBe("'Лист1'!B4:B9");
    });
    expect(fake.conditionalFormats('Лист1')).toEqual([
      { type: 'Custom', range: 'D4:D9', formula: '=D4>1', fill: '#FFEB9C', font: undefined },
      { type: 'Custom', range: 'B4:B9', formula: '=B4>0.5', fill: '#FFEB9C', font: undefined },
      { type: 'Custom', range: 'B4:B9', formula: "='Пороги'!$C$4>B4", fill: '#FFC7CE', font: '#9C0006' },
    ]);
  });

  test('before ExcelApi 1.6 the batch fails with ApiNotFound and nothing of it is done', async () => {
    const fake = new FakeExcel({ api: '1.5' });
    fake.book.addSheet('Лист1');
    await expect(
      fake.run(async (ctx) => {
        addRule(ctx.workbook.worksheets.getItem('Лист1') as unknown as Excel.Worksheet, 'A1:A3', '=A1>1', '#FFC7CE');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ApiNotFound' });
    expect(fake.conditionalFormats('Лист1')).toEqual([]);
  });

  test('a structured reference or a missing «=» is refused, as Excel refuses it; quotes may hold anything', async () => {
    for (const bad of ['=B4>=Пороги[Значение]', 'B4>1']) {
      const fake = new FakeExcel();
      fake.book.addSheet('Лист1');
      await expect(
        fake.run(async (ctx) => {
          addRule(ctx.workbook.worksheets.getItem('Лист1') as unknown as Excel.Worksheet, 'B4:B9', bad, '#FFC7CE');
          await ctx.sync();
        }),
      ).rejects.toMatchObject({ code: 'InvalidArgument' });
    }
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      addRule(ctx.workbook.worksheets.getItem('Лист1') as unknown as Excel.Worksheet, 'B4:B9', '=ISNUMBER(SEARCH("a[b]",B4))', '#FFC7CE');
      await ctx.sync();
    });
    expect(fake.conditionalFormats('Лист1')).toHaveLength(1);
  });

  test('custom of a format of another type fails with ItemNotFound; a protected sheet refuses new formats', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await expect(
      fake.run(async (ctx) => {
        const cf = ctx.workbook.worksheets.getItem('Лист1').getRange('A1:A3').conditionalFormats.add('DataBar');
        cf.custom.rule.formula = '=A1>1';
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'ItemNotFound' });
    fake.sheet('Лист1').protection.protected = true;
    await expect(
      fake.run(async (ctx) => {
        ctx.workbook.worksheets.getItem('Лист1').getRange('B1:B3').conditionalFormats.add('Custom');
        await ctx.sync();
      }),
    ).rejects.toMatchObject({ code: 'AccessDenied' });
  });

  test('every call is a queued action: one sync carries any number of formats', async () => {
    const fake = new FakeExcel();
    fake.book.addSheet('Лист1');
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1') as unknown as Excel.Worksheet;
      for (let c = 0; c < 40; c++) addRule(ws, `C${c + 1}:C${c + 1}`, `=C${c + 1}>1`, '#FFC7CE', '#9C0006');
      await ctx.sync();
    });
    expect(fake.syncCount).toBe(1);
    expect(fake.syncs[0].actions).toBe(40 * 4);
    expect(fake.conditionalFormats('Лист1')).toHaveLength(40);
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

  test('the used range counts empty unlocked cells (a format); getCellProperties reports locked per cell', async () => {
    const fake = new FakeExcel();
    const s = fake.book.addSheet('Лист1');
    s.ensure(0, 0).v = 'Наименование ОО';
    s.ensure(3, 2).unlocked = true;
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      const used = ws.getUsedRange().load('address');
      const values = ws.getUsedRange(true).load('address');
      const props = ws.getRange('B4:C4').getCellProperties({ format: { protection: true } });
      await ctx.sync();
      expect([used.address, values.address]).toEqual(["'Лист1'!A1:C4", "'Лист1'!A1"]);
      expect(props.value[0].map((p) => p.format?.protection?.locked)).toEqual([true, false]);
    });
  });

  test('dataValidation as read: a cell inside a validated block has its rule, operands as formulas; None; Inconsistent', async () => {
    const fake = new FakeExcel();
    const s = fake.book.addSheet('Лист1');
    s.validations.push({ rect: { top: 0, left: 0, bottom: 9, right: 0 }, rule: { wholeNumber: { formula1: 0, formula2: '100', operator: 'Between' } } });
    await fake.run(async (ctx) => {
      const ws = ctx.workbook.worksheets.getItem('Лист1');
      const inside = ws.getRange('A5').dataValidation.load('type,rule');
      const none = ws.getRange('B5').dataValidation.load('type');
      const mixed = ws.getRange('A5:B5').dataValidation.load('type');
      await ctx.sync();
      expect(inside.type).toBe('WholeNumber');
      expect(inside.rule).toEqual({ wholeNumber: { formula1: '=0', formula2: '=100', operator: 'Between' } });
      expect([none.type, mixed.type]).toEqual(['None', 'Inconsistent']);
    });
  });
});
