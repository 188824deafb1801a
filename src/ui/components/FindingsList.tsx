import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { Finding, messageOnly } from '../../core/findings';
import { t } from '../i18n';
import { SeverityGroups } from './SeverityGroups';

const useStyles = makeStyles({
  finding: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, width: '100%' },
  cell: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace },
});


export interface FindingsListProps {
  findings: Finding[];
  onSelect(cell: string, finding: Finding): void;
  /** Findings from several sheets: each shows its sheet with its cell («ВПР!C5»). */
  withSheet?: boolean;
}

export function FindingsList({ findings, onSelect, withSheet = false }: FindingsListProps) {
  const styles = useStyles();
  return (
    <SeverityGroups
      items={findings}
      severity={(f) => f.severity}
      openFirstOnly
      render={(f, i) => (
        <li key={`${f.cell}-${f.rule}-${i}`}>
          <Button appearance="subtle" className={styles.finding} onClick={() => onSelect(f.cell, f)} title={`${t('goToCell')} ${f.cell}`} data-cell={f.cell} data-sheet={f.sheet} data-rule={f.rule}>
            <span>
              <span className={styles.cell}>{withSheet && f.sheet ? `${f.sheet}!${f.cell}` : f.cell}</span>
              {messageOnly(f)}
            </span>
          </Button>
        </li>
      )}
    />
  );
}
