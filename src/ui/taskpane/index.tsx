import { FluentProvider } from '@fluentui/react-components';
import { createRoot, type Root } from 'react-dom/client';
import { WorkbookHost } from '../../core/host';
import { createExcelHost } from '../../io/office/excel-host';
import { App } from '../App';
import { officeDisplayLanguage, pickLanguage, setLanguage } from '../i18n';
import { officeBodyBackground, pickTheme } from '../theme';

/** How long to wait for Office.onReady before rendering anyway: the pane must never stay blank. */
const OFFICE_READY_TIMEOUT_MS = 10000;

/** Resolves to true inside an Office host; false in a plain browser, without Office.js or on failure. */
function officeReady(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(false);
  return Office.onReady().then(
    (info) => Boolean(info && info.host),
    () => false,
  );
}

/** The workbook host for Excel; created once, when Office is ready. */
let host: WorkbookHost | null = null;
function excelHost(): WorkbookHost | null {
  host ??= createExcelHost();
  return host;
}

function render(root: Root, inOffice: boolean): void {
  const language = pickLanguage(inOffice ? officeDisplayLanguage() : undefined);
  setLanguage(language);
  document.documentElement.lang = language;
  root.render(
    <FluentProvider theme={pickTheme(inOffice ? officeBodyBackground() : undefined)}>
      <App host={inOffice ? excelHost() : null} />
    </FluentProvider>,
  );
}

async function main(): Promise<void> {
  // taskpane.html has already put an explanation into #root for IE 11 / Edge Legacy webviews.
  if ((window as Window & { okoUnsupportedWebview?: boolean }).okoUnsupportedWebview) return;
  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');

  const ready = officeReady();
  const timedOut = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), OFFICE_READY_TIMEOUT_MS));
  const first = await Promise.race([ready, timedOut]);
  const root = createRoot(container);
  render(root, first === true);
  // A slow Office.js start: render again once the host is known.
  if (first === 'timeout') void ready.then((inOffice) => inOffice && render(root, true));
}

void main();
