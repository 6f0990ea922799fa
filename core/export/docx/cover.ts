// The cover page: organisation, title, and the facts a reader checks first (version, status, date, DPO, controller).
import { AlignmentType, BorderStyle, Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { ExportContext } from './context.ts';
import { keyValueTable, para } from './blocks.ts';
import { COLOUR, STYLE, TEXT_WIDTH } from './styles.ts';
import { recordEntryLine } from '../../record/entry-text.ts';

export function cover(ctx: ExportContext): FileChild[] {
  const { meta } = ctx.assessment;
  const l = ctx.labels;
  const value = (v: string) => (v.trim() === '' ? l.dash : v);
  const recordEntry = recordEntryLine(meta.recordEntry);
  return [
    new Paragraph({ spacing: { before: 1800, after: 0 }, children: [] }),
    para(ctx, meta.organisation, { style: STYLE.coverSubtitle, run: { bold: true, color: COLOUR.heading } }),
    new Paragraph({
      spacing: { before: 600, after: 120 },
      border: { top: { style: BorderStyle.SINGLE, size: 12, color: COLOUR.heading, space: 12 } },
      children: [
        new TextRun({ text: ctx.text(l.documentKind), color: COLOUR.accent, size: 26, allCaps: true }),
      ],
    }),
    para(ctx, meta.title, { style: STYLE.coverTitle }),
    para(ctx, ctx.local(ctx.template.title), { style: STYLE.coverSubtitle, spacingAfter: 1200 }),
    keyValueTable(
      ctx,
      [
        [l.cover.organisation, value(meta.organisation)],
        [l.cover.controller, value(meta.controller)],
        [l.cover.dpo, value(meta.dpo)],
        ...(recordEntry === null ? [] : [[l.cover.recordEntry, recordEntry] as [string, string]]),
        [l.cover.version, value(meta.version)],
        [l.cover.status, ctx.statusLabel],
        [l.cover.date, ctx.date(meta.modifiedAt)],
      ],
      { width: Math.round(TEXT_WIDTH.portrait * 0.75), labelShare: 0.42 },
    ),
    new Paragraph({
      alignment: AlignmentType.LEFT,
      spacing: { before: 1200 },
      style: STYLE.note,
      children: [
        new TextRun(
          ctx.text(
            `${l.cover.template}: ${ctx.local(ctx.template.title)} (${ctx.template.id} ${ctx.template.version})`,
          ),
        ),
      ],
    }),
  ];
}
