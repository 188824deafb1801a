// `oko collect --template BLANK.xlsx FILES…`: learn the template from its blank copy, read each
// school's filled copy (one at a time: only its values are kept), and print or write the
// register and the problems. One broken file never stops the others.
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { describeProblem } from '../core/input-problems';
import { Collection, collectJsonChunks, isUnreadFile } from '../core/templates/collect';
import { TemplateDescription } from '../core/templates/description';
import { collectPlan } from '../core/templates/register-plan';
import { collectFiles, loadTemplate as learnTemplateFile, SourceFile } from '../io/xlsx/collect-files';
import { writeNewWorkbook } from '../io/xlsx/new-workbook';
import { CliError, parseArgs } from './args';
import { expandInputs } from './collect-files';
import { readInput, writeOutput } from './files';
import { Io } from './io';
import { printLines } from './print-lines';
import { fileStore } from './spool';

export const COLLECT_HELP = `Использование: oko collect --template БЛАНК.xlsx ФАЙЛЫ… [параметры]

Узнаёт шаблон по его незаполненной копии (незащищённые ячейки защищённых листов — поля для
ввода, подписи слева и заголовки сверху — их названия, проверка данных и форматы — типы),
читает заполненные отчёты ОО и собирает их в один реестр: строка на ОО, столбец на поле,
и для каждого значения — ячейка, откуда оно взято. Сообщает о незаполненных и неверных
значениях, изменённых и переименованных листах шаблона, повторных отчётах одной ОО,
нечитаемых файлах и файлах старого формата .xls.

ФАЙЛЫ — файлы .xlsx, папки (просматриваются со вложенными) и шаблоны имён (*.xlsx, отчёты/**/*.xlsx).

Вместо бланка можно указать книгу, в которую сохранено описание шаблона (лист «ОКО_шаблон»:
вкладка «Отчёты школ» → «Сохранить описание в книге»), например любую копию такого бланка.

Параметры:
  -t, --template ФАЙЛ    незаполненная копия шаблона или книга с сохранённым описанием (обязательно)
  --json                 вывести результат в JSON
  -o, --output ФАЙЛ.xlsx записать реестр, записи таблиц, замечания и поля шаблона в новую книгу
  -h, --help             эта справка

Коды выхода: 0 — сбор выполнен (даже если есть замечания); 2 — шаблон или параметры непригодны.`;

const source = (file: string): SourceFile => ({ name: file, read: () => readInput(file) });

async function loadTemplate(file: string): Promise<{ template: TemplateDescription; saved: boolean }> {
  const loaded = await learnTemplateFile(source(file));
  if (loaded.ok) return { template: loaded.template, saved: loaded.saved };
  if ('unreadable' in loaded) throw new CliError(`шаблон: ${describeProblem(file, loaded.unreadable)}`);
  if ('damaged' in loaded) throw new CliError(`шаблон «${file}»: ${loaded.damaged}`);
  throw new CliError(`шаблон «${file}» непригоден: ${loaded.unusable}.`);
}

async function realPath(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return path.resolve(p);
  }
}

function plural(n: number, one: string, few: string, many: string): string {
  const m10 = n % 10;
  const m100 = n % 100;
  const w = m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many;
  return `${n} ${w}`;
}

/** The summary for people, a line at a time (a big collection's problems are read from disk). */
function* summaryLines(templateFile: string, saved: boolean, c: Collection): Generator<string> {
  const t = c.template;
  let errors = 0;
  let unread = 0;
  for (const p of c.problems) {
    if (p.severity === 'error') errors++;
    if (isUnreadFile(p)) unread++;
  }
  yield `Шаблон «${templateFile}»${saved ? ' (описание, сохранённое в книге)' : ''}: ${plural(t.fields.length, 'поле', 'поля', 'полей')}${t.tables.length ? `, ${plural(t.tables.length, 'таблица', 'таблицы', 'таблиц')}` : ''} на ${plural(t.sheets.length, 'листе', 'листах', 'листах')} (отпечаток ${t.fingerprint}).`;
  yield `Файлов: ${c.files.length}; прочитано: ${c.rows.length}; не прочитано: ${unread}; записей в таблицах: ${c.records.length}.`;
  yield `Замечаний: ${c.problems.length} (ошибок ${errors}, предупреждений ${c.problems.length - errors}).`;
  let file = '';
  for (const p of c.problems) {
    if (p.file !== file) {
      file = p.file;
      yield '';
      yield `${file}${p.school ? ` — ${p.school}` : ''}:`;
    }
    yield `  [${p.problem}] ${p.message}`;
  }
}

export async function collectCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    valued: ['--template', '--output'],
    boolean: ['--json', '--help'],
    aliases: { '-t': '--template', '-o': '--output', '-h': '--help' },
  });
  if (args.flags.has('--help')) {
    io.out(COLLECT_HELP);
    return 0;
  }
  const templateFile = args.values.get('--template');
  if (!templateFile) throw new CliError('укажите незаполненную копию шаблона: --template БЛАНК.xlsx (oko collect --help)');
  if (args.positional.length === 0) throw new CliError('укажите отчёты ОО: файлы .xlsx, папки или шаблоны имён (oko collect --help)');
  const output = args.values.get('--output');
  if (output && !/\.xlsx$/i.test(output)) throw new CliError(`-o: имя выходного файла должно оканчиваться на .xlsx («${output}»)`);

  io.progress(`Чтение шаблона «${templateFile}»…`);
  const { template, saved } = await loadTemplate(templateFile);
  const expanded = await expandInputs(args.positional);
  // The blank and the output may sit in the folder being collected: they are not reports.
  const skip = new Set([await realPath(templateFile), ...(output ? [await realPath(output)] : [])]);
  const files: string[] = [];
  for (const f of expanded.files) if (!skip.has(await realPath(f))) files.push(f);
  if (files.length === 0) {
    io.progress('');
    throw new CliError(`не найдено ни одного отчёта: ${args.positional.map((a) => `«${a}»`).join(', ')}. Укажите файлы .xlsx или папку с ними.`);
  }
  for (const u of expanded.unmatched) io.err(`oko: «${u}»: ничего не найдено — пропущено.`);

  // Rows, records and problems wait on disk, not in memory, until they are printed or written.
  const store = fileStore();
  try {
    const { collection: result } = await collectFiles(
      template,
      files.map(source),
      { onFile: (i, n, file) => io.progress(`Отчёт ${i} из ${n}: ${path.basename(file)}`), store },
    );
    if (output) {
      io.progress(`Запись «${output}»…`);
      await writeOutput(output, (f) => writeNewWorkbook(collectPlan(result), f), [templateFile, ...files]);
    }
    io.progress('');
    if (args.flags.has('--json')) {
      // In pieces: io.out ends each with a line break, so stdout is exactly the JSON text.
      for (const chunk of collectJsonChunks(result)) io.out(chunk);
    } else {
      printLines(io, summaryLines(templateFile, saved, result));
      if (output) io.out(`\nРеестр и замечания записаны в «${output}».`);
    }
  } finally {
    store.dispose();
  }
  return 0;
}
