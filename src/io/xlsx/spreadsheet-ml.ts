// A WritePlan as the parts of a new .xlsx package (SpreadsheetML), each sheet generated row by
// row, so that a register of thousands of schools is never held as a workbook model in memory
// (ExcelJS keeps every cell as an object, several hundred bytes each, then the whole file).
// Only what a plan can say is written: values, number formats, alignment, column widths, a
// title, an Excel table with filters, a frozen header, drop-down lists, conditional fills,
// footer rows, hyperlinks, hidden sheets. Strings are inline (no shared-string table to build).
import { columnLetters } from '../../core/grid';
import { columnAt, footerTopRow, NUMBER_FORMATS, PlanColumn, PlanSheet, PlanValue, tableRowCount, tableTopRow, WritePlan } from '../../core/plan';
import { footerFormatOf, listRows, numberFormatOf, StoredCell, storedCell } from '../../core/plan-cells';
import { fileFormula, listFormula } from './file-formulas';

/** One part of the package: its path in the zip and its XML, whole or in pieces. */
export interface PackagePart {
  path: string;
  xml: string | (() => Iterable<string>);
}

const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG_REL_NS = 'http://schemas.openxmlformats.org/package/2006/relationships';
const CT = 'application/vnd.openxmlformats-officedocument.spreadsheetml';
const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

// Characters XML 1.0 cannot carry at all are dropped, as ExcelJS drops them.
const XML_SPECIAL = /[&<>"\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;
const XML_SPECIALS = new RegExp(XML_SPECIAL.source, 'g');
const ENTITY: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
export const escapeXml = (s: string): string => (XML_SPECIAL.test(s) ? s.replace(XML_SPECIALS, (c) => ENTITY[c] ?? '') : s);

// ---------------------------------------------------------------------------------------------
// Styles: every combination a plan can ask for is declared up front, so that styles.xml does
// not depend on the rows (which are generated only while the package is being written).

type FontName = 'regular' | 'bold' | 'title';
type Align = 'none' | 'top' | 'wrapTop';
const FONTS: FontName[] = ['regular', 'bold', 'title'];
const ALIGNS: Align[] = ['none', 'top', 'wrapTop'];
const FORMATS: string[] = [...new Set(Object.values(NUMBER_FORMATS).filter((f): f is string => f !== null))];
/** Excel's built-in formats go by their ids, as Excel and ExcelJS write them; the others are declared from 164. */
const BUILT_IN: Record<string, number> = { '0': 1, '0.00': 2, '@': 49 };
const CUSTOM = FORMATS.filter((f) => !(f in BUILT_IN));
const formatId = (code: string): number => BUILT_IN[code] ?? 164 + CUSTOM.indexOf(code);

/** Index in cellXfs of a format (or none), font and alignment. */
function xf(format: string | null, font: FontName, align: Align): number {
  const f = format === null ? 0 : FORMATS.indexOf(format) + 1;
  return (f * FONTS.length + FONTS.indexOf(font)) * ALIGNS.length + ALIGNS.indexOf(align);
}

function stylesXml(dxfs: { fill: string; font?: string }[]): string {
  const rgb = (hex: string): string => `FF${hex.replace('#', '').toUpperCase()}`;
  const xfs: string[] = [];
  for (let f = 0; f <= FORMATS.length; f++) {
    for (let font = 0; font < FONTS.length; font++) {
      for (const align of ALIGNS) {
        const numFmtId = f === 0 ? 0 : formatId(FORMATS[f - 1]);
        const alignment = align === 'none' ? '' : `<alignment vertical="top"${align === 'wrapTop' ? ' wrapText="1"' : ''}/>`;
        xfs.push(
          `<xf numFmtId="${numFmtId}" fontId="${font}" fillId="0" borderId="0" xfId="0"${f ? ' applyNumberFormat="1"' : ''}${font ? ' applyFont="1"' : ''}${alignment ? ` applyAlignment="1">${alignment}</xf>` : '/>'}`,
        );
      }
    }
  }
  return (
    `${HEAD}<styleSheet xmlns="${MAIN_NS}">` +
    `<numFmts count="${CUSTOM.length}">${CUSTOM.map((code) => `<numFmt numFmtId="${formatId(code)}" formatCode="${escapeXml(code)}"/>`).join('')}</numFmts>` +
    '<fonts count="3"><font><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="11"/><name val="Calibri"/><family val="2"/></font>' +
    '<font><b/><sz val="12"/><name val="Calibri"/><family val="2"/></font></fonts>' +
    '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
    `<cellXfs count="${xfs.length}">${xfs.join('')}</cellXfs>` +
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
    `<dxfs count="${dxfs.length}">${dxfs
      .map((d) => `<dxf>${d.font ? `<font><color rgb="${rgb(d.font)}"/></font>` : ''}<fill><patternFill patternType="solid"><bgColor rgb="${rgb(d.fill)}"/></patternFill></fill></dxf>`)
      .join('')}</dxfs>` +
    '</styleSheet>'
  );
}

// ---------------------------------------------------------------------------------------------
// Cells

function cellXml(ref: string, cell: StoredCell, style: number): string {
  const s = style ? ` s="${style}"` : '';
  switch (cell.kind) {
    case 'empty':
      return s ? `<c r="${ref}"${s}/>` : '';
    case 'text':
      return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${escapeXml(cell.text)}</t></is></c>`;
    case 'link':
      return `<c r="${ref}"${s} t="inlineStr"><is><t>${escapeXml(cell.url)}</t></is></c>`;
    case 'number':
      return `<c r="${ref}"${s}><v>${cell.number}</v></c>`;
    case 'date':
      return `<c r="${ref}"${s}><v>${cell.serial}</v></c>`;
    case 'boolean':
      return `<c r="${ref}"${s} t="b"><v>${cell.value ? 1 : 0}</v></c>`;
    case 'formula': {
      const f = `<f>${escapeXml(fileFormula(cell.formula))}</f>`;
      if (cell.cached === null) return `<c r="${ref}"${s}>${f}</c>`;
      if (typeof cell.cached === 'number') return `<c r="${ref}"${s}>${f}<v>${cell.cached}</v></c>`;
      return `<c r="${ref}"${s} t="str">${f}<v>${escapeXml(cell.cached)}</v></c>`;
    }
  }
}

const row = (r: number, cells: string, style?: number): string =>
  `<row r="${r}"${style ? ` s="${style}" customFormat="1"` : ''}>${cells}</row>`;

// ---------------------------------------------------------------------------------------------
// A sheet and its table

interface SheetPlace {
  /** 1-based, as in the part names. */
  index: number;
  tableId: number;
  /** Data-row cells that are hyperlinks, with their URLs (found before the rows are written). */
  links: { ref: string; url: string }[];
  /** First dxf index of this sheet's conditional formats. */
  dxfBase: number;
  selected: boolean;
}

/** The table's header row, 1-based, and its last data row. */
function tableRows(sheet: PlanSheet): { header: number; last: number } {
  const header = tableTopRow(sheet) + 1;
  return { header, last: header + tableRowCount(sheet) };
}

function linksOf(sheet: PlanSheet): { ref: string; url: string }[] {
  const { table } = sheet;
  const { header } = tableRows(sheet);
  const links: { ref: string; url: string }[] = [];
  table.columns.forEach((c, i) => {
    if (c.kind !== 'link' && !table.cellKinds?.[i]) return;
    let k = 0;
    for (const r of table.rows) {
      const cell = storedCell(r[i] ?? null, columnAt(table, k, i));
      if (cell.kind === 'link') links.push({ ref: `${columnLetters(i)}${header + 1 + k}`, url: cell.url });
      k++;
    }
  });
  return links;
}

function* sheetXml(sheet: PlanSheet, place: SheetPlace): Generator<string> {
  const { table } = sheet;
  const { header, last } = tableRows(sheet);
  const letters = table.columns.map((_, i) => columnLetters(i));
  const pane = sheet.freezeHeader
    ? `<pane ySplit="${header}" topLeftCell="A${header + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft" activeCell="A${header + 1}" sqref="A${header + 1}"/>`
    : '';
  yield `${HEAD}<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">` +
    `<sheetViews><sheetView workbookViewId="0"${place.selected ? ' tabSelected="1"' : ''}>${pane}</sheetView></sheetViews>` +
    '<sheetFormatPr defaultRowHeight="15"/>' +
    `<cols>${table.columns.map((c, i) => `<col min="${i + 1}" max="${i + 1}" width="${c.width}" customWidth="1"/>`).join('')}</cols>` +
    '<sheetData>';
  if (sheet.title) yield row(1, `<c r="A1" s="${xf(null, 'title', 'none')}" t="inlineStr"><is><t xml:space="preserve">${escapeXml(sheet.title)}</t></is></c>`);
  const bold = xf(null, 'bold', 'none');
  yield row(header, table.columns.map((c, i) => cellXml(`${letters[i]}${header}`, { kind: 'text', text: c.header }, bold)).join(''), bold);
  // Rows are read once, in order (they may come from disk); an empty table gets one blank row.
  const dataRow = (values: PlanValue[], k: number): string => {
    const r = header + 1 + k;
    let cells = '';
    for (let i = 0; i < table.columns.length; i++) {
      const col = columnAt(table, k, i);
      const cell = storedCell(values[i] ?? null, col);
      cells += cellXml(`${letters[i]}${r}`, cell, xf(numberFormatOf(cell, col), 'regular', col.wrap ? 'wrapTop' : 'top'));
    }
    return row(r, cells);
  };
  let k = 0;
  for (const values of table.rows) yield dataRow(values, k++);
  for (; k < last - header; k++) yield dataRow([], k);
  const footerTop = footerTopRow(sheet) + 1;
  for (const [k, values] of (sheet.footer ?? []).entries()) {
    const r = footerTop + k;
    yield row(
      r,
      values
        .map((v, i) => {
          const col = table.columns[i];
          const cell = storedCell(v, col);
          return cellXml(`${letters[i]}${r}`, cell, xf(footerFormatOf(cell, col), i === 0 ? 'bold' : 'regular', 'none'));
        })
        .join(''),
    );
  }
  let tail = '</sheetData>';
  (sheet.conditionalFormats ?? []).forEach((cf, i) => {
    tail += `<conditionalFormatting sqref="${escapeXml(cf.range)}"><cfRule type="expression" dxfId="${place.dxfBase + i}" priority="${i + 1}"><formula>${escapeXml(fileFormula(cf.formula))}</formula></cfRule></conditionalFormatting>`;
  });
  const lists = table.columns.flatMap((c, i) => {
    if (!c.list) return [];
    const [first, end] = listRows(header, last);
    return [`<dataValidation type="list" allowBlank="1" sqref="${letters[i]}${first}:${letters[i]}${end}"><formula1>${escapeXml(listFormula(c.list))}</formula1></dataValidation>`];
  });
  if (lists.length) tail += `<dataValidations count="${lists.length}">${lists.join('')}</dataValidations>`;
  if (place.links.length) tail += `<hyperlinks>${place.links.map((l, i) => `<hyperlink ref="${l.ref}" r:id="rId${i + 2}"/>`).join('')}</hyperlinks>`;
  tail += '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
  tail += '<tableParts count="1"><tablePart r:id="rId1"/></tableParts></worksheet>';
  yield tail;
}

function sheetRelsXml(place: SheetPlace): string {
  const links = place.links.map(
    (l, i) => `<Relationship Id="rId${i + 2}" Type="${REL_NS}/hyperlink" Target="${escapeXml(l.url)}" TargetMode="External"/>`,
  );
  return `${HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/table" Target="../tables/table${place.tableId}.xml"/>${links.join('')}</Relationships>`;
}

function tableXml(sheet: PlanSheet, id: number): string {
  const { table } = sheet;
  const { header, last } = tableRows(sheet);
  const ref = `A${header}:${columnLetters(table.columns.length - 1)}${last}`;
  const columns = table.columns.map(
    (c: PlanColumn, i) => `<tableColumn id="${i + 1}" name="${escapeXml(c.header)}"${i === 0 ? ' totalsRowLabel="Итого"' : ''}/>`,
  );
  return (
    `${HEAD}<table xmlns="${MAIN_NS}" id="${id}" name="${escapeXml(table.name)}" displayName="${escapeXml(table.name)}" ref="${ref}" headerRowCount="1" totalsRowShown="0">` +
    // Each column's filter button stated, as ExcelJS writes it (and reads it back: no entry reads as «no button»).
    `<autoFilter ref="${ref}">${columns.map((_, i) => `<filterColumn colId="${i}" hiddenButton="0"/>`).join('')}</autoFilter><tableColumns count="${columns.length}">${columns.join('')}</tableColumns>` +
    `<tableStyleInfo name="${escapeXml(table.style)}" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>`
  );
}

// ---------------------------------------------------------------------------------------------
// The package

/** Every part of a new workbook holding the plan's sheets, in the order a zip should store them. */
export function packageParts(plan: WritePlan, created: Date): PackagePart[] {
  if (plan.sheets.length === 0) throw new Error('A workbook needs at least one sheet.');
  const activeIndex = Math.max(0, plan.sheets.findIndex((s) => s.visibility !== 'veryHidden'));
  let dxfBase = 0;
  const places: SheetPlace[] = plan.sheets.map((sheet, i) => {
    const place = { index: i + 1, tableId: i + 1, links: linksOf(sheet), dxfBase, selected: i === activeIndex };
    dxfBase += sheet.conditionalFormats?.length ?? 0;
    return place;
  });
  const dxfs = plan.sheets.flatMap((s) => s.conditionalFormats ?? []);
  const sheetNames = plan.sheets.map((s, i) => `<sheet name="${escapeXml(s.name)}" sheetId="${i + 1}"${s.visibility === 'veryHidden' ? ' state="veryHidden"' : ''} r:id="rId${i + 1}"/>`);
  const parts: PackagePart[] = [
    {
      path: '[Content_Types].xml',
      xml:
        `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>' +
        `<Override PartName="/xl/workbook.xml" ContentType="${CT}.sheet.main+xml"/><Override PartName="/xl/styles.xml" ContentType="${CT}.styles+xml"/>` +
        places.map((p) => `<Override PartName="/xl/worksheets/sheet${p.index}.xml" ContentType="${CT}.worksheet+xml"/><Override PartName="/xl/tables/table${p.tableId}.xml" ContentType="${CT}.table+xml"/>`).join('') +
        '<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/></Types>',
    },
    {
      path: '_rels/.rels',
      xml: `${HEAD}<Relationships xmlns="${PKG_REL_NS}"><Relationship Id="rId1" Type="${REL_NS}/officeDocument" Target="xl/workbook.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/></Relationships>`,
    },
    {
      path: 'docProps/core.xml',
      xml: `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:creator>ОКО</dc:creator><dcterms:created xsi:type="dcterms:W3CDTF">${created.toISOString().replace(/\.\d+Z$/, 'Z')}</dcterms:created></cp:coreProperties>`,
    },
    {
      path: 'xl/workbook.xml',
      xml: `${HEAD}<workbook xmlns="${MAIN_NS}" xmlns:r="${REL_NS}"><bookViews><workbookView activeTab="${activeIndex}"/></bookViews><sheets>${sheetNames.join('')}</sheets></workbook>`,
    },
    {
      path: 'xl/_rels/workbook.xml.rels',
      xml: `${HEAD}<Relationships xmlns="${PKG_REL_NS}">${places.map((p) => `<Relationship Id="rId${p.index}" Type="${REL_NS}/worksheet" Target="worksheets/sheet${p.index}.xml"/>`).join('')}<Relationship Id="rId${places.length + 1}" Type="${REL_NS}/styles" Target="styles.xml"/></Relationships>`,
    },
    { path: 'xl/styles.xml', xml: stylesXml(dxfs) },
  ];
  plan.sheets.forEach((sheet, i) => {
    const place = places[i];
    parts.push(
      { path: `xl/worksheets/sheet${place.index}.xml`, xml: () => sheetXml(sheet, place) },
      { path: `xl/worksheets/_rels/sheet${place.index}.xml.rels`, xml: sheetRelsXml(place) },
      { path: `xl/tables/table${place.tableId}.xml`, xml: tableXml(sheet, place.tableId) },
    );
  });
  return parts;
}
