// Number-plate reading (LAPI): a commune may not run it through video protection (CSI L233-1; CE Gujan-Mestras 2016).
// Checking post-parking fees rests on CGCT L2333-87, is no purpose of CSI L251-2, and is a separate processing: a
// camera that serves L251-2 purposes cannot read plates « for parking only ».
import { capabilityFindings } from './capabilities.ts';
import { Q, type Rule } from './context.ts';

export const checkLapi: Rule = (ctx) => {
  if (ctx.choice(Q.lapi) === 'fps-only') {
    const mixed = ctx.assessment.cameras.filter(
      (camera) => camera.lapi === 'present-enabled' && camera.purposes.length > 0,
    );
    const location = ctx.questionLocation(Q.lapi);
    if (mixed.length === 0) return [ctx.finding('csu.lapi.fps-only', location)];
    const group = ctx.cameraGroup(mixed);
    return [ctx.finding('csu.lapi.fps-mixed', location, group.params, mixed.map(ctx.cameraLocation))];
  }
  return capabilityFindings(ctx, {
    field: 'lapi',
    question: Q.lapi,
    enabledOptions: ['present-enabled'],
    dormantOptions: ['present-disabled'],
    enabledRule: 'csu.lapi.municipal',
    dormantRule: 'csu.lapi.dormant',
  });
};
