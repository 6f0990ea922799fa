// Captions of the registers and maps, and the definitions of the severity and likelihood levels printed by the maps.
import type { FileChild, Paragraph } from 'docx';
import type { Level } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { dataTable, para } from './blocks.ts';
import { filedLabelsFor } from './labels-filed.ts';
import type { FiledLabels } from './labels-filed.ts';
import { STYLE } from './styles.ts';

/** A caption above a table, kept with it: it names the table for a reader and for a screen reader alike. */
export function caption(ctx: ExportContext, which: keyof FiledLabels['caption']): Paragraph {
  const f = filedLabelsFor(ctx.language);
  return para(ctx, `${f.caption.table} – ${f.caption[which]}`, { style: STYLE.caption, keepNext: true });
}

const LEVELS: readonly Level[] = [1, 2, 3, 4];

/** What each level of severity and likelihood means, from the template's scales, beside the maps that use them. */
export function levelDefinitions(ctx: ExportContext): FileChild[] {
  const f = filedLabelsFor(ctx.language);
  const { scales } = ctx.template.knowledgeBase;
  const cell = (scale: 'severity' | 'likelihood', level: Level): Paragraph[] => {
    const entry = scales[scale].find((s) => s.level === level);
    if (entry === undefined) return [para(ctx, ctx.labels.dash, { style: STYLE.tableText })];
    return [
      para(ctx, entry.label[ctx.language], { style: STYLE.tableText, run: { bold: true } }),
      para(ctx, entry.description[ctx.language], { style: STYLE.tableText }),
    ];
  };
  return [
    para(ctx, f.levels.heading, { run: { bold: true }, keepNext: true }),
    dataTable(ctx, {
      columns: f.levels.columns.map((header, i) => ({ header, width: [1.2, 7, 7][i] ?? 1 })),
      rows: LEVELS.map((level) => [String(level), cell('severity', level), cell('likelihood', level)]),
    }),
  ];
}
