// The action plan: a reviewer's corrective action has no owner and no deadline in the file, so it is flagged until
// it is recorded as a planned measure, which has both.
import type { LocalizedText } from '../model/localized.ts';
import type { Finding } from './finding.ts';
import { localizedList, type Rule } from './context.ts';

/** How many targets the message names before « … ». */
const NAMED = 4;

export const checkActionPlan: Rule = (ctx) => {
  const targets: { id: string; label: LocalizedText }[] = [];
  for (const [id, evaluation] of Object.entries(ctx.assessment.evaluations)) {
    if (evaluation.verdict === 'acceptable') continue;
    const label = ctx.question(id)?.label ?? ctx.item(id)?.title ?? { fr: id, en: id };
    targets.push({ id, label });
  }
  const first = targets[0];
  if (first === undefined) return [];
  const named = targets.slice(0, NAMED).map((t) => ({ fr: `« ${t.label.fr} »`, en: `"${t.label.en}"` }));
  if (targets.length > NAMED) named.push({ fr: '…', en: '…' });
  const location = ctx.question(first.id)
    ? ctx.questionLocation(first.id)
    : ({ kind: 'item', id: first.id } as const);
  const finding: Finding = ctx.finding('completeness.unassigned-corrective-actions', location, {
    count: targets.length,
    targets: localizedList(named),
  });
  return [finding];
};
