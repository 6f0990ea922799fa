// Retention of recordings: one month at most (CSI L252-5); beyond 72 hours the EDPB asks for more justification.
import { Q, type Rule } from './context.ts';

/** EDPB Guidelines 3/2019 on video devices: past 72 hours, the period needs a stronger justification. */
const EDPB_DAYS = 3;
/** CSI L252-5: « un mois », counted here as 30 days. */
const LEGAL_MAXIMUM_DAYS = 30;

export const checkRetention: Rule = (ctx) => {
  const days = ctx.number(Q.retentionDays);
  if (days === null) return [];
  const location = ctx.questionLocation(Q.retentionDays);
  if (days > LEGAL_MAXIMUM_DAYS) return [ctx.finding('csu.retention.over-one-month', location, { days })];
  if (days > EDPB_DAYS) return [ctx.finding('csu.retention.beyond-72-hours', location, { days })];
  return [];
};
