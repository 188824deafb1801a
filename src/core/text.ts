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

const UNTIDY_SPACE = /[\s\u00a0\u2007\u202f]{2}|[\t\n\r\u00a0\u2007\u202f]|^\s|\s$/;

/** fold() and also drop trailing punctuation: «Мониторинг сайтов ОО.» equals «мониторинг сайтов оо». */
export function foldLoose(s: string): string {
  const t = fold(s);
  return /[\s.,;:!…]$/u.test(t) ? t.replace(/[\s.,;:!…]+$/u, '') : t;
}

/**
 * True when tidyLines() would return the text unchanged: single spaces between words, single
 * line breaks between non-empty lines, nothing to trim. One pass, no allocation: most cells of
 * a register are already tidy, multi-line ones included.
 */
function isTidy(s: string): boolean {
  let prev = 0x0a; // as if after a line break: a leading space or break is untidy
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x20 || c === 0x0a) {
      if (prev === 0x20 || prev === 0x0a) return false;
    } else if (c < 0x20 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff) {
      return false; // tabs, \r and the spaces trim() knows
    }
    prev = c;
  }
  return prev !== 0x20 && (prev !== 0x0a || s.length === 0);
}

/** Trims every line and drops empty ones, keeping the user's line breaks. */
export function tidyLines(s: string): string {
  if (isTidy(s)) return s;
  return s
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

const isSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d) || c === 0xa0 || c === 0x2007 || c === 0x202f;

/**
 * A 30-bit hash of foldLoose(s) (a small integer, so maps keyed by it allocate nothing),
 * computed without building the folded string: registers of 100 000 activities are bucketed
 * by it, and foldLoose() decides only when two hashes meet. Equal folded texts always hash
 * alike. (Whole texts: templated activities often share long beginnings.)
 */
export function foldLooseHash(s: string): number {
  // One FNV-1a: a rare collision only costs one foldLoose() comparison.
  let h = 0x811c9dc5;
  let sig = h;
  let pendingSpace = false;
  let started = false;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (isSpace(c)) {
      pendingSpace = started;
      continue;
    }
    if (c >= 0x41 && c <= 0x5a) c += 32;
    else if (c >= 0x410 && c <= 0x42f) c += 32;
    else if (c === 0x401 || c === 0x451) c = 0x435;
    else if (c > 0x7f && c < 0x410) c = s[i].toLowerCase().charCodeAt(0);
    if (pendingSpace) {
      h = Math.imul(h ^ 0x20, 16777619);
      pendingSpace = false;
    }
    h = Math.imul(h ^ c, 16777619);
    started = true;
    // . , ; : ! … at the end are dropped by foldLoose: the hash stops before them.
    if (c !== 0x2e && c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x21 && c !== 0x2026) {
      sig = h;
    }
  }
  return (sig ^ (sig >>> 30)) & 0x3fffffff;
}
