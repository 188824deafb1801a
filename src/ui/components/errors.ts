// What a panel says when a step fails: the engine's and the hosts' Russian messages as they
// are, anything else (a bug, an Office error in English) as one general sentence.
import { t } from '../i18n';

/** A message written for the user, in the UI's language. */
export class UserMessage extends Error {}

export function errorText(e: unknown): string {
  if (e instanceof UserMessage || (e instanceof Error && /[А-Яа-яЁё]/.test(e.message))) return e.message;
  return t('errorUnexpected');
}
