// A table as the app imports and exports it, whatever the file: rows of text cells, header first. This is the pure
// part for CSV (decode, parse, limits, write); the .xlsx reading and writing is in core/node/table-file.ts.
import { DpiaError } from '../errors.ts';
import { TABLE_LIMITS } from '../format/limits.ts';
import { decodeText } from './decode-text.ts';
import { parseCsv, type CsvSeparator } from './parse.ts';
import { toCsv, unguardCell } from './write.ts';

export type TableRows = string[][];

/** Refuses a table over the row, column or cell limits, whatever file it came from. */
export function checkTableLimits(rows: readonly (readonly string[])[], file: string): void {
  if (rows.length > TABLE_LIMITS.maxRows)
    throw new DpiaError('table-over-limit', { file, what: 'rows', limit: TABLE_LIMITS.maxRows });
  let cells = 0;
  for (const row of rows) {
    if (row.length > TABLE_LIMITS.maxColumns)
      throw new DpiaError('table-over-limit', { file, what: 'columns', limit: TABLE_LIMITS.maxColumns });
    cells += row.length;
  }
  if (cells > TABLE_LIMITS.maxCells)
    throw new DpiaError('table-over-limit', { file, what: 'cells', limit: TABLE_LIMITS.maxCells });
}

/**
 * Each cell as the user sees it: the apostrophe of the formula guard removed, so that an export reads back unchanged.
 * Every table read goes through it once (CSV here, .xlsx in core/node/table-file.ts); consumers never unguard again.
 */
export function unguardRows(rows: TableRows): TableRows {
  return rows.map((row) => row.map(unguardCell));
}

/** The rows of a CSV file's bytes (UTF-8, UTF-16 or Windows-1252; `;`, `,` or tab); blank lines dropped. */
export function readCsvTable(bytes: Uint8Array, file: string): TableRows {
  const parsed = parseCsv(decodeText(bytes));
  if (parsed.unterminatedQuoteLine !== null)
    throw new DpiaError('table-unterminated-quote', { file, line: parsed.unterminatedQuoteLine });
  checkTableLimits(parsed.rows, file);
  return unguardRows(parsed.rows);
}

/** The rows as the app's CSV exports write them: UTF-8 with BOM, `;`, CRLF, every cell guarded against formulas. */
export function tableToCsv(rows: readonly (readonly string[])[], separator: CsvSeparator = ';'): string {
  return toCsv(rows, { separator });
}
