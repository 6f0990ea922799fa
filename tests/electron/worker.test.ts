// The main process's worker thread: CNIL import and checks run there, so the main event loop keeps turning.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findingsForExport, runChecks } from '../../core/checks/index.ts';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { DpiaError } from '../../core/errors.ts';
import { findingsInWorker, importCnilInWorker } from '../../electron/run-export.ts';
import { sampleJson } from '../core/import/cnil-samples.ts';

let dir: string;
let worker: string;

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'dpia-worker-'));
  worker = path.join(dir, 'export-worker.mjs');
  // Bundled as scripts/build-electron.mjs does, since a worker thread loads a real file.
  await build({
    entryPoints: [path.join(import.meta.dirname, '../../electron/export-worker.ts')],
    bundle: true,
    platform: 'node',
    format: 'esm',
    outfile: worker,
    logLevel: 'silent',
  });
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('the worker thread', () => {
  it('imports a CNIL export full of unclosed <script> tags while the main loop keeps turning', async () => {
    const json = sampleJson('captoo');
    (json.answers as { data: { text: string } }[])[0]!.data.text = '<script>x'.repeat(95_000);
    let ticks = 0;
    const timer = setInterval(() => ticks++, 5);
    const result = await importCnilInWorker(
      worker,
      new TextEncoder().encode(JSON.stringify(json)),
      'pia.json',
      {
        now: new Date('2026-03-01T09:00:00Z'),
        language: 'fr',
      },
    );
    clearInterval(timer);
    expect(result.document.assessment.meta.title).toBe('Captoo');
    expect(result.document.attachments).toBeInstanceOf(Map);
    expect(ticks).toBeGreaterThan(0);
  });

  it('gives back a refusal as the same bilingual DpiaError', async () => {
    const error: unknown = await importCnilInWorker(worker, new TextEncoder().encode('{"a":1}'), 'x.json', {
      now: new Date(),
      language: 'en',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DpiaError);
    expect((error as DpiaError).code).toBe('not-a-cnil-export');
    expect((error as DpiaError).localized('fr')).toContain('x.json');
  });

  it('computes the export’s findings as the main process would', async () => {
    const document = await buildExampleDocument();
    const now = new Date('2026-03-01T09:00:00Z');
    const expected = findingsForExport(
      runChecks(document.assessment, document.template, { asOf: '2026-03-01' }),
      'fr',
      document.template,
    );
    expect(await findingsInWorker(worker, document, 'fr', now)).toEqual(expected);
  });
});
