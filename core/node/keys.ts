// Signing key files: the private key readable by its owner only (0600), the public key for anyone to verify with.
import { createPrivateKey } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, copyFile, mkdir, open, stat } from 'node:fs/promises';
import path from 'node:path';
import { DpiaError } from '../errors.ts';
import { writeFileAtomic } from './atomic-write.ts';
import { toPem } from '../signature/encoding.ts';
import type { SigningKeyPair } from '../signature/keys.ts';
import { pathExists, readFileWithinLimit } from './dpia-file.ts';

export const PRIVATE_KEY_FILE = 'dpia-signing-key.pem';
export const PUBLIC_KEY_FILE = 'dpia-signing-key.pub.pem';

/** A PEM key is a few hundred bytes; anything much larger is not a key. */
const MAX_KEY_BYTES = 64 * 1024;

export interface KeyFiles {
  privateKey: string;
  publicKey: string;
}

async function writeNew(file: string, text: string, mode: number, force: boolean): Promise<void> {
  try {
    const bytes = new TextEncoder().encode(text);
    if (force) {
      // Replaced atomically, never through a link planted at the key's name: the link itself is replaced.
      await writeFileAtomic(file, bytes, { mode, replaceLink: true });
    } else {
      // 'wx' creates or fails: it never follows an existing name, a symlink included.
      const handle = await open(file, 'wx', mode);
      try {
        await handle.writeFile(bytes);
        await handle.sync();
      } finally {
        await handle.close();
      }
    }
    // The mode given to open() is filtered by the umask: set it.
    await chmod(file, mode);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw new DpiaError('output-exists', { file });
    throw new DpiaError('write-failed', { file: path.basename(file), detail: code ?? String(error) });
  }
}

/** Writes the pair into `dir` (created if needed); refuses to replace existing keys unless `force`. */
export async function writeKeyPair(dir: string, pair: SigningKeyPair, force = false): Promise<KeyFiles> {
  const files = { privateKey: path.join(dir, PRIVATE_KEY_FILE), publicKey: path.join(dir, PUBLIC_KEY_FILE) };
  if (!force) {
    for (const file of [files.privateKey, files.publicKey]) {
      if (await pathExists(file)) throw new DpiaError('output-exists', { file });
    }
  }
  try {
    await mkdir(dir, { recursive: true, mode: 0o700 });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? String(error);
    throw new DpiaError('write-failed', { file: dir, detail: code });
  }
  await writeNew(files.privateKey, pair.privateKeyPem, 0o600, force);
  await writeNew(files.publicKey, pair.publicKeyPem, 0o644, force);
  return files;
}

/**
 * Keeps the current key pair beside the new one before it is replaced (`dpia-signing-key.<stamp>.pem`), so that
 * replacing a key never destroys one: documents it signed stay verifiable, and a mistake can be undone.
 */
export async function keepKeyPair(dir: string, stamp: string): Promise<void> {
  const safe = stamp.replace(/[^0-9A-Za-z-]/g, '-');
  for (const name of [PRIVATE_KEY_FILE, PUBLIC_KEY_FILE]) {
    const from = path.join(dir, name);
    if (!(await pathExists(from))) continue;
    const to = path.join(dir, name.replace(/\.pem$/, `.${safe}.pem`));
    try {
      await copyFile(from, to, constants.COPYFILE_EXCL);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code ?? String(error);
      throw new DpiaError('write-failed', { file: path.basename(to), detail: code });
    }
  }
}

/**
 * Reads a private key file. Like ssh, refuses a key that other users can read: whoever can read it can sign
 * in its owner's name. (Windows has no such mode bits; its ACLs are left to the user.)
 */
export async function readPrivateKeyFile(
  file: string,
  platform: NodeJS.Platform = process.platform,
): Promise<string> {
  const bytes = await readFileWithinLimit(file, MAX_KEY_BYTES);
  if (platform !== 'win32') {
    const mode = (await stat(file)).mode & 0o777;
    if ((mode & 0o077) !== 0) {
      throw new DpiaError('key-permissions', {
        file: path.basename(file),
        mode: mode.toString(8).padStart(4, '0'),
      });
    }
  }
  return new TextDecoder().decode(bytes);
}

export async function readPublicKeyFile(file: string): Promise<string> {
  return new TextDecoder().decode(await readFileWithinLimit(file, MAX_KEY_BYTES));
}

/** Shorter passphrases are refused when a key is encrypted: they fall to guessing. */
export const MIN_PASSPHRASE_LENGTH = 8;

export const isEncryptedKeyPem = (pem: string): boolean =>
  pem.includes('-----BEGIN ENCRYPTED PRIVATE KEY-----');

/**
 * Encrypts a PKCS#8 private key with a passphrase: PKCS#8 EncryptedPrivateKeyInfo (PBKDF2-SHA256, AES-256-CBC),
 * which OpenSSL and Node read back.
 */
export function encryptPrivateKeyPem(pem: string, passphrase: string): string {
  if (passphrase.length < MIN_PASSPHRASE_LENGTH) {
    throw new DpiaError('key-passphrase-too-short', { min: MIN_PASSPHRASE_LENGTH });
  }
  return createPrivateKey({ key: pem, format: 'pem' })
    .export({ type: 'pkcs8', format: 'pem', cipher: 'aes-256-cbc', passphrase })
    .toString();
}

/** The plain PKCS#8 PEM of a key file's text: decrypted with the passphrase when the key is encrypted. */
export function decryptPrivateKeyPem(pem: string, passphrase: string | undefined, file: string): string {
  if (!isEncryptedKeyPem(pem)) return pem;
  if (passphrase === undefined || passphrase === '') throw new DpiaError('key-passphrase-required', { file });
  let der: Buffer;
  try {
    der = createPrivateKey({ key: pem, format: 'pem', passphrase }).export({ type: 'pkcs8', format: 'der' });
  } catch {
    throw new DpiaError('key-passphrase-wrong', { file });
  }
  return toPem(new Uint8Array(der), 'PRIVATE KEY');
}
