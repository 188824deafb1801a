import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarBody,
  ProgressBar,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  shorthands,
  tokens,
} from '@fluentui/react-components';
import { DragEvent, useRef, useState } from 'react';
import { WorkbookHost } from '../../core/host';
import { countWhere } from '../../core/listing';
import { isUnreadFile } from '../../core/templates/collect';
import { ErrorBar } from '../components/PanelStatus';
import { t } from '../i18n';
import { fill } from './debounce';
import { isReportFile } from './files';
import { templateSummary } from '../../core/templates/saved';
import { CheckProblems, CollectedProblems } from './ProblemList';
import { TemplateView } from './TemplateView';
import { Mode, useReports } from './useReports';

const XLSX = '.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  block: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalS, alignItems: 'flex-start' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  drop: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    alignItems: 'flex-start',
    padding: tokens.spacingHorizontalM,
    ...shorthands.border(tokens.strokeWidthThick, 'dashed', tokens.colorNeutralStroke1),
    borderRadius: tokens.borderRadiusLarge,
    alignSelf: 'stretch',
  },
  dropActive: { ...shorthands.borderColor(tokens.colorBrandStroke1), backgroundColor: tokens.colorBrandBackground2 },
  progress: { alignSelf: 'stretch', display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  wrap: { overflowWrap: 'anywhere' },
  /** Messages take the panel's width and wrap: the blocks otherwise size them to their text. */
  bar: { alignSelf: 'stretch' },
});

export interface ReportsPanelProps {
  host: WorkbookHost;
}

/** «Отчёты школ»: check this workbook against the district's blank, or collect schools' files into a register. */
export function ReportsPanel({ host }: ReportsPanelProps) {
  const styles = useStyles();
  const { state, setMode, pickTemplate, learnFromBook, saveTemplate, check, setFiles, collect, cancel, select } = useReports(host);
  const templateInput = useRef<HTMLInputElement>(null);
  const reportsInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const busy = state.learning || state.collecting;
  const tpl = state.template;
  const report = state.report;
  const outcome = state.outcome;
  const live = Boolean(host.onChanged);
  const chosen = (list: FileList | null | undefined) => setFiles([...(list ?? [])].filter(isReportFile));

  return (
    <section className={styles.root} aria-label={t('reportsTab')} aria-busy={busy || state.checking}>
      <Field label={t('reportsMode')}>
        <RadioGroup layout="horizontal" value={state.mode} onChange={(_e, d) => setMode(d.value as Mode)} disabled={state.collecting}>
          <Radio value="check" label={t('modeCheck')} />
          <Radio value="collect" label={t('modeCollect')} />
        </RadioGroup>
      </Field>

      <div className={styles.block}>
        <Subtitle2 as="h2">{t('templateTitle')}</Subtitle2>
        <Caption1>{t('templateHint')}</Caption1>
        <div className={styles.actions}>
          <Button appearance={tpl ? 'secondary' : 'primary'} onClick={() => templateInput.current?.click()} disabled={busy}>
            {tpl ? t('anotherTemplate') : t('chooseTemplate')}
          </Button>
          <Button onClick={learnFromBook} disabled={busy}>
            {t('learnFromBook')}
          </Button>
        </div>
        <Caption1>{t('learnFromBookHint')}</Caption1>
        <input
          ref={templateInput}
          type="file"
          accept={XLSX}
          hidden
          data-testid="template-input"
          onChange={(e) => {
            void pickTemplate(e.target.files?.[0], state.mode);
            e.target.value = '';
          }}
        />
        {state.learning && <ProgressBar aria-label={t('learningTemplate')} />}
        {state.learning && <Caption1 role="status">{t('learningTemplate')}</Caption1>}
        {tpl && tpl.source !== 'saved' && (
          <Body1 className={styles.wrap} data-testid="template-summary">
            {fill(t(tpl.source === 'book' ? 'templateLearnedFromBook' : 'templateLearned'), {
              file: tpl.file ?? '',
              fields: tpl.template.fields.length,
              tables: tpl.template.tables.length,
              sheets: tpl.template.sheets.length,
            })}
          </Body1>
        )}
        {tpl && tpl.inBook && (
          <MessageBar className={styles.bar} layout="multiline" intent="info" data-testid="template-saved">
            <MessageBarBody>{fill(t('templateSaved'), { summary: templateSummary(tpl.template) })}</MessageBarBody>
          </MessageBar>
        )}
        {tpl && !tpl.inBook && (
          <>
            <Button onClick={saveTemplate} disabled={busy || state.saving}>
              {state.saving ? t('savingTemplate') : t('saveTemplate')}
            </Button>
            <Caption1>{t('saveTemplateHint')}</Caption1>
          </>
        )}
        {state.saveError && <ErrorBar className={styles.bar} text={state.saveError} />}
        {tpl && <TemplateView template={tpl.template} />}
        {state.templateError && <ErrorBar className={styles.bar} text={state.templateError} />}
      </div>

      {state.mode === 'check' && (
        <div className={styles.block} data-testid="report-check">
          <Subtitle2 as="h2">{t('modeCheck')}</Subtitle2>
          <Caption1>{t('checkHint')}</Caption1>
          <div className={styles.actions}>
            <Button appearance={tpl && !report ? 'primary' : 'secondary'} onClick={check} disabled={!tpl || state.checking || state.learning}>
              {report ? t('checkAgain') : t('check')}
            </Button>
            {report && live && <Caption1>{t('liveCheck')}</Caption1>}
          </div>
          {state.checking && <ProgressBar aria-label={t('checking')} />}
          {state.checking && <Caption1 role="status">{t('checking')}</Caption1>}
          {state.checkError && <ErrorBar className={styles.bar} text={state.checkError} />}
          {report && (
            <Body1 className={styles.wrap} data-testid="check-summary">
              {report.school ? `${t('checkedSchool')}: ${report.school}. ` : ''}
              {fill(t('problemsCount'), { n: report.problems.length })}
            </Body1>
          )}
          {report && report.problems.length === 0 && (
            <MessageBar className={styles.bar} layout="multiline" intent="success">
              <MessageBarBody>{t('checkClean')}</MessageBarBody>
            </MessageBar>
          )}
          {report && report.problems.length > 0 && (
            <div style={{ alignSelf: 'stretch' }}>
              <CheckProblems problems={report.problems} onSelect={select} />
            </div>
          )}
        </div>
      )}

      {state.mode === 'collect' && (
        <div className={styles.block} data-testid="report-collect">
          <Subtitle2 as="h2">{t('modeCollect')}</Subtitle2>
          <Caption1>{t('collectHint')}</Caption1>
          <div
            className={`${styles.drop} ${dragging ? styles.dropActive : ''}`}
            data-testid="reports-drop-zone"
            {...(host.kind === 'file'
              ? {
                  onDragOver: (e: DragEvent) => {
                    e.preventDefault();
                    setDragging(true);
                  },
                  onDragLeave: () => setDragging(false),
                  onDrop: (e: DragEvent) => {
                    e.preventDefault();
                    setDragging(false);
                    if (!state.collecting) chosen(e.dataTransfer.files);
                  },
                }
              : {})}
          >
            <Button onClick={() => reportsInput.current?.click()} disabled={state.collecting}>
              {t('chooseReports')}
            </Button>
            {host.kind === 'file' && <Caption1>{t('dropReports')}</Caption1>}
            <input
              ref={reportsInput}
              type="file"
              multiple
              accept={XLSX}
              hidden
              data-testid="reports-input"
              onChange={(e) => {
                chosen(e.target.files);
                e.target.value = '';
              }}
            />
            {state.files.length > 0 && <Body1>{fill(t('reportsChosen'), { n: state.files.length })}</Body1>}
          </div>
          <div className={styles.actions}>
            <Button appearance="primary" onClick={collect} disabled={!tpl || state.files.length === 0 || busy}>
              {t('collect')}
            </Button>
            {state.collecting && !state.writing && (
              <Button onClick={cancel} disabled={state.cancelling}>
                {t('cancelCollect')}
              </Button>
            )}
          </div>
          {!tpl && state.files.length > 0 && <Caption1>{t('chooseTemplateFirst')}</Caption1>}
          {state.progress && (
            <div className={styles.progress}>
              <ProgressBar value={state.progress.total ? state.progress.index / state.progress.total : 0} aria-label={t('modeCollect')} />
              <Caption1 role="status" className={styles.wrap} data-testid="collect-progress">
                {state.writing ? t('writingRegister') : state.cancelling && state.collecting ? t('cancelling') : fill(t('collectProgress'), { i: state.progress.index, n: state.progress.total, name: state.progress.name })}
              </Caption1>
            </div>
          )}
          {state.collectError && <ErrorBar className={styles.bar} text={state.collectError} />}
          {outcome && (
            <MessageBar className={styles.bar} layout="multiline" intent={outcome.stopped ? 'warning' : 'success'} role="status">
              <MessageBarBody>{outcome.stopped ? fill(t('collectCancelled'), { read: outcome.read, n: outcome.total }) : t('collectWritten')}</MessageBarBody>
            </MessageBar>
          )}
          {outcome && !outcome.stopped && (
            <Body1 className={styles.wrap} data-testid="collect-counts">
              {fill(t('collectCounts'), {
                files: outcome.collection.files.length,
                rows: outcome.collection.rows.length,
                unread: countWhere(outcome.collection.problems, isUnreadFile),
                records: outcome.collection.records.length,
                problems: outcome.collection.problems.length,
              })}
            </Body1>
          )}
          {outcome && !outcome.stopped && outcome.collection.problems.length > 0 && (
            <div style={{ alignSelf: 'stretch' }}>
              <Subtitle2 as="h3">{t('collectProblems')}</Subtitle2>
              <CollectedProblems problems={[...outcome.collection.problems]} />
            </div>
          )}
        </div>
      )}
    </section>
  );
}
