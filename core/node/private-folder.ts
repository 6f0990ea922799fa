// The user's private data (drafts, preferences, templates, keys) lives in folders only the owner can open.
import { chmod, mkdir } from 'node:fs/promises';

/** Mode of files that are the user's private data (drafts, preferences). */
export const PRIVATE_FILE_MODE = 0o600;
export const PRIVATE_FOLDER_MODE = 0o700;

/** Creates the folder owner-only, and makes an existing one owner-only (best effort where modes mean little). */
export async function ensurePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await chmod(folder, PRIVATE_FOLDER_MODE).catch(() => undefined);
}
