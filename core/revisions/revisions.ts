// Named revisions: a snapshot of the assessment (who, when, why) kept inside the file, to list and compare later.
import { DpiaError } from '../errors.ts';
import { contentHashOfDocument } from '../format/content-hash.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { Assessment, Revision } from '../model/assessment.ts';

export interface RevisionRequest {
  id: string;
  label: string;
  author: string;
  /** ISO 8601 instant. */
  at: string;
  reason: string;
}

export interface RevisionSummary extends Revision {
  /** Whether the snapshot is in the file, so that this revision can be compared. */
  hasSnapshot: boolean;
}

/**
 * Records the current state of the assessment as a named revision. The snapshot is the assessment as it is now;
 * the returned document lists the new revision. A signed document cannot take one: see `reopenSigned`.
 */
export async function createRevision(
  document: DpiaDocument,
  request: RevisionRequest,
): Promise<DpiaDocument> {
  if (document.signature) throw new DpiaError('document-signed');
  const revision: Revision = {
    id: request.id,
    label: request.label.trim() || request.at.slice(0, 10),
    author: request.author.trim(),
    createdAt: request.at,
    reason: request.reason,
    contentSha256: await contentHashOfDocument(document),
  };
  const snapshots = new Map(document.revisionSnapshots);
  snapshots.set(revision.id, structuredClone(document.assessment));
  return {
    ...document,
    assessment: { ...document.assessment, revisions: [...document.assessment.revisions, revision] },
    revisionSnapshots: snapshots,
  };
}

/** The revisions of a document, oldest first. */
export function listRevisions(document: DpiaDocument): RevisionSummary[] {
  return [...document.assessment.revisions]
    .sort((a, b) => (a.createdAt < b.createdAt ? -1 : a.createdAt > b.createdAt ? 1 : 0))
    .map((revision) => ({ ...revision, hasSnapshot: document.revisionSnapshots.has(revision.id) }));
}

/** Finds a revision by id, id prefix (8 characters or more) or exact label. */
export function findRevision(document: DpiaDocument, reference: string): Revision {
  const revisions = document.assessment.revisions;
  const wanted = reference.trim();
  const found =
    revisions.find((r) => r.id === wanted) ??
    (wanted.length >= 8 ? revisions.find((r) => r.id.startsWith(wanted)) : undefined) ??
    revisions.find((r) => r.label === wanted);
  if (!found) {
    const available = revisions.map((r) => `${r.id.slice(0, 8)} « ${r.label} »`).join(', ') || '—';
    throw new DpiaError('revision-not-found', { id: reference, available });
  }
  return found;
}

/** The assessment as it was at a revision. */
export function revisionSnapshot(document: DpiaDocument, reference: string): Assessment {
  const revision = findRevision(document, reference);
  const snapshot = document.revisionSnapshots.get(revision.id);
  if (!snapshot) throw new DpiaError('revision-without-snapshot', { label: revision.label });
  return snapshot;
}
