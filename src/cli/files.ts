// Reading input files and writing output files for the CLI. Inputs are opened read-only;
// an output never replaces an input and is written whole or not at all.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../io/xlsx/input-error';
import { LIMITS } from '../io/xlsx/limits';
import { CliError } from './args';

export async function readInput(file: string): Promise<Uint8Array> {
  let stat;
  try {
    stat = await fs.stat(file);
  } catch {
    throw new InputError({ kind: 'not-found' });
  }
  if (!stat.isFile()) throw new InputError({ kind: 'not-a-file' });
  if (stat.size > LIMITS.fileBytes) throw new InputError({ kind: 'too-large', bytes: stat.size, limit: LIMITS.fileBytes });
  const bytes = await fs.readFile(file);
  // A view of the buffer read, not a copy: thousands of reports are read one after another.
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

async function realOrResolved(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

/** `content`: the bytes, or a writer that fills the file it is given (a workbook streamed as it is made). */
export async function writeOutput(out: string, content: Uint8Array | ((file: string) => Promise<void>), inputs: string[]): Promise<void> {
  const target = await realOrResolved(out);
  for (const input of inputs) {
    if ((await realOrResolved(input)) === target) {
      throw new CliError(`-o: «${out}» — это входной файл; ОКО не изменяет входные файлы. Укажите другое имя.`);
    }
  }
  if (!/\.xlsx$/i.test(out)) throw new CliError(`-o: имя выходного файла должно оканчиваться на .xlsx («${out}»)`);
  const tmp = path.join(path.dirname(target), `.${path.basename(target)}.${process.pid}.tmp`);
  try {
    if (typeof content === 'function') await content(tmp);
    else await fs.writeFile(tmp, content);
    await fs.rename(tmp, target);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const reason = e instanceof Error && 'code' in e ? String((e as NodeJS.ErrnoException).code) : 'ошибка записи';
    throw new CliError(`-o: не удалось записать «${out}» (${reason}). Проверьте папку и права доступа.`);
  }
}
