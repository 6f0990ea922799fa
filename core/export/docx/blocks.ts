// Building blocks shared by the parts of the export: headings, plain paragraphs, markers, and the two table shapes.
import {
  BorderStyle,
  HeadingLevel,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableLayoutType,
  TableRow,
  TextRun,
  VerticalAlignTable,
  WidthType,
} from 'docx';
import type { AlignmentType, FileChild, IRunOptions, ParagraphChild } from 'docx';
import type { ExportContext } from './context.ts';
import { isRightToLeft } from './safe-text.ts';
import { COLOUR, STYLE, TEXT_WIDTH } from './styles.ts';

const HEADING_LEVEL = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const;

/** A real Word heading, so the navigation pane and the table of contents find it. */
export function heading(
  ctx: ExportContext,
  level: 1 | 2 | 3 | 4,
  text: string,
  pageBreakBefore = false,
): Paragraph {
  const value = ctx.text(text);
  const paragraph = new Paragraph({
    heading: HEADING_LEVEL[level],
    pageBreakBefore,
    bidirectional: isRightToLeft(value) || undefined,
    children: [new TextRun(value)],
  });
  if (pageBreakBefore) pageStarts.add(paragraph);
  return paragraph;
}

/** Paragraphs that start a page, and empty spacers: a spacer before a page start would be alone on a page. */
const pageStarts = new WeakSet<object>();
const spacers = new WeakSet<object>();

/** Marks a block that starts a new page (a section break does too), so no spacer is left before it. */
export function startsPage<T extends object>(block: T): T {
  pageStarts.add(block);
  return block;
}

/**
 * Drops the spacers before a block that starts a page and at the end: the page before would otherwise end with an
 * empty paragraph that LibreOffice and Word may push onto a page of its own, left blank.
 */
export function withoutStrandedSpacers(blocks: readonly FileChild[]): FileChild[] {
  const out: FileChild[] = [];
  for (const block of blocks) {
    if (pageStarts.has(block)) while (out.length > 0 && spacers.has(out[out.length - 1] as object)) out.pop();
    out.push(block);
  }
  while (out.length > 0 && spacers.has(out[out.length - 1] as object)) out.pop();
  return out;
}

type RunStyle = Omit<IRunOptions, 'text' | 'children' | 'break'>;

/** Runs for a plain text, line breaks kept; the text must already be made safe (ctx.text). */
export function linesToRuns(value: string, style: RunStyle = {}): TextRun[] {
  return value.split('\n').map((line, i) => new TextRun({ ...style, text: line, break: i > 0 ? 1 : 0 }));
}

export interface ParagraphOptions {
  style?: string;
  run?: RunStyle;
  alignment?: (typeof AlignmentType)[keyof typeof AlignmentType];
  keepNext?: boolean;
  spacingAfter?: number;
}

/** A paragraph of plain user or template text. */
export function para(ctx: ExportContext, text: string, options: ParagraphOptions = {}): Paragraph {
  const value = ctx.text(text);
  return paragraphOf(linesToRuns(value, options.run), options, isRightToLeft(value));
}

/** A paragraph of ready-made runs. */
export function paragraphOf(
  children: ParagraphChild[],
  options: ParagraphOptions = {},
  rtl = false,
): Paragraph {
  return new Paragraph({
    style: options.style,
    alignment: options.alignment,
    keepNext: options.keepNext,
    bidirectional: rtl || undefined,
    spacing: options.spacingAfter === undefined ? undefined : { after: options.spacingAfter },
    children,
  });
}

/** The grey italic marker of a question left without an answer, visible to the reader. */
export function notAnswered(ctx: ExportContext, optional = false, style?: string): Paragraph {
  const label = optional ? ctx.labels.answers.notAnsweredOptional : ctx.labels.answers.notAnswered;
  return para(ctx, label, { style, run: { italics: true, color: COLOUR.muted } });
}

export function note(ctx: ExportContext, text: string): Paragraph {
  return para(ctx, text, { style: STYLE.note });
}

const BORDER = { style: BorderStyle.SINGLE, size: 4, color: COLOUR.border };
const TABLE_BORDERS = {
  top: BORDER,
  bottom: BORDER,
  left: BORDER,
  right: BORDER,
  insideHorizontal: BORDER,
  insideVertical: BORDER,
};
const CELL_MARGINS = { top: 30, bottom: 30, left: 80, right: 80 };

/** What a cell holds: a plain text (typeset here) or paragraphs built by the caller. */
export type CellContent = string | Paragraph[];

export interface Column {
  header: string;
  /** Relative width; columns share the table's width in proportion. */
  width: number;
}

export interface DataTableOptions {
  columns: Column[];
  rows: CellContent[][];
  /** Total width in twips; the portrait text width by default. */
  width?: number;
  /** Paragraph style of the body cells. */
  style?: string;
  /** Paragraph style of the header cells. */
  headerStyle?: string;
  /** Cell padding in twips, tighter for dense tables. */
  cellMargins?: { top: number; bottom: number; left: number; right: number };
  /** Rows that may break across pages, e.g. free text answers longer than a page. */
  allowSplit?: (row: number) => boolean;
  /** Fill of some body cells, e.g. a verdict colour; by row then column. */
  fill?: (row: number, column: number) => string | undefined;
}

function cellParagraphs(ctx: ExportContext, content: CellContent, style: string): Paragraph[] {
  if (typeof content !== 'string') return content.length > 0 ? content : [new Paragraph({ style })];
  return [para(ctx, content, { style })];
}

export function columnWidths(columns: readonly { width: number }[], total: number): number[] {
  const sum = columns.reduce((s, c) => s + c.width, 0);
  return columns.map((c) => Math.floor((total * c.width) / sum));
}

/** A table with a shaded header row that repeats on each page. */
export function dataTable(ctx: ExportContext, options: DataTableOptions): Table {
  const total = options.width ?? TEXT_WIDTH.portrait;
  const widths = columnWidths(options.columns, total);
  const style = options.style ?? STYLE.tableText;
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: options.columns.map(
      (c) =>
        new TableCell({
          shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.headerFill },
          verticalAlign: VerticalAlignTable.BOTTOM,
          children: [para(ctx, c.header, { style: options.headerStyle ?? STYLE.tableHeading })],
        }),
    ),
  });
  const body = options.rows.map(
    (row, r) =>
      new TableRow({
        // A row moves to the next page whole, as a register is read row by row; only a row too long for a page
        // (allowSplit) may break, which Word and LibreOffice would do anyway.
        cantSplit: options.allowSplit?.(r) !== true || undefined,
        children: options.columns.map((_, c) => {
          const fill = options.fill?.(r, c);
          return new TableCell({
            shading: fill === undefined ? undefined : { type: ShadingType.CLEAR, color: 'auto', fill },
            children: cellParagraphs(ctx, row[c] ?? '', style),
          });
        }),
      }),
  );
  return new Table({
    rows: [header, ...body],
    width: { size: widths.reduce((s, w) => s + w, 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: options.cellMargins ?? CELL_MARGINS,
  });
}

/** A two-column table of labels (shaded) and values, for records such as the document control or a risk. */
export function keyValueTable(
  ctx: ExportContext,
  rows: readonly (readonly [string, CellContent])[],
  options: { width?: number; labelShare?: number } = {},
): Table {
  const total = options.width ?? TEXT_WIDTH.portrait;
  const share = options.labelShare ?? 0.3;
  const widths = [Math.floor(total * share), Math.floor(total * (1 - share))];
  return new Table({
    rows: rows.map(
      ([label, value]) =>
        new TableRow({
          children: [
            new TableCell({
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.labelFill },
              children: [para(ctx, label, { style: STYLE.tableHeading })],
            }),
            new TableCell({ children: cellParagraphs(ctx, value, STYLE.tableText) }),
          ],
        }),
    ),
    width: { size: (widths[0] ?? 0) + (widths[1] ?? 0), type: WidthType.DXA },
    columnWidths: widths,
    layout: TableLayoutType.FIXED,
    borders: TABLE_BORDERS,
    margins: CELL_MARGINS,
  });
}

/** An empty paragraph that separates a table from what follows (Word glues consecutive tables together). */
export function spacer(after = 120): Paragraph {
  const paragraph = new Paragraph({ spacing: { before: 0, after }, children: [] });
  spacers.add(paragraph);
  return paragraph;
}
