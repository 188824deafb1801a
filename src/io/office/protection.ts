// Writing on a sheet the user protected: the password is asked for, used and forgotten. The
// sheet is unprotected in a batch of its own (so that a wrong password is told apart from any
// other failure and nothing is written), and protected again with exactly the options it had —
// as the last action of the write, or, if the write failed half-way, in a batch of its own.
import { PasswordNeeded, PasswordWrong } from '../../core/host';
import { Batcher } from './chunks';

export interface Protection {
  protected: boolean;
  options: Excel.WorksheetProtectionOptions;
}

/** Queues reading a sheet's protection; null on ExcelApi 1.1, which has no protection API. */
export function queueProtection(ws: Excel.Worksheet, available: boolean): () => Protection | null {
  if (!available) return () => null;
  const p = ws.protection.load('protected,options');
  return () => ({ protected: p.protected, options: p.options });
}

/** Rejects with PasswordNeeded when the sheet is protected and no password was given. */
export function requirePassword(sheet: string, state: Protection | null, password: string | undefined): void {
  if (state?.protected && password === undefined) throw { kind: 'password-needed', sheet } satisfies PasswordNeeded;
}

/** An empty password means «no password» (the task pane's way to say the sheet has none). */
const pw = (password: string | undefined): string | undefined => (password === '' ? undefined : password);

/**
 * Runs `write` (which queues through the Batcher) on a sheet, unprotecting it first if needed.
 * Rejects with PasswordNeeded / PasswordWrong before anything is written.
 */
export async function writeUnprotected(
  ctx: Excel.RequestContext,
  ws: Excel.Worksheet,
  sheet: string,
  state: Protection | null,
  password: string | undefined,
  write: (b: Batcher) => Promise<void>,
): Promise<void> {
  const locked = state?.protected === true;
  if (locked) {
    requirePassword(sheet, state, password);
    ws.protection.unprotect(pw(password));
    try {
      await ctx.sync();
    } catch {
      throw { kind: 'password-wrong', sheet } satisfies PasswordWrong;
    }
  }
  const b = new Batcher(ctx);
  try {
    await write(b);
    if (locked) ws.protection.protect(state.options, pw(password));
    await b.flush();
  } catch (e) {
    if (locked) await protectAgain(ctx, ws, state.options, pw(password));
    throw e;
  }
}

async function protectAgain(ctx: Excel.RequestContext, ws: Excel.Worksheet, options: Excel.WorksheetProtectionOptions, password: string | undefined): Promise<void> {
  try {
    const p = ws.protection.load('protected');
    await ctx.sync();
    if (!p.protected) {
      ws.protection.protect(options, password);
      await ctx.sync();
    }
  } catch {
    // The original error is the one to report.
  }
}
