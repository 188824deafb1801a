// A panel's state and its steps: each user action runs as one step with a progress label,
// and whatever goes wrong becomes a message in the panel, never an exception.
import { MutableRefObject, useCallback, useRef, useState } from 'react';
import { StringKey } from '../i18n';
import { errorText } from './errors';

/** What every panel shows about its last step. */
export interface StepState {
  busy: StringKey | null;
  error: string | null;
  notice: string | null;
}

export interface PanelState<S extends StepState> {
  state: S;
  /** The state at the time of reading, for callbacks that must not be re-created on every change. */
  stateRef: MutableRefObject<S>;
  patch: (p: Partial<S> | ((s: S) => Partial<S>)) => void;
  /** Runs `work` with the progress label; its result (if any) is shown as the notice. */
  step: (label: StringKey, work: () => Promise<string | null>) => Promise<void>;
}

export function usePanelState<S extends StepState>(initial: S): PanelState<S> {
  const [state, setState] = useState<S>(initial);
  const stateRef = useRef(state);
  stateRef.current = state;
  const patch = useCallback((p: Partial<S> | ((s: S) => Partial<S>)) => setState((s) => ({ ...s, ...(typeof p === 'function' ? p(s) : p) })), []);
  const step = useCallback(
    async (label: StringKey, work: () => Promise<string | null>) => {
      patch({ busy: label, error: null, notice: null } as Partial<S>);
      try {
        const notice = await work();
        patch({ busy: null, notice } as Partial<S>);
      } catch (e) {
        patch({ busy: null, error: errorText(e) } as Partial<S>);
      }
    },
    [patch],
  );
  return { state, stateRef, patch, step };
}
