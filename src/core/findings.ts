// A finding is one thing a user should look at, in one cell, said in Russian.

export type Severity = 'error' | 'warning' | 'info';

export const SEVERITY_ORDER: Severity[] = ['error', 'warning', 'info'];

export const SEVERITY_RU: Record<Severity, string> = {
  error: 'ошибка',
  warning: 'предупреждение',
  info: 'сведения',
};

export interface Finding {
  rule: string;
  severity: Severity;
  /** 1-based sheet row, as Excel shows it. */
  row: number;
  /** A1 address of the cell to look at. */
  cell: string;
  message: string;
  /** The register item the finding is about, when there is one. */
  itemId?: string;
  /** The sheet, where findings come from several sheets (the message names it in any case). */
  sheet?: string;
}

const SEVERITY_RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

/** By row, then severity, then rule id, then cell (plain code-unit order: deterministic and cheap). */
export function sortFindings(list: Finding[]): Finding[] {
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return [...list].sort((a, b) => a.row - b.row || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || cmp(a.rule, b.rule) || cmp(a.cell, b.cell));
}

/** «Лист «Приложение 1», ячейка C6» — how every message names its place. */
export const where = (sheet: string, cell: string): string => `Лист «${sheet}», ячейка ${cell}`;

/** The message without its where() prefix, for places that already show the cell. */
export const messageOnly = (f: Finding): string => f.message.replace(/^Лист «[^»]*», ячейка [A-Z]+\d+: /, '');
