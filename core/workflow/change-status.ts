// The validation workflow: draft → in-review → validated | refused → signed, each step recorded (who, when, why).
import { DpiaError } from '../errors.ts';
import type { Finding } from '../checks/finding.ts';
import type { Assessment, AssessmentStatus, Validation } from '../model/assessment.ts';

/** Where each status may go. `signed` goes nowhere: changing a signed document starts a new revision. */
export const TRANSITIONS: Readonly<Record<AssessmentStatus, readonly AssessmentStatus[]>> = {
  draft: ['in-review'],
  'in-review': ['draft', 'validated', 'refused'],
  validated: ['signed', 'draft'],
  refused: ['signed', 'draft'],
  signed: [],
};

export interface StatusChangeRequest {
  to: AssessmentStatus;
  /** Who makes the change: the reviewer, the controller, the signer. */
  by: string;
  /** ISO 8601 instant. */
  at: string;
  note?: string;
  /** The findings of the checks at the time of the change; error-level ones need a justification to validate. */
  findings: readonly Finding[];
  /** Validation only: a plain or a conditional validation (default plain). */
  decision?: 'validated' | 'conditional';
  /** Validation or refusal: the decision maker's role, e.g. « Maire ». */
  role?: string;
  /** Validation only: why validating while error-level findings remain open. */
  justification?: string;
}

export type StatusChangeResult = { ok: true; assessment: Assessment } | { ok: false; error: DpiaError };

export function allowedTransitions(status: AssessmentStatus): readonly AssessmentStatus[] {
  return TRANSITIONS[status];
}

export function isDpoOpinionRecorded(assessment: Assessment): boolean {
  const { dpo } = assessment.opinions;
  return dpo.verdict !== null && dpo.text.trim() !== '';
}

const refuse = (error: DpiaError): StatusChangeResult => ({ ok: false, error });

function decide(
  assessment: Assessment,
  request: StatusChangeRequest,
  note: string,
): StatusChangeResult | Validation {
  const date = request.at.slice(0, 10);
  const role = request.role?.trim() || assessment.validation.role;
  if (request.to === 'validated') {
    if (!isDpoOpinionRecorded(assessment)) return refuse(new DpiaError('dpo-opinion-required'));
    const open = request.findings.filter((f) => f.severity === 'error').length;
    const justification = request.justification?.trim() ?? '';
    if (open > 0 && justification === '') {
      return refuse(new DpiaError('open-findings-justification-required', { count: open }));
    }
    return {
      decision: request.decision ?? 'validated',
      by: request.by.trim(),
      role,
      date,
      comment: note,
      openFindingsJustification: open > 0 ? justification : '',
    };
  }
  if (request.to === 'refused') {
    if (note === '') return refuse(new DpiaError('refusal-reason-required'));
    return {
      ...assessment.validation,
      decision: 'refused',
      by: request.by.trim(),
      role,
      date,
      comment: note,
    };
  }
  // Sent back to draft: the decision no longer holds.
  if (request.to === 'draft') {
    return { ...assessment.validation, decision: null, date: null, openFindingsJustification: '' };
  }
  return assessment.validation;
}

/** Moves the assessment to another status, or says in both languages why it cannot. Pure: returns a copy. */
export function changeStatus(assessment: Assessment, request: StatusChangeRequest): StatusChangeResult {
  const from = assessment.meta.status;
  if (request.by.trim() === '') return refuse(new DpiaError('status-by-missing'));
  if (from === 'signed') return refuse(new DpiaError('document-signed'));
  if (!TRANSITIONS[from].includes(request.to)) {
    return refuse(new DpiaError('status-transition-refused', { from, to: request.to }));
  }
  const note = request.note?.trim() ?? '';
  const validation = decide(assessment, request, note);
  if ('ok' in validation) return validation;
  return {
    ok: true,
    assessment: {
      ...assessment,
      meta: { ...assessment.meta, status: request.to, modifiedAt: request.at },
      validation,
      statusHistory: [
        ...assessment.statusHistory,
        { status: request.to, by: request.by.trim(), at: request.at, note },
      ],
    },
  };
}
