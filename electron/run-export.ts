// Runs the export worker for one document and reports its progress.
import { Worker } from 'node:worker_threads';
import type { DpiaDocument } from '../core/format/document.ts';
import type { ExportOptions } from '../core/export/docx/context.ts';
import type { ExportMessage, ExportRequest } from './export-worker.ts';

export function exportInWorker(
  workerPath: string,
  document: DpiaDocument,
  options: ExportOptions,
  onProgress: (fraction: number) => void,
): Promise<Uint8Array> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(workerPath);
    const finish = () => void worker.terminate();
    worker.on('message', (message: ExportMessage) => {
      if (message.kind === 'progress') onProgress(message.fraction);
      else if (message.kind === 'done') {
        finish();
        resolve(message.bytes);
      } else {
        finish();
        reject(new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      finish();
      reject(error);
    });
    worker.postMessage({ document, options } satisfies ExportRequest);
  });
}
