// A finding whose remedy measure is planned in the document is addressed by the action plan: it stays visible, one
// level less severe, and says which measure treats it, its deadline and its owner. Only a planned measure that is
// not overdue counts: one declared in place while the facts still raise the finding, or one past its deadline,
// leaves the finding as it is. Which measure addresses which rule is read from the remedies (`measure`), so that
// the remedy and the rule that recognises it cannot disagree.
import type { Assessment, Measure } from '../model/assessment.ts';
import type { LocalizedText } from '../model/localized.ts';
import { frenchTypography } from '../markdown/french-typography.ts';
import { longDate } from './context.ts';
import type { Finding, Severity } from './finding.ts';
import type { Remedy } from './remedy.ts';

/** The suffix of the id of an addressed finding: `csu.privacy-masks.near-homes.in-action-plan`. */
export const IN_ACTION_PLAN = '.in-action-plan';

const LESS_SEVERE: Record<Severity, Severity> = { error: 'warning', warning: 'info', info: 'info' };

export const isAddressed = (finding: Finding): boolean => finding.id.endsWith(IN_ACTION_PLAN);

/** The rule an addressed finding came from. */
export const baseRuleId = (id: string): string =>
  id.endsWith(IN_ACTION_PLAN) ? id.slice(0, -IN_ACTION_PLAN.length) : id;

/** Whether a measure is in the action plan and not overdue as of `asOf`. */
export const isPendingPlanned = (measure: Measure, asOf: string): boolean =>
  measure.state === 'planned' && (measure.deadline === null || measure.deadline >= asOf);

function addressedMessage(finding: Finding, measure: Measure): LocalizedText {
  const deadline = measure.deadline
    ? { fr: `échéance le ${longDate(measure.deadline).fr}`, en: `due ${longDate(measure.deadline).en}` }
    : { fr: 'échéance à fixer', en: 'deadline to set' };
  const owner = measure.owner.trim()
    ? { fr: `responsable : ${measure.owner.trim()}`, en: `owner: ${measure.owner.trim()}` }
    : { fr: 'responsable à désigner', en: 'owner to be named' };
  return {
    fr: frenchTypography(
      `Traité au plan d’action par « ${measure.title} » (mesure prévue, ${deadline.fr}, ${owner.fr}). ${finding.message.fr}`,
    ),
    en: `Addressed in the action plan by “${measure.title}” (planned measure, ${deadline.en}, ${owner.en}). ${finding.message.en}`,
  };
}

/** Replaces each finding that a pending planned measure of the document addresses by its addressed form. */
export function addressedByPlan(
  findings: readonly Finding[],
  assessment: Assessment,
  remedies: readonly Remedy[],
  asOf: string,
): Finding[] {
  const byRef = new Map<string, Measure>();
  for (const measure of assessment.measures) {
    const ref = measure.catalogueRef;
    if (ref !== null && !byRef.has(ref) && isPendingPlanned(measure, asOf)) byRef.set(ref, measure);
  }
  if (byRef.size === 0) return [...findings];
  return findings.map((finding) => {
    const measure = remedies
      .filter((r) => r.measure !== undefined && (r.rules as readonly string[]).includes(finding.id))
      .map((r) => byRef.get(r.measure!))
      .find((m) => m !== undefined);
    if (!measure) return finding;
    return {
      ...finding,
      id: `${finding.id}${IN_ACTION_PLAN}`,
      severity: LESS_SEVERE[finding.severity],
      message: addressedMessage(finding, measure),
    };
  });
}
