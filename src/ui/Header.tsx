import { Caption1, Image, Title3, makeStyles, tokens } from '@fluentui/react-components';
import { t } from './i18n';

const useStyles = makeStyles({
  header: { display: 'flex', alignItems: 'center', columnGap: tokens.spacingHorizontalM },
  text: { display: 'flex', flexDirection: 'column', minWidth: '0' },
});

export function Header() {
  const styles = useStyles();
  return (
    <header className={styles.header}>
      <Image src="assets/icon-64.png" alt="" width={40} height={40} />
      <div className={styles.text}>
        <Title3 as="h1">{t('appTitle')}</Title3>
        <Caption1>{t('appSubtitle')}</Caption1>
      </div>
    </header>
  );
}
