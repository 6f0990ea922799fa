// The dates an assessment must be revisited by, as the checks and the council's register read them: the prefectoral
// authorisation lasts five years, renewable (CSI L252-4), and a planned measure has a deadline.
import type { Measure } from '../model/assessment.ts';
import { addMonths } from './context.ts';

/** Renewal goes through the departmental commission: six months ahead is when the file must be prepared. */
export const RENEWAL_NOTICE_MONTHS = 6;

export type AuthorisationExpiryState = 'expired' | 'expiring' | 'valid';

/** Where an authorisation ending on `date` stands on the day `asOf` (both `YYYY-MM-DD`). */
export function authorisationExpiryState(asOf: string, date: string): AuthorisationExpiryState {
  if (date < asOf) return 'expired';
  if (date <= addMonths(asOf, RENEWAL_NOTICE_MONTHS)) return 'expiring';
  return 'valid';
}

/** A planned measure past its deadline on the as-of day and not finished: the action plan is slipping. */
export const isOverdueMeasure = (
  measure: Pick<Measure, 'state' | 'deadline' | 'progress'>,
  asOf: string,
): boolean =>
  measure.state === 'planned' &&
  measure.deadline !== null &&
  measure.deadline < asOf &&
  measure.progress < 100;
