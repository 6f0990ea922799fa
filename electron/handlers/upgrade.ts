// The upgradeTemplate request: carries the open document over to a newer built-in template version (core does the
// work); the session takes the new template and the revision recording the upgrade.
import type { z } from 'zod';
import type { DpiaDocument } from '../../core/format/document.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { upgradeDocument } from '../../core/template/upgrade.ts';
import type { HandlerDeps } from './deps.ts';
import type { INPUT } from './input-schemas.ts';
import { guard } from './result.ts';
import type { Session } from './sessions.ts';

/** The helpers of createHandlers this request needs. */
export interface UpgradeHelpers {
  parse: (name: 'upgradeTemplate', input: unknown) => z.infer<(typeof INPUT)['upgradeTemplate']>;
  sessionOf: (id: string) => Session;
  documentOf: (session: Session, assessment: Assessment) => DpiaDocument;
}

export function upgradeTemplateHandler(
  deps: Pick<HandlerDeps, 'newId' | 'now' | 'preferences'>,
  h: UpgradeHelpers,
) {
  return (input: unknown) =>
    guard(async () => {
      const { sessionId, assessment, version } = h.parse('upgradeTemplate', input);
      const session = h.sessionOf(sessionId);
      const { document, report } = await upgradeDocument(h.documentOf(session, assessment), {
        version,
        revisionId: deps.newId(),
        author: deps.preferences.get().authorName,
        at: deps.now().toISOString(),
      });
      session.template = document.template;
      session.revisionSnapshots = document.revisionSnapshots;
      return { assessment: document.assessment, template: document.template, report };
    });
}
