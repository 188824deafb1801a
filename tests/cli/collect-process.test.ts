// oko collect as a user runs it: node bin/oko.js (the compiled dist/), real stdout and stderr.
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SCHOOL_FILES, SCHOOL_REPORTS, SCHOOL_TEMPLATE } from '../helpers/files';

const ROOT = path.join(__dirname, '..', '..');
const BIN = path.join(ROOT, 'bin', 'oko.js');
const DIST_MAIN = path.join(ROOT, 'dist', 'cli', 'oko.js');

const run = (...argv: string[]) => spawnSync(process.execPath, [BIN, ...argv], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

beforeAll(() => {
  // Rebuild dist/ only when it is missing or older than the sources it is built from.
  const newest = (d: string): number =>
    readdirSync(d, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(d, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : statSync(p).mtimeMs);
    }, 0);
  const dirs = ['src/core', 'src/io/xlsx', 'src/cli'].map((d) => path.join(ROOT, d));
  if (!existsSync(DIST_MAIN) || Math.max(...dirs.map(newest)) > statSync(DIST_MAIN).mtimeMs) {
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.node.json'], { cwd: ROOT, stdio: 'pipe', timeout: 120_000 });
  }
}, 180_000);

test('a folder of reports: exit 0, JSON on stdout, nothing on stderr', () => {
  const r = run('collect', '--template', SCHOOL_TEMPLATE, SCHOOL_REPORTS, '--json');
  expect(r.status).toBe(0);
  expect(r.stderr).toBe('');
  const j = JSON.parse(r.stdout) as { rows: unknown[]; problems: { problem: string }[] };
  expect(j.rows).toHaveLength(3);
  expect(j.problems.map((p) => p.problem)).toEqual(['procedure.participation-below-criterion', 'value.missing', 'value.missing', 'value.missing']);
});

test('an unusable template: exit 2, one Russian line on stderr, nothing on stdout', () => {
  const r = run('collect', '--template', path.join(SCHOOL_REPORTS, 'нет-такого.xlsx'), SCHOOL_REPORTS);
  expect(r.status).toBe(2);
  expect(r.stdout).toBe('');
  expect(r.stderr).toBe(`oko: шаблон: Файл «${path.join(SCHOOL_REPORTS, 'нет-такого.xlsx')}» не найден. Проверьте путь к файлу.\n`);
});

test('stopped with Ctrl+C while reading, it leaves no temporary files behind', async () => {
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'oko-tmp-'));
  const folder = mkdtempSync(path.join(os.tmpdir(), 'oko-many-'));
  try {
    // Enough copies that reading them takes a few seconds.
    for (let i = 0; i < 400; i++) copyFileSync(SCHOOL_FILES[i % SCHOOL_FILES.length], path.join(folder, `${i}.xlsx`));
    const child = spawn(process.execPath, [BIN, 'collect', '--template', SCHOOL_TEMPLATE, folder, '--json'], { cwd: ROOT, env: { ...process.env, TMPDIR: tmp }, stdio: 'ignore' });
    // Wait until the store exists (the reading has started), then interrupt.
    const deadline = Date.now() + 30_000;
    while (readdirSync(tmp).length === 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    expect(readdirSync(tmp)).toHaveLength(1);
    const ended = new Promise<NodeJS.Signals | null>((resolve) => child.on('exit', (_code, signal) => resolve(signal)));
    child.kill('SIGINT');
    expect(await ended).toBe('SIGINT');
    expect(readdirSync(tmp)).toEqual([]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
    rmSync(folder, { recursive: true, force: true });
  }
}, 60_000);
