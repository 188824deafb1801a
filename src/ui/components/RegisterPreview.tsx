import { Accordion, AccordionHeader, AccordionItem, AccordionPanel, makeStyles, tokens } from '@fluentui/react-components';
import { toRu } from '../../core/dates';
import { DEADLINE_KIND_RU } from '../../core/deadlines/deadline';
import { RoadmapItem } from '../../core/roadmap/read';
import { t } from '../i18n';

/** The first rows are enough to see what was read; the whole register is on its sheet. */
const SHOWN = 100;

const useStyles = makeStyles({
  table: { width: '100%', borderCollapse: 'collapse', fontSize: tokens.fontSizeBase200 },
  cell: { textAlign: 'left', verticalAlign: 'top', paddingTop: tokens.spacingVerticalXXS, paddingBottom: tokens.spacingVerticalXXS, paddingRight: tokens.spacingHorizontalS, borderBottom: `1px solid ${tokens.colorNeutralStroke2}` },
  id: { whiteSpace: 'nowrap', fontFamily: tokens.fontFamilyMonospace },
});

function when(it: RoadmapItem): string {
  const ivs = it.deadline.intervals;
  if (!ivs.length) return DEADLINE_KIND_RU[it.deadline.kind];
  const first = ivs[0];
  const last = ivs[ivs.length - 1];
  return first.start === last.end ? toRu(first.start) : `${toRu(first.start)} – ${toRu(last.end)}`;
}

/** «Реестр»: the items as ОКО read them (number, activity, resolved deadline), collapsed by default. */
export function RegisterPreview({ items }: { items: RoadmapItem[] }) {
  const styles = useStyles();
  return (
    <Accordion collapsible>
      <AccordionItem value="register">
        <AccordionHeader>
          {t('registerPreview')} ({items.length})
        </AccordionHeader>
        <AccordionPanel>
          <table className={styles.table} data-testid="register-preview">
            <thead>
              <tr>
                <th className={styles.cell}>№</th>
                <th className={styles.cell}>{t('registerActivity')}</th>
                <th className={styles.cell}>{t('registerDeadline')}</th>
              </tr>
            </thead>
            <tbody>
              {items.slice(0, SHOWN).map((it) => (
                <tr key={it.id}>
                  <td className={`${styles.cell} ${styles.id}`}>{it.id}</td>
                  <td className={styles.cell}>{it.activity.length > 140 ? `${it.activity.slice(0, 137)}…` : it.activity}</td>
                  <td className={styles.cell}>{when(it)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </AccordionPanel>
      </AccordionItem>
    </Accordion>
  );
}
