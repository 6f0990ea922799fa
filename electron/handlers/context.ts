// What every group of handlers shares: the injected effects, the open documents' sessions, and the few steps that
// several requests take (open a document into a session, check what the renderer sends back, save to a file).
import path from 'node:path';
import type { OpenedDocument, SaveResult, TemplateSummary } from '../../core/api.ts';
import { DpiaError } from '../../core/errors.ts';
import type { DpiaDocument } from '../../core/format/document.ts';
import type { Assessment } from '../../core/model/assessment.ts';
import { DraftFolder } from '../../core/node/draft-folder.ts';
import { openDpiaFile, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { listUserTemplates } from '../../core/node/user-templates.ts';
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
  /** The main process's texts in the user's current language. */
  text(): MainText;
  /** The session of an id the renderer sent; unknown ids are refused. */
  sessionOf(id: string): Session;
  /** The document to write from what the renderer sent: answers must fit the template, a signed one is frozen. */
  documentOf(session: Session, assessment: Assessment): DpiaDocument;
  /** Starts a session for a document and records the file among the recent ones. */
  open(document: DpiaDocument, filePath: string | null, draftPath?: string | null): OpenedDocument;
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

  const sessionOf = (id: string): Session => {
    const session = sessions.get(id);
    if (!session) throw new DpiaError('unknown-session');
    return session;
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

  const open = (document: DpiaDocument, filePath: string | null, draftPath: string | null = null) => {
    const session = sessions.add({
      id: deps.newId(),
      filePath,
      template: document.template,
      attachments: document.attachments,
      signature: document.signature,
      revisionSnapshots: document.revisionSnapshots,
      signedContent: document.signature ? JSON.stringify(document.assessment) : null,
      draftPath,
      backedUp: false,
      title: document.assessment.meta.title,
    });
    if (filePath) addRecent(filePath, session.title);
    return {
      sessionId: session.id,
      filePath,
      assessment: document.assessment,
      template: document.template,
      signed: document.signature !== null,
    };
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
    if (session.draftPath) await drafts.remove(session.draftPath);
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
    text,
    sessionOf,
    documentOf,
    open,
    openFile,
    askSavePath,
    save,
    templates,
  };
}
