// The vendor: remote access closed by default (GDPR 28, 32), no transfer outside the EU unchecked (GDPR 44–49),
// and a written agreement for donated equipment that settles what matters (the Valenciennes case).
import type { Term } from './terms.ts';
import type { Finding } from './finding.ts';
import { localizedList, Q, term, type CheckContext, type Rule } from './context.ts';
import { mentions, type SignalFamily } from './text-signals.ts';

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

/** The clauses of a donation agreement through which a vendor keeps a hold on the system, and their words. */
const DONATION_CLAUSES: readonly { term: Term; family: SignalFamily }[] = [
  {
    term: 'remoteAccess',
    family: ['acces a distance', 'acces distant', 'telemaintenance', 'tele-maintenance', 'vpn$', 'remote'],
  },
  {
    term: 'firmwareUpdates',
    family: ['mise a jour', 'mises a jour', 'micrologiciel', 'firmware', 'update', 'correctif', 'patch'],
  },
  {
    term: 'dataFlows',
    family: [
      'flux',
      'transfert',
      'heberg',
      'localis',
      'union europeenne',
      "hors de l'ue",
      'data flow',
      'transfer',
      'host',
      'locat',
      'european union',
      'outside the eu',
    ],
  },
  {
    term: 'agreementEnd',
    family: [
      'fin de la convention',
      'fin du contrat',
      'fin de convention',
      'resiliation',
      'resili',
      'sortie',
      'restitution',
      'reversibilit',
      'echeance',
      'denonciation',
      'terminat',
      'exit',
      'end of the agreement',
      'expir',
    ],
  },
];

function donation(ctx: CheckContext): Finding[] {
  if (ctx.boolean(Q.donation) !== true || ctx.question(Q.donationAgreement) === undefined) return [];
  const text = ctx.text(Q.donationAgreement);
  const location = ctx.questionLocation(Q.donationAgreement);
  if (text === '') return [ctx.finding('csu.donation.agreement', location)];
  const missing = DONATION_CLAUSES.filter((clause) => !mentions(text, clause.family));
  if (missing.length === 0) return [];
  return [
    ctx.finding('csu.donation.clauses', location, {
      missing: localizedList(missing.map((clause) => term(clause.term))),
    }),
  ];
}

export const checkVendorAccess: Rule = (ctx) => [...remoteAccess(ctx), ...transfers(ctx), ...donation(ctx)];
