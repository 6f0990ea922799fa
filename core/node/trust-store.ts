// The trust list on disk: one `<fingerprint>.json` per trusted public key in a folder only its owner can write.
import { chmod, mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { DpiaError, isDpiaError } from '../errors.ts';
import type { Language } from '../model/localized.ts';
import { parseJsonEntry } from '../format/safe-json.ts';
import { describeIssue } from '../format/zod-issue.ts';
import { importPublicKey } from '../signature/keys.ts';
import { compactFingerprint, TrustedKeyFile, trustedKeyOf, type TrustedKey } from '../signature/trust.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { readFileWithinLimit } from './dpia-file.ts';
import { defaultUserDataDir } from './user-templates.ts';

const MAX_ENTRY_BYTES = 64 * 1024;

/** The trust folder of the CLI and the app: DPIA_TRUSTED_KEYS, else `trusted-keys` in the app data folder. */
export function defaultTrustedKeysDir(env: NodeJS.ProcessEnv = process.env): string {
  return env.DPIA_TRUSTED_KEYS || path.join(defaultUserDataDir(env), 'trusted-keys');
}

export interface TrustList {
  keys: TrustedKey[];
  /** Entries that could not be read: listed so that a person can look, never trusted. */
  skipped: { file: string; error: (language: Language) => string }[];
}

/** Reads every entry of the folder; a missing folder is an empty list. */
export async function readTrustList(dir: string): Promise<TrustList> {
  let names: string[];
  try {
    names = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
  } catch {
    return { keys: [], skipped: [] };
  }
  const list: TrustList = { keys: [], skipped: [] };
  for (const name of names) {
    try {
      const raw = parseJsonEntry(
        await readFileWithinLimit(path.join(dir, name), MAX_ENTRY_BYTES),
        name,
        name,
      );
      const parsed = TrustedKeyFile.safeParse(raw);
      if (!parsed.success) {
        const { path: where, detail } = describeIssue(parsed.error);
        throw new DpiaError('trust-entry-invalid', { file: name, detail: `${where}: ${detail}` });
      }
      list.keys.push(await trustedKeyOf(parsed.data, name));
    } catch (error) {
      if (!isDpiaError(error)) throw error;
      list.skipped.push({ file: name, error: (language) => error.localized(language) });
    }
  }
  list.keys.sort((a, b) => a.name.localeCompare(b.name) || a.fingerprint.localeCompare(b.fingerprint));
  return list;
}

const entryFile = (dir: string, fingerprint: string) =>
  path.join(dir, `${compactFingerprint(fingerprint)}.json`);

/** Adds (or renames, or re-dates) a trusted key. The entry is written owner-only, atomically. */
export async function addTrustedKey(
  dir: string,
  entry: { name: string; publicKeyPem: string; until?: string | undefined; addedAt: string },
  file: string,
): Promise<TrustedKey> {
  const key = await importPublicKey(entry.publicKeyPem, file);
  const parsed = TrustedKeyFile.safeParse({
    name: entry.name,
    // Stored as the key itself, re-armoured: whatever else the PEM file held stays out.
    publicKeyPem:
      entry.publicKeyPem.slice(
        entry.publicKeyPem.indexOf('-----BEGIN PUBLIC KEY-----'),
        entry.publicKeyPem.indexOf('-----END PUBLIC KEY-----') + '-----END PUBLIC KEY-----'.length,
      ) + '\n',
    addedAt: entry.addedAt,
    ...(entry.until ? { until: entry.until } : {}),
  });
  if (!parsed.success) {
    const { path: where, detail } = describeIssue(parsed.error);
    throw new DpiaError('trust-entry-invalid', { file, detail: `${where}: ${detail}` });
  }
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    throw new DpiaError('write-failed', { file: dir, detail: (error as NodeJS.ErrnoException).code ?? '' });
  }
  const target = entryFile(dir, key.fingerprint);
  await writeFileAtomic(target, new TextEncoder().encode(`${JSON.stringify(parsed.data, null, 2)}\n`));
  if (process.platform !== 'win32') await chmod(target, 0o600);
  return { ...parsed.data, fingerprint: key.fingerprint };
}

/**
 * Removes the key whose fingerprint is given (spaces optional; a unique prefix of at least 8 hex digits will do).
 * Returns the entry removed.
 */
export async function removeTrustedKey(dir: string, fingerprint: string): Promise<TrustedKey> {
  const wanted = compactFingerprint(fingerprint);
  const { keys } = await readTrustList(dir);
  const matches =
    wanted.length >= 8 ? keys.filter((k) => compactFingerprint(k.fingerprint).startsWith(wanted)) : [];
  if (matches.length !== 1) {
    throw new DpiaError(matches.length === 0 ? 'trust-key-not-found' : 'trust-key-ambiguous', {
      fingerprint,
    });
  }
  const found = matches[0]!;
  // Entries are found by their key, so an entry whose file name differs is removed too.
  for (const name of (await readdir(dir)).filter((n) => n.endsWith('.json'))) {
    try {
      const raw = parseJsonEntry(
        await readFileWithinLimit(path.join(dir, name), MAX_ENTRY_BYTES),
        name,
        name,
      );
      const parsed = TrustedKeyFile.safeParse(raw);
      if (parsed.success && (await trustedKeyOf(parsed.data, name)).fingerprint === found.fingerprint) {
        await rm(path.join(dir, name), { force: true });
      }
    } catch (error) {
      if (!isDpiaError(error)) throw error;
    }
  }
  return found;
}
