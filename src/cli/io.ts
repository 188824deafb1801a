// Where the CLI prints: injected so tests can run commands in-process and read what was said.

export interface Io {
  out(text: string): void;
  err(text: string): void;
  /** A transient status line for people (stderr, only on a terminal); '' clears it. */
  progress(text: string): void;
}

export function processIo(): Io {
  const tty = Boolean(process.stderr.isTTY);
  let shown = 0;
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    err: (t) => process.stderr.write(`${t}\n`),
    progress: (t) => {
      if (!tty) return;
      process.stderr.write(`\r${t.padEnd(shown)}\r`);
      shown = t.length;
    },
  };
}
