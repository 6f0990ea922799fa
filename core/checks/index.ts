// The checks engine: runs every rule family over an assessment and returns its findings, most serious first.
import type { Assessment } from '../model/assessment.ts';
import type { Template } from '../template/schema.ts';
import { checkAccess } from './access.ts';
import { addressedByPlan, baseRuleId } from './addressed.ts';
import { checkActionPlan } from './action-plan.ts';
import { checkAlternatives } from './alternatives.ts';
import { checkAnalytics } from './analytics.ts';
import { checkArt35Quality } from './art35-quality.ts';
import { checkAudio } from './audio.ts';
import { checkAuthorisation } from './authorisation.ts';
import { checkBiometrics } from './biometrics.ts';
import { RULE_IDS, type RuleId } from './catalogue.ts';
import { checkCompleteness } from './completeness.ts';
import { createCheckContext, type CheckOptions, type Rule } from './context.ts';
import { SEVERITY_ORDER, type Finding } from './finding.ts';
import { checkLapi } from './lapi.ts';
import { checkLegalBasis } from './legal-basis.ts';
import { checkPrescreening } from './prescreening.ts';
import { checkPriorConsultation } from './prior-consultation.ts';
import { checkPrivacyMasks } from './privacy-masks.ts';
import { REMEDIES } from './remedies.ts';
import { checkRetention } from './retention.ts';
import { checkVendorAccess } from './vendor-access.ts';
import { checkVideoverbalisation } from './videoverbalisation.ts';

export type { CheckOptions } from './context.ts';
export { isoDay } from './context.ts';
export { RULE_IDS, RULES, type RuleId } from './catalogue.ts';
export * from './finding.ts';
export { findingPlace, findingsForExport, locationText } from './export.ts';
export { baseRuleId, isAddressed } from './addressed.ts';
export * from './summary.ts';

export const RULE_FAMILIES: readonly Rule[] = [
  checkCompleteness,
  checkActionPlan,
  checkArt35Quality,
  checkPrescreening,
  checkRetention,
  checkLapi,
  checkBiometrics,
  checkAnalytics,
  checkAudio,
  checkPrivacyMasks,
  checkAuthorisation,
  checkVendorAccess,
  checkAlternatives,
  checkAccess,
  checkLegalBasis,
  checkVideoverbalisation,
  checkPriorConsultation,
];

const RULE_ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));

/**
 * A required answer left empty is reported once: when a specific rule already points at that question with
 * at least the same severity (e.g. no alternatives studied), its finding says more than "not answered".
 */
function withoutSuperseded(findings: readonly Finding[]): Finding[] {
  const generic: RuleId = 'completeness.required-answer';
  const specific = new Map<string, number>();
  for (const f of findings) {
    if (f.id === generic || f.location.kind !== 'question') continue;
    const best = specific.get(f.location.id);
    const order = SEVERITY_ORDER[f.severity];
    if (best === undefined || order < best) specific.set(f.location.id, order);
  }
  return findings.filter((f) => {
    if (f.id !== generic) return true;
    const best = specific.get(f.location.id);
    return best === undefined || best > SEVERITY_ORDER[f.severity];
  });
}

/** Runs every rule. The result is stable: errors, then warnings, then information, each in catalogue order. */
export function runChecks(assessment: Assessment, template: Template, options: CheckOptions): Finding[] {
  const ctx = createCheckContext(assessment, template, options);
  const found = withoutSuperseded(RULE_FAMILIES.flatMap((family) => family(ctx)));
  // A finding that a measure of the action plan treats stays visible, one level less severe.
  const findings = addressedByPlan(found, assessment, REMEDIES, ctx.asOf);
  return findings
    .map((finding, index) => ({ finding, index }))
    .sort(
      (a, b) =>
        SEVERITY_ORDER[a.finding.severity] - SEVERITY_ORDER[b.finding.severity] ||
        (RULE_ORDER.get(baseRuleId(a.finding.id)) ?? 0) - (RULE_ORDER.get(baseRuleId(b.finding.id)) ?? 0) ||
        a.index - b.index,
    )
    .map(({ finding }) => finding);
}
