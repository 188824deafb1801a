// The CLI's on-disk collection store: what goes in comes back, in order, as often as it is read,
// and a collection kept there is the same collection as one kept in memory.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { collectJsonText, memoryStore } from '../../src/core/templates/collect';
import { collectPlan } from '../../src/core/templates/register-plan';
import { FileSpool, fileStore } from '../../src/cli/spool';
import { collectFiles, loadTemplate, SourceFile } from '../../src/io/xlsx/collect-files';
import { SCHOOL_FILES, SCHOOL_TEMPLATE, tempDir } from '../helpers/files';
import { rowsOf } from '../helpers/plan';

const source = (file: string): SourceFile => ({ name: file, read: async () => new Uint8Array(readFileSync(file)) });

test('items come back in order, whole, across flushes and reads that cut a Cyrillic letter in two', () => {
  const dir = tempDir();
  const spool = new FileSpool<{ n: number; text: string; v: (string | number | boolean | null)[] }>(path.join(dir, 's.jsonl'));
  // About 5 MB of lines (64 KB are flushed and read at a time) whose byte lengths vary, so that reads end inside two-byte letters.
  const items = Array.from({ length: 12_000 }, (_, n) => ({ n, text: `Школа № ${n} ${'ё'.repeat(n % 397)}\n«кавычки» "и" \\`, v: [n / 7, n % 2 === 0, null, ''] }));
  for (const item of items.slice(0, 6_000)) spool.push(item);
  expect([...spool].length).toBe(6_000);
  for (const item of items.slice(6_000)) spool.push(item);
  expect(spool.length).toBe(items.length);
  expect([...spool]).toEqual(items);
  // Read again: the same.
  let k = 0;
  for (const item of spool) expect(item).toEqual(items[k++]);
  expect(k).toBe(items.length);
  spool.close();
});

test('an empty spool reads as nothing', () => {
  const spool = new FileSpool<number>(path.join(tempDir(), 'e.jsonl'));
  expect([...spool]).toEqual([]);
  expect(spool.length).toBe(0);
  spool.close();
});

test('a collection kept on disk prints and plans exactly as one kept in memory; the folder is removed', async () => {
  const loaded = await loadTemplate(source(SCHOOL_TEMPLATE));
  if (!loaded.ok) throw new Error('the fixture blank is a template');
  // Each school twice: duplicates are merged into the problems as they are read back.
  const files = [...SCHOOL_FILES, ...SCHOOL_FILES].map(source);
  const inMemory = (await collectFiles(loaded.template, files, { store: memoryStore() })).collection;
  const store = fileStore();
  const onDisk = (await collectFiles(loaded.template, files, { store })).collection;
  expect(collectJsonText(onDisk)).toBe(collectJsonText(inMemory));
  expect([...onDisk.problems].filter((p) => p.problem === 'school.duplicate')).toHaveLength(files.length);
  const a = collectPlan(onDisk);
  const b = collectPlan(inMemory);
  expect(a.sheets.map((s) => [s.name, s.title, rowsOf(s)])).toEqual(b.sheets.map((s) => [s.name, s.title, rowsOf(s)]));
  expect(existsSync(path.join(store.dir, 'rows.jsonl'))).toBe(true);
  store.dispose();
  expect(existsSync(store.dir)).toBe(false);
});
