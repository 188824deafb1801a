import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { Finding, messageOnly, SEVERITY_ORDER, Severity } from '../../core/findings';
import { StringKey, t } from '../i18n';

const HEADINGS: Record<Severity, StringKey> = { error: 'errors', warning: 'warnings', info: 'infos' };
const BADGE: Record<Severity, 'danger' | 'important' | 'informative'> = { error: 'danger', warning: 'important', info: 'informative' };
/** Long lists are cut: the full list is on the «Замечания» sheet. */
const SHOWN = 200;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  finding: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, width: '100%' },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace },
  more: { color: tokens.colorNeutralForeground3 },
});


export interface FindingsListProps {
  findings: Finding[];
  onSelect(cell: string, finding: Finding): void;
  /** Findings from several sheets: each shows its sheet with its cell («ВПР!C5»). */
  withSheet?: boolean;
}

export function FindingsList({ findings, onSelect, withSheet = false }: FindingsListProps) {
  const styles = useStyles();
  const groups = SEVERITY_ORDER.map((s) => ({ s, list: findings.filter((f) => f.severity === s) })).filter((g) => g.list.length);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.slice(0, 1).map((g) => g.s)}>
      {groups.map(({ s, list }) => (
        <AccordionItem value={s} key={s}>
          <AccordionHeader>
            {t(HEADINGS[s])}&nbsp;<CounterBadge count={list.length} color={BADGE[s]} overflowCount={99999} size="small" />
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-severity={s}>
              {list.slice(0, SHOWN).map((f, i) => (
                <li key={`${f.cell}-${f.rule}-${i}`}>
                  <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(f.cell, f)} title={`${t('goToCell')} ${f.cell}`} data-cell={f.cell} data-sheet={f.sheet} data-rule={f.rule}>
                    <span>
                      <span className={styles.cell}>{withSheet && f.sheet ? `${f.sheet}!${f.cell}` : f.cell}</span>
                      {messageOnly(f)}
                    </span>
                  </Button>
                </li>
              ))}
              {list.length > SHOWN && <li className={styles.more}>… +{list.length - SHOWN}</li>}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}
