// The annex of attachments: each file the .dpia carries, with its size and SHA-256 so a reader can check a copy.
import { Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { AttachmentMeta } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { dataTable, heading, para, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { COLOUR, STYLE } from './styles.ts';

/** The hash in two lines of 32 hex digits, in a monospace font, so it can be compared by eye. */
function hashCell(ctx: ExportContext, a: AttachmentMeta): CellContent {
  const out = [
    new Paragraph({
      style: STYLE.tableText,
      children: [
        new TextRun({ text: a.sha256.slice(0, 32), font: 'Consolas', size: 15 }),
        new TextRun({ text: a.sha256.slice(32), font: 'Consolas', size: 15, break: 1 }),
      ],
    }),
  ];
  if (!ctx.attachments.has(a.sha256)) {
    out.push(
      para(ctx, `(${ctx.labels.attachments.missing})`, {
        style: STYLE.tableText,
        run: { italics: true, color: COLOUR.muted },
      }),
    );
  }
  return out;
}

function nameCell(ctx: ExportContext, a: AttachmentMeta): CellContent {
  return [
    new Paragraph({
      style: STYLE.tableText,
      children: [new TextRun({ text: ctx.text(a.name), bold: true })],
    }),
    para(ctx, a.mediaType, { style: STYLE.tableText, run: { color: COLOUR.muted, size: 15 } }),
  ];
}

export function attachmentsAnnex(ctx: ExportContext, letter: string, breakBefore: boolean): FileChild[] {
  const l = ctx.labels.attachments;
  const { attachments } = ctx.assessment;
  const out: FileChild[] = [heading(ctx, 1, `${ctx.labels.annex(letter)} – ${l.heading}`, breakBefore)];
  if (attachments.length === 0) return [...out, para(ctx, l.empty)];
  out.push(
    dataTable(ctx, {
      columns: l.columns.map((header, i) => ({ header, width: [4.2, 5, 1.8, 5.2][i] ?? 1 })),
      rows: attachments.map((a) => [
        nameCell(ctx, a),
        a.description.trim() === '' ? ctx.labels.dash : a.description,
        ctx.bytes(a.size),
        hashCell(ctx, a),
      ]),
    }),
    spacer(),
  );
  return out;
}
