// Runs the oko CLI in-process and collects what it prints.
import { main } from '../../src/cli/oko';

/** Every io.out / io.err call kept separately, and how long the command took. */
export interface CliCalls {
  code: number;
  out: string[];
  err: string[];
  ms: number;
}

export async function runCliCalls(argv: string[]): Promise<CliCalls> {
  const out: string[] = [];
  const err: string[] = [];
  const t0 = Date.now();
  const utf8 = new TextDecoder();
  const code = await main(argv, {
    out: (t) => out.push(t),
    // Bytes end with a line break, where out() adds one: the same text once joined into lines.
    outBytes: (b) => out.push(utf8.decode(b).replace(/\n$/, '')),
    err: (t) => err.push(t),
    progress: () => undefined,
  });
  return { code, out, err, ms: Date.now() - t0 };
}

export interface CliRun {
  code: number;
  out: string;
  err: string;
}

/** The command's output as a person sees it: the calls joined into lines. */
export async function runCli(argv: string[]): Promise<CliRun> {
  const r = await runCliCalls(argv);
  return { code: r.code, out: r.out.join('\n'), err: r.err.join('\n') };
}
