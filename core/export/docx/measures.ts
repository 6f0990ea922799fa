// Measures: the table of existing and planned measures, and the action plan built from planned measures and verdicts.
import { own } from '../../model/own.ts';
import { Paragraph, TextRun } from 'docx';
import type { FileChild } from 'docx';
import type { Evaluation, Measure, Verdict } from '../../model/assessment.ts';
import type { ExportContext } from './context.ts';
import { dataTable, notAnswered, para, spacer } from './blocks.ts';
import type { CellContent } from './blocks.ts';
import { richCell, richText } from './rich-text.ts';
import { STYLE, VERDICT_COLOUR } from './styles.ts';
import { filedLabelsFor } from './labels-filed.ts';
import { caption } from './captions.ts';

export function measuresAnswer(
  ctx: ExportContext,
  comment: string | undefined,
  optional: boolean,
): FileChild[] {
  const { measures } = ctx.assessment;
  const commentBlocks = comment === undefined ? [] : richText(ctx, comment);
  if (measures.length === 0) return [notAnswered(ctx, optional), ...commentBlocks];
  const l = ctx.labels.measures;
  const c = l.columns;
  return [
    ...commentBlocks,
    caption(ctx, 'measures'),
    dataTable(ctx, {
      columns: [
        { header: c.code, width: 1.1 },
        { header: c.title, width: 7 },
        { header: c.category, width: 2.9 },
        { header: c.state, width: 1.9 },
        { header: c.owner, width: 2.4 },
        { header: c.deadline, width: 2.2 },
      ],
      rows: measures.map((m) => [
        ctx.measureCodes.get(m.id) ?? '',
        titleAndDescription(ctx, m),
        l.category[m.category],
        l.state[m.state],
        m.owner.trim() === '' ? ctx.labels.dash : m.owner,
        ctx.date(m.deadline),
      ]),
    }),
    spacer(),
  ];
}

/** The measure's title in bold, its description below, and cost and difficulty when known. */
function titleAndDescription(ctx: ExportContext, m: Measure): CellContent {
  const l = ctx.labels.measures;
  const out = [
    new Paragraph({
      style: STYLE.tableText,
      children: [new TextRun({ text: ctx.text(m.title), bold: true })],
    }),
    ...richText(ctx, m.description, { style: STYLE.tableText }),
  ];
  const effort = [
    m.cost === null ? null : `${l.cost}: ${l.effort[m.cost]}`,
    m.difficulty === null
      ? null
      : `${l.difficulty}: ${filedLabelsFor(ctx.language).effortFeminine[m.difficulty]}`,
  ].filter((e) => e !== null);
  if (effort.length > 0)
    out.push(para(ctx, effort.join(' · '), { style: STYLE.tableText, run: { italics: true } }));
  return out;
}

interface PlannedAction {
  action: CellContent;
  origin: CellContent;
  owner: string;
  deadline: string;
  state: string;
}

/** Evaluations in the order of the template, each with the title of its item or question. */
function evaluationsInOrder(ctx: ExportContext): { evaluation: Evaluation; title: string }[] {
  const { evaluations } = ctx.assessment;
  const out: { evaluation: Evaluation; title: string }[] = [];
  const seen = new Set<string>();
  const add = (id: string, title: string) => {
    const evaluation = own(evaluations, id);
    if (evaluation === undefined || seen.has(id)) return;
    seen.add(id);
    out.push({ evaluation, title });
  };
  for (const section of ctx.template.sections) {
    for (const item of section.items) {
      add(item.id, ctx.local(item.title));
      for (const question of item.questions) add(question.id, ctx.local(question.label));
    }
  }
  for (const id of Object.keys(evaluations)) add(id, id);
  return out;
}

/** Planned measures, then the corrective actions of items judged improvable or to correct. */
export function actionPlan(ctx: ExportContext): FileChild[] {
  const l = ctx.labels.actionPlan;
  const f = filedLabelsFor(ctx.language);
  const actions: PlannedAction[] = ctx.assessment.measures
    .filter((m) => m.state === 'planned')
    .map((m) => ({
      action: `${ctx.measureCodes.get(m.id) ?? ''} – ${m.title}`,
      origin: l.fromMeasure,
      owner: m.owner.trim() === '' ? f.unassigned : m.owner,
      // Short dates keep the deadline column to one line (« 30/09/2027 », not « 30 septembre / 2027 »).
      deadline: m.deadline === null ? f.undated : ctx.shortDate(m.deadline),
      state: m.progress > 0 ? l.progress(m.progress) : l.toDo,
    }));
  for (const { evaluation, title } of evaluationsInOrder(ctx)) {
    if (evaluation.verdict === 'acceptable') continue;
    const source =
      evaluation.correctiveAction.trim() !== '' ? evaluation.correctiveAction : evaluation.comment;
    actions.push({
      action: richCell(ctx, source),
      origin: verdictOrigin(ctx, evaluation.verdict, title),
      // Corrective actions have no owner or deadline in the file: the gap is said, and flagged by the checks.
      owner: f.unassigned,
      deadline: f.undated,
      state: l.toDo,
    });
  }
  const out: FileChild[] = [para(ctx, l.intro)];
  if (actions.length === 0) return [...out, para(ctx, l.empty, { run: { italics: true } })];
  out.push(
    caption(ctx, 'actionPlan'),
    dataTable(ctx, {
      columns: l.columns.map((header, i) => ({ header, width: [5.2, 4.6, 2.6, 2.2, 1.6][i] ?? 1 })),
      rows: actions.map((a) => [a.action, a.origin, a.owner, a.deadline, a.state]),
    }),
    spacer(),
  );
  return out;
}

function verdictOrigin(ctx: ExportContext, verdict: Verdict, title: string): CellContent {
  const word = ctx.labels.verdict[verdict];
  return [
    new Paragraph({
      style: STYLE.tableText,
      children: [
        new TextRun({
          text: ctx.text(ctx.labels.actionPlan.fromVerdict(word)),
          bold: true,
          color: VERDICT_COLOUR[verdict],
        }),
      ],
    }),
    para(ctx, title, { style: STYLE.tableText }),
  ];
}
