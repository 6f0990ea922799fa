// Writing a command's output file: atomically, and never over an existing file unless asked.
import { lstat } from 'node:fs/promises';
import path from 'node:path';
import { DpiaError } from '../core/errors.ts';
import { writeFileAtomic } from '../core/node/atomic-write.ts';

export function resolveOutput(cwd: string, file: string): string {
  return path.resolve(cwd, file);
}

export async function refuseExisting(file: string, force: boolean): Promise<void> {
  if (force) return;
  try {
    // lstat: a symlink is something there too, even one that points nowhere.
    await lstat(file);
  } catch {
    return;
  }
  throw new DpiaError('output-exists', { file });
}

export async function writeOutput(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new DpiaError('write-failed', { file: path.basename(file), detail });
  }
}
