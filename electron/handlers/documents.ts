// Documents and drafts: create, open, save, autosave, close, recover; attachments join the open document.
import path from 'node:path';
import type { DraftSummary } from '../../core/api.ts';
import type { AttachmentMeta } from '../../core/model/assessment.ts';
import { createAssessment } from '../../core/assessment/new-assessment.ts';
import { DpiaError } from '../../core/errors.ts';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { isoDay } from '../../core/checks/index.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { sha256Hex } from '../../core/hash.ts';
import { writeFileAtomic } from '../../core/node/atomic-write.ts';
import { PRIVATE_FILE_MODE } from '../../core/node/private-folder.ts';
import { openDpiaFile, readFileWithinLimit } from '../../core/node/dpia-file.ts';
import { findTemplateVersion } from '../../core/node/user-template-library.ts';
import { APP_NAME_AND_VERSION } from '../../core/version.ts';
import type { HandlerContext } from './context.ts';
import { handler, type Handlers } from './define.ts';
import { mediaTypeOf } from './media-types.ts';
import { pickPath } from './pick-file.ts';

const MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024;

/** Drafts on disk that no window of this process has open, newest first; unreadable ones are left alone. */
export async function listDrafts(ctx: HandlerContext): Promise<DraftSummary[]> {
  const open = new Set(ctx.sessions.all().map((s) => s.draftPath));
  const summaries: DraftSummary[] = [];
  for (const draft of await ctx.drafts.list()) {
    if (open.has(draft.filePath) || ctx.deps.draftHolders.heldByOther(draft.filePath, ctx.owner)) continue;
    try {
      const { document } = await openDpiaFile(draft.filePath);
      summaries.push({
        draftId: draft.draftId,
        title: document.assessment.meta.title,
        filePath: null,
        savedAt: draft.modifiedAt,
      });
    } catch {
      // An unreadable draft is left on disk for a person to look at, not offered for recovery.
    }
  }
  return summaries;
}

type DocumentRequests =
  | 'newDocument'
  | 'openExample'
  | 'openDocument'
  | 'openRecent'
  | 'saveDocument'
  | 'autosave'
  | 'closeDocument'
  | 'recoverDraft'
  | 'discardDraft'
  | 'addAttachment';

export function documentHandlers(ctx: HandlerContext): Pick<Handlers, DocumentRequests> {
  const { deps } = ctx;
  return {
    newDocument: handler('newDocument', async ({ templateId, title, language }) => {
      const template = await findTemplateVersion(deps.preferences.get().userTemplatesDir, templateId);
      const { authorName } = deps.preferences.get();
      const assessment = createAssessment({
        template,
        title,
        language,
        author: authorName || undefined,
        now: deps.now(),
        newId: deps.newId,
      });
      const document = { assessment, template, attachments: new Map(), signature: null };
      return await ctx.open({ ...document, revisionSnapshots: new Map() }, null);
    }),

    openExample: handler('openExample', async () =>
      ctx.open(await buildExampleDocument(isoDay(deps.now())), null),
    ),

    // Paths come from the dialog or from main's own list of recent files, never from the page.
    openDocument: handler('openDocument', async () => {
      const chosen = await pickPath(deps.dialog, ctx.text(), 'dpia');
      return chosen ? ctx.openFile(chosen) : null;
    }),

    openRecent: handler('openRecent', async ({ recentId }) => {
      const recent = deps.preferences.recentFiles().find((file) => file.recentId === recentId);
      if (!recent) throw new DpiaError('recent-not-found');
      return ctx.openFile(recent.filePath);
    }),

    saveDocument: handler('saveDocument', async ({ sessionId, saveAs, ...upload }) => {
      const session = ctx.sessionOf(sessionId);
      const assessment = ctx.received(session, upload);
      const saved = await ctx.save(session, assessment, saveAs ?? false);
      return saved && { ...saved, version: ctx.acknowledge(session, assessment) };
    }),

    // Only what changed crosses (see core/format/assessment-patch.ts); the file is still written whole.
    autosave: handler('autosave', async ({ sessionId, ...upload }) => {
      const session = ctx.sessionOf(sessionId);
      const assessment = ctx.received(session, upload);
      const document = ctx.documentOf(session, assessment);
      if (session.filePath) {
        const { bytes } = await writeDpia(document, {
          createdWith: APP_NAME_AND_VERSION,
          file: path.basename(session.filePath),
        });
        // The first write of a session keeps the file as it was opened in .bak; later autosaves leave it.
        await writeFileAtomic(session.filePath, bytes, { keepBackup: !session.backedUp });
        session.backedUp = true;
        const version = ctx.acknowledge(session, assessment);
        return { savedAt: deps.now().toISOString(), target: 'file' as const, version };
      }
      await ctx.drafts.ensure();
      if (!session.draftPath) {
        const draftPath = ctx.drafts.pathOf(session.id);
        ctx.claimDraft(draftPath);
        session.draftPath = draftPath;
      }
      const { bytes } = await writeDpia(document, {
        createdWith: APP_NAME_AND_VERSION,
        file: path.basename(session.draftPath),
      });
      await writeFileAtomic(session.draftPath, bytes, { mode: PRIVATE_FILE_MODE });
      const version = ctx.acknowledge(session, assessment);
      return { savedAt: deps.now().toISOString(), target: 'draft' as const, version };
    }),

    closeDocument: handler('closeDocument', async ({ sessionId }) => {
      const session = ctx.sessions.get(sessionId);
      if (!session) return { closed: true };
      if (session.draftPath) {
        const t = ctx.text();
        const { response } = await deps.dialog.showMessageBox({
          type: 'question',
          title: t.dialog.unsavedTitle,
          message: t.dialog.unsavedMessage(session.title || t.untitled),
          detail: t.dialog.unsavedDetail,
          buttons: [t.dialog.saveButton, t.dialog.dontSaveButton, t.dialog.cancelButton],
          defaultId: 0,
          cancelId: 2,
        });
        if (response === 2) return { closed: false };
        if (response === 0) {
          const { document } = await openDpiaFile(session.draftPath);
          if (!(await ctx.save(session, document.assessment, true))) return { closed: false };
        }
        if (session.draftPath) await ctx.releaseDraft(session.draftPath);
      }
      ctx.sessions.remove(sessionId);
      deps.documentClosed?.(sessionId);
      return { closed: true };
    }),

    recoverDraft: handler('recoverDraft', async ({ draftId }) => {
      const draftPath = ctx.drafts.pathOf(draftId);
      if (deps.draftHolders.heldByOther(draftPath, ctx.owner)) throw new DpiaError('draft-in-use');
      const opened = await openDpiaFile(draftPath).catch((error: unknown) => {
        if (error instanceof DpiaError && error.code === 'file-not-found')
          throw new DpiaError('draft-not-found');
        throw error;
      });
      return ctx.open(opened.document, null, draftPath);
    }),

    discardDraft: handler('discardDraft', async ({ draftId }) => {
      const draftPath = ctx.drafts.pathOf(draftId);
      // Another window's draft is that window's to keep or discard.
      if (deps.draftHolders.heldByOther(draftPath, ctx.owner)) throw new DpiaError('draft-in-use');
      await ctx.releaseDraft(draftPath);
      return null;
    }),

    addAttachment: handler(
      'addAttachment',
      async ({ sessionId, questionId }): Promise<AttachmentMeta | null> => {
        const session = ctx.sessionOf(sessionId);
        const filePath = await pickPath(deps.dialog, ctx.text(), 'attachment');
        if (!filePath) return null;
        const bytes = await readFileWithinLimit(filePath, MAX_ATTACHMENT_BYTES);
        const sha256 = await sha256Hex(bytes);
        session.attachments.set(sha256, bytes);
        return {
          id: deps.newId(),
          name: path.basename(filePath).slice(0, 255),
          mediaType: mediaTypeOf(filePath),
          sha256,
          size: bytes.length,
          addedBy: deps.preferences.get().authorName,
          addedAt: deps.now().toISOString(),
          questionId,
          description: '',
        };
      },
    ),
  };
}
