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
 * Each character as fold() has it, by code: lower case, ё → е, any space → 0x20. The hashing
 * loops below read one entry per character (toLowerCase() on «, № or a dash, in most Russian
 * activities, would be a call into the runtime). Filled on first use, 4 096 codes per
 * toLowerCase() call (about 6 ms once): a lazily filled entry costs a test per character.
 */
let foldTable: Uint16Array | null = null;

function makeFoldTable(): Uint16Array {
  const table = new Uint16Array(0x10000);
  const BLOCK = 0x1000;
  const codes: number[] = new Array(BLOCK);
  for (let base = 0; base < 0x10000; base += BLOCK) {
    for (let k = 0; k < BLOCK; k++) codes[k] = base + k;
    const lower = String.fromCharCode.apply(null, codes).toLowerCase();
    // A few characters lower-case to two (İ): then the block is done one by one.
    const aligned = lower.length === BLOCK;
    for (let k = 0; k < BLOCK; k++) {
      const c = base + k;
      const f = isSpace(c) ? 0x20 : aligned ? lower.charCodeAt(k) : String.fromCharCode(c).toLowerCase().charCodeAt(0);
      table[c] = f === 0x451 ? 0x435 : f;
    }
  }
  return table;
}

/**
 * Significant characters hashed from each end of a text: enough to tell templated activities
 * apart («…, этап 93»), and a long paragraph costs no more than a short one. Reading a
 * character costs a few nanoseconds in JavaScript (more in the sliced strings ExcelJS
 * returns), and the hash is most of the duplicate-activity rule: 16 from each end hash the
 * bench's 97 000 activities in half the time of 32. Texts that differ only in the middle share
 * a hash and are told apart by foldLoose(): 478 of those 97 000 (167 with 32), 9 of
 * Severskiy's 95 (6).
 */
const HASH_WINDOW = 16;

/**
 * A 30-bit hash of foldLoose(s) (a small integer, so maps keyed by it allocate nothing),
 * computed without building the folded string: registers of 100 000 activities are bucketed
 * by it, and foldLoose() decides only when two hashes meet. Equal folded texts always hash
 * alike: the hash reads the folded text (runs of spaces as one, none at either end), its
 * first HASH_WINDOW characters and then its last ones, down to where the first part stopped.
 */
export function foldLooseHash(s: string): number {
  const fold = (foldTable ??= makeFoldTable());
  let end = s.length;
  while (end > 0 && isDroppedAtEnd(s.charCodeAt(end - 1))) end--;
  let h = 0x811c9dc5;
  // A space is hashed only after a character that is not one (so none leads, runs count once);
  // s[end - 1] is not a space, so none trails either.
  let prev = 0x20;
  let taken = 0;
  let i = 0;
  for (; i < end && taken < HASH_WINDOW; i++) {
    const f = fold[s.charCodeAt(i)];
    if (f === 0x20 && prev === 0x20) continue;
    h = Math.imul(h ^ f, 16777619); // FNV-1a
    prev = f;
    taken++;
  }
  // The rest of a run of spaces the first part ended on belongs to it.
  if (prev === 0x20) while (i < end && fold[s.charCodeAt(i)] === 0x20) i++;
  if (i < end) {
    h = Math.imul(h ^ 0x1f, 16777619);
    prev = 0;
    taken = 0;
    for (let j = end - 1; j >= i && taken < HASH_WINDOW; j--) {
      const f = fold[s.charCodeAt(j)];
      if (f === 0x20 && prev === 0x20) continue;
      h = Math.imul(h ^ f, 16777619);
      prev = f;
      taken++;
    }
  }
  return (h ^ (h >>> 30)) & 0x3fffffff;
}
