// The files of an archive package and how they are laid out: names any system accepts, a `sha256sum`-format manifest
// of every other file, and a ZIP that is the same bytes for the same package.
import { zipSync, type Zippable } from 'fflate';
import { sha256Hex } from '../hash.ts';

export interface ArchiveFile {
  name: string;
  bytes: Uint8Array;
}

export const SUMS_FILE = 'SHA256SUMS';
export const REPORT_JSON = 'verification.json';
export const REPORT_TEXT = 'verification.txt';

/**
 * A base name for the package's files from the document's file name: ASCII letters, digits, dots, hyphens and
 * underscores only, so that `sha256sum` never escapes a name and every file system and archiver takes it.
 */
export function packageBaseName(fileName: string): string {
  const stem = fileName.replace(/\.dpia$/i, '');
  const ascii = stem
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^A-Za-z0-9._-]+/g, '-')
    .replace(/^[-.]+|[-.]+$/g, '')
    .slice(0, 100);
  return ascii === '' ? 'aipd' : ascii;
}

/** `sha256sum` output for the files, in the order given: `<hex>  <name>`, one per line, LF. */
export async function sha256Sums(files: readonly ArchiveFile[]): Promise<string> {
  const lines = await Promise.all(files.map(async (f) => `${await sha256Hex(f.bytes)}  ${f.name}`));
  return `${lines.join('\n')}\n`;
}

/** The package's files with SHA256SUMS last: it lists every other file. */
export async function withSums(files: readonly ArchiveFile[]): Promise<ArchiveFile[]> {
  return [...files, { name: SUMS_FILE, bytes: new TextEncoder().encode(await sha256Sums(files)) }];
}

/**
 * The package as a ZIP whose files sit in one folder (unzipping never scatters them). Deterministic: fixed order,
 * compression level and times; the time is the archive's instant in UTC, written as ZIP's local-time fields.
 */
export function zipPackage(folder: string, files: readonly ArchiveFile[], archivedAt: Date): Uint8Array {
  const at = archivedAt;
  // fflate reads the local-time fields of the date: this date's local fields are the UTC ones of the archive time.
  const mtime = new Date(
    at.getUTCFullYear(),
    at.getUTCMonth(),
    at.getUTCDate(),
    at.getUTCHours(),
    at.getUTCMinutes(),
    at.getUTCSeconds(),
  );
  const entries: Zippable = {};
  for (const file of files) entries[`${folder}/${file.name}`] = [file.bytes, { level: 6, mtime }];
  return zipSync(entries, { level: 6, mtime });
}
