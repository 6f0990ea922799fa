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

/**
 * A location is an id; the reader knows questions by their label, risks and measures by their codes. The
 * names of cameras, items and questions are gathered once, so the annex is linear in findings + template.
 */
function locationNames(ctx: ExportContext): (location: string) => string {
  const names = new Map<string, string>();
  const add = (id: string, name: () => string) => {
    if (!names.has(id)) names.set(id, name());
  };
  for (const [id, code] of ctx.riskCodes) add(id, () => code);
  for (const [id, code] of ctx.measureCodes) add(id, () => code);
  for (const camera of ctx.assessment.cameras) add(camera.id, () => camera.code);
  for (const section of ctx.template.sections) {
    for (const item of section.items) {
      add(item.id, () => ctx.local(item.title));
      for (const question of item.questions) add(question.id, () => ctx.local(question.label));
    }
  }
  return (location) => names.get(location) ?? location;
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
  const locationText = locationNames(ctx);
  out.push(
    dataTable(ctx, {
      // « Avertissement » in bold must fit its column unbroken.
      columns: l.columns.map((header, i) => ({ header, width: [2.7, 8, 3, 3.3][i] ?? 1 })),
      rows: sorted.map((f) => [
        l.severity[f.severity],
        f.message,
        f.legalRef.trim() === '' ? ctx.labels.dash : f.legalRef,
        locationText(f.location),
      ]),
      fill: (row, column) => (column === 0 ? FILL[sorted[row]?.severity ?? 'info'] : undefined),
    }),
    spacer(),
  );
  return out;
}
