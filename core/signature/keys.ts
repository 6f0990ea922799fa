// Ed25519 signing keys through Web Crypto: generated, written as PEM (PKCS#8 private, SPKI public), read back.
import { DpiaError } from '../errors.ts';
import { fromPem, keyFingerprint, toPem } from './encoding.ts';

const ED25519 = { name: 'Ed25519' } as const;

/** Web Crypto's key type, named from the API itself: core sees neither the DOM's nor Node's global declarations. */
type CryptoKey = Awaited<ReturnType<typeof globalThis.crypto.subtle.importKey>>;

export interface SigningKeyPair {
  /** PKCS#8, PEM armoured. To be kept by its owner only. */
  privateKeyPem: string;
  /** SPKI, PEM armoured. */
  publicKeyPem: string;
  fingerprint: string;
}

export interface PrivateSigningKey {
  key: CryptoKey;
  /** The matching public key, SPKI DER, recorded in the signature. */
  publicKeySpki: Uint8Array;
  publicKeyPem: string;
  fingerprint: string;
}

export interface PublicSigningKey {
  key: CryptoKey;
  spki: Uint8Array;
  fingerprint: string;
}

const buffer = (bytes: Uint8Array): ArrayBuffer =>
  bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

export async function generateSigningKeyPair(): Promise<SigningKeyPair> {
  const pair = (await globalThis.crypto.subtle.generateKey(ED25519, true, ['sign', 'verify'])) as {
    privateKey: CryptoKey;
    publicKey: CryptoKey;
  };
  const pkcs8 = new Uint8Array(await globalThis.crypto.subtle.exportKey('pkcs8', pair.privateKey));
  const spki = new Uint8Array(await globalThis.crypto.subtle.exportKey('spki', pair.publicKey));
  return {
    privateKeyPem: toPem(pkcs8, 'PRIVATE KEY'),
    publicKeyPem: toPem(spki, 'PUBLIC KEY'),
    fingerprint: await keyFingerprint(spki),
  };
}

/** Reads a private key; `file` names it in messages. Its public half is derived from it (JWK `x`). */
export async function importPrivateKey(pem: string, file: string): Promise<PrivateSigningKey> {
  const der = fromPem(pem, 'PRIVATE KEY');
  const invalid = () => new DpiaError('invalid-key', { file, kind: 'private' });
  if (!der) throw invalid();
  try {
    const subtle = globalThis.crypto.subtle;
    const extractable = await subtle.importKey('pkcs8', buffer(der), ED25519, true, ['sign']);
    const jwk = await subtle.exportKey('jwk', extractable);
    if (jwk.kty !== 'OKP' || jwk.crv !== 'Ed25519' || typeof jwk.x !== 'string') throw invalid();
    const publicKey = await subtle.importKey('jwk', { kty: 'OKP', crv: 'Ed25519', x: jwk.x }, ED25519, true, [
      'verify',
    ]);
    const spki = new Uint8Array(await subtle.exportKey('spki', publicKey));
    const key = await subtle.importKey('pkcs8', buffer(der), ED25519, false, ['sign']);
    return {
      key,
      publicKeySpki: spki,
      publicKeyPem: toPem(spki, 'PUBLIC KEY'),
      fingerprint: await keyFingerprint(spki),
    };
  } catch (error) {
    if (error instanceof DpiaError) throw error;
    throw invalid();
  }
}

export async function importPublicKey(pem: string, file: string): Promise<PublicSigningKey> {
  const der = fromPem(pem, 'PUBLIC KEY');
  if (!der) throw new DpiaError('invalid-key', { file, kind: 'public' });
  return importPublicKeyDer(der, file);
}

export async function importPublicKeyDer(spki: Uint8Array, file: string): Promise<PublicSigningKey> {
  try {
    const key = await globalThis.crypto.subtle.importKey('spki', buffer(spki), ED25519, true, ['verify']);
    return { key, spki, fingerprint: await keyFingerprint(spki) };
  } catch {
    throw new DpiaError('invalid-key', { file, kind: 'public' });
  }
}

export async function signBytes(key: CryptoKey, data: Uint8Array): Promise<Uint8Array> {
  return new Uint8Array(await globalThis.crypto.subtle.sign(ED25519, key, buffer(data)));
}

export async function verifyBytes(key: CryptoKey, signature: Uint8Array, data: Uint8Array): Promise<boolean> {
  try {
    return await globalThis.crypto.subtle.verify(ED25519, key, buffer(signature), buffer(data));
  } catch {
    return false;
  }
}
