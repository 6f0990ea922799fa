// Tables in files, for the main process and the CLI: a CSV or .xlsx file's rows as text cells, and rows written as
// CSV or .xlsx. An .xlsx is an untrusted ZIP: its archive and its rows are checked within TABLE_LIMITS before exceljs
// reads it, and every cell is turned into text the same way whatever its type.
import path from 'node:path';
import ExcelJS from 'exceljs';
import { DpiaError } from '../errors.ts';
import { DEFAULT_LIMITS, formatBytes, TABLE_LIMITS } from '../format/limits.ts';
import { sniffFile } from '../format/sniff.ts';
import { unzipWithinLimits } from '../format/unzip-within-limits.ts';
import { checkTableLimits, readCsvTable, tableToCsv, unguardRows, type TableRows } from '../csv/table.ts';
import { guardCell } from '../csv/write.ts';
import type { CsvSeparator } from '../csv/parse.ts';
import { readFileWithinLimit } from './dpia-file.ts';

export type TableFormat = 'csv' | 'xlsx';

const WORKSHEET = /^xl\/worksheets\/[^/]+\.xml$/;
const LT = 0x3c;
const COLON = 0x3a;

/** How many elements named `tag` (with or without a namespace prefix) the XML bytes open. */
function countElements(xml: Uint8Array, tag: string): number {
  const name = [...tag].map((c) => c.charCodeAt(0));
  let count = 0;
  for (let i = 1; i < xml.length - name.length; i++) {
    const before = xml[i - 1];
    if ((before !== LT && before !== COLON) || xml[i] !== name[0]) continue;
    if (!name.every((b, j) => xml[i + j] === b)) continue;
    const after = xml[i + name.length];
    if (
      after === 0x20 ||
      after === 0x3e ||
      after === 0x2f ||
      after === 0x09 ||
      after === 0x0a ||
      after === 0x0d
    )
      count++;
  }
  return count;
}

/** The archive checked part by part (sizes, ratios, layout), and the rows, cells and sheets counted, before exceljs. */
function checkXlsx(bytes: Uint8Array, file: string): void {
  const entries = unzipWithinLimits(
    bytes,
    file,
    {
      ...DEFAULT_LIMITS,
      maxFileBytes: TABLE_LIMITS.maxFileBytes,
      maxEntries: TABLE_LIMITS.maxEntries,
      maxTotalUncompressedBytes: TABLE_LIMITS.maxTotalUncompressedBytes,
    },
    { checkName: () => undefined, maxBytes: () => TABLE_LIMITS.maxEntryBytes, skip: (n) => n.endsWith('/') },
  );
  const sheets = Object.keys(entries).filter((name) => WORKSHEET.test(name));
  if (sheets.length > TABLE_LIMITS.maxSheets)
    throw new DpiaError('table-over-limit', { file, what: 'sheets', limit: TABLE_LIMITS.maxSheets });
  if (sheets.length === 0 || entries['xl/workbook.xml'] === undefined)
    throw new DpiaError('table-unreadable', { file, detail: 'no worksheet' });
  let cells = 0;
  for (const sheet of sheets) {
    const xml = entries[sheet]!;
    if (countElements(xml, 'row') > TABLE_LIMITS.maxRows)
      throw new DpiaError('table-over-limit', { file, what: 'rows', limit: TABLE_LIMITS.maxRows });
    cells += countElements(xml, 'c');
  }
  const shared = entries['xl/sharedStrings.xml'];
  if (shared) cells = Math.max(cells, countElements(shared, 'si'));
  if (cells > TABLE_LIMITS.maxCells)
    throw new DpiaError('table-over-limit', { file, what: 'cells', limit: TABLE_LIMITS.maxCells });
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A number as a person typed it: no float noise (0.1 + 0.2 → 0.3), no exponent for ordinary values. */
export function numberText(value: number): string {
  if (!Number.isFinite(value)) return '';
  if (Object.is(value, -0)) return '0';
  return String(Number.isInteger(value) ? value : Number(value.toPrecision(15)));
}

/** A date as ISO yyyy-mm-dd (exceljs gives dates in UTC), with hh:mm when it has a time. */
export function dateText(value: Date): string {
  if (Number.isNaN(value.getTime())) return '';
  const day = `${value.getUTCFullYear()}-${pad(value.getUTCMonth() + 1)}-${pad(value.getUTCDate())}`;
  const hasTime = value.getUTCHours() !== 0 || value.getUTCMinutes() !== 0;
  return hasTime ? `${day} ${pad(value.getUTCHours())}:${pad(value.getUTCMinutes())}` : day;
}

/**
 * A cell's value as text: dates ISO, numbers without float noise, booleans TRUE/FALSE, rich text flattened, a
 * formula's cached result, an error empty, a hyperlink its text.
 */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return numberText(value);
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (value instanceof Date) return dateText(value);
  if ('error' in value) return '';
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText(value.result ?? null);
  if ('hyperlink' in value) return cellText(value.text);
  return '';
}

/** The first worksheet's rows as text, blank rows dropped, every row as wide as the widest. */
export async function readXlsxTable(bytes: Uint8Array, file: string): Promise<TableRows> {
  checkXlsx(bytes, file);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as never);
  } catch (error) {
    throw new DpiaError('table-unreadable', {
      file,
      detail: error instanceof Error ? error.message.slice(0, 200) : 'unknown error',
    });
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DpiaError('table-unreadable', { file, detail: 'no worksheet' });
  const rows: string[][] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const cells: string[] = [];
    row.eachCell({ includeEmpty: false }, (cell, column) => {
      if (column > TABLE_LIMITS.maxColumns)
        throw new DpiaError('table-over-limit', { file, what: 'columns', limit: TABLE_LIMITS.maxColumns });
      const merged = cell.isMerged && cell.master !== cell;
      cells[column - 1] = merged ? '' : cellText(cell.value);
    });
    const filled = Array.from(cells, (c) => c ?? '');
    if (filled.every((c) => c.trim() === '')) return;
    width = Math.max(width, filled.length);
    rows.push(filled);
  });
  const table = rows.map((row) => [...row, ...Array<string>(width - row.length).fill('')]);
  checkTableLimits(table, file);
  return table;
}

/** The rows of a table file's bytes; anything but CSV/text or .xlsx is refused with one sentence saying what it is. */
export async function readTableBytes(bytes: Uint8Array, file: string): Promise<TableRows> {
  if (bytes.length > TABLE_LIMITS.maxFileBytes)
    throw new DpiaError('file-too-large', { file, limit: formatBytes(TABLE_LIMITS.maxFileBytes) });
  const kind = sniffFile(bytes);
  if (kind === 'xlsx') return unguardRows(await readXlsxTable(bytes, file));
  if (kind === 'text') return readCsvTable(bytes, file);
  throw new DpiaError('not-a-table', { file, kind });
}

export async function readTableFile(filePath: string): Promise<{ name: string; rows: TableRows }> {
  const name = path.basename(filePath);
  const bytes = await readFileWithinLimit(filePath, TABLE_LIMITS.maxFileBytes);
  return { name, rows: await readTableBytes(bytes, name) };
}

/** Column width in characters: the longest line of the column's cells, within bounds a screen shows. */
function columnWidth(rows: readonly (readonly string[])[], column: number): number {
  let longest = 0;
  for (const row of rows.slice(0, 2000)) {
    for (const line of (row[column] ?? '').split('\n')) longest = Math.max(longest, line.length);
  }
  return Math.min(60, Math.max(8, longest + 2));
}

/** The rows as an .xlsx workbook of one sheet: every cell text (guarded), header bold and frozen, widths fitted. */
export async function writeXlsxTable(
  rows: readonly (readonly string[])[],
  sheetName = 'Table',
): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  // Fixed dates: the same rows give the same file.
  workbook.created = new Date(0);
  workbook.modified = new Date(0);
  const sheet = workbook.addWorksheet(sheetName.replace(/[[\]*?:/\\]/g, ' ').slice(0, 31) || 'Table', {
    views: [{ state: 'frozen', ySplit: 1 }],
  });
  for (const row of rows) sheet.addRow(row.map(guardCell));
  const width = Math.max(0, ...rows.map((r) => r.length));
  for (let c = 0; c < width; c++) {
    const column = sheet.getColumn(c + 1);
    column.width = columnWidth(rows, c);
    column.alignment = { vertical: 'top', wrapText: true };
  }
  if (rows.length > 0) sheet.getRow(1).font = { bold: true };
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer);
}

/** The rows in the chosen format: CSV as UTF-8 with BOM (`;` unless told), or .xlsx. */
export async function writeTableBytes(
  rows: readonly (readonly string[])[],
  format: TableFormat,
  options: { sheetName?: string; separator?: CsvSeparator } = {},
): Promise<Uint8Array> {
  if (format === 'xlsx') return writeXlsxTable(rows, options.sheetName);
  return new TextEncoder().encode(tableToCsv(rows, options.separator));
}

/** The format a file name asks for: .xlsx, or CSV for anything else. */
export function tableFormatOf(fileName: string): TableFormat {
  return fileName.toLowerCase().endsWith('.xlsx') ? 'xlsx' : 'csv';
}
