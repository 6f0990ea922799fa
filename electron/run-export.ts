// Runs one request in a fresh worker thread (export-worker.ts) and gives back its answer.
import { Worker } from 'node:worker_threads';
import type { DpiaDocument } from '../core/format/document.ts';
import type { ExportFinding, ExportOptions } from '../core/export/docx/context.ts';
import { DpiaError, type ErrorCode } from '../core/errors.ts';
import type { ImportCnilResult } from '../core/import/cnil/import-cnil.ts';
import type { Language } from '../core/model/localized.ts';
import type { WorkerMessage, WorkerRequest } from './export-worker.ts';

type Answer = Exclude<WorkerMessage, { kind: 'progress' } | { kind: 'failed' }>;

function runInWorker(
  workerPath: string,
  request: WorkerRequest,
  onProgress: (fraction: number) => void = () => undefined,
): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath);
    const finish = () => void worker.terminate();
    worker.on('message', (message: WorkerMessage) => {
      if (message.kind === 'progress') return onProgress(message.fraction);
      finish();
      if (message.kind !== 'failed') return resolve(message);
      reject(
        message.code === undefined
          ? new Error(message.message)
          : new DpiaError(message.code as ErrorCode, message.params ?? {}),
      );
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
    worker.postMessage(request);
  });
}

export async function exportInWorker(
  workerPath: string,
  document: DpiaDocument,
  options: ExportOptions,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  const answer = await runInWorker(workerPath, { kind: 'export', document, options }, onProgress);
  if (answer.kind !== 'done') throw new Error(`unexpected answer ${answer.kind}`);
  return answer.bytes;
}

/** The checks' findings, as the Word export prints them, computed off the main thread. */
export async function findingsInWorker(
  workerPath: string,
  document: DpiaDocument,
  language: Language,
  now: Date,
): Promise<ExportFinding[]> {
  const answer = await runInWorker(workerPath, { kind: 'findings', document, language, now });
  if (answer.kind !== 'findings') throw new Error(`unexpected answer ${answer.kind}`);
  return answer.findings;
}

/** A CNIL import, off the main thread: a pathological export cannot freeze the windows. */
export async function importCnilInWorker(
  workerPath: string,
  bytes: Uint8Array,
  file: string,
  options: { now: Date; language: Language },
): Promise<ImportCnilResult> {
  const answer = await runInWorker(workerPath, { kind: 'import-cnil', bytes, file, ...options });
  if (answer.kind !== 'imported') throw new Error(`unexpected answer ${answer.kind}`);
  return answer.result;
}
