// What is due or overdue across the register, as of a day: reviews (GDPR art. 35(11)), prefectoral authorisations
// ending (five years, CSI L252-4), planned measures past their deadline, assessments left in draft or review.
// Pure: the app's home screen, its register screen and `dpia register --due-within` all list these.
import { addDays } from '../checks/remedy.ts';
import { addMonths } from '../checks/context.ts';
import { authorisationExpiryState, isOverdueMeasure, RENEWAL_NOTICE_MONTHS } from '../checks/due-dates.ts';
import type { RegisterEntry, RegisterFacts } from './entry.ts';

export const REMINDER_KINDS = ['authorisation', 'review', 'measure', 'stale'] as const;
export type ReminderKind = (typeof REMINDER_KINDS)[number];

export interface Reminder {
  /** The register row concerned (to open it). */
  entryId: string;
  kind: ReminderKind;
  /** The assessment's title, for the list. */
  title: string;
  /** The day it falls due (`YYYY-MM-DD`): the review, the expiry, the deadline, or when the draft became stale. */
  due: string;
  /** Past due on the as-of day. */
  overdue: boolean;
  /** Days from the as-of day to `due` (negative when overdue). */
  days: number;
  /** The measure concerned, for `measure`; the status the document is left in, for `stale`. */
  measureId?: string;
  measureTitle?: string;
}

export interface ReminderOptions {
  /** `YYYY-MM-DD`. */
  asOf: string;
  /**
   * How far ahead to look, in days, for every kind (`dpia register --due-within 90`). Without it: reviews a month
   * ahead, authorisations six months ahead (the renewal file goes to the commission), measures when overdue.
   */
  withinDays?: number;
  /** An assessment in draft or in review for more than this many days is reminded. */
  staleAfterDays: number;
}

/** The default of the preference « remind drafts left for more than N days ». */
export const DEFAULT_STALE_AFTER_DAYS = 60;
/** Without a window: a review is reminded a month ahead. */
const REVIEW_NOTICE_DAYS = 30;

const DAY_MS = 24 * 60 * 60 * 1000;
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);

function remindersOfFacts(id: string, facts: RegisterFacts, options: ReminderOptions): Reminder[] {
  const { asOf, withinDays } = options;
  const horizon = (defaultHorizon: string): string =>
    withinDays === undefined ? defaultHorizon : addDays(asOf, withinDays);
  const reminder = (kind: ReminderKind, due: string, extra: Partial<Reminder> = {}): Reminder => ({
    entryId: id,
    kind,
    title: facts.title,
    due,
    overdue: due < asOf,
    days: daysBetween(asOf, due),
    ...extra,
  });
  const found: Reminder[] = [];
  const expiry = facts.authorisationExpiry;
  if (expiry !== null) {
    const listed =
      withinDays === undefined
        ? authorisationExpiryState(asOf, expiry) !== 'valid'
        : expiry <= horizon(addMonths(asOf, RENEWAL_NOTICE_MONTHS));
    if (listed) found.push(reminder('authorisation', expiry));
  }
  if (facts.reviewDate !== null && facts.reviewDate <= horizon(addDays(asOf, REVIEW_NOTICE_DAYS)))
    found.push(reminder('review', facts.reviewDate));
  for (const measure of facts.measures) {
    const listed =
      isOverdueMeasure(measure, asOf) ||
      (withinDays !== undefined && measure.progress < 100 && measure.deadline <= horizon(asOf));
    if (listed)
      found.push(
        reminder('measure', measure.deadline, { measureId: measure.id, measureTitle: measure.title }),
      );
  }
  if (facts.status === 'draft' || facts.status === 'in-review') {
    const staleFrom = addDays(facts.statusSince, options.staleAfterDays);
    if (staleFrom < asOf) found.push(reminder('stale', staleFrom));
  }
  return found;
}

/** Every reminder of the register, the most urgent first (the earliest due day), then by title. */
export function remindersOf(entries: readonly RegisterEntry[], options: ReminderOptions): Reminder[] {
  return entries
    .flatMap((entry) => (entry.facts ? remindersOfFacts(entry.id, entry.facts, options) : []))
    .sort(
      (a, b) =>
        a.due.localeCompare(b.due) ||
        a.title.localeCompare(b.title) ||
        REMINDER_KINDS.indexOf(a.kind) - REMINDER_KINDS.indexOf(b.kind),
    );
}
