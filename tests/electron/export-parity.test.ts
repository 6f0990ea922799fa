// The app and the CLI export the same .dpia to the same Word text, content hash included.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDocx } from '../../core/export/docx/build-docx.ts';
import { openDpiaFile } from '../../core/node/dpia-file.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { dpia } from '../cli/cli-harness.ts';
import { openDocx } from '../core/export/docx-reader.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-parity-'));
  expect((await dpia(['example', '-o', 'valmont.dpia'], { cwd: dir })).code).toBe(0);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('Word export parity', () => {
  it('gives the same document text from the app’s handler and from dpia export', async () => {
    const source = path.join(dir, 'valmont.dpia');
    const cli = await dpia(['export', 'valmont.dpia', '--lang', 'fr', '-o', 'cli.docx'], { cwd: dir });
    expect(cli.code).toBe(0);

    const { deps, dialogs } = fakeDeps(dir, {
      now: () => new Date('2026-03-01T09:00:00Z'),
      buildDocx: (document, options) => buildDocx(document, options),
    });
    const handlers = createHandlers(deps);
    const opened = await handlers.openDocument({ filePath: source });
    if (!opened.ok || !opened.value) throw new Error('the example did not open');
    dialogs.save.push(path.join(dir, 'app.docx'));
    const exported = await handlers.exportDocx({
      sessionId: opened.value.sessionId,
      assessment: opened.value.assessment,
      language: 'fr',
    });
    expect(exported.ok).toBe(true);

    const [fromCli, fromApp] = await Promise.all([
      readFile(path.join(dir, 'cli.docx')).then((b) => openDocx(b)),
      readFile(path.join(dir, 'app.docx')).then((b) => openDocx(b)),
    ]);
    expect(fromApp.text).toBe(fromCli.text);
    // The hash both print is the file's own manifest hash.
    const { manifest } = await openDpiaFile(source);
    expect(fromApp.text).toContain(manifest.contentSha256);
  });
});
