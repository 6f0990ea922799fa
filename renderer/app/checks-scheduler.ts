// When the checks run: never on the way from a keystroke or a commit to the screen. In the app they run in a Web
// Worker fed with each commit's patch (checks.worker.ts); where there is no Worker (jsdom tests) they run on the
// page, deferred and coalesced after the commit. Either way the editor paints first and the findings fill in.
import { useEffect, useRef, useState } from 'react';
import { runChecks } from '../../core/checks/index.ts';
import type { Finding } from '../../core/checks/index.ts';
import { diffAssessment } from '../../core/format/assessment-patch.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import type { Template } from '../../core/template/schema.ts';
import type { ChecksReply, ChecksRequest } from './checks-protocol.ts';

const NO_FINDINGS: Finding[] = [];

function startWorker(): Worker | null {
  if (typeof Worker === 'undefined') return null;
  try {
    return new Worker(new URL('./checks.worker.ts', import.meta.url), { type: 'module', name: 'checks' });
  } catch {
    return null;
  }
}

export interface ScheduledChecks {
  /** The findings of the latest checks; the previous ones until the new ones are ready. */
  findings: Finding[];
  /** False until the first checks of this document have answered: no findings yet does not mean none. */
  checked: boolean;
}

/** The findings of the checks on `assessment`, filled in off the input path. */
export function useScheduledChecks(
  assessment: Assessment,
  template: Template,
  asOf: string,
): ScheduledChecks {
  const [result, setResult] = useState<ScheduledChecks>({ findings: NO_FINDINGS, checked: false });
  const setFindings = (findings: Finding[]) => setResult({ findings, checked: true });
  // A worker that cannot start (e.g. refused by the page's policy) hands over to the page.
  const [workerFailed, setWorkerFailed] = useState(false);
  const channel = useRef<{
    worker: Worker | null;
    sent: Assessment | null;
    template: Template | null;
    seq: number;
  }>({ worker: null, sent: null, template: null, seq: 0 });

  useEffect(() => {
    const state = channel.current;
    const worker = workerFailed ? null : startWorker();
    state.worker = worker;
    state.sent = null;
    if (!worker) return;
    // Only the answer to the latest request is shown: older ones would flash stale findings.
    worker.onmessage = ({ data }: MessageEvent<ChecksReply>) => {
      if (data.seq === state.seq) setFindings(data.findings);
    };
    worker.onerror = () => setWorkerFailed(true);
    return () => {
      worker.terminate();
      state.worker = null;
    };
  }, [workerFailed]);

  useEffect(() => {
    const state = channel.current;
    const seq = ++state.seq;
    const { worker } = state;
    if (worker) {
      const request: ChecksRequest =
        state.sent && state.template === template
          ? { kind: 'patch', seq, patch: diffAssessment(state.sent, assessment), asOf }
          : { kind: 'open', seq, assessment, template, asOf };
      state.sent = assessment;
      state.template = template;
      worker.postMessage(request);
      return;
    }
    const timer = setTimeout(() => {
      if (seq === state.seq) setFindings(runChecks(assessment, template, { asOf }));
    }, 0);
    return () => clearTimeout(timer);
  }, [assessment, template, asOf, workerFailed]);

  return result;
}
