// What the adapter needs from Office: a way to run a batch, and to ask which ExcelApi
// requirement sets the host implements. Injected, so that tests run it on a fake Excel.

export type Supports = (set: 'ExcelApi', version: string) => boolean;

export interface ExcelApi {
  run: <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  /** Excel.run(context, batch): a batch in an earlier context (removing an event handler needs it). */
  runIn?: <T>(context: OfficeExtension.ClientRequestContext, batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;
  supports: Supports;
}

/**
 * The APIs newer than ExcelApi 1.1 the adapter uses, each with the set that brought it.
 * Perpetual Office stops at 1.1 (2016), 1.8 (2019), 1.14 (2021): every one is optional.
 */
export interface Features {
  /** Worksheet.protection (1.2); without it a protected sheet cannot even be detected. */
  protection: boolean;
  /** RangeFormat.columnWidth (1.2). */
  columnWidth: boolean;
  /** Setting Worksheet.visibility (1.2; reading it is 1.1): ОКО's record sheet is very hidden. */
  hideSheets: boolean;
  /** getUsedRange(valuesOnly) (1.2): formatted-but-empty cells are not read. */
  valuesOnly: boolean;
  /** Range.conditionalFormats (1.6): without it the risk colours are not written. */
  conditionalFormats: boolean;
  /** Range.hyperlink (1.7). */
  hyperlinks: boolean;
  /** Worksheet.freezePanes (1.7). */
  freeze: boolean;
  /** Range.dataValidation (1.8). */
  validation: boolean;
  /** Range.autoFill (1.9): a column's formula written once and filled down (fill-down.ts). */
  autoFill: boolean;
  /** worksheets.onChanged (1.9): the pane re-checks a report as the user edits it. */
  changeEvents: boolean;
  /** Range.getCellProperties (1.9): hyperlinks of a whole range in one call. */
  cellProperties: boolean;
  /** RangeFill.tintAndShade (1.9): the only way to tell «no fill» from a white fill. */
  fillTint: boolean;
  /** Threaded comments (1.10): where notes are missing, ОКО's remark goes into one. */
  comments: boolean;
  /** Range.getMergedAreasOrNullObject (1.13). */
  merges: boolean;
  /** Worksheet.notes (1.18, Microsoft 365 only). */
  notes: boolean;
}

export function featuresOf(supports: Supports): Features {
  const has = (v: string): boolean => {
    try {
      return supports('ExcelApi', v);
    } catch {
      return false;
    }
  };
  return {
    protection: has('1.2'),
    columnWidth: has('1.2'),
    hideSheets: has('1.2'),
    valuesOnly: has('1.2'),
    conditionalFormats: has('1.6'),
    hyperlinks: has('1.7'),
    freeze: has('1.7'),
    validation: has('1.8'),
    autoFill: has('1.9'),
    changeEvents: has('1.9'),
    cellProperties: has('1.9'),
    fillTint: has('1.9'),
    comments: has('1.10'),
    merges: has('1.13'),
    notes: has('1.18'),
  };
}

/** Where ОКО's remark on a marked cell goes on this host. */
export type NoteKind = 'notes' | 'comments' | 'none';

export const noteKind = (f: Features): NoteKind => (f.notes ? 'notes' : f.comments ? 'comments' : 'none');
