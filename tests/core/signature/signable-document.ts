// A small document taken through the workflow up to « validated », ready to sign, with an attachment and a revision.
import type { DpiaDocument } from '../../../core/format/document.ts';
import { createRevision } from '../../../core/revisions/revisions.ts';
import { changeStatus } from '../../../core/workflow/change-status.ts';
import type { Assessment } from '../../../core/model/assessment.ts';
import { miniDocument } from '../../fixtures/mini-document.ts';

export function advance(assessment: Assessment, to: 'in-review' | 'validated', at: string): Assessment {
  const result = changeStatus(assessment, { to, by: 'Mme Verhaeghe', at, findings: [], role: 'Maire' });
  if (!result.ok) throw result.error;
  return result.assessment;
}

export async function validatedDocument(options: { revision?: boolean } = {}): Promise<DpiaDocument> {
  let document = await miniDocument({ attachmentBytes: 2048 });
  document.assessment.opinions.dpo = {
    name: 'Mme Verhaeghe',
    date: '2026-02-10',
    verdict: 'favourable',
    text: 'Avis favorable, sous réserve du plan d’action.',
  };
  if (options.revision !== false) {
    document = await createRevision(document, {
      id: '00000000-0000-4000-a000-000000000001',
      label: 'Version relue',
      author: 'Mme Verhaeghe',
      at: '2026-02-11T10:00:00Z',
      reason: 'Relecture du DPO',
    });
  }
  const inReview = advance(document.assessment, 'in-review', '2026-02-12T10:00:00Z');
  return { ...document, assessment: advance(inReview, 'validated', '2026-02-20T10:00:00Z') };
}
