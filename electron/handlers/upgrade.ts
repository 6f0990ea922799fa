// The upgradeTemplate request: carries the open document over to a newer built-in template version (core does the
// work); the session takes the new template and the revision recording the upgrade.
import { upgradeDocument } from '../../core/template/upgrade.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';

export function upgradeHandlers(ctx: HandlerContext): Pick<Handlers, 'upgradeTemplate'> {
  const { deps } = ctx;
  return {
    upgradeTemplate: handler('upgradeTemplate', async ({ sessionId, assessment, version }) => {
      const session = ctx.sessionOf(sessionId);
      const { document, report } = await upgradeDocument(ctx.documentOf(session, assessment), {
        version,
        revisionId: deps.newId(),
        author: deps.preferences.get().authorName,
        at: deps.now().toISOString(),
      });
      session.template = document.template;
      session.revisionSnapshots = document.revisionSnapshots;
      return { assessment: document.assessment, template: document.template, report };
    }),
  };
}
