import type { Strings } from './ru';

/** English UI strings, used when Office's display language is English. */
export const en: Strings = {
  appTitle: 'OKO',
  appSubtitle: 'Roadmap, indicators, school reports',
  placeholderTitle: 'Pane under construction',
  placeholderBody:
    'The roadmap pane comes in the next version of the add-in. For now this pane only shows that OKO is installed and starts in Excel.',
  outsideOffice: 'This page is open outside Excel: workbook features are not available here.',
};
