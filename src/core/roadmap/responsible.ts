// Responsible parties: split a cell into names and groups, and compare people by surname
// and initials however the initials are written («О.К.», «О. К.», before or after the surname).
import { fold } from '../text';

const UP = 'А-ЯЁ';
const LOW = 'а-яё';
const SURNAME = `[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?`;
const INITIALS = `[${UP}]\\.\\s?(?:[${UP}]\\.?)?`;
// Surname first («Хайбулина О.К.»), or initials first («О.К. Хайбулина»).
const PERSON = new RegExp(`(${SURNAME})\\s+(${INITIALS})|(${INITIALS})\\s*(${SURNAME})`, 'gu');

export interface Party {
  /** As written, tidied («Стародубцева Н.В..» → «Стародубцева Н.В.»). */
  text: string;
  /** For people: «хайбулина ок»; null for groups and posts («Руководители ОО»). */
  personKey: string | null;
}

const initialsOf = (s: string): string => s.replace(/[^А-ЯЁ]/g, '').toLowerCase().replace(/ё/g, 'е');

function tidy(s: string): string {
  return s
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;.\-–—]+|[\s,;\-–—]+$/g, '')
    .trim();
}

function splitGroups(s: string): Party[] {
  return s
    // A line that goes on in lower case continues the same name: «Заместители руководителей\nпо УВР».
    .replace(/([^,;\s])[ \t]*\r?\n[ \t]*(?=[а-яё])/g, '$1 ')
    .split(/[,;\n]+|\s+и\s+/)
    .map(tidy)
    .filter((p) => p !== '' && /[A-Za-zА-Яа-яЁё]/.test(p))
    .map((text) => ({ text, personKey: null }));
}

/** Splits a responsible cell into parties, in order. */
export function splitResponsible(cell: string): Party[] {
  const out: Party[] = [];
  let last = 0;
  PERSON.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON.exec(cell))) {
    out.push(...splitGroups(cell.slice(last, m.index)));
    const surname = m[1] ?? m[4];
    const initials = m[2] ?? m[3];
    const text = m[1] ? `${surname} ${initials.replace(/\s/g, '')}` : `${initials.replace(/\s/g, '')} ${surname}`;
    out.push({ text: tidy(text.endsWith('.') || !/[А-ЯЁ]$/.test(text) ? text : `${text}.`), personKey: `${fold(surname)} ${initialsOf(initials)}` });
    last = m.index + m[0].length;
  }
  out.push(...splitGroups(cell.slice(last)));
  return out;
}

/** The people of a staff list, by person key. */
export function staffKeys(names: string[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) for (const p of splitResponsible(n)) if (p.personKey) keys.add(p.personKey);
  return keys;
}
