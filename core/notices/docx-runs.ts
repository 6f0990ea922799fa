// Word pieces shared by the sign and the web notice: runs of a paragraph (placeholders highlighted), styles.
import { ExternalHyperlink, HighlightColor, LineRuleType, TextRun } from 'docx';
import type { IStylesOptions, ParagraphChild } from 'docx';
import type { Language } from '../model/localized.ts';
import { safeXmlText } from '../export/docx/safe-text.ts';
import { COLOUR, FONT } from '../export/docx/styles.ts';
import type { Inline } from './blocks.ts';

/** The proofing language Word writes as w:lang. */
export const WORD_LANGUAGE: Record<Language, string> = { fr: 'fr-FR', en: 'en-GB' };

export interface RunStyle {
  /** Half-points; the paragraph style's size when absent. */
  size?: number;
  bold?: boolean;
  colour?: string;
}

/** A text with its line breaks, as runs. */
function textRuns(value: string, options: ConstructorParameters<typeof TextRun>[0] & object): TextRun[] {
  return safeXmlText(value)
    .split('\n')
    .map((part, i) => new TextRun({ ...options, text: part, ...(i > 0 ? { break: 1 } : {}) }));
}

/** The runs of a paragraph; a placeholder is bold on a yellow highlight, so it cannot be missed in print. */
export function runs(content: readonly Inline[], style: RunStyle = {}): ParagraphChild[] {
  const base = {
    ...(style.size === undefined ? {} : { size: style.size }),
    ...(style.colour === undefined ? {} : { color: style.colour }),
  };
  return content.flatMap((item): ParagraphChild[] => {
    switch (item.kind) {
      case 'placeholder':
        return textRuns(item.text, {
          ...base,
          bold: true,
          highlight: HighlightColor.YELLOW,
          color: '000000',
        });
      case 'link':
        return [
          new ExternalHyperlink({
            link: item.href,
            children: textRuns(item.text, { ...base, style: 'Hyperlink', bold: style.bold === true }),
          }),
        ];
      case 'text':
        return textRuns(item.text, {
          ...base,
          bold: item.bold === true || style.bold === true,
          italics: item.italic === true,
        });
    }
  });
}

/** Document defaults: Calibri, dark text, the notice's language for proofing, real heading styles. */
export function noticeStyles(language: Language, bodySize: number): IStylesOptions {
  const heading = (size: number, before: number, outlineLevel: number) => ({
    basedOn: 'Normal',
    next: 'Normal',
    quickFormat: true,
    run: { font: FONT, size, bold: true, color: COLOUR.heading },
    paragraph: { spacing: { before, after: 120 }, keepNext: true, keepLines: true, outlineLevel },
  });
  return {
    default: {
      document: {
        run: { font: FONT, size: bodySize, color: COLOUR.text, language: { value: WORD_LANGUAGE[language] } },
        paragraph: { spacing: { after: 120, line: 264, lineRule: LineRuleType.AUTO } },
      },
      heading1: heading(40, 0, 0),
      heading2: heading(30, 360, 1),
      heading3: heading(24, 240, 2),
      hyperlink: { run: { color: COLOUR.link, underline: {} } },
    },
    paragraphStyles: [
      {
        id: 'Lead',
        name: 'Lead',
        basedOn: 'Normal',
        run: { size: bodySize + 6, bold: true, color: COLOUR.accent },
      },
      {
        id: 'Note',
        name: 'Note',
        basedOn: 'Normal',
        run: { size: bodySize - 2, color: COLOUR.muted },
      },
      {
        id: 'Caption',
        name: 'caption',
        basedOn: 'Normal',
        next: 'Normal',
        run: { bold: true, color: COLOUR.heading },
        paragraph: { spacing: { before: 120, after: 60 }, keepNext: true },
      },
      {
        id: 'TableText',
        name: 'Table Text',
        basedOn: 'Normal',
        paragraph: { spacing: { before: 20, after: 20, line: 240, lineRule: LineRuleType.AUTO } },
      },
    ],
  };
}
