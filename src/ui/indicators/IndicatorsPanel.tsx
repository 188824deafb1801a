import {
  Accordion,
  AccordionHeader,
  AccordionItem,
  AccordionPanel,
  Body1,
  Button,
  Caption1,
  Checkbox,
  CounterBadge,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useId } from 'react';
import { WorkbookHost } from '../../core/host';
import { RegisterKind } from '../../core/indicators/fields';
import { Risk, RiskLevel } from '../../core/indicators/thresholds';
import { FindingsList } from '../components/FindingsList';
import { PanelStatus } from '../components/PanelStatus';
import { StringKey, t } from '../i18n';
import { summaryCell } from './selection';
import { useIndicators } from './useIndicators';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalM },
  group: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, margin: 0, padding: 0, border: 'none' },
  actions: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS },
  note: { color: tokens.colorNeutralForeground3, paddingLeft: tokens.spacingHorizontalXXL },
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  risk: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, width: '100%' },
  school: { fontWeight: tokens.fontWeightSemibold, display: 'block' },
  cell: { fontFamily: tokens.fontFamilyMonospace, marginRight: tokens.spacingHorizontalXS },
  reason: { marginBottom: tokens.spacingVerticalXS },
  summary: { display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS },
});

const KIND: Record<RegisterKind, StringKey> = { vpr: 'kindVpr', oge: 'kindOge', ege: 'kindEge', medal: 'kindMedal' };
const LEVELS: { level: RiskLevel; heading: StringKey; badge: 'danger' | 'important' }[] = [
  { level: 'риск', heading: 'levelRisk', badge: 'danger' },
  { level: 'внимание', heading: 'levelAttention', badge: 'important' },
];
/** Long lists are cut: the full list is on the «Риски» sheet. */
const SHOWN = 200;

const fill = (template: string, vars: Record<string, string>): string => template.replace(/\{(\w+)\}/g, (_m, k: string) => vars[k] ?? '');

export interface IndicatorsPanelProps {
  host: WorkbookHost;
}

/** «Показатели»: the registers found, the indicators to compute, the summary and its risks. */
export function IndicatorsPanel({ host }: IndicatorsPanelProps) {
  const styles = useStyles();
  const { state, chosenRegisters, offered, chosenIndicators, read, build, tickRegister, tickIndicator, tickAllIndicators, goToRisk, goToFinding } = useIndicators(host);
  const ids = { registers: useId(), indicators: useId() };
  const busy = state.busy !== null;
  const d = state.discovery;
  const built = state.built;
  const allTicked = offered.length > 0 && chosenIndicators.length === offered.length;
  return (
    <section className={styles.root} aria-label={t('indicatorsTab')} aria-busy={busy}>
      {d && d.registers.length > 0 && (
        <div role="group" aria-labelledby={ids.registers} className={styles.group}>
          <Subtitle2 id={ids.registers}>{t('registersTitle')}</Subtitle2>
          {d.registers.map((r) => (
            <div key={r.sheet} data-register={r.sheet}>
              <Checkbox
                checked={!state.offRegisters.has(r.sheet)}
                onChange={(_e, v) => tickRegister(r.sheet, v.checked === true)}
                disabled={busy}
                label={`«${r.sheet}» — ${t(KIND[r.kind])}, ${t('registerRows')} ${r.dataStart + 1}–${r.dataEnd}${r.rowsUsed === null ? '' : `, ${t('rowsUsed')}: ${r.rowsUsed}`}`}
              />
              {r.notes.map((n) => (
                <Caption1 as="p" key={n} className={styles.note}>
                  {n}
                </Caption1>
              ))}
            </div>
          ))}
        </div>
      )}
      {d && d.registers.length === 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>{t('noRegisters')}</MessageBarBody>
        </MessageBar>
      )}
      {d && d.unrecognised.length > 0 && (
        <Accordion collapsible defaultOpenItems={d.registers.length === 0 ? ['unrecognised'] : []}>
          <AccordionItem value="unrecognised">
            <AccordionHeader>
              {t('notRegistersTitle')}&nbsp;<CounterBadge count={d.unrecognised.length} color="informative" size="small" />
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} data-testid="unrecognised">
                {d.unrecognised.map((u) => (
                  <li key={u.sheet} className={styles.reason}>
                    <Body1>
                      <strong>«{u.sheet}»</strong>: {u.reason}
                    </Body1>
                  </li>
                ))}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        </Accordion>
      )}
      {d && d.registers.length > 0 && (
        <div role="group" aria-labelledby={ids.indicators} className={styles.group}>
          <Subtitle2 id={ids.indicators}>{t('indicatorsTitle')}</Subtitle2>
          {offered.length === 0 ? (
            <Caption1>{t('noIndicatorsOffered')}</Caption1>
          ) : (
            <>
              <Checkbox
                checked={allTicked ? true : chosenIndicators.length === 0 ? false : 'mixed'}
                onChange={() => tickAllIndicators(!allTicked)}
                disabled={busy}
                label={t('allIndicators')}
              />
              {offered.map((i) => (
                <Checkbox key={i.id} checked={!state.offIndicators.has(i.id)} onChange={(_e, v) => tickIndicator(i.id, v.checked === true)} disabled={busy} label={i.name} data-indicator={i.id} />
              ))}
            </>
          )}
        </div>
      )}
      <div className={styles.actions}>
        <Button appearance="primary" onClick={() => void build()} disabled={busy || chosenRegisters.length === 0 || chosenIndicators.length === 0}>
          {built ? t('rebuildSummary') : t('buildSummary')}
        </Button>
        <Button onClick={() => void read()} disabled={busy}>
          {t('reread')}
        </Button>
      </div>
      <PanelStatus state={state} />
      {built && (
        <div className={styles.summary} data-testid="indicators-summary">
          <Body1>
            {t('summarySchools')}: <strong>{built.layout.rows.size}</strong>, {t('summaryIndicators').toLowerCase()}: <strong>{built.layout.columns.size}</strong>
          </Body1>
          <Caption1>
            {t('thresholdsFrom')}: {t(built.analysis.thresholdsFrom === 'sheet' ? 'thresholdsFromSheet' : 'thresholdsFromDefault')}
          </Caption1>
        </div>
      )}
      {built && <RisksList risks={built.analysis.risks} cellOf={(r) => summaryCell(built.layout, r.school, r.indicator)} sheet={built.layout.sheet} onSelect={goToRisk} />}
      {state.shown && (
        <Caption1 role="status" data-testid="shown-cell">
          {fill(t(host.kind === 'file' ? 'cellInFile' : 'cellSelected'), state.shown)}
        </Caption1>
      )}
      {built && built.analysis.findings.length > 0 && (
        <>
          <Subtitle2>{t('dataFindings')}</Subtitle2>
          <Caption1>{t('dataFindingsHint')}</Caption1>
          <FindingsList findings={built.analysis.findings} onSelect={(_cell, f) => goToFinding(f)} withSheet />
        </>
      )}
    </section>
  );
}

interface RisksListProps {
  risks: Risk[];
  sheet: string;
  cellOf(risk: Risk): string | null;
  onSelect(risk: Risk): void;
}

/** The risks by level, «риск» first; a click goes to the school's figure in «Сводная». */
function RisksList({ risks, sheet, cellOf, onSelect }: RisksListProps) {
  const styles = useStyles();
  const groups = LEVELS.map((g) => ({ ...g, list: risks.filter((r) => r.level === g.level) })).filter((g) => g.list.length);
  if (groups.length === 0) return <Body1>{t('noRisks')}</Body1>;
  return (
    <div>
      <Subtitle2 as="h2">{t('risksTitle')}</Subtitle2>
      <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.level)}>
        {groups.map(({ level, heading, badge, list }) => (
          <AccordionItem value={level} key={level}>
            <AccordionHeader>
              {t(heading)}&nbsp;<CounterBadge count={list.length} color={badge} overflowCount={99999} size="small" />
            </AccordionHeader>
            <AccordionPanel>
              <ul className={styles.list} data-level={level}>
                {list.slice(0, SHOWN).map((r) => {
                  const cell = cellOf(r);
                  return (
                    <li key={`${r.school}-${r.indicator}`}>
                      <Button
                        appearance="subtle"
                        className={styles.risk}
                        onClick={() => onSelect(r)}
                        disabled={cell === null}
                        title={cell ? `${t('goToSchool')}: ${sheet}!${cell}` : undefined}
                        data-school={r.school}
                        data-indicator={r.indicator}
                        data-cell={cell ?? undefined}
                      >
                        <span>
                          <span className={styles.school}>{r.school}</span>
                          {cell && <span className={styles.cell}>{cell}</span>}
                          {r.message}
                        </span>
                      </Button>
                    </li>
                  );
                })}
                {list.length > SHOWN && <li>… +{list.length - SHOWN}</li>}
              </ul>
            </AccordionPanel>
          </AccordionItem>
        ))}
      </Accordion>
    </div>
  );
}
