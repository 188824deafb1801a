// Unusable inputs: every one must give exit code 2 and one Russian line on stderr that names
// the file — never a stack trace, never anything on stdout, and the input left byte-for-byte
// as it was. The files are made on the fly by tests/helpers/bad-files.ts.
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { CliCalls, runCliCalls } from '../helpers/cli';
import {
  emptyFile,
  emptySheetXlsx,
  encryptedXlsx,
  makeTempDir,
  manyMergesXlsx,
  mergesXlsx,
  removeDir,
  staffTableXlsx,
  textAsXlsx,
  truncatedCopy,
  xlsViaLibreOffice,
  zipNotWorkbook,
} from '../helpers/bad-files';
import { NOVO, sha256 } from '../helpers/files';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'oko.js');
const DIST_MAIN = path.join(ROOT, 'dist', 'cli', 'oko.js');

type Run = CliCalls;

/** The CLI in-process, every print kept separately. */
const run = (...argv: string[]): Promise<Run> => runCliCalls(argv);

/** The real `node bin/oko.js`, as a user runs it. */
function runReal(...argv: string[]): Run {
  const t0 = Date.now();
  const r = spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw r.error;
  const lines = (s: string): string[] => (s === '' ? [] : s.replace(/\n$/, '').split('\n'));
  return { code: r.status ?? -1, out: lines(r.stdout), err: lines(r.stderr), ms: Date.now() - t0 };
}

const CYRILLIC = /[А-Яа-яЁё]/;

/**
 * The contract for an unusable input: exit 2, nothing on stdout, exactly one stderr line
 * «oko: …» in Russian, naming `name` (the file), without a stack trace.
 */
function expectRefusal(r: Run, name: string | null, ...mentions: (string | RegExp)[]): string {
  const shown = `exit ${r.code}\nstdout: ${JSON.stringify(r.out)}\nstderr: ${JSON.stringify(r.err)}`;
  try {
    expect(r.out).toEqual([]);
    expect(r.err).toHaveLength(1);
    const line = r.err[0];
    expect(line.split(/\r?\n/)).toHaveLength(1);
    expect(line.startsWith('oko: ')).toBe(true);
    expect(line).toMatch(CYRILLIC);
    expect(line).not.toMatch(/^\s*at\s/m);
    expect(line).not.toMatch(/\bat .+:\d+:\d+/);
    expect(line).not.toMatch(/Error:/);
    expect(line).not.toMatch(/внутренняя ошибка/);
    if (name !== null) expect(line).toContain(name);
    for (const m of mentions) {
      if (typeof m === 'string') expect(line).toContain(m);
      else expect(line).toMatch(m);
    }
    expect(r.code).toBe(2);
    return line;
  } catch (e) {
    // Show the whole run, not just the first mismatch.
    if (e instanceof Error) e.message = `${e.message}\n\n${shown}`;
    throw e;
  }
}

/** Runs the CLI on `file` and checks the file's bytes did not change. */
async function refuse(file: string, extra: string[], ...mentions: (string | RegExp)[]): Promise<string> {
  const before = sha256(file);
  const r = await run('roadmap', file, ...extra);
  const line = expectRefusal(r, path.basename(file), ...mentions);
  expect(line).toContain(file);
  expect(sha256(file)).toBe(before);
  return line;
}

let dir: string;

beforeAll(() => {
  dir = makeTempDir();
});

afterAll(() => {
  if (dir) removeDir(dir);
});

describe('oko roadmap refuses unusable files with one Russian line and exit 2', () => {
  test('1. a text file named .xlsx', async () => {
    const file = textAsXlsx(dir);
    await refuse(file, [], 'не является книгой Excel');
  });

  test('2. a real Excel 97–2003 .xls (BIFF8, written by LibreOffice)', async () => {
    const file = await xlsViaLibreOffice(dir);
    // Proof it is the real thing: an OLE compound file, not a renamed zip.
    const head = readFileSync(file).subarray(0, 8);
    expect(head.toString('hex')).toBe('d0cf11e0a1b11ae1');
    await refuse(file, [], '.xls', 'Excel 97–2003');
  }, 180_000);

  test('3. an .xlsx encrypted with a password to open (xlsx-populate)', async () => {
    const file = await encryptedXlsx(dir);
    // Encrypted OOXML is an OLE compound file too; only its «EncryptionInfo» stream tells it from an .xls.
    expect(readFileSync(file).subarray(0, 8).toString('hex')).toBe('d0cf11e0a1b11ae1');
    await refuse(file, [], 'паролем');
  });

  test('4a. a workbook with no roadmap header on any sheet', async () => {
    const file = await staffTableXlsx(dir);
    await refuse(file, [], 'ни на одном листе', '«Лист1»', '«Мероприятия»');
  });

  test('4b. --sheet naming a sheet without a roadmap header', async () => {
    const file = await staffTableXlsx(dir, 'сотрудники-2.xlsx');
    await refuse(file, ['--sheet', 'Лист1'], 'лист «Лист1»', 'не найдена строка заголовков');
  });

  test('5. a workbook with one empty worksheet', async () => {
    const file = await emptySheetXlsx(dir);
    await refuse(file, [], 'лист «Лист1» пуст');
  });

  test('5b. --sheet naming an empty worksheet', async () => {
    const file = await emptySheetXlsx(dir, 'пустая-2.xlsx');
    await refuse(file, ['--sheet', 'Лист1'], 'лист «Лист1» пуст');
  });

  test('6. the hand-built package is a valid workbook (ExcelJS opens a 3-merge version)', async () => {
    const small = await manyMergesXlsx(dir, 3);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(small);
    const ws = wb.getWorksheet('Лист1');
    expect(ws).toBeDefined();
    expect(ws?.getCell('A1').value).toBe('Строка 1');
    expect(ws?.getCell('B2').isMerged).toBe(true);
    expect(ws?.getCell('B2').master.address).toBe('A2');
    // ...and the CLI reads it as a workbook, just not as a roadmap.
    await refuse(small, [], 'ни на одном листе', '«Лист1»');
  });

  test('6. 100 000 merged ranges on one sheet: refused quickly', async () => {
    const file = await manyMergesXlsx(dir, 100_000);
    const zip = await JSZip.loadAsync(readFileSync(file));
    const sheetXml = (await zip.file('xl/worksheets/sheet1.xml')?.async('string')) ?? '';
    expect(sheetXml.split('<mergeCell ').length - 1).toBe(100_000);
    const before = sha256(file);
    const r = await run('roadmap', file);
    expectRefusal(r, path.basename(file), 'лист «Лист1»', 'объединённых диапазонов', /100\s000/, /50\s000/);
    expect(r.ms).toBeLessThan(20_000);
    expect(sha256(file)).toBe(before);
  }, 60_000);

  test('6b. one merge covering 2 600 000 cells: refused before ExcelJS creates them', async () => {
    const file = await mergesXlsx(dir, ['A1:Z100000'], 'огромное объединение.xlsx');
    const r = await run('roadmap', file);
    expectRefusal(r, path.basename(file), 'лист «Лист1»', 'объединения покрывают', /2\s600\s000/);
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);

  test('7. a zip that is not a workbook', async () => {
    const file = await zipNotWorkbook(dir);
    await refuse(file, [], 'не является книгой Excel');
  });

  test('7b. a 0-byte file', async () => {
    const file = emptyFile(dir);
    await refuse(file, [], 'пуст (0 байт)');
  });

  test('7c. a truncated workbook (half of a good .xlsx)', async () => {
    const file = truncatedCopy(dir, NOVO);
    await refuse(file, [], 'повреждён');
  });

  test('8a. a file that does not exist', async () => {
    const file = path.join(dir, 'нет-такого.xlsx');
    const r = await run('roadmap', file);
    expectRefusal(r, 'нет-такого.xlsx', 'не найден', file);
    expect(existsSync(file)).toBe(false);
  });

  test('8b. a directory', async () => {
    const sub = path.join(dir, 'папка.xlsx');
    mkdirSync(sub);
    const r = await run('roadmap', sub);
    expectRefusal(r, 'папка.xlsx', 'не файл', sub);
    expect(readdirSync(sub)).toEqual([]);
  });

  test('9. --sheet naming a sheet that does not exist lists the sheets there are', async () => {
    const file = path.join(dir, 'копия примера.xlsx');
    copyFileSync(NOVO, file);
    const line = await refuse(file, ['--sheet', 'Нет такого'], 'листа «Нет такого» нет', 'Листы книги:');
    expect(line).toContain('«Приложение 1»');
  });
});

describe('bad options: exit 2 and a Russian usage message', () => {
  test('10a. an unknown option', async () => {
    const before = sha256(NOVO);
    const r = await run('roadmap', NOVO, '--frobnicate');
    expectRefusal(r, null, 'неизвестный параметр --frobnicate');
    expect(sha256(NOVO)).toBe(before);
  });

  test('10b. an impossible --today date', async () => {
    const r = await run('roadmap', NOVO, '--today', '2021-13-45');
    expectRefusal(r, null, '--today', 'ГГГГ-ММ-ДД', '«2021-13-45»');
  });

  test('11. -o pointing at the input file itself', async () => {
    const file = path.join(dir, 'вход.xlsx');
    copyFileSync(NOVO, file);
    const before = sha256(file);
    const mtime = statSync(file).mtimeMs;
    const r = await run('roadmap', file, '--today', '2021-11-01', '-o', file);
    expectRefusal(r, 'вход.xlsx', 'ОКО не изменяет входные файлы', file);
    expect(sha256(file)).toBe(before);
    expect(statSync(file).mtimeMs).toBe(mtime);
    // No temp file left next to it either.
    expect(readdirSync(dir).filter((f) => f.includes('вход.xlsx'))).toEqual(['вход.xlsx']);
  });

  test('11b. -o reaching the input through another path (a symlink, a «..» detour)', async () => {
    const file = path.join(dir, 'вход-2.xlsx');
    copyFileSync(NOVO, file);
    const link = path.join(dir, 'ссылка.xlsx');
    symlinkSync(file, link);
    const before = sha256(file);
    const viaLink = await run('roadmap', file, '--today', '2021-11-01', '-o', link);
    expectRefusal(viaLink, 'ссылка.xlsx', 'ОКО не изменяет входные файлы');
    const detour = path.join(dir, '..', path.basename(dir), 'вход-2.xlsx');
    const viaDetour = await run('roadmap', file, '--today', '2021-11-01', '--output', detour);
    expectRefusal(viaDetour, 'вход-2.xlsx', 'ОКО не изменяет входные файлы');
    expect(sha256(file)).toBe(before);
  });
});

describe('positive control', () => {
  test('the good example runs: exit 0, a summary on stdout, nothing on stderr', async () => {
    const before = sha256(NOVO);
    const r = await run('roadmap', NOVO, '--today', '2021-11-01');
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out.join('\n').trim().length).toBeGreaterThan(0);
    expect(sha256(NOVO)).toBe(before);
  });
});

describe('the real process (node bin/oko.js)', () => {
  beforeAll(() => {
    // bin/oko.js runs the compiled dist/; rebuild it only if it is missing or older than src/.
    const newestSrc = (d: string): number =>
      readdirSync(d, { withFileTypes: true }).reduce((m, e) => {
        const p = path.join(d, e.name);
        return Math.max(m, e.isDirectory() ? newestSrc(p) : statSync(p).mtimeMs);
      }, 0);
    const srcDirs = ['src/core', 'src/io/xlsx', 'src/cli'].map((d) => path.join(ROOT, d));
    const stale = !existsSync(DIST_MAIN) || Math.max(...srcDirs.map(newestSrc)) > statSync(DIST_MAIN).mtimeMs;
    if (stale) {
      execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.node.json'], {
        cwd: ROOT,
        stdio: 'pipe',
        timeout: 120_000,
      });
    }
  }, 180_000);

  test('a text file named .xlsx: exit 2, one line, no stack trace', () => {
    const file = textAsXlsx(dir, 'реальный процесс.xlsx');
    const before = sha256(file);
    const r = runReal('roadmap', file);
    expectRefusal(r, 'реальный процесс.xlsx', 'не является книгой Excel');
    expect(sha256(file)).toBe(before);
  });

  test('an encrypted workbook: exit 2, one line, no stack trace', async () => {
    const file = await encryptedXlsx(dir, 'реальный с паролем.xlsx');
    const before = sha256(file);
    const r = runReal('roadmap', file, '--json');
    expectRefusal(r, 'реальный с паролем.xlsx', 'паролем');
    expect(sha256(file)).toBe(before);
  });

  test('100 000 merges: exit 2 in well under 20 s', async () => {
    const file = await manyMergesXlsx(dir, 100_000, 'реальный-объединения.xlsx');
    const r = runReal('roadmap', file);
    expectRefusal(r, 'реальный-объединения.xlsx', 'объединённых диапазонов');
    expect(r.ms).toBeLessThan(20_000);
  }, 60_000);

  test('an unknown option: exit 2', () => {
    const r = runReal('roadmap', NOVO, '--frobnicate');
    expectRefusal(r, null, 'неизвестный параметр --frobnicate');
  });
});
