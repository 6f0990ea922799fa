// The information sign as a one-page Word document, A4 or A3 portrait: large type, short lines, high contrast.
import {
  AlignmentType,
  Document,
  LineRuleType,
  Packer,
  Paragraph,
  ShadingType,
  TextRun,
  convertMillimetersToTwip,
} from 'docx';
import { safeXmlText } from '../export/docx/safe-text.ts';
import { COLOUR } from '../export/docx/styles.ts';
import type { Language } from '../model/localized.ts';
import { plain } from './blocks.ts';
import type { SignContent } from './content.ts';
import type { SignSize } from './kinds.ts';
import { noticeStyles, runs } from './docx-runs.ts';

/** Page sizes in millimetres, portrait. */
const PAGE_MM: Record<SignSize, { width: number; height: number }> = {
  A4: { width: 210, height: 297 },
  A3: { width: 297, height: 420 },
};
/** The same sizes in twips, as Word writes them for its own A4 and A3 (rounding millimetres would be off by one). */
const PAGE_TWIPS: Record<SignSize, { width: number; height: number }> = {
  A4: { width: 11906, height: 16838 },
  A3: { width: 16838, height: 23811 },
};
/** A3 is A4 enlarged by √2: the same layout, every size times this. */
const SCALE: Record<SignSize, number> = { A4: 1, A3: Math.SQRT2 };

/** Sizes in points on A4; the title stays ≥ 40 pt, the body shrinks only as far as needed to fit one page. */
const A4_POINTS = { title: 44, subtitle: 20, label: 20, footer: 10, margin: 15 };
const BODY_CANDIDATES = [24, 22, 20, 19, 18, 17, 16, 15, 14, 13, 12];
const HEADER_FILL = COLOUR.heading;

/** Labels stay a step above the text they introduce. */
const labelSize = (body: number): number => Math.max(A4_POINTS.label, body + 2);

/** Points per millimetre. */
const PT_PER_MM = 72 / 25.4;
/** Calibri's average character width, as a share of its size; generous, so the estimate errs on the long side. */
const CHAR_WIDTH = 0.4;
const LINE_HEIGHT = 1.22;

/** How tall a paragraph is, in points, at a size, in a column of a width in points. */
function paragraphHeight(text: string, size: number, width: number, after: number): number {
  const perLine = Math.max(1, Math.floor(width / (size * CHAR_WIDTH)));
  const lines = text
    .split('\n')
    .reduce((sum, part) => sum + Math.max(1, Math.ceil(part.length / perLine)), 0);
  return lines * size * LINE_HEIGHT + after;
}

/** The largest body size (A4 points) at which the sign's text fits on its page. */
export function fitBodySize(content: SignContent): number {
  const p = A4_POINTS;
  const width = (PAGE_MM.A4.width - 2 * p.margin) * PT_PER_MM;
  const height = (PAGE_MM.A4.height - 2 * p.margin) * PT_PER_MM;
  const fixed =
    paragraphHeight(content.title, p.title, width - 20, 14) +
    paragraphHeight(content.subtitle, p.subtitle, width, 12) +
    paragraphHeight(content.footer, p.footer, width, 0);
  for (const body of BODY_CANDIDATES) {
    const labels = content.entries.reduce(
      (sum, e) => sum + paragraphHeight(e.label, labelSize(body), width, 2) + 8,
      0,
    );
    const lines = content.entries.reduce(
      (sum, e) => sum + e.lines.reduce((s, line) => s + paragraphHeight(plain(line), body, width - 24, 2), 0),
      0,
    );
    if (fixed + labels + lines <= height * 0.95) return body;
  }
  return BODY_CANDIDATES.at(-1) ?? 14;
}

/** The sign's Word document. */
export async function signDocx(
  content: SignContent,
  options: { language: Language; size: SignSize; organisation: string; title: string },
): Promise<Uint8Array> {
  const scale = SCALE[options.size];
  const pt = (points: number) => Math.round(points * scale * 2); // half-points, for type sizes
  const tw = (points: number) => Math.round(points * scale * 20); // twips, for spacing
  const single = { line: 240, lineRule: LineRuleType.AUTO };
  const p = A4_POINTS;
  const body = fitBodySize(content);
  const margin = convertMillimetersToTwip(p.margin * scale);

  const children: Paragraph[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      shading: { type: ShadingType.CLEAR, fill: HEADER_FILL, color: 'auto' },
      spacing: { before: 0, after: tw(10), ...single },
      children: [
        new TextRun({ text: safeXmlText(content.title), bold: true, size: pt(p.title), color: 'FFFFFF' }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: tw(12), ...single },
      children: [new TextRun({ text: safeXmlText(content.subtitle), size: pt(p.subtitle), bold: true })],
    }),
  ];
  for (const entry of content.entries) {
    children.push(
      new Paragraph({
        keepNext: true,
        spacing: { before: tw(8), after: tw(2), ...single },
        border: { top: { style: 'single', size: 6, color: COLOUR.border, space: 4 } },
        children: [
          new TextRun({
            text: safeXmlText(entry.label),
            bold: true,
            size: pt(labelSize(body)),
            color: COLOUR.heading,
          }),
        ],
      }),
    );
    for (const line of entry.lines) {
      children.push(
        new Paragraph({
          spacing: { after: tw(2), ...single },
          ...(entry.list === true && entry.lines.length > 1
            ? {
                bullet: { level: 0 },
                indent: {
                  left: convertMillimetersToTwip(8 * scale),
                  hanging: convertMillimetersToTwip(5 * scale),
                },
              }
            : { indent: { left: convertMillimetersToTwip(3 * scale) } }),
          children: runs(line, { size: pt(body) }),
        }),
      );
    }
  }
  children.push(
    new Paragraph({
      spacing: { before: tw(12), after: 0, ...single },
      children: [new TextRun({ text: safeXmlText(content.footer), size: pt(p.footer), color: COLOUR.muted })],
    }),
  );
  const file = new Document({
    title: safeXmlText(options.title),
    creator: safeXmlText(options.organisation),
    styles: noticeStyles(options.language, pt(body)),
    sections: [
      {
        properties: {
          page: {
            size: PAGE_TWIPS[options.size],
            margin: { top: margin, bottom: margin, left: margin, right: margin },
          },
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
