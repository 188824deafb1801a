// Item numbers as roadmaps write them («1», «1.2», «3.10.1») and ids made from them: recognised
// and ordered by character loops, since a big register asks once or twice per item.

const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** «1», «1.2», «1.2.3»: parts of 1…maxDigits digits separated by single dots. */
export function isDottedNumber(text: string, maxDigits = Infinity): boolean {
  let digits = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (isDigit(c)) {
      if (++digits > maxDigits) return false;
    } else if (c === 0x2e && digits > 0) digits = 0;
    else return false;
  }
  return digits > 0;
}

/**
 * Natural order: texts compared as runs of digits (by their value) and single other
 * characters (by code), a run of digits before any other character; a text before its
 * continuations. «1.2» < «1.2.1» < «1.10» < «1.№2». 0 for equal texts, and for texts that differ
 * only in leading zeros («1.02», «1.2»). A strictly ascending list therefore has no text twice.
 */
export function compareNatural(a: string, b: string): number {
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(j);
    const xd = isDigit(x);
    if (xd !== isDigit(y)) return xd ? -1 : 1;
    if (!xd) {
      if (x !== y) return x - y;
      i++;
      j++;
      continue;
    }
    while (i < a.length && a.charCodeAt(i) === 0x30) i++;
    while (j < b.length && b.charCodeAt(j) === 0x30) j++;
    let ie = i;
    while (ie < a.length && isDigit(a.charCodeAt(ie))) ie++;
    let je = j;
    while (je < b.length && isDigit(b.charCodeAt(je))) je++;
    // Without leading zeros, a longer run is a larger number; runs of one length compare digit by digit.
    if (ie - i !== je - j) return ie - i - (je - j);
    for (; i < ie; i++, j++) {
      const d = a.charCodeAt(i) - b.charCodeAt(j);
      if (d !== 0) return d;
    }
  }
  return (i < a.length ? 1 : 0) - (j < b.length ? 1 : 0);
}
