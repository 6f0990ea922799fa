// The risks question: summary table, risk maps, then each risk in detail (feared event, sources, ratings...).
import { Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Risk, RiskRating } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { dataTable, heading, keyValueTable, notAnswered, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { richCell, richText } from './rich-text.ts';
import { levelLabel, riskMaps } from './risk-map.ts';
import { riskZone } from '../../risk/zone.ts';
import { NUMBERING, STYLE, ZONE_FILL } from './styles.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { caption, levelDefinitions } from './captions.ts';

export function risksAnswer(ctx: ExportContext, comment: string | undefined, optional: boolean): FileChild[] {
  const { risks } = ctx.assessment;
  const commentBlocks = comment === undefined ? [] : richText(ctx, comment);
  if (risks.length === 0) return [notAnswered(ctx, optional), ...commentBlocks];
  const l = ctx.labels.risks;
  return [
    ...commentBlocks,
    heading(ctx, 3, l.summaryHeading),
    caption(ctx, 'summary'),
    summaryTable(ctx, risks),
    spacer(),
    ...riskMaps(ctx),
    ...levelDefinitions(ctx),
    spacer(),
    heading(ctx, 3, l.detailsHeading),
    ...risks.flatMap((risk) => riskDetails(ctx, risk)),
  ];
}

/** « G 3 × V 2 – modéré », or "not rated". */
function ratingText(ctx: ExportContext, rating: RiskRating): string {
  const l = ctx.labels.risks;
  if (rating.severity === null || rating.likelihood === null) return l.notRated;
  const zone = l.zone[riskZone(rating.severity, rating.likelihood)];
  return `${l.rating(String(rating.severity), String(rating.likelihood))} – ${zone}`;
}

function ratingFill(rating: RiskRating): string | undefined {
  if (rating.severity === null || rating.likelihood === null) return undefined;
  return ZONE_FILL[riskZone(rating.severity, rating.likelihood)];
}

function summaryTable(ctx: ExportContext, risks: readonly Risk[]) {
  const c = ctx.labels.risks.columns;
  return dataTable(ctx, {
    columns: [
      { header: c.code, width: 1.1 },
      { header: c.title, width: 5.4 },
      { header: c.fearedEvent, width: 3.4 },
      { header: c.initial, width: 3.1 },
      { header: c.residual, width: 3.1 },
    ],
    rows: risks.map((r) => [
      ctx.riskCodes.get(r.id) ?? '',
      r.title,
      ctx.labels.risks.fearedEvent[r.fearedEvent],
      ratingText(ctx, r.initial),
      ratingText(ctx, r.residual),
    ]),
    fill: (row, column) => {
      const risk = risks[row];
      if (risk === undefined) return undefined;
      if (column === 3) return ratingFill(risk.initial);
      if (column === 4) return ratingFill(risk.residual);
      return undefined;
    },
  });
}

function bulletCell(ctx: ExportContext, items: readonly string[]): CellContent {
  const kept = items.filter((i) => i.trim() !== '');
  if (kept.length === 0) return ctx.labels.dash;
  const instance = ctx.nextListInstance();
  return kept.map(
    (item) =>
      new Paragraph({
        style: STYLE.tableText,
        numbering: { reference: NUMBERING.bullet, level: 0, instance },
        children: [new TextRun(ctx.text(item))],
      }),
  );
}

/** Severity and likelihood, each with its level label and justification. */
function ratingCell(ctx: ExportContext, rating: RiskRating): CellContent {
  const l = ctx.labels.risks;
  const out: Paragraph[] = [];
  const part = (label: string, scale: 'severity' | 'likelihood', justification: string) => {
    const level = rating[scale];
    const value = level === null ? l.notRated : levelLabel(ctx, scale, level);
    const [a = '', b = ''] = ctx.textParts([{ text: `${label}: ` }, { text: value }]);
    out.push(
      new Paragraph({
        style: STYLE.tableText,
        children: [new TextRun({ text: a, bold: true }), new TextRun(b)],
      }),
    );
    out.push(...richText(ctx, justification, { style: STYLE.tableText }));
  };
  part(l.severity, 'severity', rating.severityJustification);
  part(l.likelihood, 'likelihood', rating.likelihoodJustification);
  if (rating.severity !== null && rating.likelihood !== null) {
    const zone = l.zone[riskZone(rating.severity, rating.likelihood)];
    out.push(
      new Paragraph({
        style: STYLE.tableText,
        children: [new TextRun({ text: ctx.text(`→ ${zone}`), bold: true })],
      }),
    );
  }
  return out;
}

function riskDetails(ctx: ExportContext, risk: Risk): FileChild[] {
  const d = ctx.labels.risks.details;
  const measures = risk.measureIds.map((id) => {
    const m = ctx.assessment.measures.find((x) => x.id === id);
    return m === undefined ? id : `${ctx.measureCodes.get(id) ?? ''} – ${m.title}`;
  });
  const rows: [string, CellContent][] = [[d.fearedEvent, ctx.labels.risks.fearedEvent[risk.fearedEvent]]];
  if (risk.catalogueRef !== null) {
    // The catalogue numbers its risks R1, R2… too: its reference is written so nobody takes it for the document's.
    const f = filedLabelsFor(ctx.language);
    const entry = ctx.template.knowledgeBase.risks.find((r) => r.id === risk.catalogueRef);
    rows.push([
      f.catalogueRef,
      f.catalogueValue(risk.catalogueRef, entry === undefined ? '' : entry.title[ctx.language]),
    ]);
  }
  if (risk.description.trim() !== '') rows.push([d.description, richCell(ctx, risk.description)]);
  rows.push(
    [d.sources, bulletCell(ctx, risk.sources)],
    [d.threats, bulletCell(ctx, risk.threats)],
    [d.impacts, bulletCell(ctx, risk.impacts)],
    [d.measures, bulletCell(ctx, measures)],
    [d.initial, ratingCell(ctx, risk.initial)],
    [d.residual, ratingCell(ctx, risk.residual)],
  );
  return [
    heading(ctx, 4, `${ctx.riskCodes.get(risk.id) ?? ''} – ${risk.title}`),
    keyValueTable(ctx, rows, { labelShare: 0.25 }),
    spacer(),
  ];
}
