// The reviewer's verdict on an item or a question: a framed box with the verdict word, comment and corrective action.
import { BorderStyle, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { FileChild, Paragraph } from 'docx';
import type { Evaluation } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { linesToRuns, paragraphOf, spacer } from './blocks.ts';
import { richText } from './rich-text.ts';
import { COLOUR, STYLE, TEXT_WIDTH, VERDICT_COLOUR } from './styles.ts';

const NONE = { style: BorderStyle.NONE, size: 0, color: 'auto' };

export function verdictBox(ctx: ExportContext, evaluation: Evaluation | undefined): FileChild[] {
  if (evaluation === undefined) return [];
  const l = ctx.labels.verdict;
  const word = l[evaluation.verdict];
  const [label = '', verdict = ''] = ctx.textParts([{ text: `${l.heading}: ` }, { text: word }]);
  const children: Paragraph[] = [
    paragraphOf([
      new TextRun({ text: label, bold: true }),
      new TextRun({ text: verdict, bold: true, color: VERDICT_COLOUR[evaluation.verdict] }),
    ]),
  ];
  const titled = (title: string, source: string) => {
    const body = richText(ctx, source, { style: STYLE.tableText });
    if (body.length === 0) return;
    children.push(
      paragraphOf(linesToRuns(ctx.text(title), { bold: true }), { style: STYLE.tableText }),
      ...body,
    );
  };
  titled(l.comment, evaluation.comment);
  titled(l.correctiveAction, evaluation.correctiveAction);
  if (evaluation.evaluatedBy.trim() !== '') {
    children.push(
      paragraphOf(linesToRuns(ctx.text(l.by(evaluation.evaluatedBy, ctx.date(evaluation.evaluatedAt))), {}), {
        style: STYLE.note,
      }),
    );
  }
  return [
    new Table({
      width: { size: TEXT_WIDTH.portrait, type: WidthType.DXA },
      columnWidths: [TEXT_WIDTH.portrait],
      borders: {
        top: NONE,
        bottom: NONE,
        right: NONE,
        insideHorizontal: NONE,
        insideVertical: NONE,
        left: { style: BorderStyle.SINGLE, size: 24, color: VERDICT_COLOUR[evaluation.verdict] },
      },
      margins: { top: 60, bottom: 40, left: 160, right: 120 },
      rows: [
        new TableRow({
          // A verdict reads as one box; it breaks across pages only if it is longer than a page.
          cantSplit: true,
          children: [
            new TableCell({
              shading: { type: ShadingType.CLEAR, color: 'auto', fill: COLOUR.labelFill },
              children,
            }),
          ],
        }),
      ],
    }),
    spacer(80),
  ];
}
