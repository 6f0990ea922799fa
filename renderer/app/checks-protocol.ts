// Messages between the editor and the checks worker: the worker keeps its own copy of the assessment, fed with the
// patches of each commit (core/format/assessment-patch.ts), so that neither side copies the whole document again.
import type { Finding } from '../../core/checks/index.ts';
import type { AssessmentPatch } from '../../core/format/assessment-patch.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import type { Template } from '../../core/template/schema.ts';

export type ChecksRequest =
  | { kind: 'open'; seq: number; assessment: Assessment; template: Template; asOf: string }
  | { kind: 'patch'; seq: number; patch: AssessmentPatch; asOf: string };

export interface ChecksReply {
  seq: number;
  findings: Finding[];
}
