// Remedies for the prefectoral authorisation (CSI L252-1, L252-4): put the renewal or the application in the action
// plan, dated before the expiry when it is still ahead.
import type { Assessment } from '../model/assessment.ts';
import { Q } from './context.ts';
import type { Remedy } from './remedy.ts';
import { addDays, planMeasure } from './remedy.ts';

/** Catalogue actions « Renouvellement de l’autorisation préfectorale » and « Demande d’autorisation préfectorale ». */
export const AUTHORISATION_RENEWAL = 'M35';
export const AUTHORISATION_APPLICATION = 'M36';

/** The commission gives its opinion before the prefect decides: the file goes in about four months ahead. */
const RENEWAL_LEAD_DAYS = 120;
/** When that moment has passed, the file is planned a month out. */
const LATE_FILING_DAYS = 30;

/** The earliest expiry among the declared authorisation and the cameras', or null. */
export function earliestExpiry(assessment: Assessment): string | null {
  const declared = assessment.answers[Q.authorisationExpiry];
  const dates = [
    ...(declared?.type === 'date' && declared.value ? [declared.value] : []),
    ...assessment.cameras.flatMap((c) => (c.authorisationExpiry ? [c.authorisationExpiry] : [])),
  ].sort();
  return dates[0] ?? null;
}

export const AUTHORISATION_REMEDIES: readonly Remedy[] = [
  {
    id: 'authorisation.add-renewal',
    rules: ['csu.authorisation.expired', 'csu.authorisation.expiring'],
    label: {
      fr: 'Ajouter au plan d’action le dépôt du dossier de renouvellement de l’autorisation préfectorale, daté avant l’expiration',
      en: 'Add the filing of the renewal of the prefectoral authorisation to the action plan, dated before the expiry',
    },
    ...planMeasure(AUTHORISATION_RENEWAL, (ctx) => {
      const expiry = earliestExpiry(ctx.assessment);
      const ahead = expiry ? addDays(expiry, -RENEWAL_LEAD_DAYS) : null;
      // Already late: a realistic date for the file, a month out, not today (which would be overdue tomorrow).
      return ahead !== null && ahead > ctx.asOf ? ahead : addDays(ctx.asOf, LATE_FILING_DAYS);
    }),
  },
  {
    id: 'authorisation.add-application',
    rules: ['csu.authorisation.missing', 'csu.authorisation.over-capacity'],
    label: {
      fr: 'Ajouter au plan d’action la demande d’autorisation préfectorale pour les caméras non couvertes',
      en: 'Add the application for a prefectoral authorisation of the cameras not covered to the action plan',
    },
    ...planMeasure(AUTHORISATION_APPLICATION, (ctx) => addDays(ctx.asOf, LATE_FILING_DAYS)),
  },
];
