// What travels between the add-in and the fake host: queued commands, their sizes, and the
// values a sync sends back (as JSON copies, like the real wire).

/**
 * Bytes one queued action adds to a request besides its arguments: its own JSON and the
 * object paths it goes through (getItem → getRange → format → fill …), about 200 in Office.js.
 */
export const ACTION_OVERHEAD = 200;

export interface Stage {
  /** Delivers a loaded value to a proxy if (and only if) the whole batch succeeds. */
  deliver(bytes: number, apply: () => void): void;
}

export interface Command {
  location: string;
  /** Requirement set version the action needs (ExcelApi). */
  version: string;
  bytes: number;
  run(stage: Stage): void;
}

export interface SyncStat {
  requestBytes: number;
  responseBytes: number;
  actions: number;
  error?: string;
}

// TextEncoder, not Buffer: the fake also runs in the browser under the task pane (tests/e2e/pane).
const encoder = new TextEncoder();
export const utf8 = (s: string): number => encoder.encode(s).length;

/** The JSON a value travels as, and its size: what the host sends back is a copy. */
export function transport(v: unknown): { copy: unknown; bytes: number } {
  if (v === undefined) return { copy: undefined, bytes: 0 };
  const json = JSON.stringify(v);
  return { copy: JSON.parse(json), bytes: utf8(json) };
}
