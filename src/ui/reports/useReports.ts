// «Отчёты школ»: the state of the tab and the order of host calls. The engine learns the
// template, checks a report and builds the register (core/templates); io/xlsx/collect-files
// reads the files exactly as `oko collect` does; the host only reads sheets, writes ОКО's own
// sheets and selects cells. Checking never writes and never unprotects anything.
import { useCallback, useEffect, useRef, useState } from 'react';
import { WorkbookHost } from '../../core/host';
import { describeProblem } from '../../core/input-problems';
import { checkFilled, FilledReport } from '../../core/templates/check';
import { learnTemplate } from '../../core/templates/learn';
import type { Collection } from '../../core/templates/collect';
import type { TemplateDescription } from '../../core/templates/description';
import { collectPlan } from '../../core/templates/register-plan';
import { findSavedTemplate, savedTemplatePlan } from '../../core/templates/saved';
import { errorText } from '../components/errors';
import { t } from '../i18n';
import { debounce, fill } from './debounce';
import { fileSource } from './files';

/** JSZip and the lean reader load only when a template or a report is first read. */
const collecting = () => import(/* webpackChunkName: "collect" */ '../../io/xlsx/collect-files');

/** How long the workbook must stay unchanged before a re-check (ms). */
export const RECHECK_DELAY = 800;

export type Mode = 'check' | 'collect';

export interface LearnedTemplate {
  /** Learned from a blank file picked, from the open workbook as the blank, or read from the description saved in it. */
  source: 'file' | 'book' | 'saved';
  /** The blank file's name (source 'file' only). */
  file: string | null;
  template: TemplateDescription;
  /** This description is saved in the open workbook («ОКО_шаблон»). */
  inBook: boolean;
}

export interface CollectProgress {
  index: number;
  total: number;
  name: string;
}

export interface CollectOutcome {
  collection: Collection;
  stopped: boolean;
  read: number;
  total: number;
}

export interface ReportsState {
  mode: Mode;
  template: LearnedTemplate | null;
  learning: boolean;
  templateError: string | null;
  checking: boolean;
  report: FilledReport | null;
  checkError: string | null;
  files: File[];
  collecting: boolean;
  progress: CollectProgress | null;
  cancelling: boolean;
  writing: boolean;
  outcome: CollectOutcome | null;
  collectError: string | null;
  saving: boolean;
  saveError: string | null;
}

const initial: ReportsState = {
  mode: 'check',
  template: null,
  learning: false,
  templateError: null,
  checking: false,
  report: null,
  checkError: null,
  files: [],
  collecting: false,
  progress: null,
  cancelling: false,
  writing: false,
  outcome: null,
  collectError: null,
  saving: false,
  saveError: null,
};

const nextTurn = (): Promise<void> => new Promise((r) => setTimeout(r, 0));


export function useReports(host: WorkbookHost) {
  const [state, setState] = useState<ReportsState>(initial);
  const patch = useCallback((p: Partial<ReportsState>) => setState((s) => ({ ...s, ...p })), []);
  const templateRef = useRef<TemplateDescription | null>(null);
  templateRef.current = state.template?.template ?? null;
  const cancelRef = useRef(false);
  const checkRun = useRef<{ running: boolean; again: boolean }>({ running: false, again: false });
  const alive = useRef(true);
  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
    };
  }, []);

  /** Reads the open workbook and checks it; a check asked for while one runs runs once more after it. */
  const check = useCallback(async (): Promise<void> => {
    const template = templateRef.current;
    if (!template) return;
    const run = checkRun.current;
    if (run.running) {
      run.again = true;
      return;
    }
    run.running = true;
    patch({ checking: true, checkError: null });
    try {
      do {
        run.again = false;
        const grids = await host.readSheets();
        const report = checkFilled(templateRef.current ?? template, grids);
        if (alive.current) patch({ report, checkError: null });
      } while (run.again && alive.current);
    } catch (e) {
      if (alive.current) patch({ checkError: errorText(e) });
    } finally {
      run.running = false;
      if (alive.current) patch({ checking: false });
    }
  }, [host, patch]);

  const pickTemplate = useCallback(
    async (file: File | undefined, mode: Mode): Promise<void> => {
      if (!file) return;
      patch({ learning: true, templateError: null, report: null, checkError: null, outcome: null, collectError: null, saveError: null });
      try {
        const { loadTemplate } = await collecting();
        const loaded = await loadTemplate(fileSource(file));
        if (!loaded.ok) {
          const error = 'unreadable' in loaded ? describeProblem(file.name, loaded.unreadable) : 'damaged' in loaded ? loaded.damaged : fill(t('templateUnusable'), { file: file.name, reason: loaded.unusable });
          patch({ learning: false, template: null, templateError: error });
          return;
        }
        templateRef.current = loaded.template;
        patch({ learning: false, template: { source: 'file', file: file.name, template: loaded.template, inBook: false } });
        if (mode === 'check') await check();
      } catch (e) {
        patch({ learning: false, template: null, templateError: errorText(e) });
      }
    },
    [check, patch],
  );

  /**
   * The open workbook is the blank (a methodologist preparing it for the schools): the template
   * is learned from its unlocked cells. Nothing is checked: a blank has every input empty.
   */
  const learnFromBook = useCallback(async (): Promise<void> => {
    patch({ learning: true, templateError: null, report: null, checkError: null, outcome: null, collectError: null, saveError: null });
    try {
      const learned = learnTemplate(await host.readInputs());
      if (!learned.ok) {
        patch({ learning: false, template: null, templateError: fill(t('bookUnusable'), { reason: learned.reason }) });
        return;
      }
      templateRef.current = learned.template;
      patch({ learning: false, template: { source: 'book', file: null, template: learned.template, inBook: false } });
    } catch (e) {
      patch({ learning: false, template: null, templateError: errorText(e) });
    }
  }, [host, patch]);

  // A description saved in the open workbook is the template until the user picks a blank.
  useEffect(() => {
    let live = true;
    host
      .readSheets()
      .then((grids) => {
        const saved = findSavedTemplate(grids);
        if (!live || !alive.current || !saved.found) return;
        setState((s) => {
          if (s.template || s.learning) return s; // a blank picked meanwhile wins
          if ('problem' in saved) return { ...s, templateError: saved.problem };
          templateRef.current = saved.template;
          return { ...s, template: { source: 'saved', file: null, template: saved.template, inBook: true } };
        });
      })
      .catch(() => undefined); // nothing saved is readable: the user picks the blank as before
    return () => {
      live = false;
    };
  }, [host]);

  /** Writes the description learned from the blank into the open workbook (a very hidden sheet). */
  const saveTemplate = useCallback(async (): Promise<void> => {
    const template = templateRef.current;
    if (!template) return;
    patch({ saving: true, saveError: null });
    try {
      await host.writePlan({ sheets: [savedTemplatePlan(template)] });
      if (alive.current) setState((s) => (s.template && s.template.template === template ? { ...s, saving: false, template: { ...s.template, inBook: true } } : { ...s, saving: false }));
    } catch (e) {
      if (alive.current) patch({ saving: false, saveError: errorText(e) });
    }
  }, [host, patch]);

  // In Excel, re-check as the user edits, once the first check has run (debounced).
  const checkedOnce = state.report !== null;
  useEffect(() => {
    if (!host.onChanged || !checkedOnce || state.mode !== 'check') return undefined;
    const later = debounce(() => void check(), RECHECK_DELAY);
    const off = host.onChanged(later);
    return () => {
      later.cancel();
      off();
    };
  }, [host, check, checkedOnce, state.mode]);

  const collect = useCallback(async (): Promise<void> => {
    const template = templateRef.current;
    if (!template) {
      patch({ collectError: t('chooseTemplateFirst') });
      return;
    }
    const files = state.files;
    cancelRef.current = false;
    patch({ collecting: true, progress: { index: 0, total: files.length, name: '' }, cancelling: false, outcome: null, collectError: null });
    try {
      const { collectFiles } = await collecting();
      const run = await collectFiles(template, files.map(fileSource), {
        onFile: async (index, total, name) => {
          patch({ progress: { index, total, name } });
          await nextTurn(); // the progress is painted and «Отменить» can be clicked
        },
        stopped: () => cancelRef.current,
      });
      const outcome: CollectOutcome = { collection: run.collection, stopped: run.stopped, read: run.read, total: files.length };
      if (!run.stopped) {
        patch({ writing: true });
        await host.writePlan(collectPlan(run.collection));
      }
      patch({ outcome, collecting: false, writing: false, cancelling: false });
    } catch (e) {
      patch({ collectError: errorText(e), collecting: false, writing: false, cancelling: false });
    }
  }, [host, patch, state.files]);

  return {
    state,
    setMode: (mode: Mode) => patch({ mode }),
    pickTemplate,
    learnFromBook: () => void learnFromBook(),
    saveTemplate: () => void saveTemplate(),
    check: () => void check(),
    setFiles: (files: File[]) => patch({ files, outcome: null, collectError: null, progress: null }),
    collect: () => void collect(),
    cancel: () => {
      cancelRef.current = true;
      patch({ cancelling: true });
    },
    select: (sheet: string, cell: string) => {
      host.select(sheet, cell).catch((e) => patch({ checkError: errorText(e) }));
    },
  };
}
