// A template description saved in the workbook itself: a very hidden sheet «ОКО_шаблон» whose
// column A holds the description's JSON cut into pieces (Excel keeps at most 32 767 characters
// in a cell). Saved into the blank, it travels with every copy the district sends out: the
// pane checks a filled copy and `oko collect` collects without the blank file.
import { SheetGrid } from '../grid';
import { PlanSheet } from '../plan';
import { fold } from '../text';
import { fnv1a, SAVED_TEMPLATE_SHEET, TemplateDescription } from './description';
import { parseTemplate } from './learn';

export { SAVED_TEMPLATE_SHEET };

/** The table's only header: the reader looks for it in column A. */
export const SAVED_TEMPLATE_HEADER = 'Описание шаблона ОКО (JSON по частям)';

/** Characters per cell: under Excel's 32 767 with room to move a cut. */
export const PIECE_CHARS = 30_000;

export const isSavedTemplateSheet = (name: string): boolean => fold(name) === fold(SAVED_TEMPLATE_SHEET);

/** Every sheet but the saved description: it is never a sheet of the report or the blank. */
export const withoutSavedTemplate = (grids: readonly SheetGrid[]): SheetGrid[] => grids.filter((g) => !isSavedTemplateSheet(g.name));

/**
 * A piece must come back from a cell exactly as written: none starts with a character Excel
 * may take for a formula or a text prefix («=», «+», «-», «@», «'»), none starts or ends with
 * white space, and no cut splits a surrogate pair.
 */
function goodCut(text: string, at: number): boolean {
  const next = text[at];
  const prev = text[at - 1];
  if (/[=+\-@'\s]/.test(next) || /\s/.test(prev)) return false;
  const code = text.charCodeAt(at);
  return !(code >= 0xdc00 && code <= 0xdfff);
}

export function splitPieces(text: string, size = PIECE_CHARS): string[] {
  const out: string[] = [];
  let from = 0;
  while (text.length - from > size) {
    let at = from + size;
    while (at > from + 1 && !goodCut(text, at)) at--;
    if (at <= from + 1) at = from + size; // no good cut at all: an odd text, cut where it falls
    out.push(text.slice(from, at));
    from = at;
  }
  out.push(text.slice(from));
  return out;
}

const plural = (n: number, one: string, few: string, many: string): string => {
  const m10 = n % 10;
  const m100 = n % 100;
  return `${n} ${m10 === 1 && m100 !== 11 ? one : m10 >= 2 && m10 <= 4 && (m100 < 12 || m100 > 14) ? few : many}`;
};

/** «23 поля, 1 таблица, отпечаток 1a2b3c4d». */
export const templateSummary = (t: TemplateDescription): string =>
  `${plural(t.fields.length, 'поле', 'поля', 'полей')}${t.tables.length ? `, ${plural(t.tables.length, 'таблица', 'таблицы', 'таблиц')}` : ''}, отпечаток ${t.fingerprint}`;

/** The description as ОКО's own very hidden sheet, replacing a description saved before. */
export function savedTemplatePlan(t: TemplateDescription): PlanSheet {
  return {
    name: SAVED_TEMPLATE_SHEET,
    replace: true,
    visibility: 'veryHidden',
    title: `Служебный лист ОКО: описание шаблона (${templateSummary(t)}), по нему ОКО проверяет копии этой книги. Не изменяйте его.`,
    freezeHeader: false,
    table: {
      name: 'ОКО_Шаблон',
      style: 'TableStyleLight1',
      columns: [{ header: SAVED_TEMPLATE_HEADER, kind: 'text', width: 100 }],
      rows: splitPieces(JSON.stringify(t)).map((p) => [p]),
    },
  };
}

export type SavedTemplate =
  /** No «ОКО_шаблон» sheet in the workbook. */
  | { found: false }
  | { found: true; template: TemplateDescription }
  /** The sheet is there but its description cannot be used: a Russian sentence saying why. */
  | { found: true; problem: string };

const cellText = (v: unknown): string => (v === null || v === undefined ? '' : String(v));

const damaged = (why: string): SavedTemplate => ({
  found: true,
  problem: `Описание шаблона на листе «${SAVED_TEMPLATE_SHEET}» повреждено (${why}). Выберите бланк шаблона и сохраните описание в книге заново.`,
});

/** Each sheet's fingerprint and the whole one, recomputed from the locked cells the description lists. */
function fingerprintsHold(t: TemplateDescription): boolean {
  for (const s of t.sheets) {
    if (!Array.isArray(s.locked)) return false;
    if (fnv1a(s.locked.map((l) => `${l.cell}\u0001${l.text}`).join('\n')) !== s.fingerprint) return false;
  }
  return fnv1a(t.sheets.map((s) => `${s.name}\u0001${s.fingerprint}`).join('\n')) === t.fingerprint;
}

/** Finds and reads the saved description among the workbook's sheets. */
export function findSavedTemplate(grids: readonly SheetGrid[]): SavedTemplate {
  const grid = grids.find((g) => isSavedTemplateSheet(g.name));
  if (!grid) return { found: false };
  const header = grid.values.findIndex((line) => cellText(line?.[0]).trim() === SAVED_TEMPLATE_HEADER);
  if (header < 0) return damaged('нет заголовка описания');
  const pieces: string[] = [];
  for (let r = header + 1; r < grid.values.length; r++) {
    const piece = cellText(grid.values[r]?.[0]);
    if (piece === '') break;
    pieces.push(piece);
  }
  if (pieces.length === 0) return damaged('описание пустое');
  const template = parseTemplate(pieces.join(''));
  if (!template) return damaged('текст описания не читается');
  if (!fingerprintsHold(template)) return damaged('отпечаток не совпадает с защищёнными ячейками описания');
  return { found: true, template };
}

/** The saved description, or null when there is none or it cannot be used. */
export function readSavedTemplate(grids: readonly SheetGrid[]): TemplateDescription | null {
  const saved = findSavedTemplate(grids);
  return saved.found && 'template' in saved ? saved.template : null;
}
