// Reads the register of assessments from folders on disk: walks them safely (symbolic-link loops, depth and file
// count bounded, unreadable folders told as rows), then reads the .dpia files a few at a time, each read being only
// what the row needs (attachments' bytes are skipped unless a signature must be checked against them).
import { createHash } from 'node:crypto';
import { opendir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { LocalizedText } from '../model/localized.ts';
import { DEFAULT_LIMITS } from '../format/limits.ts';
import { readDpia } from '../format/read-dpia.ts';
import { registerFacts, problemOf, type RegisterEntry } from '../register/entry.ts';
import { verifyTrusted, type TrustedKey } from '../signature/trust.ts';
import { readFileWithinLimit } from './dpia-file.ts';

export interface RegisterLimits {
  maxDepth: number;
  maxFiles: number;
  /** Files read at once: each is held in memory only while it is read. */
  concurrency: number;
}

/** Bounds of a walk: a register is a few hundred files in a few folders, not a whole disk. */
export const REGISTER_LIMITS: Readonly<RegisterLimits> = { maxDepth: 12, maxFiles: 5_000, concurrency: 4 };

export interface RegisterScanOptions {
  trustList: readonly TrustedKey[];
  /** `YYYY-MM-DD`: the findings are as of this day. */
  asOf: string;
  /** The moment of the signature checks. */
  now: Date;
  /** The id the page uses for a file (main keeps the path); by default a hash of the path. */
  idOf?: (filePath: string) => string;
  /** Each row as soon as it is known. */
  onEntry?: (entry: RegisterEntry) => void;
  /** How far the reading is: rows read out of the files found. */
  onProgress?: (progress: { read: number; total: number }) => void;
  /** Stops reading (the rows already read are kept). */
  signal?: AbortSignal;
  limits?: Partial<RegisterLimits>;
}

export const registerIdOf = (filePath: string): string =>
  createHash('sha256').update(`register:${filePath}`).digest('hex');

const WALK_PROBLEM = {
  tooDeep: (dir: string, depth: number): LocalizedText => ({
    fr: `«\u202F${dir}\u202F» n’a pas été parcouru\u202F: il est à plus de ${depth} niveaux de dossiers.`,
    en: `"${dir}" was not searched: it is more than ${depth} folder levels deep.`,
  }),
  tooMany: (max: number): LocalizedText => ({
    fr: `Seuls les ${max} premiers fichiers .dpia ont été lus\u202F: choisissez des dossiers plus précis.`,
    en: `Only the first ${max} .dpia files were read: choose narrower folders.`,
  }),
};

interface Found {
  files: string[];
  problems: RegisterEntry[];
}

/** The .dpia files under the roots, each once (a link to a folder already seen is not followed again). */
export async function findDpiaFiles(
  roots: readonly string[],
  limits: Readonly<RegisterLimits>,
  idOf: (filePath: string) => string,
): Promise<Found> {
  const found: Found = { files: [], problems: [] };
  const seenDirs = new Set<string>();
  const seenFiles = new Set<string>();
  let truncated = false;
  const problem = (filePath: string, reason: LocalizedText): void => {
    found.problems.push({ id: idOf(filePath), filePath, fileModifiedAt: null, facts: null, problem: reason });
  };
  const walk = async (dir: string, depth: number): Promise<void> => {
    let real: string;
    try {
      real = await realpath(dir);
    } catch (error) {
      problem(dir, problemOf(error, dir));
      return;
    }
    if (seenDirs.has(real)) return; // a symbolic-link loop, or the same folder chosen twice
    seenDirs.add(real);
    if (depth > limits.maxDepth) {
      problem(dir, WALK_PROBLEM.tooDeep(dir, limits.maxDepth));
      return;
    }
    let handle;
    try {
      handle = await opendir(dir);
    } catch (error) {
      problem(dir, problemOf(error, dir));
      return;
    }
    const subdirs: string[] = [];
    try {
      for await (const dirent of handle) {
        const full = path.join(dir, dirent.name);
        let isDir = dirent.isDirectory();
        let isFile = dirent.isFile();
        if (dirent.isSymbolicLink()) {
          try {
            const target = await stat(full);
            isDir = target.isDirectory();
            isFile = target.isFile();
          } catch {
            continue; // a dangling link points at nothing to list
          }
        }
        if (isDir) subdirs.push(full);
        else if (isFile && dirent.name.toLowerCase().endsWith('.dpia')) {
          const realFile = await realpath(full).catch(() => full);
          if (seenFiles.has(realFile)) continue;
          if (found.files.length >= limits.maxFiles) {
            truncated = true;
            break;
          }
          seenFiles.add(realFile);
          found.files.push(full);
        }
      }
    } catch (error) {
      problem(dir, problemOf(error, dir));
    }
    for (const sub of subdirs.sort()) {
      if (truncated) return;
      await walk(sub, depth + 1);
    }
  };
  for (const root of roots) {
    if (truncated) break;
    const resolved = path.resolve(root);
    // A file named among the folders is taken as it is (`dpia register archives/ new.dpia`).
    const info = await stat(resolved).catch(() => null);
    if (info?.isFile()) {
      const real = await realpath(resolved).catch(() => resolved);
      if (!seenFiles.has(real) && found.files.length < limits.maxFiles) {
        seenFiles.add(real);
        found.files.push(resolved);
      }
      continue;
    }
    await walk(resolved, 0);
  }
  if (truncated) problem(roots[0] ?? '', WALK_PROBLEM.tooMany(limits.maxFiles));
  return found;
}

/** One row: the file read, its signature checked, its facts taken; or the one-line reason it could not be read. */
export async function readRegisterEntry(
  filePath: string,
  options: Pick<RegisterScanOptions, 'trustList' | 'asOf' | 'now'> & { id: string },
): Promise<RegisterEntry> {
  const file = path.basename(filePath);
  let fileModifiedAt: string | null = null;
  try {
    fileModifiedAt = (await stat(filePath)).mtime.toISOString();
    const bytes = await readFileWithinLimit(filePath, DEFAULT_LIMITS.maxFileBytes);
    const { document } = await readDpia(bytes, { file, skipUnsignedDetails: true });
    const verdict = await verifyTrusted(document, options.trustList, { file, asOf: options.now });
    const facts = registerFacts(document, verdict, { asOf: options.asOf });
    return { id: options.id, filePath, fileModifiedAt, facts, problem: null };
  } catch (error) {
    return { id: options.id, filePath, fileModifiedAt, facts: null, problem: problemOf(error, file) };
  }
}

/** Walks the roots and reads every .dpia found, a few at a time; resolves with every row once all are read. */
export async function scanRegister(
  roots: readonly string[],
  options: RegisterScanOptions,
): Promise<RegisterEntry[]> {
  const limits = { ...REGISTER_LIMITS, ...options.limits };
  const idOf = options.idOf ?? registerIdOf;
  const { files, problems } = await findDpiaFiles(roots, limits, idOf);
  const entries: RegisterEntry[] = [];
  const emit = (entry: RegisterEntry): void => {
    entries.push(entry);
    options.onEntry?.(entry);
  };
  problems.forEach(emit);
  options.onProgress?.({ read: 0, total: files.length });
  let next = 0;
  let read = 0;
  const worker = async (): Promise<void> => {
    while (next < files.length && !options.signal?.aborted) {
      const filePath = files[next++]!;
      emit(await readRegisterEntry(filePath, { ...options, id: idOf(filePath) }));
      options.onProgress?.({ read: ++read, total: files.length });
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, limits.concurrency) }, worker));
  return entries;
}
