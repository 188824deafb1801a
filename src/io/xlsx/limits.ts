// What ОКО agrees to read: beyond these a workbook is refused with a message, never half-read.
export const LIMITS = {
  fileBytes: 100 * 1048576,
  /** Sum of the declared uncompressed sizes of all parts (a zip bomb declares far more). */
  unpackedBytes: 1024 * 1048576,
  /** One worksheet's XML, uncompressed: about 5 000 000 cells. */
  sheetXmlBytes: 256 * 1048576,
  mergesPerSheet: 50_000,
  /** Cells covered by merges on one sheet: ExcelJS creates an object for each. */
  mergedCellsPerSheet: 2_000_000,
};
