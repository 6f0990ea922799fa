// The glossary: the template's definitions, and the acronyms the document uses that they do not already explain.
import type { FileChild } from 'docx';
import type { ExportContext } from './context.ts';
import { dataTable, heading } from './blocks.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { richCell } from './rich-text.ts';

/** All the text a reader will meet, to keep only the acronyms that appear in it. */
function documentText(ctx: ExportContext): string {
  const { answers, risks, measures, evaluations, opinions, validation } = ctx.assessment;
  return JSON.stringify([answers, risks, measures, evaluations, opinions, validation, ctx.template.sections]);
}

export function glossary(ctx: ExportContext): FileChild[] {
  const f = filedLabelsFor(ctx.language);
  const definitions = ctx.template.knowledgeBase.definitions.map((d) => ({
    term: d.term[ctx.language],
    text: d.text[ctx.language],
  }));
  const text = documentText(ctx);
  const defined = definitions.map((d) => d.term).join(' ');
  for (const [acronym, meaning] of Object.entries(f.acronyms)) {
    if (defined.includes(acronym) || !new RegExp(`\\b${acronym}\\b`).test(text)) continue;
    definitions.push({ term: acronym, text: meaning });
  }
  if (definitions.length === 0) return [];
  const collator = new Intl.Collator(ctx.language === 'fr' ? 'fr' : 'en', { sensitivity: 'base' });
  definitions.sort((a, b) => collator.compare(a.term, b.term));
  return [
    heading(ctx, 1, f.glossary.heading),
    dataTable(ctx, {
      columns: f.glossary.columns.map((header, i) => ({ header, width: [4, 12][i] ?? 1 })),
      rows: definitions.map((d) => [d.term, richCell(ctx, d.text)]),
    }),
  ];
}
