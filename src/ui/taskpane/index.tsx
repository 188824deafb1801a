import { FluentProvider } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { App } from '../App';
import { officeDisplayLanguage, pickLanguage, setLanguage } from '../i18n';
import { officeBodyBackground, pickTheme } from '../theme';

/** How long to wait for Office.onReady before rendering anyway (a pane must never stay blank). */
const OFFICE_READY_TIMEOUT_MS = 15000;

/** Resolves to true when running inside an Office host; false in a plain browser or without Office.js. */
function whenOfficeReady(): Promise<boolean> {
  if (typeof Office === 'undefined' || typeof Office.onReady !== 'function') return Promise.resolve(false);
  const ready = Office.onReady().then(
    (info) => Boolean(info && info.host),
    () => false,
  );
  const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), OFFICE_READY_TIMEOUT_MS));
  return Promise.race([ready, timeout]);
}

async function main(): Promise<void> {
  const inOffice = await whenOfficeReady();
  const language = pickLanguage(inOffice ? officeDisplayLanguage() : undefined);
  setLanguage(language);
  document.documentElement.lang = language;

  const container = document.getElementById('root');
  if (!container) throw new Error('taskpane.html has no #root element');
  createRoot(container).render(
    <FluentProvider theme={pickTheme(inOffice ? officeBodyBackground() : undefined)}>
      <App inOffice={inOffice} />
    </FluentProvider>,
  );
}

void main();
