// The files `oko collect` is given: plain files, folders (searched recursively) and globs
// (* ? ** and [...]), expanded here without a glob library. Excel's lock files (~$…) and
// hidden files are skipped; the result is sorted, so runs are repeatable.
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** What a folder is searched for: workbooks, including the ones ОКО refuses with a reason. */
const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;
const SKIPPED = /^(~\$|\.)/;

export const hasGlob = (p: string): boolean => /[*?[]/.test(p);

/** One path segment's glob as a RegExp: * and ? never cross «/». */
function segmentRegExp(glob: string): RegExp {
  let re = '';
  for (let i = 0; i < glob.length; i++) {
    const ch = glob[i];
    if (ch === '*') re += '[^/]*';
    else if (ch === '?') re += '[^/]';
    else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close < 0) re += '\\[';
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        re += `[${body.startsWith('!') ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else re += ch.replace(/[.+^${}()|\\]/g, '\\$&');
  }
  return new RegExp(`^${re}$`, process.platform === 'win32' ? 'i' : '');
}

async function isDir(p: string): Promise<boolean> {
  try {
    return (await fs.stat(p)).isDirectory();
  } catch {
    return false;
  }
}

async function walk(dir: string, out: string[], depth = 0): Promise<void> {
  if (depth > 32) return;
  let entries;
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries) {
    if (SKIPPED.test(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, out, depth + 1);
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push(p);
  }
}

async function expandGlob(pattern: string, out: string[]): Promise<void> {
  const norm = pattern.split(path.sep).join('/');
  const parts = norm.split('/');
  let base = path.isAbsolute(pattern) ? path.parse(pattern).root : '.';
  let i = path.isAbsolute(pattern) ? 1 : 0;
  while (i < parts.length - 1 && !hasGlob(parts[i])) base = path.join(base, parts[i++]);
  const rest = parts.slice(i).filter((p) => p !== '');
  const step = async (dir: string, k: number): Promise<void> => {
    if (k === rest.length) return;
    const seg = rest[k];
    let entries;
    try {
      entries = await fs.readdir(dir, { withFileTypes: true });
    } catch {
      return;
    }
    if (seg === '**') {
      await step(dir, k + 1); // zero folders
      for (const e of entries) if (e.isDirectory() && !SKIPPED.test(e.name)) await step(path.join(dir, e.name), k);
      return;
    }
    const re = segmentRegExp(seg);
    const last = k === rest.length - 1;
    for (const e of entries) {
      if (!re.test(e.name) || (e.name.startsWith('.') && !seg.startsWith('.')) || e.name.startsWith('~$')) continue;
      const p = path.join(dir, e.name);
      if (last) {
        if (e.isFile()) out.push(dir === '.' ? e.name : p);
        else if (e.isDirectory()) await walk(p, out);
      } else if (e.isDirectory()) await step(p, k + 1);
    }
  };
  await step(base, 0);
}

export interface Expanded {
  files: string[];
  /** Arguments that matched nothing (a glob) or do not exist. */
  unmatched: string[];
}

export async function expandInputs(args: string[]): Promise<Expanded> {
  const files: string[] = [];
  const unmatched: string[] = [];
  for (const arg of args) {
    const before = files.length;
    if (await isDir(arg)) await walk(arg, files);
    else if (hasGlob(arg)) {
      // A file whose name really has * or [ in it is taken as it is.
      try {
        if ((await fs.stat(arg)).isFile()) files.push(arg);
      } catch {
        await expandGlob(arg, files);
      }
    } else files.push(arg);
    if (files.length === before) unmatched.push(arg);
  }
  // Each file once (by its real path), in a stable order.
  const seen = new Set<string>();
  const unique: string[] = [];
  const sorted = files.map((f) => ({ f, key: path.resolve(f) })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  for (const { f, key } of sorted) {
    let real = key;
    try {
      real = await fs.realpath(f);
    } catch {
      /* a missing file is reported when it is read */
    }
    if (seen.has(real)) continue;
    seen.add(real);
    unique.push(f);
  }
  return { files: unique, unmatched };
}
