// The content hash recorded in manifest.json: it changes when any answer, template text, attachment or
// revision snapshot does.
import { sha256Hex } from '../hash.ts';
import type { DpiaDocument } from './document.ts';
import { encodeJson } from './safe-json.ts';

/** A revision snapshot entry and the SHA-256 of its bytes. */
export interface SnapshotHash {
  id: string;
  sha256: string;
}

export async function computeContentHash(
  assessmentBytes: Uint8Array,
  templateBytes: Uint8Array,
  attachmentHashes: readonly string[],
  snapshotHashes: readonly SnapshotHash[] = [],
): Promise<string> {
  // Files without snapshots hash exactly as before snapshots existed.
  const lines = [
    `assessment.json ${await sha256Hex(assessmentBytes)}`,
    `template.json ${await sha256Hex(templateBytes)}`,
    ...[...attachmentHashes].sort().map((hash) => `attachments/${hash}`),
    ...[...snapshotHashes]
      .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
      .map((s) => `revisions/${s.id}.json ${s.sha256}`),
  ];
  return sha256Hex(lines.join('\n'));
}

/**
 * The manifest hash the document has in this state, as a file: it identifies a revision's content, and the Word
 * export prints it (for an unsaved document, the hash it will have once saved).
 */
export async function contentHashOfDocument(document: DpiaDocument): Promise<string> {
  const { assessment } = document;
  const snapshots = await Promise.all(
    assessment.revisions.flatMap((revision) => {
      const snapshot = document.revisionSnapshots.get(revision.id);
      return snapshot
        ? [sha256Hex(encodeJson(snapshot)).then((sha256) => ({ id: revision.id, sha256 }))]
        : [];
    }),
  );
  return computeContentHash(
    encodeJson(assessment),
    encodeJson(document.template),
    assessment.attachments.map((a) => a.sha256),
    snapshots,
  );
}
