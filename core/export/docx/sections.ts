// The template's sections, items and questions with their answers and verdicts, numbered 1, 1.1... as headings.
import { own } from '../../model/own.ts';
import { Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Item, Question, Section } from '../../template/schema.ts';
import type { ExportContext } from './context.ts';
import { answerBlocks } from './answers.ts';
import { heading, para } from './blocks.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { richText } from './rich-text.ts';
import { isRightToLeft } from './safe-text.ts';
import { STYLE } from './styles.ts';
import { verdictBox } from './verdicts.ts';

/** A part of a section made by the export rather than the template (action plan, opinions...), numbered alike. */
export interface GeneratedItem {
  title: string;
  blocks: FileChild[];
}

/** Generated items to print at the start or the end of a section. */
export interface SectionExtras {
  first?: GeneratedItem[];
  last?: GeneratedItem[];
}

export function templateSections(
  ctx: ExportContext,
  sections: readonly Section[],
  extras: ReadonlyMap<string, SectionExtras>,
): FileChild[] {
  return sections.flatMap((section, i) =>
    sectionBlocks(ctx, section, `${i + 1}`, extras.get(section.id) ?? {}),
  );
}

/** A section that only holds generated items, for a template without a place for them. */
export function generatedSection(
  ctx: ExportContext,
  number: string,
  title: string,
  items: GeneratedItem[],
): FileChild[] {
  return [
    heading(ctx, 1, `${number}. ${title}`, true),
    ...items.flatMap((item, i) => [heading(ctx, 2, `${number}.${i + 1} ${item.title}`), ...item.blocks]),
  ];
}

function sectionBlocks(
  ctx: ExportContext,
  section: Section,
  number: string,
  extras: SectionExtras,
): FileChild[] {
  const out: FileChild[] = [heading(ctx, 1, `${number}. ${ctx.local(section.title)}`, true)];
  if (section.intro !== undefined) out.push(...richText(ctx, ctx.local(section.intro)));
  const parts: { title: string; blocks: () => FileChild[] }[] = [
    ...(extras.first ?? []).map((g) => ({ title: g.title, blocks: () => g.blocks })),
    ...section.items.map((item) => ({ title: ctx.local(item.title), blocks: () => itemBlocks(ctx, item) })),
    ...(extras.last ?? []).map((g) => ({ title: g.title, blocks: () => g.blocks })),
  ];
  parts.forEach((part, i) => out.push(heading(ctx, 2, `${number}.${i + 1} ${part.title}`), ...part.blocks()));
  return out;
}

/** The template's guidance for an item, marked as such: it is not the organisation's answer. */
export function guidance(ctx: ExportContext, source: string): FileChild[] {
  const body = richText(ctx, source, { style: STYLE.guidance });
  if (body.length === 0) return [];
  return [
    para(ctx, filedLabelsFor(ctx.language).guidance, {
      style: STYLE.guidance,
      run: { bold: true },
      keepNext: true,
      spacingAfter: 0,
    }),
    ...body,
  ];
}

function itemBlocks(ctx: ExportContext, item: Item): FileChild[] {
  const out: FileChild[] = [];
  if (item.intro !== undefined) out.push(...guidance(ctx, ctx.local(item.intro)));
  item.questions.forEach((question, i) => {
    // What follows the risks' detail (the overall question, the item's verdict) gets a heading of its own, so it
    // does not read as part of the last risk.
    if (i > 0 && item.questions[i - 1]?.type === 'risks')
      out.push(heading(ctx, 3, filedLabelsFor(ctx.language).risksOverall));
    out.push(...questionBlocks(ctx, question));
    if (item.evaluationMode === 'question')
      out.push(...verdictBox(ctx, own(ctx.assessment.evaluations, question.id)));
  });
  if (item.questions.at(-1)?.type === 'risks' && item.evaluationMode === 'item')
    out.push(heading(ctx, 3, filedLabelsFor(ctx.language).risksOverall));
  if (item.evaluationMode === 'item') out.push(...verdictBox(ctx, own(ctx.assessment.evaluations, item.id)));
  return out;
}

function questionBlocks(ctx: ExportContext, question: Question): FileChild[] {
  const label = ctx.local(question.label);
  const out: FileChild[] = [
    new Paragraph({
      style: STYLE.question,
      bidirectional: isRightToLeft(label) || undefined,
      children: [new TextRun(label)],
    }),
  ];
  const refs = question.legalRefs
    .map((id) => ctx.legalReferences.get(id))
    .filter((r) => r !== undefined)
    .map((r) => r.label[ctx.language]);
  if (refs.length > 0)
    out.push(
      para(ctx, `${ctx.labels.answers.references}: ${refs.join('; ')}`, {
        style: STYLE.note,
        keepNext: true,
      }),
    );
  out.push(...answerBlocks(ctx, question, own(ctx.assessment.answers, question.id)));
  return out;
}
