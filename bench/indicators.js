#!/usr/bin/env node
// `npm run bench:indicators`: how fast the engine computes every indicator, rank and risk over
// large result registers. A benchmark, not a test: it prints figures and a verdict, and exits
// 0 whatever the figures are.
//
//   node bench/indicators.js [--runs N] [--rows N] [--schools N]
//
// It builds (seeded, so every run sees the same data) three workbooks as SheetGrids in memory —
// no .xlsx, so only the engine is timed — and runs analyseIndicators on each with the default
// thresholds:
//   a. one row per student: ОО, Класс, Предмет, Код участника, Отметка (--rows rows, default
//      1 000 000; 500 students a school);
//   b. one row per school × class (with its letter) × subject with all twelve ВПР columns,
//      --rows rows over --schools schools (default 2 000, a region);
//   c. 2 000 schools × 17 rows (the fixture's shape), a region-wide summary table.
// Each workbook gets untimed warm-up runs until a second has passed (at least one; the
// first is printed: it is what a one-off call sees, before the JIT has compiled the loops),
// then --runs timed runs. A full garbage collection between workbooks (not between runs: right
// after one, V8 runs with a shrunken young generation and every run looks twice as slow)
// keeps one workbook's garbage from being charged to the next.
// Target: ≥ 1 000 000 register rows/s (median of the runs).
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const { performance } = require('node:perf_hooks');

const ROOT = path.join(__dirname, '..');
const TARGET = 1_000_000; // rows/s
const WARM_UP_MS = 1000;

function parseArgs(argv) {
  const opts = { runs: 3, rows: 1_000_000, schools: 2000 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = () => {
      const v = Number(argv[++i]);
      if (!Number.isInteger(v) || v < 1) {
        console.error(`${a} wants a positive integer`);
        process.exit(2);
      }
      return v;
    };
    if (a === '--runs') opts.runs = num();
    else if (a === '--rows') opts.rows = num();
    else if (a === '--schools') opts.schools = num();
    else if (a === '-h' || a === '--help') {
      console.log(
        'Usage: node bench/indicators.js [--runs N] [--rows N] [--schools N]\n' +
          '  --runs N     timed runs per workbook, the median is reported (default 3)\n' +
          '  --rows N     rows of the two large registers (default 1000000)\n' +
          '  --schools N  schools of register b (default 2000)',
      );
      process.exit(0);
    } else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

/** Builds dist/ when src/core is newer (the engine is all this bench loads). */
function ensureBuilt() {
  const newest = (dir) =>
    fs.readdirSync(dir, { withFileTypes: true }).reduce((m, e) => {
      const p = path.join(dir, e.name);
      return Math.max(m, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
    }, 0);
  const out = path.join(ROOT, 'dist/core/indicators/analyse.js');
  if (fs.existsSync(out) && fs.statSync(out).mtimeMs >= newest(path.join(ROOT, 'src/core'))) {
    console.log('dist/ is up to date with src/core (no build needed).');
    return;
  }
  console.log('dist/ is missing or older than src/core: running npx tsc -p tsconfig.node.json …');
  const r = spawnSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: ROOT, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0) {
    if (!fs.existsSync(out)) {
      console.error('The build failed and there is no dist/core/indicators to measure.');
      process.exit(1);
    }
    console.log('WARNING: the build reported errors; measuring the dist/ it wrote, which may not match src/.');
  }
}

/** mulberry32: small, fast and good enough to make the same data every time. */
function prng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PROCEDURES = [
  [4, 'Русский язык'], [4, 'Математика'], [4, 'Окружающий мир'],
  [5, 'Русский язык'], [5, 'Математика'], [5, 'История'], [5, 'Биология'],
  [6, 'Русский язык'], [6, 'Математика'], [6, 'География'],
  [7, 'Русский язык'], [7, 'Математика'], [7, 'Физика'], [7, 'Английский язык'],
  [8, 'Русский язык'], [8, 'Математика'], [8, 'Химия'],
];
const schoolName = (i) => `МБОУ «СОШ № ${i + 1}»`;
const grid = (name, values) => ({ name, values, merges: [], protection: null });

/** One row per student: a school's students write each procedure in turn. */
function studentRegister(rows) {
  const rnd = prng(1);
  const perSchool = 500;
  const values = [['ОО', 'Класс', 'Предмет', 'Код участника', 'Отметка']];
  for (let i = 0; i < rows; i++) {
    const school = Math.floor(i / perSchool);
    const [cls, subject] = PROCEDURES[Math.floor((i % perSchool) / 30) % PROCEDURES.length];
    const x = rnd();
    const mark = x < 0.03 ? 'н' : x < 0.16 ? 2 : x < 0.58 ? 3 : x < 0.88 ? 4 : 5;
    values.push([schoolName(school), cls, subject, 100000 + i, mark]);
  }
  return grid('ВПР по участникам', values);
}

/** `rows` rows per school × class × subject with every ВПР column; classes get letters (4А, 4Б…) past 17 rows a school. */
function countRegister(schools, rows, name) {
  const rnd = prng(2);
  const values = [['ОО', 'Класс', 'Предмет', 'По списку', 'Участников', '2', '3', '4', '5', 'Понизили', 'Подтвердили', 'Повысили']];
  const perSchool = Math.ceil(rows / schools);
  const LETTERS = 'АБВГДЕЖЗИКЛМНОПРСТУФХЦЧШЭЮЯ';
  for (let s = 0; s < schools && values.length <= rows; s++) {
    const weak = rnd() * 0.25;
    for (let k = 0; k < perSchool && values.length <= rows; k++) {
      const [grade, subject] = PROCEDURES[k % PROCEDURES.length];
      const letter = Math.floor(k / PROCEDURES.length);
      const cls = perSchool <= PROCEDURES.length ? grade : `${grade}${LETTERS[letter % LETTERS.length]}${letter >= LETTERS.length ? Math.floor(letter / LETTERS.length) : ''}`;
      const enrolled = 10 + Math.floor(rnd() * 50);
      const n = enrolled - Math.floor(rnd() * Math.min(8, enrolled * 0.3));
      const n2 = Math.floor(n * weak * rnd() * 1.5);
      const n5 = Math.floor((n - n2) * rnd() * 0.3);
      const n4 = Math.floor((n - n2 - n5) * rnd() * 0.6);
      const n3 = n - n2 - n4 - n5;
      const raised = Math.floor(n * rnd() * 0.12);
      const lowered = Math.floor((n - raised) * rnd() * 0.15);
      values.push([schoolName(s), cls, subject, enrolled, n, n2, n3, n4, n5, lowered, n - raised - lowered, raised]);
    }
  }
  return grid(name, values);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
// A full collection between workbooks, without asking for `node --expose-gc`.
require('node:v8').setFlagsFromString('--expose-gc');
const gc = require('node:vm').runInNewContext('gc');

const fmtInt = (n) => Math.round(n).toLocaleString('ru-RU');
const fmtMs = (ms) => (ms < 1000 ? `${ms.toFixed(1)} ms` : `${(ms / 1000).toFixed(2)} s`);

function main() {
  const opts = parseArgs(process.argv.slice(2));
  console.log(`ОКО indicators benchmark — ${opts.runs} run(s) per workbook; Node ${process.version}, ${os.cpus().length} CPU(s) (${os.cpus()[0]?.model ?? '?'})`);
  const git = (args) => spawnSync('git', args, { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ?? '';
  const dirty = git(['status', '--porcelain', '--', 'src/core']) ? ' + uncommitted changes in src/core' : '';
  console.log(`Code: ${git(['log', '-1', '--format=%h %s']) || 'not a git checkout'}${dirty}`);
  console.log(`Load average at start: ${os.loadavg().map((x) => x.toFixed(2)).join(' ')} (other work on this machine skews wall times)`);
  ensureBuilt();
  const { analyseIndicators } = require(path.join(ROOT, 'dist/core/indicators/analyse.js'));

  const cases = [
    { label: `a. ${fmtInt(opts.rows)} rows, one per student`, make: () => [studentRegister(opts.rows)] },
    { label: `b. ${fmtInt(opts.rows)} rows, ${fmtInt(opts.schools)} schools × class × subject`, make: () => [countRegister(opts.schools, opts.rows, 'ВПР')] },
    { label: 'c. 2 000 schools × 17 rows', make: () => [countRegister(2000, 2000 * 17, 'ВПР')] },
  ];
  const results = [];
  for (const c of cases) {
    console.log(`\n[${c.label}]`);
    let t = performance.now();
    const grids = c.make();
    const rows = grids.reduce((n, g) => n + g.values.length - 1, 0);
    console.log(`  grids built in ${fmtMs(performance.now() - t)} (not timed)`);
    const times = [];
    gc(); // the previous workbook's grids and results
    t = performance.now();
    let out = analyseIndicators(grids);
    const coldMs = performance.now() - t;
    let warmups = 1;
    while (performance.now() - t < WARM_UP_MS) {
      out = analyseIndicators(grids);
      warmups++;
    }
    console.log(`  first run (untimed): ${fmtMs(coldMs)} (${fmtInt(rows / (coldMs / 1000))} rows/s); ${warmups} warm-up run(s) in all`);
    for (let i = 0; i < opts.runs; i++) {
      t = performance.now();
      out = analyseIndicators(grids);
      const ms = performance.now() - t;
      times.push(ms);
      console.log(`  run ${i + 1}: ${fmtMs(ms)} (${fmtInt(rows / (ms / 1000))} rows/s)`);
    }
    const ms = median(times);
    const schools = Object.keys(out.schools).length;
    console.log(
      `  ${out.registers.map((r) => `${r.sheet}: ${r.kind}, ${r.rowsUsed} rows used`).join('; ')}; ${schools} schools; ` +
        `${out.indicators.length} indicators; ${out.risks.length} risks; ${out.findings.length} findings`,
    );
    results.push({ label: c.label, rows, ms, rowsPerS: rows / (ms / 1000), coldMs });
  }

  console.log('\n================ Results (median of runs; analyseIndicators on grids already built) ================');
  const w = Math.max(...results.map((r) => r.label.length));
  for (const r of results) {
    console.log(`${r.label.padEnd(w)}  ${fmtMs(r.ms).padStart(9)}  ${fmtInt(r.rowsPerS).padStart(12)} rows/s   (first run ${fmtMs(r.coldMs)}, ${fmtInt(r.rows / (r.coldMs / 1000))} rows/s)`);
  }
  console.log('\nVerdict:');
  for (const r of results) console.log(`  ≥ ${fmtInt(TARGET)} rows/s [${r.label}]: ${r.rowsPerS >= TARGET ? 'MET' : 'NOT MET'} — ${fmtInt(r.rowsPerS)} rows/s`);
}

main();
