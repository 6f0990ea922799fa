// Worker thread building the Word file, so that a large export never freezes the window.
import { parentPort } from 'node:worker_threads';
import { buildDocx } from '../core/export/docx/build-docx.ts';
import type { DpiaDocument } from '../core/format/document.ts';
import type { ExportOptions } from '../core/export/docx/context.ts';

export type ExportRequest = { document: DpiaDocument; options: ExportOptions };
export type ExportMessage =
  | { kind: 'progress'; fraction: number }
  | { kind: 'done'; bytes: Uint8Array }
  | { kind: 'failed'; message: string };

parentPort?.on('message', (request: ExportRequest) => {
  const post = (message: ExportMessage, transfer: ArrayBuffer[] = []) =>
    parentPort?.postMessage(message, transfer);
  post({ kind: 'progress', fraction: 0.1 });
  buildDocx(request.document, request.options).then(
    (bytes) => post({ kind: 'done', bytes }, [bytes.buffer as ArrayBuffer]),
    (error: unknown) =>
      post({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }),
  );
});
