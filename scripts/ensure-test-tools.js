#!/usr/bin/env node
// Installs, once, the system programs the tests need and that npm cannot bring:
// LibreOffice Calc (headless) to prove written workbooks open and recalculate, and Chromium
// for the browser tests (playwright-core drives Debian's build; browser downloads fail here).
// Debian's packages only; nothing is skipped silently — if a tool cannot be had, this fails.
'use strict';
const { execFileSync, spawnSync } = require('node:child_process');

const TOOLS = [
  { command: 'soffice', packages: ['libreoffice-calc-nogui'], why: 'открыть записанные книги в LibreOffice' },
  { command: 'chromium', packages: ['chromium'], why: 'проверить веб-страницу и область задач в браузере' },
];

const has = (cmd) => spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;

function aptInstall(packages) {
  const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const prefix = asRoot ? [] : has('sudo') ? ['sudo', '-n'] : null;
  if (prefix === null || !has('apt-get')) return false;
  const run = (args) => {
    const [cmd, ...rest] = [...prefix, ...args];
    execFileSync(cmd, rest, { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  };
  run(['apt-get', 'update', '-q']);
  run(['apt-get', 'install', '-y', '-q', '--no-install-recommends', ...packages]);
  return true;
}

let failed = false;
for (const tool of TOOLS) {
  if (has(tool.command)) continue;
  console.log(`ensure-test-tools: ${tool.command} не найден — устанавливаю ${tool.packages.join(' ')} (нужен, чтобы ${tool.why})…`);
  try {
    if (!aptInstall(tool.packages) || !has(tool.command)) throw new Error('apt-get недоступен или нет прав root');
  } catch (e) {
    console.error(`ensure-test-tools: не удалось установить ${tool.packages.join(' ')}: ${e.message}. Установите вручную: apt-get install -y ${tool.packages.join(' ')}`);
    failed = true;
  }
}
process.exit(failed ? 1 : 0);
