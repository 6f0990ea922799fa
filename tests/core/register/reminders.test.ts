// The reminders as of a fixed day: reviews, authorisations (five years, renewal six months ahead), late measures,
// assessments left in draft; and the same rules with a window (`--due-within`).
import { describe, expect, it } from 'vitest';
import type { RegisterEntry, RegisterFacts } from '../../../core/register/entry.ts';
import { reminderText } from '../../../core/register/reminder-text.ts';
import { remindersOf } from '../../../core/register/reminders.ts';

const facts = (patch: Partial<RegisterFacts>): RegisterFacts => ({
  assessmentId: 'a',
  title: 'AIPD',
  organisation: 'Valmont',
  templateId: 't',
  templateVersion: '1',
  version: '1.0',
  status: 'validated',
  statusSince: '2026-01-01',
  verdict: 'unsigned',
  verdictReason: null,
  decision: null,
  decisionDate: null,
  reviewDate: null,
  authorisationExpiry: null,
  errorCount: 0,
  modifiedAt: '2026-01-01T00:00:00Z',
  measures: [],
  ...patch,
});
const entry = (id: string, patch: Partial<RegisterFacts>): RegisterEntry => ({
  id,
  filePath: `/aipd/${id}.dpia`,
  fileModifiedAt: null,
  facts: facts(patch),
  problem: null,
});
const AS_OF = '2026-06-15';
const kinds = (entries: RegisterEntry[], withinDays?: number) =>
  remindersOf(entries, {
    asOf: AS_OF,
    staleAfterDays: 60,
    ...(withinDays === undefined ? {} : { withinDays }),
  }).map((r) => `${r.entryId}:${r.kind}:${r.overdue ? 'overdue' : 'due'}`);

describe('reminders as of 15 June 2026', () => {
  it('reminds an authorisation expired, or ending within six months, not one ending later', () => {
    expect(
      kinds([
        entry('expired', { authorisationExpiry: '2026-06-14' }),
        entry('soon', { authorisationExpiry: '2026-12-15' }),
        entry('later', { authorisationExpiry: '2026-12-16' }),
      ]),
    ).toEqual(['expired:authorisation:overdue', 'soon:authorisation:due']);
  });

  it('reminds a review a month ahead, and an overdue one', () => {
    expect(
      kinds([
        entry('late', { reviewDate: '2026-01-10' }),
        entry('month', { reviewDate: '2026-07-15' }),
        entry('far', { reviewDate: '2026-07-16' }),
      ]),
    ).toEqual(['late:review:overdue', 'month:review:due']);
  });

  it('reminds planned measures past their deadline and unfinished, as the checks do', () => {
    const measure = (id: string, deadline: string, progress = 0) => ({
      id,
      title: id,
      state: 'planned' as const,
      deadline,
      progress,
    });
    const reminders = remindersOf(
      [
        entry('plan', {
          measures: [
            measure('late', '2026-06-14'),
            measure('today', '2026-06-15'),
            measure('done', '2026-01-01', 100),
          ],
        }),
      ],
      { asOf: AS_OF, staleAfterDays: 60 },
    );
    expect(reminders.map((r) => r.measureId)).toEqual(['late']);
    expect(reminderText(reminders[0]!, 'fr')).toBe(
      'Mesure «\u202Flate\u202F» en retard, échéance le 14 juin 2026',
    );
  });

  it('reminds drafts and reviews left for more than N days, not validated ones', () => {
    expect(
      kinds([
        entry('old-draft', { status: 'draft', statusSince: '2026-04-15' }),
        entry('fresh-draft', { status: 'draft', statusSince: '2026-04-16' }),
        entry('old-review', { status: 'in-review', statusSince: '2026-01-01' }),
        entry('old-validated', { status: 'validated', statusSince: '2026-01-01' }),
      ]),
    ).toEqual(['old-review:stale:overdue', 'old-draft:stale:overdue']);
  });

  it('with a window, lists everything falling due within it, overdue first', () => {
    const entries = [
      entry('review', { reviewDate: '2026-09-13' }),
      entry('review-far', { reviewDate: '2026-09-14' }),
      entry('auth', { authorisationExpiry: '2026-08-01' }),
    ];
    expect(kinds(entries, 90)).toEqual(['auth:authorisation:due', 'review:review:due']);
  });

  it('ignores unreadable files (they are listed in the register with their reason)', () => {
    expect(
      remindersOf(
        [{ id: 'x', filePath: 'x', fileModifiedAt: null, facts: null, problem: { fr: 'x', en: 'x' } }],
        { asOf: AS_OF, staleAfterDays: 60 },
      ),
    ).toEqual([]);
  });
});
