// The web notice as a Word document: the same blocks as the HTML page, with Word's headings, lists and a table.
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  convertMillimetersToTwip,
} from 'docx';
import type { FileChild } from 'docx';
import { safeXmlText } from '../export/docx/safe-text.ts';
import { COLOUR, NUMBERING, NUMBERING_OPTIONS } from '../export/docx/styles.ts';
import type { Language } from '../model/localized.ts';
import type { Block } from './blocks.ts';
import { noticeStyles, runs } from './docx-runs.ts';

/** Word's own A4, in twips. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = convertMillimetersToTwip(20);
const TEXT_WIDTH = A4.width - 2 * MARGIN;
const BODY = 22;
const HEADINGS = { 1: HeadingLevel.HEADING_1, 2: HeadingLevel.HEADING_2, 3: HeadingLevel.HEADING_3 } as const;

interface ListState {
  instance: number;
}

function blockChildren(block: Block, out: FileChild[], list: ListState, level = -1, ordered = false): void {
  switch (block.kind) {
    case 'heading':
      out.push(new Paragraph({ heading: HEADINGS[block.level], children: runs(block.content) }));
      return;
    case 'paragraph':
      out.push(
        new Paragraph({
          ...(block.role === 'lead' ? { style: 'Lead' } : block.role === 'note' ? { style: 'Note' } : {}),
          ...(level >= 0
            ? {
                numbering: {
                  reference: ordered ? NUMBERING.ordered : NUMBERING.bullet,
                  level: Math.min(level, 8),
                  instance: list.instance,
                },
              }
            : {}),
          children: runs(block.content),
        }),
      );
      return;
    case 'list': {
      // Each list numbers from 1: a fresh numbering instance.
      list.instance++;
      const instance = list.instance;
      for (const item of block.items) {
        item.forEach((child, i) => {
          if (i === 0 && child.kind === 'paragraph') {
            const state = { instance };
            blockChildren(child, out, state, level + 1, block.ordered);
          } else {
            blockChildren(child, out, list, child.kind === 'list' ? level + 1 : -1);
          }
        });
      }
      return;
    }
    case 'table':
      out.push(
        new Paragraph({ style: 'Caption', children: [new TextRun(safeXmlText(block.caption))] }),
        areasTable(block),
      );
      return;
  }
}

function areasTable(block: Extract<Block, { kind: 'table' }>): Table {
  const border = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.border };
  const borders = { top: border, bottom: border, left: border, right: border };
  const widths = [Math.round(TEXT_WIDTH * 0.75), TEXT_WIDTH - Math.round(TEXT_WIDTH * 0.75)];
  const cell = (value: string, column: number, header: boolean) =>
    new TableCell({
      borders,
      width: { size: widths[column] ?? 0, type: WidthType.DXA },
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: COLOUR.headerFill, color: 'auto' } } : {}),
      children: [
        new Paragraph({
          style: 'TableText',
          alignment: block.numeric.includes(column) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text: safeXmlText(value), bold: header || column === 0 })],
        }),
      ],
    });
  return new Table({
    width: { size: TEXT_WIDTH, type: WidthType.DXA },
    columnWidths: widths,
    rows: [
      new TableRow({ tableHeader: true, children: block.headers.map((h, i) => cell(h, i, true)) }),
      ...block.rows.map(
        (row) => new TableRow({ cantSplit: true, children: row.map((v, i) => cell(v, i, false)) }),
      ),
    ],
  });
}

/** The Word document of the web notice (A4 portrait). */
export async function webNoticeDocx(page: {
  title: string;
  language: Language;
  organisation: string;
  blocks: readonly Block[];
}): Promise<Uint8Array> {
  const children: FileChild[] = [];
  const list = { instance: 0 };
  for (const block of page.blocks) blockChildren(block, children, list);
  const file = new Document({
    title: safeXmlText(page.title),
    creator: safeXmlText(page.organisation),
    styles: noticeStyles(page.language, BODY),
    numbering: NUMBERING_OPTIONS,
    sections: [
      {
        properties: {
          page: {
            size: A4,
            margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
