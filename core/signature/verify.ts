// Verification of a signed document: the statement's signature, the key, then every signed part against the file.
import { DpiaError, isDpiaError } from '../errors.ts';
import type { ExportSignature } from '../model/export-records.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { ReadLimits } from '../format/limits.ts';
import { readDpia } from '../format/read-dpia.ts';
import { parseJsonEntry } from '../format/safe-json.ts';
import { describeIssue } from '../format/zod-issue.ts';
import { fromBase64, fromPem } from './encoding.ts';
import { importPublicKeyDer, verifyBytes, type PublicSigningKey } from './keys.ts';
import { SignatureFile, statementBytes } from './signature-file.ts';
import { computeSignedParts, contentHashOf, type SignedParts } from './signed-content.ts';

/** What the signature says, as `dpia verify` prints it and the Word export shows it. */
export interface SignatureInfo {
  signerName: string;
  signerRole: string;
  signedAt: string;
  contentSha256: string;
  keyFingerprint: string;
  publicKeyPem: string;
}

export type VerifyReport =
  | { status: 'unsigned'; problems: DpiaError[] }
  | { status: 'intact'; info: SignatureInfo; problems: [] }
  /** `info` is what the signature claims, when it could be read at all; `problems` says what fails. */
  | { status: 'invalid'; info: SignatureInfo | null; problems: DpiaError[] };

export interface VerifyOptions {
  /** The file's name, used in messages. */
  file: string;
  /** The key the document is expected to be signed with; any other key is reported as the wrong key. */
  expectedKey?: PublicSigningKey;
}

const ENTRY_OF_PART = { assessmentSha256: 'assessment.json', templateSha256: 'template.json' } as const;

function parseSignature(bytes: Uint8Array, file: string): SignatureFile {
  const raw = parseJsonEntry(bytes, file, 'signature.json');
  const parsed = SignatureFile.safeParse(raw);
  if (!parsed.success) {
    const { path, detail } = describeIssue(parsed.error);
    throw new DpiaError('signature-malformed', { file, detail: `${path}: ${detail}` });
  }
  return parsed.data;
}

/** Names what differs between the signed parts and the document's parts. */
function compareParts(
  signed: SignedParts,
  actual: SignedParts,
  document: DpiaDocument,
  file: string,
): DpiaError[] {
  const problems: DpiaError[] = [];
  const parts: string[] = [];
  for (const key of ['assessmentSha256', 'templateSha256'] as const) {
    if (signed[key] !== actual[key]) parts.push(ENTRY_OF_PART[key]);
  }
  const signedRevisions = new Map(signed.revisions.map((r) => [r.id, r.sha256]));
  const actualRevisions = new Map(actual.revisions.map((r) => [r.id, r.sha256]));
  for (const id of new Set([...signedRevisions.keys(), ...actualRevisions.keys()])) {
    if (signedRevisions.get(id) !== actualRevisions.get(id)) parts.push(`revisions/${id}.json`);
  }
  if (parts.length > 0)
    problems.push(new DpiaError('signed-content-altered', { file, parts: parts.join(', ') }));
  const signedAttachments = new Set(signed.attachments);
  const actualAttachments = new Set(actual.attachments);
  const nameOf = new Map(document.assessment.attachments.map((a) => [a.sha256, a.name]));
  const changed = [
    ...actual.attachments
      .filter((h) => !signedAttachments.has(h))
      .map((h) => nameOf.get(h) ?? h.slice(0, 12)),
    ...signed.attachments.filter((h) => !actualAttachments.has(h)).map((h) => h.slice(0, 12)),
  ];
  if (changed.length > 0)
    problems.push(new DpiaError('signed-attachment-altered', { file, names: changed.join(', ') }));
  return problems;
}

/** Verifies an opened document. Never throws for a bad signature: the report says what fails. */
export async function verifyDocument(document: DpiaDocument, options: VerifyOptions): Promise<VerifyReport> {
  const { file } = options;
  if (!document.signature) return { status: 'unsigned', problems: [new DpiaError('not-signed', { file })] };
  let signature: SignatureFile;
  try {
    signature = parseSignature(document.signature, file);
  } catch (error) {
    if (isDpiaError(error)) return { status: 'invalid', info: null, problems: [error] };
    throw error;
  }
  const info: SignatureInfo = {
    signerName: signature.signer.name,
    signerRole: signature.signer.role,
    signedAt: signature.signedAt,
    contentSha256: signature.contentSha256,
    keyFingerprint: signature.keyFingerprint,
    publicKeyPem: signature.publicKey,
  };
  const problems: DpiaError[] = [];

  const der = fromPem(signature.publicKey, 'PUBLIC KEY');
  const signatureBytes = fromBase64(signature.signature);
  let publicKey: PublicSigningKey | null = null;
  try {
    if (der) publicKey = await importPublicKeyDer(der, 'signature.json');
  } catch {
    publicKey = null;
  }
  if (!publicKey || !signatureBytes) {
    problems.push(new DpiaError('signature-malformed', { file, detail: 'publicKey / signature' }));
  } else if (publicKey.fingerprint !== signature.keyFingerprint) {
    problems.push(new DpiaError('signature-key-mismatch', { file }));
  } else if (
    !(await verifyBytes(publicKey.key, signatureBytes, statementBytes(signature))) ||
    (await contentHashOf(signature.content)) !== signature.contentSha256
  ) {
    problems.push(new DpiaError('signature-invalid', { file }));
  }

  const actual = await computeSignedParts(document);
  problems.push(...compareParts(signature.content, actual, document, file));

  if (options.expectedKey && options.expectedKey.fingerprint !== signature.keyFingerprint) {
    problems.push(
      new DpiaError('signature-wrong-key', {
        file,
        expected: options.expectedKey.fingerprint,
        actual: signature.keyFingerprint,
      }),
    );
  }
  return problems.length === 0
    ? { status: 'intact', info, problems: [] }
    : { status: 'invalid', info, problems };
}

/**
 * Opens the bytes of a .dpia file and verifies its signature. A file the reader refuses (an entry whose bytes no
 * longer match their hash, a damaged archive) is reported as invalid too: it is not the file that was signed.
 */
export async function verifyDpiaBytes(
  bytes: Uint8Array,
  options: VerifyOptions & { limits?: ReadLimits },
): Promise<VerifyReport> {
  let document: DpiaDocument;
  try {
    ({ document } = await readDpia(bytes, {
      file: options.file,
      ...(options.limits ? { limits: options.limits } : {}),
    }));
  } catch (error) {
    if (isDpiaError(error)) return { status: 'invalid', info: null, problems: [error] };
    throw error;
  }
  return verifyDocument(document, options);
}

/** The signature block of the Word export, from a verified signature. */
export function signatureForExport(info: SignatureInfo): ExportSignature {
  return {
    signerName: info.signerName,
    signerRole: info.signerRole,
    signedAt: info.signedAt,
    keyFingerprint: info.keyFingerprint,
    contentSha256: info.contentSha256,
  };
}
