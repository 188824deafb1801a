import { MessageBar, MessageBarBody, makeStyles, tokens } from '@fluentui/react-components';
import { WorkbookHost } from '../core/host';
import { Header } from './Header';
import { t } from './i18n';
import { Panels } from './Panels';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: '0',
    boxSizing: 'border-box',
  },
});

export interface AppProps {
  /** The open workbook in Excel; null when the task pane page is opened outside Office. */
  host: WorkbookHost | null;
}

/** The task pane inside Excel. */
export function App({ host }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <Header />
      {host ? (
        <Panels host={host} bookName="книга" />
      ) : (
        <MessageBar intent="info">
          <MessageBarBody>{t('outsideOffice')}</MessageBarBody>
        </MessageBar>
      )}
    </main>
  );
}
