// A small, strict argument parser: known options only, values after a space or «=».

export interface ParsedArgs {
  positional: string[];
  flags: Set<string>;
  values: Map<string, string>;
}

/** A problem the user can fix: printed as one line, exit code 2. */
export class CliError extends Error {}

export interface OptionSpec {
  /** Options that take a value, with their aliases: { '-o': '--output' }. */
  valued: string[];
  boolean: string[];
  aliases?: Record<string, string>;
}

export function parseArgs(argv: string[], spec: OptionSpec): ParsedArgs {
  const out: ParsedArgs = { positional: [], flags: new Set(), values: new Map() };
  for (let i = 0; i < argv.length; i++) {
    const raw = argv[i];
    if (raw === '--') {
      out.positional.push(...argv.slice(i + 1));
      break;
    }
    if (!raw.startsWith('-') || raw === '-') {
      out.positional.push(raw);
      continue;
    }
    const eq = raw.indexOf('=');
    const given = eq > 0 ? raw.slice(0, eq) : raw;
    const name = spec.aliases?.[given] ?? given;
    if (spec.boolean.includes(name)) {
      if (eq > 0) throw new CliError(`параметр ${given} не принимает значения (см. --help)`);
      out.flags.add(name);
    } else if (spec.valued.includes(name)) {
      const value = eq > 0 ? raw.slice(eq + 1) : argv[++i];
      if (value === undefined || value === '') throw new CliError(`после ${given} нужно значение (см. --help)`);
      out.values.set(name, value);
    } else {
      throw new CliError(`неизвестный параметр ${given} (см. --help)`);
    }
  }
  return out;
}
