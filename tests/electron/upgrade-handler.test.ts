// The upgradeTemplate request: the open document moves to the new template version, and saves as such.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { exampleOnPreviousTemplate } from '../fixtures/previous-example.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-upgrade-handler-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

describe('upgradeTemplate', () => {
  it('moves the open document to the newest built-in version, recorded as a revision, and saves it so', async () => {
    const file = path.join(dir, 'old.dpia');
    const { bytes } = await writeDpia(await exampleOnPreviousTemplate(), {
      createdWith: 'tests',
      file: 'old.dpia',
    });
    await writeFile(file, bytes);
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    dialogs.open.push([file]);
    const opened = value(await handlers.openDocument(undefined))!;
    expect(opened.template.version).toBe('1.0.0');

    const upgraded = value(
      await handlers.upgradeTemplate({ sessionId: opened.sessionId, assessment: opened.assessment }),
    );
    expect(upgraded.template.version).toBe('1.1.0');
    expect(upgraded.report.added.map((q) => q.id)).toContain('principles.minimisation');
    expect(upgraded.assessment.revisions.at(-1)?.label).toBe(
      'Mise à jour du modèle csu-videoprotection 1.0.0 → 1.1.0',
    );

    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: upgraded.assessment }));
    const { document } = await openDpiaFile(file);
    expect(document.template.version).toBe('1.1.0');
    expect(document.assessment.answers).toEqual(opened.assessment.answers);
    expect(
      document.revisionSnapshots.get(upgraded.assessment.revisions.at(-1)!.id)?.meta.templateVersion,
    ).toBe('1.0.0');
  });

  it('refuses a version that is not one, before touching anything', async () => {
    const { deps } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = value(
      await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'AIPD', language: 'fr' }),
    );
    const result = await handlers.upgradeTemplate({
      sessionId: opened.sessionId,
      assessment: opened.assessment,
      version: 'latest',
    });
    expect(result.ok).toBe(false);
  });
});
