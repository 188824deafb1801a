// The template description saved in the workbook: cut into pieces a cell can hold, read back
// equal, and a damaged or missing sheet said so in Russian.
import { isOwnSheet } from '../../../src/core/own-sheets';
import { checkFilled } from '../../../src/core/templates/check';
import { learnTemplate } from '../../../src/core/templates/learn';
import { findSavedTemplate, PIECE_CHARS, readSavedTemplate, SAVED_TEMPLATE_HEADER, SAVED_TEMPLATE_SHEET, savedTemplatePlan, splitPieces } from '../../../src/core/templates/saved';
import { gridOf } from '../../helpers/grid';
import { bigTemplate, bigTemplateGrid, districtTemplate, gridOfPlan, learned } from './build';
import { rowsOf } from '../../helpers/plan';

describe('saved template description', () => {
  test('a very hidden sheet of ОКО, a Russian title, the JSON in pieces under the cell limit', async () => {
    const t = bigTemplate();
    const json = JSON.stringify(t);
    expect(json.length).toBeGreaterThan(3 * PIECE_CHARS);
    const sheet = savedTemplatePlan(t);
    expect(sheet).toMatchObject({ name: 'ОКО_шаблон', replace: true, visibility: 'veryHidden' });
    expect(sheet.title).toMatch(/^Служебный лист ОКО: описание шаблона \(1500 полей, отпечаток [0-9a-f]{8}\)/);
    expect(sheet.table.columns.map((c) => [c.header, c.kind])).toEqual([[SAVED_TEMPLATE_HEADER, 'text']]);
    const pieces = rowsOf(sheet).map((r) => r[0] as string);
    expect(pieces.length).toBeGreaterThanOrEqual(4);
    expect(pieces.join('')).toBe(json);
    for (const p of pieces) {
      expect(p.length).toBeLessThanOrEqual(32767);
      expect(p).not.toMatch(/^[=+\-@'\s]|\s$/);
    }
    expect(readSavedTemplate([gridOfPlan(t)])).toEqual(t);
    expect(isOwnSheet(SAVED_TEMPLATE_SHEET)).toBe(true);
  });

  test('splitPieces never cuts before a formula or prefix character, nor inside a surrogate pair', () => {
    const text = `${'a'.repeat(9)}=${'b'.repeat(9)}'${'c'.repeat(8)}😀😀${'d'.repeat(10)}`;
    for (let size = 3; size <= 12; size++) {
      const pieces = splitPieces(text, size);
      expect(pieces.join('')).toBe(text);
      for (const p of pieces) {
        expect(p.length).toBeLessThanOrEqual(size);
        expect(p).not.toMatch(/^[=+\-@']/);
        expect(p.charCodeAt(0) >= 0xdc00 && p.charCodeAt(0) <= 0xdfff).toBe(false);
      }
    }
  });

  test('no sheet: not found; a damaged one: a Russian problem, never a half description', async () => {
    const t = await learned(districtTemplate());
    expect(findSavedTemplate([gridOf('Форма', [['x']])])).toEqual({ found: false });
    const good = gridOfPlan(t);
    expect(findSavedTemplate([good])).toEqual({ found: true, template: t });

    const noHeader = gridOf(SAVED_TEMPLATE_SHEET, [['что-то']]);
    const empty = gridOf(SAVED_TEMPLATE_SHEET, [[SAVED_TEMPLATE_HEADER]]);
    const cut = gridOf(SAVED_TEMPLATE_SHEET, good.values.map((r) => [...r]));
    const last = cut.values[cut.values.length - 1];
    last[0] = String(last[0]).slice(0, -5);
    // A locked text changed in the JSON: the fingerprint no longer holds.
    const tampered = gridOfPlan({ ...t, sheets: t.sheets.map((s, i) => (i === 0 ? { ...s, locked: s.locked.map((l, k) => (k === 0 ? { ...l, text: 'Другое' } : l)) } : s)) });
    for (const [grid, why] of [[noHeader, 'нет заголовка описания'], [empty, 'описание пустое'], [cut, 'текст описания не читается'], [tampered, 'отпечаток не совпадает']] as const) {
      const r = findSavedTemplate([grid]);
      expect(r.found).toBe(true);
      expect('problem' in r && r.problem).toContain(why);
      expect('problem' in r && r.problem).toMatch(/^Описание шаблона на листе «ОКО_шаблон» повреждено .* Выберите бланк шаблона и сохраните описание в книге заново\.$/);
      expect(readSavedTemplate([grid])).toBeNull();
    }
  });

  test('the sheet is not the template: learning and checking a copy that carries it ignore it', async () => {
    const t = await learned(districtTemplate());
    const saved = gridOfPlan(t);
    const grids = [gridOf('Форма', [['Отчёт ОО о мониторинге']]), saved];
    const r = checkFilled(t, grids);
    expect(r.problems.map((p) => p.message).join('\n')).not.toContain(SAVED_TEMPLATE_SHEET);
    const big = bigTemplateGrid(3);
    const again = learnTemplate([big, gridOfPlan(bigTemplate(3))]);
    expect(again.ok && again.template).toEqual(bigTemplate(3));
  });
});
