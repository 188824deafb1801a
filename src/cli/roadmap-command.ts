// `oko roadmap FILE.xlsx…`: read each workbook, check its roadmap, print a summary or JSON,
// and optionally write the register workbook.
import { describeProblem } from '../core/input-problems';
import { analyseRoadmap, RoadmapAnalysis } from '../core/roadmap/analyse';
import { roadmapJsonLines } from '../core/roadmap/json';
import { roadmapPlan } from '../core/roadmap/register-plan';
import { writeNewWorkbook } from '../io/xlsx/new-workbook';
import { InputError } from '../io/xlsx/input-error';
import { readWorkbook } from '../io/xlsx/read-workbook';
import { CliError, parseArgs } from './args';
import { parseDayOption, parsePeriodOption, todayLocal } from './dates';
import { readInput, writeOutput } from './files';
import { Io } from './io';
import { printLines } from './print-lines';
import { formatSummary } from './summary';

export const ROADMAP_HELP = `Использование: oko roadmap ФАЙЛ.xlsx… [параметры]

Читает дорожную карту из книги Excel, строит реестр мероприятий и проверяет его.

Параметры:
  --sheet ИМЯ            лист с дорожной картой (по умолчанию — первый подходящий)
  --period НАЧАЛО..КОНЕЦ период программы, например 2020-09-01..2021-08-31
                         (по умолчанию — из заголовка листа)
  --today ГГГГ-ММ-ДД     дата, на которую проверяются сроки (по умолчанию — сегодня)
  --approved ГГГГ-ММ-ДД  дата утверждения плана (по умолчанию — дата приказа в шапке)
  --json                 вывести результат в JSON
  -o, --output ФАЙЛ.xlsx записать новую книгу с реестром и замечаниями
  -h, --help             эта справка

Коды выхода: 0 — проверка выполнена (даже если есть замечания); 2 — файл или параметры непригодны.`;

export async function roadmapCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, {
    valued: ['--sheet', '--period', '--today', '--approved', '--output'],
    boolean: ['--json', '--help'],
    aliases: { '-o': '--output', '-h': '--help' },
  });
  if (args.flags.has('--help')) {
    io.out(ROADMAP_HELP);
    return 0;
  }
  const files = args.positional;
  if (files.length === 0) throw new CliError('укажите файл .xlsx с дорожной картой (oko roadmap --help)');
  const output = args.values.get('--output');
  if (output && files.length > 1) throw new CliError('-o можно указать только для одного входного файла');
  const today = args.values.has('--today') ? parseDayOption('--today', args.values.get('--today') as string) : todayLocal();
  const approved = args.values.has('--approved') ? parseDayOption('--approved', args.values.get('--approved') as string) : undefined;
  const period = args.values.has('--period') ? parsePeriodOption(args.values.get('--period') as string) : undefined;
  const json = args.flags.has('--json');

  let printed = 0;
  let failed = false;
  for (const file of files) {
    let analysis: RoadmapAnalysis;
    try {
      io.progress(`Чтение «${file}»…`);
      const { sheets } = await readWorkbook(await readInput(file));
      io.progress(`Проверка «${file}»…`);
      const outcome = analyseRoadmap(sheets, { sheet: args.values.get('--sheet'), period, approved, today });
      if (!outcome.ok) throw new InputError(outcome.problem);
      analysis = outcome.analysis;
    } catch (e) {
      io.progress('');
      if (!(e instanceof InputError)) throw e;
      io.err(`oko: ${describeProblem(file, e.problem)}`);
      failed = true;
      continue;
    }
    io.progress('');
    if (output) {
      io.progress(`Запись «${output}»…`);
      await writeOutput(output, (f) => writeNewWorkbook(roadmapPlan(analysis), f), files);
      io.progress('');
    }
    if (json) {
      // Several files make one JSON array, each file's object streamed out as soon as it is read.
      if (files.length > 1) io.out(printed ? ',' : '[');
      printLines(io, roadmapJsonLines(analysis, files.length > 1 ? file : undefined));
    } else {
      if (printed) io.out('');
      io.out(formatSummary(file, analysis));
      if (output) io.out(`\n  Реестр и замечания записаны в «${output}».`);
    }
    printed++;
  }
  if (json && files.length > 1 && printed) io.out(']');
  return failed ? 2 : 0;
}
