// The export dialog's choices reach the Word builder: numbered contents and a confidentiality marking, one home
// (exportOptionsFor) for the app and the CLI.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ExportOptions } from '../../core/export/docx/context.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-export-options-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('exportDocx options', () => {
  it('passes the page numbers and a trimmed marking to the builder, and nothing when they are not asked for', async () => {
    const seen: ExportOptions[] = [];
    const { deps, dialogs } = fakeDeps(dir, {
      buildDocx: (_document, options) => {
        seen.push(options);
        return Promise.resolve(new Uint8Array([0x50, 0x4b]));
      },
    });
    const handlers = createHandlers(deps);
    const opened = await handlers.openExample(undefined);
    if (!opened.ok) throw new Error(opened.error.message.en);
    const { sessionId, assessment } = opened.value;
    dialogs.save.push(path.join(dir, 'a.docx'), path.join(dir, 'b.docx'));
    await handlers.exportDocx({
      sessionId,
      assessment,
      language: 'fr',
      pageNumbers: true,
      marking: '  Diffusion restreinte ',
    });
    await handlers.exportDocx({ sessionId, assessment, language: 'fr', marking: '   ' });
    expect(seen[0]).toMatchObject({ pageNumbers: true, marking: 'Diffusion restreinte' });
    expect(seen[1]?.pageNumbers).toBeUndefined();
    expect(seen[1]?.marking).toBeUndefined();
  });
});
