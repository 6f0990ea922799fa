// « Archiver » in the app: the package of the signed file as saved, checked with the real sha256sum -c; a draft is
// refused before any dialog.
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult, OpenedDocument } from '../../core/api.ts';
import type { ArchiveReport } from '../../core/archive/report.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-archive-handler-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

const validated = (opened: OpenedDocument): Assessment => ({
  ...opened.assessment,
  meta: { ...opened.assessment.meta, status: 'validated' },
  validation: {
    ...opened.assessment.validation,
    decision: 'validated',
    by: 'Mme la maire',
    role: 'Maire',
    date: '2026-03-02',
  },
});

async function unzipTo(zip: Uint8Array, into: string): Promise<string[]> {
  const names: string[] = [];
  for (const [name, bytes] of Object.entries(unzipSync(zip))) {
    names.push(name);
    await mkdir(path.dirname(path.join(into, name)), { recursive: true });
    await writeFile(path.join(into, name), bytes);
  }
  return names.sort();
}

describe('archiveDocument', () => {
  it('writes the signed file, its Word export, the report and SHA256SUMS as a zip that sha256sum -c accepts', async () => {
    const built: string[] = [];
    const app = fakeDeps(path.join(dir, 'user-data'), {
      buildDocx: (document) => {
        built.push(document.assessment.meta.title);
        return Promise.resolve(new TextEncoder().encode(`docx of ${document.assessment.meta.title}`));
      },
    });
    const handlers = createHandlers(app.deps);
    value(await handlers.createSigningKey({ passphrase: 'une phrase secrète assez longue' }));
    app.dialogs.messageBox.push(0); // main asks the user to confirm trusting their own key
    value(await handlers.addTrustedKey({ name: 'Mme la maire', own: true }));
    const opened = value(
      await handlers.newDocument({
        templateId: 'csu-videoprotection',
        title: 'AIPD Valmont',
        language: 'fr',
      }),
    );
    const file = path.join(dir, 'AIPD Valmont.dpia');
    app.dialogs.save.push(file);
    value(
      await handlers.signDocument({
        sessionId: opened.sessionId,
        assessment: validated(opened),
        signer: 'Mme la maire',
        role: 'Maire',
        passphrase: 'une phrase secrète assez longue',
      }),
    );
    const zip = path.join(dir, 'archive.zip');
    app.dialogs.save.push(zip);
    const result = value(await handlers.archiveDocument({ sessionId: opened.sessionId }))!;
    expect(result).toMatchObject({ filePath: zip, files: 5 });
    expect(app.dialogs.asked.at(-1)).toMatchObject({
      kind: 'save',
      title: 'Paquet d’archive',
      defaultPath: path.join(dir, 'AIPD-Valmont-archive.zip'),
    });
    expect(built).toEqual(['AIPD Valmont']);
    expect(app.events.at(-1)).toMatchObject({
      channel: 'export-progress',
      payload: { fraction: 1, stage: 'done' },
    });

    const names = await unzipTo(new Uint8Array(await readFile(zip)), path.join(dir, 'out'));
    expect(names).toEqual([
      'archive/AIPD-Valmont.docx',
      'archive/AIPD-Valmont.dpia',
      'archive/SHA256SUMS',
      'archive/verification.json',
      'archive/verification.txt',
    ]);
    const folder = path.join(dir, 'out', 'archive');
    // The .dpia is the file as saved, byte for byte.
    expect(await readFile(path.join(folder, 'AIPD-Valmont.dpia'))).toEqual(await readFile(file));
    const check = spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder, encoding: 'utf8' });
    expect(check.status, check.stderr).toBe(0);
    const report = JSON.parse(
      await readFile(path.join(folder, 'verification.json'), 'utf8'),
    ) as ArchiveReport;
    expect(report.signature).toMatchObject({
      verdict: 'trusted',
      signer: 'Mme la maire',
      trustedAs: 'Mme la maire',
    });
    expect(report.archivedAt).toBe('2026-03-02T14:32:00.000Z');

    await writeFile(path.join(folder, 'AIPD-Valmont.dpia'), 'changed');
    expect(spawnSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: folder }).status).not.toBe(0);
  });

  it('refuses a draft in one sentence, before asking where to write', async () => {
    const app = fakeDeps(path.join(dir, 'user-data'));
    const handlers = createHandlers(app.deps);
    const opened = value(
      await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'Brouillon', language: 'fr' }),
    );
    // Never saved: nothing to archive yet.
    const unsaved = await handlers.archiveDocument({ sessionId: opened.sessionId });
    expect(unsaved).toMatchObject({ ok: false, error: { code: 'archive-not-saved' } });
    app.dialogs.save.push(path.join(dir, 'brouillon.dpia'));
    value(await handlers.saveDocument({ sessionId: opened.sessionId, assessment: opened.assessment }));
    const asked = app.dialogs.asked.length;
    const draft = await handlers.archiveDocument({ sessionId: opened.sessionId });
    expect(draft).toMatchObject({ ok: false, error: { code: 'archive-not-decided' } });
    if (!draft.ok)
      expect(draft.error.message.fr).toBe(
        '« brouillon.dpia » ne peut pas être archivé : seul un document signé ou refusé s’archive (statut : brouillon).',
      );
    expect(app.dialogs.asked.length).toBe(asked);
  });
});
