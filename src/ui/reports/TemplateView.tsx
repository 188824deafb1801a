// What ОКО learned from the blank, in short: each field's label, where it is and its type, and
// each table's columns, so the user can see the description before saving or using it.
import { Button, Caption1, makeStyles, tokens } from '@fluentui/react-components';
import { useState } from 'react';
import { quoteSheet } from '../../core/grid';
import type { TemplateDescription } from '../../core/templates/description';
import { TYPE_RU } from '../../core/templates/register-plan';
import { t } from '../i18n';
import { fill } from './debounce';

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: 'flex', flexDirection: 'column', rowGap: tokens.spacingVerticalXXS, overflowWrap: 'anywhere' },
  place: { color: tokens.colorNeutralForeground3 },
});

export function TemplateView({ template }: { template: TemplateDescription }) {
  const styles = useStyles();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button appearance="subtle" size="small" aria-expanded={open} onClick={() => setOpen(!open)}>
        {open ? t('hideFields') : t('showFields')}
      </Button>
      {open && (
        <ul className={styles.list} data-testid="template-fields">
          {template.fields.map((f) => (
            <li key={f.id} data-cell={`${f.sheet}!${f.cell}`} data-type={f.type}>
              <Caption1>
                {f.label} <span className={styles.place}>— {quoteSheet(f.sheet)}!{f.cell}, {TYPE_RU[f.type]}</span>
              </Caption1>
            </li>
          ))}
          {template.tables.map((tab) => (
            <li key={tab.id} data-table={tab.id}>
              <Caption1>
                {tab.label}{' '}
                <span className={styles.place}>
                  — {quoteSheet(tab.sheet)}, {fill(t('tableColumns'), { from: tab.firstRow + 1, to: tab.lastRow + 1, columns: tab.columns.map((c) => `${c.label} (${TYPE_RU[c.type]})`).join('; ') })}
                </span>
              </Caption1>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
