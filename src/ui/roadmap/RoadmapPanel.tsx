import {
  Body1,
  Button,
  Caption1,
  Dropdown,
  Field,
  Option,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { toRu } from '../../core/dates';
import { WorkbookHost } from '../../core/host';
import { FindingsList } from '../components/FindingsList';
import { PanelStatus } from '../components/PanelStatus';
import { PasswordDialog } from '../components/PasswordDialog';
import { RegisterPreview } from '../components/RegisterPreview';
import { t } from '../i18n';
import { useRoadmap } from './useRoadmap';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

export interface RoadmapPanelProps {
  host: WorkbookHost;
  /** How messages name the workbook: the file name on the web page, «книга» in Excel. */
  bookName: string;
}

/** «Дорожная карта»: choose the sheet, build the register, see and mark the findings. */
export function RoadmapPanel({ host, bookName }: RoadmapPanelProps) {
  const styles = useStyles();
  const { state, selectSheet, build, mark, unmark, submitPassword, cancelPassword, select } = useRoadmap(host, bookName);
  const busy = state.busy !== null;
  const a = state.analysis;
  return (
    <section className={styles.root} aria-label={t('roadmapTab')} aria-busy={busy}>
      <Field label={t('sheetLabel')}>
        <Dropdown
          value={state.sheet}
          selectedOptions={state.sheet ? [state.sheet] : []}
          onOptionSelect={(_e, d) => d.optionValue && selectSheet(d.optionValue)}
          disabled={busy || state.sheets.length === 0}
        >
          {state.sheets.map((s) => (
            <Option key={s.name} value={s.name}>
              {s.name}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.actions}>
        <Button appearance="primary" onClick={build} disabled={busy || !state.sheet}>
          {a ? t('rebuild') : t('build')}
        </Button>
        <Button onClick={mark} disabled={busy || !state.sheet}>
          {t('highlight')}
        </Button>
        <Button onClick={unmark} disabled={busy || !state.sheet}>
          {t('unhighlight')}
        </Button>
      </div>
      <PanelStatus state={state} />
      {a && (
        <div className={styles.summary} data-testid="roadmap-summary">
          <Body1>
            {t('summaryItems')}: <strong>{a.roadmap.items.length}</strong>
          </Body1>
          <Caption1>
            {t('summaryPeriod')}: {toRu(a.roadmap.period.start)} – {toRu(a.roadmap.period.end)} {a.roadmap.periodOrigin === 'assumed' ? t('summaryAssumed') : ''}
          </Caption1>
        </div>
      )}
      {a && <RegisterPreview items={a.roadmap.items} />}
      {a && a.findings.length === 0 && <Body1>{t('noFindings')}</Body1>}
      {a && a.findings.length > 0 && <FindingsList findings={a.findings} onSelect={select} />}
      <PasswordDialog open={state.passwordFor !== null} sheet={state.sheet} wrong={state.passwordWrong} onSubmit={(p) => void submitPassword(p)} onCancel={cancelPassword} />
    </section>
  );
}
