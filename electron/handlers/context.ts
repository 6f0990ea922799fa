// What every group of handlers shares: the injected effects, the open documents' sessions, and the few steps that
// several requests take (open a document into a session, check what the renderer sends back, save to a file).
import { randomUUID } from 'node:crypto';
import path from 'node:path';
import type { AssessmentUpload, OpenedDocument, SaveResult, TemplateSummary } from '../../core/api.ts';
import { DpiaError } from '../../core/errors.ts';
import { applyAssessmentPatch } from '../../core/format/assessment-patch.ts';
import { checkRowLimits } from '../../core/format/document-limits.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import type { DpiaDocument } from '../../core/format/document.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { DraftFolder } from '../../core/node/draft-folder.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { readTrustList } from '../../core/node/trust-store.ts';
import { listUserTemplates } from '../../core/node/user-templates.ts';
import {
  displayedStatus,
  isIntact,
  verifyTrusted,
  type SignatureVerdict,
} from '../../core/signature/trust.ts';
import { findAnswerMismatch } from '../../core/template/answers.ts';
import { listBuiltinTemplates } from '../../core/template/builtin.ts';
import type { Template } from '../../core/template/schema.ts';
import { MAIN_TEXT, type MainText } from '../i18n.ts';
import type { HandlerDeps } from './deps.ts';
import { pickSavePath, safeFileName } from './pick-file.ts';
import { SessionStore, type Session } from './sessions.ts';

export interface HandlerContext {
  deps: HandlerDeps;
  sessions: SessionStore;
  drafts: DraftFolder;
  /** This window, as the shared draft registry knows it. */
  owner: string;
  /** The trust list folder of the app: `<userData>/trusted-keys`, the CLI's default format. */
  trustDir: string;
  /** The app's own signing key pair: `<userData>/keys`, owner-only, the private key encrypted. */
  keysDir: string;
  /** Files this window opened or wrote: the only paths it may show in the file manager. */
  knownFiles: Set<string>;
  /** The verdict on a document's signature against the trust list as it is now. */
  verdictOf(document: DpiaDocument, file: string): Promise<SignatureVerdict>;
  /** Marks a draft as this window's; refuses one another window holds. */
  claimDraft(draftPath: string): void;
  releaseDraft(draftPath: string): Promise<void>;
  /** The main process's texts in the user's current language. */
  text(): MainText;
  /** The session of an id the renderer sent; unknown ids are refused. */
  sessionOf(id: string): Session;
  /**
   * The assessment the renderer sent: whole, or its patch applied to the session's current version (refused with
   * `version-mismatch` when that is not the version it was made from), the row limits checked on the result.
   */
  received(session: Session, upload: AssessmentUpload): Assessment;
  /** Records a written assessment as the session's current version; returns that version for the renderer. */
  acknowledge(session: Session, assessment: Assessment): number;
  /** The document to write from what the renderer sent: answers must fit the template, a signed one is frozen. */
  documentOf(session: Session, assessment: Assessment): DpiaDocument;
  /** Starts a session for a document and records the file among the recent ones. */
  open(document: DpiaDocument, filePath: string | null, draftPath?: string | null): Promise<OpenedDocument>;
  openFile(filePath: string): Promise<OpenedDocument>;
  /** Asks where to save a document (its own file name, or its title), null when the user cancels. */
  askSavePath(session: Session, assessment: Assessment): Promise<string | null>;
  /** Saves to the session's file (or where the user says); the draft, if any, is then removed. */
  save(session: Session, assessment: Assessment, saveAs: boolean): Promise<SaveResult | null>;
  /** Built-in templates, then the user's own. */
  templates(): Promise<{ summary: TemplateSummary; template: Template }[]>;
}

export function createHandlerContext(deps: HandlerDeps): HandlerContext {
  const sessions = new SessionStore();
  const drafts = new DraftFolder(path.join(deps.userDataDir, 'drafts'));
  const text = () => MAIN_TEXT[deps.preferences.get().language];
  const owner = randomUUID();
  const trustDir = path.join(deps.userDataDir, 'trusted-keys');
  const keysDir = path.join(deps.userDataDir, 'keys');
  const knownFiles = new Set<string>();

  const verdictOf = async (document: DpiaDocument, file: string) =>
    verifyTrusted(document, (await readTrustList(trustDir)).keys, { file, asOf: deps.now() });

  const claimDraft = (draftPath: string) => {
    if (!deps.draftHolders.claim(draftPath, owner)) throw new DpiaError('draft-in-use');
  };
  const releaseDraft = async (draftPath: string) => {
    await drafts.remove(draftPath);
    deps.draftHolders.release(draftPath, owner);
  };

  const sessionOf = (id: string): Session => {
    const session = sessions.get(id);
    if (!session) throw new DpiaError('unknown-session');
    return session;
  };

  const received = (session: Session, upload: AssessmentUpload): Assessment => {
    if ('assessment' in upload) return upload.assessment;
    const current = session.current;
    if (!current || current.version !== upload.base) throw new DpiaError('version-mismatch');
    const next = applyAssessmentPatch(current.assessment, upload.patch);
    const file = path.basename(
      session.filePath ?? session.draftPath ?? `${session.title || 'document'}.dpia`,
    );
    checkRowLimits(next, DEFAULT_LIMITS, file, 'write');
    return next;
  };

  const acknowledge = (session: Session, assessment: Assessment): number => {
    const version = (session.current?.version ?? 0) + 1;
    session.current = { assessment, version };
    return version;
  };

  const documentOf = (session: Session, assessment: Assessment): DpiaDocument => {
    const mismatch = findAnswerMismatch(assessment, session.template);
    if (mismatch) throw new DpiaError('invalid-request', { detail: mismatch });
    // A signed document is read-only: a changed content must go through reopenSigned, never silently unsign.
    if (session.signature && JSON.stringify(assessment) !== session.signedContent) {
      throw new DpiaError('document-signed');
    }
    return {
      assessment,
      template: session.template,
      attachments: session.attachments,
      signature: session.signature,
      revisionSnapshots: session.revisionSnapshots,
    };
  };

  const addRecent = (filePath: string, title: string) =>
    deps.preferences.addRecentFile({ filePath, title, openedAt: deps.now().toISOString() });

  const open = async (
    document: DpiaDocument,
    filePath: string | null,
    draftPath: string | null = null,
  ): Promise<OpenedDocument> => {
    if (draftPath) claimDraft(draftPath);
    // « Signed » is earned on every open: only an intact signature locks the document. A broken one is dropped
    // with the next save, and the status shown is what the workflow said before « signed ».
    const verdict = await verdictOf(document, path.basename(filePath ?? draftPath ?? 'document.dpia'));
    const intact = isIntact(verdict.verdict);
    const assessment = intact
      ? document.assessment
      : {
          ...document.assessment,
          meta: {
            ...document.assessment.meta,
            status: displayedStatus(document.assessment, verdict.verdict),
          },
        };
    const session = sessions.add({
      id: deps.newId(),
      filePath,
      template: document.template,
      attachments: document.attachments,
      signature: intact ? document.signature : null,
      verdict,
      revisionSnapshots: document.revisionSnapshots,
      signedContent: intact ? JSON.stringify(document.assessment) : null,
      draftPath,
      backedUp: false,
      title: document.assessment.meta.title,
      current: { assessment, version: 0 },
    });
    if (filePath) {
      knownFiles.add(filePath);
      addRecent(filePath, session.title);
    }
    return { sessionId: session.id, filePath, assessment, template: document.template, signature: verdict };
  };

  const openFile = async (filePath: string) =>
    open((await openDpiaFile(filePath)).document, path.resolve(filePath));

  const askSavePath = (session: Session, assessment: Assessment) => {
    const t = text();
    return pickSavePath(deps.dialog, {
      title: t.dialog.saveTitle,
      defaultPath: session.filePath ?? `${safeFileName(assessment.meta.title, t.defaultFileName)}.dpia`,
      filter: { name: t.dialog.dpiaFilter, extensions: ['dpia'] },
    });
  };

  const save = async (
    session: Session,
    assessment: Assessment,
    saveAs: boolean,
  ): Promise<SaveResult | null> => {
    const document = documentOf(session, assessment);
    const target = !saveAs && session.filePath ? session.filePath : await askSavePath(session, assessment);
    if (!target) return null;
    await saveDpiaFile(target, document);
    knownFiles.add(target);
    if (session.draftPath) await releaseDraft(session.draftPath);
    Object.assign(session, {
      draftPath: null,
      filePath: target,
      backedUp: true,
      title: assessment.meta.title,
    });
    addRecent(target, session.title);
    return { filePath: target, savedAt: deps.now().toISOString() };
  };

  const templates = async () => {
    const summary = (template: Template, origin: TemplateSummary['origin']) => ({
      summary: {
        id: template.id,
        version: template.version,
        title: template.title,
        description: template.description,
        origin,
      },
      template,
    });
    const user = await listUserTemplates(deps.preferences.get().userTemplatesDir);
    return [
      ...listBuiltinTemplates().map((t) => summary(t, 'builtin')),
      ...user.flatMap((entry) => ('template' in entry ? [summary(entry.template, 'user')] : [])),
    ];
  };

  return {
    deps,
    sessions,
    drafts,
    owner,
    trustDir,
    keysDir,
    knownFiles,
    verdictOf,
    claimDraft,
    releaseDraft,
    text,
    sessionOf,
    received,
    acknowledge,
    documentOf,
    open,
    openFile,
    askSavePath,
    save,
    templates,
  };
}
