// Worker thread for the main process's heavy work (Word export, checks, CNIL import), so that a large or
// pathological input never freezes the windows: the main event loop only waits for a message.
import { randomUUID } from 'node:crypto';
import { parentPort } from 'node:worker_threads';
import { findingsForExport, isoDay, runChecks } from '../core/checks/index.ts';
import { buildDocx } from '../core/export/docx/build-docx.ts';
import type { DpiaDocument } from '../core/format/document.ts';
import type { ExportFinding, ExportOptions } from '../core/export/docx/context.ts';
import { DpiaError } from '../core/errors.ts';
import { importCnilFile } from '../core/import/cnil/import-file.ts';
import type { ImportCnilResult } from '../core/import/cnil/import-cnil.ts';
import type { Language } from '../core/model/localized.ts';

export type WorkerRequest =
  | { kind: 'export'; document: DpiaDocument; options: ExportOptions }
  | { kind: 'findings'; document: DpiaDocument; language: Language; now: Date }
  | { kind: 'import-cnil'; bytes: Uint8Array; file: string; now: Date; language: Language };
export type WorkerMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; bytes: Uint8Array }
  | { kind: 'findings'; findings: ExportFinding[] }
  | { kind: 'imported'; result: ImportCnilResult }
  /** A DpiaError keeps its code and parameters across the thread boundary, so its message stays bilingual. */
  | { kind: 'failed'; message: string; code?: string; params?: Record<string, string | number> };

function failure(error: unknown): WorkerMessage {
  if (error instanceof DpiaError)
    return { kind: 'failed', message: error.message, code: error.code, params: error.params };
  return { kind: 'failed', message: error instanceof Error ? error.message : String(error) };
}

async function handle(request: WorkerRequest, post: (m: WorkerMessage, t?: ArrayBuffer[]) => void) {
  switch (request.kind) {
    case 'export': {
      post({ kind: 'progress', fraction: 0.1 });
      const bytes = await buildDocx(request.document, request.options);
      post({ kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]);
      return;
    }
    case 'findings': {
      const { document, language, now } = request;
      const findings = runChecks(document.assessment, document.template, { asOf: isoDay(now) });
      post({ kind: 'findings', findings: findingsForExport(findings, language, document.template) });
      return;
    }
    case 'import-cnil': {
      const { bytes, file, now, language } = request;
      const result = await importCnilFile(bytes, file, { now, language, newId: randomUUID });
      post({ kind: 'imported', result });
      return;
    }
  }
}

parentPort?.on('message', (request: WorkerRequest) => {
  const post = (message: WorkerMessage, transfer: ArrayBuffer[] = []) =>
    parentPort?.postMessage(message, transfer);
  handle(request, post).catch((error: unknown) => post(failure(error)));
});
