// Running header (title and version) and footer (organisation, « Page X sur Y ») of every page but the cover.
import { BorderStyle, Footer, Header, Paragraph, PageNumber, Tab, TabStopType, TextRun } from 'docx';
import type { ExportContext } from './context.ts';
import { COLOUR, STYLE } from './styles.ts';

/** One header and one footer per text width, so the right-aligned part sits on the margin in landscape too. */
export function headerAndFooter(ctx: ExportContext, textWidth: number): { header: Header; footer: Footer } {
  const { meta } = ctx.assessment;
  const l = ctx.labels;
  const [before, between] = l.pageOf;
  const tabStops = [{ type: TabStopType.RIGHT, position: textWidth }];
  const header = new Header({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops,
        border: { bottom: { style: BorderStyle.SINGLE, size: 4, color: COLOUR.border, space: 4 } },
        children: [
          ...(ctx.options.marking === undefined || ctx.options.marking.trim() === ''
            ? []
            : [
                new TextRun({ text: ctx.text(`${ctx.options.marking.trim().toUpperCase()} · `), bold: true }),
              ]),
          new TextRun(ctx.text(meta.title)),
          new TextRun({
            children: [new Tab(), ctx.text(`${l.versionShort} ${meta.version} · ${ctx.statusLabel}`)],
          }),
        ],
      }),
    ],
  });
  const footer = new Footer({
    children: [
      new Paragraph({
        style: STYLE.headerFooter,
        tabStops,
        children: [
          new TextRun(ctx.text(`${l.documentKindShort} · ${meta.organisation}`)),
          new TextRun({ children: [new Tab(), before, PageNumber.CURRENT, between, PageNumber.TOTAL_PAGES] }),
        ],
      }),
    ],
  });
  return { header, footer };
}
