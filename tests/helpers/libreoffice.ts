// Opens a workbook in LibreOffice Calc (headless), recalculates it, and returns every sheet
// as CSV rows — proof that a file we wrote opens in a real spreadsheet program.
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\n') {
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else if (ch !== '\r') cell += ch;
  }
  if (cell !== '' || row.length) {
    row.push(cell);
    rows.push(row);
  }
  return rows;
}

// A fresh profile told to recalculate every formula on load: by default LibreOffice shows the
// results cached in an .xlsx, which would only echo back what ОКО wrote.
const RECALC_ON_LOAD = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/**
 * Sheet name → rows, as LibreOffice shows them with every formula recalculated: formatted
 * values, or with `raw` the values themselves at full precision.
 */
export function openInLibreOffice(xlsx: string, { raw = false }: { raw?: boolean } = {}): Map<string, string[][]> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oko-lo-'));
  try {
    const input = path.join(dir, 'book.xlsx');
    copyFileSync(xlsx, input);
    mkdirSync(path.join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(path.join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ON_LOAD);
    // 44 = comma, 34 = quote, 76 = UTF-8, «as shown» (unless raw), then «all sheets» (-1) so each sheet gets its own file.
    execFileSync(
      'soffice',
      [
        `-env:UserInstallation=file://${path.join(dir, 'profile')}`,
        '--headless',
        '--norestore',
        '--convert-to',
        `csv:Text - txt - csv (StarCalc):44,34,76,1,,0,false,true,${raw ? 'false' : 'true'},false,false,-1`,
        '--outdir',
        dir,
        input,
      ],
      { stdio: 'pipe', timeout: 120_000 },
    );
    const out = new Map<string, string[][]>();
    for (const f of readdirSync(dir)) {
      const m = /^book-(.+)\.csv$/.exec(f);
      if (m) out.set(m[1], parseCsv(readFileSync(path.join(dir, f), 'utf8')));
    }
    if (out.size === 0) throw new Error(`LibreOffice did not open ${xlsx}`);
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
