// The main process's answers to window.dpia: plain functions over injected effects (see deps.ts).
import { readdir, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { z } from 'zod';
import type {
  DraftSummary,
  OpenedDocument,
  Preferences,
  SaveResult,
  Startup,
  TemplateSummary,
} from '../../core/api.ts';
import { createAssessment } from '../../core/assessment/new-assessment.ts';
import { DpiaError } from '../../core/errors.ts';
import { safeUrl } from '../../core/markdown/safe-url.ts';
import { buildExampleDocument } from '../../core/example/example-document.ts';
import { exportOptionsFor } from '../../core/export/export-options.ts';
import type { DpiaDocument } from '../../core/format/document.ts';
import { writeDpia } from '../../core/format/write-dpia.ts';
import { sha256Hex } from '../../core/hash.ts';
import type { Assessment, AttachmentMeta } from '../../core/model/assessment.ts';
import { writeFileAtomic } from '../../core/node/atomic-write.ts';
import { ensurePrivateFolder, PRIVATE_FILE_MODE } from '../../core/node/private-folder.ts';
import { openDpiaFile, readFileWithinLimit, saveDpiaFile } from '../../core/node/dpia-file.ts';
import { listUserTemplates } from '../../core/node/user-templates.ts';
import { readPrivateKeyFile } from '../../core/node/keys.ts';
import { duplicateDocument } from '../../core/assessment/duplicate.ts';
import { DEFAULT_LIMITS } from '../../core/format/limits.ts';
import { importCnilFile } from '../../core/import/cnil/import-file.ts';
import { reportLines } from '../../core/import/cnil/report.ts';
import type { Language } from '../../core/model/localized.ts';
import {
  findTemplateVersion,
  installTemplate,
  readTemplateFile,
} from '../../core/node/user-template-library.ts';
import { assessmentToTemplate } from '../../core/template/save-as-template.ts';
import { createRevision } from '../../core/revisions/revisions.ts';
import { importPrivateKey } from '../../core/signature/keys.ts';
import { signDocument } from '../../core/signature/sign.ts';
import { reopenSigned } from '../../core/workflow/reopen.ts';
import { findAnswerMismatch } from '../../core/template/answers.ts';
import { listBuiltinTemplates } from '../../core/template/builtin.ts';
import type { Template } from '../../core/template/schema.ts';
import { APP_NAME_AND_VERSION, APP_VERSION } from '../../core/version.ts';
import { MAIN_TEXT } from '../i18n.ts';
import type { HandlerDeps } from './deps.ts';
import { INPUT } from './input-schemas.ts';
import { mediaTypeOf } from './media-types.ts';
import { guard } from './result.ts';
import { SessionStore, type Session } from './sessions.ts';

const MAX_ATTACHMENT_BYTES = 256 * 1024 * 1024;
const MAX_CSV_BYTES = 50 * 1024 * 1024;

/** A file name without characters that Windows, macOS or Linux refuse. */
function safeFileName(title: string, fallback: string): string {
  const cleaned = title
    .replace(/[<>:"/\\|?*]/g, ' ')
    .replace(/[\u0000-\u001f]/g, '') // eslint-disable-line no-control-regex -- control characters are what we strip
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 120);
  return cleaned || fallback;
}

function withExtension(filePath: string, extension: string): string {
  return filePath.toLowerCase().endsWith(extension) ? filePath : `${filePath}${extension}`;
}

export function createHandlers(deps: HandlerDeps) {
  const sessions = new SessionStore();
  const draftsDir = path.join(deps.userDataDir, 'drafts');
  const text = () => MAIN_TEXT[deps.preferences.get().language];

  const parse = <K extends keyof typeof INPUT>(name: K, input: unknown) => {
    const result = INPUT[name].safeParse(input);
    if (!result.success) {
      const issue = result.error.issues[0];
      const where = issue?.path.length ? issue.path.join('/') : name;
      throw new DpiaError('invalid-request', { detail: `${where}: ${issue?.message ?? 'invalid'}` });
    }
    return result.data as z.infer<(typeof INPUT)[K]>;
  };

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
    const signature = session.signature;
    return {
      assessment,
      template: session.template,
      attachments: session.attachments,
      signature,
      revisionSnapshots: session.revisionSnapshots,
    };
  };

  const open = (
    document: DpiaDocument,
    filePath: string | null,
    draftPath: string | null = null,
  ): OpenedDocument => {
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
    if (filePath) {
      deps.preferences.addRecentFile({ filePath, title: session.title, openedAt: deps.now().toISOString() });
    }
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

  const templates = async (): Promise<{ summary: TemplateSummary; template: Template }[]> => {
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

  const listDrafts = async (): Promise<DraftSummary[]> => {
    let names: string[];
    try {
      names = (await readdir(draftsDir)).filter((name) => name.endsWith('.dpia'));
    } catch {
      return [];
    }
    const open = new Set(sessions.all().map((s) => s.draftPath));
    const drafts: DraftSummary[] = [];
    for (const name of names) {
      const draftPath = path.join(draftsDir, name);
      if (open.has(draftPath)) continue;
      try {
        const { document } = await openDpiaFile(draftPath);
        const info = await stat(draftPath);
        drafts.push({
          draftId: name.slice(0, -'.dpia'.length),
          title: document.assessment.meta.title,
          filePath: null,
          savedAt: info.mtime.toISOString(),
        });
      } catch {
        // An unreadable draft is left on disk for a person to look at, not offered for recovery.
      }
    }
    return drafts.sort((a, b) => b.savedAt.localeCompare(a.savedAt));
  };

  const askSavePath = async (session: Session, assessment: Assessment): Promise<string | null> => {
    const t = text();
    const result = await deps.dialog.showSaveDialog({
      title: t.dialog.saveTitle,
      defaultPath: session.filePath ?? `${safeFileName(assessment.meta.title, t.defaultFileName)}.dpia`,
      filters: [{ name: t.dialog.dpiaFilter, extensions: ['dpia'] }],
    });
    return result.canceled || !result.filePath ? null : withExtension(result.filePath, '.dpia');
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
    if (session.draftPath) await rm(session.draftPath, { force: true });
    session.draftPath = null;
    session.filePath = target;
    session.backedUp = true;
    session.title = assessment.meta.title;
    deps.preferences.addRecentFile({
      filePath: target,
      title: session.title,
      openedAt: deps.now().toISOString(),
    });
    return { filePath: target, savedAt: deps.now().toISOString() };
  };

  return {
    /** Not a request: lets the window know whether closing needs the renderer's say. */
    hasOpenDocuments: () => sessions.all().length > 0,

    getStartup: (input: unknown) =>
      guard(async (): Promise<Startup> => {
        parse('getStartup', input);
        let pendingDocument: OpenedDocument | null = null;
        let pendingError: Startup['pendingError'] = null;
        const pending = deps.pendingOpen();
        if (pending) {
          const opened = await guard(async () =>
            pending === 'example' ? open(await buildExampleDocument(), null) : openFile(pending),
          );
          if (opened.ok) pendingDocument = opened.value;
          else pendingError = opened.error;
        }
        return {
          preferences: deps.preferences.get(),
          recentFiles: deps.preferences.recentFiles(),
          drafts: await listDrafts(),
          templates: (await templates()).map((t) => t.summary),
          pendingDocument,
          pendingError,
          appVersion: APP_VERSION,
        };
      }),

    listTemplates: (input: unknown) =>
      guard(async () => {
        parse('listTemplates', input);
        return (await templates()).map((t) => t.summary);
      }),

    newDocument: (input: unknown) =>
      guard(async () => {
        const { templateId, title, language } = parse('newDocument', input);
        const found = await findTemplateVersion(deps.preferences.get().userTemplatesDir, templateId);
        const { authorName } = deps.preferences.get();
        const assessment = createAssessment({
          template: found,
          title,
          language,
          author: authorName || undefined,
          now: deps.now(),
          newId: deps.newId,
        });
        return open(
          {
            assessment,
            template: found,
            attachments: new Map(),
            signature: null,
            revisionSnapshots: new Map(),
          },
          null,
        );
      }),

    openExample: (input: unknown) =>
      guard(async () => {
        parse('openExample', input);
        return open(await buildExampleDocument(), null);
      }),

    openDocument: (input: unknown) =>
      guard(async () => {
        let { filePath } = parse('openDocument', input);
        if (!filePath) {
          const t = text();
          const result = await deps.dialog.showOpenDialog({
            title: t.dialog.openTitle,
            filters: [
              { name: t.dialog.dpiaFilter, extensions: ['dpia'] },
              { name: t.dialog.allFilter, extensions: ['*'] },
            ],
            properties: ['openFile'],
          });
          if (result.canceled || !result.filePaths[0]) return null;
          filePath = result.filePaths[0];
        }
        return openFile(filePath);
      }),

    saveDocument: (input: unknown) =>
      guard(async () => {
        const { sessionId, assessment, saveAs } = parse('saveDocument', input);
        return save(sessionOf(sessionId), assessment, saveAs ?? false);
      }),

    autosave: (input: unknown) =>
      guard(async () => {
        const { sessionId, assessment } = parse('autosave', input);
        const session = sessionOf(sessionId);
        const document = documentOf(session, assessment);
        if (session.filePath) {
          const { bytes } = await writeDpia(document, {
            createdWith: APP_NAME_AND_VERSION,
            file: path.basename(session.filePath),
          });
          // The first write of a session keeps the file as it was opened in .bak; later autosaves leave it.
          await writeFileAtomic(session.filePath, bytes, { keepBackup: !session.backedUp });
          session.backedUp = true;
          return { savedAt: deps.now().toISOString(), target: 'file' as const };
        }
        await ensurePrivateFolder(draftsDir);
        session.draftPath ??= path.join(draftsDir, `${session.id}.dpia`);
        const { bytes } = await writeDpia(document, {
          createdWith: APP_NAME_AND_VERSION,
          file: path.basename(session.draftPath),
        });
        await writeFileAtomic(session.draftPath, bytes, { mode: PRIVATE_FILE_MODE });
        return { savedAt: deps.now().toISOString(), target: 'draft' as const };
      }),

    closeDocument: (input: unknown) =>
      guard(async () => {
        const { sessionId } = parse('closeDocument', input);
        const session = sessions.get(sessionId);
        if (!session) return { closed: true };
        if (session.draftPath) {
          const t = text();
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
            if (!(await save(session, document.assessment, true))) return { closed: false };
          }
          if (session.draftPath) await rm(session.draftPath, { force: true });
        }
        sessions.remove(sessionId);
        deps.documentClosed?.(sessionId);
        return { closed: true };
      }),

    recoverDraft: (input: unknown) =>
      guard(async () => {
        const { draftId } = parse('recoverDraft', input);
        const draftPath = path.join(draftsDir, `${draftId}.dpia`);
        const opened = await openDpiaFile(draftPath).catch((error: unknown) => {
          if (error instanceof DpiaError && error.code === 'file-not-found')
            throw new DpiaError('draft-not-found');
          throw error;
        });
        return open(opened.document, null, draftPath);
      }),

    discardDraft: (input: unknown) =>
      guard(async () => {
        const { draftId } = parse('discardDraft', input);
        await rm(path.join(draftsDir, `${draftId}.dpia`), { force: true });
        return null;
      }),

    addAttachment: (input: unknown) =>
      guard(async (): Promise<AttachmentMeta | null> => {
        const { sessionId, questionId } = parse('addAttachment', input);
        const session = sessionOf(sessionId);
        const t = text();
        const result = await deps.dialog.showOpenDialog({
          title: t.dialog.attachmentTitle,
          filters: [{ name: t.dialog.allFilter, extensions: ['*'] }],
          properties: ['openFile'],
        });
        const filePath = result.filePaths[0];
        if (result.canceled || !filePath) return null;
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
      }),

    exportDocx: (input: unknown) =>
      guard(async (): Promise<SaveResult | null> => {
        const { sessionId, assessment, language } = parse('exportDocx', input);
        const session = sessionOf(sessionId);
        const document = documentOf(session, assessment);
        const t = text();
        const base = session.filePath
          ? session.filePath.replace(/\.dpia$/i, '')
          : safeFileName(assessment.meta.title, t.defaultFileName);
        const result = await deps.dialog.showSaveDialog({
          title: t.dialog.exportTitle,
          defaultPath: `${base}.docx`,
          filters: [{ name: t.dialog.wordFilter, extensions: ['docx'] }],
        });
        if (result.canceled || !result.filePath) return null;
        const target = withExtension(result.filePath, '.docx');
        const progress = (fraction: number, stage: 'building' | 'packing' | 'writing' | 'done') =>
          deps.notify({ channel: 'export-progress', payload: { sessionId, fraction, stage } });
        progress(0, 'building');
        const findings = await deps.exportFindings?.(document, language, deps.now());
        const options = await exportOptionsFor(document, {
          language,
          now: deps.now(),
          file: path.basename(target),
          ...(findings ? { findings } : {}),
        });
        const bytes = await deps.buildDocx(document, options, (fraction) =>
          progress(fraction * 0.9, 'packing'),
        );
        progress(0.95, 'writing');
        await writeFileAtomic(target, bytes);
        progress(1, 'done');
        return { filePath: target, savedAt: deps.now().toISOString() };
      }),

    showInFolder: (input: unknown) =>
      guard(async () => {
        const { filePath } = parse('showInFolder', input);
        await stat(filePath); // only files that exist
        deps.showItemInFolder(path.resolve(filePath));
        return null;
      }),

    importTextFile: (input: unknown) =>
      guard(async () => {
        parse('importTextFile', input);
        const t = text();
        const result = await deps.dialog.showOpenDialog({
          title: t.dialog.csvOpenTitle,
          filters: [
            { name: t.dialog.csvFilter, extensions: ['csv', 'txt'] },
            { name: t.dialog.allFilter, extensions: ['*'] },
          ],
          properties: ['openFile'],
        });
        const filePath = result.filePaths[0];
        if (result.canceled || !filePath) return null;
        return {
          name: path.basename(filePath),
          text: decodeText(await readFileWithinLimit(filePath, MAX_CSV_BYTES)),
        };
      }),

    exportTextFile: (input: unknown) =>
      guard(async (): Promise<SaveResult | null> => {
        const { defaultName, text: content } = parse('exportTextFile', input);
        const t = text();
        const result = await deps.dialog.showSaveDialog({
          title: t.dialog.csvSaveTitle,
          defaultPath: withExtension(safeFileName(defaultName, 'export'), '.csv'),
          filters: [{ name: t.dialog.csvFilter, extensions: ['csv'] }],
        });
        if (result.canceled || !result.filePath) return null;
        const target = withExtension(result.filePath, '.csv');
        // A byte-order mark, so that Excel reads the accents as UTF-8.
        await writeFileAtomic(target, new TextEncoder().encode(`\uFEFF${content.replace(/^\uFEFF/, '')}`));
        return { filePath: target, savedAt: deps.now().toISOString() };
      }),

    createRevision: (input: unknown) =>
      guard(async () => {
        const { sessionId, assessment, label, reason } = parse('createRevision', input);
        const session = sessionOf(sessionId);
        const revised = await createRevision(documentOf(session, assessment), {
          id: deps.newId(),
          label,
          reason,
          author: deps.preferences.get().authorName,
          at: deps.now().toISOString(),
        });
        session.revisionSnapshots = revised.revisionSnapshots;
        return revised.assessment;
      }),

    getRevisionSnapshot: (input: unknown) =>
      guard(async () => {
        const { sessionId, revisionId } = parse('getRevisionSnapshot', input);
        const snapshot = sessionOf(sessionId).revisionSnapshots.get(revisionId);
        if (!snapshot)
          throw new DpiaError('invalid-request', { detail: `no snapshot for revision ${revisionId}` });
        return Promise.resolve(snapshot);
      }),

    signDocument: (input: unknown) =>
      guard(async () => {
        const { sessionId, assessment, signer, role } = parse('signDocument', input);
        const session = sessionOf(sessionId);
        const t = text();
        const picked = await deps.dialog.showOpenDialog({
          title: t.dialog.keyTitle,
          filters: [
            { name: t.dialog.keyFilter, extensions: ['pem'] },
            { name: t.dialog.allFilter, extensions: ['*'] },
          ],
          properties: ['openFile'],
        });
        const keyFile = picked.filePaths[0];
        if (picked.canceled || !keyFile) return null;
        const key = await importPrivateKey(await readPrivateKeyFile(keyFile), path.basename(keyFile));
        const { document, signature } = await signDocument(documentOf(session, assessment), {
          key,
          signer: { name: signer, role },
          at: deps.now().toISOString(),
        });
        const target = session.filePath ?? (await askSavePath(session, document.assessment));
        if (!target) return null;
        await saveDpiaFile(target, document);
        if (session.draftPath) await rm(session.draftPath, { force: true });
        Object.assign(session, {
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
        };
      }),

    reopenSigned: (input: unknown) =>
      guard(async () => {
        const { sessionId, label, reason } = parse('reopenSigned', input);
        const session = sessionOf(sessionId);
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
          signedContent: null,
          revisionSnapshots: reopened.revisionSnapshots,
        });
        return reopened.assessment;
      }),

    importCnil: (input: unknown) =>
      guard(async () => {
        parse('importCnil', input);
        const t = text();
        const picked = await deps.dialog.showOpenDialog({
          title: t.dialog.cnilTitle,
          filters: [
            { name: t.dialog.cnilFilter, extensions: ['json', 'zip'] },
            { name: t.dialog.allFilter, extensions: ['*'] },
          ],
          properties: ['openFile'],
        });
        const filePath = picked.filePaths[0];
        if (picked.canceled || !filePath) return null;
        const { language } = deps.preferences.get();
        const bytes = await readFileWithinLimit(filePath, DEFAULT_LIMITS.maxFileBytes);
        const options = { now: deps.now(), language };
        const { document, report } = deps.importCnil
          ? await deps.importCnil(bytes, path.basename(filePath), options)
          : await importCnilFile(bytes, path.basename(filePath), { ...options, newId: deps.newId });
        const lines = (l: Language) => reportLines(report, l, document.template);
        const [fr, en] = [lines('fr'), lines('en')];
        return {
          document: open(document, null),
          report: fr.map((line, i) => ({ fr: line, en: en[i] ?? line })),
        };
      }),

    duplicateDocument: (input: unknown) =>
      guard(async () => {
        const { sessionId, assessment, title, organisation, keepAttachments } = parse(
          'duplicateDocument',
          input,
        );
        const session = sessionOf(sessionId);
        const copy = duplicateDocument(documentOf(session, assessment), {
          title,
          organisation,
          keepAttachments,
          now: deps.now(),
          newId: deps.newId,
          by: deps.preferences.get().authorName,
        });
        return Promise.resolve(open(copy, null));
      }),

    saveAsTemplate: (input: unknown) =>
      guard(async (): Promise<TemplateSummary> => {
        const { sessionId, assessment, id, version, title, withAnswers } = parse('saveAsTemplate', input);
        const session = sessionOf(sessionId);
        const template = assessmentToTemplate(assessment, session.template, {
          id,
          version,
          title,
          withAnswers,
        });
        await installTemplate(deps.preferences.get().userTemplatesDir, template, { force: false });
        return { id, version, title: template.title, description: template.description, origin: 'user' };
      }),

    importTemplate: (input: unknown) =>
      guard(async (): Promise<TemplateSummary | null> => {
        parse('importTemplate', input);
        const t = text();
        const picked = await deps.dialog.showOpenDialog({
          title: t.dialog.templateTitle,
          filters: [
            { name: t.dialog.templateFilter, extensions: ['json'] },
            { name: t.dialog.allFilter, extensions: ['*'] },
          ],
          properties: ['openFile'],
        });
        const filePath = picked.filePaths[0];
        if (picked.canceled || !filePath) return null;
        const template = await readTemplateFile(filePath);
        await installTemplate(deps.preferences.get().userTemplatesDir, template, { force: false });
        const { id, version, title, description } = template;
        return { id, version, title, description, origin: 'user' };
      }),

    setPreferences: (input: unknown) =>
      guard(async (): Promise<Preferences> => {
        const patch = parse('setPreferences', input);
        return Promise.resolve(deps.preferences.set(patch));
      }),

    chooseTemplatesFolder: (input: unknown) =>
      guard(async (): Promise<Preferences | null> => {
        parse('chooseTemplatesFolder', input);
        const picked = await deps.dialog.showOpenDialog({
          title: text().dialog.templatesFolderTitle,
          filters: [],
          properties: ['openDirectory', 'createDirectory'],
        });
        const folder = picked.filePaths[0];
        if (picked.canceled || !folder) return null;
        return deps.preferences.set({ userTemplatesDir: folder });
      }),

    openExternal: (input: unknown) =>
      guard(async () => {
        const { url } = parse('openExternal', input);
        await deps.openExternal(checkExternalUrl(url));
        return null;
      }),
  };
}

export type Handlers = ReturnType<typeof createHandlers>;

/** Only well-formed https and mailto links leave the app, by the same rule as links written into Word. */
export function checkExternalUrl(value: string): string {
  const url = safeUrl(value);
  if (url === null) throw new DpiaError('url-refused', { url: value.slice(0, 200) });
  return url;
}

/** CSV files from French Excel are often Windows-1252; UTF-8 is tried first. The BOM is removed. */
export function decodeText(bytes: Uint8Array): string {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    text = new TextDecoder('windows-1252').decode(bytes);
  }
  return text.replace(/^\uFEFF/, '');
}
