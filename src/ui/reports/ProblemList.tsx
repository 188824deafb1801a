import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, Button, Caption1, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import type { ProblemSeverity, TemplateProblem } from '../../core/templates/check';
import { PROBLEM_SEVERITY } from '../../core/templates/check';
import type { CollectedProblem } from '../../core/templates/collect';
import { StringKey, t } from '../i18n';
import { withoutPlace } from './debounce';

const ORDER: ProblemSeverity[] = ['error', 'warning'];
const HEADINGS: Record<ProblemSeverity, StringKey> = { error: 'errors', warning: 'warnings' };
const BADGE: Record<ProblemSeverity, 'danger' | 'important'> = { error: 'danger', warning: 'important' };
/** Long lists are cut: the full list is on the «Замечания» sheet (collect) or comes back as cells are fixed (check). */
const SHOWN = 200;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  item: { justifyContent: 'flex-start', textAlign: 'left', fontWeight: tokens.fontWeightRegular, height: 'auto', paddingTop: tokens.spacingVerticalXS, paddingBottom: tokens.spacingVerticalXS, width: '100%' },
  plain: { display: 'block', padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}` },
  place: { fontWeight: tokens.fontWeightSemibold, marginRight: tokens.spacingHorizontalXS, fontFamily: tokens.fontFamilyMonospace },
  file: { display: 'block', color: tokens.colorNeutralForeground3, overflowWrap: 'anywhere' },
  more: { color: tokens.colorNeutralForeground3 },
});

function Groups<P>({ items, severity, render }: { items: P[]; severity: (p: P) => ProblemSeverity; render: (p: P, i: number) => JSX.Element }) {
  const styles = useStyles();
  const groups = ORDER.map((s) => ({ s, list: items.filter((p) => severity(p) === s) })).filter((g) => g.list.length);
  return (
    <Accordion multiple collapsible defaultOpenItems={groups.map((g) => g.s)}>
      {groups.map(({ s, list }) => (
        <AccordionItem value={s} key={s}>
          <AccordionHeader>
            {t(HEADINGS[s])}&nbsp;<CounterBadge count={list.length} color={BADGE[s]} overflowCount={99999} size="small" />
          </AccordionHeader>
          <AccordionPanel>
            <ul className={styles.list} data-severity={s}>
              {list.slice(0, SHOWN).map(render)}
              {list.length > SHOWN && <li className={styles.more}>… +{list.length - SHOWN}</li>}
            </ul>
          </AccordionPanel>
        </AccordionItem>
      ))}
    </Accordion>
  );
}

/** A report's problems by severity; a problem with a cell is a button that selects it. */
export function CheckProblems({ problems, onSelect }: { problems: TemplateProblem[]; onSelect(sheet: string, cell: string): void }) {
  const styles = useStyles();
  return (
    <Groups
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
    <Groups
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
