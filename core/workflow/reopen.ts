// Editing a signed document: the signed state is kept as a revision, the signature is dropped, the status is draft.
import type { DpiaDocument } from '../format/document.ts';
import { createRevision } from '../revisions/revisions.ts';

export interface ReopenRequest {
  /** Id of the revision that keeps the signed state. */
  revisionId: string;
  /** Name of that revision, e.g. « Version signée du 3 mars 2026 ». */
  label: string;
  by: string;
  /** ISO 8601 instant. */
  at: string;
  reason: string;
}

export function isReadOnly(document: DpiaDocument): boolean {
  return document.signature !== null || document.assessment.meta.status === 'signed';
}

/**
 * Starts a new revision of a signed document. The signed assessment is snapshotted first, so that the new
 * version can be compared with what was signed; the signature itself no longer applies and is dropped.
 */
export async function reopenSigned(document: DpiaDocument, request: ReopenRequest): Promise<DpiaDocument> {
  const unsigned = await createRevision(
    { ...document, signature: null },
    {
      id: request.revisionId,
      label: request.label,
      author: request.by,
      at: request.at,
      reason: request.reason,
    },
  );
  const { assessment } = unsigned;
  return {
    ...unsigned,
    assessment: {
      ...assessment,
      meta: { ...assessment.meta, status: 'draft', modifiedAt: request.at },
      validation: { ...assessment.validation, decision: null, date: null, openFindingsJustification: '' },
      statusHistory: [
        ...assessment.statusHistory,
        { status: 'draft', by: request.by.trim(), at: request.at, note: request.reason },
      ],
    },
  };
}
