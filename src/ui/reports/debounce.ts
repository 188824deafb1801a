// A trailing debounce: many calls within `ms` run the action once, `ms` after the last call.
// The report check re-reads the workbook only when the user stops typing for a moment.

export interface Debounced {
  (): void;
  /** Drops a pending call (the panel is closing, or a check is starting anyway). */
  cancel(): void;
}

export function debounce(action: () => void, ms: number): Debounced {
  let timer: ReturnType<typeof setTimeout> | null = null;
  const run = (() => {
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      action();
    }, ms);
  }) as Debounced;
  run.cancel = () => {
    if (timer !== null) clearTimeout(timer);
    timer = null;
  };
  return run;
}

/** «Файл {i} из {n}» with its values put in; unknown names become empty. */
export const fill = (template: string, vars: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (_m, k: string) => (k in vars ? String(vars[k]) : ''));

/** «Лист «Отчёт ОО», ячейка D16: …» → «…»: the list shows the place itself. */
export const withoutPlace = (message: string): string => message.replace(/^Лист «[^»]*», ячейка [A-Z]+\d+: /, '');
