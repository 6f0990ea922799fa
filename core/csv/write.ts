// Writes CSV that French and English spreadsheets open correctly: UTF-8 BOM, chosen separator, CRLF, RFC 4180 quoting.
import type { CsvSeparator } from './parse.ts';

export interface CsvWriteOptions {
  separator: CsvSeparator;
  /** Excel needs the byte-order mark to read UTF-8 (accents) correctly. Default true. */
  bom?: boolean;
}

/**
 * A cell starting with = + - @ would run as a formula in a spreadsheet (CSV injection); an apostrophe in front makes
 * it text. `parseCsvCell` removes it again on import.
 */
// Cells already starting with apostrophes before such a character get one more, so that the round trip is lossless.
const FORMULA_START = /^'*[=+\-@\t\r]/;

/** The cell as a spreadsheet will show it as text, never run it: the guard of every CSV and .xlsx export. */
export function guardCell(value: string): string {
  return FORMULA_START.test(value) && !/^-?\d+(?:[.,]\d+)?$/.test(value) ? `'${value}` : value;
}

export function csvCell(value: string, separator: CsvSeparator): string {
  const safe = guardCell(value);
  const needsQuotes =
    safe.includes(separator) ||
    safe.includes('"') ||
    safe.includes('\n') ||
    safe.includes('\r') ||
    safe !== safe.trim();
  return needsQuotes ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: readonly (readonly string[])[], options: CsvWriteOptions): string {
  const body = rows
    .map((row) => row.map((cell) => csvCell(cell, options.separator)).join(options.separator))
    .join('\r\n');
  return (options.bom === false ? '' : '\uFEFF') + body + '\r\n';
}

/** Undoes the formula guard of `csvCell` on a parsed cell. */
export function unguardCell(value: string): string {
  return /^'+[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}
