// Which documents are archived: a decided one, signed with an intact signature, or refused. A draft, a document
// under review or validated but not signed, and a broken signature are refused with one sentence.
import { DpiaError } from '../errors.ts';
import type { Assessment } from '../model/assessment.ts';
import { isIntact, type SignatureVerdict } from '../model/signature-verdict.ts';

/** Throws the reason a document cannot be archived; returns when it can. */
export function assertArchivable(assessment: Assessment, verdict: SignatureVerdict, file: string): void {
  if (verdict.verdict === 'broken')
    throw new DpiaError('archive-broken-signature', {
      file,
      reasonFr: verdict.reason?.fr ?? '',
      reasonEn: verdict.reason?.en ?? '',
    });
  if (isIntact(verdict.verdict)) return;
  const { status } = assessment.meta;
  if (status === 'refused') return;
  throw new DpiaError('archive-not-decided', { file, status });
}

/** Whether the app offers « Archive » for this document (the same rule, as a yes or no). */
export function isArchivable(assessment: Assessment, verdict: SignatureVerdict): boolean {
  try {
    assertArchivable(assessment, verdict, '');
    return true;
  } catch {
    return false;
  }
}
