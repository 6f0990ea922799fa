// Opening and saving .dpia files on disk, for the main process and the CLI.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DpiaError } from '../errors.ts';
import type { DpiaDocument } from '../format/document.ts';
import { DEFAULT_LIMITS, formatBytes, type ReadLimits } from '../format/limits.ts';
import { readDpia, type ReadResult } from '../format/read-dpia.ts';
import { writeDpia } from '../format/write-dpia.ts';
import { APP_NAME_AND_VERSION } from '../version.ts';
import { writeFileAtomic } from './atomic-write.ts';

function systemMessage(error: unknown): string {
  if (error instanceof Error && 'code' in error && typeof error.code === 'string') return error.code;
  return error instanceof Error ? error.message : String(error);
}

/** Whether something exists at the path (a file, a folder, a link's target). */
export async function pathExists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

/** Reads a file's bytes, refusing directories and files over the size limit before reading them. */
export async function readFileWithinLimit(file: string, maxBytes: number): Promise<Uint8Array> {
  const name = path.basename(file);
  let info;
  try {
    info = await stat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new DpiaError('file-not-found', { file });
    throw new DpiaError('read-failed', { file: name, detail: systemMessage(error) });
  }
  if (!info.isFile()) throw new DpiaError('not-a-file', { file });
  if (info.size > maxBytes)
    throw new DpiaError('file-too-large', { file: name, limit: formatBytes(maxBytes) });
  try {
    return new Uint8Array(await readFile(file));
  } catch (error) {
    throw new DpiaError('read-failed', { file: name, detail: systemMessage(error) });
  }
}

export async function openDpiaFile(file: string, limits: ReadLimits = DEFAULT_LIMITS): Promise<ReadResult> {
  const bytes = await readFileWithinLimit(file, limits.maxFileBytes);
  return readDpia(bytes, { file: path.basename(file), limits });
}

/** Saves atomically, keeping the previous version as `<file>.bak`. */
export async function saveDpiaFile(file: string, document: DpiaDocument): Promise<void> {
  const name = path.basename(file);
  const { bytes } = await writeDpia(document, { createdWith: APP_NAME_AND_VERSION, file: name });
  try {
    await writeFileAtomic(file, bytes, { keepBackup: true });
  } catch (error) {
    throw new DpiaError('write-failed', { file: name, detail: systemMessage(error) });
  }
}
