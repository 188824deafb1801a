// Responsible parties: split a cell into names and groups, and compare people by surname
// and initials however the initials are written («О.К.», «О. К.», before or after the surname).
import { fold } from '../text';

const UP = 'А-ЯЁ';
const LOW = 'а-яё';
const SURNAME = `[${UP}][${LOW}]+(?:-[${UP}][${LOW}]+)?`;
const INITIALS = `[${UP}]\\.\\s?(?:[${UP}]\\.?)?`;
// Surname first («Хайбулина О.К.»), or initials first («О.К. Хайбулина»).
// (No 'u' flag: every character here is in the BMP, and without it the engine matches faster.)
const PERSON = new RegExp(`(${SURNAME})\\s+(${INITIALS})|(${INITIALS})\\s*(${SURNAME})`);
// The same without groups, to find people in a cell: most are known already, and a match with
// four groups makes four more strings (a big register has tens of thousands of names).
const PERSON_SCAN = new RegExp(`(?:${SURNAME})\\s+(?:${INITIALS})|(?:${INITIALS})\\s*(?:${SURNAME})`, 'g');
/** Every person has an initial: a capital letter and a dot. Cells without one are only groups. */
const HAS_INITIAL = /[А-ЯЁ]\./;

export interface Party {
  /** As written, tidied («Стародубцева Н.В..» → «Стародубцева Н.В.»). */
  text: string;
  /** For people: «хайбулина ок»; null for groups and posts («Руководители ОО»). */
  personKey: string | null;
}

const initialsOf = (s: string): string => s.replace(/[^А-ЯЁ]/g, '').toLowerCase().replace(/ё/g, 'е');

/** Nothing for tidy() to do: no «..», no untidy spaces, nothing to strip at either end. */
const TIDY = /^[^\s,;.\-–—](?:(?!\.\.|\s\s|(?! )\s)[^])*[^\s,;\-–—]$|^[^\s,;.\-–—]$/;

function tidy(s: string): string {
  if (TIDY.test(s)) return s;
  return s
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s,;.\-–—]+|[\s,;\-–—]+$/g, '')
    .trim();
}

/** A cell part with no separator in it is one group (most cells are «Руководители ОО»). */
const SEPARATOR = /[,;\n]|\sи\s/;
const LETTER = /[A-Za-zА-Яа-яЁё]/;

function splitGroups(s: string): Party[] {
  if (!LETTER.test(s)) return []; // only separators between two people: «, », «\n»
  if (!SEPARATOR.test(s)) {
    const text = tidy(s);
    return text !== '' && LETTER.test(text) ? [{ text, personKey: null }] : [];
  }
  return s
    // A line that goes on in lower case continues the same name: «Заместители руководителей\nпо УВР».
    .replace(/([^,;\s])[ \t]*\r?\n[ \t]*(?=[а-яё])/g, '$1 ')
    .split(/[,;\n]+|\s+и\s+/)
    .map(tidy)
    .filter((p) => p !== '' && LETTER.test(p))
    .map((text) => ({ text, personKey: null }));
}

// A district's roadmap names the same few dozen people thousands of times: each written form
// is read once (parties are shared, never changed).
const people = new Map<string, Party>();

function personOf(written: string): Party {
  const m = PERSON.exec(written) as RegExpExecArray;
  const surname = m[1] ?? m[4];
  const initials = m[2] ?? m[3];
  const text = m[1] ? `${surname} ${initials.replace(/\s/g, '')}` : `${initials.replace(/\s/g, '')} ${surname}`;
  return { text: tidy(text.endsWith('.') || !/[А-ЯЁ]$/.test(text) ? text : `${text}.`), personKey: `${fold(surname)} ${initialsOf(initials)}` };
}

const pushAll = (out: Party[], parties: Party[]): void => {
  for (let i = 0; i < parties.length; i++) out.push(parties[i]);
};

/** Splits a responsible cell into parties, in order. */
export function splitResponsible(cell: string): Party[] {
  if (!HAS_INITIAL.test(cell)) return splitGroups(cell);
  const out: Party[] = [];
  let last = 0;
  PERSON_SCAN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PERSON_SCAN.exec(cell))) {
    if (m.index > last) pushAll(out, splitGroups(cell.slice(last, m.index)));
    let person = people.get(m[0]);
    if (person === undefined) {
      person = personOf(m[0]);
      if (people.size >= 5000) people.clear();
      people.set(m[0], person);
    }
    out.push(person);
    last = m.index + m[0].length;
  }
  if (last < cell.length) pushAll(out, splitGroups(cell.slice(last)));
  return out;
}

/** The people of a staff list, by person key. */
export function staffKeys(names: string[]): Set<string> {
  const keys = new Set<string>();
  for (const n of names) for (const p of splitResponsible(n)) if (p.personKey) keys.add(p.personKey);
  return keys;
}
