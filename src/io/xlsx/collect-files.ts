// The step every host repeats for each school's file, and the loop around it: read the file
// lean (JSZip only: this runs in the CLI and in the browser), check it against the template,
// hand the report to the Collector. One broken file never stops the others: it becomes a
// problem row. The CLI, the task pane and the web page all collect through here.
import { describeProblem, InputProblem } from '../../core/input-problems';
import { checkFilled } from '../../core/templates/check';
import { Collection, CollectionStore, Collector } from '../../core/templates/collect';
import { TemplateDescription } from '../../core/templates/description';
import { learnTemplate } from '../../core/templates/learn';
import { findSavedTemplate } from '../../core/templates/saved';
import { InputError } from './input-error';
import { readLean } from './lean-read';

/** A file to read: its name as the user knows it, and how to get its bytes (may throw InputError). */
export interface SourceFile {
  name: string;
  read(): Promise<Uint8Array>;
}

export type TemplateLoad =
  /** saved: read from the description saved in the workbook («ОКО_шаблон»), not learned. */
  | { ok: true; template: TemplateDescription; saved: boolean }
  /** The file could not be read at all. */
  | { ok: false; unreadable: InputProblem }
  /** It was read, but is no template: no inputs on it. */
  | { ok: false; unusable: string }
  /** It carries a saved description that cannot be used: a Russian sentence. */
  | { ok: false; damaged: string };

/**
 * The template of a workbook: the description saved in it when there is one (a blank the
 * district saved it into, or any copy of that blank, filled or not), else learned from it as a
 * blank copy. Errors other than an unreadable file are thrown.
 */
export async function loadTemplate(file: SourceFile): Promise<TemplateLoad> {
  let grids;
  try {
    grids = (await readLean(await file.read())).sheets;
  } catch (e) {
    if (e instanceof InputError) return { ok: false, unreadable: e.problem };
    throw e;
  }
  const saved = findSavedTemplate(grids);
  if (saved.found) return 'template' in saved ? { ok: true, template: saved.template, saved: true } : { ok: false, damaged: saved.problem };
  const learned = learnTemplate(grids);
  return learned.ok ? { ok: true, template: learned.template, saved: false } : { ok: false, unusable: learned.reason };
}

const UNSUPPORTED: InputProblem['kind'][] = ['xls', 'macro-enabled', 'external-links', 'encrypted'];

/** Reads, checks and adds one school's file; whatever goes wrong becomes that file's problem. */
export async function collectFile(collector: Collector, file: SourceFile): Promise<void> {
  const name = file.name;
  try {
    const { sheets } = await readLean(await file.read());
    collector.add(name, checkFilled(collector.template, sheets));
  } catch (e) {
    if (e instanceof InputError) {
      const unsupported = UNSUPPORTED.includes(e.problem.kind) || (e.problem.kind === 'not-found' && /\.xls$/i.test(name));
      collector.fail(name, unsupported ? 'file.unsupported-format' : 'file.unreadable', describeProblem(name, e.problem));
    } else {
      collector.fail(name, 'file.unreadable', `Файл «${name}» не удалось прочитать (${e instanceof Error ? e.message : String(e)}). Откройте его в Excel и сохраните заново как .xlsx.`);
    }
  }
}

export interface CollectOptions {
  /** Before each file (1-based index): progress; awaited, so a UI can paint between files. */
  onFile?(index: number, total: number, name: string): void | Promise<void>;
  /** Asked after each file: true stops there (the files read so far are kept). */
  stopped?(): boolean;
  /** Where rows, records and problems are kept: arrays unless given (the CLI keeps them on disk). */
  store?: CollectionStore;
}

export interface CollectRun {
  collection: Collection;
  /** Files read before a stop (all of them when not stopped). */
  read: number;
  stopped: boolean;
}

/** Reads the files one at a time, in the order given: only each school's values are kept. */
export async function collectFiles(template: TemplateDescription, files: readonly SourceFile[], opts: CollectOptions = {}): Promise<CollectRun> {
  const collector = new Collector(template, opts.store);
  let read = 0;
  let stopped = false;
  for (let i = 0; i < files.length; i++) {
    if (opts.stopped?.()) {
      stopped = true;
      break;
    }
    await opts.onFile?.(i + 1, files.length, files[i].name);
    await collectFile(collector, files[i]);
    read++;
  }
  return { collection: collector.finish(), read, stopped };
}
