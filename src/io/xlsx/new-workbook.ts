// A new .xlsx from a WritePlan, zipped as it is generated: to a file (the CLI's -o), so that
// memory does not grow with the number of rows, or to bytes (tests, small plans). Writing into a
// workbook that already exists (a user's file) is apply-plan's job, through ExcelJS.
import { createWriteStream } from 'node:fs';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import JSZip from 'jszip';
import { WritePlan } from '../../core/plan';
import { packageParts } from './spreadsheet-ml';

const ZIP_OPTIONS = { compression: 'DEFLATE', compressionOptions: { level: 6 } } as const;

function zipOf(plan: WritePlan, content: (xml: () => Iterable<string>) => string | Readable): JSZip {
  const zip = new JSZip();
  // The creation date of a file is the moment it is written; the zip entries carry it too.
  const now = new Date();
  for (const part of packageParts(plan, now)) zip.file(part.path, typeof part.xml === 'string' ? part.xml : content(part.xml), { date: now, createFolders: false });
  return zip;
}

/**
 * JSZip reads string chunks of a stream as Latin-1: Cyrillic must reach it as UTF-8 bytes. Rows
 * are passed on about 64 KB at a time, not one by one.
 */
function* utf8(chunks: Iterable<string>): Generator<Buffer> {
  let pending = '';
  for (const chunk of chunks) {
    pending += chunk;
    if (pending.length >= 32_768) {
      yield Buffer.from(pending, 'utf8');
      pending = '';
    }
  }
  if (pending) yield Buffer.from(pending, 'utf8');
}

/** Streams the workbook into `file`: each sheet's rows are generated while JSZip reads them. */
export async function writeNewWorkbook(plan: WritePlan, file: string): Promise<void> {
  const zip = zipOf(plan, (xml) => Readable.from(utf8(xml())));
  await pipeline(zip.generateNodeStream({ ...ZIP_OPTIONS, streamFiles: true }), createWriteStream(file));
}

export async function newWorkbookBytes(plan: WritePlan): Promise<Uint8Array> {
  const zip = zipOf(plan, (xml) => [...xml()].join(''));
  return zip.generateAsync({ ...ZIP_OPTIONS, type: 'uint8array' });
}
