// Runs the oko CLI in-process and collects what it prints.
import { main } from '../../src/cli/oko';

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

export async function runCli(argv: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (t) => out.push(t), err: (t) => err.push(t), progress: () => undefined });
  return { code, out: out.join('\n'), err: err.join('\n') };
}
