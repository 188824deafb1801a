import { Body1, Caption1, Image, Subtitle2, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { t } from './i18n';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalL,
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalL}`,
    minWidth: '0',
    boxSizing: 'border-box',
  },
  header: {
    display: 'flex',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalM,
  },
  headerText: {
    display: 'flex',
    flexDirection: 'column',
    minWidth: '0',
  },
  section: {
    display: 'flex',
    flexDirection: 'column',
    rowGap: tokens.spacingVerticalS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
  },
  note: {
    color: tokens.colorNeutralForeground3,
  },
});

export interface AppProps {
  /** False when the page is opened in a plain browser rather than in Excel. */
  inOffice: boolean;
}

export function App({ inOffice }: AppProps) {
  const styles = useStyles();
  return (
    <main className={styles.root}>
      <header className={styles.header}>
        <Image src="assets/icon-64.png" alt="" width={40} height={40} />
        <div className={styles.headerText}>
          <Title3 as="h1">{t('appTitle')}</Title3>
          <Caption1>{t('appSubtitle')}</Caption1>
        </div>
      </header>
      <section className={styles.section} aria-labelledby="oko-placeholder-title">
        <Subtitle2 as="h2" id="oko-placeholder-title">
          {t('placeholderTitle')}
        </Subtitle2>
        <Body1>{t('placeholderBody')}</Body1>
      </section>
      {inOffice ? null : <Caption1 className={styles.note}>{t('outsideOffice')}</Caption1>}
    </main>
  );
}
