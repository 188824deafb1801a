// The roadmap panel's state and the order of host calls. No rule is decided here: the engine
// (core) reads and checks, the host (Excel or a file) moves data.
import { useCallback, useEffect, useRef } from 'react';
import { errorText } from '../components/errors';
import { usePanelState } from '../components/usePanelState';
import { localDay } from '../../core/dates';
import { isHostProblem, SheetInfo, WorkbookHost } from '../../core/host';
import { describeProblem } from '../../core/input-problems';
import { analyseRoadmap, RoadmapAnalysis } from '../../core/roadmap/analyse';
import { markPlan } from '../../core/roadmap/marks';
import { isOwnSheet } from '../../core/own-sheets';
import { REGISTER_SHEET, roadmapPlan } from '../../core/roadmap/register-plan';
import { StringKey, t } from '../i18n';

export type PendingAction = 'mark' | 'unmark';

export interface RoadmapState {
  sheets: SheetInfo[];
  sheet: string;
  busy: StringKey | null;
  analysis: RoadmapAnalysis | null;
  notice: string | null;
  error: string | null;
  /** Set while the password dialog is open: the action waiting for the password. */
  passwordFor: PendingAction | null;
  passwordWrong: boolean;
}



export function useRoadmap(host: WorkbookHost, bookName: string) {
  const { state, patch, step } = usePanelState<RoadmapState>({
    sheets: [],
    sheet: '',
    busy: null,
    analysis: null,
    notice: null,
    error: null,
    passwordFor: null,
    passwordWrong: false,
  });
  const sheetRef = useRef('');
  sheetRef.current = state.sheet;

  useEffect(() => {
    let alive = true;
    host.listSheets().then(
      (sheets) => {
        if (!alive) return;
        const mine = sheets.filter((s) => !isOwnSheet(s.name));
        const active = mine.find((s) => s.active) ?? mine[0];
        patch({ sheets: mine, sheet: active?.name ?? '' });
      },
      (e) => alive && patch({ error: errorText(e) }),
    );
    return () => {
      alive = false;
    };
  }, [host, patch]);


  const analyse = useCallback(async (): Promise<RoadmapAnalysis> => {
    const out = analyseRoadmap(await host.readSheets(), { sheet: sheetRef.current || undefined, today: localDay(new Date()) });
    if (!out.ok) throw new Error(describeProblem(bookName, out.problem));
    return out.analysis;
  }, [host, bookName]);

  const build = useCallback(
    () =>
      step('writing', async () => {
        const analysis = await analyse();
        const typed = await host.readRegisterTracking(REGISTER_SHEET);
        await host.writePlan(roadmapPlan(analysis, typed));
        patch({ analysis });
        return t('registerWritten');
      }),
    [analyse, host, patch, step],
  );

  const runProtected = useCallback(
    async (action: PendingAction, password?: string) => {
      await step(action === 'mark' ? 'marking' : 'unmarking', async () => {
        try {
          if (action === 'mark') {
            const analysis = state.analysis ?? (await analyse());
            patch({ analysis });
            await host.mark(markPlan(analysis), password);
          } else {
            await host.unmark(sheetRef.current, password);
          }
        } catch (e) {
          if (isHostProblem(e)) {
            patch({ passwordFor: action, passwordWrong: e.kind === 'password-wrong' });
            return null;
          }
          throw e;
        }
        patch({ passwordFor: null, passwordWrong: false });
        return t(action === 'mark' ? 'marked' : 'unmarked');
      });
    },
    [analyse, host, patch, state.analysis, step],
  );

  return {
    state,
    selectSheet: (sheet: string) => patch({ sheet, analysis: null, notice: null, error: null }),
    build,
    mark: () => runProtected('mark'),
    unmark: () => runProtected('unmark'),
    submitPassword: (password: string) => state.passwordFor && runProtected(state.passwordFor, password),
    cancelPassword: () => patch({ passwordFor: null, passwordWrong: false }),
    select: (cell: string) => {
      host.select(sheetRef.current, cell).catch((e) => patch({ error: errorText(e) }));
    },
  };
}
