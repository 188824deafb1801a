import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import type { TemplateProblem } from '../../core/templates/check';
import { PROBLEM_SEVERITY } from '../../core/templates/check';
import type { CollectedProblem } from '../../core/templates/collect';
import { SeverityGroups } from '../components/SeverityGroups';
import { t } from '../i18n';
import { withoutPlace } from './debounce';

const useStyles = makeStyles({
  item: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, width: '100%' },
  plain: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  place: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace },
  file: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
});

/** A report's problems by severity; a problem with a cell is a button that selects it. */
export function CheckProblems({ problems, onSelect }: { problems: TemplateProblem[]; onSelect(sheet: string, cell: string): void }) {
  const styles = useStyles();
  return (
    <SeverityGroups
      items={problems}
      severity={(p) => PROBLEM_SEVERITY[p.problem]}
      render={(p, i) => (
        <li key={`${p.sheet}-${p.cell}-${p.problem}-${i}`}>
          {p.sheet !== null && p.cell !== null ? (
            <Button
              appearance="subtle"
              className={styles.item}
              onClick={() => onSelect(p.sheet as string, p.cell as string)}
              title={`${t('goToCell')} ${p.cell}`}
              data-sheet={p.sheet}
              data-cell={p.cell}
              data-problem={p.problem}
            >
              <span>
                <span className={styles.place}>{p.cell}</span>
                {withoutPlace(p.message)}
              </span>
            </Button>
          ) : (
            <span className={styles.plain} data-problem={p.problem}>
              {p.message}
            </span>
          )}
        </li>
      )}
    />
  );
}

/** The problems of every collected file: file and school, sheet and cell, the message. */
export function CollectedProblems({ problems }: { problems: CollectedProblem[] }) {
  const styles = useStyles();
  return (
    <SeverityGroups
      items={problems}
      severity={(p) => p.severity}
      render={(p, i) => (
        <li key={`${p.file}-${p.cell}-${p.problem}-${i}`} className={styles.plain} data-file={p.file} data-problem={p.problem} data-cell={p.cell ?? ''}>
          <Caption1 className={styles.file}>
            {p.file}
            {p.school ? ` — ${p.school}` : ''}
          </Caption1>
          <span className={styles.place}>{p.sheet !== null && p.cell !== null ? `${p.sheet}!${p.cell}` : p.sheet ?? t('wholeFile')}</span>
          {withoutPlace(p.message)}
        </li>
      )}
    />
  );
}
