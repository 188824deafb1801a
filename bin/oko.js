#!/usr/bin/env node
// Entry point of the `oko` command; the TypeScript is compiled to dist/ by `npm ci` (prepare).
let cli;
try {
  cli = require('../dist/cli/oko.js');
} catch (e) {
  if (e && e.code === 'MODULE_NOT_FOUND') {
    process.stderr.write('oko: ОКО не собран. Выполните в папке проекта: npm ci (или npm run prepare).\n');
    process.exit(2);
  }
  throw e;
}
cli.main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
