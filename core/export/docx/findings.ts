// The annex of findings: what the checks engine found when the document was exported, most serious first.
import type { FileChild } from 'docx';
import type { ExportContext, ExportFinding } from './context.ts';
import { dataTable, heading, para, spacer } from './blocks.ts';

const ORDER: Record<ExportFinding['severity'], number> = { error: 0, warning: 1, info: 2 };
const FILL: Record<ExportFinding['severity'], string | undefined> = {
  error: 'F4CCCC',
  warning: 'FCE8B2',
  info: undefined,
};

/** A location is an id; the reader knows questions by their label, risks and measures by their codes. */
function locationText(ctx: ExportContext, location: string): string {
  const risk = ctx.riskCodes.get(location);
  if (risk !== undefined) return risk;
  const measure = ctx.measureCodes.get(location);
  if (measure !== undefined) return measure;
  const camera = ctx.assessment.cameras.find((c) => c.id === location);
  if (camera !== undefined) return camera.code;
  for (const section of ctx.template.sections) {
    for (const item of section.items) {
      if (item.id === location) return ctx.local(item.title);
      const question = item.questions.find((q) => q.id === location);
      if (question !== undefined) return ctx.local(question.label);
    }
  }
  return location;
}

export function findingsAnnex(
  ctx: ExportContext,
  findings: readonly ExportFinding[],
  letter: string,
  breakBefore: boolean,
): FileChild[] {
  const l = ctx.labels.findings;
  const sorted = [...findings].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
  const out: FileChild[] = [
    heading(ctx, 1, `${ctx.labels.annex(letter)} – ${l.heading}`, breakBefore),
    para(ctx, l.intro),
    ...(ctx.options.findingsAsOf ? [para(ctx, l.asOf(ctx.date(ctx.options.findingsAsOf)))] : []),
  ];
  if (sorted.length === 0) return [...out, para(ctx, l.empty)];
  out.push(
    dataTable(ctx, {
      columns: l.columns.map((header, i) => ({ header, width: [2, 8, 3, 3.5][i] ?? 1 })),
      rows: sorted.map((f) => [
        l.severity[f.severity],
        f.message,
        f.legalRef.trim() === '' ? ctx.labels.dash : f.legalRef,
        locationText(ctx, f.location),
      ]),
      fill: (row, column) => (column === 0 ? FILL[sorted[row]?.severity ?? 'info'] : undefined),
    }),
    spacer(),
  );
  return out;
}
