// Test page: the real task pane (App → RoadmapPanel → ExcelHost) over the fake Excel object
// model, so the pane can be driven in a real browser without Excel. The test puts the
// workbook's sheets in window.okoHarness before the page's script runs.
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { SheetGrid } from '../../../src/core/grid';
import { ExcelHost } from '../../../src/io/office/excel-host';
import { App } from '../../../src/ui/App';
import { ExcelVersion, FakeExcel } from '../../fakes/excel';

/** A SheetGrid as JSON can carry it: the sparse maps as entry lists. */
export interface WireGrid extends Omit<SheetGrid, 'numberFormats' | 'links' | 'unlocked'> {
  numberFormats: [string, string][];
  links: [string, string][];
  unlocked: string[];
}

interface Harness {
  grids: WireGrid[];
  password?: string;
  /** Which Excel to be (default Microsoft 365). */
  version?: ExcelVersion;
  fake?: FakeExcel;
}

const harness = (window as unknown as { okoHarness: Harness }).okoHarness;
const fake = new FakeExcel({ version: harness.version });
for (const g of harness.grids) {
  fake.loadGrid({ ...g, numberFormats: new Map(g.numberFormats), links: new Map(g.links), unlocked: new Set(g.unlocked) }, { password: harness.password });
}
harness.fake = fake;
const host = new ExcelHost({ run: fake.run, supports: fake.supports });
createRoot(document.getElementById('root') as HTMLElement).render(
  <FluentProvider theme={webLightTheme}>
    <App host={host} />
  </FluentProvider>,
);
