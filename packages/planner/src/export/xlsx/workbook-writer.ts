import { columnLetters, xmlAttribute, xmlText } from "./xml-text.js";

/**
 * A workbook's parts (the XML files inside an .xlsx), written directly as text: shared
 * strings, the styles (bold headers, and number formats: whole-number money, dates, times
 * of day) and sheets with a frozen first row and a filter on it (see {@link filterRange}). The markup is the one write-excel-file 4 wrote for the same sheets, with the filters
 * added (a test compares the two), without its per-cell objects, attribute maps and
 * second compression pass, which made plan.xlsx the slowest output of a 100,000-session plan.
 */

/**
 * How a number cell is shown: `money` as a whole number with thousands (`#,##0`), `date` as a
 * date (`yyyy-mm-dd`; the number is Excel's day serial), `time` as a time of day (`hh:mm`; the
 * number is the fraction of a day).
 */
export type NumberFormat = "money" | "date" | "time";

/** One cell: text (bold for a header), a number (shown in a {@link NumberFormat} when given), or empty. */
export type XlsxCell = { readonly text: string; readonly bold?: true } | { readonly number: number; readonly format?: NumberFormat } | null;

/** One sheet: its name (already valid, see sheetNames), column widths, and rows in XML (see {@link WorkbookWriter.row}). */
export interface XlsxSheet {
  /** The sheet's name, unique and at most 31 characters. */
  readonly name: string;
  /** Column widths in characters, first column first. */
  readonly widths: readonly number[];
  /** The rows' markup, row 1 (the headers, frozen) first. */
  readonly rows: readonly string[];
  /**
   * The rows (headers included) and columns of the table its filter covers, when rows after
   * it are notes of another shape (the budget sheet's partner shares); all of them when absent.
   */
  readonly table?: { readonly rows: number; readonly columns: number };
}

const BOLD = "bold";
const FORMAT_CODES: Readonly<Record<NumberFormat, string>> = { money: "#,##0", date: "yyyy-mm-dd", time: "hh:mm" };
/** The id of the first custom number format; later ones follow in order of first use (as write-excel-file numbers them). */
const FIRST_FORMAT_ID = 100;
const NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
const WORKBOOK_NAMESPACES =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" xmlns:mx="http://schemas.microsoft.com/office/mac/excel/2008/main" xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" xmlns:mv="urn:schemas-microsoft-com:mac:vml" xmlns:x14="http://schemas.microsoft.com/office/spreadsheetml/2009/9/main" xmlns:x14ac="http://schemas.microsoft.com/office/spreadsheetml/2009/9/ac" xmlns:xm="http://schemas.microsoft.com/office/excel/2006/main"';
const DECLARATION = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>';
const RELATIONSHIPS = '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">';
const SHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml";

/**
 * Builds a workbook's parts: cells are turned into their markup as rows are added (shared
 * strings numbered in order of first use, styles likewise), so that a row used by several
 * sheets is converted once ({@link cellTail}) and placed with {@link row}.
 *
 * @example const book = new WorkbookWriter(); const tails = [book.cellTail({ text: "Tanggal", bold: true })]; book.parts([{ name: "Kegiatan", widths: [11], rows: [book.row(1, tails)] }]);
 */
export class WorkbookWriter {
  private readonly strings = new Map<string, number>();
  private readonly styles: (typeof BOLD | NumberFormat)[] = [];

  /** The markup of a cell after its address (`' t="s"><v>3</v></c>'`), or "" for an empty cell. */
  cellTail(cell: XlsxCell): string {
    if (cell === null) return "";
    if ("text" in cell) {
      if (cell.text === "") return "";
      let id = this.strings.get(cell.text);
      if (id === undefined) {
        id = this.strings.size;
        this.strings.set(cell.text, id);
      }
      return `${cell.bold === true ? ` s="${this.style(BOLD)}"` : ""} t="s"><v>${id}</v></c>`;
    }
    return `${cell.format === undefined ? "" : ` s="${this.style(cell.format)}"`}><v>${String(cell.number)}</v></c>`;
  }

  /** A row's markup: `number` counts from 1, `tails` are {@link cellTail}s by column. */
  row(number: number, tails: readonly string[]): string {
    let xml = `<row r="${number}">`;
    for (let c = 0; c < tails.length; c++) {
      const tail = tails[c] ?? "";
      if (tail !== "") xml += `<c r="${COLUMNS[c] ?? columnLetters(c)}${number}"${tail}`;
    }
    return `${xml}</row>`;
  }

  /** A row's markup from its cells by column (each made a {@link cellTail} in order). */
  rowOf(number: number, cells: readonly XlsxCell[]): string {
    return this.row(number, cells.map((cell) => this.cellTail(cell)));
  }

  private style(name: typeof BOLD | NumberFormat): number {
    const at = this.styles.indexOf(name);
    if (at >= 0) return at + 1;
    this.styles.push(name);
    return this.styles.length;
  }

  /** Every part of the workbook, by path in the archive, in the order they are stored. */
  parts(sheets: readonly XlsxSheet[]): Map<string, string> {
    const ids = sheets.map((_, i) => i + 1);
    const parts = new Map<string, string>();
    parts.set(
      "[Content_Types].xml",
      `${DECLARATION}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default ContentType="application/xml" Extension="xml"/><Default ContentType="application/vnd.openxmlformats-package.relationships+xml" Extension="rels"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml" PartName="/xl/workbook.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml" PartName="/xl/sharedStrings.xml"/><Override ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml" PartName="/xl/styles.xml"/>${ids.map((id) => `<Override ContentType="${SHEET_TYPE}" PartName="/xl/worksheets/sheet${id}.xml"/>`).join("")}</Types>`,
    );
    parts.set("_rels/.rels", `${DECLARATION}${RELATIONSHIPS}<Relationship Id="rId-workbook-1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`);
    parts.set(
      "xl/_rels/workbook.xml.rels",
      `<?xml version="1.0" ?>${RELATIONSHIPS}${ids.map((id) => `<Relationship Id="rId${id}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet${id}.xml"/>`).join("")}<Relationship Id="rId${ids.length + 1}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/><Relationship Id="rId${ids.length + 2}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
    );
    parts.set(
      "xl/workbook.xml",
      `${DECLARATION}<workbook ${WORKBOOK_NAMESPACES}><workbookPr/><bookViews><workbookView/></bookViews><sheets>${sheets.map((s, i) => `<sheet r:id="rId${i + 1}" sheetId="${i + 1}" name="${xmlAttribute(s.name)}"/>`).join("")}</sheets>${definedNames(sheets)}<calcPr/></workbook>`,
    );
    sheets.forEach((sheet, i) => {
      parts.set(`xl/worksheets/sheet${i + 1}.xml`, sheetXml(sheet, i));
      parts.set(`xl/worksheets/_rels/sheet${i + 1}.xml.rels`, `${DECLARATION}${RELATIONSHIPS}</Relationships>`);
    });
    parts.set("xl/styles.xml", this.stylesXml());
    let strings = '<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">';
    for (const text of this.strings.keys()) strings += `<si><t${text.trim().length === text.length ? "" : ' xml:space="preserve"'}>${xmlText(text)}</t></si>`;
    parts.set("xl/sharedStrings.xml", `${strings}</sst>`);
    return parts;
  }

  private stylesXml(): string {
    const formats = this.styles.filter((name): name is NumberFormat => name !== BOLD);
    const bold = this.styles.includes(BOLD);
    const font = (b: boolean): string => `<font><family val="2"/><scheme val="minor"/>${b ? "<b/>" : ""}<color theme="1"/></font>`;
    const xf = (name: typeof BOLD | NumberFormat): string => (name === BOLD ? `<xf fontId="1" applyFont="1"></xf>` : `<xf numFmtId="${FIRST_FORMAT_ID + formats.indexOf(name)}" applyNumberFormat="1"></xf>`);
    const numFmts = formats.map((name, i) => `<numFmt numFmtId="${FIRST_FORMAT_ID + i}" formatCode="${xmlAttribute(FORMAT_CODES[name])}"/>`).join("");
    return (
      '<?xml version="1.0" ?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (formats.length > 0 ? `<numFmts count="${formats.length}">${numFmts}</numFmts>` : "") +
      `<fonts count="${bold ? 2 : 1}">${font(false)}${bold ? font(true) : ""}</fonts>` +
      '<fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills>' +
      '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>' +
      `<cellXfs count="${this.styles.length + 1}"><xf ></xf>${this.styles.map(xf).join("")}</cellXfs></styleSheet>`
    );
  }
}

/** Letters of the first columns, worked out once. */
const COLUMNS = Array.from({ length: 64 }, (_, i) => columnLetters(i));

function sheetXml(sheet: XlsxSheet, index: number): string {
  const cols = sheet.widths.map((w, c) => `<col min="${c + 1}" max="${c + 1}" width="${w}" customWidth="1"/>`).join("");
  const filter = filterRange(sheet);
  return (
    `<?xml version="1.0" ?><worksheet ${NAMESPACES}><sheetViews><sheetView tabSelected="${index === 0 ? 1 : 0}" workbookViewId="0"><pane ySplit="1" xSplit="0" topLeftCell="A2" activePane="bottomRight" state="frozen"/></sheetView></sheetViews>` +
    `${cols === "" ? "" : `<cols>${cols}</cols>`}<sheetData>${sheet.rows.join("")}</sheetData>${filter === undefined ? "" : `<autoFilter ref="${filter.replaceAll("$", "")}"/>`}</worksheet>`
  );
}

/**
 * The cells a sheet's filter covers, `$A$1:$P$120` (its headers and every row below them,
 * each column with a width, or its `table`), so that a spreadsheet opens the sheet with a filter button on
 * each header: a head of library picks one library, program or month without setting it
 * up. Undefined for a sheet with no row under its headers, or no column.
 */
export function filterRange(sheet: XlsxSheet): string | undefined {
  const rows = sheet.table?.rows ?? sheet.rows.length;
  const columns = sheet.table?.columns ?? sheet.widths.length;
  if (rows < 2 || columns === 0) return undefined;
  return `$A$1:$${COLUMNS[columns - 1] ?? columnLetters(columns - 1)}$${rows}`;
}

/** The workbook's names: each filter's hidden `_xlnm._FilterDatabase`, as a spreadsheet writes it beside `autoFilter`. */
function definedNames(sheets: readonly XlsxSheet[]): string {
  const names = sheets.flatMap((sheet, i) => {
    const range = filterRange(sheet);
    return range === undefined ? [] : [`<definedName name="_xlnm._FilterDatabase" localSheetId="${i}" hidden="1">${xmlText(`'${sheet.name.replaceAll("'", "''")}'!${range}`)}</definedName>`];
  });
  return names.length === 0 ? "<definedNames/>" : `<definedNames>${names.join("")}</definedNames>`;
}
