// What a school's file cannot do to oko collect: zip bombs (honest and lying), a 200 MB file,
// a million cells, macros, links to other workbooks, formulas. Each is refused or read within
// fixed limits with a message, and the other files are still collected.
import JSZip from 'jszip';
import { closeSync, copyFileSync, ftruncateSync, mkdirSync, openSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { deflateRawSync } from 'node:zlib';
import { runCli } from '../helpers/cli';
import { SCHOOL_FILES, SCHOOL_TEMPLATE, tempDir } from '../helpers/files';
import { bookBytes, districtTemplate } from '../core/templates/build';

interface Json {
  rows: { file: string; values: Record<string, unknown> }[];
  problems: { file: string; problem: string; message: string }[];
}

// A zip written by hand, so that its directory can say what a bomb's says.
const CRC_TABLE = Array.from({ length: 256 }, (_v, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (let i = 0; i < buf.length; i++) c = CRC_TABLE[(c ^ buf[i]) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

interface Entry {
  name: string;
  data: Buffer;
  /** What the directory claims the part unpacks to (the truth when left out). */
  declared?: number;
  deflate?: boolean;
}

function handZip(entries: Entry[]): Buffer {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const body = e.deflate ? deflateRawSync(e.data, { level: 9 }) : e.data;
    const crc = crc32(e.data);
    const size = e.declared ?? e.data.length;
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt16LE(e.deflate ? 8 : 0, 8);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(body.length, 18);
    local.writeUInt32LE(size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, body);
    const cd = Buffer.alloc(46);
    cd.writeUInt32LE(0x02014b50, 0);
    cd.writeUInt16LE(20, 4);
    cd.writeUInt16LE(20, 6);
    cd.writeUInt16LE(0x0800, 8);
    cd.writeUInt16LE(e.deflate ? 8 : 0, 10);
    cd.writeUInt32LE(crc, 16);
    cd.writeUInt32LE(body.length, 20);
    cd.writeUInt32LE(size, 24);
    cd.writeUInt16LE(name.length, 28);
    cd.writeUInt32LE(offset, 42);
    central.push(cd, name);
    offset += 30 + name.length + body.length;
  }
  const cdBuf = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cdBuf.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, cdBuf, end]);
}

const PACKAGE: Entry[] = [
  {
    name: '[Content_Types].xml',
    data: Buffer.from(
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/></Types>',
    ),
  },
  {
    name: 'xl/workbook.xml',
    data: Buffer.from('<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Отчёт ОО" sheetId="1" r:id="rId1"/></sheets></workbook>'),
  },
  {
    name: 'xl/_rels/workbook.xml.rels',
    data: Buffer.from('<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'),
  },
];

const sheetOf = (body: string): Buffer => Buffer.from(`<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${body}</sheetData></worksheet>`);

describe('oko collect: hostile files are refused with a message, the rest is collected', () => {
  let dir: string;
  const files: Record<string, string> = {};
  beforeAll(async () => {
    dir = tempDir();
    const put = (name: string, bytes: Uint8Array | Buffer): string => {
      const f = path.join(dir, name);
      writeFileSync(f, bytes);
      files[name] = f;
      return f;
    };
    files.good = path.join(dir, 'a-good.xlsx');
    copyFileSync(SCHOOL_FILES[0], files.good);
    // A bomb that declares 2 GB: refused from the zip's directory, nothing is unpacked.
    put('b-bomb-declared.xlsx', handZip([...PACKAGE, { name: 'xl/worksheets/sheet1.xml', data: Buffer.alloc(1000, 0x20), declared: 0x7fffffff, deflate: true }]));
    // A bomb that lies: declares 2 KB, unpacks to 100 MB. Unpacking stops at the budget.
    put('c-bomb-lying.xlsx', handZip([...PACKAGE, { name: 'xl/worksheets/sheet1.xml', data: Buffer.concat([sheetOf('').subarray(0, 90), Buffer.alloc(100 * 1048576, 0x20)]), declared: 2048, deflate: true }]));
    // 200 MB on disk (sparse): refused before it is read.
    const big = path.join(dir, 'd-200mb.xlsx');
    const fd = openSync(big, 'w');
    ftruncateSync(fd, 200 * 1048576);
    closeSync(fd);
    files.big = big;
    // A million cells.
    const cells: string[] = [];
    for (let r = 1; r <= 50_000; r++) {
      let row = `<row r="${r}">`;
      for (let c = 0; c < 20; c++) row += `<c r="${String.fromCharCode(65 + c)}${r}"><v>${c}</v></c>`;
      cells.push(`${row}</row>`);
    }
    put('e-million-cells.xlsx', handZip([...PACKAGE, { name: 'xl/worksheets/sheet1.xml', data: sheetOf(cells.join('')), deflate: true }]));
    // Macros and a link to another workbook, added to a real filled copy.
    const withMacro = await JSZip.loadAsync(await bookBytes(districtTemplate({ school: 'Макросы' })));
    withMacro.file('xl/vbaProject.bin', 'not really VBA');
    put('f-macro.xlsm', await withMacro.generateAsync({ type: 'uint8array' }));
    const withLink = await JSZip.loadAsync(await bookBytes(districtTemplate({ school: 'Ссылки' })));
    withLink.file('xl/externalLinks/externalLink1.xml', '<externalLink xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"/>');
    put('g-link.xlsx', await withLink.generateAsync({ type: 'uint8array' }));
  }, 60_000);

  test('each is a problem of its own file; the good file is read', async () => {
    const r = await runCli(['collect', '--template', SCHOOL_TEMPLATE, dir, '--json']);
    expect(r.code).toBe(0);
    const j = JSON.parse(r.out) as Json;
    expect(j.rows.map((x) => path.basename(x.file))).toEqual(['a-good.xlsx']);
    const by = (name: string) => j.problems.filter((p) => path.basename(p.file) === name).map((p) => [p.problem, p.message]);
    expect(by('b-bomb-declared.xlsx')).toEqual([['file.unreadable', expect.stringContaining('после распаковки книга занимает')]]);
    expect(by('c-bomb-lying.xlsx')).toEqual([['file.unreadable', expect.stringContaining('после распаковки книга занимает')]]);
    expect(by('d-200mb.xlsx')).toEqual([['file.unreadable', expect.stringContaining('слишком велик (200 МБ')]]);
    expect(by('e-million-cells.xlsx')).toEqual([['file.unreadable', expect.stringMatching(/более 300\s000 заполненных ячеек/)]]);
    expect(by('f-macro.xlsm')).toEqual([['file.unsupported-format', expect.stringContaining('содержит макросы')]]);
    expect(by('g-link.xlsx')).toEqual([['file.unsupported-format', expect.stringContaining('ссылки на другие книги')]]);
  }, 60_000);

  test('a formula in an input gives its cached value only; the formula is neither kept nor run', async () => {
    const t = path.join(dir, 'шаблон', 'бланк.xlsx');
    const copy = path.join(dir, 'шаблон', 'копия.xlsx');
    mkdirSync(path.dirname(t));
    writeFileSync(t, await bookBytes(districtTemplate()));
    writeFileSync(copy, await bookBytes(districtTemplate({ school: { formula: 'WEBSERVICE("http://example.com/")', result: 'МБОУ СОШ № 3' }, d8: { formula: 'IF(TRUE,"Да")', result: 'Да' } })));
    const r = await runCli(['collect', '--template', t, copy, '--json']);
    const j = JSON.parse(r.out) as Json;
    expect(j.rows[0].values['1.B3']).toBe('МБОУ СОШ № 3');
    expect(j.rows[0].values['1.D6']).toBe('Да');
    expect(r.out).not.toContain('WEBSERVICE');
  });

  test('a hostile template is refused with exit 2', async () => {
    const r = await runCli(['collect', '--template', files['b-bomb-declared.xlsx'], files.good]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^oko: шаблон: Файл «.*b-bomb-declared\.xlsx»: после распаковки книга занимает/);
  });
});
