#!/usr/bin/env node
// `npm run web`: serves the built web page (dist/web) on this computer only, with the same
// Content-Security-Policy as the page itself. Everything runs in the browser; nothing is uploaded.
'use strict';
const http = require('node:http');
const fs = require('node:fs');
const path = require('node:path');

const ROOT = path.join(__dirname, '..', 'dist', 'web');
const TYPES = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8', '.png': 'image/png', '.map': 'application/json', '.xml': 'application/xml' };
// The page's own policy, from its template: one place to change it.
const CSP = /http-equiv="Content-Security-Policy"\s+content="([^"]+)"/.exec(
  fs.readFileSync(path.join(__dirname, '..', 'src', 'ui', 'web', 'web.html'), 'utf8'),
)[1];

function serve(port, root = ROOT, host = '127.0.0.1') {
  const server = http.createServer((req, res) => {
    const url = new URL(req.url || '/', 'http://localhost');
    const rel = decodeURIComponent(url.pathname === '/' ? '/index.html' : url.pathname);
    const file = path.normalize(path.join(root, rel));
    if (!file.startsWith(root + path.sep) || !fs.existsSync(file) || !fs.statSync(file).isFile()) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8' });
      res.end('Не найдено');
      return;
    }
    res.writeHead(200, {
      'Content-Type': TYPES[path.extname(file)] || 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-cache',
    });
    fs.createReadStream(file).pipe(res);
  });
  return new Promise((resolve) => server.listen(port, host, () => resolve(server)));
}

module.exports = { serve };

if (require.main === module) {
  if (!fs.existsSync(path.join(ROOT, 'index.html'))) {
    console.error('Веб-страница не собрана: выполните npm run build');
    process.exit(2);
  }
  const port = Number(process.env.PORT || 3001);
  serve(port).then(() => console.log(`ОКО: откройте http://localhost:${port}/ (Ctrl+C — остановить)`));
}
