// One question's answer, written for a reader: option labels rather than ids, dates in words, tables as tables.
import { Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import { hasAnswer } from '../../assessment/is-answered.ts';
import type { Answer } from '../../model/assessment.ts';
import type { Question, TableColumn } from '../../template/schema.ts';
import type { ExportContext } from './context.ts';
import { dataTable, linesToRuns, notAnswered, paragraphOf, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { cameraSummary } from './cameras.ts';
import { measuresAnswer } from './measures.ts';
import { richText } from './rich-text.ts';
import { risksAnswer } from './risks.ts';
import { isRightToLeft } from './safe-text.ts';
import { NUMBERING, STYLE } from './styles.ts';

type AnswerOf<T extends Answer['type']> = Extract<Answer, { type: T }>;

/** The answer of the question's own type, if any: an answer of another type (template changed) is ignored. */
function answerOfType<T extends Answer['type']>(
  answer: Answer | undefined,
  type: T,
): AnswerOf<T> | undefined {
  return answer?.type === type ? (answer as AnswerOf<T>) : undefined;
}

export function answerBlocks(
  ctx: ExportContext,
  question: Question,
  answer: Answer | undefined,
): FileChild[] {
  const missing = () => [notAnswered(ctx, !question.required)];
  const withComment = (value: FileChild[], comment: string | undefined) =>
    comment === undefined ? value : [...value, ...richText(ctx, comment, { style: STYLE.answer })];
  switch (question.type) {
    case 'richtext':
    case 'text': {
      const a = answerOfType(answer, question.type);
      if (a === undefined || !hasAnswer(question, a)) return missing();
      if (question.type === 'text') return [valueParagraph(ctx, a.text, false)];
      const body = richText(ctx, a.text, { style: STYLE.answer });
      return body.length > 0 ? body : missing();
    }
    case 'choice': {
      const a = answerOfType(answer, 'choice');
      if (a === undefined || !hasAnswer(question, a) || a.optionId === null)
        return withComment(missing(), a?.comment);
      return withComment([valueParagraph(ctx, optionLabel(ctx, question.options, a.optionId))], a.comment);
    }
    case 'multichoice': {
      const a = answerOfType(answer, 'multichoice');
      if (a === undefined || !hasAnswer(question, a)) return withComment(missing(), a?.comment);
      const instance = ctx.nextListInstance();
      const items = a.optionIds.map((id) => {
        const label = ctx.text(optionLabel(ctx, question.options, id));
        return new Paragraph({
          numbering: { reference: NUMBERING.bullet, level: 0, instance },
          bidirectional: isRightToLeft(label) || undefined,
          children: [new TextRun(label)],
        });
      });
      return withComment(items, a.comment);
    }
    case 'boolean': {
      const a = answerOfType(answer, 'boolean');
      if (a === undefined || !hasAnswer(question, a) || a.value === null)
        return withComment(missing(), a?.comment);
      return withComment([valueParagraph(ctx, a.value ? ctx.labels.yes : ctx.labels.no)], a.comment);
    }
    case 'date': {
      const a = answerOfType(answer, 'date');
      if (a === undefined || !hasAnswer(question, a) || a.value === null)
        return withComment(missing(), a?.comment);
      return withComment([valueParagraph(ctx, ctx.date(a.value))], a.comment);
    }
    case 'number': {
      const a = answerOfType(answer, 'number');
      if (a === undefined || !hasAnswer(question, a) || a.value === null)
        return withComment(missing(), a?.comment);
      const unit = question.unit === undefined ? '' : ` ${ctx.local(question.unit)}`;
      return withComment([valueParagraph(ctx, `${ctx.number(a.value)}${unit}`)], a.comment);
    }
    case 'table': {
      const a = answerOfType(answer, 'table');
      if (a === undefined || !hasAnswer(question, a)) return missing();
      const columns = question.columns ?? [];
      return [
        dataTable(ctx, {
          columns: columns.map((c) => ({ header: ctx.local(c.label), width: c.type === 'text' ? 3 : 1.6 })),
          rows: a.rows.map((row) => columns.map((c) => tableCell(ctx, c, row.cells[c.id]))),
          // A row of long free text may be longer than a page; it may then break.
          allowSplit: (r) =>
            Object.values(a.rows[r]?.cells ?? {}).reduce((n, v) => n + (v?.length ?? 0), 0) > 1500,
        }),
        spacer(),
      ];
    }
    case 'cameras':
      return cameraSummary(ctx, answerOfType(answer, 'cameras')?.comment, !question.required);
    case 'risks':
      return risksAnswer(ctx, answerOfType(answer, 'risks')?.comment, !question.required);
    case 'measures':
      return measuresAnswer(ctx, answerOfType(answer, 'measures')?.comment, !question.required);
  }
}

/** A short answer in its own paragraph; chosen values are bold so they stand out from the explanation. */
function valueParagraph(ctx: ExportContext, value: string, bold = true): Paragraph {
  const text = ctx.text(value);
  return paragraphOf(linesToRuns(text, { bold }), { style: STYLE.answer }, isRightToLeft(text));
}

function optionLabel(ctx: ExportContext, options: Question['options'], id: string): string {
  const option = options?.find((o) => o.id === id);
  return option === undefined ? id : option.label[ctx.language];
}

function tableCell(ctx: ExportContext, column: TableColumn, value: string | undefined): CellContent {
  if (value === undefined || value.trim() === '') return ctx.labels.dash;
  switch (column.type) {
    case 'choice':
      return optionLabel(ctx, column.options, value);
    case 'date':
      return ctx.date(value);
    case 'number': {
      const n = Number(value);
      return Number.isFinite(n) && value.trim() !== '' ? ctx.number(n) : value;
    }
    case 'text':
      return value;
  }
}
