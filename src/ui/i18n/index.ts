import { en } from './en';
import { ru, type Strings } from './ru';

export type { Strings };
export type StringKey = keyof Strings;
export type Language = 'ru' | 'en';

const dictionaries: Record<Language, Strings> = { ru, en };

/** Picks the UI language from a BCP 47 tag such as Office's displayLanguage ("en-US"); Russian otherwise. */
export function pickLanguage(displayLanguage: string | undefined | null): Language {
  return displayLanguage && /^en\b/i.test(displayLanguage) ? 'en' : 'ru';
}

/** Office's display language, when the page runs inside Office and Office.js has initialised. */
export function officeDisplayLanguage(): string | undefined {
  if (typeof Office === 'undefined') return undefined;
  try {
    return Office.context?.displayLanguage;
  } catch {
    return undefined;
  }
}

let current: Language = 'ru';

export function setLanguage(language: Language): void {
  current = language;
}

export function currentLanguage(): Language {
  return current;
}

/** The UI string for a key in the current language. */
export function t(key: StringKey): string {
  return dictionaries[current][key];
}
