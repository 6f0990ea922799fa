// Autosave and save take a patch of the version main holds: only what changed crosses IPC. A patch made from
// another version, or that breaks the format or its limits, is refused and nothing is written.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, OpenedDocument } from '../../core/api.ts';
import { diffAssessment } from '../../core/format/assessment-patch.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { setAnswer } from '../../core/assessment/edits.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { cameras } from '../fixtures/cameras.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
let file: string;
let handlers: ReturnType<typeof createHandlers>;
let opened: OpenedDocument;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-patch-'));
  file = path.join(dir, 'valmont.dpia');
  await saveDpiaFile(file, await buildExampleDocument());
  const { deps, dialogs } = fakeDeps(dir);
  handlers = createHandlers(deps);
  dialogs.open.push([file]);
  opened = value(await handlers.openDocument(undefined))!;
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}
const answered = (text: string) =>
  setAnswer('context.description', { type: 'richtext', text })(opened.assessment);
const described = async () => (await openDpiaFile(file)).document.assessment.answers['context.description'];

describe('autosave and save by patch', () => {
  it('applies patches one version after another and writes the whole document', async () => {
    const first = answered('Version une.');
    const one = value(
      await handlers.autosave({
        sessionId: opened.sessionId,
        base: 0,
        patch: diffAssessment(opened.assessment, first),
      }),
    );
    expect(one).toMatchObject({ target: 'file', version: 1 });
    expect(await described()).toEqual({ type: 'richtext', text: 'Version une.' });

    const second = { ...first, meta: { ...first.meta, title: 'AIPD révisée' } };
    const saved = value(
      await handlers.saveDocument({
        sessionId: opened.sessionId,
        base: 1,
        patch: diffAssessment(first, second),
      }),
    );
    expect(saved?.version).toBe(2);
    const { document } = await openDpiaFile(file);
    expect(document.assessment).toEqual(second);
    expect(document.assessment.cameras).toHaveLength(opened.assessment.cameras.length);
  });

  it('refuses a patch made from another version, writes nothing, then takes the whole assessment', async () => {
    const before = await readFile(file);
    const next = answered('Hors version.');
    const refused = await handlers.autosave({
      sessionId: opened.sessionId,
      base: 7,
      patch: diffAssessment(opened.assessment, next),
    });
    expect(refused).toMatchObject({ ok: false, error: { code: 'version-mismatch' } });
    expect(await readFile(file)).toEqual(before);
    expect(value(await handlers.autosave({ sessionId: opened.sessionId, assessment: next })).version).toBe(1);
    expect(await described()).toEqual({ type: 'richtext', text: 'Hors version.' });
  });

  it('refuses parts that are not the assessment’s, and rows that break the format', async () => {
    const before = await readFile(file);
    for (const patch of [
      { signature: { op: 'set', value: 'forged' } },
      { __proto__: { op: 'set', value: {} }, meta: { op: 'set', value: { title: 1 } } },
      {
        cameras: { op: 'items', order: null, changed: [{ ...opened.assessment.cameras[0], type: 'saucer' }] },
      },
      { answers: { op: 'entries', set: { '../etc': { type: 'text', text: 'x' } }, remove: [] } },
    ]) {
      const result = await handlers.autosave({ sessionId: opened.sessionId, base: 0, patch });
      expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
    }
    expect(await readFile(file)).toEqual(before);
  });

  it('checks the row limits on the patched assessment, not on what crossed', async () => {
    const before = await readFile(file);
    const extra = cameras(DEFAULT_LIMITS.maxCameras + 1 - opened.assessment.cameras.length);
    const next = { ...opened.assessment, cameras: [...opened.assessment.cameras, ...extra] };
    const patch = diffAssessment(opened.assessment, next);
    expect(patch.cameras?.changed).toHaveLength(extra.length);
    const result = await handlers.autosave({ sessionId: opened.sessionId, base: 0, patch });
    expect(result).toMatchObject({ ok: false, error: { code: 'save-over-limit' } });
    expect(await readFile(file)).toEqual(before);
  });

  it('refuses a patch whose answers do not fit the template', async () => {
    const next = setAnswer('no.such.question', { type: 'text', text: 'x' })(opened.assessment);
    const result = await handlers.autosave({
      sessionId: opened.sessionId,
      base: 0,
      patch: diffAssessment(opened.assessment, next),
    });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-request' } });
  });
});
