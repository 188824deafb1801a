// Text normalisation shared by every recogniser: Russian documents mix ё/е, line breaks,
// non-breaking spaces and stray punctuation, none of which carries meaning for matching.

/** Lower case, ё → е, all white space folded to single spaces, trimmed. */
export function fold(s: string): string {
  return s
    .toLowerCase()
    .replace(/ё/g, 'е')
    .replace(/[\s\u00a0\u2007\u202f]+/g, ' ')
    .trim();
}

/** fold() and also drop trailing punctuation: «Мониторинг сайтов ОО.» equals «мониторинг сайтов оо». */
export function foldLoose(s: string): string {
  return fold(s).replace(/[\s.,;:!…]+$/u, '');
}

/** Trims every line and drops empty ones, keeping the user's line breaks. */
export function tidyLines(s: string): string {
  return s
    .split(/\r?\n/)
    .map((l) => l.replace(/[ \t\u00a0]+/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
