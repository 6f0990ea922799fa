// Homes in view: no viewing inside homes nor specifically their entrances (CSI L251-3), hence privacy masks.
import type { Rule } from './context.ts';

export const checkPrivacyMasks: Rule = (ctx) => {
  const cameras = ctx.assessment.cameras.filter((c) => c.nearHomes && c.privacyMasks === 'none');
  if (cameras.length === 0) return [];
  const group = ctx.cameraGroup(cameras);
  return [ctx.finding('csu.privacy-masks.near-homes', group.location, group.params, group.related)];
};
