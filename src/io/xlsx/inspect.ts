// Looks at a file's bytes before ExcelJS does, so that an .xls, an encrypted workbook, a zip
// bomb or an oversized sheet gets a clear refusal instead of a hang or a stack trace.
// Only the zip's directory is read here: nothing is decompressed (ExcelJS does that once).
// Merges are counted while ExcelJS loads them (linear-merges.ts).
import JSZip from 'jszip';
import { InputError } from './input-error';
import { LIMITS } from './limits';


const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(buf: Uint8Array, magic: number[]): boolean {
  return magic.every((b, i) => buf[i] === b);
}

/** «EncryptionInfo» as the UTF-16LE directory entry name an encrypted OOXML package has. */
function hasUtf16(buf: Uint8Array, text: string): boolean {
  const needle = new Uint8Array(text.length * 2);
  for (let i = 0; i < text.length; i++) needle[i * 2] = text.charCodeAt(i);
  outer: for (let i = 0; i + needle.length <= buf.length; i++) {
    for (let j = 0; j < needle.length; j++) if (buf[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

/** Declared uncompressed size of a zip entry (JSZip keeps it from the central directory). */
const declaredSize = (f: JSZip.JSZipObject): number =>
  (f as unknown as { _data?: { uncompressedSize?: number } })._data?.uncompressedSize ?? 0;

export interface PackageInfo {
  zip: JSZip;
}

/** Throws InputError for anything that is not a usable .xlsx package. */
export async function inspectPackage(bytes: Uint8Array): Promise<PackageInfo> {
  if (bytes.length === 0) throw new InputError({ kind: 'empty-file' });
  if (bytes.length > LIMITS.fileBytes) throw new InputError({ kind: 'too-large', bytes: bytes.length, limit: LIMITS.fileBytes });
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new InputError({ kind: hasUtf16(bytes, 'EncryptionInfo') ? 'encrypted' : 'xls' });
  }
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) throw new InputError({ kind: 'not-xlsx' });
  let zip: JSZip;
  try {
    zip = await JSZip.loadAsync(bytes);
  } catch (e) {
    throw new InputError({ kind: 'corrupt', detail: 'архив не читается' });
  }
  if (!zip.file('xl/workbook.xml')) throw new InputError({ kind: 'not-xlsx' });
  let unpacked = 0;
  zip.forEach((_path, f) => {
    unpacked += declaredSize(f);
  });
  if (unpacked > LIMITS.unpackedBytes) {
    throw new InputError({ kind: 'unpacked-too-large', bytes: unpacked, limit: LIMITS.unpackedBytes });
  }
  await checkSheetSizes(zip);
  return { zip };
}

/** A sheet whose XML alone is larger than the limit is refused before anything is unpacked. */
async function checkSheetSizes(zip: JSZip): Promise<void> {
  for (const [path, name] of await sheetNames(zip)) {
    const f = zip.file(path);
    const size = f ? declaredSize(f) : 0;
    if (size > LIMITS.sheetXmlBytes) {
      throw new InputError({ kind: 'sheet-too-large', sheet: name, bytes: size, limit: LIMITS.sheetXmlBytes });
    }
  }
}

/** Sheet part path → sheet name, from workbook.xml and its relationships. */
export async function sheetNames(zip: JSZip): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const wb = (await zip.file('xl/workbook.xml')?.async('string')) ?? '';
  const rels = (await zip.file('xl/_rels/workbook.xml.rels')?.async('string')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  for (const m of wb.matchAll(/<sheet\b[^>]*>/g)) {
    const name = /\bname="([^"]*)"/.exec(m[0])?.[1] ?? '';
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1] ?? /\bid="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (path) out.set(path, decodeXml(name));
  }
  return out;
}

/** XML text or attribute → the string it stands for (most need no decoding at all). */
export const decodeXml = (s: string): string =>
  s.indexOf('&') < 0
    ? s
    : s
        .replace(/&#(\d+);/g, (_m, d: string) => String.fromCodePoint(Number(d)))
        .replace(/&#x([0-9a-f]+);/gi, (_m, h: string) => String.fromCodePoint(parseInt(h, 16)))
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&apos;/g, "'")
        .replace(/&amp;/g, '&');
