import { describe, expect, it } from 'vitest';
import { DpiaError } from '../../../core/errors.ts';
import { readDpia } from '../../../core/format/read-dpia.ts';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import { findAnswerMismatch } from '../../../core/template/answers.ts';
import { getBuiltinTemplate } from '../../../core/template/builtin.ts';
import type { Template } from '../../../core/template/schema.ts';
import {
  availableUpgrade,
  upgradeAssessment,
  upgradeDocument,
  upgradeSummary,
} from '../../../core/template/upgrade.ts';
import { exampleOnPreviousTemplate } from '../../fixtures/previous-example.ts';

const AT = '2026-12-02T08:00:00.000Z';
const REVISION = '11111111-2222-4333-8444-555555555555';

describe('upgrading the built-in example from csu-videoprotection 1.0.0 to 1.1.0', () => {
  it('keeps every answer, reports the questions added and reworded, and records a revision', async () => {
    const old = await exampleOnPreviousTemplate();
    expect(findAnswerMismatch(old.assessment, old.template)).toBeNull();
    expect(availableUpgrade(old)?.version).toBe('1.1.0');

    const { document, report, revisionLabel } = await upgradeDocument(old, {
      revisionId: REVISION,
      author: 'Mme Hélène Caron',
      at: AT,
    });

    expect(report.from).toBe('1.0.0');
    expect(report.to).toBe('1.1.0');
    expect(report.added.map((q) => q.id).sort()).toEqual([
      'principles.codes-of-conduct',
      'principles.minimisation',
      'principles.notification-portability',
    ]);
    expect(report.removed).toEqual([]);
    expect(report.setAside).toEqual([]);
    expect(report.reworded.map((q) => q.id)).toEqual(
      expect.arrayContaining(['principles.access', 'modules.lapi', 'context.recipients']),
    );
    // Nothing lost: every answer and evaluation of the old document is in the new one, unchanged.
    expect(report.keptAnswers).toBe(Object.keys(old.assessment.answers).length);
    for (const [id, answer] of Object.entries(old.assessment.answers))
      expect(document.assessment.answers[id], id).toEqual(answer);
    expect(document.assessment.evaluations).toEqual(old.assessment.evaluations);
    expect(document.assessment.cameras).toEqual(old.assessment.cameras);
    expect(document.assessment.risks).toEqual(old.assessment.risks);
    expect(document.assessment.measures).toEqual(old.assessment.measures);
    expect(document.assessment.attachments).toEqual(old.assessment.attachments);

    expect(document.template.version).toBe('1.1.0');
    expect(document.assessment.meta.templateVersion).toBe('1.1.0');
    expect(findAnswerMismatch(document.assessment, document.template)).toBeNull();
    expect(availableUpgrade(document)).toBeNull();

    const revision = document.assessment.revisions.at(-1)!;
    expect(revision.id).toBe(REVISION);
    expect(revision.label).toBe(revisionLabel);
    expect(revision.label).toBe('Mise à jour du modèle csu-videoprotection 1.0.0 → 1.1.0');
    expect(revision.reason).toContain('principles.minimisation');
    expect(document.revisionSnapshots.get(REVISION)).toEqual(old.assessment);

    // The upgraded document is a valid file.
    const { bytes } = await writeDpia(document, { createdWith: 'tests', file: 'upgraded.dpia' });
    const read = await readDpia(bytes, { file: 'upgraded.dpia' });
    expect(read.document.assessment.meta.templateVersion).toBe('1.1.0');
  });

  it('refuses a signed document', async () => {
    const old = await exampleOnPreviousTemplate();
    const signed = { ...old, signature: {} as NonNullable<typeof old.signature> };
    await expect(upgradeDocument(signed, { revisionId: REVISION, author: '', at: AT })).rejects.toSatisfy(
      (e: unknown) => e instanceof DpiaError && e.code === 'upgrade-signed',
    );
  });

  it('does nothing to a document already on the target version, and refuses an unknown one', async () => {
    const old = await exampleOnPreviousTemplate();
    const { document } = await upgradeDocument(old, { revisionId: REVISION, author: '', at: AT });
    const again = await upgradeDocument(document, { revisionId: REVISION, author: '', at: AT });
    expect(again.revisionLabel).toBeNull();
    expect(again.document).toBe(document);
    await expect(
      upgradeDocument(old, { version: '9.9.9', revisionId: REVISION, author: '', at: AT }),
    ).rejects.toSatisfy((e: unknown) => e instanceof DpiaError && e.code === 'upgrade-unknown-version');
    await expect(
      upgradeDocument(document, { version: '1.0.0', revisionId: REVISION, author: '', at: AT }),
    ).rejects.toSatisfy((e: unknown) => e instanceof DpiaError && e.code === 'upgrade-older-version');
  });
});

describe('upgradeAssessment', () => {
  it('sets aside answers the new version cannot take, and says which questions were removed', async () => {
    const old = await exampleOnPreviousTemplate();
    const next = structuredClone<Template>(getBuiltinTemplate('csu-videoprotection')!);
    const item = next.sections.find((s) => s.id === 'principles')!.items[0]!;
    item.questions = item.questions.filter((q) => q.id !== 'principles.accuracy');
    const legalBasis = item.questions.find((q) => q.id === 'principles.legal-basis')!;
    legalBasis.options = legalBasis.options!.filter((o) => o.id !== 'lil-87');

    const { assessment, report } = upgradeAssessment(old.assessment, old.template, next, AT);
    expect(report.removed).toEqual([expect.objectContaining({ id: 'principles.accuracy', answered: true })]);
    expect(report.setAside.map((q) => q.id).sort()).toEqual([
      'principles.accuracy',
      'principles.legal-basis',
    ]);
    expect(assessment.answers['principles.accuracy']).toBeUndefined();
    expect(assessment.answers['principles.legal-basis']).toEqual({
      ...old.assessment.answers['principles.legal-basis'],
      optionIds: ['gdpr-6-1-e'],
    });
    expect(assessment.evaluations['principles.accuracy']).toBeUndefined();
    expect(findAnswerMismatch(assessment, next)).toBeNull();
    const summary = upgradeSummary(report, 'en');
    expect(summary).toMatch(/Answers set aside \(kept in this revision\): .*principles\.accuracy/);
    expect(summary).toContain('Questions removed: principles.accuracy.');
  });
});
