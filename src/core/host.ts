// The one small interface through which the task pane works on a workbook, whichever host
// holds it: Excel (io/office) or an .xlsx file opened in the browser (io/xlsx). Types only;
// every decision stays in core, the hosts only move data.
import { SheetGrid } from './grid';
import { MarkPlan } from './roadmap/marks';
import { TypedTracking } from './roadmap/tracking';
import { WritePlan } from './plan';

export interface SheetInfo {
  name: string;
  active: boolean;
  protected: boolean;
}

/** Thrown (as a plain object) when a protected sheet needs its password to be written to. */
export interface PasswordNeeded {
  kind: 'password-needed';
  sheet: string;
}

/** The password was wrong: nothing was written. */
export interface PasswordWrong {
  kind: 'password-wrong';
  sheet: string;
}

export type HostProblem = PasswordNeeded | PasswordWrong;

export function isHostProblem(e: unknown): e is HostProblem {
  return typeof e === 'object' && e !== null && ((e as HostProblem).kind === 'password-needed' || (e as HostProblem).kind === 'password-wrong');
}

export interface WorkbookHost {
  readonly kind: 'excel' | 'file';
  /** Sheets in workbook order, the active one flagged. */
  listSheets(): Promise<SheetInfo[]>;
  /** Every sheet as a grid, read in one batch. */
  readSheets(): Promise<SheetGrid[]>;
  /**
   * Every sheet with its unlocked cells and their data validation: the open workbook as a blank
   * to learn a template from. Rejects with a Russian message where the host cannot tell locked
   * cells from unlocked ones (Excel before ExcelApi 1.9).
   */
  readInputs(): Promise<SheetGrid[]>;
  /** What users typed in the tracking columns of an existing register sheet ([] when none). */
  readRegisterTracking(registerSheet: string): Promise<TypedTracking[]>;
  /** Creates or replaces ОКО's own sheets and tables. */
  writePlan(plan: WritePlan): Promise<void>;
  /**
   * Marks cells on a user's sheet (fill + note) and remembers what they looked like before.
   * On a protected sheet: rejects with PasswordNeeded unless a password is given; with it,
   * unprotects, writes and protects again with exactly the same options. Never stores it.
   */
  mark(plan: MarkPlan, password?: string): Promise<void>;
  /** Takes off exactly the marks ОКО made on that sheet (see restorePlan). Same password rules. */
  unmark(sheet: string, password?: string): Promise<void>;
  /** Shows the cell to the user (selects it in Excel). */
  select(sheet: string, cell: string): Promise<void>;
  /**
   * Calls the listener whenever the user changes the workbook; returns the unsubscribe. Absent
   * where the host has no change events (a file on the web page; Excel before ExcelApi 1.9).
   */
  onChanged?(listener: () => void): () => void;
}
