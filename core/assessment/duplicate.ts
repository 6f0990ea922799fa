// Duplicating an assessment for another town: the work is copied, the judgements and history of the first are not.
import type { DpiaDocument } from '../format/document.ts';
import type { Answer, Assessment } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';

export interface DuplicateOptions {
  title: string;
  /** The other town (commune or EPCI). Given, it replaces the organisation, controller and DPO of the copy. */
  organisation?: string;
  now: Date;
  newId: () => string;
  /** Who makes the copy, recorded in its history. */
  by?: string;
}

const NOTE: Record<Language, (title: string) => string> = {
  fr: (title) => `Copie de l’AIPD «\u202F${title}\u202F».`,
  en: (title) => `Copy of the DPIA "${title}".`,
};

/**
 * A new assessment with the answers, cameras, risks and measures of the original, every id new (risk → measure
 * links follow). Cleared, because they judge or record the original and not the copy: reviewer verdicts, opinions,
 * the controller's decision, status history, revisions and review date. The copy starts as a draft.
 * Attachments are not copied here: see `duplicateDocument`.
 */
export function duplicateAssessment(assessment: Assessment, options: DuplicateOptions): Assessment {
  const at = options.now.toISOString();
  const measureIds = new Map(assessment.measures.map((m) => [m.id, options.newId()]));
  const answers: Assessment['answers'] = {};
  for (const [id, answer] of Object.entries(assessment.answers))
    answers[id] = copyAnswer(answer, options.newId);
  const organisation = options.organisation?.trim();
  const moved = organisation !== undefined && organisation !== assessment.meta.organisation;
  return {
    id: options.newId(),
    meta: {
      ...assessment.meta,
      title: options.title.trim() || assessment.meta.title,
      // The controller and the DPO of another town are other people.
      organisation: moved ? organisation : assessment.meta.organisation,
      controller: moved ? '' : assessment.meta.controller,
      dpo: moved ? '' : assessment.meta.dpo,
      authors: [...assessment.meta.authors],
      version: '0.1',
      createdAt: at,
      modifiedAt: at,
      status: 'draft',
      reviewDate: null,
    },
    answers,
    evaluations: {},
    cameras: assessment.cameras.map((camera) => ({ ...structuredClone(camera), id: options.newId() })),
    risks: assessment.risks.map((risk) => ({
      ...structuredClone(risk),
      id: options.newId(),
      measureIds: risk.measureIds.flatMap((id) => measureIds.get(id) ?? []),
    })),
    measures: assessment.measures.map((measure) => ({
      ...structuredClone(measure),
      id: measureIds.get(measure.id)!,
    })),
    opinions: {
      dpo: { name: '', date: null, verdict: null, text: '' },
      dataSubjects: { sought: null, method: '', summary: '', notSoughtReason: '' },
    },
    validation: { decision: null, by: '', role: '', date: null, comment: '', openFindingsJustification: '' },
    statusHistory: [
      {
        status: 'draft',
        by: options.by ?? '',
        at,
        note: NOTE[assessment.meta.language](assessment.meta.title),
      },
    ],
    revisions: [],
    attachments: [],
  };
}

function copyAnswer(answer: Answer, newId: () => string): Answer {
  const copy = structuredClone(answer);
  if (copy.type === 'table') copy.rows = copy.rows.map((row) => ({ ...row, id: newId() }));
  return copy;
}

/**
 * The duplicate as a document: the same frozen template, no signature, no revision snapshots. Attachments are
 * left out unless asked for: they are mostly evidence about the original town (prefect's orders, site plans,
 * contracts) and may hold personal data, so carrying them silently to another town's file would mislead.
 */
export function duplicateDocument(
  document: DpiaDocument,
  options: DuplicateOptions & { keepAttachments?: boolean },
): DpiaDocument {
  const assessment = duplicateAssessment(document.assessment, options);
  const attachments = new Map<string, Uint8Array>();
  if (options.keepAttachments) {
    assessment.attachments = document.assessment.attachments.map((meta) => ({
      ...meta,
      id: options.newId(),
    }));
    for (const meta of assessment.attachments) {
      const data = document.attachments.get(meta.sha256);
      if (data) attachments.set(meta.sha256, data);
    }
  }
  return {
    assessment,
    template: structuredClone(document.template),
    attachments,
    signature: null,
    revisionSnapshots: new Map(),
  };
}
