import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, CounterBadge, makeStyles, tokens } from '@fluentui/react-components';
import { SEVERITY_ORDER, Severity } from '../../core/findings';
import { StringKey, t } from '../i18n';

const HEADINGS: Record<Severity, StringKey> = { error: 'errors', warning: 'warnings', info: 'infos' };
const BADGE: Record<Severity, 'danger' | 'important' | 'informative'> = { error: 'danger', warning: 'important', info: 'informative' };
/** Long lists are cut: the full list is on the sheet ОКО writes (or comes back as cells are fixed). */
const SHOWN = 200;

const useStyles = makeStyles({
  list: { listStyleType: 'none', margin: 0, padding: 0, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXS },
  more: { color: tokens.colorNeutralForeground3 },
});

export interface SeverityGroupsProps<P> {
  items: P[];
  severity: (p: P) => Severity;
  /** One list item (an <li>) per entry. */
  render: (p: P, i: number) => JSX.Element;
  /** Open only the most severe group at first (long lists), or every group. */
  openFirstOnly?: boolean;
}

/** Entries grouped under «Ошибки», «Предупреждения», «Сведения», each with its count. */
export function SeverityGroups<P>({ items, severity, render, openFirstOnly = false }: SeverityGroupsProps<P>) {
  const styles = useStyles();
  const groups = SEVERITY_ORDER.map((s) => ({ s, list: items.filter((p) => severity(p) === s) })).filter((g) => g.list.length);
  return (
    <Accordion multiple collapsible defaultOpenItems={(openFirstOnly ? groups.slice(0, 1) : groups).map((g) => g.s)}>
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
