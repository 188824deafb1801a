// Reads the dated part of a deadline cell into terms: points («27.09.2021», «октябрь»),
// ranges («13-16.09.2021», «Сентябрь 2020 – май 2021») and «до X». Years and months left
// out are filled in later (resolve.ts) against the programme period; words that are not
// dates («По итогам ГИА,», «(весенний период)») are skipped.
import { fullYear } from '../dates';
import { monthNumber } from './months';

/** A date as written: any part may be missing («15 января», «март», «24,» before «25.08.2021»). */
export interface Point {
  d?: number;
  m?: number;
  y?: number;
  /** A quarter («I квартал») spans three months: m is its first month, m2 its last. */
  m2?: number;
}

export interface Term {
  start: Point;
  /** Present for a range «A – B». */
  end?: Point;
  /** «до X», «не позднее X»: from the period (or the year's cycle) start up to X. */
  until?: boolean;
  /** «с X» with no end: from X to the end of the period. */
  since?: boolean;
}

type Token =
  | { t: 'date'; p: Point }
  | { t: 'num'; n: number; raw: string }
  | { t: 'month'; m: number }
  | { t: 'quarter'; q: number }
  | { t: 'half'; h: number }
  | { t: 'dash' }
  | { t: 'sep' }
  | { t: 'until' }
  | { t: 'from' }
  | { t: 'yearword' }
  | { t: 'word'; roman?: number };

const ROMAN: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

// One alternative per token kind; order matters (full dates before bare numbers).
const TOKEN =
  /(\d{4})-(\d{2})-(\d{2})|(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)|(\d{1,2})\.(\d{1,2})(?![.\d])|(\d+)|([а-яa-z]+\.?)|([-–—])|([,;\/+&]|\n)|\S/giu;

function tokenize(text: string): Token[] {
  const s = text.toLowerCase().replace(/ё/g, 'е');
  const out: Token[] = [];
  let m: RegExpExecArray | null;
  TOKEN.lastIndex = 0;
  while ((m = TOKEN.exec(s))) {
    if (m[1]) out.push({ t: 'date', p: { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) } });
    else if (m[4]) out.push({ t: 'date', p: { d: Number(m[4]), m: Number(m[5]), y: fullYear(Number(m[6])) } });
    else if (m[7]) out.push({ t: 'date', p: { d: Number(m[7]), m: Number(m[8]) } });
    else if (m[9]) out.push({ t: 'num', n: Number(m[9]), raw: m[9] });
    else if (m[10]) out.push(wordToken(m[10], out));
    else if (m[11]) out.push({ t: 'dash' });
    else if (m[12]) out.push({ t: 'sep' });
    // other characters (brackets, quotes) carry no date meaning
  }
  return out;
}

function wordToken(word: string, before: Token[]): Token {
  const w = word.replace(/\.$/, '');
  const month = monthNumber(w);
  if (month) return { t: 'month', m: month };
  if (w === 'до' || w === 'позднее' || w === 'позже') return { t: 'until' };
  if (w === 'не') return { t: 'word' };
  if (w === 'по' && before.some((b) => b.t === 'from')) return { t: 'dash' }; // «с 1 по 15 сентября»
  if (w === 'с' || w === 'со') return { t: 'from' };
  if (w === 'и') return { t: 'sep' };
  if (/^(г|гг|год|года|году|годов)$/.test(w)) return { t: 'yearword' };
  if (/^(квартал|квартала|квартале|кв)$/.test(w)) {
    const prev = before[before.length - 1];
    if (prev?.t === 'num' && prev.n >= 1 && prev.n <= 4) {
      before.pop();
      return { t: 'quarter', q: prev.n };
    }
    if (prev?.t === 'word' && prev.roman) {
      before.pop();
      return { t: 'quarter', q: prev.roman };
    }
  }
  if (/^(полугоди[еяи]|полугодии)$/.test(w)) {
    const prev = before[before.length - 1];
    const h = prev?.t === 'num' && prev.n <= 2 ? prev.n : prev?.t === 'word' && prev.roman && prev.roman <= 2 ? prev.roman : 0;
    if (h) {
      before.pop();
      return { t: 'half', h };
    }
  }
  return { t: 'word', roman: ROMAN[w] };
}

/** Reads one point starting at i; returns it and the index after it, or null. */
function readPoint(tok: Token[], i: number): { p: Point; next: number } | null {
  const a = tok[i];
  if (!a) return null;
  let p: Point;
  let j = i + 1;
  if (a.t === 'date') p = { ...a.p };
  else if (a.t === 'month') p = { m: a.m };
  else if (a.t === 'quarter') p = { m: (a.q - 1) * 3 + 1, m2: a.q * 3 };
  else if (a.t === 'half') p = { m: a.h === 1 ? 1 : 7, m2: a.h === 1 ? 6 : 12 };
  else if (a.t === 'num' && a.n >= 1 && a.n <= 31 && a.raw.length <= 2) {
    const b = tok[j];
    if (b?.t === 'month') {
      p = { d: a.n, m: b.m };
      j++;
    } else p = { d: a.n };
  } else if (a.t === 'num' && a.raw.length === 4 && a.n >= 1990 && a.n <= 2100) {
    p = { y: a.n };
  } else return null;
  // A year written after a month or a day-and-month: «октябрь 2021», «06 ноября 2020 г.»
  if (p.y === undefined && p.m !== undefined) {
    const b = tok[j];
    if (b?.t === 'num' && b.raw.length === 4 && b.n >= 1990 && b.n <= 2100) {
      p.y = b.n;
      j++;
    }
  }
  while (tok[j]?.t === 'yearword') j++;
  return { p, next: j };
}

/** The terms of a deadline text; empty when it holds no date at all. */
export function readTerms(text: string): Term[] {
  const tok = tokenize(text);
  const terms: Term[] = [];
  let until = false;
  let since = false;
  let i = 0;
  while (i < tok.length) {
    const t = tok[i];
    if (t.t === 'until' || t.t === 'from') {
      if (t.t === 'until') until = true;
      else since = true;
      i++;
      continue;
    }
    const first = readPoint(tok, i);
    if (!first) {
      if (t.t === 'sep') until = since = false;
      i++;
      continue;
    }
    // «до конца 2021 года», «до 2022 г.»: a bare year after «до» means up to that year's end.
    if (until && first.p.y !== undefined && first.p.m === undefined && first.p.d === undefined) first.p = { d: 31, m: 12, y: first.p.y };
    i = first.next;
    if (tok[i]?.t === 'dash') {
      const second = readPoint(tok, i + 1);
      if (second) {
        terms.push({ start: first.p, end: second.p });
        i = second.next;
        until = since = false;
        continue;
      }
    }
    terms.push(until ? { start: first.p, until: true } : since ? { start: first.p, since: true } : { start: first.p });
    until = since = false;
  }
  return inheritParts(terms.filter((term) => !isBareYear(term)));
}

// A lone year («2021») is a year, not a deadline date: it is only kept to complete its
// neighbours, which readPoint already did.
const isBareYear = (term: Term): boolean =>
  term.start.m === undefined && term.start.d === undefined && (!term.end || (term.end.m === undefined && term.end.d === undefined));

/**
 * Fills parts left out by the writer from the nearest later point that has them:
 * «24,25.08.2021» → 24.08.2021 and 25.08.2021; «13-16.09.2021» → 13.09–16.09.2021;
 * «Март - июнь 2021» → March of June's academic year.
 */
function inheritParts(terms: Term[]): Term[] {
  for (const term of terms) {
    if (term.end) completeFrom(term.start, term.end, true);
  }
  for (let k = terms.length - 2; k >= 0; k--) {
    const next = terms[k + 1].start;
    const cur = terms[k].end ?? terms[k].start;
    if (cur.d !== undefined && cur.m === undefined) {
      completeFrom(cur, next, false);
      if (terms[k].end) completeFrom(terms[k].start, terms[k].end as Point, true);
    }
  }
  return terms;
}

function completeFrom(a: Point, b: Point, rangeStart: boolean): void {
  if (a.m === undefined && a.d !== undefined && b.m !== undefined) a.m = b.m;
  if (a.y === undefined && b.y !== undefined && a.m !== undefined && b.m !== undefined) {
    // The start of a range lies before its end: an earlier month is in the same year, a later one in the year before.
    a.y = rangeStart && a.m > b.m ? b.y - 1 : b.y;
  }
}
