import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { createRoot } from 'react-dom/client';
import { pickLanguage, setLanguage } from '../i18n';
import { WebApp } from './WebApp';

// The web page: the same panels as the Excel task pane, over an .xlsx opened in the browser.
const language = pickLanguage(new URLSearchParams(location.search).get('lang') ?? undefined);
setLanguage(language);
document.documentElement.lang = language;
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <FluentProvider theme={webLightTheme}>
      <WebApp />
    </FluentProvider>,
  );
}
