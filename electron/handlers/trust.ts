// Revisions, signing and reopening: what makes an assessment something a council can file and prove later.
import path from 'node:path';
import { DpiaError } from '../../core/errors.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { saveDpiaFile } from '../../core/node/dpia-file.ts';
import { createRevision } from '../../core/revisions/revisions.ts';
import { signDocument } from '../../core/signature/sign.ts';
import { reopenSigned } from '../../core/workflow/reopen.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { unlockSigningKey } from './signing-keys.ts';

type TrustRequests = 'createRevision' | 'getRevisionSnapshot' | 'signDocument' | 'reopenSigned';

export function trustHandlers(ctx: HandlerContext): Pick<Handlers, TrustRequests> {
  const { deps } = ctx;
  return {
    createRevision: handler('createRevision', async ({ sessionId, assessment, label, reason }) => {
      const session = ctx.sessionOf(sessionId);
      const revised = await createRevision(ctx.documentOf(session, assessment), {
        id: deps.newId(),
        label,
        reason,
        author: deps.preferences.get().authorName,
        at: deps.now().toISOString(),
      });
      session.revisionSnapshots = revised.revisionSnapshots;
      return revised.assessment;
    }),

    getRevisionSnapshot: handler('getRevisionSnapshot', ({ sessionId, revisionId }) => {
      const snapshot = ctx.sessionOf(sessionId).revisionSnapshots.get(revisionId);
      if (!snapshot)
        throw new DpiaError('invalid-request', { detail: `no snapshot for revision ${revisionId}` });
      return snapshot;
    }),

    signDocument: handler('signDocument', async ({ sessionId, assessment, signer, role, passphrase }) => {
      const session = ctx.sessionOf(sessionId);
      // The passphrase lives for this request only: it unlocks the key, then goes out of scope.
      const key = await unlockSigningKey(ctx, passphrase);
      const { document, signature } = await signDocument(ctx.documentOf(session, assessment), {
        key,
        signer: { name: signer, role },
        at: deps.now().toISOString(),
      });
      const target = session.filePath ?? (await ctx.askSavePath(session, document.assessment));
      if (!target) return null;
      await saveDpiaFile(target, document);
      ctx.knownFiles.add(target);
      if (session.draftPath) await ctx.releaseDraft(session.draftPath);
      const verdict = await ctx.verdictOf(document, path.basename(target));
      Object.assign(session, {
        verdict,
        filePath: target,
        draftPath: null,
        signature: document.signature,
        signedContent: JSON.stringify(document.assessment),
        revisionSnapshots: document.revisionSnapshots,
      });
      return {
        assessment: document.assessment,
        filePath: target,
        contentSha256: signature.contentSha256,
        keyFingerprint: signature.keyFingerprint,
        signature: verdict,
      };
    }),

    reopenSigned: handler('reopenSigned', async ({ sessionId, label, reason }) => {
      const session = ctx.sessionOf(sessionId);
      const current = session.signedContent ? (JSON.parse(session.signedContent) as Assessment) : null;
      if (!current || !session.signature)
        throw new DpiaError('invalid-request', { detail: 'the document is not signed' });
      const reopened = await reopenSigned(
        {
          assessment: current,
          template: session.template,
          attachments: session.attachments,
          signature: session.signature,
          revisionSnapshots: session.revisionSnapshots,
        },
        {
          revisionId: deps.newId(),
          label,
          reason,
          by: deps.preferences.get().authorName,
          at: deps.now().toISOString(),
        },
      );
      Object.assign(session, {
        signature: null,
        verdict: await ctx.verdictOf(reopened, path.basename(session.filePath ?? 'document.dpia')),
        signedContent: null,
        revisionSnapshots: reopened.revisionSnapshots,
      });
      return reopened.assessment;
    }),
  };
}
