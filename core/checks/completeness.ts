// Completeness: required answers, risks rated and justified, planned measures with an owner and a deadline,
// reviewer verdicts with their corrective action, and every camera serving a purpose.
import type { Risk, RiskRating } from '../model/assessment.ts';
import type { LocalizedText } from '../model/localized.ts';
import type { Finding } from './finding.ts';
import { isOverdueMeasure } from './due-dates.ts';
import { localizedList, longDate, term, type CheckContext, type Rule } from './context.ts';

const MAX_REFERENCES = 3;

function requiredAnswers(ctx: CheckContext): Finding[] {
  const legal = new Map(ctx.template.knowledgeBase.legalReferences.map((r) => [r.id, r.label]));
  const findings: Finding[] = [];
  for (const section of ctx.template.sections) {
    for (const item of section.items) {
      for (const question of item.questions) {
        if (!question.required || ctx.isAnswered(question)) continue;
        // The question's own references say best why it matters; the rule's default covers the rest.
        // Three references say why; a longer list would bury the finding.
        const labels = question.legalRefs.flatMap((id) => legal.get(id) ?? []).slice(0, MAX_REFERENCES);
        const legalRef: LocalizedText | undefined =
          labels.length > 0
            ? { fr: labels.map((l) => l.fr).join(' ; '), en: labels.map((l) => l.en).join('; ') }
            : undefined;
        findings.push(
          ctx.finding('completeness.required-answer', ctx.questionLocation(question.id), {
            question: question.label,
            ...(legalRef ? { legalRef } : {}),
          }),
        );
      }
    }
  }
  return findings;
}

function camerasWithoutPurpose(ctx: CheckContext): Finding[] {
  const cameras = ctx.assessment.cameras.filter((c) => c.purposes.length === 0);
  if (cameras.length === 0) return [];
  const group = ctx.cameraGroup(cameras);
  return [ctx.finding('completeness.camera-purpose', group.location, group.params, group.related)];
}

const isRated = (rating: RiskRating): boolean => rating.severity !== null && rating.likelihood !== null;

function riskRatings(ctx: CheckContext, risk: Risk): Finding[] {
  const location = { kind: 'risk', id: risk.id, label: risk.title } as const;
  const findings: Finding[] = [];
  const initial = isRated(risk.initial);
  const residual = isRated(risk.residual);
  if (!initial || !residual) {
    const phase = !initial && !residual ? 'initialAndResidual' : !initial ? 'initial' : 'residual';
    findings.push(
      ctx.finding('completeness.risk-unrated', location, { risk: risk.title, phase: term(phase) }),
    );
  }
  const unjustified: LocalizedText[] = [];
  const check = (level: number | null, justification: string, name: Parameters<typeof term>[0]): void => {
    if (level !== null && justification.trim() === '') unjustified.push(term(name));
  };
  check(risk.initial.severity, risk.initial.severityJustification, 'initialSeverity');
  check(risk.initial.likelihood, risk.initial.likelihoodJustification, 'initialLikelihood');
  check(risk.residual.severity, risk.residual.severityJustification, 'residualSeverity');
  check(risk.residual.likelihood, risk.residual.likelihoodJustification, 'residualLikelihood');
  if (unjustified.length > 0) {
    findings.push(
      ctx.finding('completeness.risk-justification', location, {
        risk: risk.title,
        fields: localizedList(unjustified),
      }),
    );
  }
  return findings;
}

function plannedMeasures(ctx: CheckContext): Finding[] {
  return ctx.assessment.measures.flatMap((measure) => {
    if (measure.state !== 'planned') return [];
    const noOwner = measure.owner.trim() === '';
    const noDeadline = measure.deadline === null;
    if (!noOwner && !noDeadline) return [];
    const missing = noOwner && noDeadline ? 'ownerAndDeadline' : noOwner ? 'owner' : 'deadline';
    return [
      ctx.finding(
        'completeness.planned-measure',
        { kind: 'measure', id: measure.id, label: measure.title },
        { measure: measure.title, missing: term(missing) },
      ),
    ];
  });
}

/** A planned measure past its deadline on the as-of day and not finished: the action plan is slipping. */
function overdueMeasures(ctx: CheckContext): Finding[] {
  return ctx.assessment.measures.flatMap((measure) => {
    if (!isOverdueMeasure(measure, ctx.asOf) || measure.deadline === null) return [];
    return [
      ctx.finding(
        'completeness.measure-overdue',
        { kind: 'measure', id: measure.id, label: measure.title },
        { measure: measure.title, deadline: longDate(measure.deadline), asOf: longDate(ctx.asOf) },
      ),
    ];
  });
}

function evaluations(ctx: CheckContext): Finding[] {
  return Object.entries(ctx.assessment.evaluations).flatMap(([id, evaluation]) => {
    if (evaluation.verdict === 'acceptable' || evaluation.correctiveAction.trim() !== '') return [];
    const question = ctx.question(id);
    const item = ctx.item(id);
    const target = question?.label ?? item?.title ?? { fr: id, en: id };
    const location = question ? ctx.questionLocation(id) : ({ kind: 'item', id } as const);
    return [
      ctx.finding('completeness.evaluation-action', location, { target, verdict: term(evaluation.verdict) }),
    ];
  });
}

export const checkCompleteness: Rule = (ctx) => [
  ...requiredAnswers(ctx),
  ...camerasWithoutPurpose(ctx),
  ...ctx.assessment.risks.flatMap((risk) => riskRatings(ctx, risk)),
  ...plannedMeasures(ctx),
  ...overdueMeasures(ctx),
  ...evaluations(ctx),
];
