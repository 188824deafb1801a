// The `oko` command: dispatches to a subcommand and turns every user-facing failure into
// one Russian line on stderr and exit code 2 — never a stack trace.
import { CliError } from './args';
import { Io, processIo } from './io';

// Commands are loaded when run: ExcelJS alone takes half a second to load, and `oko collect
// --json` never needs it.
const helpText = (roadmapHelp: string): string => `ОКО — реестры и проверки для мониторинга качества образования.

Использование: oko КОМАНДА [параметры]

Команды:
  roadmap      дорожная карта: реестр мероприятий и замечания (oko roadmap --help)
  indicators   показатели ОО по реестрам результатов, пороги и риски (oko indicators --help)
  collect      собрать отчёты ОО по защищённому шаблону в один реестр (oko collect --help)

${roadmapHelp.split('\n')[0]}`;

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case 'roadmap':
        return await (await import('./roadmap-command')).roadmapCommand(rest, io);
      case 'indicators':
        return await (await import('./indicators-command')).indicatorsCommand(rest, io);
      case 'collect':
        return await (await import('./collect-command')).collectCommand(rest, io);
      case undefined:
      case '-h':
      case '--help':
      case 'help':
        io.out(helpText((await import('./roadmap-command')).ROADMAP_HELP));
        return command === undefined ? 2 : 0;
      default:
        throw new CliError(`неизвестная команда «${command}» (oko --help)`);
    }
  } catch (e) {
    if (e instanceof CliError) {
      io.err(`oko: ${e.message}`);
      return 2;
    }
    io.err(`oko: внутренняя ошибка ОКО: ${e instanceof Error ? e.message : String(e)}. Сообщите разработчикам, приложив файл.`);
    return 1;
  }
}
