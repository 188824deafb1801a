// Text normalisation shared by every recogniser: Russian documents mix ё/е, line breaks,
// non-breaking spaces and stray punctuation, none of which carries meaning for matching.

/** Lower case, ё → е, all white space folded to single spaces, trimmed. */
export function fold(s: string): string {
  // Each step only when it has something to do: folding runs over every activity of a register.
  let t = s.toLowerCase();
  if (t.includes('ё')) t = t.replace(/ё/g, 'е');
  if (UNTIDY_SPACE.test(t)) t = t.replace(/[\s\u00a0\u2007\u202f]+/g, ' ').trim();
  return t;
}

// Anything but single plain spaces between words: two spaces, a tab, a line break, an em space…
const UNTIDY_SPACE = /[^\S ]| {2}|^ | $/;

/** fold() and also drop trailing punctuation: «Мониторинг сайтов ОО.» equals «мониторинг сайтов оо». */
export function foldLoose(s: string): string {
  const t = fold(s);
  return /[\s.,;:!…]$/u.test(t) ? t.replace(/[\s.,;:!…]+$/u, '') : t;
}

/**
 * Anything tidyLines() would change: a control character other than \n (tabs, \r), a space
 * trim() knows other than the plain one, two spaces or breaks in a row, or one at either end.
 * Most cells of a register are already tidy, multi-line ones included: one native regex scan
 * tells so without allocating (a JavaScript loop over the characters is twice as slow).
 */
const UNTIDY = /[\x00-\x09\x0b-\x1f\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|[ \n][ \n]|^[ \n]|[ \n]$/;

/** Trims every line and drops empty ones, keeping the user's line breaks. */
export function tidyLines(s: string): string {
  if (!UNTIDY.test(s)) return s;
  return s
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

/** What fold() turns into a space: JavaScript's \s (letters, Cyrillic included, leave at the first test). */
const isSpace = (c: number): boolean =>
  c <= 0x20
    ? c === 0x20 || (c >= 0x09 && c <= 0x0d)
    : c >= 0xa0 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff);

/** What foldLoose() drops at the end: spaces and . , ; : ! … */
const isDroppedAtEnd = (c: number): boolean => isSpace(c) || c === 0x2e || c === 0x2c || c === 0x3b || c === 0x3a || c === 0x21 || c === 0x2026;

/**
 * Each character as fold() has it, by code: lower case, ё → е, any space → 0x20; filled in as
 * characters are met (0: not yet). The hashing loops below read one entry per character, and
 * toLowerCase() on «, № or a dash (in most Russian activities) would be a call into the runtime.
 */
const folded = new Uint16Array(0x10000);

function foldCode(c: number): number {
  let f = folded[c];
  if (f === 0) {
    f = isSpace(c) ? 0x20 : String.fromCharCode(c).toLowerCase().charCodeAt(0);
    folded[c] = f = f === 0x451 ? 0x435 : f;
  }
  return f;
}

/** Significant characters hashed from each end of a text. */
const HASH_WINDOW = 48;

const mix = (h: number, c: number): number => Math.imul(h ^ c, 16777619); // FNV-1a

/**
 * A 30-bit hash of foldLoose(s) (a small integer, so maps keyed by it allocate nothing),
 * computed without building the folded string: registers of 100 000 activities are bucketed
 * by it, and foldLoose() decides only when two hashes meet. Equal folded texts always hash
 * alike. Only the first and the last 48 characters count (with the spaces between them):
 * templated activities share beginnings, rarely both ends, and a long paragraph costs no more
 * than a short one; texts alike at both ends only cost a foldLoose() comparison.
 */
export function foldLooseHash(s: string): number {
  let end = s.length;
  while (end > 0 && isDroppedAtEnd(s.charCodeAt(end - 1))) end--;
  let h = 0x811c9dc5;
  let taken = 0;
  let pendingSpace = false;
  let i = 0;
  while (i < end && foldCode(s.charCodeAt(i)) === 0x20) i++;
  for (; i < end && taken < HASH_WINDOW; i++) {
    const f = foldCode(s.charCodeAt(i));
    if (f === 0x20) {
      pendingSpace = true;
      continue;
    }
    if (pendingSpace) h = mix(h, 0x20);
    pendingSpace = false;
    h = mix(h, f);
    taken++;
  }
  if (i < end) {
    // Longer than the window: its end too, read backwards down to where the beginning stopped.
    h = mix(h, 0x1f);
    taken = 0;
    pendingSpace = false;
    for (let j = end - 1; j >= i && taken < HASH_WINDOW; j--) {
      const f = foldCode(s.charCodeAt(j));
      if (f === 0x20) {
        pendingSpace = true;
        continue;
      }
      if (pendingSpace) h = mix(h, 0x20);
      pendingSpace = false;
      h = mix(h, f);
      taken++;
    }
  }
  return (h ^ (h >>> 30)) & 0x3fffffff;
}
