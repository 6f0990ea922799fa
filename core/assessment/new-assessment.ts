// A blank assessment for a template: empty answers, no risks yet, status draft.
import type { Assessment } from '../model/assessment.ts';
import type { Language } from '../model/localized.ts';
import type { Template } from '../template/schema.ts';
import { allQuestions } from '../template/validate-template.ts';

export interface NewAssessmentInput {
  template: Template;
  title?: string;
  language: Language;
  author?: string;
  now: Date;
  newId: () => string;
}

export function createAssessment(input: NewAssessmentInput): Assessment {
  const { template, language, now } = input;
  const at = now.toISOString();
  const answers: Assessment['answers'] = {};
  // A consultant's template may carry pre-filled texts; they start as the answer, to be adapted.
  for (const question of allQuestions(template)) {
    if (question.placeholder && (question.type === 'richtext' || question.type === 'text')) {
      answers[question.id] = { type: question.type, text: question.placeholder[language] };
    }
  }
  return {
    id: input.newId(),
    meta: {
      title: input.title?.trim() || template.title[language],
      organisation: '',
      controller: '',
      dpo: '',
      authors: input.author ? [input.author] : [],
      language,
      version: '0.1',
      createdAt: at,
      modifiedAt: at,
      status: 'draft',
      reviewDate: null,
      templateId: template.id,
      templateVersion: template.version,
    },
    answers,
    evaluations: {},
    cameras: [],
    risks: [],
    measures: [],
    opinions: {
      dpo: { name: '', date: null, verdict: null, text: '' },
      dataSubjects: { sought: null, method: '', summary: '', notSoughtReason: '' },
    },
    validation: { decision: null, by: '', role: '', date: null, comment: '', openFindingsJustification: '' },
    statusHistory: [{ status: 'draft', by: input.author ?? '', at, note: '' }],
    revisions: [],
    attachments: [],
  };
}
