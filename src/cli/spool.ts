// The CLI's collection store: each school's row, record and problem is appended to a file as a
// line of JSON and read back in order when the register is printed or written, so that the
// memory of `oko collect` does not grow with the number of files. The task pane keeps its
// (smaller) collections in arrays.
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { StringDecoder } from 'node:string_decoder';
import { Spool } from '../core/listing';
import { CollectedProblem, CollectedRecord, CollectedRow, CollectionStore } from '../core/templates/collect';

// Small pieces: lines held across many young-generation collections would be promoted to the
// old generation and pile up there until a full GC (about 40 MB more peak RSS with 1 MB pieces
// while 6 000 schools were printed).
const FLUSH_CHARS = 1 << 16;
const READ_BYTES = 1 << 16;

/** Items kept as lines of JSON in one file: appended, then read from the start as often as asked. */
export class FileSpool<T> implements Spool<T> {
  length = 0;
  private readonly fd: number;
  private pending: string[] = [];
  private pendingChars = 0;
  private written = 0;

  constructor(file: string) {
    this.fd = openSync(file, 'w+');
  }

  push(item: T): void {
    const line = JSON.stringify(item);
    this.pending.push(line);
    this.pendingChars += line.length + 1;
    this.length++;
    if (this.pendingChars >= FLUSH_CHARS) this.flush();
  }

  private flush(): void {
    if (!this.pending.length) return;
    const bytes = Buffer.from(`${this.pending.join('\n')}\n`, 'utf8');
    let done = 0;
    while (done < bytes.length) done += writeSync(this.fd, bytes, done, bytes.length - done, this.written + done);
    this.written += bytes.length;
    this.pending = [];
    this.pendingChars = 0;
  }

  *[Symbol.iterator](): Iterator<T> {
    this.flush();
    const buf = Buffer.allocUnsafe(READ_BYTES);
    // A character cut between two reads is completed by the next one.
    const decoder = new StringDecoder('utf8');
    let rest = '';
    for (let at = 0; at < this.written; ) {
      const n = readSync(this.fd, buf, 0, Math.min(buf.length, this.written - at), at);
      if (n === 0) break;
      at += n;
      const lines = (rest + decoder.write(buf.subarray(0, n))).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) yield JSON.parse(line) as T;
    }
    if (rest) yield JSON.parse(rest) as T;
  }

  close(): void {
    closeSync(this.fd);
  }
}

/**
 * A collection store in a fresh temporary folder; `dispose` deletes it. Stopped by Ctrl+C (or
 * ended any other way first), the process deletes it on its way out.
 */
export function fileStore(): CollectionStore & { dir: string; dispose(): void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'oko-collect-'));
  const removeDir = (): void => rmSync(dir, { recursive: true, force: true });
  const onSignal = (signal: NodeJS.Signals): void => {
    removeDir();
    // The handler was registered once: the signal now ends the process as it would have.
    process.kill(process.pid, signal);
  };
  process.once('exit', removeDir);
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const rows = new FileSpool<CollectedRow>(path.join(dir, 'rows.jsonl'));
  const records = new FileSpool<CollectedRecord>(path.join(dir, 'records.jsonl'));
  const problems = new FileSpool<CollectedProblem>(path.join(dir, 'problems.jsonl'));
  return {
    rows,
    records,
    problems,
    dir,
    dispose() {
      process.off('exit', removeDir);
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      for (const s of [rows, records, problems]) s.close();
      removeDir();
    },
  };
}
