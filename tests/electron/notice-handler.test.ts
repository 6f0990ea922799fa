// exportNotice from the app: the sign or the web notice of the open document, written where the user chose, with
// the facts still to complete; nothing is written when the user cancels.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiResult } from '../../core/api.ts';
import { createHandlers } from '../../electron/handlers/index.ts';
import { fakeDeps } from './fake-deps.ts';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-notice-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

function value<T>(result: ApiResult<T>): T {
  if (!result.ok) throw new Error(`expected success, got ${result.error.code}: ${result.error.message.en}`);
  return result.value;
}

describe('exportNotice', () => {
  it('writes the A3 sign of the example in Word, with a file name saying what it is', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = value(await handlers.openExample(undefined));
    const target = path.join(dir, 'panneau.docx');
    dialogs.save.push(target);
    const written = value(
      await handlers.exportNotice({
        sessionId: opened.sessionId,
        assessment: opened.assessment,
        kind: 'sign',
        format: 'docx',
        size: 'A3',
        language: 'fr',
      }),
    );
    expect(written?.filePath).toBe(target);
    expect(dialogs.asked.at(-1)?.defaultPath).toMatch(/-panneau-A3\.docx$/);
    const entries = unzipSync(new Uint8Array(await readFile(target)));
    const xml = strFromU8(entries['word/document.xml']!);
    // A3 portrait: 297 mm × 420 mm in twips.
    expect(xml).toMatch(/<w:pgSz[^>]*w:w="16838"[^>]*w:h="23811"/);
    expect(written?.missing).toEqual(expect.any(Array));
    // The export dialog's « show in folder » works for the notice too.
    expect(await handlers.showInFolder({ filePath: target })).toEqual({ ok: true, value: null });
  });

  it('writes the web notice as HTML and lists what is missing; nothing when the user cancels', async () => {
    const { deps, dialogs } = fakeDeps(dir);
    const handlers = createHandlers(deps);
    const opened = value(
      await handlers.newDocument({ templateId: 'csu-videoprotection', title: 'AIPD vide', language: 'fr' }),
    );
    const input = {
      sessionId: opened.sessionId,
      assessment: opened.assessment,
      kind: 'web' as const,
      format: 'html' as const,
      size: 'A4' as const,
      language: 'en' as const,
    };
    expect(value(await handlers.exportNotice(input))).toBeNull();
    const target = path.join(dir, 'notice');
    dialogs.save.push(target);
    const written = value(await handlers.exportNotice(input));
    expect(written?.filePath).toBe(`${target}.html`);
    const html = await readFile(`${target}.html`, 'utf8');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).not.toMatch(/<script/i);
    expect(written?.missing.length).toBeGreaterThan(0);
    expect(html).toContain('[To be completed');
  });
});
