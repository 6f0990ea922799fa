// Parses CSV text as spreadsheets write it: quoted fields with commas, quotes and line breaks, `;` or `,` or tab
// separators (French Excel uses `;`), a byte-order mark, and CRLF, LF or CR line ends.

export type CsvSeparator = ';' | ',' | '\t';

export interface ParsedCsv {
  rows: string[][];
  separator: CsvSeparator;
  /** A quoted field was still open at the end of the text: the file is probably truncated. */
  unterminatedQuote: boolean;
  /** The line of the file (from 1) where that quote opens, or null. */
  unterminatedQuoteLine: number | null;
}

const SEPARATORS: readonly CsvSeparator[] = [';', ',', '\t'];

/** The separator used by the first line (outside quotes); `;` wins ties, as French spreadsheets write it. */
export function detectSeparator(text: string): CsvSeparator {
  const counts = new Map<CsvSeparator, number>(SEPARATORS.map((s) => [s, 0]));
  let quoted = false;
  for (const ch of stripBom(text)) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch as CsvSeparator))
      counts.set(ch as CsvSeparator, counts.get(ch as CsvSeparator)! + 1);
  }
  let best: CsvSeparator = ';';
  for (const s of SEPARATORS) if (counts.get(s)! > counts.get(best)!) best = s;
  return best;
}

export function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/** Parses the whole text; blank lines are dropped. */
export function parseCsv(input: string, options: { separator?: CsvSeparator } = {}): ParsedCsv {
  const text = stripBom(input);
  const separator = options.separator ?? detectSeparator(text);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteLine = 0;
  let i = 0;
  const endField = () => {
    row.push(field);
    field = '';
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (row.length > 1 || row[0] !== '') rows.push(row);
    row = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '\n' || (ch === '\r' && text[i + 1] !== '\n')) line++;
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && !fieldStarted) {
      quoted = true;
      quoteLine = line;
      fieldStarted = true;
    } else if (ch === separator) {
      endField();
    } else if (ch === '\r' || ch === '\n') {
      endRow();
      line++;
      if (ch === '\r' && text[i + 1] === '\n') i++;
    } else {
      // A quote in the middle of an unquoted field is kept as it is, as spreadsheets do.
      field += ch;
      fieldStarted = true;
    }
    i++;
  }
  const unterminatedQuote = quoted;
  if (field !== '' || fieldStarted || row.length > 0) endRow();
  return { rows, separator, unterminatedQuote, unterminatedQuoteLine: quoted ? quoteLine : null };
}
