// Signing: records the signer in the workflow, hashes the canonical content and signs the statement with Ed25519.
import { DpiaError } from '../errors.ts';
import type { DpiaDocument } from '../format/document.ts';
import { encodeJson } from '../format/safe-json.ts';
import { changeStatus } from '../workflow/change-status.ts';
import { toBase64 } from './encoding.ts';
import { signBytes, type PrivateSigningKey } from './keys.ts';
import {
  ALGORITHM,
  CANONICALIZATION,
  SIGNATURE_VERSION,
  Signer,
  statementBytes,
  type SignatureFile,
  type SignedStatement,
} from './signature-file.ts';
import { computeSignedParts, contentHashOf } from './signed-content.ts';

export interface SignRequest {
  key: PrivateSigningKey;
  signer: { name: string; role: string };
  /** ISO 8601 instant of the signature. */
  at: string;
}

export interface SignResult {
  document: DpiaDocument;
  signature: SignatureFile;
}

/**
 * Signs a validated (or refused) document. The status becomes `signed` and the signer is recorded in the status
 * history before hashing, so the signed content says who signed; the document is then read-only.
 */
export async function signDocument(document: DpiaDocument, request: SignRequest): Promise<SignResult> {
  if (document.signature) throw new DpiaError('document-signed');
  const signer = Signer.safeParse(request.signer);
  if (!signer.success) throw new DpiaError('signer-missing');
  const changed = changeStatus(document.assessment, {
    to: 'signed',
    by: signer.data.name,
    at: request.at,
    note: signer.data.role,
    findings: [],
  });
  if (!changed.ok) throw changed.error;
  const signed: DpiaDocument = { ...document, assessment: changed.assessment };
  const content = await computeSignedParts(signed);
  const statement: SignedStatement = {
    version: SIGNATURE_VERSION,
    algorithm: ALGORITHM,
    canonicalization: CANONICALIZATION,
    contentSha256: await contentHashOf(content),
    content,
    signedAt: request.at,
    signer: signer.data,
    publicKey: request.key.publicKeyPem,
    keyFingerprint: request.key.fingerprint,
  };
  const signature: SignatureFile = {
    ...statement,
    signature: toBase64(await signBytes(request.key.key, statementBytes(statement))),
  };
  return { document: { ...signed, signature: encodeJson(signature) }, signature };
}
