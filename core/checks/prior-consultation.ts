// Prior consultation of the CNIL (GDPR 36, LIL 90): due when a high residual risk remains or new technologies
// such as plate reading, analytics or biometrics are in use, or present though dormant: a dormant function is
// lawful only if the body can prove it is not used (CE, 21 Dec. 2023, no. 489990), which the CNIL will want to see.
import type { LocalizedText } from '../model/localized.ts';
import type { Risk } from '../model/assessment.ts';
import { camerasWith, capabilityInUse, type CapabilityField } from './capabilities.ts';
import type { FindingLocation } from './finding.ts';
import { Q, term, type CheckContext, type Rule } from './context.ts';

/** A level of 3 or 4 is high (CNIL scale); high on both axes is a risk that must not be accepted as it is. */
const HIGH = 3;

/** The residual rating, or the initial one while the residual is not rated yet. */
export function isHighResidualRisk(risk: Risk): boolean {
  const rated = risk.residual.severity !== null && risk.residual.likelihood !== null;
  const { severity, likelihood } = rated ? risk.residual : risk.initial;
  return severity !== null && likelihood !== null && severity >= HIGH && likelihood >= HIGH;
}

/** Present but switched off: declared so in the module's answer, or on any camera. */
function dormant(ctx: CheckContext, field: CapabilityField, question: string, option: string): boolean {
  return ctx.choice(question) === option || camerasWith(ctx, field, 'present-disabled').length > 0;
}

/** Plate reading in use; under « fps-only », only cameras that also serve purposes of CSI L251-2 count. */
function lapiInUse(ctx: CheckContext): boolean {
  const answer = ctx.choice(Q.lapi);
  if (answer === 'present-enabled') return true;
  return ctx.assessment.cameras.some(
    (camera) => camera.lapi === 'present-enabled' && (answer !== 'fps-only' || camera.purposes.length > 0),
  );
}

export const checkPriorConsultation: Rule = (ctx) => {
  const answer = ctx.choice(Q.priorConsultation);
  const asked = ctx.question(Q.priorConsultation) !== undefined;
  const location: FindingLocation = asked
    ? ctx.questionLocation(Q.priorConsultation)
    : { kind: 'assessment', id: 'validation' };
  if (answer === 'required') return [ctx.finding('csu.prior-consultation.file', location)];

  const highRisks = ctx.assessment.risks.filter(isHighResidualRisk);
  const reasons: LocalizedText[] = [];
  if (highRisks.length > 0) {
    const titles = highRisks.map((r) => `« ${r.title} »`).join(', ');
    const englishTitles = highRisks.map((r) => `"${r.title}"`).join(', ');
    const high = term('highResidualRisk');
    reasons.push({ fr: `${high.fr} : ${titles}`, en: `${high.en}: ${englishTitles}` });
  }
  if (lapiInUse(ctx)) reasons.push(term('lapiInUse'));
  if (capabilityInUse(ctx, { field: 'analytics', question: Q.analytics, enabledOptions: ['enabled'] })) {
    reasons.push(term('analyticsInUse'));
  } else if (dormant(ctx, 'analytics', Q.analytics, 'present-disabled')) {
    reasons.push(term('analyticsDormant'));
  }
  if (
    capabilityInUse(ctx, {
      field: 'facialRecognition',
      question: Q.facialRecognition,
      enabledOptions: ['enabled'],
    })
  ) {
    reasons.push(term('biometricsInUse'));
  } else if (dormant(ctx, 'facialRecognition', Q.facialRecognition, 'dormant')) {
    reasons.push(term('biometricsDormant'));
  }
  if (reasons.length === 0) return [];
  const related = highRisks.map((r): FindingLocation => ({ kind: 'risk', id: r.id, label: r.title }));
  // The first reason may itself list risks with commas: reasons are separated by semicolons.
  const joined = { fr: reasons.map((r) => r.fr).join(' ; '), en: reasons.map((r) => r.en).join('; ') };
  return [ctx.finding('csu.prior-consultation.required', location, { reasons: joined }, related)];
};
