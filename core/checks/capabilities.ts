// Shared reading of a capability that can be present on cameras and declared in a module's answer.
import type { Camera, Capability } from '../model/assessment.ts';
import type { RuleId } from './catalogue.ts';
import type { Finding } from './finding.ts';
import type { CheckContext, Params } from './context.ts';

export type CapabilityField = 'lapi' | 'facialRecognition' | 'analytics' | 'audio';

export interface CapabilitySpec {
  field: CapabilityField;
  /** The module question declaring the capability for the whole system. */
  question: string;
  enabledOptions: readonly string[];
  dormantOptions: readonly string[];
  enabledRule: RuleId;
  dormantRule: RuleId;
  /** Extra message parameters of the dormant finding. */
  dormantParams?: Params;
}

export const camerasWith = (ctx: CheckContext, field: CapabilityField, state: Capability): Camera[] =>
  ctx.assessment.cameras.filter((camera) => camera[field] === state);

/** Whether the capability is in use, from the answer or from any camera. */
export function capabilityInUse(
  ctx: CheckContext,
  spec: Pick<CapabilitySpec, 'field' | 'question' | 'enabledOptions'>,
) {
  const answer = ctx.choice(spec.question);
  return (
    (answer !== null && spec.enabledOptions.includes(answer)) ||
    ctx.assessment.cameras.some((camera) => camera[spec.field] === 'present-enabled')
  );
}

/**
 * One finding at most: the capability in use (an error), or else present but switched off (a warning).
 * It points at the module's answer when that declares it, else at the cameras, and lists the cameras.
 */
export function capabilityFindings(ctx: CheckContext, spec: CapabilitySpec): Finding[] {
  const answer = ctx.choice(spec.question);
  const declared = (options: readonly string[]) => answer !== null && options.includes(answer);
  const place = (cameras: Camera[], byAnswer: boolean) => {
    const group = ctx.cameraGroup(cameras);
    if (!byAnswer) return group;
    const related = cameras.map(ctx.cameraLocation);
    return { location: ctx.questionLocation(spec.question), related, params: group.params };
  };
  const enabled = camerasWith(ctx, spec.field, 'present-enabled');
  if (enabled.length > 0 || declared(spec.enabledOptions)) {
    const { location, related, params } = place(enabled, declared(spec.enabledOptions));
    return [ctx.finding(spec.enabledRule, location, params, related)];
  }
  const dormant = camerasWith(ctx, spec.field, 'present-disabled');
  if (dormant.length > 0 || declared(spec.dormantOptions)) {
    const { location, related, params } = place(dormant, declared(spec.dormantOptions));
    return [ctx.finding(spec.dormantRule, location, { ...params, ...spec.dormantParams }, related)];
  }
  return [];
}
