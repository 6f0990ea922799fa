// One row of the council's register of assessments: what a DPO needs to see of a .dpia without opening it, or why
// it could not be read. Computed from the document once; the reminders (reminders.ts) are computed from the row.
import { earliestExpiry } from '../checks/authorisation.remedies.ts';
import { runChecks } from '../checks/index.ts';
import { DpiaError } from '../errors.ts';
import type { DpiaDocument } from '../format/document.ts';
import type { Decision, MeasureState } from '../model/assessment.ts';
import type { LocalizedText } from '../model/localized.ts';
import type { AssessmentStatus } from '../model/vocabulary.ts';
import { displayedStatus, type SignatureVerdict, type TrustVerdict } from '../signature/trust.ts';

/** A planned measure with a deadline: what the reminders need to tell an overdue one. */
export interface RegisterMeasure {
  id: string;
  title: string;
  state: MeasureState;
  deadline: string;
  progress: number;
}

/** What the register shows of a readable assessment. */
export interface RegisterFacts {
  assessmentId: string;
  title: string;
  organisation: string;
  templateId: string;
  templateVersion: string;
  /** The document's own version, as printed on its cover. */
  version: string;
  /** As every surface shows it: « signed » only when the signature is intact. */
  status: AssessmentStatus;
  /** The day the document entered its status (`YYYY-MM-DD`): the last change to it, or its creation. */
  statusSince: string;
  verdict: TrustVerdict;
  /** Why the verdict is not « trusted », in both languages. */
  verdictReason: LocalizedText | null;
  decision: Decision | null;
  decisionDate: string | null;
  reviewDate: string | null;
  /** The earliest end of a prefectoral authorisation, declared or per camera (CSI L252-4). */
  authorisationExpiry: string | null;
  /** Error-level findings of the checks as of the register's day. */
  errorCount: number;
  /** The document's own last modification. */
  modifiedAt: string;
  measures: RegisterMeasure[];
}

export interface RegisterEntry {
  /** What the page sends back to open or reveal the file: main keeps the path. */
  id: string;
  /** Shown to the user only. */
  filePath: string;
  /** The file's last modification on disk (ISO 8601), or null when it could not even be looked at. */
  fileModifiedAt: string | null;
  /** Null when the file could not be read; `problem` then says why. */
  facts: RegisterFacts | null;
  problem: LocalizedText | null;
}

export interface RegisterOptions {
  /** `YYYY-MM-DD`: the findings and reminders are as of this day. */
  asOf: string;
}

/** The register's facts of a document read and verified. */
export function registerFacts(
  document: DpiaDocument,
  verdict: SignatureVerdict,
  options: RegisterOptions,
): RegisterFacts {
  const { assessment, template } = document;
  const { meta, validation } = assessment;
  const status = displayedStatus(assessment, verdict.verdict);
  const entered = [...assessment.statusHistory].reverse().find((change) => change.status === status);
  const errorCount = runChecks(assessment, template, { asOf: options.asOf }).filter(
    (f) => f.severity === 'error',
  ).length;
  return {
    assessmentId: assessment.id,
    title: meta.title,
    organisation: meta.organisation,
    templateId: meta.templateId,
    templateVersion: meta.templateVersion,
    version: meta.version,
    status,
    statusSince: (entered?.at ?? meta.createdAt).slice(0, 10),
    verdict: verdict.verdict,
    verdictReason: verdict.verdict === 'trusted' ? null : verdict.reason,
    decision: validation.decision,
    decisionDate: validation.decision === null ? null : validation.date,
    reviewDate: meta.reviewDate,
    authorisationExpiry: earliestExpiry(assessment),
    errorCount,
    modifiedAt: meta.modifiedAt,
    measures: assessment.measures.flatMap((m) =>
      m.state === 'planned' && m.deadline !== null
        ? [{ id: m.id, title: m.title, state: m.state, deadline: m.deadline, progress: m.progress }]
        : [],
    ),
  };
}

/** Why a file could not be read, in both languages: the app's own message, or the system's words. */
export function problemOf(error: unknown, file: string): LocalizedText {
  if (error instanceof DpiaError) return { fr: error.localized('fr'), en: error.localized('en') };
  const detail = error instanceof Error ? error.message : String(error);
  const fallback = new DpiaError('read-failed', { file, detail });
  return { fr: fallback.localized('fr'), en: fallback.localized('en') };
}
