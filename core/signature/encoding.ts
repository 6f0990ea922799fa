// Text forms of keys and signatures: base64, PEM armour, and the key fingerprint as people compare it.
import { sha256Hex } from '../hash.ts';

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  // Chunks keep String.fromCharCode within the argument limits of every engine.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return btoa(binary);
}

/** Decodes strict base64; returns null for anything else. */
export function fromBase64(text: string): Uint8Array | null {
  if (!/^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/.test(text)) return null;
  const binary = atob(text);
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

export type PemLabel = 'PRIVATE KEY' | 'PUBLIC KEY';

export function toPem(der: Uint8Array, label: PemLabel): string {
  const lines = toBase64(der).match(/.{1,64}/g) ?? [];
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

/** The DER bytes inside a PEM block with that label, or null. */
export function fromPem(pem: string, label: PemLabel): Uint8Array | null {
  const match = new RegExp(`-----BEGIN ${label}-----([\\s\\S]*?)-----END ${label}-----`).exec(pem);
  if (!match) return null;
  return fromBase64((match[1] ?? '').replace(/\s+/g, ''));
}

/** SHA-256 of the public key (SPKI DER), in groups of four hex digits: `3f2a 9c41 …`. */
export async function keyFingerprint(spki: Uint8Array): Promise<string> {
  const hex = await sha256Hex(spki);
  return (hex.match(/.{4}/g) ?? []).join(' ');
}
