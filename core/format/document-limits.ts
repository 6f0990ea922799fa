// The row counts a document may hold, checked when a file is read and before one is written.
import { DpiaError } from '../errors.ts';
import type { Assessment } from '../model/assessment.ts';
import type { ReadLimits } from './limits.ts';

export type LimitedRows = 'cameras' | 'risks' | 'measures' | 'attachments';

const MAX_OF: Record<LimitedRows, (limits: ReadLimits) => number> = {
  cameras: (l) => l.maxCameras,
  risks: (l) => l.maxRisks,
  measures: (l) => l.maxMeasures,
  attachments: (l) => l.maxAttachments,
};

/** The first kind of row over its limit, with its count and the limit; null when all fit. */
export function findRowOverLimit(
  assessment: Pick<Assessment, LimitedRows>,
  limits: ReadLimits,
): { what: LimitedRows; count: number; limit: number } | null {
  for (const what of Object.keys(MAX_OF) as LimitedRows[]) {
    const count = assessment[what].length;
    const limit = MAX_OF[what](limits);
    if (count > limit) return { what, count, limit };
  }
  return null;
}

/** Throws `document-over-limit` (reading) or `save-over-limit` (writing) for the first row kind over its limit. */
export function checkRowLimits(
  assessment: Pick<Assessment, LimitedRows>,
  limits: ReadLimits,
  file: string,
  when: 'read' | 'write',
): void {
  const over = findRowOverLimit(assessment, limits);
  if (over)
    throw new DpiaError(when === 'read' ? 'document-over-limit' : 'save-over-limit', { file, ...over });
}
