// signature.json: the signed statement (who, when, what hash, which key) and the Ed25519 signature over its JCS form.
import { z } from 'zod';
import { IsoDateTime } from '../model/assessment.ts';
import { canonicalJson } from './signed-content.ts';

const Sha256 = z.string().regex(/^[0-9a-f]{64}$/);

export const SIGNATURE_VERSION = 1;
export const ALGORITHM = 'Ed25519';
export const CANONICALIZATION = 'JCS (RFC 8785)';

export const Signer = z.strictObject({
  name: z.string().trim().min(1).max(500),
  role: z.string().trim().min(1).max(500),
});
export type Signer = z.infer<typeof Signer>;

export const SignatureFile = z.strictObject({
  version: z.literal(SIGNATURE_VERSION),
  algorithm: z.literal(ALGORITHM),
  canonicalization: z.literal(CANONICALIZATION),
  /** SHA-256 of the JCS form of `content`. */
  contentSha256: Sha256,
  content: z.strictObject({
    assessmentSha256: Sha256,
    templateSha256: Sha256,
    attachments: z.array(Sha256),
    revisions: z.array(z.strictObject({ id: z.uuid(), sha256: Sha256 })),
  }),
  signedAt: IsoDateTime,
  signer: Signer,
  /** SPKI, PEM armoured. */
  publicKey: z.string().max(10_000),
  /** SHA-256 of the SPKI DER, hex in groups of four. */
  keyFingerprint: z.string().regex(/^[0-9a-f]{4}(?: [0-9a-f]{4}){15}$/),
  /** Ed25519 over the UTF-8 bytes of JCS(this object without `signature`), base64. */
  signature: z.string().max(200),
});
export type SignatureFile = z.infer<typeof SignatureFile>;

export type SignedStatement = Omit<SignatureFile, 'signature'>;

/** The bytes the signature is computed over: every field of signature.json but the signature itself. */
export function statementBytes(statement: SignedStatement): Uint8Array {
  const {
    version,
    algorithm,
    canonicalization,
    contentSha256,
    content,
    signedAt,
    signer,
    publicKey,
    keyFingerprint,
  } = statement;
  return new TextEncoder().encode(
    canonicalJson({
      version,
      algorithm,
      canonicalization,
      contentSha256,
      content,
      signedAt,
      signer,
      publicKey,
      keyFingerprint,
    }),
  );
}
