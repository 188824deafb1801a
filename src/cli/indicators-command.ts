// `oko indicators FILE.xlsx`: find the result registers, compute every indicator per school
// and for the district, flag the schools over the thresholds; print a report or JSON, and
// optionally write a copy of the workbook with the summary, thresholds and risk sheets.
import { describeProblem } from '../core/input-problems';
import { analyseIndicators } from '../core/indicators/analyse';
import { indicatorsJson } from '../core/indicators/json';
import { indicatorsPlan } from '../core/indicators/summary-plan';
import { FileHost } from '../io/xlsx/file-host';
import { InputError } from '../io/xlsx/input-error';
import { CliError, parseArgs } from './args';
import { readInput, writeOutput } from './files';
import { formatIndicatorsSummary } from './indicators-summary';
import { Io } from './io';

export const INDICATORS_HELP = `Использование: oko indicators ФАЙЛ.xlsx [параметры]

Находит в книге реестры результатов (ВПР, ОГЭ, ЕГЭ, медалисты), считает показатели по каждой
ОО и по району, место ОО и риски по порогам листа «Пороги» (или порогам по умолчанию).

Параметры:
  --indicators КОДЫ      только эти показатели, через запятую (например, vpr.fail,vpr.quality)
  --json                 вывести результат в JSON
  -o, --output ФАЙЛ.xlsx записать копию книги с листами «Сводная», «Пороги», «Риски»
  -h, --help             эта справка

Коды выхода: 0 — расчёт выполнен (даже если есть замечания); 2 — файл или параметры непригодны.`;

export async function indicatorsCommand(argv: string[], io: Io): Promise<number> {
  const args = parseArgs(argv, { valued: ['--output', '--indicators'], boolean: ['--json', '--help'], aliases: { '-o': '--output', '-h': '--help' } });
  if (args.flags.has('--help')) {
    io.out(INDICATORS_HELP);
    return 0;
  }
  if (args.positional.length !== 1) throw new CliError('укажите один файл .xlsx с реестрами результатов (oko indicators --help)');
  const [file] = args.positional;
  const output = args.values.get('--output');
  const indicators = args.values.get('--indicators')?.split(',').map((s) => s.trim()).filter((s) => s !== '');

  let host: FileHost;
  try {
    io.progress(`Чтение «${file}»…`);
    host = await FileHost.open(await readInput(file));
  } catch (e) {
    io.progress('');
    if (!(e instanceof InputError)) throw e;
    io.err(`oko: ${describeProblem(file, e.problem)}`);
    return 2;
  }
  io.progress(`Расчёт показателей «${file}»…`);
  const grids = await host.readSheets();
  const analysis = analyseIndicators(grids, { indicators });
  io.progress('');
  if (analysis.registers.length === 0) {
    io.err(`oko: ${describeProblem(file, { kind: 'no-register', reasons: analysis.unrecognised })}`);
    return 2;
  }
  if (output) {
    io.progress(`Запись «${output}»…`);
    await host.writePlan(indicatorsPlan(analysis, grids).plan);
    await writeOutput(output, await host.download(), [file]);
    io.progress('');
  }
  if (args.flags.has('--json')) io.out(JSON.stringify(indicatorsJson(analysis), null, 2));
  else {
    io.out(formatIndicatorsSummary(file, analysis));
    if (output) io.out(`\n  Сводная, пороги и риски записаны в «${output}» (копия книги; исходный файл не изменён).`);
  }
  return 0;
}
