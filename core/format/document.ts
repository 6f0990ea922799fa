// A DPIA document in memory: what a .dpia file holds once opened.
import type { Assessment } from '../model/assessment.ts';
import type { Template } from '../template/schema.ts';

export interface DpiaDocument {
  assessment: Assessment;
  /** The frozen copy of the template the assessment was written against. */
  template: Template;
  /** Attachment bytes by their SHA-256 (lower-case hex); metadata lives in assessment.attachments. */
  attachments: Map<string, Uint8Array>;
  /** signature.json exactly as stored, kept byte for byte so that saving never drops a signature. */
  signature: Uint8Array | null;
  /**
   * The assessment as it was at each named revision (`revisions/<id>.json`), by revision id, so that two
   * versions can be compared. Required, so that no code can rebuild a document and silently drop them.
   */
  revisionSnapshots: Map<string, Assessment>;
}
