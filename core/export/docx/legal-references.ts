// The annex of legal references: the texts the template's questions, definitions and measures rely on.
import { ExternalHyperlink, Paragraph, TextRun } from 'docx';
import { safeUrl } from '../../markdown/safe-url.ts';
import type { FileChild } from 'docx';
import type { LegalReference } from '../../template/schema.ts';
import type { ExportContext } from './context.ts';
import { dataTable, heading, para, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { STYLE } from './styles.ts';

/** References cited somewhere in the template, in the knowledge base's order; all of them if none is cited. */
function usedReferences(ctx: ExportContext): LegalReference[] {
  const { sections, knowledgeBase } = ctx.template;
  const used = new Set<string>();
  for (const section of sections) {
    for (const item of section.items)
      for (const q of item.questions) for (const id of q.legalRefs) used.add(id);
  }
  for (const d of knowledgeBase.definitions) for (const id of d.legalRefs) used.add(id);
  for (const m of knowledgeBase.measures) for (const id of m.legalRefs) used.add(id);
  const cited = knowledgeBase.legalReferences.filter((r) => used.has(r.id));
  return cited.length > 0 ? cited : knowledgeBase.legalReferences;
}

function referenceCell(ctx: ExportContext, ref: LegalReference): CellContent {
  const label = new TextRun({ text: ctx.local(ref.label), bold: true });
  const url = ref.url === undefined ? null : safeUrl(ref.url);
  if (url === null) return [new Paragraph({ style: STYLE.tableText, children: [label] })];
  return [
    new Paragraph({ style: STYLE.tableText, children: [label] }),
    new Paragraph({
      style: STYLE.tableText,
      children: [
        new ExternalHyperlink({
          link: url,
          children: [new TextRun({ text: ctx.text(url), style: 'Hyperlink', size: 14 })],
        }),
      ],
    }),
  ];
}

export function legalReferencesAnnex(ctx: ExportContext, letter: string, breakBefore: boolean): FileChild[] {
  const l = ctx.labels.legalReferences;
  const refs = usedReferences(ctx);
  const out: FileChild[] = [heading(ctx, 1, `${ctx.labels.annex(letter)} – ${l.heading}`, breakBefore)];
  if (refs.length === 0) return [...out, para(ctx, l.empty)];
  out.push(
    dataTable(ctx, {
      columns: l.columns.map((header, i) => ({ header, width: [4, 8][i] ?? 1 })),
      rows: refs.map((r) => [referenceCell(ctx, r), ctx.local(r.summary)]),
    }),
    spacer(),
  );
  return out;
}
