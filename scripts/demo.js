#!/usr/bin/env node
// `npm run demo`: the roadmap check on every example roadmap, the indicators on every
// example result register and the collection of the example school reports, as a user would run them, with the workbooks written to
// demo-output/ (the examples themselves are never changed).
'use strict';
const { readdirSync, mkdirSync, existsSync } = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
if (!existsSync(path.join(root, 'dist', 'cli', 'oko.js'))) {
  console.log('Сборка ОКО (npm run prepare)…');
  const build = spawnSync('npx', ['tsc', '-p', 'tsconfig.node.json'], { cwd: root, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}
const examples = path.join(root, 'examples');
const outDir = path.join(root, 'demo-output');
mkdirSync(outDir, { recursive: true });
const files = readdirSync(examples).filter((f) => /^roadmap-.*\.xlsx$/.test(f)).sort();
let failed = 0;
for (const f of files) {
  const out = path.join('demo-output', f.replace(/\.xlsx$/, '-реестр.xlsx'));
  console.log(`\n$ npx oko roadmap examples/${f} -o ${out}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'oko.js'), 'roadmap', path.join('examples', f), '-o', out], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
for (const f of readdirSync(examples).filter((f) => /^vpr-.*\.xlsx$/.test(f)).sort()) {
  const out = path.join('demo-output', f.replace(/\.xlsx$/, '-сводная.xlsx'));
  console.log(`\n$ npx oko indicators examples/${f} -o ${out}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'oko.js'), 'indicators', path.join('examples', f), '-o', out], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
{
  const out = path.join('demo-output', 'отчёты-школ-реестр.xlsx');
  const args = ['collect', '--template', 'examples/school-reports/template-blank.xlsx', 'examples/school-reports', '-o', out];
  console.log(`\n$ npx oko ${args.join(' ')}\n`);
  const r = spawnSync(process.execPath, [path.join(root, 'bin', 'oko.js'), ...args], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
