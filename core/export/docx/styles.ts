// The look of the Word export: page geometry, colours, paragraph styles and list numbering, in one place.
import { AlignmentType, BorderStyle, LevelFormat, LineRuleType, convertMillimetersToTwip } from 'docx';
import type { INumberingOptions, IStylesOptions } from 'docx';

/** Calibri in Word; LibreOffice substitutes Carlito, which has the same metrics, so pages break alike. */
export const FONT = 'Calibri';

/** Sizes in half-points, as Word stores them. */
export const SIZE = {
  body: 21,
  small: 18,
  table: 18,
  compact: 16,
  header: 16,
  coverTitle: 52,
  coverSubtitle: 28,
} as const;

/** A restrained palette: dark blue for structure, greys for secondary text, light fills for table headers. */
export const COLOUR = {
  heading: '1F3864',
  accent: '2E5597',
  text: '1A1A1A',
  muted: '6B6B6B',
  border: 'B4BCC8',
  headerFill: 'DCE3EE',
  labelFill: 'F2F4F7',
  link: '1F4E9A',
} as const;

/** Zone fills of the risk map, from green to red; each cell also prints its zone word for greyscale printing. */
export const ZONE_FILL = {
  low: 'C6E0B4',
  moderate: 'FFE699',
  significant: 'F4B183',
  high: 'E48A8A',
} as const;

export const VERDICT_COLOUR = {
  acceptable: '2E7D32',
  improvable: 'B26A00',
  'to-correct': 'B3261E',
} as const;

const A4 = { width: convertMillimetersToTwip(210), height: convertMillimetersToTwip(297) };
const MARGIN = convertMillimetersToTwip(20);

export const PAGE_MARGINS = {
  top: MARGIN,
  bottom: MARGIN,
  left: MARGIN,
  right: MARGIN,
  header: convertMillimetersToTwip(9),
  footer: convertMillimetersToTwip(9),
};

/** Page sizes are always given portrait; Word swaps them for landscape sections. */
export const PAGE_SIZE = A4;

/** Width of the text on a page, in twips, to lay tables and tab stops out. */
export const TEXT_WIDTH = {
  portrait: A4.width - 2 * MARGIN,
  landscape: A4.height - 2 * MARGIN,
} as const;

/** Paragraph and character style ids used by the export, beside Word's built-in headings. */
export const STYLE = {
  coverTitle: 'CoverTitle',
  coverSubtitle: 'CoverSubtitle',
  question: 'Question',
  tableText: 'TableText',
  tableHeading: 'TableHeading',
  compactHeading: 'CompactHeading',
  compact: 'CompactText',
  note: 'Note',
  tocHeading: 'TocHeading',
  guidance: 'Guidance',
  answer: 'Answer',
  caption: 'Caption',
  headerFooter: 'HeaderFooterText',
  hyperlink: 'Hyperlink',
} as const;

export const NUMBERING = { bullet: 'dpia-bullet', ordered: 'dpia-ordered' } as const;

/** List levels indent by 0.6 cm; docx lists go 9 levels deep (0–8). */
export const MAX_LIST_LEVEL = 8;
const LIST_INDENT = convertMillimetersToTwip(6);
const BULLETS = ['•', '◦', '▪'];
const ORDERED_FORMATS = [LevelFormat.DECIMAL, LevelFormat.LOWER_LETTER, LevelFormat.LOWER_ROMAN];

const levels = (kind: 'bullet' | 'ordered') =>
  Array.from({ length: MAX_LIST_LEVEL + 1 }, (_, level) => ({
    level,
    format: kind === 'bullet' ? LevelFormat.BULLET : ORDERED_FORMATS[level % ORDERED_FORMATS.length],
    text: kind === 'bullet' ? BULLETS[level % BULLETS.length] : `%${level + 1}.`,
    alignment: AlignmentType.LEFT,
    style: {
      paragraph: { indent: { left: LIST_INDENT * (level + 1), hanging: convertMillimetersToTwip(4.5) } },
    },
  }));

export const NUMBERING_OPTIONS: INumberingOptions = {
  config: [
    { reference: NUMBERING.bullet, levels: levels('bullet') },
    { reference: NUMBERING.ordered, levels: levels('ordered') },
  ],
};

const heading = (size: number, before: number, after: number, outlineLevel: number, colour: string) => ({
  basedOn: 'Normal',
  next: 'Normal',
  quickFormat: true,
  run: { font: FONT, size, bold: true, color: colour },
  paragraph: { spacing: { before, after }, keepNext: true, keepLines: true, outlineLevel },
});

/**
 * Styles of the document; `language` is the proofing language written as w:lang in the document defaults, and
 * `answersLanguage` that of the organisation's answers, which an English export of a French file keeps in French.
 */
export function documentStyles(language: string, answersLanguage: string = language): IStylesOptions {
  return {
    default: {
      document: {
        run: { font: FONT, size: SIZE.body, color: COLOUR.text, language: { value: language } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(32, 0, 240, 0, COLOUR.heading),
      heading2: heading(26, 320, 120, 1, COLOUR.heading),
      heading3: heading(22, 240, 80, 2, COLOUR.accent),
      heading4: heading(21, 200, 60, 3, COLOUR.heading),
      title: { run: { font: FONT, size: SIZE.coverTitle, bold: true, color: COLOUR.heading } },
      hyperlink: { run: { color: COLOUR.link, underline: {} } },
      listParagraph: { paragraph: { spacing: { after: 60 } } },
    },
    paragraphStyles: [
      {
        id: STYLE.coverTitle,
        name: 'Cover Title',
        basedOn: 'Normal',
        run: { size: SIZE.coverTitle, bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 240, after: 240, line: 240, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.coverSubtitle,
        name: 'Cover Subtitle',
        basedOn: 'Normal',
        run: { size: SIZE.coverSubtitle, color: COLOUR.accent },
        paragraph: { spacing: { after: 120 } },
      },
      {
        id: STYLE.question,
        name: 'Question',
        basedOn: 'Normal',
        next: 'Normal',
        quickFormat: true,
        run: { bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 200, after: 60 }, keepNext: true, keepLines: true },
      },
      {
        id: STYLE.tableText,
        name: 'Table Text',
        basedOn: 'Normal',
        run: { size: SIZE.table },
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
      // Keep-with-next holds a header row to the first row below it, and a record of labels and values
      // (a risk, the document control) on one page when it fits in one.
      {
        id: STYLE.tableHeading,
        name: 'Table Heading',
        basedOn: STYLE.tableText,
        run: { bold: true, color: COLOUR.heading },
        paragraph: { keepNext: true },
      },
      {
        id: STYLE.compactHeading,
        name: 'Compact Heading',
        basedOn: STYLE.tableHeading,
        run: { size: SIZE.compact },
        paragraph: { spacing: { before: 0, after: 0, line: 228, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.compact,
        name: 'Compact Text',
        basedOn: 'Normal',
        run: { size: SIZE.compact },
        paragraph: { spacing: { before: 0, after: 0, line: 228, lineRule: LineRuleType.AUTO } },
      },
      {
        id: STYLE.note,
        name: 'Note',
        basedOn: 'Normal',
        run: { size: SIZE.small, color: COLOUR.muted },
        paragraph: { spacing: { after: 80 } },
      },
      // The organisation's answers, tagged with the language they are written in, for proofing and screen readers.
      {
        id: STYLE.answer,
        name: 'Answer',
        basedOn: 'Normal',
        next: 'Normal',
        run: { language: { value: answersLanguage } },
      },
      // Template guidance, printed so that nobody reads it as the organisation's answer.
      {
        id: STYLE.guidance,
        name: 'Guidance',
        basedOn: STYLE.note,
        run: { italics: true, color: COLOUR.muted },
        paragraph: {
          indent: { left: 240 },
          border: { left: { style: BorderStyle.SINGLE, size: 8, color: COLOUR.border, space: 6 } },
        },
      },
      {
        id: STYLE.tocHeading,
        name: 'TOC Heading',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: 32, bold: true, color: COLOUR.heading },
        paragraph: { spacing: { after: 240 } },
      },
      // The entries of the table of contents, as Word styles them when it updates the field.
      {
        id: 'TOC1',
        name: 'toc 1',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 120, after: 40 } },
      },
      {
        id: 'TOC2',
        name: 'toc 2',
        basedOn: 'Normal',
        next: 'Normal',
        paragraph: { indent: { left: 360 }, spacing: { after: 30 } },
      },
      {
        id: 'TOC3',
        name: 'toc 3',
        basedOn: 'Normal',
        next: 'Normal',
        run: { size: SIZE.small, color: COLOUR.muted },
        paragraph: { indent: { left: 720 }, spacing: { after: 20 } },
      },
      {
        id: STYLE.headerFooter,
        name: 'Header Footer Text',
        basedOn: 'Normal',
        run: { size: SIZE.header, color: COLOUR.muted },
        paragraph: { spacing: { after: 0 } },
      },
    ],
  };
}
