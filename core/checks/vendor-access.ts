// The vendor: remote access closed by default (GDPR 28, 32), no transfer outside the EU unchecked (GDPR 44–49),
// and a written agreement for donated equipment (the Valenciennes case).
import type { Finding } from './finding.ts';
import { localizedList, Q, type CheckContext, type Rule } from './context.ts';

function remoteAccess(ctx: CheckContext): Finding[] {
  if (ctx.choice(Q.vendorRemoteAccess) !== 'permanent') return [];
  return [ctx.finding('csu.vendor.permanent-access', ctx.questionLocation(Q.vendorRemoteAccess))];
}

function transfers(ctx: CheckContext): Finding[] {
  const answer = ctx.choice(Q.transfers);
  const location = ctx.questionLocation(Q.transfers);
  if (answer === 'unknown') return [ctx.finding('csu.transfers.unknown', location)];
  if (answer === 'adequacy' || answer === 'safeguards') {
    return [
      ctx.finding('csu.transfers.outside-eu', location, {
        basis: localizedList([ctx.optionLabel(Q.transfers, answer)]),
      }),
    ];
  }
  return [];
}

function donation(ctx: CheckContext): Finding[] {
  if (ctx.boolean(Q.donation) !== true || ctx.question(Q.donationAgreement) === undefined) return [];
  if (ctx.text(Q.donationAgreement) !== '') return [];
  return [ctx.finding('csu.donation.agreement', ctx.questionLocation(Q.donationAgreement))];
}

export const checkVendorAccess: Rule = (ctx) => [...remoteAccess(ctx), ...transfers(ctx), ...donation(ctx)];
