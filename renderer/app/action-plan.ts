// The action plan: planned measures, and the reviewer's "improvable" / "to correct" verdicts with their corrective action.
import { own } from '../../core/model/own.ts';
import type { Assessment, Measure, Verdict } from '../../core/model/assessment.ts';
import type { Template } from '../../core/template/schema.ts';
import type { LocalizedText } from '../../core/model/localized.ts';

export type ActionPlanEntry =
  | {
      kind: 'measure';
      measure: Measure;
      /** The risks it treats, with their number in the register (R1, R2…). */
      risks: { number: number; title: string }[];
      overdue: boolean;
      incomplete: boolean;
    }
  | {
      kind: 'evaluation';
      targetId: string;
      targetTitle: LocalizedText;
      verdict: Exclude<Verdict, 'acceptable'>;
      comment: string;
      correctiveAction: string;
    };

/** `today` is `YYYY-MM-DD`. Measures come first, by deadline (none last), then the verdicts in template order. */
export function buildActionPlan(
  assessment: Assessment,
  template: Template,
  today: string,
): ActionPlanEntry[] {
  const measures = assessment.measures
    .filter((m) => m.state === 'planned')
    .sort((a, b) => (a.deadline ?? '9999').localeCompare(b.deadline ?? '9999'))
    .map((measure): ActionPlanEntry => ({
      kind: 'measure',
      measure,
      risks: assessment.risks.flatMap((r, index) =>
        r.measureIds.includes(measure.id) ? [{ number: index + 1, title: r.title }] : [],
      ),
      overdue: measure.deadline !== null && measure.deadline < today && measure.progress < 100,
      incomplete: measure.owner.trim() === '' || measure.deadline === null,
    }));
  const evaluations: ActionPlanEntry[] = [];
  for (const section of template.sections) {
    for (const item of section.items) {
      const targets = [
        { id: item.id, title: item.title },
        ...item.questions.map((q) => ({ id: q.id, title: q.label })),
      ];
      for (const target of targets) {
        const evaluation = own(assessment.evaluations, target.id);
        if (!evaluation || evaluation.verdict === 'acceptable') continue;
        evaluations.push({
          kind: 'evaluation',
          targetId: target.id,
          targetTitle: target.title,
          verdict: evaluation.verdict,
          comment: evaluation.comment,
          correctiveAction: evaluation.correctiveAction,
        });
      }
    }
  }
  return [...measures, ...evaluations];
}
