import { Tab, TabList, makeStyles, tokens } from '@fluentui/react-components';
import { useId, useState } from 'react';
import { WorkbookHost } from '../core/host';
import { t } from './i18n';
import { IndicatorsPanel } from './indicators/IndicatorsPanel';
import { ReportsPanel } from './reports/ReportsPanel';
import { RoadmapPanel } from './roadmap/RoadmapPanel';

type PanelName = 'roadmap' | 'indicators' | 'reports';

const useStyles = makeStyles({
  tabs: { marginLeft: `calc(-1 * ${tokens.spacingHorizontalM})` },
});

export interface PanelsProps {
  host: WorkbookHost;
  /** How messages name the workbook: the file name on the web page, «книга» in Excel. */
  bookName: string;
}

/**
 * The pane's panels under tabs (arrow keys move between tabs). A panel opened once stays
 * mounted, hidden, so that switching back keeps its results; «Показатели» reads the workbook
 * only when it is first opened.
 */
export function Panels({ host, bookName }: PanelsProps) {
  const styles = useStyles();
  const base = useId();
  const [tab, setTab] = useState<PanelName>('roadmap');
  const [opened, setOpened] = useState<ReadonlySet<PanelName>>(new Set(['roadmap']));
  const id = (kind: 'tab' | 'panel', name: PanelName): string => `${base}-${kind}-${name}`;
  const panel = (name: PanelName, content: JSX.Element) => (
    <div role="tabpanel" id={id('panel', name)} aria-labelledby={id('tab', name)} hidden={tab !== name}>
      {opened.has(name) && content}
    </div>
  );
  return (
    <>
      <TabList
        className={styles.tabs}
        selectedValue={tab}
        onTabSelect={(_e, d) => {
          const name = d.value as PanelName;
          setTab(name);
          setOpened((s) => new Set([...s, name]));
        }}
        aria-label={t('panelsLabel')}
      >
        <Tab value="roadmap" id={id('tab', 'roadmap')} aria-controls={id('panel', 'roadmap')}>
          {t('roadmapTab')}
        </Tab>
        <Tab value="indicators" id={id('tab', 'indicators')} aria-controls={id('panel', 'indicators')}>
          {t('indicatorsTab')}
        </Tab>
        <Tab value="reports" id={id('tab', 'reports')} aria-controls={id('panel', 'reports')}>
          {t('reportsTab')}
        </Tab>
      </TabList>
      {panel('roadmap', <RoadmapPanel host={host} bookName={bookName} />)}
      {panel('indicators', <IndicatorsPanel host={host} />)}
      {panel('reports', <ReportsPanel host={host} />)}
    </>
  );
}
