import { describe, expect, it } from 'vitest';
import type { Finding } from '../../../core/checks/finding.ts';
import {
  allowedTransitions,
  changeStatus,
  type StatusChangeRequest,
} from '../../../core/workflow/change-status.ts';
import { isReadOnly, reopenSigned } from '../../../core/workflow/reopen.ts';
import { diffAssessments } from '../../../core/revisions/diff.ts';
import { generateSigningKeyPair, importPrivateKey } from '../../../core/signature/keys.ts';
import { signDocument } from '../../../core/signature/sign.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { advance, validatedDocument } from '../signature/signable-document.ts';

const error: Finding = {
  id: 'csu.lapi.municipal',
  severity: 'error',
  message: { fr: 'LAPI', en: 'LAPI' },
  legalRef: { fr: 'CSI', en: 'CSI' },
  location: { kind: 'question', id: 'modules.lapi' },
  related: [],
};
const warning: Finding = { ...error, id: 'csu.audio.dormant', severity: 'warning' };

async function inReview(withOpinion = true): Promise<Assessment> {
  const { assessment } = await miniDocument();
  if (withOpinion) {
    assessment.opinions.dpo = { name: 'DPO', date: '2026-02-10', verdict: 'reserved', text: 'Réserves.' };
  }
  return advance(assessment, 'in-review', '2026-02-12T10:00:00Z');
}

const request = (overrides: Partial<StatusChangeRequest>): StatusChangeRequest => ({
  to: 'validated',
  by: 'M. Lefebvre',
  at: '2026-03-01T09:00:00Z',
  findings: [],
  ...overrides,
});

describe('changeStatus', () => {
  it('records who moved the document to which status, when and why', async () => {
    const { assessment } = await miniDocument();
    const result = changeStatus(assessment, request({ to: 'in-review', note: 'Pour relecture' }));
    if (!result.ok) throw result.error;
    expect(result.assessment.meta).toMatchObject({ status: 'in-review', modifiedAt: '2026-03-01T09:00:00Z' });
    expect(result.assessment.statusHistory.at(-1)).toEqual({
      status: 'in-review',
      by: 'M. Lefebvre',
      at: '2026-03-01T09:00:00Z',
      note: 'Pour relecture',
    });
    expect(assessment.meta.status).toBe('draft'); // the input is left as it was
  });

  it('follows draft → in-review → validated | refused → signed, and nothing else', () => {
    expect(allowedTransitions('draft')).toEqual(['in-review']);
    expect(allowedTransitions('in-review')).toEqual(['draft', 'validated', 'refused']);
    expect(allowedTransitions('validated')).toContain('signed');
    expect(allowedTransitions('refused')).toContain('signed');
    expect(allowedTransitions('signed')).toEqual([]);
  });

  it('refuses a step outside the workflow, saying so in French and English', async () => {
    const { assessment } = await miniDocument();
    const result = changeStatus(assessment, request({ to: 'validated' }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('status-transition-refused');
    expect(result.error.localized('fr')).toBe(
      'Le document ne peut pas passer du statut « brouillon » au statut « validée ».',
    );
    expect(result.error.localized('en')).toBe('The document cannot go from "draft" to "validated".');
  });

  it('refuses a change by nobody', async () => {
    const { assessment } = await miniDocument();
    const result = changeStatus(assessment, request({ to: 'in-review', by: '  ' }));
    expect(result.ok ? null : result.error.code).toBe('status-by-missing');
  });

  it('requires the DPO’s opinion to validate', async () => {
    const result = changeStatus(await inReview(false), request({}));
    expect(result.ok ? null : result.error.code).toBe('dpo-opinion-required');
  });

  it('requires a written justification to validate with error-level findings open, and records it', async () => {
    const assessment = await inReview();
    const refused = changeStatus(assessment, request({ findings: [error, error, warning] }));
    expect(refused.ok ? null : refused.error.localized('en')).toBe(
      '2 error-level findings remain open: validating requires a written justification.',
    );
    const accepted = changeStatus(
      assessment,
      request({
        findings: [error, warning],
        justification: 'La LAPI est désactivée le 15 mars ; validation conditionnelle.',
        decision: 'conditional',
        role: 'Maire',
        note: 'Sous réserve du plan d’action',
      }),
    );
    if (!accepted.ok) throw accepted.error;
    expect(accepted.assessment.validation).toEqual({
      decision: 'conditional',
      by: 'M. Lefebvre',
      role: 'Maire',
      date: '2026-03-01',
      comment: 'Sous réserve du plan d’action',
      openFindingsJustification: 'La LAPI est désactivée le 15 mars ; validation conditionnelle.',
    });
  });

  it('validates without a justification when only warnings remain', async () => {
    const result = changeStatus(await inReview(), request({ findings: [warning] }));
    if (!result.ok) throw result.error;
    expect(result.assessment.validation).toMatchObject({
      decision: 'validated',
      openFindingsJustification: '',
    });
  });

  it('requires a reason to refuse, and records the refusal', async () => {
    const assessment = await inReview();
    const silent = changeStatus(assessment, request({ to: 'refused' }));
    expect(silent.ok ? null : silent.error.code).toBe('refusal-reason-required');
    const result = changeStatus(assessment, request({ to: 'refused', note: 'LAPI illicite', role: 'Maire' }));
    if (!result.ok) throw result.error;
    expect(result.assessment.validation).toMatchObject({ decision: 'refused', comment: 'LAPI illicite' });
  });

  it('voids the decision when a validated document goes back to draft', async () => {
    const validated = changeStatus(await inReview(), request({ role: 'Maire' }));
    if (!validated.ok) throw validated.error;
    const back = changeStatus(validated.assessment, request({ to: 'draft', note: 'Erreur de périmètre' }));
    if (!back.ok) throw back.error;
    expect(back.assessment.validation.decision).toBeNull();
    expect(back.assessment.statusHistory.map((s) => s.status)).toEqual([
      'draft',
      'in-review',
      'validated',
      'draft',
    ]);
  });

  it('refuses any change to a signed document', async () => {
    const signed = { ...(await inReview()), meta: { ...(await inReview()).meta, status: 'signed' as const } };
    const result = changeStatus(signed, request({ to: 'draft' }));
    expect(result.ok ? null : result.error.code).toBe('document-signed');
  });
});

describe('reopenSigned', () => {
  it('keeps the signed version as a revision, drops the signature and starts a new draft', async () => {
    const pair = await generateSigningKeyPair();
    const key = await importPrivateKey(pair.privateKeyPem, 'key.pem');
    const { document: signed } = await signDocument(await validatedDocument(), {
      key,
      signer: { name: 'M. Lefebvre', role: 'Maire' },
      at: '2026-03-01T09:00:00Z',
    });
    expect(isReadOnly(signed)).toBe(true);
    const reopened = await reopenSigned(signed, {
      revisionId: '00000000-0000-4000-a000-0000000000ff',
      label: 'Version signée du 1er mars 2026',
      by: 'Mme Verhaeghe',
      at: '2026-04-02T08:00:00Z',
      reason: 'Ajout de deux caméras',
    });
    expect(isReadOnly(reopened)).toBe(false);
    expect(reopened.signature).toBeNull();
    expect(reopened.assessment.meta.status).toBe('draft');
    const snapshot = reopened.revisionSnapshots?.get('00000000-0000-4000-a000-0000000000ff');
    expect(snapshot?.meta.status).toBe('signed');
    expect(diffAssessments(snapshot!, reopened.assessment).fields).toContain('meta.status');
  });
});
