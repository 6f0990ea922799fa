// Crash-safe replacement of a file: at every instant the path holds either the old or the new bytes.
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { copyFile, link, open, realpath, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';

export interface AtomicWriteOptions {
  /** Keep the previous version beside the file as `<name>.bak`. */
  keepBackup?: boolean;
  /** Permissions of a new file (0o600 for the user's private data); a replaced file keeps its own. */
  mode?: number;
  /**
   * Replace whatever is at the path, a symlink included, and take `mode` whatever was there: for keys, which must
   * never be written through a link someone planted. By default a symlink is followed, as editors do, so that a
   * document opened through a link is saved where it lives and its `.bak` is a real copy.
   */
  replaceLink?: boolean;
}

async function modeOf(file: string): Promise<number | null> {
  try {
    return (await stat(file)).mode & 0o777;
  } catch {
    return null;
  }
}

/**
 * A name nobody can guess beside `file`, so that no one can plant a symlink there beforehand. Hidden, and
 * ending in .tmp, so that a leftover after a crash is recognisable.
 */
function temporaryName(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(8).toString('hex')}.tmp`);
}

/**
 * Creates a file that did not exist, never through a symlink: O_EXCL refuses any existing name (a symlink
 * included), O_NOFOLLOW says so twice where the platform has it.
 */
const EXCLUSIVE = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | (constants.O_NOFOLLOW ?? 0);

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
  const staging = temporaryName(`${file}.bak`);
  try {
    try {
      await link(file, staging); // no copy when the file system has hard links
    } catch {
      // FAT USB sticks and some network shares; COPYFILE_EXCL never writes through an existing name.
      await copyFile(file, staging, constants.COPYFILE_EXCL);
    }
    await rename(staging, `${file}.bak`);
  } catch (error) {
    await rm(staging, { force: true });
    throw error;
  }
}

export async function writeFileAtomic(
  given: string,
  bytes: Uint8Array,
  options: AtomicWriteOptions = {},
): Promise<void> {
  const file = options.replaceLink ? given : await realpath(given).catch(() => given);
  const existingMode = options.replaceLink ? null : await modeOf(file);
  const mode = existingMode ?? options.mode ?? 0o666;
  const temporary = temporaryName(file);
  const handle = await open(temporary, EXCLUSIVE, mode);
  try {
    await handle.writeFile(bytes);
    // The creation mode passes through the umask; a replaced file gets back exactly the mode it had.
    if (existingMode !== null) await handle.chmod(existingMode).catch(() => undefined);
    await handle.sync();
  } catch (error) {
    await handle.close();
    await rm(temporary, { force: true });
    throw error;
  }
  await handle.close();
  try {
    if (options.keepBackup && existingMode !== null) await backUp(file);
    await rename(temporary, file);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  await fsyncDirectory(path.dirname(path.resolve(file)));
}
