// oko collect --template with a workbook that carries a saved description («ОКО_шаблон»):
// a school's filled copy of the blank the district saved it into gives exactly the register the
// blank gives; schools' files that carry the sheet are collected as usual; a damaged description
// is one Russian line and exit 2.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { learnTemplate } from '../../src/core/templates/learn';
import { savedTemplatePlan } from '../../src/core/templates/saved';
import { FileHost } from '../../src/io/xlsx/file-host';
import { readLean } from '../../src/io/xlsx/lean-read';
import { runCli } from '../helpers/cli';
import { SCHOOL_FILES, SCHOOL_TEMPLATE, tempDir } from '../helpers/files';
import { rowsOf } from '../helpers/plan';

/** The file with the blank's description saved into it, as the task pane saves it. */
async function withSaved(file: string, out: string, damage = false): Promise<string> {
  const learned = learnTemplate((await readLean(new Uint8Array(readFileSync(SCHOOL_TEMPLATE)))).sheets);
  if (!learned.ok) throw new Error(learned.reason);
  const host = await FileHost.open(new Uint8Array(readFileSync(file)));
  const sheet = savedTemplatePlan(learned.template);
  if (damage) sheet.table.rows = [[String(rowsOf(sheet)[0][0]).slice(0, 100)]];
  await host.writePlan({ sheets: [sheet] });
  writeFileSync(out, await host.download());
  return out;
}

describe('oko collect --template WORKBOOK-WITH-SAVED-DESCRIPTION', () => {
  test('a filled copy carrying the description stands in for the blank: the same JSON', async () => {
    const dir = tempDir();
    const copy = await withSaved(SCHOOL_FILES[1], path.join(dir, 'копия-с-описанием.xlsx'));
    const fromBlank = await runCli(['collect', '--template', SCHOOL_TEMPLATE, ...SCHOOL_FILES, '--json']);
    const fromCopy = await runCli(['collect', '--template', copy, ...SCHOOL_FILES, '--json']);
    expect(fromCopy.code).toBe(0);
    expect(fromCopy.err).toBe('');
    expect(fromCopy.out).toBe(fromBlank.out);

    const text = await runCli(['collect', '--template', copy, ...SCHOOL_FILES]);
    expect(text.out).toContain(`Шаблон «${copy}» (описание, сохранённое в книге): 23 поля, 1 таблица на 2 листах`);
  });

  test("schools' files that carry the sheet are collected as those without it", async () => {
    const dir = tempDir();
    const carrying = await Promise.all(SCHOOL_FILES.map((f) => withSaved(f, path.join(dir, path.basename(f)))));
    const plain = await runCli(['collect', '--template', SCHOOL_TEMPLATE, ...SCHOOL_FILES, '--json']);
    const r = await runCli(['collect', '--template', SCHOOL_TEMPLATE, ...carrying, '--json']);
    expect(r.code).toBe(0);
    const strip = (s: string) => s.split(dir + path.sep).join('').split(path.dirname(SCHOOL_FILES[0]) + path.sep).join('');
    expect(strip(r.out)).toBe(strip(plain.out));
  });

  test('a damaged description: exit 2, one Russian line saying to save it again', async () => {
    const copy = await withSaved(SCHOOL_FILES[0], path.join(tempDir(), 'повреждена.xlsx'), true);
    const r = await runCli(['collect', '--template', copy, ...SCHOOL_FILES]);
    expect(r.code).toBe(2);
    expect(r.out).toBe('');
    expect(r.err).toBe(`oko: шаблон «${copy}»: Описание шаблона на листе «ОКО_шаблон» повреждено (текст описания не читается). Выберите бланк шаблона и сохраните описание в книге заново.`);
  });
});
