// The per-file step and the loop every host collects through (CLI, task pane, web page):
// progress before each file, a stop after the current one, broken files as problem rows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../../src/io/xlsx/input-error';
import { collectFiles, loadTemplate, SourceFile } from '../../src/io/xlsx/collect-files';
import { TemplateDescription } from '../../src/core/templates/description';
import { SCHOOL_FILES, SCHOOL_TEMPLATE } from '../helpers/files';

const fromDisk = (file: string): SourceFile => ({ name: path.basename(file), read: async () => new Uint8Array(readFileSync(file)) });

let template: TemplateDescription;
beforeAll(async () => {
  const loaded = await loadTemplate(fromDisk(SCHOOL_TEMPLATE));
  if (!loaded.ok) throw new Error('template not learned');
  template = loaded.template;
});

test('the blank is learned; a text file or a missing one is unreadable', async () => {
  expect(template.fields).toHaveLength(23);
  const unreadable = await loadTemplate({ name: 'a.xlsx', read: async () => new Uint8Array(Buffer.from('just text')) });
  expect(unreadable).toMatchObject({ ok: false, unreadable: { kind: expect.any(String) } });
  const missing = await loadTemplate({ name: 'b.xlsx', read: async () => { throw new InputError({ kind: 'not-found' }); } });
  expect(missing).toEqual({ ok: false, unreadable: { kind: 'not-found' } });
});

test('three schools with progress before each file; broken files in between become problems and the rest are read', async () => {
  const progress: string[] = [];
  const files: SourceFile[] = [
    fromDisk(SCHOOL_FILES[0]),
    { name: 'сломанный.xlsx', read: async () => new Uint8Array(Buffer.from('Это не книга Excel, а просто текст.\n')) },
    { name: 'исчез.xlsx', read: async () => { throw new InputError({ kind: 'not-found' }); } },
    { name: 'странный.xlsx', read: async () => { throw new Error('boom'); } },
    fromDisk(SCHOOL_FILES[1]),
    fromDisk(SCHOOL_FILES[2]),
  ];
  const run = await collectFiles(template, files, { onFile: (i, n, name) => void progress.push(`${i}/${n} ${name}`) });
  expect(run).toMatchObject({ read: 6, stopped: false });
  expect(progress).toEqual(['1/6 school-1.xlsx', '2/6 сломанный.xlsx', '3/6 исчез.xlsx', '4/6 странный.xlsx', '5/6 school-2.xlsx', '6/6 school-3.xlsx']);
  const c = run.collection;
  expect(c.files).toEqual(files.map((f) => f.name));
  expect([...c.rows].map((r) => r.school)).toEqual(['МОАУ «СОШ № 1 п. Новосергиевка»', 'МОАУ «Лапазская СОШ»', 'МОАУ «Кулагинская СОШ»']);
  expect(c.records).toHaveLength(8);
  const problems = [...c.problems];
  const byFile = problems.map((p) => [p.file, p.problem, p.cell]);
  expect(byFile).toEqual([
    ['сломанный.xlsx', 'file.unreadable', null],
    ['исчез.xlsx', 'file.unreadable', null],
    ['странный.xlsx', 'file.unreadable', null],
    ['school-2.xlsx', 'procedure.participation-below-criterion', 'D16'],
    ['school-3.xlsx', 'value.missing', 'B5'],
    ['school-3.xlsx', 'value.missing', 'D10'],
    ['school-3.xlsx', 'value.missing', 'D16'],
  ]);
  expect(problems[2].message).toBe('Файл «странный.xlsx» не удалось прочитать (boom). Откройте его в Excel и сохраните заново как .xlsx.');
  expect(problems[0].message).toMatch(/сломанный\.xlsx/);
});

test('a stop asked for while the first file is read ends the run after that file', async () => {
  let stop = false;
  const reads: string[] = [];
  const files = SCHOOL_FILES.map((f) => {
    const s = fromDisk(f);
    return { name: s.name, read: async () => { reads.push(s.name); stop = true; return s.read(); } };
  });
  const run = await collectFiles(template, files, { stopped: () => stop });
  expect(run).toMatchObject({ read: 1, stopped: true });
  expect(reads).toEqual(['school-1.xlsx']);
  expect(run.collection.files).toEqual(['school-1.xlsx']);
  expect(run.collection.rows).toHaveLength(1);
});

test('.xls and macro-enabled files are «unsupported format», not «unreadable»', async () => {
  const run = await collectFiles(template, [
    { name: 'old.xls', read: async () => { throw new InputError({ kind: 'xls' }); } },
    { name: 'gone.xls', read: async () => { throw new InputError({ kind: 'not-found' }); } },
    { name: 'm.xlsm', read: async () => { throw new InputError({ kind: 'macro-enabled' }); } },
  ]);
  expect([...run.collection.problems].map((p) => p.problem)).toEqual(['file.unsupported-format', 'file.unsupported-format', 'file.unsupported-format']);
});
