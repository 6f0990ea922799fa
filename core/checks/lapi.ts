// Number-plate reading (LAPI): a commune may not run it (CSI L233-1; CE Gujan-Mestras 2016), save for parking fees.
import { capabilityFindings } from './capabilities.ts';
import { Q, type Rule } from './context.ts';

export const checkLapi: Rule = (ctx) => {
  // Reading plates to check post-parking fees is the one use left to a commune: the cameras doing it are expected.
  if (ctx.choice(Q.lapi) === 'fps-only')
    return [ctx.finding('csu.lapi.fps-only', ctx.questionLocation(Q.lapi))];
  return capabilityFindings(ctx, {
    field: 'lapi',
    question: Q.lapi,
    enabledOptions: ['present-enabled'],
    dormantOptions: ['present-disabled'],
    enabledRule: 'csu.lapi.municipal',
    dormantRule: 'csu.lapi.dormant',
  });
};
