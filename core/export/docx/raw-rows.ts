// The body rows of a register that grows with the inventory (5,000 cameras), written as WordprocessingML text.
//
// docx builds, formats and serialises an object tree per cell; for 65,000 cells that is most of the export's time
// and memory. These rows are plain: a text per cell, maybe bold, in one paragraph style. They are written here as
// the XML docx writes for the same cells, and put in place of a placeholder row when the package is packed.
import { Paragraph, TextRun } from 'docx';
import type { Table } from 'docx';
import type { ExportContext } from './context.ts';
import { columnWidths, dataTable } from './blocks.ts';
import type { DataTableOptions } from './blocks.ts';
import { isRightToLeft } from './safe-text.ts';
import { TEXT_WIDTH } from './styles.ts';

/** A plain cell: its text (line breaks kept) and whether it is bold. */
export interface RawCell {
  text: string;
  bold?: boolean;
}

/**
 * The placeholder's text: U+FFFF cannot be in any text of the document (safeXmlText removes it), so no answer can
 * be mistaken for it, and it never reaches the file.
 */
const MARK = '\uFFFF';
const markOf = (key: number) => `${MARK}raw-rows-${key}${MARK}`;

/** Rows waiting for the package, by placeholder text, in chunks of XML text; one registry per export. */
export type RawRowRegistry = Map<string, string[]>;

/** Rows per chunk: chunks stay small strings, encoded one by one. */
const CHUNK = 250;

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

function runsXml(text: string, bold: boolean): string {
  const props = bold ? '<w:rPr><w:b/><w:bCs/></w:rPr>' : '';
  return text
    .split('\n')
    .map(
      (line, i) =>
        `<w:r>${props}${i > 0 ? '<w:br/>' : ''}<w:t xml:space="preserve">${escapeXml(line)}</w:t></w:r>`,
    )
    .join('');
}

/** A table like `dataTable`'s, whose body rows are written as XML text; every row is kept whole on its page. */
export function rawRowsTable(
  ctx: ExportContext,
  registry: RawRowRegistry,
  options: Omit<DataTableOptions, 'rows' | 'fill' | 'allowSplit'> & { rows: readonly RawCell[][] },
): Table {
  // The layout of the pages must see every row to page what follows them: docx builds them then.
  if (ctx.options.pageNumbers === true)
    return dataTable(ctx, {
      ...options,
      rows: options.rows.map((row) =>
        row.map((cell) =>
          cell.bold === true
            ? [
                new Paragraph({
                  style: options.style,
                  children: [new TextRun({ text: ctx.text(cell.text), bold: true })],
                }),
              ]
            : cell.text,
        ),
      ),
    });
  const mark = markOf(registry.size + 1);
  const style = options.style ?? '';
  // The placeholder is built from a run, not from a text, which would lose the mark to safeXmlText.
  const placeholder = [new Paragraph({ style, children: [new TextRun(mark)] })];
  const table = dataTable(ctx, { ...options, rows: [[placeholder]] });
  const widths = columnWidths(options.columns, options.width ?? TEXT_WIDTH.portrait);
  const chunks: string[] = [];
  let parts: string[] = [];
  for (const row of options.rows) {
    parts.push('<w:tr><w:trPr><w:cantSplit/></w:trPr>');
    widths.forEach((width, c) => {
      const cell = row[c] ?? { text: '' };
      const text = ctx.text(cell.text);
      const bidi = isRightToLeft(text) ? '<w:bidi/>' : '';
      parts.push(
        `<w:tc><w:tcPr><w:tcW w:type="dxa" w:w="${width}"/></w:tcPr><w:p><w:pPr><w:pStyle w:val="${style}"/>${bidi}</w:pPr>${runsXml(text, cell.bold === true)}</w:p></w:tc>`,
      );
    });
    parts.push('</w:tr>');
    if (parts.length >= CHUNK * 15) {
      chunks.push(parts.join(''));
      parts = [];
    }
  }
  chunks.push(parts.join(''));
  registry.set(mark, chunks);
  return table;
}

/** The document's XML as UTF-8, with the rows in place of their placeholder rows. */
export function encodeWithRawRows(documentXml: string, registry: RawRowRegistry): string | Uint8Array {
  if (registry.size === 0) return documentXml;
  const encoder = new TextEncoder();
  const pieces: Uint8Array[] = [];
  let from = 0;
  const places = [...registry]
    .map(([mark, chunks]) => ({ at: documentXml.indexOf(mark), chunks }))
    .filter((p) => p.at >= 0)
    .sort((a, b) => a.at - b.at);
  for (const { at, chunks } of places) {
    const start = documentXml.lastIndexOf('<w:tr>', at);
    pieces.push(encoder.encode(documentXml.slice(from, start)));
    for (const chunk of chunks) pieces.push(encoder.encode(chunk));
    from = documentXml.indexOf('</w:tr>', at) + '</w:tr>'.length;
  }
  pieces.push(encoder.encode(documentXml.slice(from)));
  const out = new Uint8Array(pieces.reduce((n, p) => n + p.length, 0));
  let offset = 0;
  for (const piece of pieces) {
    out.set(piece, offset);
    offset += piece.length;
  }
  return out;
}
