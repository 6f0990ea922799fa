// Writes an archive package: into a folder (created, or empty) or as one .zip; never over something that is there
// unless forced, each file atomically.
import { lstat, mkdir, readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ArchivePackage } from '../archive/build-archive.ts';
import { zipPackage } from '../archive/package.ts';
import { DpiaError } from '../errors.ts';
import { writeFileAtomic } from './atomic-write.ts';

/** Whether the target names a ZIP file rather than a folder. */
export const isZipTarget = (target: string): boolean => /\.zip$/i.test(target);

async function exists(target: string): Promise<boolean> {
  try {
    await lstat(target);
    return true;
  } catch {
    return false;
  }
}

/** Writes the package at `target` (a folder, or a file ending in .zip); returns the paths written. */
export async function writeArchive(
  target: string,
  archive: ArchivePackage,
  options: { force: boolean; archivedAt: Date },
): Promise<string[]> {
  if (isZipTarget(target)) {
    if (!options.force && (await exists(target))) throw new DpiaError('output-exists', { file: target });
    const folder = path.basename(target).replace(/\.zip$/i, '') || archive.base;
    await write(target, zipPackage(folder, archive.files, options.archivedAt));
    return [target];
  }
  if (await exists(target)) {
    const stats = await lstat(target);
    if (!stats.isDirectory()) throw new DpiaError('output-exists', { file: target });
    if (!options.force && (await readdir(target)).length > 0)
      throw new DpiaError('archive-target-not-empty', { dir: target });
  } else {
    await mkdir(target, { recursive: true });
  }
  const written: string[] = [];
  for (const file of archive.files) {
    const destination = path.join(target, file.name);
    await write(destination, file.bytes);
    written.push(destination);
  }
  return written;
}

async function write(file: string, bytes: Uint8Array): Promise<void> {
  try {
    await writeFileAtomic(file, bytes);
  } catch (error) {
    const detail = error instanceof Error && 'code' in error ? String(error.code) : String(error);
    throw new DpiaError('write-failed', { file: path.basename(file), detail });
  }
}
