// The patch that carries an edited assessment across IPC: it holds only what changed, and applying it to the
// version it was made from gives back the edited assessment exactly.
import { describe, expect, it } from 'vitest';
import { AssessmentPatch, applyAssessmentPatch, diffAssessment } from '../../core/format/assessment-patch.ts';
import { buildLargeExample } from '../../core/example/build-example.ts';
import {
  addCameras,
  deleteCameras,
  duplicateCamera,
  setAnswer,
  setEvaluation,
  upsertCamera,
} from '../../core/assessment/edits.ts';
import type { Edit } from '../../core/assessment/edits.ts';
import { cameras } from '../fixtures/cameras.ts';

const { assessment: base } = await buildLargeExample();
const first = base.cameras[0]!;
const EDITS: [string, Edit][] = [
  ['an answer', setAnswer('context.description', { type: 'richtext', text: 'Nouveau texte.' })],
  ['a camera', upsertCamera({ ...first, location: 'Parvis de la gare' })],
  ['cameras added', addCameras(cameras(3))],
  ['a camera duplicated', duplicateCamera(first.id, '00000000-0000-4000-8000-00000000beef', 'CAM-COPY')],
  ['cameras deleted', deleteCameras([first.id, base.cameras[5]!.id])],
  ['an evaluation removed', setEvaluation(Object.keys(base.evaluations)[0] ?? 'x', null)],
];

describe('assessment patches', () => {
  it.each(EDITS)('%s: the checked patch applied to the base gives the edited assessment', (_, edit) => {
    const next = edit(base);
    const patch = AssessmentPatch.parse(JSON.parse(JSON.stringify(diffAssessment(base, next))));
    expect(applyAssessmentPatch(base, patch)).toEqual(next);
  });

  it('carries only what changed: one answer of the 361-camera assessment is a few hundred bytes', () => {
    const next = setAnswer('context.description', { type: 'richtext', text: 'Nouveau texte.' })(base);
    const patch = diffAssessment(base, next);
    expect(Object.keys(patch)).toEqual(['answers']);
    expect(JSON.stringify(patch).length).toBeLessThan(300);
    expect(JSON.stringify(base).length).toBeGreaterThan(100_000);
  });

  it('sends one camera, not the register, when one camera changed', () => {
    const next = upsertCamera({ ...first, notes: 'Masque posé.' })(base);
    expect(diffAssessment(base, next).cameras).toEqual({
      op: 'items',
      order: null,
      changed: [next.cameras[0]],
    });
  });

  it('refuses parts it does not know and rows that break their schema', () => {
    expect(AssessmentPatch.safeParse({ signature: { op: 'set', value: 'x' } }).success).toBe(false);
    expect(AssessmentPatch.safeParse({ meta: { op: 'items', order: null, changed: [] } }).success).toBe(
      false,
    );
    const bad = { ...first, type: 'soucoupe' };
    expect(AssessmentPatch.safeParse({ cameras: { op: 'items', order: null, changed: [bad] } }).success).toBe(
      false,
    );
  });

  it('refuses a patch that does not fit its base: unknown rows, ids twice', () => {
    const ghost = cameras(1)[0]!;
    expect(() =>
      applyAssessmentPatch(base, { cameras: { op: 'items', order: null, changed: [ghost] } }),
    ).toThrow(/not in the document/);
    expect(() =>
      applyAssessmentPatch(base, { cameras: { op: 'items', order: [ghost.id], changed: [] } }),
    ).toThrow(/neither sent nor in the document/);
    expect(() =>
      applyAssessmentPatch(base, { cameras: { op: 'items', order: [first.id, first.id], changed: [] } }),
    ).toThrow(/twice/);
  });
});
