#!/usr/bin/env node
// `npm run bench:collect`: how fast `oko collect` reads schools' filled templates, and whether
// its memory stays flat in the number of files. A benchmark, not a test: it prints figures and
// a verdict, and exits 0 whatever the figures are.
//
//   node bench/collect.js [--counts 300,2000,6000] [--runs 3] [--keep]
//
// For each count it writes that many filled copies of examples/school-reports/school-1.xlsx
// (each with its own school name and values; patched in the package with JSZip, so the files
// are what openpyxl wrote, not ExcelJS) into a temp folder, then runs the compiled CLI
// (dist/, `npx tsc -p tsconfig.node.json`) as a child process, twice:
//   a. oko collect --template template-blank.xlsx FOLDER --json   (stdout to /dev/null)
//   b. oko collect --template template-blank.xlsx FOLDER -o register.xlsx
// and prints files/s (wall clock, Node's start-up included) and the child's peak RSS; then runs
// each once more with a full GC every 100 ms to print the heap the process really keeps (peak
// RSS also counts garbage not yet collected, so it moves with V8's GC timing).
// Target: ≥ 100 files/s on a 2-core machine; memory flat in the number of files, with --json
// and with -o alike (rows wait on disk, the register is written as it is generated). A run of
// a few hundred files ends before the process has warmed up, so flatness is judged between the
// two largest counts: peak RSS within 10 %, heap kept growing by less than 1 MB per 1 000 files.
'use strict';
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const { spawnSync } = require('node:child_process');
const JSZip = require('jszip');

const ROOT = path.join(__dirname, '..');
const EXAMPLES = path.join(ROOT, 'examples', 'school-reports');
const TARGET = 100; // files/s

function parseArgs(argv) {
  const opts = { counts: [300, 2000, 6000], runs: 3, keep: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--counts') {
      opts.counts = String(argv[++i] ?? '')
        .split(',')
        .map(Number)
        .filter((n) => Number.isInteger(n) && n > 0);
      if (opts.counts.length === 0) {
        console.error('--counts wants positive integers, e.g. 300,2000');
        process.exit(2);
      }
    } else if (a === '--runs') {
      opts.runs = Number(argv[++i]);
      if (!Number.isInteger(opts.runs) || opts.runs < 1) {
        console.error('--runs wants a positive integer');
        process.exit(2);
      }
    } else if (a === '--keep') opts.keep = true;
    else if (a === '-h' || a === '--help') {
      console.log('Usage: node bench/collect.js [--counts 300,2000,6000] [--runs 3] [--keep]\n  --counts N,M,…  numbers of filled copies (default 300,2000,6000: the issue\'s two, and a third to show where memory levels off)\n  --runs N      runs of each command per count; the medians of time and peak RSS are printed (default 3)\n  --keep        leave the generated folders in the temp dir');
      process.exit(0);
    } else {
      console.error(`unknown argument ${a}`);
      process.exit(2);
    }
  }
  return opts;
}

/** A small seeded generator, so every run sees the same files. */
function rng(seed) {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const xmlText = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

async function generate(dir, count) {
  const src = await JSZip.loadAsync(fs.readFileSync(path.join(EXAMPLES, 'school-1.xlsx')));
  const sheet1 = await src.file('xl/worksheets/sheet1.xml').async('string');
  const sheet2 = await src.file('xl/worksheets/sheet2.xml').async('string');
  const rand = rng(42);
  const yesNo = () => (rand() < 0.8 ? 'Да' : 'Нет');
  for (let i = 1; i <= count; i++) {
    let s1 = sheet1.replace(/<c r="B3"([^>]*?)t="inlineStr"><is><t>[^<]*<\/t><\/is><\/c>/, `<c r="B3"$1t="inlineStr"><is><t>${xmlText(`МОАУ «СОШ № ${i}»`)}</t></is></c>`);
    for (const r of [8, 9, 10, 17]) {
      s1 = s1.replace(new RegExp(`<c r="D${r}"([^>]*?)t="inlineStr"><is><t>[^<]*</t></is></c>`), `<c r="D${r}"$1t="inlineStr"><is><t>${yesNo()}</t></is></c>`);
    }
    for (const r of [11, 12, 13, 14, 15, 16]) {
      s1 = s1.replace(new RegExp(`<c r="D${r}"([^>]*?)><v>[^<]*</v></c>`), `<c r="D${r}"$1><v>${Math.round((0.8 + rand() * 0.2) * 100) / 100}</v></c>`);
    }
    const s2 = sheet2.replace(/<c r="E([456])"([^>]*?)><v>(\d+)<\/v><\/c>/g, (_m, r, attrs, v) => `<c r="E${r}"${attrs}><v>${Math.max(0, Number(v) - Math.floor(rand() * 6))}</v></c>`);
    src.file('xl/worksheets/sheet1.xml', s1);
    src.file('xl/worksheets/sheet2.xml', s2);
    const bytes = await src.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
    fs.writeFileSync(path.join(dir, `school-${String(i).padStart(4, '0')}.xlsx`), bytes);
  }
}

/**
 * Runs the CLI (stdout to /dev/null) in a child. `prelude` runs before it and `report`, when it
 * has ended, writes one figure to stderr after `tag`; returns the wall time and that figure.
 */
function runChild(args, { flags = [], prelude = '', report, tag }) {
  const runner = `${prelude}
    const { main } = require(${JSON.stringify(path.join(ROOT, 'dist', 'cli', 'oko.js'))});
    main(${JSON.stringify(args)})
      .then((code) => { ${report}; process.exitCode = code; });`;
  const t0 = process.hrtime.bigint();
  const r = spawnSync(process.execPath, [...flags, '-e', runner], { encoding: 'utf8', stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 26 });
  const ms = Number(process.hrtime.bigint() - t0) / 1e6;
  const figure = Number(new RegExp(`${tag} (\\d+)`).exec(r.stderr ?? '')?.[1] ?? NaN);
  if (r.status !== 0 || !Number.isFinite(figure)) console.error(`  exit ${r.status}: ${(r.stderr ?? '').trim().split('\n')[0]}`);
  return { ms, figure };
}

/** Wall time, and the child's own peak RSS (MB). */
function runCli(args) {
  const { ms, figure } = runChild(args, { tag: 'MAXRSS', report: "process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + '\\n')" });
  return { ms, rss: figure / 1024 };
}

/** The medians of time and peak RSS over `runs` runs: one run's RSS moves by 10–20 % with GC timing. */
function medianRun(args, runs) {
  const all = Array.from({ length: runs }, () => runCli(args));
  const median = (xs) => [...xs].sort((x, y) => x - y)[Math.floor(xs.length / 2)];
  return { ms: median(all.map((r) => r.ms)), rss: median(all.map((r) => r.rss)) };
}

/**
 * Runs the CLI again with a full garbage collection every 100 ms, and returns the largest heap
 * that survived one (MB): what the process keeps, as opposed to peak RSS, which also counts
 * garbage V8 has not collected yet. Not timed.
 */
function keptHeap(args) {
  const prelude = `
    let kept = 0;
    const sample = () => { global.gc(); kept = Math.max(kept, process.memoryUsage().heapUsed); };
    const timer = setInterval(sample, 100);`;
  const report = "clearInterval(timer); sample(); process.stderr.write('KEPT ' + kept + '\\n')";
  return runChild(args, { flags: ['--expose-gc'], prelude, report, tag: 'KEPT' }).figure / 1e6;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!fs.existsSync(path.join(ROOT, 'dist', 'cli', 'oko.js'))) {
    console.error('dist/ is missing: run `npx tsc -p tsconfig.node.json` (or npm ci) first.');
    process.exit(2);
  }
  console.log(`oko collect benchmark — ${os.cpus().length} CPU(s), Node ${process.version}`);
  const template = path.join(EXAMPLES, 'template-blank.xlsx');
  const results = [];
  for (const count of opts.counts) {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `oko-bench-collect-${count}-`));
    const t0 = Date.now();
    await generate(dir, count);
    console.log(`\n${count} filled copies generated in ${((Date.now() - t0) / 1000).toFixed(1)} s (${dir})`);
    const json = medianRun(['collect', '--template', template, dir, '--json'], opts.runs);
    const out = path.join(os.tmpdir(), `oko-bench-register-${count}-${process.pid}.xlsx`);
    const xlsx = medianRun(['collect', '--template', template, dir, '-o', out], opts.runs);
    json.kept = keptHeap(['collect', '--template', template, dir, '--json']);
    xlsx.kept = keptHeap(['collect', '--template', template, dir, '-o', out]);
    const row = (name, r) => `  ${name.padEnd(8)} ${(count / (r.ms / 1000)).toFixed(0).padStart(6)} files/s  ${(r.ms / 1000).toFixed(2).padStart(6)} s  peak RSS ${r.rss.toFixed(0)} MB  heap kept ${r.kept.toFixed(1)} MB`;
    console.log(row('--json', json));
    console.log(row('-o xlsx', xlsx));
    results.push({ count, json, xlsx });
    fs.rmSync(out, { force: true });
    if (!opts.keep) fs.rmSync(dir, { recursive: true, force: true });
  }
  const worst = Math.min(...results.map((r) => r.count / (r.json.ms / 1000)));
  console.log(`\nTarget ≥ ${TARGET} files/s (--json): ${worst >= TARGET ? 'met' : 'NOT met'} (slowest ${worst.toFixed(0)} files/s).`);
  if (results.length > 1) {
    // Up to about 1 000 files a run is still warming up (V8's young generation grows to its
    // full size, hot code is compiled), so flatness is judged between the two largest counts.
    const [a, b] = results.slice(-2);
    for (const key of ['json', 'xlsx']) {
      const name = key === 'json' ? '--json' : '-o xlsx';
      const list = (f) => results.map((r) => `${f(r[key])} (${r.count})`).join(' → ');
      const rssGrowth = b[key].rss / a[key].rss - 1;
      const keptPerThousand = ((b[key].kept - a[key].kept) / (b.count - a.count)) * 1000;
      const flat = rssGrowth < 0.1 && keptPerThousand < 1;
      console.log(`${name}: peak RSS ${list((r) => `${r.rss.toFixed(0)} MB`)}; heap kept ${list((r) => `${r.kept.toFixed(1)} MB`)}`);
      console.log(`${' '.repeat(name.length)}  memory flat from ${a.count} to ${b.count} files: ${flat ? 'met' : 'NOT met'} (peak RSS ${rssGrowth >= 0 ? '+' : ''}${(rssGrowth * 100).toFixed(0)} %, heap kept ${keptPerThousand >= 0 ? '+' : ''}${keptPerThousand.toFixed(2)} MB per 1 000 files; target < 10 % and < 1 MB).`);
    }
  }

}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
