// Where the CLI prints: injected so tests can run commands in-process and read what was said.

export interface Io {
  /** A line (or lines) of output; a line break is added. */
  out(text: string): void;
  /** Output already encoded as UTF-8, ending with a line break: see printLines(). */
  outBytes(bytes: Uint8Array): void;
  err(text: string): void;
  /** A transient status line for people (stderr, only on a terminal); '' clears it. */
  progress(text: string): void;
}

export function processIo(): Io {
  const tty = Boolean(process.stderr.isTTY);
  let shown = 0;
  return {
    out: (t) => process.stdout.write(`${t}\n`),
    outBytes: (b) => process.stdout.write(b),
    err: (t) => process.stderr.write(`${t}\n`),
    progress: (t) => {
      if (!tty) return;
      process.stderr.write(`\r${t.padEnd(shown)}\r`);
      shown = t.length;
    },
  };
}
