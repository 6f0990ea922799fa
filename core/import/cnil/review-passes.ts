// The CNIL import's passes over the review: evaluations (verdicts, action plan, residual risks) and comments.
import type { Evaluation, Measure, Risk, Verdict } from '../../model/assessment.ts';
import type { FearedEvent } from '../../model/vocabulary.ts';
import { cnilTextToMarkdown, cnilTextToPlain, joinMarkdown, markdownParagraph } from './html-to-markdown.ts';
import {
  ITEMS,
  MEASURES_ITEM,
  NOTES_QUESTION,
  QUESTION_MODE_ITEMS,
  QUESTIONS,
  RISK_ITEMS,
  RISKS_ITEM,
} from './mapping.ts';
import { type CnilEvaluation } from './schema.ts';
import { verdictOf, worst, levelOf, instant, calendarDay } from './import-values.ts';
import type { ImportState } from './import-state.ts';
import { measureIndex } from './content-passes.ts';

// ---- Evaluations

export function evaluationsPass(s: ImportState): void {
  const measureVerdicts: { label: string; index: number; evaluation: CnilEvaluation; verdict: Verdict }[] =
    [];
  const riskVerdicts: {
    label: string;
    event: FearedEvent;
    evaluation: CnilEvaluation;
    verdict: Verdict;
  }[] = [];
  for (const evaluation of s.exported.evaluations.entries) {
    const reference = evaluation.reference_to.trim();
    const verdict = verdictOf(evaluation.status);
    const measure = /^3\.1\.(.*)$/.exec(reference);
    const risk = RISK_ITEMS.find((r) => r.item === reference);
    let target: string | undefined;
    if (ITEMS[reference] !== undefined) target = ITEMS[reference];
    else {
      const question = /^(\d\.\d)\.(\d+)$/.exec(reference);
      if (question && QUESTION_MODE_ITEMS.has(question[1]!)) target = QUESTIONS[question[2]!];
    }
    if (target !== undefined) {
      directEvaluation(s, target, reference, evaluation, verdict);
      continue;
    }
    if (measure) {
      const index = /^\d+$/.test(measure[1]!) ? measureIndex(s, measure[1]!) : -1;
      if (index < 0)
        s.report('bad-measure-reference', reference, { kind: 'evaluation', targetId: MEASURES_ITEM });
      const label = index < 0 ? s.t.unidentifiedMeasure(reference) : s.measures[index]!.measure.title;
      if (verdict === null) pending(s, reference, evaluation);
      else measureVerdicts.push({ label, index, evaluation, verdict });
      continue;
    }
    if (risk !== undefined && s.risks.has(risk.fearedEvent)) {
      const label = s.t.riskTitle[risk.fearedEvent];
      if (verdict === null) pending(s, reference, evaluation);
      else riskVerdicts.push({ label, event: risk.fearedEvent, evaluation, verdict });
      continue;
    }
    const body = evaluationText(s, evaluation, verdict);
    if (body === '') continue;
    s.append(`answer:${NOTES_QUESTION}`, s.t.unknownEvaluation(reference), body);
    s.report('unknown-evaluation', reference, { kind: 'answer', questionId: NOTES_QUESTION });
  }
  for (const { index, evaluation, verdict } of measureVerdicts) {
    if (index < 0 || verdict === 'acceptable') continue;
    toActionPlan(s, s.measures[index]!.measure, evaluation);
  }
  for (const { event, evaluation } of riskVerdicts) residual(s, s.risks.get(event)!, evaluation);
  aggregate(s, MEASURES_ITEM, measureVerdicts);
  aggregate(s, RISKS_ITEM, riskVerdicts);
}

function followUp(s: ImportState, evaluation: CnilEvaluation): string {
  const person = cnilTextToPlain(evaluation.person_in_charge);
  const date =
    calendarDay(evaluation.estimated_implementation_date) ??
    cnilTextToPlain(evaluation.estimated_implementation_date);
  return person === '' && date === '' ? '' : markdownParagraph(s.t.followUp(person, date));
}

function evaluationOf(
  s: ImportState,
  evaluation: CnilEvaluation,
  verdict: Verdict,
  comment: string,
  action: string,
): Evaluation {
  const at =
    instant(evaluation.evaluation_date) ??
    instant(evaluation.updated_at) ??
    instant(evaluation.created_at) ??
    s.options.now.toISOString();
  return {
    verdict,
    comment: s.rich(comment, evaluation.reference_to),
    correctiveAction: s.rich(action, evaluation.reference_to),
    evaluatedBy: s.evaluator,
    evaluatedAt: at,
  };
}

function directEvaluation(
  s: ImportState,
  target: string,
  reference: string,
  evaluation: CnilEvaluation,
  verdict: Verdict | null,
) {
  if (verdict === null) return pending(s, reference, evaluation);
  const comment = cnilTextToMarkdown(evaluation.evaluation_comment);
  const action = joinMarkdown(cnilTextToMarkdown(evaluation.action_plan_comment), followUp(s, evaluation));
  const previous = s.evaluations[target];
  s.evaluations[target] =
    previous === undefined
      ? evaluationOf(s, evaluation, verdict, comment, action)
      : {
          ...previous,
          verdict: worst([previous.verdict, verdict])!,
          comment: joinMarkdown(previous.comment, comment),
          correctiveAction: joinMarkdown(previous.correctiveAction, action),
        };
  s.mappedEvaluations += 1;
}

function evaluationText(s: ImportState, evaluation: CnilEvaluation, verdict: Verdict | null): string {
  return joinMarkdown(
    verdict === null ? '' : markdownParagraph(s.t.verdict[verdict]),
    cnilTextToMarkdown(evaluation.evaluation_comment),
    cnilTextToMarkdown(evaluation.action_plan_comment),
    followUp(s, evaluation),
  );
}

/** A verdict needs a decision: the text of a pending one goes with the other notes, never into a verdict. */
function pending(s: ImportState, reference: string, evaluation: CnilEvaluation): void {
  const body = evaluationText(s, evaluation, null);
  if (body === '') return;
  s.append(`answer:${NOTES_QUESTION}`, s.t.pendingEvaluation(reference), body);
  s.report('pending-evaluation', reference, { kind: 'answer', questionId: NOTES_QUESTION });
}

/** An improvable or to-correct measure is work to do: planned, with its owner, deadline and corrective action. */
function toActionPlan(s: ImportState, measure: Measure, evaluation: CnilEvaluation): void {
  measure.state = 'planned';
  measure.owner = s.short(cnilTextToPlain(evaluation.person_in_charge), 'person_in_charge', {
    kind: 'measure',
    title: measure.title,
  });
  measure.deadline = calendarDay(evaluation.estimated_implementation_date);
  const action = cnilTextToMarkdown(evaluation.action_plan_comment);
  if (action !== '')
    measure.description = joinMarkdown(
      measure.description,
      markdownParagraph(s.t.actionPlan, { strong: true }),
      action,
    );
}

/** The evaluator's re-rating "taking the action plan into account" is our residual risk. */
function residual(s: ImportState, risk: Risk, evaluation: CnilEvaluation): void {
  const severity = levelOf(evaluation.gauges?.x);
  const likelihood = levelOf(evaluation.gauges?.y);
  if (severity === null && likelihood === null) {
    // Judged acceptable as it stands: the tool's map shows the same dot before and after, and so do we.
    if (verdictOf(evaluation.status) !== 'acceptable') return;
    const note = markdownParagraph(s.t.acceptedAsIs);
    risk.residual = {
      severity: risk.initial.severity,
      severityJustification: risk.initial.severity === null ? '' : note,
      likelihood: risk.initial.likelihood,
      likelihoodJustification: risk.initial.likelihood === null ? '' : note,
    };
    return;
  }
  const why =
    cnilTextToMarkdown(evaluation.evaluation_comment) || cnilTextToMarkdown(evaluation.action_plan_comment);
  risk.residual = {
    severity,
    severityJustification: severity === null ? '' : s.rich(why, evaluation.reference_to),
    likelihood,
    likelihoodJustification: likelihood === null ? '' : s.rich(why, evaluation.reference_to),
  };
}

/** The verdicts on several measures (or risks) become one verdict on the item, the worst, naming each one. */
function aggregate(
  s: ImportState,
  target: string,
  verdicts: readonly { label: string; evaluation: CnilEvaluation; verdict: Verdict }[],
): void {
  const verdict = worst(verdicts.map((v) => v.verdict));
  if (verdict === null) return;
  const comment = joinMarkdown(
    ...verdicts.flatMap(({ label, evaluation, verdict: v }) => {
      const text = cnilTextToMarkdown(evaluation.evaluation_comment);
      if (text === '' && v === 'acceptable') return [];
      return [markdownParagraph(`${label} — ${s.t.verdict[v]}`, { strong: true }), text];
    }),
  );
  const action = joinMarkdown(
    ...verdicts.flatMap(({ label, evaluation }) => {
      const text = joinMarkdown(cnilTextToMarkdown(evaluation.action_plan_comment), followUp(s, evaluation));
      return text === '' ? [] : [markdownParagraph(label, { strong: true }), text];
    }),
  );
  const latest = verdicts.map((v) => v.evaluation).at(-1)!;
  s.evaluations[target] = evaluationOf(s, latest, verdict, comment, action);
  s.mappedEvaluations += verdicts.length;
}

// ---- Comments

export function commentsPass(s: ImportState): void {
  for (const comment of s.exported.comments.entries) {
    const reference = comment.reference_to.trim();
    const date = calendarDay(comment.created_at);
    const text = cnilTextToMarkdown(comment.description);
    if (text === '') continue;
    const body = date === null ? text : joinMarkdown(markdownParagraph(`(${date})`), text);
    s.mappedComments += 1;
    if (comment.for_measure === true) {
      const index = measureIndex(s, reference);
      if (index >= 0) {
        s.append(`measure:${index}`, s.t.importedComments, body);
        continue;
      }
    } else if (QUESTIONS[reference] !== undefined) {
      s.append(`answer:${QUESTIONS[reference]}`, s.t.importedComments, body);
      continue;
    } else {
      const risk = RISK_ITEMS.find((r) => reference.length === 3 && reference.startsWith(`3${r.digit}`));
      if (risk !== undefined && s.risks.has(risk.fearedEvent)) {
        s.append(`risk:${risk.fearedEvent}`, s.t.importedComments, body);
        continue;
      }
    }
    s.append(`answer:${NOTES_QUESTION}`, s.t.unknownComment(reference), body);
    s.report('unknown-comment', reference, { kind: 'answer', questionId: NOTES_QUESTION });
  }
}
