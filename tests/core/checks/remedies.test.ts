// Remedies on findings: each one, applied where its finding fires, makes that finding go (or be addressed by the
// plan) without adding an error; applying it twice is harmless; facts are recorded only when confirmed.
import { beforeAll, describe, expect, it } from 'vitest';
import { findingKey, runChecks, type Finding } from '../../../core/checks/index.ts';
import { REMEDIES, REMEDY_BY_ID } from '../../../core/checks/remedies.ts';
import { applyRemedy, remediesFor, type Remedy } from '../../../core/checks/remedy.ts';
import { isDpiaError } from '../../../core/errors.ts';
import { buildExampleDocument } from '../../../core/example/example-document.ts';
import type { DpiaDocument } from '../../../core/format/document.ts';
import type { Assessment } from '../../../core/model/assessment.ts';

const AS_OF = '2026-12-02';
let example: DpiaDocument;
let counter = 0;
const newId = () => `00000000-0000-4000-9000-${String(++counter).padStart(12, '0')}`;

beforeAll(async () => {
  example = await buildExampleDocument();
});

const check = (assessment: Assessment) => runChecks(assessment, example.template, { asOf: AS_OF });

/** Documents where the rules the example does not raise do fire. */
function variants(): Assessment[] {
  const base = example.assessment;
  // The example already plans masks, the end of plate reading, neutralisation and the bastion: without them.
  const planned = new Set(['M1', 'M4', 'M5', 'M6', 'M17']);
  const gone = new Set(base.measures.filter((m) => planned.has(m.catalogueRef ?? '')).map((m) => m.id));
  const unplanned: Assessment = {
    ...base,
    measures: base.measures.filter((m) => !gone.has(m.id)),
    risks: base.risks.map((r) => ({ ...r, measureIds: r.measureIds.filter((id) => !gone.has(id)) })),
  };
  return [
    base,
    unplanned,
    { ...base, answers: { ...base.answers, 'context.retention-days': { type: 'number', value: 45 } } },
    {
      ...base,
      answers: {
        ...base.answers,
        'prescreening.prior-consultation': { type: 'choice', optionId: 'not-required' },
      },
    },
  ];
}

function apply(remedy: Remedy, assessment: Assessment, findings: readonly Finding[]) {
  return applyRemedy(remedy, {
    assessment,
    template: example.template,
    findings,
    asOf: AS_OF,
    newId,
    confirmed: true,
  });
}

const editRemedies = REMEDIES.filter((r) => r.action.kind === 'edit');

describe('remedies', () => {
  it('keeps an overdue planned measure from hiding its finding, and lets a pending one address it', () => {
    const findings = check(example.assessment);
    // The example plans masking for 29 May 2026 and the end of plate reading for 30 April 2026: both overdue.
    expect(findings.map((f) => f.id)).toEqual(
      expect.arrayContaining(['csu.privacy-masks.near-homes', 'csu.lapi.municipal']),
    );
    // The bastion is due in June 2027: the permanent vendor access is addressed by the plan.
    const vendor = findings.find((f) => f.id.startsWith('csu.vendor.permanent-access'));
    expect(vendor).toMatchObject({ id: 'csu.vendor.permanent-access.in-action-plan', severity: 'warning' });
  });

  it('the example offers remedies on at least eight findings', () => {
    const findings = check(example.assessment);
    const withRemedies = findings.filter(
      (f) => remediesFor(REMEDIES, f, example.assessment, example.template).length > 0,
    );
    expect(withRemedies.length).toBeGreaterThanOrEqual(8);
  });

  it('has unique ids, a label in both languages, and rules of the catalogue', () => {
    expect(REMEDY_BY_ID.size).toBe(REMEDIES.length);
    for (const remedy of REMEDIES) {
      expect(remedy.label.fr.length).toBeGreaterThan(10);
      expect(remedy.label.en.length).toBeGreaterThan(10);
      expect(remedy.rules.length).toBeGreaterThan(0);
    }
  });

  it.each(editRemedies.map((r) => [r.id, r] as const))(
    '%s makes its finding go without adding an error, and twice is harmless',
    (_id, remedy) => {
      const where = variants().find((a) =>
        check(a).some((f) => remediesFor([remedy], f, a, example.template).length > 0),
      );
      expect(where, `no document raises a finding that ${remedy.id} remedies`).toBeDefined();
      const before = check(where!);
      const targets = before.filter((f) => remediesFor([remedy], f, where!, example.template).length > 0);
      const once = apply(remedy, where!, before);
      expect(once.preview.length).toBeGreaterThan(0);
      const after = check(once.assessment);
      const keysAfter = new Set(after.map(findingKey));
      for (const target of targets) expect(keysAfter.has(findingKey(target))).toBe(false);
      const errorsBefore = new Set(before.filter((f) => f.severity === 'error').map(findingKey));
      const newErrors = after.filter((f) => f.severity === 'error' && !errorsBefore.has(findingKey(f)));
      expect(newErrors).toEqual([]);
      // Twice: either nothing left to remedy, or nothing more changes.
      try {
        const twice = apply(remedy, once.assessment, after);
        expect(twice.assessment).toEqual(once.assessment);
      } catch (error) {
        expect(isDpiaError(error) && error.code).toBe('remedy-not-applicable');
      }
    },
  );

  it('adds the masking measure as a planned measure, linked to the voyeurism risk, owner left to the user', () => {
    const unplanned = variants()[1]!;
    const findings = check(unplanned);
    const result = apply(REMEDY_BY_ID.get('masks.add-measure')!, unplanned, findings);
    const added = result.assessment.measures.filter(
      (m) => !unplanned.measures.some((old) => old.id === m.id),
    );
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ catalogueRef: 'M1', state: 'planned', owner: '' });
    const voyeurism = result.assessment.risks.filter((r) => r.catalogueRef === 'R1');
    for (const risk of voyeurism) expect(risk.measureIds).toContain(added[0]!.id);
    const addressed = check(result.assessment).find(
      (f) => f.id === 'csu.privacy-masks.near-homes.in-action-plan',
    );
    expect(addressed?.severity).toBe('warning');
    expect(addressed?.message.fr).toMatch(
      /^Traité au plan d’action par «[\u00a0\u202f]Masques de confidentialité[\u00a0\u202f]»/,
    );
  });

  it('dates the renewal of an expired authorisation a month out, and four months before a future expiry', () => {
    const findings = check(example.assessment);
    const remedy = REMEDY_BY_ID.get('authorisation.add-renewal')!;
    const renewal = apply(remedy, example.assessment, findings).assessment.measures.find(
      (m) => m.catalogueRef === 'M35',
    );
    // Already late: a month out, so that the plan still addresses it tomorrow.
    expect(renewal?.deadline).toBe('2027-01-01');
    const tomorrow = runChecks(apply(remedy, example.assessment, findings).assessment, example.template, {
      asOf: '2026-12-03',
    });
    expect(tomorrow.some((f) => f.id === 'csu.authorisation.expired')).toBe(false);
    const future = {
      ...example.assessment,
      answers: {
        ...example.assessment.answers,
        'prescreening.authorisation-expiry': { type: 'date' as const, value: '2027-04-30' },
      },
      cameras: example.assessment.cameras.map((c) => ({ ...c, authorisationExpiry: '2027-04-30' })),
    };
    const expiring = check(future);
    const planned = apply(remedy, future, expiring).assessment.measures.find((m) => m.catalogueRef === 'M35');
    expect(planned?.deadline).toBe('2026-12-31');
  });

  it('records a fact only when the user confirms it', () => {
    const findings = check(example.assessment);
    const remedy = REMEDY_BY_ID.get('vendor.set-on-request')!;
    expect(() =>
      applyRemedy(remedy, {
        assessment: example.assessment,
        template: example.template,
        findings,
        asOf: AS_OF,
        newId,
      }),
    ).toThrow(/--confirm|confirm/);
  });

  it('refuses an edit remedy where none of its findings is raised, and a remedy that opens a field', () => {
    const findings = check(example.assessment);
    expect(() => apply(REMEDY_BY_ID.get('retention.set-30-days')!, example.assessment, findings)).toThrow(
      expect.objectContaining({ code: 'remedy-not-applicable' }),
    );
    expect(() => apply(REMEDY_BY_ID.get('transfers.answer')!, example.assessment, findings)).toThrow(
      expect.objectContaining({ code: 'remedy-opens-field' }),
    );
  });
});
