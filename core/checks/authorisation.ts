// Prefectoral authorisation (CSI L252-1), for five years, renewable (CSI L252-4); every camera covered, none past its expiry.
import type { Camera } from '../model/assessment.ts';
import type { Finding } from './finding.ts';
import { longDate, Q, type CheckContext, type Rule } from './context.ts';
import { authorisationExpiryState, type AuthorisationExpiryState } from './due-dates.ts';

const expiryState = (ctx: CheckContext, date: string): AuthorisationExpiryState =>
  authorisationExpiryState(ctx.asOf, date);

const RULE = { expired: 'csu.authorisation.expired', expiring: 'csu.authorisation.expiring' } as const;

function expiries(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  const declared = ctx.date(Q.authorisationExpiry);
  // The cameras of the declared order are told once, with the declared date.
  if (declared !== null) {
    const state = expiryState(ctx, declared);
    if (state !== 'valid') {
      const cameras = ctx.assessment.cameras.filter((c) => c.authorisationExpiry === declared);
      findings.push(
        ctx.finding(
          RULE[state],
          ctx.questionLocation(Q.authorisationExpiry),
          { case: 'declared', date: longDate(declared), count: cameras.length },
          cameras.map(ctx.cameraLocation),
        ),
      );
    }
  }
  for (const state of ['expired', 'expiring'] as const) {
    const cameras = ctx.assessment.cameras.filter(
      (c): c is Camera & { authorisationExpiry: string } =>
        c.authorisationExpiry !== null &&
        c.authorisationExpiry !== declared &&
        expiryState(ctx, c.authorisationExpiry) === state,
    );
    if (cameras.length === 0) continue;
    const first = cameras.map((c) => c.authorisationExpiry).sort()[0] ?? '';
    const group = ctx.cameraGroup(cameras);
    findings.push(
      ctx.finding(
        RULE[state],
        group.location,
        { ...group.params, case: 'cameras', date: longDate(first) },
        group.related,
      ),
    );
  }
  return findings;
}

function missing(ctx: CheckContext): Finding[] {
  const findings: Finding[] = [];
  if (ctx.choice(Q.projectKind) === 'existing-unauthorised') {
    findings.push(
      ctx.finding('csu.authorisation.missing', ctx.questionLocation(Q.projectKind), { case: 'system' }),
    );
  }
  const cameras = ctx.assessment.cameras.filter(
    (c) => c.authorisationExpiry === null && c.authorisationReference.trim() === '',
  );
  if (cameras.length > 0) {
    const group = ctx.cameraGroup(cameras);
    findings.push(
      ctx.finding(
        'csu.authorisation.missing',
        group.location,
        { ...group.params, case: 'cameras' },
        group.related,
      ),
    );
  }
  return findings;
}

function overCapacity(ctx: CheckContext): Finding[] {
  const authorised = ctx.number(Q.camerasAuthorised);
  const installed = ctx.assessment.cameras.length;
  if (authorised === null || installed <= authorised) return [];
  return [
    ctx.finding('csu.authorisation.over-capacity', ctx.questionLocation(Q.camerasAuthorised), {
      installed,
      authorised,
    }),
  ];
}

export const checkAuthorisation: Rule = (ctx) => [...expiries(ctx), ...missing(ctx), ...overCapacity(ctx)];
