// Crash-safe replacement of a file: at every instant the path holds either the old or the new bytes.
import { constants } from 'node:fs';
import { copyFile, link, open, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the previous version beside the file as `<name>.bak`. */
  keepBackup?: boolean;
}

async function exists(file: string): Promise<boolean> {
  try {
    await stat(file);
    return true;
  } catch {
    return false;
  }
}

async function fsyncDirectory(directory: string): Promise<void> {
  // Not every platform lets a directory be opened (Windows); the rename is still atomic there.
  try {
    const handle = await open(directory, constants.O_RDONLY);
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    /* best effort */
  }
}

/** Makes `<file>.bak` a copy of the current file without ever leaving `<file>` missing. */
async function backUp(file: string): Promise<void> {
  const backup = `${file}.bak`;
  const staging = `${backup}.tmp`;
  await rm(staging, { force: true });
  try {
    await link(file, staging); // no copy when the file system has hard links
  } catch {
    await copyFile(file, staging); // FAT USB sticks and some network shares
  }
  await rename(staging, backup);
}

export async function writeFileAtomic(
  file: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const temporary = `${file}.tmp`;
  const handle = await open(temporary, 'w');
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.keepBackup && (await exists(file))) await backUp(file);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(path.resolve(file)));
}
