import { describe, expect, it } from 'vitest';
import { writeDpia } from '../../../core/format/write-dpia.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { diffAssessments, isEmptyDiff } from '../../../core/revisions/diff.ts';
import {
  createRevision,
  findRevision,
  listRevisions,
  revisionSnapshot,
} from '../../../core/revisions/revisions.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';
import { camera, cleanAssessment, measure } from '../checks/fixtures.ts';

const FIRST = '00000000-0000-4000-a000-000000000001';
const SECOND = '00000000-0000-4000-a000-000000000002';

describe('revisions', () => {
  it('snapshot the assessment with who, when and why, and the hash its file had at that moment', async () => {
    const document = await miniDocument({ attachmentBytes: 100 });
    const { manifest } = await writeDpia(document, { createdWith: 'tests', file: 'a.dpia' });
    const revised = await createRevision(document, {
      id: FIRST,
      label: 'Version relue',
      author: 'Mme Verhaeghe',
      at: '2026-02-11T10:00:00Z',
      reason: 'Relecture du DPO',
    });
    expect(revised.assessment.revisions).toEqual([
      {
        id: FIRST,
        label: 'Version relue',
        author: 'Mme Verhaeghe',
        createdAt: '2026-02-11T10:00:00Z',
        reason: 'Relecture du DPO',
        contentSha256: manifest.contentSha256,
      },
    ]);
    expect(revised.revisionSnapshots?.get(FIRST)).toEqual(document.assessment);
    expect(document.assessment.revisions).toEqual([]); // the input is left as it was
  });

  it('are listed oldest first, found by id, id prefix or label, and say when they cannot be compared', async () => {
    let document = await miniDocument();
    document = await createRevision(document, {
      id: SECOND,
      label: 'B',
      author: 'x',
      at: '2026-02-02T00:00:00Z',
      reason: '',
    });
    document = await createRevision(document, {
      id: FIRST,
      label: 'A',
      author: 'x',
      at: '2026-02-01T00:00:00Z',
      reason: '',
    });
    expect(listRevisions(document).map((r) => [r.label, r.hasSnapshot])).toEqual([
      ['A', true],
      ['B', true],
    ]);
    expect(findRevision(document, SECOND).label).toBe('B');
    expect(findRevision(document, SECOND.slice(0, 10)).label).toBe('B');
    expect(findRevision(document, 'A').id).toBe(FIRST);
    expect(() => findRevision(document, 'C')).toThrowError(
      /Available revisions: 00000000 « B », 00000000 « A »/,
    );
    document.revisionSnapshots?.delete(FIRST);
    expect(() => revisionSnapshot(document, 'A')).toThrowError(/no stored snapshot/);
    expect(revisionSnapshot(document, 'B').revisions.map((r) => r.id)).toEqual([]);
  });

  it('cannot be taken of a signed document, which must be reopened first', async () => {
    const document = { ...(await miniDocument()), signature: new Uint8Array([123, 125]) };
    await expect(
      createRevision(document, {
        id: FIRST,
        label: 'A',
        author: 'x',
        at: '2026-02-01T00:00:00Z',
        reason: '',
      }),
    ).rejects.toMatchObject({ code: 'document-signed' });
  });
});

describe('diffAssessments', () => {
  const before = (): Assessment => cleanAssessment();

  it('finds nothing between identical assessments, nor when lists are only reordered', () => {
    const a = before();
    const b = structuredClone(a);
    b.cameras.reverse();
    b.risks.reverse();
    expect(isEmptyDiff(diffAssessments(a, b))).toBe(true);
  });

  it('names answers, risks, measures and cameras added, changed (with the fields) and removed', () => {
    const a = before();
    const b = structuredClone(a);
    delete b.answers['context.benefits'];
    b.answers['context.description'] = { type: 'richtext', text: 'Nouveau texte.' };
    b.answers['modules.audio'] = { type: 'choice', optionId: 'present-disabled', comment: 'Micros' };
    b.risks[0]!.initial.severity = 4;
    b.risks[0]!.title = 'Voyeurisme par zoom';
    b.risks.pop();
    b.measures.push(measure({ title: 'Floutage' }));
    b.cameras[1]!.privacyMasks = 'dynamic';
    b.cameras.push(camera({ code: 'CAM-999' }));
    b.meta.status = 'in-review';
    b.statusHistory.push({ status: 'in-review', by: 'DPO', at: '2026-03-02T00:00:00Z', note: '' });
    const diff = diffAssessments(a, b);
    expect(diff.fields).toEqual(['meta.status']);
    expect(diff.answers.removed).toEqual([{ id: 'context.benefits', label: 'context.benefits' }]);
    expect(diff.answers.changed).toEqual(
      expect.arrayContaining([
        { id: 'context.description', label: 'context.description', fields: ['text'] },
        { id: 'modules.audio', label: 'modules.audio', fields: ['comment', 'optionId'] },
      ]),
    );
    expect(diff.risks.changed).toEqual([
      { id: a.risks[0]!.id, label: 'Voyeurisme par zoom', fields: ['initial.severity', 'title'] },
    ]);
    expect(diff.risks.removed).toEqual([{ id: a.risks[2]!.id, label: 'Images perdues' }]);
    expect(diff.measures.added.map((m) => m.label)).toEqual(['Floutage']);
    expect(diff.cameras.changed).toEqual([
      { id: a.cameras[1]!.id, label: a.cameras[1]!.code, fields: ['privacyMasks'] },
    ]);
    expect(diff.cameras.added.map((c) => c.label)).toEqual(['CAM-999']);
    expect(diff.statusChanges).toHaveLength(1);
    expect(isEmptyDiff(diff)).toBe(false);
  });
});
