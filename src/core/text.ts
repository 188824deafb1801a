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

/** Trims every line and drops empty ones, keeping the user's line breaks. */
/** No line breaks, tabs, double or non-breaking spaces, nor space at either end. */
function isTidy(s: string): boolean {
  if (s === '') return true;
  const first = s.charCodeAt(0);
  const last = s.charCodeAt(s.length - 1);
  if (first <= 0x20 || last <= 0x20 || first === 0xa0 || last === 0xa0) return false;
  return s.indexOf('\n') < 0 && s.indexOf('  ') < 0 && s.indexOf('\t') < 0 && s.indexOf('\r') < 0 && s.indexOf('\u00a0') < 0;
}

export function tidyLines(s: string): string {
  if (isTidy(s)) return s; // the common case, checked without a regular expression
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
  let h1 = 0x811c9dc5;
  let h2 = 0x9747b28c;
  let sig1 = h1;
  let sig2 = h2;
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
      h1 = Math.imul(h1 ^ 0x20, 16777619);
      h2 = Math.imul(h2 ^ 0x20, 0x5bd1e995);
      pendingSpace = false;
    }
    h1 = Math.imul(h1 ^ c, 16777619);
    h2 = Math.imul(h2 ^ c, 0x5bd1e995);
    started = true;
    // . , ; : ! … at the end are dropped by foldLoose: the hash stops before them.
    if (c !== 0x2e && c !== 0x2c && c !== 0x3b && c !== 0x3a && c !== 0x21 && c !== 0x2026) {
      sig1 = h1;
      sig2 = h2;
    }
  }
  return (sig1 ^ (sig2 >>> 7)) & 0x3fffffff;
}
