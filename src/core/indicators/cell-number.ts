// What a count cell holds: a number, nothing, or text that is no number. Hosts give numbers
// as numbers; text like «12», «1 204» or «27,4 %» (numbers stored as text) is read too.
import { CellValue } from '../grid';

const NUMBER_TEXT = /^([+-]?(?:\d{1,3}(?:[ \u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?)\s*(%?)$/;

export interface TextNumber {
  value: number;
  /** Written with a «%» sign: the value is in percent (27,4 for 27,4 %). */
  percent: boolean;
}

/** A number written as text, or null when the text is not one. Empty text is not a number either. */
export function parseNumberText(s: string): TextNumber | null {
  const m = NUMBER_TEXT.exec(s.trim());
  if (!m) return null;
  return { value: Number(m[1].replace(/[ \u00a0\u202f]/g, '').replace(',', '.')), percent: m[2] === '%' };
}

/** Empty: a null cell or one of white space only. */
export const isEmptyCell = (v: CellValue): boolean => v === null || (typeof v === 'string' && v.trim() === '');
