// Sending the open assessment to the main process to be saved: only the patch from the version main acknowledged
// last crosses IPC (core/format/assessment-patch.ts), one upload at a time; a base main refuses (`version-mismatch`)
// makes one whole send. Building the patch compares references part by part: nothing is serialised on the way.
import type { ApiResult, AssessmentUpload } from '../../core/api.ts';
import { diffAssessment } from '../../core/format/assessment-patch.ts';
import type { Assessment } from '../../core/model/assessment.ts';

export type Uploader = <T extends { version: number } | null>(
  assessment: Assessment,
  send: (upload: AssessmentUpload) => Promise<ApiResult<T>>,
) => Promise<ApiResult<T>>;

/** An uploader for a document main holds as `opened` (version 0, as every session starts). */
export function createUploader(opened: Assessment): Uploader {
  let acknowledged = { assessment: opened, version: 0 };
  let queue: Promise<unknown> = Promise.resolve();
  return (assessment, send) => {
    const run = async () => {
      const base = acknowledged;
      let result = await send({ base: base.version, patch: diffAssessment(base.assessment, assessment) });
      if (!result.ok && result.error.code === 'version-mismatch') result = await send({ assessment });
      if (result.ok && result.value) acknowledged = { assessment, version: result.value.version };
      return result;
    };
    const next = queue.then(run, run);
    queue = next.catch(() => undefined);
    return next;
  };
}
