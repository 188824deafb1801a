import { Caption1, MessageBar, MessageBarBody, MessageBarTitle, ProgressBar } from '@fluentui/react-components';
import { t } from '../i18n';
import { StepState } from './usePanelState';

/** A step's failure, said as the engine or the host worded it. */
export function ErrorBar({ text, className }: { text: string; className?: string }) {
  return (
    <MessageBar className={className} layout="multiline" intent="error" role="alert">
      <MessageBarBody>
        <MessageBarTitle>{t('errorTitle')}</MessageBarTitle>
        {text}
      </MessageBarBody>
    </MessageBar>
  );
}

/** The panel's running step (a progress bar and its label), its last error and its last notice. */
export function PanelStatus({ state }: { state: StepState }) {
  return (
    <>
      {state.busy && <ProgressBar aria-label={t(state.busy)} />}
      {state.busy && <Caption1 role="status">{t(state.busy)}</Caption1>}
      {state.error && <ErrorBar text={state.error} />}
      {state.notice && (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{state.notice}</MessageBarBody>
        </MessageBar>
      )}
    </>
  );
}
