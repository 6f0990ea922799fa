// The checks engine off the input path: a Web Worker that holds the open assessment, applies each commit's patch and
// runs the checks on the latest one only (messages that arrive meanwhile coalesce into one run).
import { runChecks } from '../../core/checks/index.ts';
import { applyAssessmentPatch } from '../../core/format/assessment-patch.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import type { Template } from '../../core/template/schema.ts';
import type { ChecksReply, ChecksRequest } from './checks-protocol.ts';

interface WorkerScope {
  onmessage: ((event: MessageEvent<ChecksRequest>) => void) | null;
  postMessage: (reply: ChecksReply) => void;
}
const scope = self as unknown as WorkerScope;

let document: { assessment: Assessment; template: Template } | null = null;
let pending: { seq: number; asOf: string } | null = null;

scope.onmessage = ({ data }) => {
  if (data.kind === 'open') document = { assessment: data.assessment, template: data.template };
  else if (document) document.assessment = applyAssessmentPatch(document.assessment, data.patch);
  const first = pending === null;
  pending = { seq: data.seq, asOf: data.asOf };
  if (first) setTimeout(run, 0);
};

function run() {
  const job = pending;
  pending = null;
  if (!job || !document) return;
  scope.postMessage({ seq: job.seq, findings: runChecks(document.assessment, document.template, job) });
}
