// The «Показатели» panel's state and the order of host calls: read the workbook, let the user
// tick registers and indicators, build the summary (Сводная, Пороги if absent, Риски, Замечания
// к реестрам), show the risks and go to a school's figure. The engine (core) decides; the host
// (Excel or a file) moves data.
import { useCallback, useEffect, useMemo } from 'react';
import { errorText, UserMessage } from '../components/errors';
import { usePanelState } from '../components/usePanelState';
import { Finding } from '../../core/findings';
import { WorkbookHost } from '../../core/host';
import { analyseIndicators, IndicatorAnalysis, IndicatorInfo } from '../../core/indicators/analyse';
import { findRegisters } from '../../core/indicators/registers';
import { indicatorsPlan, SummaryLayout } from '../../core/indicators/summary-plan';
import { isThresholdsSheet, THRESHOLDS_SHEET } from '../../core/indicators/thresholds-sheet';
import { Risk } from '../../core/indicators/thresholds';
import { StringKey, t } from '../i18n';
import { afterBuild, applicable, Discovery, discoveryOf, RegisterRow, summaryCell, usersSheets } from './selection';

export interface BuiltSummary {
  analysis: IndicatorAnalysis;
  layout: SummaryLayout;
  /** The workbook had no `Пороги` sheet: ОКО created it with the defaults. */
  thresholdsCreated: boolean;
}

export interface IndicatorsState {
  busy: StringKey | null;
  error: string | null;
  notice: string | null;
  discovery: Discovery | null;
  /** Registers (by sheet) and indicators (by id) the user unticked: everything else is in. */
  offRegisters: ReadonlySet<string>;
  offIndicators: ReadonlySet<string>;
  built: BuiltSummary | null;
  /** The cell last gone to, for hosts that cannot select (a file) and for screen readers. */
  shown: { sheet: string; cell: string } | null;
}

const toggled = (set: ReadonlySet<string>, key: string, on: boolean): ReadonlySet<string> => {
  const next = new Set(set);
  if (on) next.delete(key);
  else next.add(key);
  return next;
};

export function useIndicators(host: WorkbookHost) {
  const { state, stateRef, patch, step } = usePanelState<IndicatorsState>({
    busy: null,
    error: null,
    notice: null,
    discovery: null,
    offRegisters: new Set(),
    offIndicators: new Set(),
    built: null,
    shown: null,
  });


  const read = useCallback(
    () =>
      step('readingBook', async () => {
        const grids = usersSheets(await host.readSheets());
        patch({ discovery: discoveryOf(analyseIndicators(grids)) });
        return null;
      }),
    [host, patch, step],
  );

  useEffect(() => {
    void read();
  }, [read]);

  const registers: RegisterRow[] = state.discovery?.registers ?? [];
  const chosenRegisters = useMemo(() => registers.filter((r) => !state.offRegisters.has(r.sheet)), [registers, state.offRegisters]);
  const offered: IndicatorInfo[] = useMemo(() => applicable(state.discovery?.indicators ?? [], chosenRegisters), [state.discovery, chosenRegisters]);
  const chosenIndicators = useMemo(() => offered.filter((i) => !state.offIndicators.has(i.id)), [offered, state.offIndicators]);

  const build = useCallback(
    () =>
      step('writingSummary', async () => {
        const { offRegisters, discovery } = stateRef.current;
        const ids = chosenIndicators.map((i) => i.id);
        // The workbook as it is now: the user may have edited it since it was read.
        const grids = usersSheets(await host.readSheets());
        const found = findRegisters(grids.filter((g) => !isThresholdsSheet(g)));
        const chosen = found.registers.filter((r) => !offRegisters.has(r.sheet));
        if (chosen.length === 0) throw new UserMessage(t('noRegisterChosen'));
        if (ids.length === 0) throw new UserMessage(t('noIndicatorChosen'));
        const analysis: IndicatorAnalysis = { ...analyseIndicators(grids, { registers: chosen, indicators: ids }), unrecognised: found.unrecognised };
        const { plan, layout } = indicatorsPlan(analysis, grids);
        const thresholdsCreated = plan.sheets.some((s) => s.name === THRESHOLDS_SHEET);
        await host.writePlan(plan);
        patch({ built: { analysis, layout, thresholdsCreated }, discovery: afterBuild(discovery, found, analysis), shown: null });
        return `${t('summaryWritten')} ${t(thresholdsCreated ? 'thresholdsCreated' : 'thresholdsKept')}`;
      }),
    [chosenIndicators, host, patch, step],
  );

  const goTo = useCallback(
    (sheet: string, cell: string) => {
      patch({ shown: { sheet, cell } });
      host.select(sheet, cell).catch((e) => patch({ error: errorText(e) }));
    },
    [host, patch],
  );

  return {
    state,
    chosenRegisters,
    offered,
    chosenIndicators,
    read,
    build,
    tickRegister: (sheet: string, on: boolean) => patch((s) => ({ offRegisters: toggled(s.offRegisters, sheet, on) })),
    tickIndicator: (id: string, on: boolean) => patch((s) => ({ offIndicators: toggled(s.offIndicators, id, on) })),
    tickAllIndicators: (on: boolean) => patch((s) => ({ offIndicators: on ? new Set() : new Set([...s.offIndicators, ...offered.map((i) => i.id)]) })),
    /** A risk's school in `Сводная`: its figure of that indicator. */
    goToRisk: (risk: Risk) => {
      const built = stateRef.current.built;
      const cell = built && summaryCell(built.layout, risk.school, risk.indicator);
      if (built && cell) goTo(built.layout.sheet, cell);
    },
    goToFinding: (f: Finding) => f.sheet && goTo(f.sheet, f.cell),
  };
}
