// What a signature covers: the canonical JSON (JCS, RFC 8785) of the assessment, the template, every attachment's
// bytes and every revision snapshot, reduced to hashes so that `verify` can say which part changed.
//
// contentSha256 = SHA-256( JCS({ assessmentSha256, templateSha256, attachments, revisions }) ) where
//   assessmentSha256 = SHA-256(JCS(assessment.json)), templateSha256 = SHA-256(JCS(template.json)),
//   attachments = sorted SHA-256 of each attachment's bytes, revisions = [{ id, sha256: SHA-256(JCS(snapshot)) }]
//   sorted by id.
// The assessment is hashed as stored, i.e. after signing set its status to `signed` and recorded the signer in
// its status history: the signed text includes who signed it and when. Canonical JSON means that re-saving,
// re-indenting or re-ordering keys keeps a signature valid; changing any value does not.
import canonicalize from 'canonicalize';
import type { DpiaDocument } from '../format/document.ts';
import { sha256Hex } from '../hash.ts';

export interface SignedParts {
  assessmentSha256: string;
  templateSha256: string;
  attachments: string[];
  revisions: { id: string; sha256: string }[];
}

/** The JCS form of a JSON value (RFC 8785). */
export function canonicalJson(value: unknown): string {
  const text = canonicalize(value);
  if (text === undefined) throw new TypeError('value has no JSON form');
  return text;
}

export const canonicalHash = (value: unknown): Promise<string> => sha256Hex(canonicalJson(value));

export async function computeSignedParts(document: DpiaDocument): Promise<SignedParts> {
  const { assessment, template } = document;
  const attachmentHashes = new Set<string>();
  for (const meta of assessment.attachments) {
    const bytes = document.attachments.get(meta.sha256);
    // Hash the bytes themselves: metadata that lies about them must not pass.
    attachmentHashes.add(bytes ? await sha256Hex(bytes) : `missing-${meta.sha256}`);
  }
  const revisions: SignedParts['revisions'] = [];
  for (const revision of assessment.revisions) {
    const snapshot = document.revisionSnapshots.get(revision.id);
    if (snapshot) revisions.push({ id: revision.id, sha256: await canonicalHash(snapshot) });
  }
  revisions.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  return {
    assessmentSha256: await canonicalHash(assessment),
    templateSha256: await canonicalHash(template),
    attachments: [...attachmentHashes].sort(),
    revisions,
  };
}

export const contentHashOf = (parts: SignedParts): Promise<string> => canonicalHash(parts);
